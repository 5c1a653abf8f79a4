import { belgianDate, calendarDate } from '@cort/common';

// The rules of the prison's security advice in a screening: when it is due, what an answer must hold, and
// what it means for the approval of the screening.

export type SecurityAdvice = 'FAVOURABLE' | 'FAVOURABLE_WITH_CONDITIONS' | 'UNFAVOURABLE';
export type SecurityAdviceStatus = 'PENDING' | 'GIVEN' | 'WITHDRAWN';

/** Days the prison has to answer, from the day it was asked (changeable per request). */
export const DUE_IN_DAYS = 10;
export const TEXT_MAX = 1000;

/** The day it is due: DUE_IN_DAYS after today in Belgium, as a calendar day (UTC midnight, as @db.Date holds it). */
export function dueOnFrom(now: Date): Date {
  const today = new Date(`${belgianDate(now)}T00:00:00Z`);
  return new Date(today.getTime() + DUE_IN_DAYS * 86_400_000);
}

export interface Answer {
  advice: SecurityAdvice;
  conditions?: string | null;
  reason?: string | null;
}

/** What is wrong with an answer, per field: conditions with FAVOURABLE_WITH_CONDITIONS, a reason with UNFAVOURABLE. */
export function answerProblems(answer: Answer): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const conditions = answer.conditions?.trim();
  const reason = answer.reason?.trim();
  if (answer.advice === 'FAVOURABLE_WITH_CONDITIONS' && !conditions)
    problems.push({ field: 'conditions', message: 'Give the conditions of a favourable advice with conditions.' });
  if (answer.advice === 'UNFAVOURABLE' && !reason)
    problems.push({ field: 'reason', message: 'Give the reason of an unfavourable advice.' });
  for (const [field, text] of [
    ['conditions', conditions],
    ['reason', reason],
  ] as const)
    if (text && text.length > TEXT_MAX) problems.push({ field, message: `Keep the ${field} under ${TEXT_MAX} characters.` });
  return problems;
}

/** A new due day: not before today in Belgium. */
export const dueOnProblem = (dueOn: Date, now: Date) =>
  calendarDate(dueOn) < belgianDate(now) ? 'The advice cannot be due before today.' : null;

/**
 * What a request for advice means for approving its screening: refused while PENDING, to be acknowledged
 * (UNFAVOURABLE_ADVICE) after an unfavourable answer, nothing otherwise.
 */
export function approvalOf(
  request: { status: SecurityAdviceStatus; advice: SecurityAdvice | null } | null,
): 'PENDING' | 'UNFAVOURABLE' | null {
  if (!request) return null;
  if (request.status === 'PENDING') return 'PENDING';
  return request.status === 'GIVEN' && request.advice === 'UNFAVOURABLE' ? 'UNFAVOURABLE' : null;
}
