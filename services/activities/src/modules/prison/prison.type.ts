import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Region } from '../../shared/enums';

/** A prison, identified by a stable upper-case code (HAREN, ANTWERPEN, GENT, …). */
@Directive('@key(fields: "id")')
@ObjectType()
export class Prison {
  @Field(() => ID)
  id!: string;

  @Field(() => Region)
  region!: Region;

  nameNl!: string;
  nameFr!: string;
  nameEn!: string;
}
