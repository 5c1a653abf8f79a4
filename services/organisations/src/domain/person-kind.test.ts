import { personKind } from './person-kind';

describe('personKind', () => {
  it('makes the VOLUNTEER role a volunteer and every other role staff', () => {
    expect(personKind('VOLUNTEER')).toBe('VOLUNTEER');
    expect(['TEACHER', 'THERAPIST', 'COORDINATOR', 'OTHER'].map((role) => personKind(role as never))).toEqual([
      'STAFF',
      'STAFF',
      'STAFF',
      'STAFF',
    ]);
  });
});
