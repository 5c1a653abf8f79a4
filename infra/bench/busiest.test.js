const { describe, it, expect } = require('@jest/globals');
const { busiestPrison } = require('./busiest');

const prisons = [
  { id: 'ANTWERPEN', region: 'FLANDERS' },
  { id: 'GENT', region: 'FLANDERS' },
  { id: 'HAREN', region: 'BRUSSELS' },
];

describe('the prison a simulated bench measures', () => {
  it('is the busiest prison of the busiest region, not the busiest prison alone', () => {
    // HAREN held the most sessions of any prison, but Flanders' prisons together held more: the region's
    // report is the largest there is, so its busiest prison is measured.
    const held = new Map([
      ['ANTWERPEN', 300],
      ['GENT', 400],
      ['HAREN', 600],
    ]);
    expect(busiestPrison(prisons, held)).toEqual({ id: 'GENT', region: 'FLANDERS' });
  });

  it('counts a prison missing from the figures as having held nothing', () => {
    expect(busiestPrison(prisons, new Map([['HAREN', 5]]))).toEqual({ id: 'HAREN', region: 'BRUSSELS' });
  });

  it('takes the first listed on a tie', () => {
    const held = new Map([
      ['ANTWERPEN', 10],
      ['GENT', 10],
    ]);
    expect(busiestPrison(prisons, held)).toEqual({ id: 'ANTWERPEN', region: 'FLANDERS' });
  });

  it('finds none when no session was held that year', () => {
    expect(busiestPrison(prisons, new Map())).toBeUndefined();
    expect(busiestPrison(prisons, new Map([['GENT', 0]]))).toBeUndefined();
  });
});
