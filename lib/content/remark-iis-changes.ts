import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import { iisProviderChangeSchema } from '@/lib/iis/provider-change';
import type { ArticleOutline } from './remark-anchors';

/**
 * Validates every `<IisProviderChange>` against the record its commands are generated from, so a
 * typo in a site or provider name fails the content check at its line instead of shipping a
 * command that would fail (or worse, succeed differently) on someone's server.
 */
export function remarkIisChanges(options: { outline: ArticleOutline }) {
  return () => (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (element: MdxJsxFlowElement) => {
      if (element.name !== 'IisProviderChange') return;
      const line = element.position?.start.line ?? 1;
      const attributes = element.attributes.filter((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute');
      const nonString = attributes.find((attribute) => typeof attribute.value !== 'string');
      if (nonString) {
        options.outline.problems.push({ line, message: `<IisProviderChange> ${nonString.name} must be a plain string ("…")` });
        return;
      }
      const record = Object.fromEntries(attributes.map((attribute) => [attribute.name, attribute.value]));
      // `source` is checked with every other cited component's (remark-sources.ts).
      const parsed = iisProviderChangeSchema.extend({ source: z.string().optional() }).strict().safeParse(record);
      if (parsed.success) return;
      for (const issue of parsed.error.issues) {
        const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        options.outline.problems.push({ line, message: `<IisProviderChange> ${where}${issue.message}` });
      }
    });
  };
}
