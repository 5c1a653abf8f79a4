import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The official HSDS 3.0 files, as the project keeps them (gateway/src/directory/hsds/schema). */
const SCHEMA_DIR = path.join(__dirname, '..', 'src', 'directory', 'hsds', 'schema');
/** Where the specification publishes them: the API description refers to the schemas by these addresses. */
const PUBLISHED = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

/**
 * Keywords of the specification's own tooling (data package and documentation metadata) that are not
 * JSON Schema: declared as annotations, so that ajv stays strict about everything else (an unknown
 * format or a misspelt keyword still fails).
 */
const ANNOTATIONS = ['name', 'path', 'datapackage_metadata', 'datapackage_type', 'core', 'constraints', 'example', 'tabular_required'];

function schemaFiles(dir = ''): string[] {
  return fs.readdirSync(path.join(SCHEMA_DIR, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(relative);
    return /\.json(\.gz)?$/.test(entry.name) && !['openapi.json', 'SOURCE.json'].includes(relative) ? [relative] : [];
  });
}

const read = (file: string) => {
  const raw = fs.readFileSync(path.join(SCHEMA_DIR, file));
  return JSON.parse((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
};

/** The API description's Page envelope put in place of its `#/components/schemas/Page` references. */
function standalone(schema: unknown, page: unknown): unknown {
  if (Array.isArray(schema)) return schema.map((item) => standalone(item, page));
  if (typeof schema !== 'object' || schema === null) return schema;
  if ((schema as { $ref?: string }).$ref === '#/components/schemas/Page') return page;
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, standalone(value, page)]));
}

/**
 * A strict JSON Schema 2020-12 validator (the HSDS API's `jsonSchemaDialect`) holding every official
 * schema at its published address, and the response schema of each path of the API description.
 */
export function hsdsValidators() {
  // strictTypes off: the description's own response schemas give `properties` without `type: object`.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATIONS);
  for (const file of schemaFiles()) ajv.addSchema(read(file), PUBLISHED + file.replace(/\.gz$/, ''));

  const openapi = read('openapi.json');
  const page = openapi.components.schemas.Page;
  const responses = new Map<string, ValidateFunction>();
  for (const [route, operations] of Object.entries<any>(openapi.paths)) {
    const schema = operations.get.responses['200'].content['application/json'].schema;
    responses.set(route, ajv.compile(standalone(schema, page) as object));
  }
  /** A schema of the folder by its file name, e.g. `location.json`. */
  const schema = (file: string) => ajv.getSchema(PUBLISHED + file)!;
  /** A Page of the API description whose contents are of one schema (for the paths the description lacks). */
  const pageOf = (file: string) =>
    ajv.compile({ allOf: [page], properties: { contents: { type: 'array', items: { $ref: PUBLISHED + file } } } });
  return { responses, schema, pageOf, openapi };
}

/** The violations, readably (path: message), or nothing. */
export function violations(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message} ${JSON.stringify(error.params)}`);
}
