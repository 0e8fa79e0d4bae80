import { describeScope, scopeCovers, type BrowserScope } from '../browser-scope';
import { declaresBrowsers, nodeIndex, pathScopesByNode } from './graph';
import type { WizardTree } from './schema';
import type { WizardAnswer } from './session';
import type { SourcePath } from './source-map';

/** What a fix's anchor is in its article, as far as the browser check needs to know. */
export type FixTarget =
  /** A `<Steps>` procedure; `browsers` is absent while the article does not declare them yet. */
  | { kind: 'procedure'; browsers?: BrowserScope }
  /** A heading or a single step: nothing says which browsers it is for. */
  | { kind: 'other' };

/** Looks up the anchor a fix names; undefined when the article or anchor does not exist (reported elsewhere). */
export type FixTargetLookup = (articleSlug: string, anchorId: string) => FixTarget | undefined;

/** How the browser checks report a problem: where, what, and in which node. */
export type ReportProblem = (path: SourcePath, message: string, nodeId?: string) => void;

/**
 * The first question decides which browser a path is about, so its options declare browsers on
 * all of them or none: one undeclared option would silently stand for every browser.
 */
export function checkStartBrowsers(tree: WizardTree, report: ReportProblem): void {
  const index = tree.nodes.findIndex((node) => node.id === tree.start);
  const start = tree.nodes[index];
  if (start?.type !== 'question') return;
  const declared = start.options.filter((option) => option.browsers !== undefined).map((option) => `'${option.id}'`);
  if (declared.length === 0 || declared.length === start.options.length) return;
  start.options.forEach((option, j) => {
    if (option.browsers !== undefined) return;
    report(
      ['nodes', index, 'options', j],
      `option '${option.id}' of the first question declares no browsers while ${declared.join(', ')} do; ` +
        "give every option of the first question 'browsers' (a list, or any), or none",
      start.id,
    );
  });
}

/**
 * Every path that reaches an outcome with a fix must be served by the fix's procedure: the
 * procedure's browsers cover the path's. A path whose browser is unknown (`any`) may only end at a
 * procedure for every browser. Procedures that declare no browsers yet are skipped, and a tree
 * that declares none is only checked against procedures that are browser-specific.
 */
export function checkFixBrowsers(tree: WizardTree, targetOf: FixTargetLookup, report: ReportProblem): void {
  const scoped = declaresBrowsers(tree);
  const scopes = pathScopesByNode(tree);
  const nodes = nodeIndex(tree);
  tree.nodes.forEach((node, i) => {
    // A duplicated id is reported on its own; paths only ever reach the first node with it.
    if (node.type !== 'outcome' || !node.fix || nodes.get(node.id) !== node) return;
    const { article, procedure } = node.fix;
    const target = targetOf(article, procedure);
    if (target === undefined) return;
    const where: SourcePath = ['nodes', i, 'fix', 'procedure'];
    if (target.kind === 'other') {
      if (scoped) {
        report(
          where,
          `fix '${procedure}' in '${article}' is a heading or step, not a <Steps> procedure; in a tree whose options ` +
            'declare browsers, point every fix at a <Steps id="…" browsers="…"> procedure that says which browsers it is for',
          node.id,
        );
      }
      return;
    }
    const browsers = target.browsers;
    if (browsers === undefined) return;
    for (const path of scopes.get(node.id) ?? []) {
      if (scopeCovers(browsers, path.scope)) continue;
      report(
        where,
        `the path ${describeAnswers(path.answers)} is for ${describeScope(path.scope)}, but its fix '${procedure}' in ` +
          `'${article}' is for ${describeScope(browsers)} only; point this outcome at a procedure for those browsers, ` +
          'or send that path to another outcome',
        node.id,
      );
    }
  });
}

/** Answers the way a step link writes them, so an author can paste them after `?answers=`. */
function describeAnswers(answers: readonly WizardAnswer[]): string {
  return answers.length === 0 ? '(no answers)' : answers.map((given) => `${given.questionId}:${given.optionId}`).join(',');
}
