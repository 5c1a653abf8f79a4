import { Field, ID, InputType } from 'type-graphql';
import { SecurityAdvice } from '../../shared/security-advice-enums';

@InputType({ description: "The prison's answer to a request for security advice." })
export class GiveSecurityAdviceInput {
  @Field(() => ID, { description: 'The pending request.' })
  id!: string;

  @Field(() => SecurityAdvice, { description: 'The advice.' })
  advice!: SecurityAdvice;

  @Field(() => String, {
    nullable: true,
    description: 'The conditions (required with FAVOURABLE_WITH_CONDITIONS; at most 1000 characters).',
  })
  conditions?: string | null;

  @Field(() => String, { nullable: true, description: 'The reason (required with UNFAVOURABLE; at most 1000 characters).' })
  reason?: string | null;
}
