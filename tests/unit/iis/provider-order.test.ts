import { de } from '@/lib/i18n/messages/de';
import { describe, expect, it } from 'vitest';
import { effectiveProviders, inheritsServerList, setServerProviders } from '@/lib/iis/providers-config';
import { iisProviderCommands } from '@/lib/iis/provider-change';
import { iisProviderOrderCommands, iisProviderOrderSchema, type IisProviderOrder } from '@/lib/iis/provider-order';
import type { ToolCommands } from '@/lib/iis/provider-change';
import { freshServer, run, settingAfterAppcmdUndo } from './iis-commands';
import { englishIisEffect } from '@/lib/iis/effects';

const article: IisProviderOrder = { site: 'Contoso', first: 'NTLM' };

function tool(order: IisProviderOrder, name: ToolCommands['tool']): ToolCommands {
  const found = iisProviderOrderCommands(order).tools.find((candidate) => candidate.tool === name);
  if (!found) throw new Error(`no ${name} commands`);
  return found;
}

describe('NTLM above Negotiate, generated from one record', () => {
  for (const name of ['appcmd', 'WebAdministration'] as const) {
    it(`${name}: puts NTLM first on that site only, keeps both providers, and the undo restores the default order`, () => {
      const commands = tool(article, name);
      const server = freshServer();
      run(server, commands.apply);
      expect(effectiveProviders(server.providers, 'Contoso')).toEqual(['NTLM', 'Negotiate']);
      expect(effectiveProviders(server.providers, 'Intranet')).toEqual(['Negotiate', 'NTLM']);
      run(server, commands.undo);
      expect(effectiveProviders(server.providers, 'Contoso')).toEqual(['Negotiate', 'NTLM']);
      expect(inheritsServerList(server.providers, 'Contoso')).toBe(true);
    });
  }

  it('is refused on a site whose Negotiate is already removed, rather than leaving it with no provider', () => {
    const server = freshServer();
    run(server, iisProviderCommands({ site: 'Contoso', provider: 'Negotiate' }).tools[1]!.apply);
    expect(() => run(server, tool(article, 'WebAdministration').apply)).toThrow(/at least one provider/);
    // The PowerShell undo resets the site's own list, and its text says what that costs.
    expect(englishIisEffect(tool(article, 'WebAdministration').undoEffect)).toMatch(/If the site had its own list before the change, that list goes too/);
  });

  it('after the PowerShell undo the site follows the server-level list again', () => {
    const commands = tool(article, 'WebAdministration');
    const server = freshServer();
    run(server, commands.apply);
    expect(inheritsServerList(server.providers, 'Contoso')).toBe(false);
    run(server, commands.undo);
    expect(effectiveProviders(setServerProviders(server.providers, ['NTLM']), 'Contoso')).toEqual(['NTLM']);
  });

  it('appcmd backs up first, checks the order last, and says its undo also reverts later IIS changes', () => {
    const commands = tool(article, 'appcmd');
    const lines = commands.apply.split('\n');
    expect(lines[0]).toBe(String.raw`%systemroot%\system32\inetsrv\appcmd.exe add backup "fixpath-contoso-before-ntlm-first"`);
    expect(lines.at(-1)).toMatch(/ list config "Contoso" /);
    expect(settingAfterAppcmdUndo(commands)).toBe('false');
    expect(englishIisEffect(commands.undoEffect)).toMatch(/Any other IIS change made since then is undone too/);
  });

  it('says what it does and what it costs, naming the browsers each way', () => {
    const commands = iisProviderOrderCommands(article);
    const [applyEffect, cost] = [englishIisEffect(commands.applyEffect), englishIisEffect(commands.cost)];
    expect(applyEffect).toContain('Puts NTLM above Negotiate');
    expect(applyEffect).toContain('"Contoso"');
    expect(cost).toMatch(/Internet Explorer .* signs in with NTLM/);
    expect(cost).toMatch(/Edge and Chrome .* keep using Kerberos/);
  });
});

describe('the provider-order record', () => {
  it.each([
    [{ site: 'Contoso', first: 'Negotiate' }, 'first must be NTLM'],
    [{ site: 'Con"toso', first: 'NTLM' }, 'site must not contain quotes'],
  ])('refuses %j', (record, message) => {
    const parsed = iisProviderOrderSchema.safeParse(record);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join('; ')).toContain(message);
  });

  it('accepts a source', () => {
    expect(iisProviderOrderSchema.strict().safeParse({ ...article, source: 'https://learn.microsoft.com/x' }).success).toBe(true);
  });
});

describe('what the commands do, on a German page', () => {
  it('is said in German, with the site, provider and backup names as they are', () => {
    const commands = iisProviderOrderCommands({ site: 'Contoso', first: 'NTLM' });
    const german = (effect: { key: keyof typeof de.IisEffects; params: Readonly<Record<string, string>> }) =>
      de.IisEffects[effect.key].replace(/\{(\w+)\}/g, (whole, name: string) => effect.params[name] ?? whole);
    expect(german(commands.applyEffect)).toBe(
      'Setzt NTLM in den Anbietern der Windows-Authentifizierung der IIS-Site „Contoso“ in applicationHost.config vor Negotiate. Beide bleiben aktiviert; IIS nennt NTLM in seiner Aufforderung zuerst.',
    );
    // The English marks Edge's IE mode as expected, not confirmed; so does the German.
    expect(german(commands.cost)).toContain('wie wir annehmen, Edge im IE-Modus');
    for (const tool of commands.tools) expect(german(tool.undoEffect)).toMatch(/„(Contoso|fixpath-contoso-before-ntlm-first)“/);
  });
});
