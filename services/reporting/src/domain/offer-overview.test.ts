import { offerRows } from './offer-overview';

describe('offer overview rows', () => {
  it('has the three categories in order, zeros for a category without activities', () => {
    expect(offerRows({})).toEqual([
      { category: 'EDUCATIONAL', activities: 0, sessionsHeld: 0, participants: 0, suppressed: false },
      { category: 'PSYCHOSOCIAL', activities: 0, sessionsHeld: 0, participants: 0, suppressed: false },
      { category: 'SOCIOCULTURAL', activities: 0, sessionsHeld: 0, participants: 0, suppressed: false },
    ]);
  });

  it('withholds small counts row by row', () => {
    const rows = offerRows({
      SOCIOCULTURAL: { activities: 6, sessionsHeld: 30, participants: 42 },
      EDUCATIONAL: { activities: 1, sessionsHeld: 8, participants: 4 },
    });
    expect(rows.map((row) => row.category)).toEqual(['EDUCATIONAL', 'PSYCHOSOCIAL', 'SOCIOCULTURAL']);
    expect(rows[0]).toEqual({ category: 'EDUCATIONAL', activities: null, sessionsHeld: 8, participants: null, suppressed: true });
    expect(rows[2]).toEqual({ category: 'SOCIOCULTURAL', activities: 6, sessionsHeld: 30, participants: 42, suppressed: false });
  });
});
