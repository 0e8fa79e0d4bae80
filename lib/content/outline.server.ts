import 'server-only';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { remarkArticleAnchors, type ArticleOutline } from './remark-anchors';
import { remarkComponents } from './remark-components';
import { MDX_COMPONENT_NAMES } from './mdx-component-specs';
import { MdxSyntaxError, syntaxErrorOf } from './mdx-syntax-error';
import { remarkProcedureSteps } from './remark-procedure-steps';
import { remarkSectionText } from './remark-section-text';
import { remarkCitedSources } from './remark-sources';
import { KEBAB_ID_SOURCE } from '@/lib/wizard/ids';

/** Which article a body is (its step links and .reg downloads point there), and whether to keep one procedure only. */
export interface CompileOptions {
  slug: string;
  onlyProcedure?: string;
}

export function emptyOutline(): ArticleOutline {
  return { anchors: [], links: [], registryChanges: [], sections: [], sourceLinks: [], procedures: [], problems: [] };
}

// The id and anything after it up to the brace (`aliases=…`): remarkArticleAnchors reads and checks it.
const HEADING_WITH_EXPLICIT_ID = new RegExp(`^(#{1,6}\\s.*?)\\{(#${KEBAB_ID_SOURCE}(?:\\s+aliases=[^}]*)?)\\}(\\s*)$`);

/**
 * `## Title {#id}` is not MDX (braces start an expression), so the brace is escaped before
 * parsing and the remark plugin reads the id back from the heading text. Lines keep their
 * numbers, and fenced code is left alone.
 */
export function escapeExplicitHeadingIds(body: string): string {
  let inFence = false;
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      if (inFence) return line;
      return line.replace(HEADING_WITH_EXPLICIT_ID, (_match, heading: string, id: string, tail: string) => `${heading}\\{${id}}${tail}`);
    })
    .join('\n');
}

/** Keeps only the procedure with the given id, so a wizard outcome renders the article's own steps. */
function remarkSelectProcedure(procedureId: string) {
  return () => (tree: Root) => {
    const procedure = tree.children.find(
      (node): node is MdxJsxFlowElement =>
        node.type === 'mdxJsxFlowElement' &&
        node.name === 'Steps' &&
        node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && attribute.value === procedureId),
    );
    tree.children = procedure ? [procedure] : [];
  };
}

/** Our remark plugins, in order: the outline pass and the full compile run exactly these. */
export function articleRemarkPlugins(options: CompileOptions, outline: ArticleOutline): PluggableList {
  return [
    remarkGfm,
    // First: it judges the props authors wrote, before the next plugins add their own.
    remarkComponents({ outline }),
    remarkArticleAnchors({ slug: options.slug, outline }),
    remarkSectionText({ sections: outline.sections }),
    remarkProcedureSteps({ procedures: outline.procedures }),
    // Before a procedure is selected: the Sources section is outside it.
    remarkCitedSources({ outline }),
    ...(options.onlyProcedure ? [remarkSelectProcedure(options.onlyProcedure)] : []),
  ];
}

/**
 * What the MDX compiler does to the tree before any plugin (its remark-mark-and-unravel, which it
 * does not export): a paragraph holding nothing but JSX and whitespace becomes that JSX as blocks,
 * so `<Callout>…</Callout>` on one line is seen as the same block the page renders.
 */
function remarkUnravelJsxParagraphs() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const isBlank = (child: Paragraph['children'][number]) => child.type === 'text' && /^[\t\n\f\r ]*$/.test(child.value);
      const onlyJsx = node.children.every((child) => child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression' || isBlank(child));
      if (!onlyJsx || !node.children.some((child) => !isBlank(child))) return;
      const blocks = node.children.flatMap((child): RootContent[] => {
        // A block holding phrasing children, as the MDX compiler makes it: its content model allows it.
        if (child.type === 'mdxJsxTextElement') return [{ ...child, type: 'mdxJsxFlowElement' } as unknown as MdxJsxFlowElement];
        if (child.type === 'mdxTextExpression') return [{ ...child, type: 'mdxFlowExpression' }];
        return /^[\t\r\n ]+$/.test(child.type === 'text' ? child.value : '') ? [] : [child];
      });
      parent.children.splice(index, 1, ...(blocks as typeof parent.children));
      return index;
    });
  };
}

/**
 * Articles use the site's components without importing them; an import could only fail later, in
 * the bundler, with a message about resolving a path. Nor do they export code, which the page would
 * run and which could fail there.
 */
function remarkRejectImports() {
  return (tree: Root) => {
    visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
      const found = /^[ \t]*import\b[^'"]*['"]([^'"]+)['"]/m.exec(node.value) ?? /^[ \t]*(export)\b/m.exec(node.value);
      if (!found) return;
      // One ESM block may hold several lines: report the statement's own line.
      const line = (node.position?.start.line ?? 1) + node.value.slice(0, found.index).split('\n').length - 1;
      const what = found[1] === 'export' ? 'export code' : `import ("${found[1]}")`;
      throw new MdxSyntaxError(line, `MDX syntax error: articles cannot ${what}; use the site's components (${MDX_COMPONENT_NAMES.join(', ')}) without importing them`);
    });
  };
}

/**
 * What the content check needs from an article, without building its rendering code: the MDX
 * parse and our plugins, as in the full compile (compile.server.ts), in half its time. The page
 * compiles the rest when it first renders (issue 8: a 1,000-article check went from 36 s of MDX
 * compiling to about half).
 */
export function outlineArticleBody(body: string, options: CompileOptions): ArticleOutline {
  const outline = emptyOutline();
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkUnravelJsxParagraphs)
    .use(remarkRejectImports)
    .use(articleRemarkPlugins(options, outline));
  try {
    processor.runSync(processor.parse(escapeExplicitHeadingIds(body)));
  } catch (error) {
    throw syntaxErrorOf(error);
  }
  return outline;
}
