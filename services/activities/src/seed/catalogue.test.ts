import { CATALOGUE, templateTexts } from './catalogue';

describe('templateTexts', () => {
  it("gives an activity's six text columns, a language the template leaves out as null", () => {
    const template = CATALOGUE.find((t) => t.title.nl === 'Basiseducatie rekenen')!;
    expect(templateTexts(template)).toEqual({
      titleNl: 'Basiseducatie rekenen',
      titleFr: null,
      titleEn: null,
      summaryNl: 'Rekenen voor het dagelijkse leven: geld, tijd, maten.',
      summaryFr: null,
      summaryEn: null,
    });
  });

  it('keeps every language a template has', () => {
    const template = CATALOGUE.find((t) => t.title.en === 'Yoga')!;
    expect(templateTexts(template)).toMatchObject({
      titleNl: 'Yoga',
      titleFr: 'Yoga',
      titleEn: 'Yoga',
      summaryEn: 'Movement and relaxation for every level.',
    });
  });
});
