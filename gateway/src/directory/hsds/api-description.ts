import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../composition';

/** The official HSDS 3.0 files, kept verbatim (see schema/README.md); read from the sources, built or not. */
export const HSDS_SCHEMA_DIR = path.join(REPO_ROOT, 'gateway', 'src', 'directory', 'hsds', 'schema');

export const HSDS_VERSION = '3.0';

const LOCATION_SCHEMA = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/location.json';

const parameter = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

/** Ours, on every path: the one language of the texts. */
const LANG = parameter(
  'lang',
  'Language of every text: nl (the default), fr or en; a missing text falls back to nl, fr, en. Content-Language says which.',
  {
    type: 'string',
    enum: ['nl', 'fr', 'en'],
  },
);
const PRISON = parameter('prison', "Only the offer of this prison, by its code (a location's external_identifier), e.g. HAREN.");
const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` });

const locationPaths = {
  '/locations': {
    get: {
      summary: 'The prisons, as locations (beyond HSDS 3.0, whose API lists no locations).',
      operationId: 'getPaginatedListOfLocations',
      parameters: [ref('search'), ref('page'), ref('per_page'), LANG],
      responses: {
        '200': {
          description: 'Paginated list of locations.',
          content: {
            'application/json': {
              schema: {
                properties: { contents: { type: 'array', items: { $ref: LOCATION_SCHEMA } } },
                allOf: [{ $ref: '#/components/schemas/Page' }],
              },
            },
          },
        },
      },
    },
  },
  '/locations/{id}': {
    parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
    get: {
      summary: 'One prison, as a location.',
      operationId: 'getLocationById',
      parameters: [LANG],
      responses: { '200': { description: 'The location.', content: { 'application/json': { schema: { $ref: LOCATION_SCHEMA } } } } },
    },
  },
};

/**
 * This API's description: the specification's own (schema/openapi.json), its placeholders filled in,
 * `lang` on every operation and `prison` on the service lists, and the two location paths it adds.
 */
export function apiDescription(serverUrl: string) {
  const official = JSON.parse(fs.readFileSync(path.join(HSDS_SCHEMA_DIR, 'openapi.json'), 'utf8'));
  const paths: Record<string, any> = { ...official.paths, ...locationPaths };
  for (const [route, item] of Object.entries(paths)) {
    const extra = route === '/services' || route === '/service_at_locations' ? [LANG, PRISON] : [LANG];
    const known = new Set((item.get.parameters ?? []).map((p: { name?: string }) => p.name));
    item.get = { ...item.get, parameters: [...(item.get.parameters ?? []), ...extra.filter((p) => !known.has(p.name))] };
  }
  return {
    ...official,
    info: {
      title: 'CORT directory: the published offer in the prisons of Flanders and Brussels (HSDS 3.0)',
      version: HSDS_VERSION,
      summary: 'The public offer of group activities for detainees, read-only, in Dutch, French or English.',
      description:
        'Only published activities, never anything about participants or the people who facilitate them. Public and cacheable (ETag, Cache-Control: public).',
      license: { name: 'CC BY-SA 4.0 (the HSDS specification)', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    },
    servers: [{ url: serverUrl }],
    paths,
  };
}
