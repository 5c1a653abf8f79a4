import { displayName } from './display-name';

describe('displayName', () => {
  it('shows the first name and the initial of the last name', () => {
    expect(displayName('Jan', 'Peeters')).toBe('Jan P.');
  });

  it('ignores extra spaces, tabs and non-breaking spaces', () => {
    expect(displayName('  Jan ', '  Peeters  ')).toBe('Jan P.');
    expect(displayName('Jan\t  Pieter', '\u00a0Peeters')).toBe('Jan Pieter P.');
  });

  it('takes the first letter of a compound last name, as a capital', () => {
    expect(displayName('Sofie', 'Van den Broeck')).toBe('Sofie V.');
    expect(displayName('Sofie', 'van den Broeck')).toBe('Sofie V.');
    expect(displayName('Karim', 'El  Amrani-Benali')).toBe('Karim E.');
  });

  it('skips punctuation before the first letter', () => {
    expect(displayName('Piet', "'t Hooft")).toBe('Piet T.');
  });

  it('keeps accented initials whole, however they were typed', () => {
    expect(displayName('Ayşe', 'Özdemir')).toBe('Ayşe Ö.');
    expect(displayName('Eric', 'E\u0301lise')).toBe('Eric É.'); // E + combining acute
  });

  it('shows the first name alone when there is no last name', () => {
    expect(displayName('Jan', '')).toBe('Jan');
    expect(displayName('Jan', '   ')).toBe('Jan');
    expect(displayName('Jan', null)).toBe('Jan');
    expect(displayName('Jan', '-')).toBe('Jan');
  });

  it('shows the initial alone when there is no first name', () => {
    expect(displayName('', 'Peeters')).toBe('P.');
    expect(displayName(undefined, 'Peeters')).toBe('P.');
  });

  it('is empty when there is no name at all', () => {
    expect(displayName(' ', null)).toBe('');
  });
});
