import { organisationProblems, personProblems } from './organisation-input';

describe('organisation and person input', () => {
  it('accepts complete input', () => {
    expect(
      organisationProblems({ name: 'CAW Brussel', prisonIds: ['HAREN'], contact: { email: 'info@caw.be', website: 'https://caw.be' } }),
    ).toEqual([]);
    expect(personProblems({ firstName: 'An', lastName: 'Peeters', languages: ['nl', 'fr'], email: 'an@caw.be' })).toEqual([]);
  });

  it('names each bad field', () => {
    expect(organisationProblems({ name: ' ', prisonIds: [], contact: { email: 'nope', website: 'caw.be' } }).map((p) => p.field)).toEqual([
      'name',
      'prisonIds',
      'contact.email',
      'contact.website',
    ]);
    expect(personProblems({ firstName: '', lastName: ' ', languages: ['x y'], email: 'a@' }).map((p) => p.field)).toEqual([
      'firstName',
      'lastName',
      'languages',
      'email',
    ]);
  });

  it('checks only the fields given (updates)', () => {
    expect(organisationProblems({})).toEqual([]);
    expect(personProblems({ languages: ['ar'] })).toEqual([]);
  });
});
