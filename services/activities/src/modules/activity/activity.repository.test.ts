import type { Prisma } from '../../generated/prisma/client';
import { changeStatus } from './activity.repository';

/** A transaction that records the writes asked of it; `count` is how many rows are still in the expected status. */
function transaction(count = 1) {
  const writes: unknown[] = [];
  const tx = {
    activity: {
      updateMany: async (args: unknown) => (writes.push(args), { count }),
      findUniqueOrThrow: async () => ({ id: 'a-1', status: 'PUBLISHED' }),
    },
  } as unknown as Prisma.TransactionClient;
  return { tx, writes };
}

describe('changeStatus: the status write guards its own transitions', () => {
  it('refuses a move the rules do not allow before anything is written, whoever calls it', async () => {
    const { tx, writes } = transaction();
    await expect(changeStatus(tx, 'a-1', 'ARCHIVED', 'PUBLISHED')).rejects.toMatchObject({
      message: 'The activity is archived; that is final.',
      extensions: { code: 'BAD_USER_INPUT', field: 'id', status: 'ARCHIVED' },
    });
    await expect(changeStatus(tx, 'a-1', 'DRAFT', 'ARCHIVED')).rejects.toThrow('Only a published activity can be archived.');
    expect(writes).toEqual([]);
  });

  it('writes an allowed move only while the activity is still in the expected status', async () => {
    const { tx, writes } = transaction();
    await expect(changeStatus(tx, 'a-1', 'DRAFT', 'PUBLISHED', { publishedAt: new Date(0) })).resolves.toMatchObject({ id: 'a-1' });
    expect(writes).toEqual([{ where: { id: 'a-1', status: 'DRAFT' }, data: { publishedAt: new Date(0), status: 'PUBLISHED' } }]);
  });

  it('answers null when someone else moved it first', async () => {
    const { tx } = transaction(0);
    await expect(changeStatus(tx, 'a-1', 'PUBLISHED', 'CANCELLED')).resolves.toBeNull();
  });
});
