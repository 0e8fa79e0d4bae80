import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Edge's Kerberos ticket is refused, then Chrome signs in with NTLM inside Negotiate (see diagnose.spec.ts).
const harText = readFileSync(new URL('../fixtures/auth/50_har_edge_kerberos_refused_chrome_ntlm_ok.har', import.meta.url), 'utf8');

/** Pastes `text` (the whole HAR file unless told) on /de/diagnose, analyses it, and returns the results. */
async function analyseInGerman(page: Page, text = harText) {
  await page.goto('/de/diagnose');
  const paste = page.getByLabel('Header, ein Protokoll oder Token einfügen');
  // Enabled once the island has hydrated.
  await expect(paste).toBeEnabled();
  await paste.fill(text);
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

test('a HAR file cut short gets its skipped note, its evidence lines and where each was read in German', async ({ page }) => {
  const results = await analyseInGerman(page, harText.slice(0, Math.floor(harText.length * 0.8)));
  await expect(results).toContainText(
    'Die HAR-Datei ist kein gültiges JSON (sie ist vielleicht abgeschnitten), daher konnten Anfragen und Antworten nicht einander zugeordnet werden; ihre Authentifizierungs-Header wurden einzeln gelesen.',
  );
  const evidence = results.getByRole('listitem').filter({ hasText: 'Der Browser hat auf Negotiate mit NTLM statt Kerberos geantwortet' });
  await evidence.locator('summary').first().click();
  // Header names, schemes and token names stay as they were read; the words around them are German.
  await expect(evidence.getByRole('listitem').first()).toHaveText(/^Austausch \d+ \(HAR-Text bei Zeichen \d+\): Authorization: Negotiate <NTLM Typ 1 \(Negotiate\), \d+ Bytes>$/);
  await expect(results.getByRole('list', { name: 'Austausche der Reihe nach' })).toContainText('· HAR-Text bei Zeichen');
  for (const english of ['HAR text at character', 'exchange ', 'was not read', 'were read one by one', ' bytes']) await expect(results).not.toContainText(english);
});

test("a token's note is written in German, its names as they were read", async ({ page }) => {
  // An NTLM message of type 7: the signature is read, the type is not one NTLM defines.
  const results = await analyseInGerman(page, 'WWW-Authenticate: NTLM TlRMTVNTUAAHAAAA');
  await expect(results).toContainText('NTLM-Nachricht des unbekannten Typs 7');
  await expect(results).not.toContainText('of unknown type');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the German findings have no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await analyseInGerman(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
