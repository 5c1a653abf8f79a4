import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '@cort/subgraph';
import type { Context } from '../../context';
import { SecurityAdviceStatus } from '../../shared/security-advice-enums';
import { Enrolment } from '../enrolment/enrolment.type';
import { GiveSecurityAdviceInput } from './security-advice.inputs';
import { changeSecurityAdviceDueOn, enrolmentOfRequest, giveSecurityAdvice, securityAdviceRequests } from './security-advice.service';
import { SecurityAdvicePayload, SecurityAdviceRequest, SecurityAdviceRequestConnection } from './security-advice.type';

/** Requests for the prison's security advice: the queue, the answer, a new due day; the use cases are security-advice.service.ts. */
@Resolver(() => SecurityAdviceRequest)
export class SecurityAdviceResolver {
  @Query(() => SecurityAdviceRequestConnection, {
    description:
      "The requests for security advice of one of your prisons, the earliest due first: the screenings waiting for the prison's advice. For the prison staff and coordinators of the prison.",
  })
  securityAdviceRequests(
    @Arg('prisonId', () => ID, { description: 'The prison whose requests to list.' }) prisonId: string,
    @Ctx() ctx: Context,
    @Arg('status', () => SecurityAdviceStatus, { nullable: true, description: 'Only the requests in this status; all when left out.' })
    status?: SecurityAdviceStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many requests to return (a page of at most 100).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the request the page starts after.' }) after?: string,
  ) {
    return securityAdviceRequests(ctx, prisonId, status, pageOf(first, after));
  }

  @Mutation(() => SecurityAdvicePayload, {
    description:
      'The prison staff answer a request for security advice: FAVOURABLE, FAVOURABLE_WITH_CONDITIONS (with the conditions) or UNFAVOURABLE (with the reason). Answering twice is a CONFLICT.',
  })
  async giveSecurityAdvice(
    @Arg('input', () => GiveSecurityAdviceInput, { description: 'The request and the advice.' }) input: GiveSecurityAdviceInput,
    @Ctx() ctx: Context,
  ): Promise<SecurityAdvicePayload> {
    return { securityAdvice: await giveSecurityAdvice(ctx, input) };
  }

  @Mutation(() => SecurityAdvicePayload, {
    description: 'Changes the day a pending request for security advice is due (not before today).',
  })
  async changeSecurityAdviceDueOn(
    @Arg('id', () => ID, { description: 'The pending request.' }) id: string,
    @Arg('dueOn', () => DateResolver, { description: 'The new day it is due.' }) dueOn: Date,
    @Ctx() ctx: Context,
  ): Promise<SecurityAdvicePayload> {
    return { securityAdvice: await changeSecurityAdviceDueOn(ctx, id, dueOn) };
  }

  @FieldResolver(() => Enrolment, { description: 'The enrolment in screening it is about, with its participant and activity.' })
  enrolment(@Root() request: SecurityAdviceRequest, @Ctx() ctx: Context) {
    return enrolmentOfRequest(ctx, request);
  }
}
