// Typed client for the contract: `npm run contract:codegen` (or `npx graphql-codegen --config contract/codegen.ts`)
// writes contract/generated/ from the operations here and the graph's API schema. See codegen.md in this folder.
import fs from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema, parse, validate } from 'graphql';
import { apiSdlOf } from '../gateway/src/schema-gate';

const here = __dirname;
// The supergraph carries federation directives a client never sees: codegen reads the API schema instead.
const schema = apiSdlOf(fs.readFileSync(path.join(here, '..', 'gateway', 'supergraph.graphql'), 'utf8'));

const operationFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() && entry.name !== 'generated'
        ? operationFiles(path.join(dir, entry.name))
        : entry.name.endsWith('.graphql')
          ? [path.join(dir, entry.name)]
          : [],
    )
    .sort();

// Some operations belong to features the graph does not have yet; they join by themselves once they validate.
const api = buildSchema(schema);
const documents: string[] = [];
const skipped: string[] = [];
for (const file of operationFiles(here)) {
  const errors = validate(api, parse(fs.readFileSync(file, 'utf8')));
  if (errors.length === 0) documents.push(file);
  else skipped.push(`  ${path.relative(here, file)}: ${errors[0].message}`);
}
if (skipped.length)
  console.warn(`contract codegen: ${skipped.length} operation(s) skipped, they do not validate against the graph yet:\n${skipped.join('\n')}`);

const config: CodegenConfig = {
  schema,
  documents,
  generates: {
    [path.join(here, 'generated') + path.sep]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Dates travel as ISO 8601 strings (2026-03-01, 2026-03-01T16:30:00.000Z); a new scalar fails until mapped here.
        scalars: { ID: 'string', Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
