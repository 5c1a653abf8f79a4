import { z } from 'zod';
import { defineCatalogue } from './catalogue';
import { recordEvents } from './outbox';

const catalogue = defineCatalogue('things', {
  ThingMade: { version: 2, description: 'A thing was made.', payload: z.object({ thingId: z.string() }) },
});

function outbox() {
  const rows: unknown[] = [];
  return { rows, tx: { outboxEvent: { createMany: async ({ data }: { data: unknown[] }) => void rows.push(...data) } } };
}

describe('recording events', () => {
  it('writes one row per payload with the type and the catalogue version', async () => {
    const { rows, tx } = outbox();
    await recordEvents(tx, catalogue, 'ThingMade', [{ thingId: 't1' }, { thingId: 't2' }]);
    expect(rows).toEqual([
      { type: 'ThingMade', version: 2, payload: { thingId: 't1' } },
      { type: 'ThingMade', version: 2, payload: { thingId: 't2' } },
    ]);
  });

  it('refuses a payload its own catalogue would refuse, writing nothing', async () => {
    const { rows, tx } = outbox();
    await expect(recordEvents(tx, catalogue, 'ThingMade', [{ thingId: 1 } as never])).rejects.toThrow();
    expect(rows).toEqual([]);
  });
});
