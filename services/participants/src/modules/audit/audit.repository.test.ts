import type { RequestContext } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';
import { participantsDatabase } from '../../../test/database';
import { coalescedAuditWriter } from './audit.repository';

// Answers given at the same time write their audit rows in one statement, and none leaves unrecorded
// (PGlite, or PostgreSQL with TEST_DATABASE_URL).
describe(`the audit trail of answers given together (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const participants = participantsDatabase();

  const contextOf = (requestId: string): RequestContext =>
    ({
      caller: { kind: 'user', sub: 'coordinator-1', roles: ['COORDINATOR'], prisons: ['HAREN'] },
      requestId,
      operationName: 'RequestEnrolment',
    }) as RequestContext;

  it("writes the rows of 25 answers in one statement, each answer's own rows", async () => {
    const write = coalescedAuditWriter(participants.prisma);
    participants.db.statements.reset();
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        write(
          [
            { subject: `p-${i}`, categories: ['ENROLMENTS'] },
            { subject: `q-${i}`, categories: ['NAME', 'PROFILE'] },
          ],
          contextOf(`together-${i}`),
        ),
      ),
    );
    expect(participants.db.statements.count).toBe(1);
    const rows = await participants.prisma.auditEvent.findMany({ where: { requestId: { startsWith: 'together-' } } });
    expect(rows).toHaveLength(50);
    for (let i = 0; i < 25; i++)
      expect(
        rows
          .filter((r) => r.requestId === `together-${i}`)
          .map((r) => [r.participantId, r.categories, r.actor, r.roles, r.action, r.operationName])
          .sort(),
      ).toEqual([
        [`p-${i}`, ['ENROLMENTS'], 'coordinator-1', ['COORDINATOR'], 'READ', 'RequestEnrolment'],
        [`q-${i}`, ['NAME', 'PROFILE'], 'coordinator-1', ['COORDINATOR'], 'READ', 'RequestEnrolment'],
      ]);
  });

  it('fails every answer of a statement that fails, so none leaves unrecorded', async () => {
    let calls = 0;
    const failing = {
      auditEvent: {
        createMany: async () => {
          calls++;
          throw new Error('database down');
        },
      },
    } as unknown as Pick<PrismaClient, 'auditEvent'>;
    const write = coalescedAuditWriter(failing);
    const answers = await Promise.allSettled(
      ['a', 'b', 'c'].map((id) => write([{ subject: id, categories: ['ENROLMENTS'] }], contextOf(`failing-${id}`))),
    );
    expect(calls).toBe(1);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected', 'rejected']);
  });
});
