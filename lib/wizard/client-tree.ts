import type { QuestionNode, WizardNode, WizardTree } from './schema';

/**
 * The part of a tree the browser needs to replay answers, build links and write a ticket summary.
 * Help text and outcome bodies are rendered on the server, so they do not travel to the client.
 */
export function toClientTree(tree: WizardTree): WizardTree {
  return {
    id: tree.id,
    version: tree.version,
    title: tree.title,
    summary: tree.summary,
    start: tree.start,
    nodes: tree.nodes.map(withoutServerText),
    ...(tree.article ? { article: tree.article } : {}),
    ...(tree.redirects ? { redirects: tree.redirects } : {}),
  };
}

/** A node as the browser gets it: without the help and body Markdown the server renders. */
export function withoutServerText(node: QuestionNode): QuestionNode;
export function withoutServerText(node: WizardNode): WizardNode;
export function withoutServerText(node: WizardNode): WizardNode {
  if (node.type === 'question') {
    return { id: node.id, type: node.type, prompt: node.prompt, options: node.options };
  }
  return {
    id: node.id,
    type: node.type,
    title: node.title,
    summary: node.summary,
    ...(node.fix ? { fix: node.fix } : {}),
    // /diagnose suggests outcomes in the browser.
    ...(node.evidence ? { evidence: node.evidence } : {}),
  };
}
