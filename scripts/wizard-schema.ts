// Writes content/wizards/wizard.schema.json from the zod schema, so editors check tree files
// against the same rules as the build. Run: npx tsx scripts/wizard-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wizardJsonSchemaText } from '../lib/wizard/json-schema';

const target = fileURLToPath(new URL('../content/wizards/wizard.schema.json', import.meta.url));
writeFileSync(target, wizardJsonSchemaText());
console.log(`wrote ${target}`);
