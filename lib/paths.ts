import { SOURCE_LANGUAGE } from './i18n/languages';
import { isSiteLanguage, type SiteLanguage } from './i18n/site-languages';
import { isKebabId } from './wizard/ids';
import type { WizardAnswer } from './wizard/session';

/**
 * Every URL of the site, built and read in one place. Pure and small: the step page's client
 * islands ship it. Ids are kebab-case by schema (lib/wizard/ids.ts), so paths are written without
 * percent-encoding and stay readable when pasted into a ticket; parsing hands back segments as
 * they arrive, and a caller that accepts other text decodes them itself.
 */

export const HOME_PATH = '/';
export const ALL_ARTICLES_PATH = '/articles';
export const TREES_PATH = '/wizard';
export const SEARCH_PATH = '/search';
export const DIAGNOSE_PATH = '/diagnose';
export const INSIGHTS_PATH = '/insights';
export const INSIGHTS_LOGIN_PATH = `${INSIGHTS_PATH}/login`;
export const INSIGHTS_LOGOUT_PATH = `${INSIGHTS_PATH}/logout`;
/** Where a wrong insights token is sent back to, so the form can say so. */
export const INSIGHTS_LOGIN_FAILED_PATH = `${INSIGHTS_PATH}?login=failed`;
export const FEEDBACK_THANKS_PATH = '/feedback/thanks';
/** Every route under it is the JSON API (feedback, events), not a page. */
export const API_PATH_PREFIX = '/api/';
/** The sitemap, or the index of its parts when the site outgrows one file (lib/sitemap). */
export const SITEMAP_PATH = '/sitemap.xml';
const SITEMAP_PART_FOLDER = '/sitemap';

/** The folder of each kind of browse page (a tag's or a product's list of articles). */
export const BROWSE_FOLDERS = { tag: '/tags', product: '/products' } as const;
export type BrowseKind = keyof typeof BROWSE_FOLDERS;

/** Pages of a troubleshooter beside its steps, under /wizard/<tree>/: no step may take these ids. */
export const TREE_PAGE_SEGMENTS = { map: 'map', clientTree: 'tree.json' } as const;
export const RESERVED_STEP_IDS: ReadonlySet<string> = new Set(Object.values(TREE_PAGE_SEGMENTS));
/** The per-request variant of a step, under /wizard/<tree>/<step>/ (see `changedStepRoute`). */
const CHANGED_STEP_SEGMENT = 'changed';
/** The cached variant of a step for answers that lead to it (see `answersStepRoute`). */
const ANSWERS_STEP_SEGMENT = 'answers';
/** The per-request variant of a step for answers that do not lead to it (see `unmatchedStepRoute`). */
const UNMATCHED_STEP_SEGMENT = 'unmatched';
/**
 * The id of a step page's heading. Links written into the HTML for use without JavaScript end in
 * `#step-heading`, so the next page opens at its question and the first Tab reaches its answers.
 */
export const STEP_HEADING_ID = 'step-heading';
const PAGE_SEGMENT = 'page';

/**
 * A page's path in a language. Paths are built English-shaped by the functions below; English keeps
 * them as they are (every link published before translations keeps working) and every other
 * language puts its id in front (`/de/articles/<slug>#<step>`). Ids, anchors and answers are the
 * same in every language, so switching the language of a link is changing this prefix alone.
 * Files, the API and the insights area are not pages in a language and come back unchanged.
 */
export function localizePath(language: SiteLanguage, path: string): string {
  if (language === SOURCE_LANGUAGE || !path.startsWith('/') || isUnlocalizedPath(path)) return path;
  return path === HOME_PATH || /^\/[?#]/.test(path) ? `/${language}${path.slice(1)}` : `/${language}${path}`;
}

/** Paths outside the pages of a language: the same in every language. */
function isUnlocalizedPath(path: string): boolean {
  return UNLOCALIZED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`));
}
const UNLOCALIZED_PREFIXES = ['/api', '/fixes', INSIGHTS_PATH, SITEMAP_PART_FOLDER, SITEMAP_PATH];

/** A pathname read as a language and the English-shaped path of its page. */
export interface LanguagePath {
  language: SiteLanguage;
  /** The path without the language's prefix: `/articles/x` for `/de/articles/x`, `/` for `/de`. */
  path: string;
  /** The pathname named the language outright (`/de/…`, or `/en/…`, which English never writes). */
  prefixed: boolean;
}

/** Which language a pathname is in: a known language's prefix, else English. */
export function splitLanguagePath(pathname: string): LanguagePath {
  const match = /^\/([a-z]{2}(?:-[A-Za-z]{2})?)(\/.*)?$/.exec(pathname);
  if (match && isSiteLanguage(match[1])) return { language: match[1], path: match[2] ?? HOME_PATH, prefixed: true };
  return { language: SOURCE_LANGUAGE, path: pathname, prefixed: false };
}

/** `/articles/<slug>`, or a heading or step in it with `anchor`. */
export function articlePath(slug: string, anchor?: string): string {
  return anchor === undefined ? `${ALL_ARTICLES_PATH}/${slug}` : `${ALL_ARTICLES_PATH}/${slug}#${anchor}`;
}

/** Page `page` of the list of every article: page 1 is /articles itself. */
export function allArticlesPagePath(page: number): string {
  return page <= 1 ? ALL_ARTICLES_PATH : `${ALL_ARTICLES_PATH}/${PAGE_SEGMENT}/${page}`;
}

/** Page `page` of a tag's or product's articles: page 1 is the group's own URL (`/tags/iis`). */
export function browsePagePath(kind: BrowseKind, slug: string, page = 1): string {
  const base = `${BROWSE_FOLDERS[kind]}/${slug}`;
  return page <= 1 ? base : `${base}/${PAGE_SEGMENT}/${page}`;
}

/** A generated registry script of an article's procedure. */
export function fixScriptPath(slug: string, procedureId: string, file: 'apply.reg' | 'undo.reg'): string {
  return `/fixes/${slug}/${procedureId}/${file}`;
}

/** Part `part` (from 1) of a sitemap split into several files. */
export function sitemapPartPath(part: number): string {
  return `${SITEMAP_PART_FOLDER}/${part}.xml`;
}

/** The part number in a `/sitemap/<n>.xml` segment, or undefined for a name the site never writes. */
export function parseSitemapPart(segment: string): number | undefined {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(segment);
  return match ? Number(match[1]) : undefined;
}

/**
 * A procedure's steps as JSON (lib/wizard/fix-procedure.ts), for the troubleshooter's ticket summary,
 * in the page's language: `/fixes/<slug>/<procedure>/steps.json` in English (the address published
 * before translations), `/fixes/<slug>/<procedure>/steps/<language>.json` in another. Files are not
 * pages, so the language is part of the file's name rather than a prefix of the path.
 */
export function fixStepsPath(slug: string, procedureId: string, language: SiteLanguage = SOURCE_LANGUAGE): string {
  const folder = `/fixes/${slug}/${procedureId}`;
  return language === SOURCE_LANGUAGE ? `${folder}/steps.json` : `${folder}/${FIX_STEPS_FOLDER}/${fixStepsFileName(language)}`;
}

/** The folder of a procedure's translated steps files, beside its `steps.json`. */
const FIX_STEPS_FOLDER = 'steps';

/** The file name of a procedure's steps in a translation language (the last segment of `fixStepsPath`). */
export function fixStepsFileName(language: SiteLanguage): string {
  return `${language}.json`;
}

/** The language a translated steps file's name is in (`de.json`), or undefined for a name the site never writes. */
export function parseFixStepsFileName(name: string): SiteLanguage | undefined {
  const match = /^([a-z]{2}(?:-[A-Za-z]{2})?)\.json$/.exec(name);
  return match && isSiteLanguage(match[1]) && match[1] !== SOURCE_LANGUAGE ? match[1] : undefined;
}

/** The search page, with a query when given. */
export function searchPath(query?: string): string {
  return query === undefined ? SEARCH_PATH : `${SEARCH_PATH}?q=${encodeURIComponent(query)}`;
}

/** The thank-you page after a form post; it offers the comment form while `vote` is known. */
export function feedbackThanksPath(back: string | undefined, state: { vote: string } | { comment: 'added' }): string {
  const params = new URLSearchParams();
  if (back) params.set('back', back);
  if ('vote' in state) params.set('vote', state.vote);
  else params.set('comment', state.comment);
  // Thanks in the language of the page the reader came from.
  return `${localizePath(back ? splitLanguagePath(back.split('?')[0] ?? '').language : SOURCE_LANGUAGE, FEEDBACK_THANKS_PATH)}?${params.toString()}`;
}

/** A troubleshooter's start page. */
export function treePath(treeId: string): string {
  return `${TREES_PATH}/${treeId}`;
}

/** The map of every step of a troubleshooter. */
export function treeMapPath(treeId: string): string {
  return `${treePath(treeId)}/${TREE_PAGE_SEGMENTS.map}`;
}

/** Where a tree's client copy is served; `version` changes with its content, so browsers may cache it. */
export function clientTreePath(treeId: string, version: string): string {
  return `${treePath(treeId)}/${TREE_PAGE_SEGMENTS.clientTree}?v=${version}`;
}

/** Why a step is asked again: a link's answer to `changed` was retired, and the later answers were dropped. */
export interface ChangedQuestion {
  changed: string;
  dropped: WizardAnswer[];
}

/**
 * `/wizard/<tree>/<step>?answers=<question>:<option>,…`, and after a retired answer
 * `&changed=<question>&dropped=<question>:<option>,…`.
 */
export function stepPath(treeId: string, stepId: string, answers: readonly WizardAnswer[] = [], changed?: ChangedQuestion): string {
  const query: string[] = [];
  if (answers.length > 0) query.push(`answers=${encodeAnswers(answers)}`);
  if (changed) query.push(`changed=${changed.changed}`);
  if (changed && changed.dropped.length > 0) query.push(`dropped=${encodeAnswers(changed.dropped)}`);
  const path = `${treePath(treeId)}/${stepId}`;
  return query.length === 0 ? path : `${path}?${query.join('&')}`;
}

/**
 * Where the proxy sends a step URL that carries `changed=`, keeping the address the user sees.
 * Step pages are static and never read their query on the server; this route is rendered per
 * request so the notice is in the HTML, without JavaScript. It has no address of its own.
 */
export function changedStepRoute(treeId: string, stepId: string): string {
  return `${treePath(treeId)}/${stepId}/${CHANGED_STEP_SEGMENT}`;
}

/** A step link written for use without JavaScript: the page it opens starts at the question. */
export function atStepHeading(path: string): string {
  return `${path}#${STEP_HEADING_ID}`;
}

/**
 * Where the proxy sends a document request for a step whose answers lead to it, keeping the
 * address the user sees: the answers (normalised) and the site's origin, for the absolute "Link
 * to this step", are path segments, so each variant is rendered once and cached like the step
 * itself, and the page never reads its query. It has no address of its own.
 */
export function answersStepRoute(treeId: string, stepId: string, answers: readonly WizardAnswer[], origin: string): string {
  return `${treePath(treeId)}/${stepId}/${ANSWERS_STEP_SEGMENT}/${encodeOriginSegment(origin)}/${encodeAnswers(answers)}`;
}

/**
 * Where the proxy sends a document request for a step whose answers do not lead to it (edited,
 * malformed or outdated): rendered per request, since the notice names what is wrong with the
 * answers, which are unbounded. It has no address of its own either.
 */
export function unmatchedStepRoute(treeId: string, stepId: string, origin: string): string {
  return `${treePath(treeId)}/${stepId}/${UNMATCHED_STEP_SEGMENT}/${encodeOriginSegment(origin)}`;
}

/**
 * An origin (`https://support.example.com:8443`) as one path segment: base64url, since an origin's
 * `:` and `/` (and an IPv6 host's brackets) do not travel well in a path.
 */
export function encodeOriginSegment(origin: string): string {
  const bytes = new TextEncoder().encode(origin);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The origin a segment of `encodeOriginSegment` holds; undefined unless it is a plain http(s) origin. */
export function parseOriginSegment(segment: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return undefined;
  let text: string;
  try {
    text = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  if (!/^https?:\/\/[^/?#@\s]+$/.test(text)) return undefined;
  try {
    return new URL(text).origin === text ? text : undefined;
  } catch {
    return undefined;
  }
}

function encodeAnswers(answers: readonly WizardAnswer[]): string {
  return answers.map((given) => `${given.questionId}:${given.optionId}`).join(',');
}

/** The `answers` query parameter read from a link; malformed parts are listed, never thrown. */
export type ParsedAnswers =
  | { ok: true; answers: WizardAnswer[] }
  | { ok: false; answers: WizardAnswer[]; malformed: string[] };

/**
 * Reads the (already URL-decoded) `answers` parameter. Empty parts are ignored, so a trailing or
 * doubled comma is harmless; parts that are not `question:option` are reported.
 */
export function parseAnswersParam(value: string | null | undefined): ParsedAnswers {
  const answers: WizardAnswer[] = [];
  const malformed: string[] = [];
  for (const part of (value ?? '').split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const [questionId, optionId, ...rest] = trimmed.split(':');
    if (rest.length === 0 && isKebabId(questionId) && isKebabId(optionId)) answers.push({ questionId, optionId });
    else malformed.push(trimmed);
  }
  return malformed.length === 0 ? { ok: true, answers } : { ok: false, answers, malformed };
}

/**
 * Reads `changed` and `dropped` from a step URL's query; undefined without a well-formed
 * `changed`. Malformed dropped parts are left out: the notice only names what it can read.
 */
export function parseChangedQuestion(query: { get(name: string): string | null }): ChangedQuestion | undefined {
  const changed = query.get('changed');
  if (changed === null || !isKebabId(changed)) return undefined;
  return { changed, dropped: parseAnswersParam(query.get('dropped')).answers };
}

/**
 * The address a reader sees for a route path: the internal variants of a step (`answersStepRoute`,
 * `unmatchedStepRoute`, `changedStepRoute`) are served at the step's own URL, with the answers the
 * cached variant holds. Every other path is its own address.
 */
export function publicPathOf(path: string): string {
  const route = parseSitePath(path);
  if (route?.kind === 'answers-step') return stepPath(route.treeId, route.stepId, parseAnswersParam(route.answers).answers);
  if (route?.kind === 'unmatched-step' || route?.kind === 'changed-step') return stepPath(route.treeId, route.stepId);
  return path;
}

/** What a path names; segments are as they arrive (possibly percent-encoded). */
export type SitePath =
  | { kind: 'home' }
  | { kind: 'all-articles' }
  /** `/articles/page/<page>`: `page` is the segment as written, checked by the list. */
  | { kind: 'all-articles-page'; page: string }
  | { kind: 'article'; slug: string }
  | { kind: 'browse'; browse: BrowseKind; slug: string; page?: string }
  | { kind: 'trees' }
  | { kind: 'tree'; treeId: string }
  | { kind: 'tree-map'; treeId: string }
  | { kind: 'client-tree'; treeId: string }
  | { kind: 'step'; treeId: string; stepId: string }
  | { kind: 'changed-step'; treeId: string; stepId: string }
  /** The internal routes behind a step URL with answers (`answersStepRoute`, `unmatchedStepRoute`). */
  | { kind: 'answers-step'; treeId: string; stepId: string; origin: string; answers: string }
  | { kind: 'unmatched-step'; treeId: string; stepId: string; origin: string };

const KIND_OF_BROWSE_FOLDER = new Map(Object.entries(BROWSE_FOLDERS).map(([kind, folder]) => [folder.slice(1), kind as BrowseKind]));

/**
 * What `pathname` (no query or fragment) names among the site's pages with ids in them and their
 * lists, or undefined. One trailing slash is allowed, empty segments are not.
 */
export function parseSitePath(pathname: string): SitePath | undefined {
  const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  if (trimmed === HOME_PATH) return { kind: 'home' };
  if (!trimmed.startsWith('/')) return undefined;
  const [folder, ...rest] = trimmed.slice(1).split('/');
  if (rest.some((segment) => segment === '')) return undefined;
  if (folder === ALL_ARTICLES_PATH.slice(1)) return parseArticlesPath(rest);
  if (folder === TREES_PATH.slice(1)) return parseTreesPath(rest);
  const browse = KIND_OF_BROWSE_FOLDER.get(folder ?? '');
  if (browse === undefined) return undefined;
  const [slug, pageSegment, page, ...beyond] = rest;
  if (slug === undefined || beyond.length > 0) return undefined;
  if (pageSegment === undefined) return { kind: 'browse', browse, slug };
  return pageSegment === PAGE_SEGMENT && page !== undefined ? { kind: 'browse', browse, slug, page } : undefined;
}

function parseArticlesPath([first, second, ...beyond]: string[]): SitePath | undefined {
  if (first === undefined) return { kind: 'all-articles' };
  if (second === undefined) return { kind: 'article', slug: first };
  // An article's URL is one segment deep, so `/articles/page/<n>` can never be one.
  return first === PAGE_SEGMENT && beyond.length === 0 ? { kind: 'all-articles-page', page: second } : undefined;
}

function parseTreesPath([treeId, step, sub, ...beyond]: string[]): SitePath | undefined {
  if (treeId === undefined) return { kind: 'trees' };
  if (step === undefined) return { kind: 'tree', treeId };
  if (sub === undefined) {
    if (step === TREE_PAGE_SEGMENTS.map) return { kind: 'tree-map', treeId };
    if (step === TREE_PAGE_SEGMENTS.clientTree) return { kind: 'client-tree', treeId };
    return { kind: 'step', treeId, stepId: step };
  }
  const [origin, answers, ...further] = beyond;
  if (sub === CHANGED_STEP_SEGMENT) return beyond.length === 0 ? { kind: 'changed-step', treeId, stepId: step } : undefined;
  if (sub === UNMATCHED_STEP_SEGMENT && origin !== undefined && answers === undefined) {
    return { kind: 'unmatched-step', treeId, stepId: step, origin };
  }
  if (sub === ANSWERS_STEP_SEGMENT && origin !== undefined && answers !== undefined && further.length === 0) {
    return { kind: 'answers-step', treeId, stepId: step, origin, answers };
  }
  return undefined;
}
