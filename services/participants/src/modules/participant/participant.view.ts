import { UseMiddleware } from 'type-graphql';
import { forbidden } from '@cort/subgraph';
import type { Participant as ParticipantRow } from '../../generated/prisma/client';
import { includesView, type ParticipantView } from '../../domain/participant-access';

/** A participant as handed to one caller: the row and how much of it that caller may see. */
export type SeenParticipant = ParticipantRow & { view: ParticipantView };

/** Every path that hands out a participant says how much of it the caller sees; there is no default. */
export const seenAs = (participant: ParticipantRow, view: ParticipantView): SeenParticipant => ({ ...participant, view });

/**
 * Guards one field of Participant: a caller whose view does not include it gets FORBIDDEN for that field
 * (a volunteer asking a detainee number), and an object handed out without a view shows nothing.
 */
export const visibleFrom = (needed: ParticipantView): MethodDecorator & PropertyDecorator =>
  UseMiddleware(async ({ root, info }, next) => {
    const view = (root as Partial<SeenParticipant>).view;
    if (!view || !includesView(view, needed)) throw forbidden(`Your role does not show a participant's ${info.fieldName}.`);
    return next();
  });
