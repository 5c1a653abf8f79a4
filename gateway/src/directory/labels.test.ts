import { eligibilityOf, languageName } from './labels';

describe('labels', () => {
  it('say who may take part in each language', () => {
    const audience = { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED'] };
    expect(eligibilityOf(audience, 'nl')).toBe('Voor mannen en vrouwen in de gevangenis, in voorlopige hechtenis of veroordeeld.');
    expect(eligibilityOf(audience, 'fr')).toBe('Pour hommes et femmes en prison, en détention préventive ou condamnés.');
    expect(eligibilityOf({ genders: ['FEMALE'], legalStatuses: ['INTERNED'] }, 'en')).toBe('For women in prison, interned.');
  });

  it('name languages in the asked language', () => {
    expect(languageName('fr', 'nl')).toBe('Frans');
    expect(languageName('nl', 'fr')).toBe('néerlandais');
    expect(languageName('ar', 'en')).toBe('Arabic');
  });
});
