import { prisonsOf } from './regions';

describe('the prisons of a region', () => {
  it('puts Haren in Brussels and the Flemish prisons in Flanders, each prison in one region', () => {
    expect(prisonsOf('BRUSSELS')).toEqual(['HAREN']);
    expect(prisonsOf('FLANDERS')).toContain('GENT');
    expect(prisonsOf('FLANDERS')).not.toContain('HAREN');
  });
});
