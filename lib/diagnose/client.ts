import { phrase, type Phrase } from './phrase';

// Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
const FAMILIES: [RegExp, string][] = [
  [/Trident\/|MSIE /, 'Internet Explorer'],
  [/ Edge\/\d/, 'Edge (legacy)'],
  [/ Edg(A|iOS)?\/\d/, 'Edge'],
  [/Firefox\/\d/, 'Firefox'],
  [/ OPR\/\d/, 'Opera'],
  [/Chrome\/\d|Chromium\/\d/, 'Chrome'],
  [/Safari\/\d/, 'Safari'],
  [/^curl\//, 'curl'],
  [/^Wget\//, 'Wget'],
  [/python-requests|Python-urllib/, 'Python'],
  [/WinRM/, 'WinRM'],
  [/PowerShell/, 'PowerShell'],
];
const BROWSERS = new Set(['Internet Explorer', 'Edge (legacy)', 'Edge', 'Firefox', 'Opera', 'Chrome', 'Safari']);

/** The browser or tool family a User-Agent names, or "other"; null without a User-Agent. */
export function clientFamily(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  for (const [pattern, family] of FAMILIES) if (pattern.test(userAgent)) return family;
  return 'other';
}

/** True for web browsers (as opposed to curl, scripts and agents). */
export function isBrowser(family: string | null): boolean {
  return family !== null && BROWSERS.has(family);
}

/** "the browser (Edge)", "the browser" when unknown, or a tool's own name ("curl"); `start` for the start of a sentence. */
export function clientPhrase(family: string | null, start = false): Phrase | string {
  if (family === null || family === 'other') return phrase(start ? 'clientBrowserStart' : 'clientBrowser');
  return isBrowser(family) ? phrase(start ? 'clientBrowserNamedStart' : 'clientBrowserNamed', { name: family }) : family;
}
