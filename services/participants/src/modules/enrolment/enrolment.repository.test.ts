import type { EnrolmentStatus } from '../../generated/prisma/client';
import { changeStatus, countPlaces, keysAndOpen } from './enrolment.repository';
import { participantsDatabase } from '../../../test/database';

// The status write itself refuses what the transition table does not allow, whoever calls it (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
describe(`an enrolment's status write (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let participantId: string;
  let serial = 0;

  const enrolmentIn = async (status: EnrolmentStatus, waitlistPosition: number | null = null) =>
    participants.prisma.enrolment.create({
      data: { participantId, activityId: `a${++serial}`, status, waitlistPosition, idempotencyKey: `key-${serial}` },
    });
  const write = (id: string, from: EnrolmentStatus, to: EnrolmentStatus, position: number | null = null) =>
    participants.prisma.$transaction((tx) => changeStatus(tx, id, from, to, position));

  const participants = participantsDatabase();
  beforeAll(async () => {
    const participant = await participants.prisma.participant.create({
      data: {
        prisonId: 'HAREN',
        detaineeNumber: 'D1',
        firstName: 'Noor',
        lastName: 'Peeters',
        gender: 'FEMALE',
        legalStatus: 'SUSPECT',
        registeredBy: 'c',
      },
    });
    participantId = participant.id;
  });

  it('writes an allowed move, leaving the waiting list unless it moves onto it', async () => {
    const waiting = await enrolmentIn('WAITLISTED', 3);
    await expect(write(waiting.id, 'WAITLISTED', 'ENROLLED', 3)).resolves.toMatchObject({ status: 'ENROLLED', waitlistPosition: null });
    const screened = await enrolmentIn('IN_SCREENING');
    await expect(write(screened.id, 'IN_SCREENING', 'WAITLISTED', 2)).resolves.toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
  });

  it('refuses a move the table does not allow, before writing, with the reason and the current status', async () => {
    const completed = await enrolmentIn('COMPLETED');
    await expect(write(completed.id, 'COMPLETED', 'ENROLLED')).rejects.toMatchObject({
      message: 'The enrolment is completed; that is final. Make a new request if needed.',
      extensions: { code: 'BAD_USER_INPUT', field: 'id', status: 'COMPLETED' },
    });
    const enrolled = await enrolmentIn('ENROLLED');
    await expect(write(enrolled.id, 'ENROLLED', 'WAITLISTED', 1)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await participants.prisma.enrolment.findUnique({ where: { id: completed.id } })).toMatchObject({ status: 'COMPLETED' });
    expect(await participants.prisma.enrolment.findUnique({ where: { id: enrolled.id } })).toMatchObject({
      status: 'ENROLLED',
      waitlistPosition: null,
    });
  });

  it('brings a dropped-out enrolment back only on the occasion of a resumption (outcome RESUMED)', async () => {
    const dropped = await enrolmentIn('DROPPED_OUT');
    await expect(write(dropped.id, 'DROPPED_OUT', 'ENROLLED')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', status: 'DROPPED_OUT' },
    });
    expect(await participants.prisma.enrolment.findUnique({ where: { id: dropped.id } })).toMatchObject({ status: 'DROPPED_OUT' });
    await expect(
      participants.prisma.$transaction((tx) => changeStatus(tx, dropped.id, 'DROPPED_OUT', 'WAITLISTED', 4, 'RESUMED')),
    ).resolves.toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 4,
    });
    const completed = await enrolmentIn('COMPLETED');
    await expect(
      participants.prisma.$transaction((tx) => changeStatus(tx, completed.id, 'COMPLETED', 'ENROLLED', null, 'RESUMED')),
    ).rejects.toMatchObject({
      message: 'Only a participant who dropped out can resume; the enrolment is completed.',
    });
  });

  it('refuses a move from a status the row no longer has: someone else moved it meanwhile', async () => {
    const withdrawn = await enrolmentIn('WITHDRAWN');
    // ENROLLED → COMPLETED is allowed, but this enrolment is WITHDRAWN now.
    await expect(write(withdrawn.id, 'ENROLLED', 'COMPLETED')).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await participants.prisma.enrolment.findUnique({ where: { id: withdrawn.id } })).toMatchObject({ status: 'WITHDRAWN' });
  });

  it("finds under one read the enrolments of the keys and the participants' open ones, each in its place", async () => {
    const activityId = `a${++serial}`;
    const create = (status: EnrolmentStatus, idempotencyKey: string, on = activityId) =>
      participants.prisma.enrolment.create({ data: { participantId, activityId: on, status, idempotencyKey } });
    const read = async (...keys: string[]) => {
      const found = await participants.prisma.$transaction((tx) => keysAndOpen(tx, keys, [participantId], activityId));
      return { earlier: Object.fromEntries(found.earlier), open: found.open.get(participantId) ?? null };
    };
    await create('WITHDRAWN', `closed-${serial}`);
    expect(await read(`new-${serial}`)).toEqual({ earlier: {}, open: null });
    const open = await create('WAITLISTED', `open-${serial}`);
    // The same request sent again: its enrolment is found under its key (and is the open one too).
    expect(await read(`open-${serial}`)).toEqual({ earlier: { [`open-${serial}`]: open }, open });
    expect(await read(`new-${serial}`)).toEqual({ earlier: {}, open });
    // A key used for an enrolment in another activity is found as well (sameRequest refuses it); several keys at once.
    const elsewhere = await create('ENROLLED', `elsewhere-${serial}`, `a${++serial}`);
    expect(await read(elsewhere.idempotencyKey, `open-${serial - 1}`, 'unknown')).toEqual({
      earlier: { [elsewhere.idempotencyKey]: elsewhere, [`open-${serial - 1}`]: open },
      open,
    });
  });

  it('counts the places held and the people waiting in an activity in one read', async () => {
    const activityId = `a${++serial}`;
    const statuses: EnrolmentStatus[] = ['ENROLLED', 'ENROLLED', 'WAITLISTED', 'IN_SCREENING', 'COMPLETED', 'WAITLISTED', 'WAITLISTED'];
    // One person each: a participant has one open enrolment per activity at most.
    for (const [n, status] of statuses.entries()) {
      const person = await participants.prisma.participant.create({
        data: {
          prisonId: 'HAREN',
          detaineeNumber: `C${serial}-${n}`,
          firstName: 'Jan',
          lastName: 'Claes',
          gender: 'MALE',
          legalStatus: 'SUSPECT',
          registeredBy: 'c',
        },
      });
      await participants.prisma.enrolment.create({
        data: { participantId: person.id, activityId, status, idempotencyKey: `count-${serial}-${n}` },
      });
    }
    expect(await participants.prisma.$transaction((tx) => countPlaces(tx, activityId))).toEqual({ enrolled: 2, waiting: 3 });
    expect(await participants.prisma.$transaction((tx) => countPlaces(tx, `a${++serial}`))).toEqual({ enrolled: 0, waiting: 0 });
  });
});
