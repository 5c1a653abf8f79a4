import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the organisations service; this subgraph only points at them by id.

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Organisation {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}
