import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROVIDERS,
  iisProviderChangeSchema,
  iisProviderCommands,
  type IisProviderChange,
  type ToolCommands,
} from '@/lib/iis/provider-change';

/**
 * A model of the part of IIS these commands touch: each site's effective providers list, plus
 * appcmd backups of the whole configuration. It understands only the documented command shapes,
 * so a generator that drifts from them fails here instead of on a server.
 */
interface IisState {
  providers: Record<string, string[]>;
  otherSettings: Record<string, string>;
  backups: Record<string, { providers: Record<string, string[]>; otherSettings: Record<string, string> }>;
}

const SECTION = 'system.webServer/security/authentication/windowsAuthentication';
const APPCMD = String.raw`%systemroot%\system32\inetsrv\appcmd.exe`;
const PS_TARGET = String.raw`-PSPath 'MACHINE/WEBROOT/APPHOST' -Location '([^']+)' -Filter '${SECTION}/providers'`;

const COMMAND_SHAPES: [RegExp, (state: IisState, match: RegExpExecArray) => void][] = [
  [
    new RegExp(`^${escape(APPCMD)} add backup "([^"]+)"$`),
    (state, [, name]) => {
      state.backups[name!] = structuredClone({ providers: state.providers, otherSettings: state.otherSettings });
    },
  ],
  [
    new RegExp(`^${escape(APPCMD)} restore backup "([^"]+)"$`),
    (state, [, name]) => {
      const backup = state.backups[name!];
      if (!backup) throw new Error(`no backup named ${name}`);
      Object.assign(state, structuredClone(backup));
    },
  ],
  [
    new RegExp(`^${escape(APPCMD)} set config "([^"]+)" -section:${escape(SECTION)} /-"providers\\.\\[value='([^']+)'\\]" /commit:apphost$`),
    (state, [, site, provider]) => removeProvider(state, site!, provider!),
  ],
  [
    new RegExp(`^Remove-WebConfigurationProperty ${PS_TARGET} -Name '\\.' -AtElement @\\{value='([^']+)'\\}$`),
    (state, [, site, provider]) => removeProvider(state, site!, provider!),
  ],
  [
    new RegExp(`^Add-WebConfigurationProperty ${PS_TARGET} -Name 'Collection' -AtIndex (\\d+) -Value '([^']+)'$`),
    (state, [, site, index, provider]) => {
      const list = state.providers[site!]!;
      if (list.includes(provider!)) throw new Error(`${provider} is already a provider of ${site}`);
      if (Number(index) > list.length) throw new Error(`index ${index} is past the end of the list`);
      list.splice(Number(index), 0, provider!);
    },
  ],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function removeProvider(state: IisState, site: string, provider: string) {
  const list = state.providers[site];
  if (!list?.includes(provider)) throw new Error(`${provider} is not a provider of ${site}`);
  list.splice(list.indexOf(provider), 1);
  if (list.length === 0) throw new Error('Windows authentication requires at least one provider');
}

function run(state: IisState, script: string) {
  for (const line of script.split('\n')) {
    const shape = COMMAND_SHAPES.map(([pattern, effect]) => [pattern.exec(line), effect] as const).find(([match]) => match);
    if (!shape) throw new Error(`not a documented command shape: ${line}`);
    shape[1](state, shape[0]!);
  }
}

function freshServer(...sites: string[]): IisState {
  return {
    providers: Object.fromEntries(sites.map((site) => [site, [...DEFAULT_PROVIDERS]])),
    otherSettings: { anonymousAuthentication: 'false' },
    backups: {},
  };
}

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
        const server = freshServer('Default Web Site', 'Intranet');
        run(server, commands.apply);
        expect(server.providers['Default Web Site']).toEqual(DEFAULT_PROVIDERS.filter((kept) => kept !== provider));
        expect(server.providers.Intranet).toEqual([...DEFAULT_PROVIDERS]);
        run(server, commands.undo);
        expect(server.providers['Default Web Site']).toEqual([...DEFAULT_PROVIDERS]);
        expect(server.providers.Intranet).toEqual([...DEFAULT_PROVIDERS]);
      });
    }
  }

  it('says that the appcmd undo also reverts other IIS changes made after the backup', () => {
    const commands = tool(article, 'appcmd');
    const server = freshServer('Contoso');
    run(server, commands.apply);
    server.otherSettings.anonymousAuthentication = 'true';
    run(server, commands.undo);
    expect(server.otherSettings.anonymousAuthentication).toBe('false');
    expect(commands.undoEffect).toMatch(/Any other IIS change made since then is undone too/);
    expect(tool(article, 'WebAdministration').undoEffect).toMatch(/Nothing else changes/);
  });

  it('names backups per site and provider, so fixing two sites keeps both backups', () => {
    const first = tool({ site: 'Default Web Site', provider: 'Negotiate' }, 'appcmd');
    const second = tool({ site: 'Intranet', provider: 'Negotiate' }, 'appcmd');
    expect(first.undo).toContain('"fixpath-default-web-site-before-removing-negotiate"');
    expect(second.undo).not.toBe(first.undo);
  });

  it('describes the change in plain words, naming the site and what stays', () => {
    expect(iisProviderCommands(article).applyEffect).toBe(
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
