/**
 * What a GraphQL enum says about itself, shaped like the options of type-graphql's `registerEnumType`
 * (`{ name, description, valuesConfig }`) but plain data, so this package needs no GraphQL library.
 * `V` is the enum's values: every one of them has a description.
 */
export interface EnumVocabulary<V extends string> {
  readonly name: string;
  readonly description: string;
  readonly valuesConfig: { readonly [K in V]: { readonly description: string } };
}

/** An entry of the vocabulary; its values are the keys of `valuesConfig`. */
export function enumVocabulary<V extends string>(entry: EnumVocabulary<V>): EnumVocabulary<V> {
  return entry;
}

/**
 * `unknown` when the enum object has exactly the vocabulary's values; otherwise a type no enum object
 * satisfies, whose one property names the values that differ, so the compiler's message says which.
 */
export type SameValues<E, V extends string> = [Exclude<keyof E, V>] extends [never]
  ? [Exclude<V, keyof E>] extends [never]
    ? unknown
    : { readonly 'values the vocabulary describes and the enum lacks': Exclude<V, keyof E> }
  : { readonly 'values of the enum the vocabulary does not describe': Exclude<keyof E, V> };

/**
 * The vocabulary's entry for a service's own enum object (its Prisma-generated enum), checked to have the
 * same values: a compile error when they differ, and the same refusal at start-up for code that escaped
 * the compiler. Pass the result to `registerEnumType(values, …)`.
 */
export function vocabularyFor<E extends Record<string, string>, V extends string>(
  values: E & SameValues<E, V>,
  entry: EnumVocabulary<V>,
): EnumVocabulary<V> {
  const described = Object.keys(entry.valuesConfig);
  const undescribed = Object.keys(values).filter((value) => !described.includes(value));
  const lacking = described.filter((value) => !(value in values));
  if (undescribed.length > 0 || lacking.length > 0) {
    const differences = [
      ...(undescribed.length > 0 ? [`not described: ${undescribed.join(', ')}`] : []),
      ...(lacking.length > 0 ? [`not in the enum: ${lacking.join(', ')}`] : []),
    ];
    throw new Error(`The enum given for ${entry.name} differs from the shared vocabulary (${differences.join('; ')}).`);
  }
  return entry;
}
