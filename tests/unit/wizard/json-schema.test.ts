import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { wizardJsonSchema, wizardJsonSchemaText } from '@/lib/wizard/json-schema';
import { readFixture } from './load-fixture';

describe('content/wizards/wizard.schema.json', () => {
  it('is exactly what `npx tsx scripts/wizard-schema.ts` writes (run it after changing lib/wizard/schema.ts)', () => {
    const committed = readFileSync(new URL('../../../content/wizards/wizard.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(wizardJsonSchemaText());
  });

  it('agrees with the zod schema on a valid and an invalid tree, so editors flag what the build flags', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(wizardJsonSchema());
    expect(validate(parse(readFixture('windows-auth-login')))).toBe(true);
    expect(validate(parse(readFixture('bad-schema-field')))).toBe(false);
    const fields = (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
    expect(fields).toEqual(
      expect.arrayContaining(['/version must be >= 1', '/nodes/0/options/0/label must NOT have fewer than 1 characters']),
    );
  });

  it('gives editors a description for every field', () => {
    const undescribed: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}/${i}`));
      if (value === null || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if (key === 'properties' && child !== null && typeof child === 'object') {
          for (const [name, property] of Object.entries(child)) {
            if (!(property !== null && typeof property === 'object' && 'description' in property)) undescribed.push(`${where}/${name}`);
          }
        }
        walk(child, `${where}/${key}`);
      }
    };
    walk(wizardJsonSchema(), '');
    expect(undescribed).toEqual([]);
  });
});
