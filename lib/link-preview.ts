import type { Metadata } from 'next';
import { SOURCE_LANGUAGE } from './i18n/languages';
import type { SiteLanguage } from './i18n/site-languages';
import { articlePath, localizePath, stepPath, treePath } from './paths';
import type { TrailStep } from './wizard/navigate';
import type { WizardNode, WizardTree } from './wizard/schema';

/**
 * Link previews: the Open Graph and Twitter card tags that Slack, Teams, Jira, Zendesk and the like
 * read when a link is pasted. Pure, so a page passes in the site's name and public origin; only the
 * type of Next's `Metadata` is borrowed, nothing of Next runs here.
 */

/** The site as a preview names it: its name, and its public origin when one is configured. */
export interface PreviewSite {
  siteName: string;
  /** `https://support.example.com`, no trailing slash; without it no absolute URL is claimed. */
  publicUrl: string | undefined;
  /** The language the page is shown in; English when not given. */
  language?: SiteLanguage;
  /**
   * The languages the page's content really exists in (English first): each gets an hreflang
   * alternate, and a page shown in a language not listed (an untranslated article under the German
   * interface) names the English page as its canonical. English only when not given.
   */
  languages?: readonly SiteLanguage[];
}

/** Unfurlers cut a description near 200-300 characters; past that it only costs bytes. */
export const PREVIEW_DESCRIPTION_MAX = 300;
/** One answer in a preview: long enough to tell the options apart, short enough to list several. */
export const PREVIEW_ANSWER_MAX = 72;

/** An article's preview: its title and summary, at its canonical address. */
export function articlePreview({
  article,
  ...site
}: { article: { slug: string; title: string; summary: string } } & PreviewSite): Metadata {
  return preview({
    site,
    type: 'article',
    title: article.title,
    description: article.summary,
    path: articlePath(article.slug),
  });
}

/** A troubleshooter's start page: its title and summary. */
export function treePreview({ tree, ...site }: { tree: WizardTree } & PreviewSite): Metadata {
  return preview({ site, type: 'website', title: tree.title, description: tree.summary, path: treePath(tree.id) });
}

/**
 * A troubleshooter step's preview: the question it asks or the result it reaches, described by the
 * answers that lead there when the page knows them (a pasted link's `?answers=`), else by the
 * result's summary or the troubleshooter's. Its `og:url` carries those answers, as the pasted link
 * did; the canonical URL is the bare step, the one page search engines should list.
 */
export function stepPreview({
  tree,
  node,
  trail = [],
  ...site
}: { tree: WizardTree; node: WizardNode; trail?: readonly TrailStep[] } & PreviewSite): Metadata {
  const about = node.type === 'outcome' ? node.summary : tree.summary;
  const answers = trail.length > 0 ? `Answers so far: ${trail.map((step) => shortAnswer(step.option.label)).join(' · ')}.` : '';
  const answered = trail.map((step) => ({ questionId: step.question.id, optionId: step.option.id }));
  return preview({
    site,
    type: 'website',
    title: node.type === 'question' ? node.prompt : node.title,
    description: clip([answers, about].filter(Boolean).join(' '), PREVIEW_DESCRIPTION_MAX),
    path: stepPath(tree.id, node.id, answered),
    canonicalPath: stepPath(tree.id, node.id),
  });
}

/**
 * An answer as a preview lists it: without its parenthetical asides and final full stop, cut at a
 * word. "Yes. Chrome signs in; only Edge fails." keeps its second sentence, since "Yes" alone says
 * nothing.
 */
export function shortAnswer(label: string): string {
  const plain = label
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
  return clip(plain, PREVIEW_ANSWER_MAX);
}

/** `text` cut at the last word that fits in `max` characters, with an ellipsis when anything was cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1);
  const atWord = room.lastIndexOf(' ');
  return `${(atWord > max / 2 ? room.slice(0, atWord) : room).replace(/[\s,;:.·-]+$/, '')}…`;
}

interface PreviewInput {
  site: PreviewSite;
  type: 'article' | 'website';
  title: string;
  description: string;
  /** The page's own path, as the pasted link would have it. */
  path: string;
  /** The path search engines should list, when it differs from `path`. */
  canonicalPath?: string;
}

function preview({ site, type, title, description, path, canonicalPath = path }: PreviewInput): Metadata {
  // Relative URLs would be resolved against Next's metadataBase, which falls back to localhost
  // when unset: better no og:url, canonical or hreflang than a wrong one.
  const origin = site.publicUrl;
  const language = site.language ?? SOURCE_LANGUAGE;
  const languages = site.languages ?? [SOURCE_LANGUAGE];
  const url = origin ? `${origin}${localizePath(language, path)}` : undefined;
  const canonicalLanguage = languages.includes(language) ? language : SOURCE_LANGUAGE;
  const alternates = origin
    ? {
        canonical: `${origin}${localizePath(canonicalLanguage, canonicalPath)}`,
        ...(languages.length > 1
          ? {
              languages: Object.fromEntries([
                ...languages.map((each) => [each, `${origin}${localizePath(each, canonicalPath)}`]),
                ['x-default', `${origin}${canonicalPath}`],
              ]),
            }
          : {}),
      }
    : undefined;
  return {
    description,
    ...(alternates ? { alternates } : {}),
    openGraph: { type, title, description, siteName: site.siteName, ...(url ? { url } : {}) },
    twitter: { card: 'summary', title, description },
  };
}
