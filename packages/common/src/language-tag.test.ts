import { isLanguageTag } from './language-tag';

describe('isLanguageTag', () => {
  it('knows language tags', () => {
    expect(isLanguageTag('nl')).toBe(true);
    expect(isLanguageTag('ar-MA')).toBe(true);
    expect(isLanguageTag('xx yy')).toBe(false);
  });
});
