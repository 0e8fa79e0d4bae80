import type { OutlinedArticle } from '@/lib/content/validated-content';
import type { WizardTree } from '@/lib/wizard/schema';
import { articlePath, treePath } from '@/lib/paths';

/** What a search document stands for, and so how its result is labelled. */
export type SearchDocumentKind = 'article' | 'section' | 'procedure' | 'step' | 'troubleshooter';

/** A page results link to: an article or a troubleshooter. Kept once, not copied into each section. */
export interface SearchPage {
  title: string;
  path: string;
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
  /** Article or troubleshooter title: only on the document that stands for the whole page. */
  title: string;
  /** The article's symptoms, one per line: what users type. */
  symptoms: string;
  text: string;
}

/** The documents of a whole site and the pages they point into. */
export interface SearchCorpus {
  pages: SearchPage[];
  documents: SearchDocument[];
}

/** Turns validated content into search documents: one per article, section, procedure, step and troubleshooter. */
export function searchCorpus(articles: readonly OutlinedArticle[], troubleshooters: readonly WizardTree[]): SearchCorpus {
  const corpus: SearchCorpus = { pages: [], documents: [] };
  const add = (document: Omit<SearchDocument, 'id'>) => corpus.documents.push({ id: corpus.documents.length, ...document });

  for (const article of articles) {
    const page = corpus.pages.push({ title: article.title, path: articlePath(article.slug) }) - 1;
    const textOf = new Map(article.sections.map((section) => [section.anchorId, section.text]));
    const intro = textOf.get(null) ?? '';
    const blank = { page, anchor: '', heading: '', step: 0, title: '', symptoms: '' };
    add({ ...blank, kind: 'article', title: article.title, symptoms: article.symptoms.join('\n'), text: joinText([article.summary, intro]) });
    for (const anchor of article.anchors) {
      add({
        ...blank,
        kind: anchor.kind === 'heading' ? 'section' : anchor.kind,
        anchor: anchor.id,
        heading: anchor.title,
        step: anchor.kind === 'step' ? anchor.level : 0,
        text: textOf.get(anchor.id) ?? '',
      });
    }
  }

  for (const tree of troubleshooters) {
    const page = corpus.pages.push({ title: tree.title, path: treePath(tree.id) }) - 1;
    add({ kind: 'troubleshooter', page, anchor: '', heading: '', step: 0, title: tree.title, symptoms: '', text: troubleshooterText(tree) });
  }
  return corpus;
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
