import { z } from 'zod';

const siteConfigSchema = z.object({
  /** Where "Edit this page" points: the repository's web address and branch. */
  repositoryUrl: z.url().default('https://github.com/fixpath/fixpath'),
  repositoryBranch: z.string().min(1).default('main'),
});

/** Site settings from the environment, checked once so a typo fails at start-up, not on a page. */
export const siteConfig = siteConfigSchema.parse({
  repositoryUrl: process.env.FIXPATH_REPOSITORY_URL || undefined,
  repositoryBranch: process.env.FIXPATH_REPOSITORY_BRANCH || undefined,
});

export const siteName = 'Fixpath';

/** The web page where an author edits a content file. */
export function editUrl(sourcePath: string): string {
  const base = siteConfig.repositoryUrl.replace(/\/+$/, '');
  return `${base}/edit/${siteConfig.repositoryBranch}/${sourcePath.split('\\').join('/')}`;
}
