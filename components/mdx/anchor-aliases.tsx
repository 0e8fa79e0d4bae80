import { splitAliases } from '@/lib/content/anchor-aliases';

/**
 * Empty elements carrying a renamed element's old ids (its `aliases`), placed at the element so a
 * link made before the rename still scrolls there. They hold no text: nothing for a screen reader.
 */
export function AliasAnchors({ aliases }: { aliases?: string }) {
  return splitAliases(aliases).map((id) => <span key={id} id={id} className="anchor-alias" />);
}
