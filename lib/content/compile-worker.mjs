/**
 * Where a compile pool worker starts (compile-pool.server.ts). It registers tsx's ESM hooks in this
 * thread, then imports the TypeScript worker as ES modules, as the main thread runs them. Loaded
 * through require, the worker could not use import() or named exports: those go through Node's ESM
 * loader, which the `--import tsx` hooks do not reach in a worker thread.
 */
import { register } from 'tsx/esm/api';

register();
const { default: runPass } = await import('./compile-worker.server.ts');

export default runPass;
