import { didYouMean } from '@/lib/nearest-names';
import type { WizardNode, WizardTree } from '@/lib/wizard/schema';
import type { SourceLocator } from '@/lib/wizard/source-map';
import { markdownDataDifferences, markdownDataOf } from './markdown-data';
import type { NodeTranslation, TreeTranslation } from './translation-schema';

/** A problem of a translation file, at a line of that file. */
export interface TranslationProblem {
  line: number;
  message: string;
}

/** The words each kind of node has, and which of them are Markdown (their links and code must match). */
const PROSE_FIELDS = {
  question: { text: ['prompt'], markdown: ['help'] },
  outcome: { text: ['title', 'summary'], markdown: ['body'] },
} as const satisfies Record<WizardNode['type'], { text: readonly string[]; markdown: readonly string[] }>;

type ProseField = 'prompt' | 'help' | 'title' | 'summary' | 'body';

/**
 * Holds a troubleshooter translation to its English tree: every node and option translated, no id
 * the tree does not have, each node with exactly the prose fields its English node has, and the
 * Markdown keeping the English links and code. `locate` reads lines of the translation file.
 */
export function treeTranslationProblems(tree: WizardTree, translation: TreeTranslation, locate: SourceLocator): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const nodeIds = tree.nodes.map((node) => node.id);
  for (const id of Object.keys(translation.nodes)) {
    if (nodeIds.includes(id)) continue;
    const near = didYouMean(id, nodeIds);
    problems.push({ line: locate(['nodes', id]), message: `node ${id}: the tree ${tree.id} has no node "${id}"${near ? `: ${near}` : ''}` });
  }
  for (const node of tree.nodes) {
    const words = translation.nodes[node.id];
    if (!words) {
      problems.push({ line: locate(['nodes']), message: `node ${node.id}: not translated: add it under nodes with its ${fieldsOf(node).join(', ')}` });
      continue;
    }
    problems.push(...nodeProblems(node, words, locate));
  }
  return problems;
}

/** The translatable fields an English node has, as a message lists them. */
function fieldsOf(node: WizardNode): string[] {
  const { text, markdown } = PROSE_FIELDS[node.type];
  const fields: string[] = [...text, ...markdown.filter((field) => sourceField(node, field) !== undefined)];
  return node.type === 'question' ? [...fields, 'options'] : fields;
}

function sourceField(node: WizardNode, field: ProseField): string | undefined {
  return (node as Partial<Record<ProseField, string>>)[field];
}

function nodeProblems(node: WizardNode, words: NodeTranslation, locate: SourceLocator): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const at = (...path: (string | number)[]) => locate(['nodes', node.id, ...path]);
  const { text, markdown } = PROSE_FIELDS[node.type];
  const allowed = new Set<string>([...text, ...markdown, ...(node.type === 'question' ? ['options'] : [])]);
  for (const field of Object.keys(words) as (keyof NodeTranslation)[]) {
    if (words[field] === undefined || allowed.has(field)) continue;
    problems.push({ line: at(field), message: `node ${node.id}: a${node.type === 'outcome' ? 'n' : ''} ${node.type} has no ${field}: its words are ${[...allowed].join(', ')}` });
  }
  for (const field of [...text, ...markdown] as ProseField[]) {
    const english = sourceField(node, field);
    const translated = words[field];
    if (english !== undefined && translated === undefined) {
      problems.push({ line: at(), message: `node ${node.id}: ${field} is not translated: the English node has one` });
    } else if (english === undefined && translated !== undefined) {
      problems.push({ line: at(field), message: `node ${node.id}: the English node has no ${field}: remove it, or add it to the English first` });
    } else if (english !== undefined && translated !== undefined && (markdown as readonly string[]).includes(field)) {
      const differences = markdownDataDifferences(`node ${node.id}: ${field}`, markdownDataOf(english), markdownDataOf(translated));
      problems.push(...differences.map((message) => ({ line: at(field), message })));
    }
  }
  if (node.type === 'question') problems.push(...optionProblems(node.id, node.options.map((option) => option.id), words.options ?? {}, at));
  return problems;
}

function optionProblems(nodeId: string, optionIds: readonly string[], translated: Readonly<Record<string, unknown>>, at: (...path: (string | number)[]) => number): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  for (const id of Object.keys(translated)) {
    if (optionIds.includes(id)) continue;
    const near = didYouMean(id, optionIds);
    problems.push({ line: at('options', id), message: `node ${nodeId}: the question has no option "${id}" (its options are ${optionIds.join(', ')})${near ? `: ${near}` : ''}` });
  }
  for (const id of optionIds) {
    if (!Object.hasOwn(translated, id)) problems.push({ line: at('options'), message: `node ${nodeId}: option ${id} is not translated: add ${id}: { label: … } under options` });
  }
  return problems;
}

/**
 * The English tree with a translation's words in place: ids, `next`, evidence, fixes and redirects
 * stay the English tree's, so every step link and answer means the same in each language. A word the
 * translation lacks (the content check reports it) stays English rather than leaving a gap.
 */
export function translateTree(tree: WizardTree, translation: TreeTranslation): WizardTree {
  return {
    ...tree,
    title: translation.title,
    summary: translation.summary,
    nodes: tree.nodes.map((node): WizardNode => {
      const words = translation.nodes[node.id];
      if (!words) return node;
      if (node.type === 'outcome') {
        return { ...node, title: words.title ?? node.title, summary: words.summary ?? node.summary, ...(node.body === undefined ? {} : { body: words.body ?? node.body }) };
      }
      return {
        ...node,
        prompt: words.prompt ?? node.prompt,
        ...(node.help === undefined ? {} : { help: words.help ?? node.help }),
        options: node.options.map((option) => ({ ...option, label: words.options?.[option.id]?.label ?? option.label })),
      };
    }),
  };
}
