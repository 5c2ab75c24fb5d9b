/**
 * The published schemas, generated from the valibot definitions (never edited by hand):
 * assets/playbook.schema.json for teams' editors, and the storage.managed_schema browsers use to
 * read policy. json-schemas.test.ts keeps both files in step with the code.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import { PlaybookSchema } from './playbook-schema';
import { POLICY_SCHEMAS, PolicySchema } from './policy';

// Checks written as code (blank text, repeated ids, origins) have no JSON Schema form; the
// extension runs them on every playbook anyway, and editors get the rest.
const CONVERSION: ConversionConfig = { target: 'draft-07', ignoreActions: ['check', 'raw_check'] };

export function playbookJsonSchema(): JsonSchema {
  const { $schema, title, description, ...shape } = toJsonSchema(PlaybookSchema, CONVERSION);
  // The header first, for people who open the file.
  return { $schema, title, description, ...shape };
}

export function policyJsonSchema(): JsonSchema {
  return toJsonSchema(PolicySchema, CONVERSION);
}

type ChromeSchema = { type: string; description?: string; title?: string; properties?: Record<string, ChromeSchema>; items?: ChromeSchema };

/**
 * Chrome's managed_schema is a subset of JSON Schema, and Chrome acts on it: it drops values that
 * don't match and refuses to load an extension whose schema uses `additionalProperties: false`.
 * So the managed schema keeps only the shape (types, properties, items, descriptions) and lets
 * every value through to the extension's own checks, which report problems and fall back to the
 * last good value instead of silently losing a field.
 */
export function toChromeManagedSchema(schema: JsonSchema): ChromeSchema {
  const source = schema as {
    type?: string | string[];
    const?: unknown;
    enum?: unknown[];
    description?: string;
    title?: string;
    properties?: Record<string, JsonSchema>;
    items?: JsonSchema;
  };
  const type = Array.isArray(source.type) ? source.type[0] : source.type;
  const sample = source.const ?? source.enum?.[0];
  const chromeType = type ?? (Number.isInteger(sample) ? 'integer' : typeof sample);
  const result: ChromeSchema = { type: chromeType };
  if (source.title) result.title = source.title;
  if (source.description) result.description = source.description;
  if (source.properties) {
    result.properties = Object.fromEntries(Object.entries(source.properties).map(([key, value]) => [key, toChromeManagedSchema(value)]));
  }
  if (source.items && !Array.isArray(source.items)) result.items = toChromeManagedSchema(source.items);
  return result;
}

export function managedStorageSchema(): ChromeSchema {
  return {
    type: 'object',
    title: 'ListenFirst policy',
    description: 'Settings an organisation deploys through browser policy; see the README section "Team playbooks".',
    properties: Object.fromEntries(Object.keys(POLICY_SCHEMAS).map((key) => [key, toChromeManagedSchema(policyJsonSchema().properties![key] as JsonSchema)])),
  };
}
