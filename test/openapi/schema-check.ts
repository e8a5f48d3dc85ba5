/** Just enough of OpenAPI 3 to compare a document with real responses. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
}

export interface MediaType {
  schema?: Schema;
}

export interface Operation {
  summary?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Schema }>;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { description?: string; content?: Record<string, MediaType> }>;
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation as "METHOD /path". */
export function operations(doc: OpenApiDocument): Array<[string, Operation]> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]): [string, Operation] => [`${method.toUpperCase()} ${path}`, op]),
  );
}

export function operation(doc: OpenApiDocument, key: string): Operation {
  const [method, path] = key.split(' ');
  const found = doc.paths[path]?.[method.toLowerCase()];
  if (!found) throw new Error(`${key} is not documented`);
  return found;
}

/** Follows $ref and merges allOf, keeping the outer nullable. */
export function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components.schemas[name];
    if (!target) throw new Error(`Unresolved ${schema.$ref}`);
    return resolve(doc, target);
  }
  if (!schema.allOf) return schema;
  const parts = schema.allOf.map((part) => resolve(doc, part));
  return {
    ...schema,
    allOf: undefined,
    type: parts.find((p) => p.type)?.type ?? schema.type,
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), schema.properties ?? {}),
    required: [...new Set(parts.flatMap((p) => p.required ?? []).concat(schema.required ?? []))],
  };
}

/** The JSON schema of an operation's response with that status. */
export function responseSchema(doc: OpenApiDocument, key: string, status: number): Schema {
  const schema = operation(doc, key).responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${key} documents no JSON body for ${status}`);
  return schema;
}

/** The schema of a field path (`user.roles`, `timeline[].at`, `[].code`, `indicators["2.1"].rate`), or undefined. */
export function fieldSchema(doc: OpenApiDocument, schema: Schema, path: string): Schema | undefined {
  let current: Schema | undefined = resolve(doc, schema);
  for (const [step, quoted] of path.matchAll(/\["([^"]+)"\]|\[\]|[^.[\]]+/g)) {
    if (!current) return undefined;
    const name = quoted ?? step;
    if (name === '[]') current = current.type === 'array' && current.items ? resolve(doc, current.items) : undefined;
    else current = current.properties?.[name] ? resolve(doc, current.properties[name]) : undefined;
  }
  return current;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where a real value departs from its documented schema: undocumented or missing required
 * properties, wrong types, null where not nullable, values outside an enum, malformed instants.
 */
export function mismatches(doc: OpenApiDocument, declared: Schema, value: unknown, at = '$'): string[] {
  const schema = resolve(doc, declared);
  if (value === null) return schema.nullable || declared.nullable ? [] : [`${at}: null but not nullable`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`];
  switch (schema.type) {
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected an array`];
      return value.flatMap((item, i) => (schema.items ? mismatches(doc, schema.items, item, `${at}[${i}]`) : []));
    case 'string':
      if (typeof value !== 'string') return [`${at}: expected a string`];
      if (schema.format === 'date-time' && !INSTANT.test(value)) return [`${at}: ${value} is not an ISO 8601 instant with an offset`];
      if (schema.format === 'date' && !DATE.test(value)) return [`${at}: ${value} is not YYYY-MM-DD`];
      return [];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: expected an integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected a boolean`];
    default:
      return objectMismatches(doc, schema, value, at);
  }
}

function objectMismatches(doc: OpenApiDocument, schema: Schema, value: unknown, at: string): string[] {
  if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
  const properties = schema.properties ?? {};
  if (Object.keys(properties).length === 0) return schema.additionalProperties ? [] : [`${at}: the schema documents no properties`];
  const record = value as Record<string, unknown>;
  const undocumented = Object.keys(record).filter((key) => !(key in properties)).map((key) => `${at}.${key}: not documented`);
  const missing = (schema.required ?? []).filter((key) => !(key in record)).map((key) => `${at}.${key}: documented as required, absent`);
  const nested = Object.entries(record).flatMap(([key, item]) => (properties[key] ? mismatches(doc, properties[key], item, `${at}.${key}`) : []));
  return [...undocumented, ...missing, ...nested];
}
