import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/** Where `full-date` (Date) and `date-time` (DateTime) are specified, as the scalars' descriptions say. */
export const RFC_3339_URL = 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6';

// graphql-scalars gives JSONObject its @specifiedBy URL but not Date and DateTime (1.26). Every subgraph
// uses these two objects (in @Field, @Arg and scalarsMap alike), so they get theirs here, once, when the
// kit is loaded, and every schema.graphql and the supergraph carry @specifiedBy for them.
for (const scalar of [DateResolver, DateTimeResolver]) {
  (scalar as { specifiedByURL?: string | null }).specifiedByURL ??= RFC_3339_URL;
}
