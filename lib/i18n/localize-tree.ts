import type { WizardNode, WizardTree } from '@/lib/wizard/schema';
import type { NodeTranslation, TreeTranslation } from './translation-schema';

/**
 * A troubleshooter in another language: the English tree's structure (ids, `next`, browsers,
 * evidence, fixes, redirects) with the translation's words put in. A word the translation lacks
 * stays English; the content check refuses such a translation, so on a page that never happens.
 */
export function localizeTree(tree: WizardTree, translation: TreeTranslation): WizardTree {
  return {
    ...tree,
    title: translation.title,
    summary: translation.summary,
    nodes: tree.nodes.map((node) => localizeNode(node, translation.nodes[node.id])),
  };
}

function localizeNode(node: WizardNode, words: NodeTranslation | undefined): WizardNode {
  if (!words) return node;
  if (node.type === 'outcome') {
    return { ...node, title: words.title ?? node.title, summary: words.summary ?? node.summary, body: words.body ?? node.body };
  }
  return {
    ...node,
    prompt: words.prompt ?? node.prompt,
    help: words.help ?? node.help,
    options: node.options.map((option) => ({ ...option, label: words.options?.[option.id]?.label ?? option.label })),
  };
}
