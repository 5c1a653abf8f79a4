import { canClose, conversationProblems, isClosed, noteOf, type Conversation } from './follow-up';

const openedAt = new Date('2026-03-02T09:00:00Z');
const now = new Date('2026-03-10T12:00:00Z');
const talk = (overrides: Partial<Conversation> = {}): Conversation => ({
  heldOn: new Date('2026-03-09T00:00:00Z'),
  reasons: ['SCHEDULE_CLASH_WORK'],
  outcome: 'NEXT_EDITION',
  ...overrides,
});
const fields = (conversation: Conversation, at = now) => conversationProblems(conversation, openedAt, at).map((p) => p.field);

describe('a follow-up conversation', () => {
  it('is accepted with a reason, a day between opening and today, and a note', () => {
    expect(conversationProblems(talk({ note: 'Works in the kitchen now.' }), openedAt, now)).toEqual([]);
    expect(fields(talk({ heldOn: new Date('2026-03-02T00:00:00Z') }))).toEqual([]);
    expect(fields(talk({ heldOn: new Date('2026-03-10T00:00:00Z') }))).toEqual([]);
  });

  it('needs at least one reason, unless the participant declined the conversation', () => {
    expect(fields(talk({ reasons: [] }))).toEqual(['reasons']);
    expect(fields(talk({ reasons: [], outcome: 'RESUMED' }))).toEqual(['reasons']);
    expect(fields(talk({ reasons: [], outcome: 'DECLINED_CONVERSATION' }))).toEqual([]);
  });

  it('takes each reason once', () => {
    expect(fields(talk({ reasons: ['HEALTH', 'HEALTH'] }))).toEqual(['reasons']);
  });

  it('is held neither before the follow-up was opened nor on a day still to come (Belgian time)', () => {
    expect(fields(talk({ heldOn: new Date('2026-03-01T00:00:00Z') }))).toEqual(['heldOn']);
    expect(fields(talk({ heldOn: new Date('2026-03-11T00:00:00Z') }))).toEqual(['heldOn']);
    // 23:30 UTC on the 10th is already the 11th in Brussels.
    expect(fields(talk({ heldOn: new Date('2026-03-11T00:00:00Z') }), new Date('2026-03-10T23:30:00Z'))).toEqual([]);
  });

  it('keeps its note short', () => {
    expect(fields(talk({ note: 'x'.repeat(2001) }))).toEqual(['note']);
    expect(noteOf('  ')).toBeNull();
    expect(noteOf(' Komt terug. ')).toBe('Komt terug.');
  });
});

describe('follow-up statuses', () => {
  it('closes only an open follow-up, DONE or CLOSED', () => {
    expect(canClose('OPEN', 'DONE')).toBe(true);
    expect(canClose('OPEN', 'CLOSED')).toBe(true);
    expect(canClose('OPEN', 'OPEN')).toBe(false);
    for (const from of ['DONE', 'CLOSED'] as const) {
      expect(isClosed(from)).toBe(true);
      expect(canClose(from, 'DONE')).toBe(false);
      expect(canClose(from, 'CLOSED')).toBe(false);
    }
    expect(isClosed('OPEN')).toBe(false);
  });
});
