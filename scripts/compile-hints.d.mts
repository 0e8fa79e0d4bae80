// Types for the TypeScript that imports it (it stays .mjs so `postbuild` runs on plain node).
export const COMPILE_HINT: string;
export function withCompileHint(source: string): string;
export function addCompileHints(dir: string): Promise<number>;
