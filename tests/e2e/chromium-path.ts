import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet on a machine with no internet and no sandbox. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Playwright cannot download its own browser here, so point it at one: CHROME_PATH, else Debian's
 * chromium, else the build shipped inside the @sparticuz/chromium npm package.
 */
export async function chromiumExecutablePath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}
