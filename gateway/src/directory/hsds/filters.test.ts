import { publicActivity } from '../../../test/public-activity';
import { directoryIds } from '../ids';
import { DirectoryFailure } from '../reads';
import { matchesServiceFilter, serviceFilterOf } from './filters';

describe('service filters', () => {
  const activity = publicActivity();
  const matches = (query: Record<string, unknown>, language: 'nl' | 'fr' | 'en' = 'fr') =>
    matchesServiceFilter(activity, serviceFilterOf(query), language);

  it('finds by every word of a search, without accents or case, in what is shown', () => {
    expect(matches({ search: 'DESSIN peinture' })).toBe(true);
    expect(matches({ search: 'cultuurhuis haren' })).toBe(true);
    expect(matches({ search: 'socioculturel' })).toBe(true);
    expect(matches({ search: 'dessin sport' })).toBe(false);
  });

  it('filters by organization, taxonomy term and taxonomy', () => {
    expect(matches({ organization_id: activity.organisation!.id })).toBe(true);
    expect(matches({ organization_id: '0a000000-0000-4000-8000-000000000099' })).toBe(false);
    expect(matches({ taxonomy_term_id: directoryIds.taxonomyTerm('cort-domain', 'CULTURE') })).toBe(true);
    expect(matches({ taxonomy_term_id: directoryIds.taxonomyTerm('cort-domain', 'SPORT') })).toBe(false);
    expect(matches({ taxonomy_term_id: directoryIds.taxonomyTerm('cort-legal-status', 'SUSPECT') })).toBe(true);
    expect(matches({ taxonomy_id: directoryIds.taxonomy('cort-gender') })).toBe(true);
  });

  it('passes the prison to the graph, upper-cased', () => {
    expect(serviceFilterOf({ prison: 'haren' }).prisonId).toBe('HAREN');
  });

  it('refuses the filters it cannot answer, and a parameter given twice', () => {
    for (const query of [{ modified_after: '2024-01-01' }, { postcode: '1000' }, { proximity: '500' }, { search: ['a', 'b'] }]) {
      expect(() => serviceFilterOf(query)).toThrow(DirectoryFailure);
    }
  });
});
