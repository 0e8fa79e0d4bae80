import type { RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** A component in an MDX body, as a block or inside a paragraph. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Whether a block of an MDX body is the component `name` (`<Steps>`, `<Step>`…). */
export function isJsxFlowElement(node: RootContent, name: string): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && node.name === name;
}

/** A prop written as a plain string (`id="x"`); undefined when absent or written as an expression. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  const found = element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}
