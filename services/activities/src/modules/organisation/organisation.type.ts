import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the organisations service; this subgraph only points at them by id. The descriptions are the
// organisations service's own (composition keeps one, so they must agree).

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({
  description: 'A partner organisation delivering part of the offer (education, welfare, sport, …) in one or more prisons.',
})
export class Organisation {
  @Field(() => ID, { description: "The organisation's id (a UUID)." })
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({
  description:
    'A staff member or volunteer of a partner organisation. Personal data: the coordinators of the prisons their organisation serves, its partner staff and the person themself see it.',
})
export class Person {
  @Field(() => ID, { description: "The person's id (a UUID): what an activity's facilitatorIds name." })
  id!: string;
}
