import { liveNodeId, nodeIndex, shortestPaths } from '@/lib/wizard/graph';
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
  /** Of `reached`, the sessions that began at the tree's first question. */
  reachedFromStart: number;
  /** Of `stopped`, the sessions that began at the tree's first question. */
  stoppedFromStart: number;
  /** Sessions whose first view was this step: at the start, or where a pasted link opened. */
  entered: number;
}

/** How many sessions of one kind there were, and how many of them ended at a result. */
export interface SessionGroup {
  sessions: number;
  /** Sessions whose last step was an outcome. */
  atResult: number;
}

/** Where one troubleshooter's sessions went, step by step in the order a user meets them. */
export interface TreeFunnel {
  tree: string;
  title: string;
  /**
   * Sessions whose first view was the tree's first question. Only these tell whether the
   * troubleshooter leads people to a result: "reached a result" is a share of them.
   */
  fromStart: SessionGroup;
  /**
   * Sessions whose first view was a later step, opened from a pasted link or a bookmark: a link to
   * an outcome "reaches a result" without a single question answered, so they are counted apart.
   */
  midTree: SessionGroup;
  steps: FunnelStep[];
}

/** Every session of the funnel, however it began. */
export function allSessions(funnel: TreeFunnel): number {
  return funnel.fromStart.sessions + funnel.midTree.sessions;
}

/** The funnel of one tree: every step of the tree (reached or not), then any retired steps. */
export function buildFunnel(treeId: string, tree: WizardTree | undefined, counts: readonly StepFunnelCount[]): TreeFunnel {
  // An entry step renamed since (listed in the tree's redirects) still counts as the start.
  const beganAtStart = (entry: string) => tree !== undefined && (liveNodeId(tree, entry) ?? entry) === tree.start;
  const own = new Map<string, Omit<FunnelStep, 'id' | 'label' | 'kind' | 'depth'>>();
  for (const count of counts) {
    if (count.tree !== treeId) continue;
    const step = own.get(count.step) ?? { reached: 0, stopped: 0, reachedFromStart: 0, stoppedFromStart: 0, entered: 0 };
    step.reached += count.reached;
    step.stopped += count.stopped;
    if (beganAtStart(count.entry)) {
      step.reachedFromStart += count.reached;
      step.stoppedFromStart += count.stopped;
    }
    // Every session views its own entry step, so this row's sessions all began here.
    if (count.entry === count.step) step.entered += count.reached;
    own.set(count.step, step);
  }
  const empty = { reached: 0, stopped: 0, reachedFromStart: 0, stoppedFromStart: 0, entered: 0 };
  const steps: FunnelStep[] = [];
  if (tree) {
    const nodes = nodeIndex(tree);
    // Nearest the start first: the order in which a user can first meet each step.
    for (const [id, answers] of shortestPaths(tree)) {
      const node = nodes.get(id)!;
      steps.push({ id, label: node.type === 'question' ? node.prompt : node.title, kind: node.type, depth: answers.length, ...(own.get(id) ?? empty) });
      own.delete(id);
    }
  }
  for (const [id, count] of own) steps.push({ id, label: id, kind: 'retired', depth: 0, ...count });

  // Each session stopped at exactly one step, so the "stopped" figures count sessions.
  const sum = (list: FunnelStep[], pick: (step: FunnelStep) => number) => list.reduce((total, step) => total + pick(step), 0);
  const outcomes = steps.filter((step) => step.kind === 'outcome');
  const fromStart = { sessions: sum(steps, (step) => step.stoppedFromStart), atResult: sum(outcomes, (step) => step.stoppedFromStart) };
  const midTree = {
    sessions: sum(steps, (step) => step.stopped - step.stoppedFromStart),
    atResult: sum(outcomes, (step) => step.stopped - step.stoppedFromStart),
  };
  return { tree: treeId, title: tree?.title ?? treeId, fromStart, midTree, steps };
}
