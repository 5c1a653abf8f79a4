import { z } from 'zod';
import { defineCatalogue } from './catalogue';
import { createEventConsumer, inRuns, type DeadLetter } from './consumer';
import type { DomainEvent } from './events';

const catalogue = defineCatalogue('things', {
  ThingMade: {
    version: 2,
    description: 'A thing was made.',
    payload: z.object({ thingId: z.string(), size: z.number().int() }),
    // Version 1 had no size: things were all of size 1 then.
    earlier: { 1: { payload: z.object({ thingId: z.string() }), upgrade: (old: { thingId: string }) => ({ ...old, size: 1 }) } },
  },
  ThingDropped: { version: 1, description: 'A thing was dropped.', payload: z.object({ thingId: z.string() }) },
});

const event = (type: string, version: number, payload: Record<string, unknown>): DomainEvent => ({
  id: `e-${type}-${version}`,
  type,
  version,
  occurredAt: '2026-12-01T10:00:00.000Z',
  payload,
});

function consumer() {
  const made: { thingId: string; size: number }[] = [];
  const letters: DeadLetter[] = [];
  const logged: Record<string, unknown>[] = [];
  const consume = createEventConsumer<typeof catalogue, null>({
    catalogue,
    handlers: { ThingMade: async (_tx, payload) => void made.push(payload) },
    deadLetter: async (_tx, letter) => void letters.push(letter),
    logger: { error: (_message, fields) => void logged.push(fields ?? {}) },
  });
  return { consume, made, letters, logged };
}

describe('consuming a producer catalogue', () => {
  it('hands each followed type its typed payload', async () => {
    const c = consumer();
    await expect(c.consume(null, [event('ThingMade', 2, { thingId: 't1', size: 3 })])).resolves.toEqual(['applied']);
    expect(c.made).toEqual([{ thingId: 't1', size: 3 }]);
  });

  it('reads an earlier version as the current one', async () => {
    const c = consumer();
    await expect(c.consume(null, [event('ThingMade', 1, { thingId: 't0' })])).resolves.toEqual(['applied']);
    await expect(c.consume(null, [event('ThingMade', 1, { thingId: 7 })])).resolves.toEqual(['dead-lettered']);
    expect(c.made).toEqual([{ thingId: 't0', size: 1 }]);
    expect(c.letters[0].reason).toBe('payload does not match ThingMade v1: thingId: invalid_type');
  });

  it('ignores types it does not follow, known or not', async () => {
    const c = consumer();
    await expect(c.consume(null, [event('ThingDropped', 1, { thingId: 't1' })])).resolves.toEqual(['ignored']);
    await expect(c.consume(null, [event('SomethingNew', 1, {})])).resolves.toEqual(['ignored']);
    expect(c.letters).toEqual([]);
  });

  it('sets aside an unknown version and an invalid payload, and logs no payload values', async () => {
    const c = consumer();
    await expect(c.consume(null, [event('ThingMade', 3, { thingId: 't1', size: 3 })])).resolves.toEqual(['dead-lettered']);
    await expect(c.consume(null, [event('ThingMade', 2, { thingId: 'secret-value', size: 'big' })])).resolves.toEqual(['dead-lettered']);
    expect(c.made).toEqual([]);
    expect(c.letters.map((letter) => letter.reason)).toEqual([
      'version 3 of ThingMade is unknown here (this consumer reads version 2)',
      'payload does not match ThingMade v2: size: invalid_type',
    ]);
    expect(c.letters[1].payload).toEqual({ thingId: 'secret-value', size: 'big' });
    expect(JSON.stringify(c.logged)).not.toContain('secret-value');
    expect(JSON.stringify(c.logged)).not.toContain('big');
  });

  it('hands consecutive events of a run-taking type over together, in order, as runs broken by other handled types', async () => {
    const runs: string[][] = [];
    const dropped: string[] = [];
    const consume = createEventConsumer<typeof catalogue, null>({
      catalogue,
      handlers: {
        ThingMade: inRuns(async (_tx, events) => void runs.push(events.map((e) => e.payload.thingId))),
        ThingDropped: async (_tx, payload) => void dropped.push(`${runs.length}:${payload.thingId}`),
      },
      deadLetter: async () => undefined,
      logger: { error: () => undefined },
    });
    const made = (id: string) => ({ ...event('ThingMade', 2, { thingId: id, size: 1 }), id });
    const outcomes = await consume(null, [
      made('a'),
      made('b'),
      event('SomethingNew', 1, {}),
      { ...event('ThingMade', 3, {}), id: 'x' },
      made('c'),
      event('ThingDropped', 1, { thingId: 'd' }),
      made('e'),
    ]);
    // The ignored and the dead-lettered events write nothing a handler reads: the run goes on past them.
    expect(runs).toEqual([['a', 'b', 'c'], ['e']]);
    // The dropped thing came after the first run was applied, before the second.
    expect(dropped).toEqual(['1:d']);
    expect(outcomes).toEqual(['applied', 'applied', 'ignored', 'dead-lettered', 'applied', 'applied', 'applied']);
  });

  it('hands the events of several types that share one run-taking handler over together, as one run in page order', async () => {
    const runs: string[][] = [];
    const page = inRuns<unknown, null>(async (_tx, events) => void runs.push(events.map((e) => e.event.id)));
    const consume = createEventConsumer<typeof catalogue, null>({
      catalogue,
      handlers: { ThingMade: page, ThingDropped: page },
      deadLetter: async () => undefined,
      logger: { error: () => undefined },
    });
    await consume(null, [
      { ...event('ThingMade', 2, { thingId: 'a', size: 1 }), id: 'a' },
      { ...event('ThingDropped', 1, { thingId: 'a' }), id: 'b' },
      { ...event('ThingMade', 3, {}), id: 'set-aside' },
      event('SomethingNew', 1, {}),
      { ...event('ThingMade', 1, { thingId: 'c' }), id: 'c' },
    ]);
    expect(runs).toEqual([['a', 'b', 'c']]);
  });
});
