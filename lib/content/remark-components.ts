import type { Root } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { didYouMean, orList } from '@/lib/nearest-names';
import { componentSpec, MDX_COMPONENT_NAMES, type ComponentSpec, type PropSpec } from './mdx-component-specs';
import type { ArticleOutline } from './remark-anchors';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Markdown that does what an HTML element would, for the message that refuses the element. */
const MARKDOWN_FOR: Readonly<Record<string, string>> = {
  a: 'a link is [text](/articles/slug#id) or [text](https://…)',
  b: 'bold is **text**',
  strong: 'bold is **text**',
  i: 'emphasis is *text*',
  em: 'emphasis is *text*',
  code: 'code is `text`',
  pre: 'a code block is fenced with ```',
  br: 'a new paragraph is a blank line',
  p: 'a paragraph is text between blank lines',
  ul: 'a list is lines starting with "- "',
  ol: 'a numbered list is lines starting with "1. "; a procedure is <Steps>',
  li: 'a list item is a line starting with "- "',
  table: 'a table is | Column | Column | rows',
  h2: 'a heading is ## Title {#id}',
  h3: 'a heading is ### Title {#id}',
};

/**
 * A comment (braces around a block comment) or a literal (`{'{'}`, MDX's way to write a brace): nothing that could
 * name a variable the page does not have.
 */
function isInert(expression: MdxFlowExpression | MdxTextExpression): boolean {
  const body = expression.data?.estree?.body ?? [];
  const [statement] = body;
  return body.length === 0 || (body.length === 1 && statement?.type === 'ExpressionStatement' && statement.expression.type === 'Literal');
}

/** `<Steps id="fix-it">` when the element has an id, else `<Steps>`: what a message calls it. */
function label(element: JsxElement): string {
  const id = element.attributes.find((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
  return typeof id?.value === 'string' ? `<${element.name} id="${id.value}">` : `<${element.name}>`;
}

const componentList = () => MDX_COMPONENT_NAMES.join(', ');

/** "did you mean …? " to go before the rest of a message, or '' when nothing is near. */
function suggestion(wanted: string, candidates: readonly string[], quote?: (name: string) => string): string {
  const near = didYouMean(wanted, candidates, quote);
  return near ? `${near} ` : '';
}

function unknownElementMessage(name: string | null): string {
  if (name === null) return 'a fragment <>…</> does nothing in an article: remove it and keep what is inside';
  if (/^[a-z]/.test(name)) {
    const markdown = MARKDOWN_FOR[name];
    return `<${name}> is HTML, which articles do not use: write Markdown${markdown ? ` (${markdown})` : ''} or a site component (${componentList()})`;
  }
  const near = suggestion(name, MDX_COMPONENT_NAMES, (candidate) => `<${candidate}>`);
  return `<${name}> is not a site component: ${near}the components, used without importing them, are ${componentList()}`;
}

/** The prop's problem, or undefined when it may be written so. */
function propValueProblem(element: string, name: string, spec: PropSpec, value: string): string | undefined {
  if (spec.values && !spec.values.includes(value)) {
    return `${element} ${name}="${value}" is not allowed: ${suggestion(value, spec.values)}${name} is ${orList(spec.values)}`;
  }
  return spec.check?.(value, element);
}

/** Every problem of one site component's props; empty when the page can render it as written. */
function propProblems(element: JsxElement, spec: ComponentSpec, parentName: string | null | undefined): string[] {
  const name = label(element);
  const known = Object.keys(spec.props);
  const problems: string[] = [];
  // A child written on its parent's line is inline text there, which the parent does not number.
  if (spec.parent && (parentName !== spec.parent || element.type !== 'mdxJsxFlowElement')) {
    problems.push(`${name} must stand directly inside <${spec.parent}>, on lines of its own: <${spec.parent}> numbers and frames it`);
  }
  const values: Record<string, string> = {};
  const written = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push(`${name} {…} spreads are not allowed: write each prop as name="…"`);
      continue;
    }
    written.add(attribute.name);
    const prop = spec.props[attribute.name];
    if (!prop) {
      problems.push(`${name} has no prop "${attribute.name}": ${suggestion(attribute.name, known)}its props are ${known.join(', ')}`);
    } else if (typeof attribute.value !== 'string') {
      problems.push(`${name} ${attribute.name} must be a plain string (${attribute.name}="…")`);
    } else {
      const problem = propValueProblem(name, attribute.name, prop, attribute.value);
      if (problem) problems.push(problem);
      values[attribute.name] = attribute.value;
    }
  }
  for (const [prop, propSpec] of Object.entries(spec.props)) {
    if (propSpec.required && !written.has(prop)) {
      problems.push(`${name} needs ${prop}="${propSpec.example ?? '…'}": ${propSpec.doc}`);
    }
  }
  // Props are read together only once each is right on its own, so one mistake is reported once.
  if (problems.length === 0 && spec.checkProps) problems.push(...spec.checkProps(values, name));
  return problems;
}

/**
 * Holds every JSX element of an article to the site's components (mdx-component-specs.ts): its
 * name, where it stands, and each prop's presence and value. Runs before the plugins that add props
 * of their own (ids, numbers, links), so only what the author wrote is judged. The plugins after
 * it read these props without reporting them again.
 */
export function remarkComponents(options: { outline: ArticleOutline }) {
  return () => (tree: Root) => {
    visit(tree, (node, _index, parent) => {
      const line = node.position?.start.line ?? 1;
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isInert(node)) {
        options.outline.problems.push({ line, message: `{${node.value}} is JavaScript, which articles do not run: write \\{ for a literal brace, {/* … */} for a comment` });
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const spec = node.name === null ? undefined : componentSpec(node.name);
      const problems = spec
        ? propProblems(node, spec, parent && 'name' in parent ? parent.name : undefined)
        : [unknownElementMessage(node.name)];
      options.outline.problems.push(...problems.map((message) => ({ line, message })));
    });
  };
}
