import { hasAnyText, normaliseText, pickText } from './localized-text';

describe('localized text', () => {
  const full = { nl: 'Onthaalklas', fr: "Classe d'accueil", en: 'Welcome class' };

  it('returns the asked language when present', () => {
    expect(pickText(full, 'FR')).toBe("Classe d'accueil");
    expect(pickText(full, 'EN')).toBe('Welcome class');
  });

  it('falls back to Dutch, then French, then English', () => {
    expect(pickText({ nl: 'Theater', fr: 'Théâtre' }, 'EN')).toBe('Theater');
    expect(pickText({ fr: 'Théâtre', en: 'Theatre' }, 'NL')).toBe('Théâtre');
    expect(pickText({ en: 'Theatre' }, 'FR')).toBe('Theatre');
  });

  it('treats blank translations as missing and is null only when nothing exists', () => {
    expect(pickText({ nl: '  ', en: 'Theatre' }, 'NL')).toBe('Theatre');
    expect(pickText({}, 'NL')).toBeNull();
  });

  it('normalises blanks to null', () => {
    expect(normaliseText({ nl: ' x ', fr: ' ' })).toEqual({ nl: 'x', fr: null, en: null });
    expect(hasAnyText(normaliseText({ fr: ' ' }))).toBe(false);
  });
});
