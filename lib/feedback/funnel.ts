import { nodeIndex, shortestPaths } from '@/lib/wizard/graph';
import type { WizardTree } from '@/lib/wizard/schema';
import type { StepFunnelCount } from './store';

/** One bar of a funnel: a step, how many sessions reached it and how many went no further. */
export interface FunnelStep {
  id: string;
  label: string;
  /** `retired`: a step in the data that the current tree no longer has. */
  kind: 'question' | 'outcome' | 'retired';
  /** Questions answered before it on the shortest way from the start. */
  depth: number;
  reached: number;
  stopped: number;
}

/** Where one troubleshooter's sessions went, step by step in the order a user meets them. */
export interface TreeFunnel {
  tree: string;
  title: string;
  /** Sessions that viewed at least one step: each stopped at exactly one. */
  sessions: number;
  /** Sessions whose last step was an outcome. */
  finished: number;
  steps: FunnelStep[];
}

/** The funnel of one tree: every step of the tree (reached or not), then any retired steps. */
export function buildFunnel(treeId: string, tree: WizardTree | undefined, counts: readonly StepFunnelCount[]): TreeFunnel {
  const own = new Map(counts.filter((count) => count.tree === treeId).map((count) => [count.step, count]));
  const steps: FunnelStep[] = [];
  if (tree) {
    const nodes = nodeIndex(tree);
    // Nearest the start first: the order in which a user can first meet each step.
    for (const [id, answers] of shortestPaths(tree)) {
      const node = nodes.get(id)!;
      const depth = answers.length;
      const count = own.get(id);
      own.delete(id);
      steps.push({
        id,
        label: node.type === 'question' ? node.prompt : node.title,
        kind: node.type,
        depth,
        reached: count?.reached ?? 0,
        stopped: count?.stopped ?? 0,
      });
    }
  }
  for (const count of own.values()) {
    steps.push({ id: count.step, label: count.step, kind: 'retired', depth: 0, reached: count.reached, stopped: count.stopped });
  }
  const sum = (list: FunnelStep[]) => list.reduce((total, step) => total + step.stopped, 0);
  return {
    tree: treeId,
    title: tree?.title ?? treeId,
    sessions: sum(steps),
    finished: sum(steps.filter((step) => step.kind === 'outcome')),
    steps,
  };
}
