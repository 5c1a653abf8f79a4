import fs from 'node:fs';
import path from 'node:path';
import { printSubgraphSdl } from '@cort/subgraph';
import { buildSchema as activities } from '../../../services/activities/src/schema';
import { buildSchema as organisations } from '../../../services/organisations/src/schema';
import { buildSchema as participants } from '../../../services/participants/src/schema';
import { buildSchema as reporting } from '../../../services/reporting/src/schema';

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
