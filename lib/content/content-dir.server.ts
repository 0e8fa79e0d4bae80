import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The content folder: `CONTENT_DIR` when set (to build the site from another corpus), else `./content`.
 * Resolved against the working directory, which is the project root for npm scripts and Next.
 */
export function contentDir(): string {
  // The folder is chosen at run time on purpose; tell the bundler not to trace the whole project.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

/** Files of one content folder that `accept` takes, sorted so every build lists them in the same order; none without the folder. */
export function contentFolderFiles(root: string, folder: string, accept: (name: string) => boolean): string[] {
  const dir = path.join(root, folder);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter(accept).sort().map((name) => path.join(dir, name));
}
