import type { OutlinedArticle } from '@/lib/content/validated-content';
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { WizardTree } from '@/lib/wizard/schema';
import { articlePath, localizePath, treePath } from '@/lib/paths';
import { INDEX_BLOCK_PAGES, type BlockedCorpus, type CorpusBlock } from './index-blocks';
import { productBits } from './products';
import { normaliseTerm, tokenize } from './terms';

/** What a search document stands for, and so how its result is labelled. */
export type SearchDocumentKind = 'article' | 'section' | 'procedure' | 'step' | 'troubleshooter';

/** A page results link to: an article or a troubleshooter. Kept once, not copied into each section. */
export interface SearchPage {
  title: string;
  path: string;
  /** Only on a result shown in another language than the page's: an untranslated page, found in the English index (query.ts). */
  language?: SiteLanguage;
}

/**
 * One searchable unit. Articles are split into sections and steps so a result links to the place
 * that answers the query; the article itself is one more document carrying its title and symptoms.
 */
export interface SearchDocument {
  id: number;
  kind: SearchDocumentKind;
  /** Index into the pages table. */
  page: number;
  /** Fragment of the result's link; empty for the top of the page. */
  anchor: string;
  /** Heading, procedure or step title; empty for a whole article or troubleshooter. */
  heading: string;
  /** Number of a step within its procedure; 0 for anything else. */
  step: number;
  /** The title of a step's procedure, so look-alike steps of two procedures read differently; empty otherwise. */
  procedure: string;
  /** Article or troubleshooter title: only on the document that stands for the whole page. */
  title: string;
  /** The article's symptoms, one per line: what users type. */
  symptoms: string;
  text: string;
}

/** The documents of a whole site and the pages they point into. */
export interface SearchCorpus {
  pages: SearchPage[];
  /** Per page, the products it is filed under as a bit set (see products.ts); 0 for a troubleshooter. */
  pageProducts: number[];
  documents: SearchDocument[];
}

/**
 * Sections that only point elsewhere. Their text is link titles that name every topic the article
 * touches, so as results of their own they came before the sections that explain ("HTTP 400 header
 * too long" found two Sources lists, one of an unrelated article, above the HTTP 400 article's Cause).
 * They are left out of the index; the article's own text still finds it.
 */
const REFERENCE_ONLY_HEADINGS = new Set(['sources', 'references', 'see also', 'related articles', 'further reading']);
/** The same sections by id: a translation keeps the English ids under its own heading ("Quellen {#sources}"). */
const REFERENCE_ONLY_IDS = new Set(['sources', 'references', 'see-also', 'related-articles', 'further-reading']);

/** Two documents of one article with the same heading are one result when this share of their words is shared. */
const NEAR_IDENTICAL_WORD_SHARE = 0.8;

/**
 * Turns validated content into search documents: one per article, section, procedure, step and
 * troubleshooter. Results link to the pages of the corpus's language (English by default).
 */
export function searchCorpus(articles: readonly OutlinedArticle[], troubleshooters: readonly WizardTree[], language: SiteLanguage = SOURCE_LANGUAGE): SearchCorpus {
  const items = [...articles, ...troubleshooters];
  return { pages: items.map((item) => pageOf(item, language)), pageProducts: items.map(productsOf), documents: documentsOf(items, 0, 0) };
}

/**
 * searchCorpus for the build, cut into the index's blocks of pages whose documents are made only when
 * asked: a block the index finds cached needs none, so its articles' sections are never read (issue 26).
 * Each page's `source` says what its documents are made of, for the block cache's key.
 */
export function searchCorpusBlocks(articles: readonly OutlinedArticle[], troubleshooters: readonly WizardTree[], language: SiteLanguage = SOURCE_LANGUAGE): BlockedCorpus {
  const items = [...articles, ...troubleshooters];
  const blocks: CorpusBlock[] = [];
  for (let firstPage = 0; firstPage < items.length; firstPage += INDEX_BLOCK_PAGES) {
    const inBlock = items.slice(firstPage, firstPage + INDEX_BLOCK_PAGES);
    blocks.push({ firstPage, pageCount: inBlock.length, sources: inBlock.map(sourceOf), documents: (firstId) => documentsOf(inBlock, firstPage, firstId) });
  }
  return {
    pages: items.map((item) => pageOf(item, language)),
    pageProducts: items.map(productsOf),
    blocks,
  };
}

/** An article's products as bits (products.ts); a troubleshooter is filed under none. */
function productsOf(item: OutlinedArticle | WizardTree): number {
  return 'products' in item ? productBits(item.products) : 0;
}

function pageOf(item: OutlinedArticle | WizardTree, language: SiteLanguage): SearchPage {
  return { title: item.title, path: localizePath(language, 'slug' in item ? articlePath(item.slug) : treePath(item.id)) };
}

/**
 * What a page's documents are made of, as text. A checked article's outline key names its anchors and
 * sections (they are outlined from its body), so they need not be read; its header fields are added.
 */
function sourceOf(item: OutlinedArticle | WizardTree): string {
  if (!('slug' in item)) return JSON.stringify(['troubleshooter', item.title, troubleshooterText(item)]);
  const { title, summary, symptoms } = item;
  return JSON.stringify(item.outlineKey === undefined ? ['article', title, summary, symptoms, item.anchors, item.sections] : ['checked article', title, summary, symptoms, item.outlineKey]);
}

/** The documents of consecutive pages, the first of them page `firstPage`, numbered from `firstId`. */
function documentsOf(items: readonly (OutlinedArticle | WizardTree)[], firstPage: number, firstId: number): SearchDocument[] {
  const documents: SearchDocument[] = [];
  // Every document is built with the same fields in the same order (one object shape): at 10,000
  // articles, spreading a template into each of 200,000 documents was most of this function's time.
  const add = (kind: SearchDocumentKind, page: number, anchor: string, heading: string, step: number, procedure: string, title: string, symptoms: string, text: string) =>
    documents.push({ id: firstId + documents.length, page, anchor, heading, step, procedure, title, symptoms, kind, text });

  items.forEach((item, offset) => {
    const page = firstPage + offset;
    if (!('slug' in item)) {
      add('troubleshooter', page, '', '', 0, '', item.title, '', troubleshooterText(item));
      return;
    }
    const article = item;
    const textOf = new Map(article.sections.map((section) => [section.anchorId, section.text]));
    const intro = textOf.get(null) ?? '';
    add('article', page, '', '', 0, '', article.title, article.symptoms.join('\n'), joinText([article.summary, intro]));
    const seen = new NearDuplicates();
    let procedure = '';
    for (const anchor of article.anchors) {
      if (anchor.kind === 'procedure') procedure = anchor.title;
      else if (anchor.kind === 'heading') procedure = '';
      if (anchor.kind === 'heading' && (REFERENCE_ONLY_HEADINGS.has(anchor.title.trim().toLowerCase()) || REFERENCE_ONLY_IDS.has(anchor.id))) continue;
      const text = textOf.get(anchor.id) ?? '';
      // The undo of a change often repeats its steps word for word: one result, the change's, is enough.
      if (seen.repeats(anchor.kind, anchor.title, text)) continue;
      const kind = anchor.kind === 'heading' ? 'section' : anchor.kind;
      add(kind, page, anchor.id, anchor.title, anchor.kind === 'step' ? anchor.level : 0, anchor.kind === 'step' ? procedure : '', '', '', text);
    }
  });
  return documents;
}

/** A troubleshooter is found by what it asks and where it can end, in the order a user meets them. */
function troubleshooterText(tree: WizardTree): string {
  const parts = [tree.summary];
  for (const node of tree.nodes) {
    if (node.type === 'question') parts.push(node.prompt, ...node.options.map((option) => option.label));
    else parts.push(node.title, node.summary);
  }
  return joinText(parts);
}

function joinText(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join(' ');
}

/**
 * The headings and texts of one article's documents so far, to tell when a new one repeats an earlier
 * one. A text's words are read only once another document has its kind and heading: few do, and
 * reading every section's words here took a quarter of the index's build at 10,000 articles.
 */
class NearDuplicates {
  private readonly byHeading = new Map<string, { text: string; words?: Set<string> }[]>();

  /** Whether a document like this one (same kind and heading, nearly the same words) was seen; remembers it if not. */
  repeats(kind: string, heading: string, text: string): boolean {
    const key = `${kind}:${heading.trim().toLowerCase()}`;
    const earlier = this.byHeading.get(key);
    if (!earlier) {
      this.byHeading.set(key, [{ text }]);
      return false;
    }
    const entry: { text: string; words?: Set<string> } = { text };
    const words = wordsOf(entry);
    if (earlier.some((other) => sharedShare(words, wordsOf(other)) >= NEAR_IDENTICAL_WORD_SHARE)) return true;
    earlier.push(entry);
    return false;
  }
}

function wordsOf(entry: { text: string; words?: Set<string> }): Set<string> {
  entry.words ??= new Set(tokenize(entry.text).flatMap((word) => normaliseTerm(word) ?? []));
  return entry.words;
}

/** Words in both sets over words in either (1 for two empty texts). */
function sharedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const either = a.size + b.size - shared;
  return either === 0 ? 1 : shared / either;
}
