import { readdirSync, readFileSync } from 'node:fs';
import { isTranslationFileName } from '@/lib/i18n/translation-files';
import { formatProblem, parseWizardYaml, type ParseResult } from '@/lib/wizard/parse';
import type { WizardTree } from '@/lib/wizard/schema';
import type { SourceLocator } from '@/lib/wizard/source-map';
import { validateTreeGraph } from '@/lib/wizard/validate';

/** The path a person sees in problems: relative to the repository root. */
export function fixtureFile(name: string): string {
  return `tests/fixtures/wizards/${name}.yaml`;
}

export function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/wizards/${name}.yaml`, import.meta.url), 'utf8');
}

export function parseFixture(name: string): ParseResult {
  return parseWizardYaml(readFixture(name), fixtureFile(name));
}

/** A fixture that must parse; a failure shows its problems rather than a bare assertion. */
export function loadTree(name: string): { tree: WizardTree; locate: SourceLocator } {
  const result = parseFixture(name);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return { tree: result.tree, locate: result.locate };
}

/** The anchors of the one article the fixtures refer to; any other slug is a missing article. */
export function articleAnchors(slug: string): ReadonlySet<string> | undefined {
  if (slug === 'windows-auth-fails-in-ie-edge') {
    return new Set(['confirm-the-cause', 'confirm-disable-negotiate', 'reorder-providers']);
  }
  return undefined;
}

/** Every problem in a fixture, parse and graph, as the content check would print them. */
export function problemsOf(name: string): string[] {
  const result = parseFixture(name);
  if (!result.ok) return result.problems.map(formatProblem);
  const problems = validateTreeGraph(result.tree, fixtureFile(name), {
    locate: result.locate,
    anchorsOf: articleAnchors,
  });
  return problems.map(formatProblem);
}

/**
 * The valid fixture plus every published tree in content/wizards, each as [file, load]: tests
 * generated from the trees themselves cover whatever is shipped.
 */
export function fixtureAndPublishedTrees(): [string, () => WizardTree][] {
  const contentDir = new URL('../../../content/wizards/', import.meta.url);
  const published = readdirSync(contentDir)
    // Translations (`<tree>.de.yaml`) hold words only; they are checked against their tree elsewhere.
    .filter((name) => /\.(ya?ml|json)$/.test(name) && name !== 'wizard.schema.json' && !isTranslationFileName(name))
    .map((name): [string, () => WizardTree] => [
      `content/wizards/${name}`,
      () => {
        const result = parseWizardYaml(readFileSync(new URL(name, contentDir), 'utf8'), `content/wizards/${name}`);
        if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
        return result.tree;
      },
    ]);
  return [['tests/fixtures/wizards/windows-auth-login.yaml', () => loadTree('windows-auth-login').tree], ...published];
}
