import { parseTokenArgs } from './token-args';

describe('token command arguments', () => {
  it('reads roles (repeated or comma-separated), prisons, organisation and subject', () => {
    expect(
      parseTokenArgs([
        '--role',
        'coordinator,ANALYST',
        '--role=PRISON_STAFF',
        '--prisons',
        'HAREN,GENT',
        '--organisation',
        'org-1',
        '--sub',
        'p-1',
      ]),
    ).toEqual({ sub: 'p-1', roles: ['COORDINATOR', 'ANALYST', 'PRISON_STAFF'], prisons: ['HAREN', 'GENT'], organisationId: 'org-1' });
  });

  it('makes up a subject when none is given', () => {
    const a = parseTokenArgs(['--role', 'VOLUNTEER']);
    const b = parseTokenArgs(['--role', 'VOLUNTEER']);
    expect(a.sub).not.toBe(b.sub);
    expect(a.prisons).toEqual([]);
  });

  it.each([
    [[], /at least one --role/],
    [['--role', 'ROOT'], /Unknown role ROOT/],
    [['--role'], /needs a value/],
    [['--role', '--prisons', 'HAREN'], /needs a value/],
    [['--role', 'ANALYST', '--prisons', 'HA REN'], /malformed prison code/],
    [['--role', 'ANALYST', '--admin'], /Unknown option --admin/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseTokenArgs(argv as string[])).toThrow(message);
  });
});
