import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// gokrb5's raw Kerberos AP-REQ (see the fixture's header): realm TEST.GOKRB5, service HTTP/host.test.gokrb5.
const fixture = readFileSync(new URL('../fixtures/auth/30_gokrb5_raw_kerberos_apreq.b64.txt', import.meta.url), 'utf8');
const apReq = fixture.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'))?.trim() ?? '';
// Cut as a paste loses its end: at a length of 1 mod 4, inside the ticket's encrypted part.
const cut = apReq.slice(0, 401);
const transcript = [
  '2024-05-01T10:00:00.120Z C: GET /app/ HTTP/1.1',
  '2024-05-01T10:00:00.121Z C: Host: host.test.gokrb5',
  '2024-05-01T10:00:00.180Z S: HTTP/1.1 401 Unauthorized',
  '2024-05-01T10:00:00.181Z S: WWW-Authenticate: Negotiate',
  '2024-05-01T10:00:00.300Z C: GET /app/ HTTP/1.1',
  `2024-05-01T10:00:00.301Z C: Authorization: Negotiate ${cut}`,
  '2024-05-01T10:00:00.350Z S: HTTP/1.1 401 Unauthorized',
].join('\n');

async function analyse(page: Page) {
  await page.goto('/diagnose');
  const input = page.getByLabel('Paste headers, a transcript or tokens');
  await expect(input).toBeEnabled();
  await input.fill(transcript);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results).toBeVisible();
  return results;
}

test('a prefixed transcript with a cut token shows the realm and SPN the ticket is for', async ({ page }) => {
  const results = await analyse(page);
  await expect(results).toContainText('as an HTTP transcript');
  await expect(results).toContainText('The client obtained a Kerberos service ticket for HTTP/host.test.gokrb5@TEST.GOKRB5.');
  await expect(results).toContainText('it declares 615 bytes and 300 arrived');
  await expect(results.getByRole('link', { name: /SPN/ })).toHaveAttribute('href', '/articles/kerberos-spn-missing-or-duplicate');
  const timeline = results.getByRole('list', { name: 'Exchanges in order' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('Negotiate with Kerberos ticket (AP-REQ) (cut short)');
  await expect(results).toContainText('300 of the 615 bytes it declares');
  // The service is shown without asking for names; the switch is for names of people and computers.
  await expect(page.getByLabel('Show names found in NTLM messages')).not.toBeChecked();
  // The results show the token only by its first characters (the paste box still holds it all).
  await expect(results).not.toContainText(cut.slice(16, 40));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the results of a pasted transcript have no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await analyse(page);
    for (const summary of await page.locator('summary').all()) await summary.click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
