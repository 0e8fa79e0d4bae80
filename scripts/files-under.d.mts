// Types for the TypeScript that imports it (it stays .mjs so the build scripts run on plain node).
export function filesUnder(dir: string): string[];
