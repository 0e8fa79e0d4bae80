import type { ContentProblem } from './problem';

/** What the redirect rules need of an article: its slug, and the old slugs it replaces. */
export interface RedirectingArticle {
  slug: string;
  redirectFrom: readonly string[];
}

/**
 * Old slug → the slug of the article that replaced it, from every article's `redirectFrom`. The
 * content check guarantees each old slug is claimed once and is not a live article; should that be
 * broken at run time anyway, the first claim in slug order wins (whatever order articles are
 * listed in), and a live article is never shadowed: the proxy asks only about slugs no article has.
 */
export function articleRedirects(articles: readonly RedirectingArticle[]): Map<string, string> {
  const redirects = new Map<string, string>();
  const bySlug = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const article of bySlug) {
    for (const old of article.redirectFrom) if (!redirects.has(old)) redirects.set(old, article.slug);
  }
  return redirects;
}

/** Where an article's `redirectFrom` is, for problems about it. */
export interface RedirectingArticleFile extends RedirectingArticle {
  file: string;
  redirectLine: number;
}

/**
 * An old slug must not be a live article (the redirect could never answer) nor be claimed by two
 * articles (which one would a pasted link reach?).
 */
export function redirectProblems(articles: readonly RedirectingArticleFile[], liveSlugs: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claimedBy = new Map<string, RedirectingArticleFile>();
  for (const article of articles) {
    for (const old of article.redirectFrom) {
      const where = { file: article.file, line: article.redirectLine };
      if (liveSlugs.has(old)) {
        problems.push({ ...where, message: `redirectFrom "${old}" is a live article: a slug redirects only once its article is gone; remove it from redirectFrom or rename that article` });
        continue;
      }
      const first = claimedBy.get(old);
      if (first) {
        problems.push({ ...where, message: `redirectFrom "${old}" is already claimed by ${first.file}: an old slug can lead to one article only` });
        continue;
      }
      claimedBy.set(old, article);
    }
  }
  return problems;
}
