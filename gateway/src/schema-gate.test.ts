import fs from 'node:fs';
import path from 'node:path';
import { DiffRule, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { apiSdlOf, judgeSchemaChange, reportVerdict } from './schema-gate';

const BASELINE = `
  type Query {
    activity(id: ID!): Activity
    activities(prisonId: ID!, status: Status): [Activity!]!
  }
  type Mutation { createActivity(input: CreateActivityInput!): Activity! }
  type Activity {
    id: ID!
    title: String!
    "Places."
    capacity: Int!
    "A text clients stopped reading."
    summary: String @deprecated(reason: "Use title.")
    sessions(from: String, upTo: String @deprecated(reason: "Use from.")): [String!]!
  }
  input CreateActivityInput { title: String!, capacity: Int, notes: String @deprecated(reason: "Unused.") }
  enum Status { DRAFT PUBLISHED ARCHIVED @deprecated(reason: "Use PUBLISHED.") }
  type Legacy { code: String @deprecated(reason: "Gone soon.") }
  type Extra { code: String }
`;
/** The baseline with `edit` applied: [old text, new text]. */
const edited = (...edits: [string, string][]) =>
  edits.reduce((sdl, [from, to]) => {
    if (!sdl.includes(from)) throw new Error(`not in the baseline: ${from}`);
    return sdl.replace(from, to);
  }, BASELINE);
const judge = async (...edits: [string, string][]) => {
  const verdict = await judgeSchemaChange(BASELINE, edited(...edits));
  return { verdict, ...reportVerdict(verdict, 'the baseline'), paths: verdict.breaking.map((change) => change.path) };
};

describe('the breaking-change gate', () => {
  it('passes an unchanged schema', async () => {
    expect(await judge()).toMatchObject({ ok: true, lines: ['The API schema is the same as the baseline.'] });
  });

  it('fails a removed field, naming the coordinate and saying to deprecate it first', async () => {
    const result = await judge(['"Places."\n    capacity: Int!\n', '']);
    expect(result).toMatchObject({ ok: false, paths: ['Activity.capacity'] });
    expect(result.lines[0]).toMatch(/^BREAKING {2}Activity\.capacity: Field 'capacity' was removed/);
    expect(result.lines[1]).toMatch(/deprecate it first/);
    expect(result.lines.at(-1)).toMatch(/Deprecate first/);
  });

  it('passes what the baseline deprecated: a field, an enum value, an input field, an argument, a whole type', async () => {
    const result = await judge(
      ['"A text clients stopped reading."\n    summary: String @deprecated(reason: "Use title.")\n', ''],
      [' ARCHIVED @deprecated(reason: "Use PUBLISHED.")', ''],
      [', notes: String @deprecated(reason: "Unused.")', ''],
      [', upTo: String @deprecated(reason: "Use from.")', ''],
      ['type Legacy { code: String @deprecated(reason: "Gone soon.") }', ''],
    );
    expect(result.ok).toBe(true);
    expect(result.verdict.afterDeprecation.map((change) => change.path).sort()).toEqual([
      'Activity.sessions.upTo',
      'Activity.summary',
      'CreateActivityInput.notes',
      'Legacy',
      'Status.ARCHIVED',
    ]);
    expect(result.lines).toContain(
      "allowed   Activity.summary: Field 'summary' (deprecated) was removed from object type 'Activity' (deprecated in the baseline)",
    );
  });

  it('fails a type removed while any of its fields was not deprecated', async () => {
    expect(await judge(['type Extra { code: String }', ''])).toMatchObject({ ok: false, paths: ['Extra'] });
  });

  it('fails an output field made nullable (clients relied on a value), and passes one made non-null', async () => {
    // Inspector's reading, and ours: a typed client of the baseline has `title: string`; null would break it.
    expect(await judge(['title: String!', 'title: String'])).toMatchObject({ ok: false, paths: ['Activity.title'] });
    const stricter = await judge(['activity(id: ID!): Activity', 'activity(id: ID!): Activity!']);
    expect(stricter.ok).toBe(true);
    expect(stricter.verdict.safe.map((change) => change.type)).toEqual(['FIELD_TYPE_CHANGED']);
  });

  it('reads input nullability the other way round', async () => {
    expect(await judge(['capacity: Int, notes', 'capacity: Int!, notes'])).toMatchObject({
      ok: false,
      paths: ['CreateActivityInput.capacity'],
    });
    expect(await judge(['input CreateActivityInput { title: String!', 'input CreateActivityInput { title: String'])).toMatchObject({
      ok: true,
    });
    expect(await judge(['prisonId: ID!, status', 'prisonId: ID, status'])).toMatchObject({ ok: true });
  });

  it('fails a type change that comes with a new or changed description, which the default rule set hides', async () => {
    const described: [string, string] = ['    title: String!', '    "In the asked language."\n    title: String'];
    expect(await judge(described)).toMatchObject({ ok: false, paths: ['Activity.title'] });
    const redescribed: [string, string] = ['"Places."\n    capacity: Int!', '"Places, or null when unlimited."\n    capacity: Int'];
    expect(await judge(redescribed)).toMatchObject({ ok: false, paths: ['Activity.capacity'] });

    // What `graphql-inspector diff` does without `--rule verboseChanges`: the type change is gone.
    const simplified = await diff(buildSchema(BASELINE), buildSchema(edited(described)), [DiffRule.simplifyChanges]);
    expect(simplified.map((change) => change.type)).toEqual(['FIELD_DESCRIPTION_ADDED']);
  });

  it('fails a required argument added to a field, and passes an optional one', async () => {
    const result = await judge(['prisonId: ID!, status: Status', 'prisonId: ID!, status: Status, year: Int!']);
    expect(result).toMatchObject({ ok: false, paths: ['Query.activities.year'] });
    expect(result.lines[1]).toMatch(/make it optional/);
    expect(await judge(['prisonId: ID!, status: Status', 'prisonId: ID!, status: Status, year: Int = 2026'])).toMatchObject({ ok: true });
  });

  it('prints dangerous changes and passes them', async () => {
    const result = await judge(['enum Status { DRAFT', 'enum Status { CANCELLED DRAFT']);
    expect(result.ok).toBe(true);
    expect(result.lines).toContain("dangerous Status.CANCELLED: Enum value 'CANCELLED' was added to enum 'Status'");
  });
});

describe('the API schema of the committed supergraph', () => {
  const supergraph = fs.readFileSync(path.join(__dirname, '..', 'supergraph.graphql'), 'utf8');
  const api = apiSdlOf(supergraph);

  it('has no federation machinery and passes against itself', async () => {
    expect(api).not.toMatch(/@join__|@link|_Service|_entities/);
    expect(api).toMatch(/type Query/);
    expect(reportVerdict(await judgeSchemaChange(api, api), 'itself').ok).toBe(true);
  });

  it('fails a field made nullable with a new description, as an earlier turn did to ten fields', async () => {
    const broken = supergraph.replace(
      /^( {2}"""[^\n]*"""\n)? {2}screeningRequired: Boolean!/m,
      '  """Whether enrolment goes through screening first; null while unknown."""\n  screeningRequired: Boolean',
    );
    expect(broken).not.toBe(supergraph);
    const result = reportVerdict(await judgeSchemaChange(api, apiSdlOf(broken)), 'the baseline');
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(
      "BREAKING  Activity.screeningRequired: Field 'Activity.screeningRequired' changed type from 'Boolean!' to 'Boolean'",
    );
  });
});
