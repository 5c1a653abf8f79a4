import type { Caller, Role } from '@cort/auth';
import { forbidden, hasRole } from '@cort/subgraph';

/** Who reads a prison's figures: those who plan and evaluate its offer, and analysts. */
export const REPORT_READERS: readonly Role[] = ['POLICY_COORDINATOR', 'COORDINATOR', 'ANALYST'];

/**
 * Figures are aggregate-only, yet about detainees: a reader of the prison only. Deny by default: partner
 * staff, volunteers, prison staff, services and anonymous callers are all refused.
 */
export const canReadReportsOf = (caller: Caller, prisonId: string) =>
  caller.kind === 'user' && caller.prisons.includes(prisonId) && hasRole(caller, REPORT_READERS);

/** FORBIDDEN (also for anonymous callers: a report is never public), with what the caller lacks. */
export function requireReportReader(caller: Caller, prisonId: string): void {
  if (canReadReportsOf(caller, prisonId)) return;
  if (caller.kind === 'user' && hasRole(caller, REPORT_READERS)) throw forbidden(`You are not assigned to prison ${prisonId}.`);
  throw forbidden(`Reports need one of the roles ${REPORT_READERS.join(', ')}.`);
}
