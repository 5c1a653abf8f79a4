import fs from 'node:fs';
import path from 'node:path';
import { buildSchema as activities } from '@cort/activities';
import { buildSchema as organisations } from '@cort/organisations';
import { buildSchema as participants } from '@cort/participants';
import { buildSchema as reporting } from '@cort/reporting';
import { printSubgraphSdl } from '@cort/subgraph';

// Composition reads the committed schema.graphql files: each must be what its service's code builds.
describe.each([
  ['activities', activities],
  ['organisations', organisations],
  ['participants', participants],
  ['reporting', reporting],
])('services/%s/schema.graphql', (name, build) => {
  it('is what the code builds (npm run compose rewrites it)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'services', name, 'schema.graphql'), 'utf8');
    expect(committed).toBe(printSubgraphSdl(await build()));
  });
});
