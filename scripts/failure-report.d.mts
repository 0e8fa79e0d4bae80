// Types for tests that import the failure report (it stays .mjs so `npm start` runs on plain node).
export function createFailureReport(log?: (line: string) => void): (method: string, url: string, status: number) => void;
