import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { WizardTree } from '@/lib/wizard/schema';
import type { ProductSlug } from './products';
import type { Anchor } from './remark-anchors';
import type { SectionText } from './remark-section-text';

/** A checked article's header and outline (no compiled code): what the search index reads of it. */
export interface OutlinedArticle {
  slug: string;
  title: string;
  summary: string;
  symptoms: readonly string[];
  /** The products it is filed under: search prefers them when a query names one. */
  products: readonly ProductSlug[];
  anchors: readonly Anchor[];
  sections: readonly SectionText[];
  /**
   * Set by the content check: the key its outline is cached by (compile-cache.server.ts), which changes
   * with its body, slug and the compiler, so it names its anchors and sections. The search index's blocks
   * are keyed by it, so an unchanged block reads no section text. Its `sections` are then read on use,
   * and may throw UnreadableSections.
   */
  outlineKey?: string;
}

/**
 * An article's sections could not be read from the outline cache (a missing, truncated or foreign
 * file): `outlineAgain` writes them anew, after which the reader may try again.
 */
export class UnreadableSections extends Error {
  constructor(
    readonly slug: string,
    readonly outlineAgain: () => Promise<void>,
  ) {
    super(`the cached sections of "${slug}" are unreadable`);
  }
}

/**
 * A content folder as the content check validated it: the articles' outlines and the troubleshooters.
 * Content owns this shape and hands it on; the search index reads it, never the other way round.
 */
export interface ValidatedContent {
  articles: OutlinedArticle[];
  troubleshooters: WizardTree[];
}

/**
 * The translated part of a content folder in one site language, for that language's search index:
 * the articles and trees that have a translation, in it. The untranslated rest is searched in the
 * English index.
 */
export interface LanguageContent extends ValidatedContent {
  language: SiteLanguage;
}
