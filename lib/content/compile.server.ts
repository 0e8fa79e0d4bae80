import 'server-only';
import { bundleMDX } from 'mdx-bundler';
import type { ArticleOutline } from './remark-anchors';
import { syntaxErrorOf } from './mdx-syntax-error';
import { articleRemarkPlugins, emptyOutline, escapeExplicitHeadingIds, type CompileOptions } from './outline.server';

export type { CompileOptions } from './outline.server';

/** Compiled MDX ready for `getMDXComponent`, plus what the compiler learnt about the document. */
export interface CompiledMdx {
  code: string;
  outline: ArticleOutline;
}

/**
 * The one place MDX is compiled to rendering code. `body` must keep the file's line numbers
 * (frontmatter blanked, see splitArticleSource) so every position reported is a line of the file.
 */
export async function compileArticleBody(body: string, options: CompileOptions): Promise<CompiledMdx> {
  const outline = emptyOutline();
  try {
    const { code } = await bundleMDX({
      source: escapeExplicitHeadingIds(body),
      mdxOptions(mdxOptions) {
        mdxOptions.remarkPlugins = [...(mdxOptions.remarkPlugins ?? []), ...articleRemarkPlugins(options, outline)];
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
    throw syntaxErrorOf(error);
  }
}
