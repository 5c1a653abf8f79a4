import { ACTIVITY_CATEGORY, ACTIVITY_DOMAIN, CANCELLATION_REASON, GENDER, LEGAL_STATUS } from '../../packages/vocabulary/src';
import { DropoutReason } from '../../services/participants/src/generated/prisma/enums';
import { ATTENDANCE_CODES } from '../../services/reporting/src/domain/attendance';
import { label, monthName, REPORT_LABELS } from '../src/exports/annual-report-labels';
import { LANGUAGES } from '../src/exports/annual-report-tables';

// Issue 15: the files write no raw code. Every value of each enum the report shows has a label in every
// language, so a value added to a service's enum without its label fails here, not in a published file.
describe("the annual report's labels", () => {
  const lists: [keyof typeof REPORT_LABELS, readonly string[]][] = [
    ['category', Object.keys(ACTIVITY_CATEGORY.valuesConfig)],
    ['domain', Object.keys(ACTIVITY_DOMAIN.valuesConfig)],
    ['gender', Object.keys(GENDER.valuesConfig)],
    ['legalStatus', Object.keys(LEGAL_STATUS.valuesConfig)],
    ['code', ATTENDANCE_CODES],
    ['cancellation', Object.keys(CANCELLATION_REASON.valuesConfig)],
    ['dropout', Object.keys(DropoutReason)],
  ];

  it.each(lists)('label every %s in nl, fr and en, none of them the code', (kind, codes) => {
    expect(Object.keys(REPORT_LABELS[kind]).sort()).toEqual([...codes].sort());
    for (const code of codes)
      for (const language of LANGUAGES) {
        const words = label(kind, code, language);
        expect(words.trim()).not.toBe('');
        expect(words).not.toBe(code);
      }
  });

  it('name the months in the language asked', () => {
    expect([monthName(3, 'nl'), monthName(3, 'fr'), monthName(3, 'en')]).toEqual(['maart', 'mars', 'March']);
    expect(monthName(12, 'fr')).toBe('décembre');
  });
});
