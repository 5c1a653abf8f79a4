import { renderAccessDocument } from './access-document';
import type { Policy } from './policy';

const policy: Policy = {
  service: 'people',
  categories: {
    IDENTITY: { personal: true, description: 'Names' },
    OFFER: { personal: false, description: 'The offer' },
  },
  personalTypes: ['Person'],
  rules: {
    'Query.people': { data: 'IDENTITY', who: { COORDINATOR: 'their prisons' }, allows: () => true },
    'Person.name': { data: 'IDENTITY', who: { COORDINATOR: 'their prisons', VOLUNTEER: 'their sessions' } },
    'Query.offer': { data: 'OFFER', who: { ANONYMOUS: 'published' } },
  },
};

describe('renderAccessDocument', () => {
  const document = renderAccessDocument([policy]);

  it('has a row per category and a column per audience, with the rules’ scopes', () => {
    const identity = document.split('\n').find((line) => line.startsWith('| **IDENTITY**'))!;
    const cells = identity.split(' | ');
    // category, personal, then POLICY_COORDINATOR, COORDINATOR, PARTNER_STAFF, VOLUNTEER, PRISON_STAFF, ANALYST, ANONYMOUS
    expect(cells[1]).toBe('yes');
    expect(cells[3]).toBe('their prisons');
    expect(cells[5]).toBe('their sessions');
    expect(cells[2]).toBe('—');
    expect(document).toContain('| **OFFER** The offer | no | — | — | — | — | — | — | published |');
  });

  it('lists every rule, saying which ones are checked against the object', () => {
    expect(document).toContain('| `Query.people` | IDENTITY | COORDINATOR (checked against the object) |');
    expect(document).toContain('| `Person.name` | IDENTITY | COORDINATOR, VOLUNTEER |');
  });
});
