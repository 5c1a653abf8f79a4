import { badUserInput } from '@cort/subgraph';

// What creating or publishing an activity warns the coordinator about. A warning never refuses on its own:
// the coordinator may go ahead, but only by acknowledging it, so nothing passes silently (as enrolment
// warnings do in the participants service).

export type ActivityWarningCode = 'NO_CURRENT_AGREEMENT';

/** What the warnings are judged on; `agreementCovers` is the organisations service's answer, null when it gave none. */
export interface ActivityWarningFacts {
  prisonId: string;
  startsOn: string; // YYYY-MM-DD
  endsOn: string;
  agreementCovers: boolean | null;
}

/** The warnings that apply, each with a message a coordinator can act on, in a fixed order. */
export function activityWarnings(facts: ActivityWarningFacts): { code: ActivityWarningCode; message: string }[] {
  // No answer is not an agreement: warn rather than pass.
  if (facts.agreementCovers === true) return [];
  return [
    {
      code: 'NO_CURRENT_AGREEMENT',
      message: `The organisation has no agreement for ${facts.prisonId} over the whole period ${facts.startsOn} to ${facts.endsOn}.`,
    },
  ];
}

/**
 * The warnings acknowledged, for the activity's history (none when none applied); throws BAD_USER_INPUT
 * (reason WARNINGS_NOT_ACKNOWLEDGED, the codes in extensions.warnings) while one that applies is not.
 */
export function requireAcknowledged(
  warnings: readonly { code: ActivityWarningCode; message: string }[],
  acknowledged: readonly string[] | null | undefined,
): ActivityWarningCode[] {
  const missing = warnings.filter((warning) => !(acknowledged ?? []).includes(warning.code));
  if (missing.length) {
    throw badUserInput(
      `${missing.map((warning) => warning.message).join(' ')} Acknowledge it by passing ${missing.map((w) => w.code).join(', ')} in acknowledgedWarnings.`,
      'acknowledgedWarnings',
      { reason: 'WARNINGS_NOT_ACKNOWLEDGED', warnings: missing.map((warning) => warning.code) },
    );
  }
  return warnings.map((warning) => warning.code);
}
