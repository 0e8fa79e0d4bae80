import { isValidElement, type ReactNode } from 'react';

/**
 * The plain text of a React node tree, e.g. of the `<pre><code>` an author's fenced block compiles to.
 * Markdown ends a fenced block's text with one newline; that one is dropped so copies run as-is.
 */
export function textOf(node: ReactNode): string {
  return collectText(node).replace(/\r?\n$/, '');
}

function collectText(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(collectText).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return collectText(node.props.children);
  return '';
}
