import { GraphQLError } from 'graphql';
import { checkYear, yearBounds, yearProblem } from './report-year';

describe('report year', () => {
  it('runs from New Year to New Year in Belgian time (winter time: UTC+1)', () => {
    const { from, to } = yearBounds(2026);
    expect(from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('puts a session at 00:30 on 1 January in Brussels in the new year, though it is still the old year in UTC', () => {
    const { from } = yearBounds(2027);
    const newYearsNight = new Date('2026-12-31T23:30:00Z');
    expect(newYearsNight >= from).toBe(true);
    expect(newYearsNight < yearBounds(2026).to).toBe(false);
  });

  it('accepts whole years from 2000 to 2100 only', () => {
    expect(yearProblem(2000)).toBeNull();
    expect(yearProblem(2100)).toBeNull();
    expect(yearProblem(1800)).toMatch(/2000 to 2100/);
    expect(yearProblem(2101)).not.toBeNull();
    expect(yearProblem(2026.5)).not.toBeNull();
  });

  it('refuses a year outside the range as BAD_USER_INPUT naming the field', () => {
    expect(() => checkYear(2026)).not.toThrow();
    try {
      checkYear(1800);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
  });
});
