/**
 * Where a compile pool worker starts (compile-pool.server.ts). It registers tsx's ESM hooks in this
 * thread and imports the TypeScript worker as ES modules: loaded through require instead, remark
 * and micromark ran ~1.5× slower in the worker (esbuild's CommonJS wrappers on every import).
 */
import { register } from 'tsx/esm/api';

register();
const { default: runPass } = await import('./compile-worker.server.ts');

export default runPass;
