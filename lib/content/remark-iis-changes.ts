import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import { iisProviderChangeSchema } from '@/lib/iis/provider-change';
import { iisProviderOrderSchema } from '@/lib/iis/provider-order';
import type { ArticleOutline } from './remark-anchors';

// Each IIS component and the record its commands come from; strict, so a misspelt prop fails too.
// `source` is checked with every other cited component's (remark-sources.ts).
const cited = { source: z.string().optional() };
const RECORDS = {
  IisProviderChange: iisProviderChangeSchema.extend(cited).strict(),
  IisProviderOrder: iisProviderOrderSchema.extend(cited).strict(),
} as const;

function isIisElement(name: string | null): name is keyof typeof RECORDS {
  return name !== null && Object.hasOwn(RECORDS, name);
}

/**
 * Validates every `<IisProviderChange>` and `<IisProviderOrder>` against the record its commands are generated from, so a
 * typo in a site or provider name fails the content check at its line instead of shipping a
 * command that would fail (or worse, succeed differently) on someone's server.
 */
export function remarkIisChanges(options: { outline: ArticleOutline }) {
  return () => (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (element: MdxJsxFlowElement) => {
      const name = element.name;
      if (!isIisElement(name)) return;
      const line = element.position?.start.line ?? 1;
      const attributes = element.attributes.filter((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute');
      const nonString = attributes.find((attribute) => typeof attribute.value !== 'string');
      if (nonString) {
        options.outline.problems.push({ line, message: `<${name}> ${nonString.name} must be a plain string ("…")` });
        return;
      }
      const record = Object.fromEntries(attributes.map((attribute) => [attribute.name, attribute.value]));
      const parsed = RECORDS[name].safeParse(record);
      if (parsed.success) return;
      for (const issue of parsed.error.issues) {
        const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        options.outline.problems.push({ line, message: `<${name}> ${where}${issue.message}` });
      }
    });
  };
}
