// Types for the TypeScript that imports it (it stays .mjs so `npm run build` runs on plain node).
export function compileFingerprint(root: string, env: Record<string, string | undefined>): string;
