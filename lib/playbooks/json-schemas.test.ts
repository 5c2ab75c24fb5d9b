import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import { managedStorageSchema, playbookJsonSchema } from './json-schemas';

// The files are generated: after changing a schema, `npx vitest run lib/playbooks/json-schemas.test.ts -u` rewrites them.
const asFile = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('published schemas', () => {
  it('assets/playbook.schema.json is the valibot playbook schema', async () => {
    await expect(asFile(playbookJsonSchema())).toMatchFileSnapshot('../../assets/playbook.schema.json');
  });

  it('assets/public/managed_schema.json is the valibot policy schema, in the subset Chrome accepts', async () => {
    await expect(asFile(managedStorageSchema())).toMatchFileSnapshot('../../assets/public/managed_schema.json');
  });

  it('uses nothing Chrome refuses or enforces on its own in the managed schema', () => {
    const allowed = new Set(['type', 'title', 'description', 'properties', 'items']);
    const visit = (node: Record<string, unknown>, path: string): string[] =>
      Object.entries(node).flatMap(([key, value]) => {
        if (!allowed.has(key)) return [`${path}.${key}`];
        if (key === 'properties') return Object.entries(value as Record<string, Record<string, unknown>>).flatMap(([name, child]) => visit(child, `${path}.${name}`));
        if (key === 'items') return visit(value as Record<string, unknown>, `${path}[]`);
        return [];
      });
    expect(visit(managedStorageSchema(), 'policy')).toEqual([]);
  });

  it('describes every field the default playbook uses', () => {
    const schema = playbookJsonSchema() as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(DEFAULT_PLAYBOOK)));
    expect(schema.additionalProperties).toBe(false);
  });
});
