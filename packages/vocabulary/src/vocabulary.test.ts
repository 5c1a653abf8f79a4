import * as vocabulary from './index';
import { DOMAIN_LABELS, EnumVocabulary, GENDER, labelOf, vocabularyFor } from './index';

const entries = Object.entries(vocabulary).filter(
  (entry): entry is [string, EnumVocabulary<string>] => typeof entry[1] === 'object' && 'valuesConfig' in entry[1],
);

describe('the shared vocabulary', () => {
  it('holds the enums that several subgraphs declare, each named once', () => {
    const names = entries.map(([, entry]) => entry.name);
    expect(names.sort()).toEqual([
      'ActivityCategory',
      'ActivityDomain',
      'CancellationReason',
      'Gender',
      'LegalStatus',
      'Region',
      'SessionStatus',
    ]);
  });

  it.each(entries)('%s describes the enum and every one of its values', (_, entry) => {
    expect(entry.description.trim()).not.toBe('');
    const values = Object.entries(entry.valuesConfig);
    expect(values.length).toBeGreaterThan(0);
    for (const [value, config] of values) {
      expect({ value, description: config.description.trim() }).toEqual({ value, description: expect.stringMatching(/\S/) });
    }
  });
});

describe('vocabularyFor', () => {
  it("gives the entry for an enum with the vocabulary's values", () => {
    expect(vocabularyFor({ FEMALE: 'FEMALE', MALE: 'MALE' } as const, GENDER)).toBe(GENDER);
  });

  it('refuses an enum with a value the vocabulary does not describe', () => {
    const values = { MALE: 'MALE', FEMALE: 'FEMALE', OTHER: 'OTHER' } as const;
    // @ts-expect-error the compiler refuses it first
    expect(() => vocabularyFor(values, GENDER)).toThrow(
      'The enum given for Gender differs from the shared vocabulary (not described: OTHER).',
    );
  });

  it('refuses an enum that lacks a value the vocabulary describes', () => {
    const values = { MALE: 'MALE' } as const;
    // @ts-expect-error the compiler refuses it first
    expect(() => vocabularyFor(values, GENDER)).toThrow(
      'The enum given for Gender differs from the shared vocabulary (not in the enum: FEMALE).',
    );
  });
});

describe('labelOf', () => {
  it("gives a code's label in the asked language, and keeps a code the list does not know", () => {
    expect(labelOf(DOMAIN_LABELS, 'EDUCATION', 'fr')).toBe('Enseignement');
    expect(labelOf(DOMAIN_LABELS, 'ASTRONOMY', 'nl')).toBe('ASTRONOMY');
  });
});
