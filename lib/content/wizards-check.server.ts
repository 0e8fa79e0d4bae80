import 'server-only';
import type { Link } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { WizardTree } from '@/lib/wizard/schema';
import { treeIdFromFile } from '@/lib/wizard/parse';
import { validateTreeGraph } from '@/lib/wizard/validate';
import type { FixTargetLookup } from '@/lib/wizard/validate-browsers';
import { brokenLinkMessage, type SiteIndex } from './internal-links';
import type { CheckedMemo } from './checked-cache.server';
import type { ContentProblem } from './problem';
import { readTreeFile, toContentProblem, wizardFiles, type LoadedTreeFile } from './wizards.server';

/** The trees' own problems, the ids each tree answers to, and a deferred check of their links. */
export interface WizardCheck {
  problems: ContentProblem[];
  trees: ReadonlyMap<string, ReadonlySet<string>>;
  /** Ids (file names) of the trees that did not parse: references to them wait until they do. */
  unparsed: ReadonlySet<string>;
  /** The trees that parsed, in file order: all of them when there are no problems. */
  troubleshooters: WizardTree[];
  linkProblems: (site: SiteIndex) => ContentProblem[];
}

/**
 * Checks every tree: syntax, schema, graph, fixes pointing at real article procedures written for
 * the browsers of every path that reaches them (`fixTargetOf`), and the links inside its Markdown.
 * Links are checked last, once every article's anchors are known.
 */
export function checkWizards(
  root: string,
  anchorsBySlug: ReadonlyMap<string, ReadonlySet<string>>,
  articles: {
    fixTargetOf: FixTargetLookup;
    citesSource: (articleSlug: string, source: string) => boolean | undefined;
    uncheckedArticles: ReadonlySet<string>;
  },
  display: (file: string) => string,
  validated?: CheckedMemo<WizardTree>,
): WizardCheck {
  const problems: ContentProblem[] = [];
  const trees = new Map<string, ReadonlySet<string>>();
  const valid: Extract<LoadedTreeFile, { ok: true }>[] = [];
  const unparsed = new Set<string>();

  for (const file of wizardFiles(root)) {
    const loaded = readTreeFile(file, display(file));
    if (!loaded.ok) {
      unparsed.add(treeIdFromFile(file));
      problems.push(...loaded.problems.map(toContentProblem));
      continue;
    }
    const graphProblems = validateTreeGraph(loaded.tree, loaded.file, {
      locate: loaded.locate,
      anchorsOf: (slug) => anchorsBySlug.get(slug),
      ...articles,
    });
    problems.push(...graphProblems.map(toContentProblem));
    // Recorded only if the whole check passes, so a tree whose links break is never kept.
    if (graphProblems.length === 0) validated?.remember?.(loaded.text, loaded.tree);
    const ids = [...loaded.tree.nodes.map((node) => node.id), ...Object.keys(loaded.tree.redirects ?? {})];
    trees.set(loaded.tree.id, new Set(ids));
    valid.push(loaded);
  }

  const linkProblems = (site: SiteIndex) =>
    valid.flatMap(({ tree, locate, file }) =>
      tree.nodes.flatMap((node, index) => {
        const field = node.type === 'question' ? 'help' : 'body';
        const markdown = node.type === 'question' ? node.help : node.body;
        if (!markdown) return [];
        const fieldLine = locate(['nodes', index, field]);
        return markdownLinks(markdown).flatMap((link) => {
          const message = brokenLinkMessage(link.href, site);
          // A block scalar starts on the line after its key, hence the offset.
          return message ? [{ file, line: fieldLine + link.line, message: `node ${node.id}: ${message}` }] : [];
        });
      }),
    );

  return { problems, trees, unparsed, troubleshooters: valid.map((loaded) => loaded.tree), linkProblems };
}

function markdownLinks(markdown: string): { href: string; line: number }[] {
  const links: { href: string; line: number }[] = [];
  visit(fromMarkdown(markdown), 'link', (link: Link) => {
    if (link.url.startsWith('/') || link.url.startsWith('#')) links.push({ href: link.url, line: link.position?.start.line ?? 1 });
  });
  return links;
}
