/** The copy buttons' words: before copying (for text, for a link) and the status after. */
export interface CopyWords {
  copy: string;
  copyLink: string;
  copied: string;
  failed: string;
}

/**
 * The English words: the catalogue's `Copy` namespace is this object, and a copy button given no
 * words (a component test) shows them; the client bundle gets these four strings, not the catalogue.
 */
export const ENGLISH_COPY_WORDS = {
  copy: 'Copy',
  copyLink: 'Copy link',
  copied: 'Copied',
  failed: 'Copy failed',
} satisfies CopyWords;
