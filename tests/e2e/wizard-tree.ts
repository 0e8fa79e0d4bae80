import { readFileSync } from 'node:fs';
import { parseWizardYaml } from '../../lib/wizard/parse';
import type { WizardTree } from '../../lib/wizard/schema';

/** The shipped troubleshooter, read the way the site reads it, so tests follow the content. */
export function loadShippedTree(id = 'windows-auth-login'): WizardTree {
  const file = `content/wizards/${id}.yaml`;
  const parsed = parseWizardYaml(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.tree;
}
