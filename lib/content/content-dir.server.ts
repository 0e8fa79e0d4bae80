import path from 'node:path';

/**
 * The content folder: `CONTENT_DIR` when set (to build the site from another corpus), else `./content`.
 * Resolved against the working directory, which is the project root for npm scripts and Next.
 */
export function contentDir(): string {
  // The folder is chosen at run time on purpose; tell the bundler not to trace the whole project.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}
