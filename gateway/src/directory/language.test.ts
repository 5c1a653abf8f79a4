import { languageShown, requestedLanguage, UnknownLanguageError } from './language';

describe('?lang=', () => {
  it('is nl, fr or en, nl when absent, in any case', () => {
    expect(requestedLanguage(undefined)).toBe('nl');
    expect(requestedLanguage('')).toBe('nl');
    expect(requestedLanguage('FR')).toBe('fr');
    expect(requestedLanguage('en')).toBe('en');
  });

  it('refuses anything else rather than guess', () => {
    for (const raw of ['de', 'nl-BE', ['nl', 'fr']]) expect(() => requestedLanguage(raw)).toThrow(UnknownLanguageError);
  });
});

describe('languageShown', () => {
  it('is the asked language when its text differs from the Dutch one', () => {
    expect(languageShown('fr', 'Atelier dessin', 'Atelier tekenen')).toBe('fr');
    expect(languageShown('nl', 'Atelier tekenen', 'Atelier tekenen')).toBe('nl');
  });

  it('is Dutch when the text asked in French or English is the Dutch one (the graph fell back)', () => {
    expect(languageShown('fr', 'Wekelijks atelier met een kunstenaar.', 'Wekelijks atelier met een kunstenaar.')).toBe('nl');
    expect(languageShown('en', 'Leesclub', 'Leesclub')).toBe('nl');
  });

  it('is nothing when there is no text', () => {
    expect(languageShown('en', null, null)).toBeNull();
  });
});
