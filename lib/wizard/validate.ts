import { withSuggestion } from '@/lib/nearest-names';
import { RESERVED_STEP_IDS, stepPath } from '../paths';
import { followRedirects, liveNodeId, nodeIndex, reachableFromStart, redirectIndex } from './graph';
import type { WizardProblem } from './parse';
import type { WizardTree } from './schema';
import type { SourceLocator, SourcePath } from './source-map';
import { checkFixBrowsers, checkStartBrowsers, type FixTargetLookup, type ReportProblem } from './validate-browsers';

/** Names as the tree's messages quote them. */
const quoted = (name: string) => `'${name}'`;

/** What the graph check may use beyond the tree itself. */
export interface ValidateOptions {
  /** From a successful parse; without it problems carry no line. */
  locate?: SourceLocator;
  /**
   * The anchors (procedure ids and heading ids) of an article, or undefined when the article does
   * not exist. Without it, fix and article references are not checked.
   */
  anchorsOf?: (articleSlug: string) => ReadonlySet<string> | undefined;
  /**
   * Articles whose file exists but failed its own check: references to them are not judged, since
   * their anchors are unknown and their own problems say what to fix first.
   */
  uncheckedArticles?: ReadonlySet<string>;
  /**
   * What kind of anchor a fix names, and for a procedure its browsers. Without it the paths'
   * browsers are not checked against their fixes.
   */
  fixTargetOf?: FixTargetLookup;
  /**
   * Whether an article lists `source` among its Sources links (undefined: no such article). Without
   * it, a fix's source is only checked for its form.
   */
  citesSource?: (articleSlug: string, source: string) => boolean | undefined;
}

/**
 * Checks what the schema cannot: that every link points at a node, every node is reachable, no
 * path loops, options are distinguishable, fixes exist and serve the browsers of every path that
 * reaches them, retired options name a live question and are not offered again, and redirects
 * land on live nodes.
 * Redirect chains (a → b where b is itself a redirect) are reported, not resolved: one hop keeps
 * the file readable, and the message names the node to point at instead.
 */
export function validateTreeGraph(tree: WizardTree, file: string, options: ValidateOptions = {}): WizardProblem[] {
  const problems: WizardProblem[] = [];
  const report = (path: SourcePath, message: string, nodeId?: string) => {
    const problem: WizardProblem = { file, message };
    if (options.locate) problem.line = options.locate(path);
    if (nodeId !== undefined) problem.nodeId = nodeId;
    problems.push(problem);
  };
  const firstUse = (path: SourcePath) => (options.locate ? ` (first used on line ${options.locate(path)})` : '');

  const nodes = nodeIndex(tree);
  const firstIndex = new Map<string, number>();
  tree.nodes.forEach((node, i) => {
    const first = firstIndex.get(node.id);
    if (first === undefined) firstIndex.set(node.id, i);
    else report(['nodes', i, 'id'], `duplicate node id '${node.id}'${firstUse(['nodes', first])}; give each node its own id`, node.id);
  });

  tree.nodes.forEach((node, i) => {
    if (RESERVED_STEP_IDS.has(node.id)) {
      report(['nodes', i, 'id'], `'${node.id}' is reserved: ${stepPath(tree.id, node.id)} is another page; choose another id`, node.id);
    }
  });

  const nodeIds = () => nodes.keys();
  if (!nodes.has(tree.start)) {
    report(['start'], withSuggestion(`start node '${tree.start}' does not exist; set 'start' to the id of the first question`, tree.start, nodeIds(), quoted));
  }

  tree.nodes.forEach((node, i) => {
    if (node.type !== 'question') return;
    if (node.options.length === 0) {
      report(['nodes', i, 'options'], 'question has no options; add at least one option or make it an outcome', node.id);
    }
    const byId = new Map<string, number>();
    const byLabel = new Map<string, number>();
    node.options.forEach((option, j) => {
      const path = ['nodes', i, 'options', j];
      const sameId = byId.get(option.id);
      if (sameId === undefined) byId.set(option.id, j);
      else report([...path, 'id'], `duplicate option id '${option.id}'${firstUse(['nodes', i, 'options', sameId])}; option ids must be unique within a question`, node.id);
      const label = option.label.trim().toLowerCase();
      const sameLabel = byLabel.get(label);
      if (sameLabel === undefined) byLabel.set(label, j);
      else {
        const other = node.options[sameLabel]?.id ?? '';
        report([...path, 'label'], `options '${other}' and '${option.id}' have the same label "${option.label}"; reword one so users can tell them apart`, node.id);
      }
      if (!nodes.has(option.next)) {
        const message = `option '${option.id}' leads to '${option.next}', which is not a node in this tree; set 'next' to an existing node id or add that node`;
        report([...path, 'next'], withSuggestion(message, option.next, nodeIds(), quoted), node.id);
      }
    });
  });

  if (nodes.has(tree.start)) {
    const reachable = new Set(reachableFromStart(tree));
    tree.nodes.forEach((node, i) => {
      if (reachable.has(node.id) || firstIndex.get(node.id) !== i) return;
      report(['nodes', i], `not reachable from start '${tree.start}'; link to it from an option's 'next' or remove it (and add a redirect if its link was published)`, node.id);
    });
  }

  for (const cycle of findCycles(tree)) {
    const index = firstIndex.get(cycle.nodeId) ?? 0;
    report(['nodes', index, 'options', cycle.optionIndex, 'next'], `option '${cycle.optionId}' closes a cycle ${cycle.ids.join(' → ')}; every path must end at an outcome, so point one 'next' elsewhere`, cycle.nodeId);
  }

  if (options.anchorsOf) {
    const anchorsOf = options.anchorsOf;
    const unchecked = options.uncheckedArticles;
    if (tree.article !== undefined && !unchecked?.has(tree.article) && !anchorsOf(tree.article)) {
      report(['article'], `article '${tree.article}' does not exist; fix the slug or remove 'article'`);
    }
    tree.nodes.forEach((node, i) => {
      if (node.type !== 'outcome' || !node.fix) return;
      const { article, procedure } = node.fix;
      if (unchecked?.has(article)) return;
      const anchors = anchorsOf(article);
      if (!anchors) {
        report(['nodes', i, 'fix', 'article'], `fix article '${article}' does not exist; fix the slug or write the article`, node.id);
      } else if (!anchors.has(procedure)) {
        const message = `article '${article}' has no procedure or anchor '${procedure}'; use the id of a <Steps id="…"> or a heading in that article`;
        report(['nodes', i, 'fix', 'procedure'], withSuggestion(message, procedure, anchors, quoted), node.id);
      }
    });
  }

  if (options.citesSource) {
    const citesSource = options.citesSource;
    tree.nodes.forEach((node, i) => {
      if (node.type !== 'outcome' || !node.fix) return;
      const { article, source } = node.fix;
      if (citesSource(article, source) !== false) return;
      report(
        ['nodes', i, 'fix', 'source'],
        `fix source '${source}' is not among the Sources of '${article}'; list it there as a link, or cite a page that is`,
        node.id,
      );
    });
  }

  checkStartBrowsers(tree, report);
  if (options.fixTargetOf) checkFixBrowsers(tree, options.fixTargetOf, report);
  checkRetiredOptions(tree, report);

  const redirects = redirectIndex(tree);
  const reportedLoops = new Set<string>();
  for (const [from, to] of redirects) {
    const path = ['redirects', from];
    if (nodes.has(from)) {
      report(path, `redirect '${from}' has the same id as a live node, so it is never used; remove the redirect`);
    } else if (nodes.has(to)) {
      continue;
    } else if (redirects.has(to)) {
      const resolution = followRedirects(tree, from);
      if (resolution.kind === 'node') {
        report(path, `redirect '${from}' points to '${to}', which is itself a redirect; point it straight at '${resolution.nodeId}'`);
      } else if (resolution.kind === 'loop' && resolution.hops[0] === resolution.hops.at(-1)) {
        // Report a loop once, at its first redirect in the file, not once per member.
        if (reportedLoops.has(from)) continue;
        resolution.hops.forEach((id) => reportedLoops.add(id));
        report(path, `redirects form a loop ${resolution.hops.join(' → ')}; point each at a live node`);
      } else {
        report(path, `redirect '${from}' points to '${to}', which is itself a redirect that never reaches a node; point it at a live node`);
      }
    } else {
      report(path, withSuggestion(`redirect '${from}' points to '${to}', which is not a node in this tree; point it at a live node`, to, nodeIds(), quoted));
    }
  }

  // A stable sort keeps problems on the same line in rule order.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * A retired option must name a question that still exists (so a link that gave it can be sent
 * there) and must not be offered again: a new option with an old id would change what published
 * links mean without a word.
 */
function checkRetiredOptions(tree: WizardTree, report: ReportProblem): void {
  for (const [questionId, optionIds] of Object.entries(tree.retiredOptions ?? {})) {
    const path = ['retiredOptions', questionId];
    const liveId = liveNodeId(tree, questionId);
    const question = liveId === undefined ? undefined : nodeIndex(tree).get(liveId);
    if (question?.type !== 'question') {
      const what = question ? `'${question.id}' is an outcome` : 'no question has this id, directly or through redirects';
      report(path, `retired options of '${questionId}': ${what}; key them by the id of the question that offered them`);
      continue;
    }
    optionIds.forEach((optionId, k) => {
      if (!question.options.some((option) => option.id === optionId)) return;
      report(
        [...path, k],
        `option '${optionId}' is retired but question '${question.id}' still offers it; remove it from retiredOptions, ` +
          'or give the live option a new id (a published link must not silently change meaning)',
        question.id,
      );
    });
  }
}

interface Cycle {
  /** The question whose option closes the cycle. */
  nodeId: string;
  optionIndex: number;
  optionId: string;
  /** The cycle from its first node back to it: a → b → a. */
  ids: string[];
}

/** Every cycle closed by a back edge of a depth-first walk, starting from `start` so names read forward. */
function findCycles(tree: WizardTree): Cycle[] {
  const nodes = nodeIndex(tree);
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: Cycle[] = [];
  const visit = (id: string) => {
    state.set(id, 'active');
    stack.push(id);
    const node = nodes.get(id);
    if (node?.type === 'question') {
      node.options.forEach((option, optionIndex) => {
        const seen = state.get(option.next);
        if (seen === 'active') {
          const ids = [...stack.slice(stack.indexOf(option.next)), option.next];
          cycles.push({ nodeId: id, optionIndex, optionId: option.id, ids });
        } else if (seen === undefined && nodes.has(option.next)) {
          visit(option.next);
        }
      });
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [tree.start, ...nodes.keys()]) {
    if (nodes.has(id) && !state.has(id)) visit(id);
  }
  return cycles;
}
