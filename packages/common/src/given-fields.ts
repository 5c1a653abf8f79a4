/** An update input with only the fields the client gave: GraphQL sends an omitted field as undefined, and null here means "leave it". */
export type Given<T> = { [K in keyof T]?: Exclude<T[K], null | undefined> };

/**
 * "Change the given fields": an update mutation's input without the fields left out or sent as null, so
 * that `{ ...current, ...givenFields(input) }` is the object as it will be. No update field of the graph
 * can be cleared by null; a field that may be cleared needs its own mutation or an explicit value.
 */
export function givenFields<T extends object>(input: T): Given<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null)) as Given<T>;
}
