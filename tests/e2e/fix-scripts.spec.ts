import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

const procedure = '#confirm-disable-negotiate';

for (const [link, data] of [
  ['Download the change (.reg)', 'dword:00000000'],
  ['Download the undo (.reg)', 'dword:00000001'],
] as const) {
  test(`${link} under the registry procedure downloads a .reg file regedit can import`, async ({ page }) => {
    await page.goto('/articles/windows-auth-fails-in-ie-edge');
    const downloads = page.getByRole('group', { name: /^Ready-to-run files for/ });
    await expect(page.locator(`${procedure} + .registry-scripts`)).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: link }).click()]);
    expect(download.suggestedFilename()).toMatch(/^windows-auth-fails-in-ie-edge-confirm-disable-negotiate-(apply|undo)\.reg$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.split('\r\n')).toEqual([
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings]',
      `"EnableNegotiate"=${data}`,
      '',
    ]);
  });
}

test('the download says in plain words what each file changes', async ({ page }) => {
  await page.goto('/articles/windows-auth-fails-in-ie-edge');
  const downloads = page.getByRole('group', { name: /^Ready-to-run files for/ });
  await expect(downloads).toContainText('Internet Settings\\EnableNegotiate (REG_DWORD) to 0');
  await expect(downloads).toContainText('EnableNegotiate back to 1');
  await expect(downloads).toContainText('changes the registry at once');
});

test('the IIS fix offers appcmd and PowerShell commands, each with its undo, ready to copy', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/articles/windows-auth-fails-in-ie-edge#command-line');
  const commands = page.getByRole('group', { name: 'Commands to remove Negotiate from the IIS site Contoso' });
  await expect(commands).toContainText('What these commands change: Removes Negotiate from the Windows Authentication providers of the IIS site "Contoso"');
  await expect(commands).toContainText('Any other IIS change made since then is undone too');

  const copied = async (name: string) => {
    await commands.getByRole('button', { name }).click();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  expect(await copied('Copy Command Prompt command: appcmd, make the change')).toBe(
    [
      '%systemroot%\\system32\\inetsrv\\appcmd.exe add backup "fixpath-contoso-before-removing-negotiate"',
      '%systemroot%\\system32\\inetsrv\\appcmd.exe set config "Contoso" -section:system.webServer/security/authentication/windowsAuthentication /-"providers.[value=\'Negotiate\']" /commit:apphost',
    ].join('\n'),
  );
  expect(await copied('Copy Command Prompt command: appcmd, undo')).toBe(
    '%systemroot%\\system32\\inetsrv\\appcmd.exe restore backup "fixpath-contoso-before-removing-negotiate"',
  );
  expect(await copied('Copy PowerShell command: WebAdministration, undo')).toMatch(
    /^Clear-WebConfiguration -PSPath 'MACHINE\/WEBROOT\/APPHOST' -Location 'Contoso' -Filter '.*\/providers'$/,
  );
  await context.close();
});
