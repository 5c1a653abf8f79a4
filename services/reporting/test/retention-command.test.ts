import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateServices, openDatabase, withDatabase, type Database } from '@cort/db';
import { createTestDatabase } from '@cort/testing';
import { retentionSteps, runRetention, type RetentionStep } from '../../../packages/db/src/cli/retention';
import { PrismaClient as ParticipantsClient } from '../../participants/src/generated/prisma/client';
import { yearBounds } from '../src/domain/report-year';
import { applyEvents } from '../src/feeds/projections';
import { PrismaClient as ReportingClient } from '../src/generated/prisma/client';
import { offerCounts } from '../src/modules/offer-overview/offer-overview.repository';
import { activity, session } from './events';
import { participantsWorld } from './retention-world';

// `npm run retention`'s entry function, end to end: each service's database found from the environment
// as the command finds it (PostgreSQL URLs with TEST_DATABASE_URL, else PGlite folders under a data
// directory), the participants service's data written by its own code, reporting fed from its real feed.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const adminUrl = process.env.TEST_DATABASE_URL;
const NOW = new Date('2027-06-01T12:00:00Z'); // with 365 days, the cut-off is 2026-06-01
const LONG_AGO = new Date('2026-03-01T10:00:00Z');
const RECENTLY = new Date('2027-05-01T10:00:00Z');
type Service = 'participants' | 'reporting';

/** The registered steps, from their sources (the registry names the built files). */
const load = (module: string): RetentionStep => require(path.join(ROOT, module.replace('/dist/', '/src/').replace(/\.js$/, ''))).retention;

async function serviceDatabases() {
  if (adminUrl) {
    const dbs = {
      participants: await createTestDatabase('participants', path.join(ROOT, 'services/participants/prisma/migrations')),
      reporting: await createTestDatabase('reporting', path.join(ROOT, 'services/reporting/prisma/migrations')),
    };
    return {
      env: {
        PARTICIPANTS_DATABASE_URL: withDatabase(adminUrl, dbs.participants.name),
        REPORTING_DATABASE_URL: withDatabase(adminUrl, dbs.reporting.name),
      },
      open: async (service: Service): Promise<Database> => dbs[service],
      release: async () => undefined,
      drop: async () => void (await Promise.all([dbs.participants.drop(), dbs.reporting.drop()])),
    };
  }
  // PGlite: one process per folder, so the test lets go of the folders while the command runs.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-retention-data-'));
  const env = { CORT_DATA_DIR: dataDir };
  for (const service of ['participants', 'reporting']) await migrateServices({ env, service });
  return {
    env,
    open: (service: Service) => openDatabase({ service, dataDir: path.join(dataDir, service) }),
    release: (db: Database) => db.close(),
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

describe(`npm run retention, end to end (${adminUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let databases: Awaited<ReturnType<typeof serviceDatabases>>;
  const ids: Record<string, string> = {};
  const retention = (dryRun: boolean) =>
    runRetention({
      env: { ...databases.env, RETENTION_PERIOD_DAYS: '365' },
      now: NOW,
      dryRun,
      steps: retentionSteps(path.join(__dirname, '..', '..', '..')),
      load,
    });

  /** Both services' databases, each through its own client, for as long as `work` runs. */
  async function withServices<T>(work: (participants: ParticipantsClient, reporting: ReportingClient) => Promise<T>): Promise<T> {
    const [p, r] = [await databases.open('participants'), await databases.open('reporting')];
    const participants = new ParticipantsClient({ adapter: p.adapter });
    const reporting = new ReportingClient({ adapter: r.adapter });
    try {
      return await work(participants, reporting);
    } finally {
      await Promise.all([participants.$disconnect(), reporting.$disconnect()]);
      await Promise.all([databases.release(p), databases.release(r)]);
    }
  }
  const state = () =>
    withServices(async (participants, reporting) => ({
      participants: await participants.participant.findMany({
        include: { enrolments: { include: { changes: true } } },
        orderBy: { id: 'asc' },
      }),
      reportEnrolments: await reporting.reportEnrolment.findMany({ orderBy: [{ activityId: 'asc' }, { participantId: 'asc' }] }),
      exits: await reporting.reportParticipantExit.findMany({ orderBy: { participantId: 'asc' } }),
      figures: await offerCounts(reporting, 'HAREN', yearBounds(2026), NOW),
    }));

  beforeAll(async () => {
    databases = await serviceDatabases();
    await withServices(async (participants, reporting) => {
      const world = participantsWorld(participants);
      for (const id of ['e1', 'e2']) await world.activity(id);
      ids.released = await world.participant(['e1', 'e2']);
      ids.transferred = await world.participant(['e1']);
      ids.recent = await world.participant(['e1']);
      for (const n of [1, 2, 3]) ids[`inCustody${n}`] = await world.participant(['e1', 'e2']);
      await world.leave(ids.released, 'RELEASED', LONG_AGO);
      await world.leave(ids.transferred, 'TRANSFERRED', LONG_AGO);
      await world.leave(ids.recent, 'RELEASED', RECENTLY);
      const offer = [
        activity('e1', 'EDUCATIONAL'),
        activity('e2', 'EDUCATIONAL'),
        session('s1', 'e1', '2026-02-02T09:00:00Z'),
        session('s2', 'e2', '2026-02-03T09:00:00Z'),
      ];
      await reporting.$transaction((tx) => applyEvents(tx, 'activities', offer));
      const feed = await world.feed();
      await reporting.$transaction((tx) => applyEvents(tx, 'participants', feed));
    });
  });
  afterAll(() => databases?.drop());

  it('in a dry run, reports per service what it would change and changes nothing', async () => {
    const before = await state();
    const report = await retention(true);
    expect(report.cutoff).toEqual(new Date('2026-06-01T12:00:00Z'));
    expect(report.services).toEqual([
      { service: 'activities', holds: 'no participant data' },
      { service: 'organisations', holds: 'no participant data' },
      // The released one had two enrolments, the transferred one one: a note each, and the reason of their withdrawal.
      {
        service: 'participants',
        counts: {
          participants: 2,
          enrolmentNotes: 3,
          changeReasons: 3,
          followUpNotes: 0,
          attendanceNotes: 0,
          feedbackComments: 0,
          screeningNotes: 0,
        },
      },
      { service: 'reporting', counts: { participants: 2, enrolments: 3, attendanceMarks: 0, followUps: 0 } },
    ]);
    expect(await state()).toEqual(before);
  });

  it('anonymises in every service exactly those who left before the cut-off, and the figures stay', async () => {
    const before = await state();
    expect(before.figures).toEqual({ EDUCATIONAL: { activities: 2, sessionsHeld: 2, participants: 6 } });
    const report = await retention(false);
    expect(report.services.slice(2)).toEqual([
      {
        service: 'participants',
        counts: {
          participants: 2,
          enrolmentNotes: 3,
          changeReasons: 3,
          followUpNotes: 0,
          attendanceNotes: 0,
          feedbackComments: 0,
          screeningNotes: 0,
        },
      },
      { service: 'reporting', counts: { participants: 2, enrolments: 3, attendanceMarks: 0, followUps: 0 } },
    ]);

    const after = await state();
    expect(after.figures).toEqual(before.figures);
    const anonymised = after.participants.filter((p) => p.anonymisedAt).map((p) => p.id);
    expect(anonymised.sort()).toEqual([ids.released, ids.transferred].sort());
    for (const p of after.participants.filter((p) => p.anonymisedAt)) {
      expect(p).toMatchObject({ firstName: 'Anonymised', lastName: 'Anonymised', languages: [], section: null });
      expect(p.enrolments.map((e) => e.status)).toEqual(p.enrolments.map(() => 'WITHDRAWN'));
      expect(p.enrolments.flatMap((e) => [e.note, ...e.changes.map((c) => c.reason)]).filter(Boolean)).toEqual([]);
    }
    const untouched = (list: typeof before.participants) => list.filter((p) => !anonymised.includes(p.id));
    expect(untouched(after.participants)).toEqual(untouched(before.participants));
    const reportIds = new Set(after.reportEnrolments.map((e) => e.participantId));
    expect([ids.released, ids.transferred].filter((id) => reportIds.has(id))).toEqual([]);
    expect([ids.recent, ids.inCustody1].every((id) => reportIds.has(id))).toBe(true);
    expect(after.reportEnrolments).toHaveLength(before.reportEnrolments.length);
  });

  it('changes nothing on a second run', async () => {
    const before = await state();
    const report = await retention(false);
    expect(report.services.slice(2)).toEqual([
      {
        service: 'participants',
        counts: {
          participants: 0,
          enrolmentNotes: 0,
          changeReasons: 0,
          followUpNotes: 0,
          attendanceNotes: 0,
          feedbackComments: 0,
          screeningNotes: 0,
        },
      },
      { service: 'reporting', counts: { participants: 0, enrolments: 0, attendanceMarks: 0, followUps: 0 } },
    ]);
    expect(await state()).toEqual(before);
  });
});
