import { publicActivity } from '../../../test/public-activity';
import { DirectoryFailure } from '../reads';
import { matchesSiteFilter, queryOf, siteFilterOf } from './filters';

const PRISONS = ['HAREN', 'GENT'];

describe('the site’s filters', () => {
  it('read the form: codes in any case, a search, a page', () => {
    expect(
      siteFilterOf({ prison: 'haren', category: 'educational', group: 'female', language: 'fr', q: ' yoga ', page: '2' }, PRISONS),
    ).toEqual({
      prison: 'HAREN',
      category: 'EDUCATIONAL',
      domain: undefined,
      group: 'FEMALE',
      language: 'fr',
      q: ' yoga ',
      page: 2,
    });
    expect(siteFilterOf({ prison: '', q: '' }, PRISONS)).toMatchObject({ prison: undefined, q: '', page: 1 });
  });

  it('refuse a value the form never offers', () => {
    for (const query of [
      { prison: 'NOWHERE' },
      { category: 'ASTRONOMY' },
      { group: 'CHILDREN' },
      { language: '<x>' },
      { page: '0' },
      { q: ['a', 'b'] },
    ]) {
      expect(() => siteFilterOf(query, PRISONS)).toThrow(DirectoryFailure);
    }
  });

  it('narrow by domain, target group, instruction language and search together', () => {
    const activity = publicActivity();
    const filter = (query: Record<string, string>) => matchesSiteFilter(activity, siteFilterOf(query, PRISONS), 'fr');
    expect(filter({ domain: 'CULTURE', group: 'SUSPECT', language: 'nl', q: 'peinture' })).toBe(true);
    expect(filter({ domain: 'SPORT' })).toBe(false);
    expect(filter({ group: 'INTERNED' })).toBe(false);
    expect(filter({ language: 'en' })).toBe(false);
    expect(filter({ q: 'yoga' })).toBe(false);
  });

  it('write the filter back as the form’s query, for links that keep it', () => {
    expect(queryOf(siteFilterOf({ prison: 'GENT', q: 'sport' }, PRISONS), 'en')).toEqual({
      lang: 'en',
      q: 'sport',
      prison: 'GENT',
      category: undefined,
      domain: undefined,
      group: undefined,
      language: undefined,
    });
  });
});
