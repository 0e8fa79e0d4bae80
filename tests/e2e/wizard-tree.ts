import { readFileSync } from 'node:fs';
import { parseWizardYaml } from '../../lib/wizard/parse';
import type { WizardTree } from '../../lib/wizard/schema';

/**
 * The shipped troubleshooter, read the way the site reads it (from CONTENT_DIR when the server
 * is built from another corpus), so tests follow the content.
 */
export function loadShippedTree(id = 'windows-auth-login'): WizardTree {
  const file = `${process.env.CONTENT_DIR ?? 'content'}/wizards/${id}.yaml`;
  const parsed = parseWizardYaml(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.tree;
}
