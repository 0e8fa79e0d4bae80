import { z } from 'zod';
import { wizardTreeSchema } from './schema';

/**
 * The JSON Schema editors use to check and complete tree files. Draft-07 because the YAML
 * language server and most editors understand it best.
 */
export function wizardJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(wizardTreeSchema, { target: 'draft-7' }),
    $comment: 'Generated from lib/wizard/schema.ts by `npx tsx scripts/wizard-schema.ts`; do not edit by hand.',
  };
}

/** The exact text of `content/wizards/wizard.schema.json`, so a test can prove the file is current. */
export function wizardJsonSchemaText(): string {
  return `${JSON.stringify(wizardJsonSchema(), null, 2)}\n`;
}
