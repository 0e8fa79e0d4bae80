import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';

// Built by hand from real token values (its header names the sources): Edge's Kerberos ticket is
// refused, then Chrome signs in with NTLM inside Negotiate.
const harFile = new URL('../fixtures/auth/50_har_edge_kerberos_refused_chrome_ntlm_ok.har', import.meta.url);
const harText = readFileSync(harFile, 'utf8');

interface HarHeader {
  name: string;
  value: string;
}
interface HarEntry {
  request: { method: string; url: string; headers: HarHeader[] };
  response: { status: number; statusText: string; headers: HarHeader[] };
}
const entries = (JSON.parse(harText) as { log: { entries: HarEntry[] } }).log.entries;

/** The same exchanges as a raw HTTP transcript, as a user would paste them from a proxy log. */
function transcriptOf(list: readonly HarEntry[]): string {
  const lines = (headers: HarHeader[]) =>
    headers.filter((header) => !header.name.startsWith(':')).flatMap((header) => header.value.split('\n').map((value) => `${header.name}: ${value}`));
  return list
    .filter((entry) => entry.response.status > 0)
    .map((entry) => {
      const url = new URL(entry.request.url);
      return [
        `${entry.request.method} ${url.pathname}${url.search} HTTP/1.1`,
        `Host: ${url.host}`,
        ...lines(entry.request.headers).filter((line) => !/^host:/i.test(line)),
        '',
        `HTTP/1.1 ${entry.response.status} ${entry.response.statusText || 'Status'}`,
        ...lines(entry.response.headers),
        '',
        '',
      ].join('\n');
    })
    .join('');
}

// Every Negotiate/NTLM token in the fixture; none may leave the page or appear whole on it.
const tokens = entries
  .flatMap((entry) => [...entry.request.headers, ...entry.response.headers])
  .flatMap((header) => header.value.split('\n'))
  .map((value) => /^(?:Negotiate|NTLM) (\S{40,})$/.exec(value)?.[1])
  .filter((token): token is string => token !== undefined);
// Past the twelve characters the page may show, so finding one is a leak.
const secrets = tokens.map((token) => token.slice(16, 40));

function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

function expectNoneCarriesInput(requests: readonly Request[]) {
  // The analysis code itself arrives on the first Analyse, so the recorder did see requests.
  expect(requests.some((request) => request.url().includes('/_next/static/chunks/'))).toBe(true);
  for (const request of requests) {
    const carried = `${request.url()}\n${request.postData() ?? ''}\n${JSON.stringify(request.headers())}`;
    for (const secret of secrets) expect(carried, `${request.method()} ${request.url()}`).not.toContain(secret);
  }
}

async function openTool(page: Page) {
  await page.goto('/diagnose');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Diagnose/);
  // Controls are enabled once the island has hydrated; before that nothing could analyse.
  await expect(page.getByLabel('Paste headers, a transcript or tokens')).toBeEnabled();
}

async function expectEdgeAndChromeResults(page: Page) {
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ findings?$/);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('heading', { name: 'Results' })).toBeFocused();
  await expect(results).toContainText('answered Negotiate with a Kerberos ticket and got 401 again');
  await expect(results).toContainText('answered Negotiate with NTLM');
  const timeline = results.getByRole('list', { name: 'Exchanges in order' });
  await expect(timeline.getByRole('listitem')).toHaveCount(5);
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('Negotiate with SPNEGO NegTokenInit, carrying Kerberos ticket');
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('401 (not signed in), offering Negotiate; NTLM');
  await expect(timeline.getByRole('listitem').nth(4)).toContainText('200 (success)');
  await expect(results).toContainText('Kerberos, NTLMSSP');
  await expect(results).toContainText(/YIIFlQYGKwYB…\[\d+ chars\]/);
  const shown = await page.locator('body').innerText();
  for (const secret of secrets) expect(shown).not.toContain(secret);
  // Names inside NTLM and Kerberos messages stay hidden until asked for.
  await expect(page.getByLabel('Show names found in NTLM messages')).not.toBeChecked();
  await expect(results).not.toContainText('vagrant-domain');
}

test('pasted headers are analysed in the page, with tokens redacted and nothing sent', async ({ page }) => {
  await openTool(page);
  const requests = recordRequests(page);
  await page.getByLabel('Paste headers, a transcript or tokens').fill(transcriptOf(entries));
  await page.getByRole('button', { name: 'Analyse' }).click();
  await expectEdgeAndChromeResults(page);
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('as an HTTP transcript');
  expectNoneCarriesInput(requests);
});

test('an uploaded HAR file is analysed in the page and nothing is sent', async ({ page }) => {
  await openTool(page);
  const requests = recordRequests(page);
  await page.getByLabel('Or choose a HAR file').setInputFiles({ name: 'capture.har', mimeType: 'application/json', buffer: Buffer.from(harText) });
  await expectEdgeAndChromeResults(page);
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('Read capture.har as a HAR file');

  await page.getByLabel('Show names found in NTLM messages').check();
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('vagrant-domain@DOMAIN.LOCAL');
  expectNoneCarriesInput(requests);
});

test('the findings continue in the troubleshooter with the answers filled in', async ({ page }) => {
  await openTool(page);
  await page.getByLabel('Or choose a HAR file').setInputFiles({ name: 'capture.har', mimeType: 'application/json', buffer: Buffer.from(harText) });
  const onward = page.getByRole('link', { name: 'Continue in the troubleshooter' });
  await expect(onward).toHaveAttribute('href', /^\/wizard\/windows-auth-login\/[a-z0-9-]+\?answers=[a-z0-9:,-]+$/);
  const href = await onward.getAttribute('href');
  await onward.click();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === href);
  const answers = page.getByRole('region', { name: 'Your answers' });
  await expect(answers).toBeVisible();
  await expect(answers.getByRole('link', { name: /^Change your answer/ })).not.toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the results have no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openTool(page);
    await page.getByLabel('Paste headers, a transcript or tokens').fill(transcriptOf(entries));
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect(page.getByRole('region', { name: 'Results' })).toBeVisible();
    // Open every evidence list so its text is checked too.
    for (const summary of await page.locator('summary').all()) await summary.click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
