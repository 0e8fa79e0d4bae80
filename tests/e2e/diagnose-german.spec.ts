import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Edge's Kerberos ticket is refused, then Chrome signs in with NTLM inside Negotiate (see diagnose.spec.ts).
const harText = readFileSync(new URL('../fixtures/auth/50_har_edge_kerberos_refused_chrome_ntlm_ok.har', import.meta.url), 'utf8');

async function analyseInGerman(page: Page) {
  await page.goto('/de/diagnose');
  const paste = page.getByLabel('Header, ein Protokoll oder Token einfügen');
  // Enabled once the island has hydrated.
  await expect(paste).toBeEnabled();
  await paste.fill(harText);
  await page.getByRole('button', { name: 'Analysieren' }).click();
  const results = page.getByRole('region', { name: 'Ergebnisse' });
  await expect(results).toBeVisible();
  return results;
}

test('a capture pasted on /de/diagnose gets its findings in German', async ({ page }) => {
  const results = await analyseInGerman(page);
  await expect(results).toContainText(
    'Der Server bietet Negotiate und NTLM an; der Browser (Edge) hat auf Negotiate mit einem Kerberos-Ticket geantwortet und erneut 401 erhalten.',
  );
  await expect(results).toContainText('Der Browser (Chrome) hat auf Negotiate mit NTLM statt Kerberos geantwortet (eine reine NTLM-Nachricht unter dem Namen Negotiate).');
  await expect(results).toContainText('Ein Kerberos-Ticket stammt von einem Domänencontroller');
  await expect(results.getByRole('link', { name: 'Den SPN der Website prüfen: fehlend, doppelt oder beim falschen Konto' })).toHaveAttribute(
    'href',
    /^\/de\/articles\/kerberos-spn-missing-or-duplicate/,
  );
  // None of the English sentences remains.
  await expect(results).not.toContainText('answered Negotiate');
  await expect(results).not.toContainText('What this suggests');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the German findings have no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await analyseInGerman(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
