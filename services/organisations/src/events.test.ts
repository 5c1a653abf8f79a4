import { readEvent } from '@cort/events';
import type { Action, Agreement, Prisma, VolunteerHours } from './generated/prisma/client';
import { organisationsEvents } from './events';
import { recordActionEvent } from './modules/action/action.events';
import { recordAgreementEvent } from './modules/agreement/agreement.events';
import { recordPersonEvent } from './modules/person/person.events';
import { recordVolunteerHoursEvent } from './modules/volunteer-hours/volunteer-hours.events';

/** A transaction that keeps the outbox rows written to it and answers the reads the event writers make. */
function transaction() {
  const rows: { type: string; version: number; payload: Record<string, unknown> }[] = [];
  const tx = {
    outboxEvent: { createMany: async ({ data }: { data: typeof rows }) => void rows.push(...data) },
    organisation: { findUniqueOrThrow: async () => ({ prisonIds: ['GENT', 'BRUGGE'] }) },
    goal: { findUniqueOrThrow: async () => ({ actionPlan: { id: 'plan-1', prisonId: 'GENT', year: 2026 } }) },
  };
  return { rows, tx: tx as unknown as Prisma.TransactionClient };
}

const person = {
  id: 'p-1',
  organisationId: 'o-1',
  firstName: 'Greet',
  lastName: 'Willems',
  email: 'greet@example.org',
  role: 'VOLUNTEER' as const,
  status: 'ACTIVE' as const,
  statusSince: null,
  createdAt: new Date('2026-03-04T23:30:00Z'),
};

describe('the organisations event catalogue', () => {
  it('publishes a person by id, kind, organisation, prisons and status: never a name or an address', async () => {
    const { rows, tx } = transaction();
    await recordPersonEvent(tx, 'PersonAdded', person);
    expect(rows).toEqual([
      {
        type: 'PersonAdded',
        version: 1,
        // Added late on 4 March (UTC): 5 March in Brussels.
        payload: {
          personId: 'p-1',
          organisationId: 'o-1',
          kind: 'VOLUNTEER',
          prisonIds: ['GENT', 'BRUGGE'],
          status: 'ACTIVE',
          statusSince: '2026-03-05',
        },
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Greet|Willems|example/);
  });

  it('publishes agreements, hours and actions without document references, notes or titles', async () => {
    const { rows, tx } = transaction();
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    await recordAgreementEvent(tx, {
      id: 'g-1',
      organisationId: 'o-1',
      kind: 'RECOGNITION',
      prisonIds: [],
      validFrom: day('2026-01-01'),
      validUntil: null,
      documentReference: 'DOC-SECRET-1',
    } as unknown as Agreement);
    await recordVolunteerHoursEvent(tx, [
      {
        id: 'h-1',
        personId: 'p-1',
        organisationId: 'o-1',
        prisonId: 'GENT',
        date: day('2026-02-01'),
        hours: 2.5,
        kind: 'TRAINING',
        note: 'Private note',
      } as VolunteerHours,
    ]);
    await recordActionEvent(tx, 'ActionUpdated', {
      id: 'x-1',
      goalId: 'goal-1',
      title: 'Secret title',
      ownerOrganisationId: 'o-1',
      status: 'DONE',
      dueOn: day('2026-06-30'),
    } as unknown as Action);
    expect(rows.map((row) => row.payload)).toEqual([
      { agreementId: 'g-1', organisationId: 'o-1', kind: 'RECOGNITION', prisonIds: [], validFrom: '2026-01-01', validUntil: null },
      { entryId: 'h-1', personId: 'p-1', organisationId: 'o-1', prisonId: 'GENT', date: '2026-02-01', hours: 2.5, kind: 'TRAINING' },
      {
        actionId: 'x-1',
        actionPlanId: 'plan-1',
        prisonId: 'GENT',
        year: 2026,
        // A plan without untilYear covers its own year only.
        untilYear: 2026,
        ownerOrganisationId: 'o-1',
        status: 'DONE',
        dueOn: '2026-06-30',
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/SECRET|Private|Secret/);
  });

  it('reads back every payload it writes as its current version', async () => {
    const { rows, tx } = transaction();
    await recordPersonEvent(tx, 'PersonStatusChanged', { ...person, status: 'SUSPENDED', statusSince: new Date('2026-05-01T00:00:00Z') });
    for (const [i, row] of rows.entries()) {
      expect(readEvent(organisationsEvents, { id: `e${i}`, occurredAt: '2026-05-01T10:00:00Z', ...row })).toMatchObject({ ok: true });
    }
    expect(rows[0].payload).toMatchObject({ status: 'SUSPENDED', statusSince: '2026-05-01' });
  });
});
