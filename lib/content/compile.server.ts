import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { remarkArticleAnchors, type ArticleOutline } from './remark-anchors';
import { remarkIisChanges } from './remark-iis-changes';
import { MdxSyntaxError } from './mdx-syntax-error';
import { remarkSectionText } from './remark-section-text';

/** Which article a body is (its step links and .reg downloads point there), and whether to keep one procedure only. */
export interface CompileOptions {
  slug: string;
  onlyProcedure?: string;
}

/** Compiled MDX ready for `getMDXComponent`, plus what the compiler learnt about the document. */
export interface CompiledMdx {
  code: string;
  outline: ArticleOutline;
}

const HEADING_WITH_EXPLICIT_ID = /^(#{1,6}\s.*?)\{(#[a-z0-9]+(?:-[a-z0-9]+)*)\}(\s*)$/;

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

/**
 * The one place MDX is compiled. `body` must keep the file's line numbers (frontmatter blanked,
 * see splitArticleSource) so every position reported is a line of the file.
 */
export async function compileArticleBody(
  body: string,
  options: CompileOptions,
): Promise<CompiledMdx> {
  const outline: ArticleOutline = { anchors: [], links: [], registryChanges: [], sections: [], problems: [] };
  try {
    const { code } = await bundleMDX({
      source: escapeExplicitHeadingIds(body),
      mdxOptions(mdxOptions) {
        mdxOptions.remarkPlugins = [
          ...(mdxOptions.remarkPlugins ?? []),
          remarkGfm,
          remarkArticleAnchors({ slug: options.slug, outline }),
          remarkSectionText({ sections: outline.sections }),
          remarkIisChanges({ outline }),
          ...(options.onlyProcedure ? [remarkSelectProcedure(options.onlyProcedure)] : []),
        ];
        return mdxOptions;
      },
      esbuildOptions(esbuildOptions) {
        esbuildOptions.logLevel = 'silent';
        esbuildOptions.minify = true;
        // Articles import nothing, so resolving from disk only cost each compile a few file-system
        // misses for the in-memory entry: 42 → 36 ms a compile of a generated article (issue 8).
        esbuildOptions.plugins = esbuildOptions.plugins?.filter((plugin) => plugin.name !== 'node-resolve');
        return esbuildOptions;
      },
    });
    return { code, outline };
  } catch (error) {
    throw toSyntaxError(error);
  }
}

interface MdxMessage {
  reason?: string;
  message?: string;
  line?: number;
  place?: { line?: number; start?: { line?: number } };
}

/** Digs the author's line out of esbuild's wrapper around the MDX compiler's message. */
function toSyntaxError(error: unknown): MdxSyntaxError {
  const first = (error as { errors?: { detail?: { cause?: MdxMessage } & MdxMessage; text?: string }[] }).errors?.[0];
  const cause: MdxMessage | undefined = first?.detail?.cause ?? first?.detail;
  const reason = cause?.reason ?? cause?.message ?? first?.text ?? String(error);
  const fromReason = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason);
  const line = cause?.place?.start?.line ?? cause?.place?.line ?? cause?.line ?? (fromReason ? Number(fromReason[1]) : 1);
  return new MdxSyntaxError(line, `MDX syntax error: ${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '')}`);
}
