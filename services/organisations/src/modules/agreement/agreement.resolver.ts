import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Organisation, OrganisationPayload } from '../organisation/organisation.type';
import { Prison } from '../prison/prison.type';
import { RecordAgreementInput } from './agreement.inputs';
import { currentToday, expiringAgreements, recordAgreement } from './agreement.service';
import { Agreement } from './agreement.type';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Mutation(() => OrganisationPayload, { description: "A coordinator of the prisons it covers records an organisation's agreement." })
  async recordAgreement(
    @Arg('input', () => RecordAgreementInput, { description: 'The organisation, the prisons, the kind and the validity.' })
    input: RecordAgreementInput,
    @Ctx() ctx: Context,
  ): Promise<OrganisationPayload> {
    const agreement = await recordAgreement(ctx, input);
    return { organisation: (await ctx.loaders.organisation.load(agreement.organisationId))! };
  }

  @Query(() => [Agreement], {
    description: 'The agreements covering one of your prisons that hold today and lapse within the coming days, the soonest first.',
  })
  expiringAgreements(
    @Arg('prisonId', () => ID, { description: 'The code of the prison, one of yours.' }) prisonId: string,
    @Arg('withinDays', () => Int, { description: 'How many days ahead to look (0–550).' }) withinDays: number,
    @Ctx() ctx: Context,
  ) {
    return expiringAgreements(ctx, prisonId, withinDays);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it holds today (Brussels time).' })
  current(@Root() agreement: Agreement): boolean {
    return currentToday(agreement);
  }

  @FieldResolver(() => [Prison], { description: 'The prisons it covers: those it names, or every prison the organisation serves.' })
  async prisons(@Root() agreement: Agreement, @Ctx() { loaders }: Context): Promise<Prison[]> {
    if (agreement.prisonIds.length) return agreement.prisonIds.map((id) => ({ id }));
    const organisation = await loaders.organisation.load(agreement.organisationId);
    return (organisation?.prisonIds ?? []).map((id) => ({ id }));
  }

  @FieldResolver(() => Organisation, { description: 'The organisation it is with.' })
  organisation(@Root() agreement: Agreement, @Ctx() { loaders }: Context) {
    return loaders.organisation.load(agreement.organisationId);
  }
}
