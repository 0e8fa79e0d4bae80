import 'server-only';
import type { Code } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ComponentData } from '@/lib/i18n/article-translation';
import { componentSpec, dataPropsOf } from './mdx-component-specs';
import { syntaxErrorOf } from './mdx-syntax-error';
import { escapeExplicitHeadingIds } from './outline.server';

/** What bodyDataOf reads of a body. */
export interface BodyData {
  components: ComponentData[];
  codeBlocks: { line: number; value: string }[];
}

/**
 * The data of an article body that stays the same in every language: each site component with its
 * data props (mdx-component-specs.ts classifies them), and every fenced code block. Only parsed, not
 * run through the site's plugins: the outline pass has already judged the body, and this reads only
 * what the author wrote.
 */
export function bodyDataOf(body: string): BodyData {
  let tree;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(escapeExplicitHeadingIds(body));
  } catch (error) {
    throw syntaxErrorOf(error);
  }
  const components: ComponentData[] = [];
  const codeBlocks: { line: number; value: string }[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'code') {
      codeBlocks.push({ line, value: (node as Code).value });
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const spec = element.name === null ? undefined : componentSpec(element.name);
    if (!spec || element.name === null) return;
    const dataProps = new Set(dataPropsOf(spec));
    const data: Record<string, string> = {};
    for (const attribute of element.attributes) {
      if ((attribute as MdxJsxAttribute).type !== 'mdxJsxAttribute') continue;
      const { name, value } = attribute as MdxJsxAttribute;
      if (dataProps.has(name) && typeof value === 'string') data[name] = value;
    }
    components.push({ name: element.name, line, data });
  });
  return { components, codeBlocks };
}
