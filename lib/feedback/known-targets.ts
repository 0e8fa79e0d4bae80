import type { WizardTree } from '@/lib/wizard/schema';
import type { FeedbackVote, StepView } from './schema';

/**
 * What exists on the site, so the API stores only feedback about real articles, outcomes and steps
 * (a typo or a made-up id is a 422, not a row nobody can place on /insights).
 */
export interface KnownTargets {
  /** Why the vote names nothing we publish, or undefined when it is fine. */
  voteProblem(vote: FeedbackVote): string | undefined;
  stepViewProblem(view: StepView): string | undefined;
}

function treeProblem(trees: Map<string, WizardTree>, treeId: string, version: number): WizardTree | string {
  const tree = trees.get(treeId);
  if (!tree) return `there is no troubleshooter "${treeId}"`;
  // A tab opened before a deploy may still speak of an older version; a newer one cannot exist yet.
  if (version > tree.version) return `troubleshooter "${treeId}" is at version ${tree.version}, not ${version}`;
  return tree;
}

/** Builds the checks from the site's content: article slugs and validated trees. */
export function knownTargetsFrom(articleSlugs: readonly string[], trees: readonly WizardTree[]): KnownTargets {
  const articles = new Set(articleSlugs);
  const byId = new Map(trees.map((tree) => [tree.id, tree]));
  return {
    voteProblem(vote) {
      if (vote.kind === 'article') return articles.has(vote.article) ? undefined : `there is no article "${vote.article}"`;
      const tree = treeProblem(byId, vote.tree, vote.treeVersion);
      if (typeof tree === 'string') return tree;
      const node = tree.nodes.find((candidate) => candidate.id === vote.outcome);
      return node?.type === 'outcome' ? undefined : `troubleshooter "${vote.tree}" has no outcome "${vote.outcome}"`;
    },
    stepViewProblem(view) {
      const tree = treeProblem(byId, view.tree, view.treeVersion);
      if (typeof tree === 'string') return tree;
      return tree.nodes.some((node) => node.id === view.step) ? undefined : `troubleshooter "${view.tree}" has no step "${view.step}"`;
    },
  };
}
