import { participantProblems } from './participant-input';

describe('participant input', () => {
  it('accepts a complete registration', () => {
    expect(participantProblems({ detaineeNumber: '2026/0042', firstName: 'Jan', lastName: 'Peeters', languages: ['nl', 'ar'] })).toEqual(
      [],
    );
  });

  it('names each bad field without repeating the value', () => {
    const problems = participantProblems({ detaineeNumber: 'DROP TABLE;', firstName: ' ', lastName: '', languages: ['not a tag'] });
    expect(problems.map((p) => p.field)).toEqual(['detaineeNumber', 'firstName', 'lastName', 'languages']);
    expect(JSON.stringify(problems)).not.toContain('DROP TABLE');
  });

  it('checks only the fields given', () => {
    expect(participantProblems({ languages: ['fr'] })).toEqual([]);
  });
});
