import 'server-only';
import { z } from 'zod';

/** A whole-number environment variable, whose messages name the variable. */
function wholeNumberSetting(variable: string, min: number, belowMin: string) {
  const notWhole = `${variable} must be a whole number`;
  return z.coerce.number({ error: notWhole }).int(notWhole).min(min, `${variable} ${belowMin}`);
}

const siteConfigSchema = z.object({
  /** Where "Edit this page" points: the repository's web address and branch. */
  repositoryUrl: z.url().default('https://github.com/fixpath/fixpath'),
  repositoryBranch: z.string().min(1).default('main'),
  /**
   * How many of the newest articles `next build` renders ahead: by default the dozen the home page
   * lists. The rest render on their first request (some 50 ms once the server is warm) and are
   * cached from then on. Every page rendered ahead is rendered again by every build, about 27 ms
   * each on two cores: 100 articles kept a rebuild after one edit above 15 s (issue 8).
   */
  prerenderedArticles: wholeNumberSetting('FIXPATH_PRERENDER_ARTICLES', 0, 'cannot be negative').default(12),
  /**
   * How many steps of each troubleshooter `next build` renders ahead, those nearest the start first;
   * the rest render on their first request (or on the prefetch of the answer leading there) and are
   * cached from then on. All 200 steps of a big tree cost every rebuild 5 s (issue 8).
   */
  prerenderedSteps: wholeNumberSetting('FIXPATH_PRERENDER_STEPS', 0, 'cannot be negative').default(12),
  /** Articles per page on a tag or product page; later pages render on their first request. */
  browsePageSize: wholeNumberSetting('FIXPATH_BROWSE_PAGE_SIZE', 1, 'must be at least 1').default(20),
  /** Titles per page on the list of every article (/articles): one line each, so more than a tag page's cards. */
  allArticlesPageSize: wholeNumberSetting('FIXPATH_ALL_ARTICLES_PAGE_SIZE', 1, 'must be at least 1').default(100),
  /**
   * The site's public origin (`https://support.example.com`), for the absolute URLs that leave the
   * site: link previews' canonical URL, the sitemap. Unset, pages build links from the request's host
   * and leave out what needs a fixed origin.
   */
  publicUrl: z
    .url({ error: 'FIXPATH_PUBLIC_URL must be an absolute http(s) URL, such as https://support.example.com' })
    .refine((url) => /^https?:\/\/[^/]+\/?$/.test(url), 'FIXPATH_PUBLIC_URL must be an origin only, without a path')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Reads the settings from environment variables; an empty variable means "use the default". */
export function parseSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  return siteConfigSchema.parse({
    repositoryUrl: env.FIXPATH_REPOSITORY_URL || undefined,
    repositoryBranch: env.FIXPATH_REPOSITORY_BRANCH || undefined,
    prerenderedArticles: env.FIXPATH_PRERENDER_ARTICLES || undefined,
    prerenderedSteps: env.FIXPATH_PRERENDER_STEPS || undefined,
    browsePageSize: env.FIXPATH_BROWSE_PAGE_SIZE || undefined,
    allArticlesPageSize: env.FIXPATH_ALL_ARTICLES_PAGE_SIZE || undefined,
    publicUrl: env.FIXPATH_PUBLIC_URL || undefined,
  });
}

/** Site settings from the environment, checked once so a typo fails at start-up, not on a page. */
export const siteConfig = parseSiteConfig(process.env);

export const siteName = 'Fixpath';

/** The web page where an author edits a content file. */
export function editUrl(sourcePath: string): string {
  const base = siteConfig.repositoryUrl.replace(/\/+$/, '');
  return `${base}/edit/${siteConfig.repositoryBranch}/${sourcePath.split('\\').join('/')}`;
}
