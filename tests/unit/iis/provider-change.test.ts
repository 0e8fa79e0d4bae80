import { describe, expect, it } from 'vitest';
import { effectiveProviders, inheritsServerList, insertProviderAt, removeProvider, setServerProviders } from '@/lib/iis/providers-config';
import {
  DEFAULT_PROVIDERS,
  iisProviderChangeSchema,
  iisProviderCommands,
  type IisProviderChange,
  type ToolCommands,
} from '@/lib/iis/provider-change';
import { freshServer, run, settingAfterAppcmdUndo } from './iis-commands';
import { englishIisEffect } from '@/lib/iis/effects';

// Written out, not imported, so a change to the generator's constants cannot hide from these tests.
const SECTION = 'system.webServer/security/authentication/windowsAuthentication';
const APPCMD = String.raw`%systemroot%\system32\inetsrv\appcmd.exe`;

function tool(change: IisProviderChange, name: ToolCommands['tool']): ToolCommands {
  return iisProviderCommands(change).tools.find((candidate) => candidate.tool === name)!;
}

describe('IIS provider commands generated from one record', () => {
  const article: IisProviderChange = { site: 'Contoso', provider: 'Negotiate' };

  it("keeps Microsoft's documented appcmd sample word for word, with appcmd's full path", () => {
    const microsoftSample = `appcmd.exe set config "Contoso" -section:${SECTION} /-"providers.[value='Negotiate']" /commit:apphost`;
    const lines = tool(article, 'appcmd').apply.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ add backup "/);
    expect(lines[1]).toBe(`${APPCMD.replace('appcmd.exe', '')}${microsoftSample}`);
  });

  for (const provider of DEFAULT_PROVIDERS) {
    for (const name of ['appcmd', 'WebAdministration'] as const) {
      it(`${name}: removing ${provider} leaves the other provider, and the undo restores the default order`, () => {
        const commands = tool({ site: 'Default Web Site', provider }, name);
        const server = freshServer();
        run(server, commands.apply);
        expect(effectiveProviders(server.providers, 'Default Web Site')).toEqual(DEFAULT_PROVIDERS.filter((kept) => kept !== provider));
        expect(effectiveProviders(server.providers, 'Intranet')).toEqual([...DEFAULT_PROVIDERS]);
        run(server, commands.undo);
        expect(effectiveProviders(server.providers, 'Default Web Site')).toEqual([...DEFAULT_PROVIDERS]);
        expect(inheritsServerList(server.providers, 'Default Web Site')).toBe(true);
        expect(effectiveProviders(server.providers, 'Intranet')).toEqual([...DEFAULT_PROVIDERS]);
      });
    }
  }

  it('says that the appcmd undo also reverts other IIS changes made after the backup', () => {
    const commands = tool(article, 'appcmd');
    expect(settingAfterAppcmdUndo(commands)).toBe('false');
    expect(englishIisEffect(commands.undoEffect)).toMatch(/Any other IIS change made since then is undone too/);
  });

  it('the PowerShell undo lets the site follow server-level changes again, which adding the provider back at its index would not', () => {
    const commands = tool(article, 'WebAdministration');
    const server = freshServer();
    run(server, commands.apply);
    // The former undo: Add-WebConfigurationProperty -AtIndex 0. The order comes back, but the
    // site keeps a list of its own, so a later server-level change no longer reaches it.
    const addedBack = insertProviderAt(server.providers, 'Contoso', 'Negotiate', 0);
    expect(effectiveProviders(addedBack, 'Contoso')).toEqual(['Negotiate', 'NTLM']);
    expect(inheritsServerList(addedBack, 'Contoso')).toBe(false);
    expect(effectiveProviders(setServerProviders(addedBack, ['NTLM']), 'Contoso')).toEqual(['Negotiate', 'NTLM']);

    run(server, commands.undo);
    expect(inheritsServerList(server.providers, 'Contoso')).toBe(true);
    expect(effectiveProviders(setServerProviders(server.providers, ['NTLM']), 'Contoso')).toEqual(['NTLM']);
    expect(englishIisEffect(commands.undoEffect)).not.toMatch(/Nothing else changes/);
    expect(englishIisEffect(commands.undoEffect)).toMatch(/uses the server's list again/);
  });

  it('refuses, like IIS, to remove a provider the site no longer has', () => {
    const server = freshServer();
    run(server, tool(article, 'WebAdministration').apply);
    expect(() => removeProvider(server.providers, 'Contoso', 'Negotiate')).toThrow(/not a provider/);
  });

  it('names backups per site and provider, so fixing two sites keeps both backups', () => {
    const first = tool({ site: 'Default Web Site', provider: 'Negotiate' }, 'appcmd');
    const second = tool({ site: 'Intranet', provider: 'Negotiate' }, 'appcmd');
    expect(first.undo).toContain('"fixpath-default-web-site-before-removing-negotiate"');
    expect(second.undo).not.toBe(first.undo);
  });

  it('describes the change in plain words, naming the site and what stays', () => {
    expect(englishIisEffect(iisProviderCommands(article).applyEffect)).toBe(
      'Removes Negotiate from the Windows Authentication providers of the IIS site "Contoso", in applicationHost.config. From then on the site offers only NTLM, to every visitor.',
    );
  });
});

describe('the IIS record', () => {
  it.each([
    [{ site: 'Contoso"&del', provider: 'Negotiate' }, 'site must not contain quotes'],
    [{ site: "O'Brien", provider: 'Negotiate' }, 'site must not contain quotes'],
    [{ site: '  ', provider: 'Negotiate' }, 'site is empty'],
    [{ site: 'Contoso', provider: 'Kerberos' }, 'provider must be one of Negotiate, NTLM'],
  ])('refuses %j', (record, message) => {
    const parsed = iisProviderChangeSchema.safeParse(record);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join('; ')).toContain(message);
  });
});
