import type { Code, InlineCode, Link } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';

/**
 * What a translated Markdown text (a tree's help or outcome body) keeps exactly as its English
 * source: link targets (English paths, localised when rendered) and code (setting names, commands).
 * Compared as multisets: a German sentence may put them in another order.
 */
export interface MarkdownData {
  links: string[];
  code: string[];
}

export function markdownDataOf(markdown: string): MarkdownData {
  const links: string[] = [];
  const code: string[] = [];
  visit(fromMarkdown(markdown), (node) => {
    if (node.type === 'link') links.push((node as Link).url);
    else if (node.type === 'inlineCode' || node.type === 'code') code.push((node as InlineCode | Code).value);
  });
  return { links, code };
}

/** Each difference between a translation's Markdown data and its source's, as a message about `where`. */
export function markdownDataDifferences(where: string, source: MarkdownData, translation: MarkdownData): string[] {
  return [
    ...multisetDifferences(source.links, translation.links).map(({ value, inSource }) =>
      inSource
        ? `${where} lacks the English link to "${value}": keep every link, with its English path`
        : `${where} links to "${value}", which the English does not: links keep the English paths (/articles/…), localised when shown`,
    ),
    ...multisetDifferences(source.code, translation.code).map(({ value, inSource }) =>
      inSource
        ? `${where} lacks the code \`${value}\` the English has: code (settings, commands) stays exactly as the English writes it`
        : `${where} has the code \`${value}\`, which the English does not: code (settings, commands) stays exactly as the English writes it`,
    ),
  ];
}

/** Values one list holds more often than the other, each once per surplus, in first-seen order. */
export function multisetDifferences(source: readonly string[], translation: readonly string[]): { value: string; inSource: boolean }[] {
  const count = new Map<string, number>();
  for (const value of source) count.set(value, (count.get(value) ?? 0) + 1);
  for (const value of translation) count.set(value, (count.get(value) ?? 0) - 1);
  const differences: { value: string; inSource: boolean }[] = [];
  for (const [value, surplus] of count) {
    for (let index = 0; index < Math.abs(surplus); index += 1) differences.push({ value, inSource: surplus > 0 });
  }
  return differences;
}
