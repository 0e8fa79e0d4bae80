// Types for the TypeScript that imports it (it stays .mjs so `npm start` runs on plain node).
export function brotliBest(data: Buffer): Promise<Buffer>;
export function gzipBest(data: Buffer): Promise<Buffer>;
