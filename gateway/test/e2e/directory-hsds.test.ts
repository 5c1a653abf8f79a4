import type { ValidateFunction } from 'ajv';
import { hsdsValidators, violations } from '../hsds-schemas';
import { DIRECTORY_SETUP_MS, expectNothingPersonal, startDirectoryGraph, type DirectoryGraph } from './directory-fixtures';

// The HSDS 3.0 feed of the demo offer, anonymous, checked against the specification's own schemas.
describe('directory: Open Referral HSDS 3.0 feed', () => {
  let directory: DirectoryGraph;
  let validators: ReturnType<typeof hsdsValidators>;
  let published: { id: string; status: string; title: string }[];

  const json = async (path: string, headers: Record<string, string> = {}) => {
    const answer = await directory.get(path, headers);
    return { ...answer, body: answer.text ? JSON.parse(answer.text) : undefined };
  };

  /** The schema of an answer: the API description's for its path, the location schema for ours. */
  function schemaOf(route: string): ValidateFunction {
    if (route === '/locations') return validators.pageOf('location.json');
    if (route === '/locations/{id}') return validators.schema('location.json');
    // The description names compiled/service.json for this path; its own text (and the object) is a fully nested service_at_location.
    if (route === '/service_at_locations/{id}') return validators.schema('compiled/service_at_location.json');
    return validators.responses.get(route)!;
  }

  const valid = async (route: string, path: string) => {
    const answer = await json(`/directory/hsds${path}`);
    expect({ path, status: answer.status }).toEqual({ path, status: 200 });
    expect({ path, violations: violations(schemaOf(route), answer.body) }).toEqual({ path, violations: [] });
    expectNothingPersonal(answer.text);
    return answer;
  };

  beforeAll(async () => {
    // Followers poll the feeds rarely here: the statement count below is the directory's alone.
    directory = await startDirectoryGraph({
      followIntervalMs: 3_600_000,
      gateway: { rateLimits: { anonymousPerMinute: 100_000, userPerMinute: 100_000, keyPrefix: 'hsds' } },
    });
    validators = hsdsValidators();
    published = (await directory.graph.activities.prisma.activity.findMany({ orderBy: { id: 'asc' } })).map((row: any) => ({
      id: row.id,
      status: row.status,
      title: row.titleNl ?? row.titleFr ?? row.titleEn,
    }));
  }, DIRECTORY_SETUP_MS);
  afterAll(() => directory?.graph.stop());

  it('answers every endpoint for the whole demo offer, in nl, fr and en, each answer valid against the official schemas', async () => {
    for (const lang of ['nl', 'fr', 'en']) {
      const q = `lang=${lang}`;
      await valid('/', `/?${q}`);
      const services = await valid('/services', `/services?${q}&per_page=100`);
      await valid('/services', `/services?${q}&full=true&per_page=100`);
      await valid('/services', `/services?${q}&minimal=true`);
      for (const { id } of services.body.contents) await valid('/services/{id}', `/services/${id}?${q}`);
      const organizations = await valid('/organizations', `/organizations?${q}&per_page=100`);
      await valid('/organizations', `/organizations?${q}&full=true`);
      await valid('/organizations', `/organizations?${q}&full_service=true`);
      for (const { id } of organizations.body.contents) await valid('/organizations/{id}', `/organizations/${id}?${q}`);
      const atLocations = await valid('/service_at_locations', `/service_at_locations?${q}&per_page=100`);
      await valid('/service_at_locations', `/service_at_locations?${q}&full=true&per_page=100`);
      for (const { id } of atLocations.body.contents) await valid('/service_at_locations/{id}', `/service_at_locations/${id}?${q}`);
      const locations = await valid('/locations', `/locations?${q}`);
      for (const { id } of locations.body.contents) await valid('/locations/{id}', `/locations/${id}?${q}`);
      const taxonomies = await valid('/taxonomies', `/taxonomies?${q}`);
      for (const { id } of taxonomies.body.contents) await valid('/taxonomies/{id}', `/taxonomies/${id}?${q}`);
      const terms = await valid('/taxonomy_terms', `/taxonomy_terms?${q}`);
      for (const { id } of terms.body.contents) await valid('/taxonomy_terms/{id}', `/taxonomy_terms/${id}?${q}`);
    }
  });

  it('lists only the published activities; any other id is NOT_FOUND', async () => {
    const { body } = await json('/directory/hsds/services?per_page=100');
    const ids = body.contents.map((service: { id: string }) => service.id).sort();
    expect(ids).toEqual(published.filter((row) => row.status === 'PUBLISHED').map((row) => row.id));
    expect(body.total_items).toBe(ids.length);
    for (const row of published.filter((r) => r.status !== 'PUBLISHED')) {
      const answer = await json(`/directory/hsds/services/${row.id}`);
      expect(answer.status).toBe(404);
      expect(answer.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('maps an activity to a service: its prison as location, weekly schedule, languages, eligibility, classification', async () => {
    const { body: list } = await json('/directory/hsds/services?lang=fr&per_page=100');
    const { id } = list.contents[0];
    const { body: service, headers } = await json(`/directory/hsds/services/${id}?lang=fr`);
    expect(headers.get('content-language')).toBe('fr');
    expect(service).toMatchObject({ id, status: 'active', organization: { id: service.organization_id } });
    expect(service.eligibility_description).toMatch(/^Pour .* en prison, .*\.$/);
    expect(service.service_at_locations[0].location).toMatchObject({
      location_type: 'physical',
      external_identifier_type: 'cort-prison-code',
    });
    // The demo's sessions follow a weekly rule: one schedule with it, times in Belgian time with the offset.
    expect(service.schedules).toHaveLength(1);
    expect(service.schedules[0]).toMatchObject({ freq: 'WEEKLY', interval: 1, wkst: 'MO' });
    expect(service.schedules[0].byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
    expect(service.schedules[0].opens_at).toMatch(/^\d\d:\d\d\+0[12]:00$/);
    expect(service.languages.length).toBeGreaterThan(0);
    expect(service.languages[0].name).toMatch(/^[a-zé]/); // in French: "néerlandais", "français"
    const linkTypes = service.attributes.map((attribute: { link_type: string }) => attribute.link_type);
    expect(linkTypes).toEqual(expect.arrayContaining(['category', 'domain', 'eligibility']));
  });

  it('filters by taxonomy term, organization, prison and search; pages; streams ndjson', async () => {
    const { body: terms } = await json('/directory/hsds/taxonomy_terms?lang=en');
    const educational = terms.contents.find((term: { code: string }) => term.code === 'EDUCATIONAL');
    const { body: byTerm } = await json(`/directory/hsds/services?full=true&per_page=100&taxonomy_term_id=${educational.id}`);
    expect(byTerm.total_items).toBeGreaterThan(0);
    for (const service of byTerm.contents) {
      expect(service.attributes.map((a: { taxonomy_term_id: string }) => a.taxonomy_term_id)).toContain(educational.id);
    }

    const { body: haren } = await json('/directory/hsds/service_at_locations?prison=haren&per_page=100');
    expect(haren.total_items).toBeGreaterThan(0);
    expect(new Set(haren.contents.map((entry: any) => entry.location.external_identifier))).toEqual(new Set(['HAREN']));

    const organisationId = haren.contents[0].service.organization_id;
    const { body: byOrganisation } = await json(`/directory/hsds/services?per_page=100&organization_id=${organisationId}`);
    expect(byOrganisation.contents.every((service: any) => service.organization_id === organisationId)).toBe(true);

    const word = haren.contents[0].service.name.split(' ')[0];
    const { body: found } = await json(`/directory/hsds/services?per_page=100&search=${encodeURIComponent(word.toUpperCase())}`);
    expect(found.contents.map((service: any) => service.id)).toContain(haren.contents[0].service_id);

    const { body: second } = await json('/directory/hsds/services?per_page=5&page=2');
    expect(second).toMatchObject({ page_number: 2, size: 5, first_page: false, last_page: false, empty: false });
    const { body: past } = await json('/directory/hsds/services?page=99');
    expect(past).toMatchObject({ page_number: 99, size: 0, empty: true, last_page: true, contents: [] });

    const ndjson = await directory.get('/directory/hsds/services?format=ndjson');
    expect(ndjson.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = ndjson.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(second.total_items);
  });

  it('refuses what it cannot answer rightly, with BAD_USER_INPUT and the parameter', async () => {
    for (const [path, field] of [
      ['/services?lang=de', 'lang'],
      ['/services?per_page=101', 'per_page'],
      ['/services?page=0', 'page'],
      ['/services?modified_after=2024-01-01', 'modified_after'],
      ['/service_at_locations?postcode=1000', 'postcode'],
      ['/services?format=xml', 'format'],
    ]) {
      const answer = await json(`/directory/hsds${path}`);
      expect({ path, status: answer.status, extensions: answer.body.errors[0].extensions }).toMatchObject({
        path,
        status: 400,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
  });

  it('answers an unknown path with a JSON NOT_FOUND, and anything but GET with 405', async () => {
    const unknown = await json('/directory/hsds/programs');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const response = await fetch(`${directory.origin}/directory/hsds/services`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('is cached like the GraphQL directory: public, strong ETag, 304; the same with a token, which is not read', async () => {
    const first = await directory.get('/directory/hsds/services?lang=nl');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await directory.get('/directory/hsds/services?lang=nl', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const coordinator = await directory.graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    for (const authorization of [`Bearer ${coordinator}`, 'Bearer not-a-token']) {
      const withToken = await directory.get('/directory/hsds/services?lang=nl', { authorization });
      expect(withToken.status).toBe(200);
      expect(withToken.headers.get('etag')).toBe(etag);
    }
  });

  it("answers /services and the site's list of the whole offer from the same cached public answers", async () => {
    expect((await directory.get('/directory/?lang=en')).status).toBe(200);
    const { statements } = directory.graph;
    for (const counter of Object.values(statements)) counter.reset();
    expect((await directory.get('/directory/hsds/services?lang=en&per_page=100')).status).toBe(200);
    expect((await directory.get('/directory/hsds/service_at_locations?lang=en')).status).toBe(200);
    expect(Object.fromEntries(Object.entries(statements).map(([name, counter]) => [name, counter.count]))).toEqual(
      Object.fromEntries(Object.keys(statements).map((name) => [name, 0])),
    );
  });
});
