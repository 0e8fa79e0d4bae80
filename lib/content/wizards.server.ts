import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseWizardYaml, type WizardProblem } from '@/lib/wizard/parse';
import type { WizardNode, WizardTree } from '@/lib/wizard/schema';
import type { SourceLocator } from '@/lib/wizard/source-map';
import { toClientTree } from '@/lib/wizard/client-tree';
import { resolveStep } from '@/lib/wizard/url';
import { validateTreeGraph } from '@/lib/wizard/validate';
import { checkedTrees } from './checked-cache.server';
import { contentDir, contentFolderFiles } from './content-dir.server';
import { onceInProduction } from './content-memo.server';
import { ContentError, type ContentProblem } from './problem';
import { clientTreePath } from '@/lib/paths';
import { isTranslationFileName } from '@/lib/i18n/translation-files';

const TREE_FILE = /\.(ya?ml|json)$/i;
const SCHEMA_FILE = 'wizard.schema.json';

/**
 * Tree files in `content/wizards`, sorted; the JSON Schema that sits beside them is not a tree, nor
 * is a translation (`<tree>.de.yaml`).
 */
export function wizardFiles(root = contentDir()): string[] {
  return contentFolderFiles(root, 'wizards', (name) => TREE_FILE.test(name) && name !== SCHEMA_FILE && !isTranslationFileName(name));
}

/** Every tree file with a language suffix, sorted: the translations, and names that only look like one. */
export function wizardTranslationFiles(root = contentDir()): string[] {
  return contentFolderFiles(root, 'wizards', (name) => TREE_FILE.test(name) && name !== SCHEMA_FILE && isTranslationFileName(name));
}

/** A wizard problem in the content check's shape: every problem names a line, 1 when unknown. */
export function toContentProblem(problem: WizardProblem): ContentProblem {
  const node = problem.nodeId === undefined ? '' : `node ${problem.nodeId}: `;
  return { file: problem.file, line: problem.line ?? 1, message: `${node}${problem.message}` };
}

/** A parsed tree file, with what the graph and link checks need. */
export type LoadedTreeFile =
  | { ok: true; tree: WizardTree; locate: SourceLocator; file: string; text: string }
  | { ok: false; problems: WizardProblem[] };

export function readTreeFile(file: string, display = displayPath(file), text = readFileSync(file, 'utf8')): LoadedTreeFile {
  const parsed = parseWizardYaml(text, display);
  return parsed.ok ? { ...parsed, file: display, text } : parsed;
}

function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Every troubleshooter, validated as a graph; fails loudly on invalid content (the build must not ship it). */
export function listWizards(root = contentDir()): WizardTree[] {
  return onceInProduction(`wizards:${root}`, () =>
    wizardFiles(root).map((file) => {
      const text = readFileSync(file, 'utf8');
      const checked = checkedTrees.reader.get(text);
      if (checked) return checked;
      const loaded = readTreeFile(file, displayPath(file), text);
      if (!loaded.ok) throw new ContentError(loaded.problems.map(toContentProblem));
      const problems = validateTreeGraph(loaded.tree, loaded.file, { locate: loaded.locate });
      if (problems.length > 0) throw new ContentError(problems.map(toContentProblem));
      return loaded.tree;
    }),
  );
}

/** One troubleshooter by id, or undefined. */
export function getWizard(id: string, root = contentDir()): WizardTree | undefined {
  return listWizards(root).find((tree) => tree.id === id);
}

/** A live step of a troubleshooter, as a step page shows it. */
export interface WizardStep {
  tree: WizardTree;
  node: WizardNode;
}

/** The live step `stepId` of troubleshooter `treeId`, or undefined (old ids are redirected before a page asks). */
export function findWizardStep(treeId: string, stepId: string): WizardStep | undefined {
  const tree = getWizard(treeId);
  const resolution = tree ? resolveStep(tree, stepId) : undefined;
  return tree && resolution?.kind === 'node' ? { tree, node: resolution.node } : undefined;
}

/**
 * Where a tree's client copy is served, with a hash of its content in the query: a browser may
 * cache it, and a changed tree gets a new URL, so a step page never reads a stale tree.
 */
export function clientTreeHref(tree: WizardTree): string {
  const hash = createHash('sha256').update(JSON.stringify(toClientTree(tree))).digest('hex').slice(0, 12);
  return clientTreePath(tree.id, hash);
}

/** Every article procedure a troubleshooter's outcome points at, once each: the fixes whose steps files are written. */
export function listFixProcedures(root = contentDir()): { slug: string; procedure: string }[] {
  const fixes = listWizards(root).flatMap((tree) => tree.nodes.flatMap((node) => (node.type === 'outcome' && node.fix ? [node.fix] : [])));
  return [...new Map(fixes.map((fix) => [`${fix.article}#${fix.procedure}`, { slug: fix.article, procedure: fix.procedure }])).values()];
}
