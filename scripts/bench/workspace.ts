/**
 * An isolated copy of the project to build in, so the bench never touches the developer's `.next`:
 * the tracked files, plus node_modules hard-linked (Turbopack refuses a symlinked node_modules, and
 * a hard-linked tree costs seconds and no disk).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onCleanup } from './cleanup';

/** Where the bench works: `root` holds `app/` (the project copy) and `content/` (the corpus). */
export interface Workspace {
  root: string;
  app: string;
  content: string;
}

/** Creates the workspace; it is removed on exit unless `keep` is set. */
export function createWorkspace(projectRoot: string, keep: boolean): Workspace {
  const root = mkdtempSync(path.join(tmpdir(), 'fixpath-bench-'));
  if (!keep) onCleanup(() => rmSync(root, { recursive: true, force: true }));
  const app = path.join(root, 'app');
  copyProject(projectRoot, app);
  return { root, app, content: path.join(root, 'content') };
}

/**
 * Copies the project into `app`: tracked files plus new ones not yet committed (but not ignored ones
 * such as .next), the project as its developer sees it, so the bench measures the working tree and
 * next build's type check sees every file that a tracked one imports.
 */
export function copyProject(projectRoot: string, app: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: projectRoot, encoding: 'utf8' });
  const tracked = [...new Set(listed.split('\0').filter(Boolean))];
  for (const file of tracked) {
    const from = path.join(projectRoot, file);
    if (!existsSync(from)) continue; // deleted in the working tree but not yet committed
    mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
    copyFileSync(from, path.join(app, file));
  }
  linkNodeModules(projectRoot, app);
}

/** Gives `dir` the project's node_modules, hard-linked: Turbopack refuses a symlinked one. */
export function linkNodeModules(projectRoot: string, dir: string): void {
  execFileSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules')]);
}
