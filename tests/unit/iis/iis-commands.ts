import {
  appendProvider,
  insertProviderAt,
  removeProvider,
  resetSite,
  type ProvidersConfig,
} from '@/lib/iis/providers-config';

/**
 * Just enough of appcmd and WebAdministration to run generated commands on the providers model:
 * each documented command shape maps to one model operation, and anything else throws, so a
 * generator that drifts from the documented shapes fails here instead of on a server.
 */
export interface IisServer {
  providers: ProvidersConfig;
  /** Stands in for every other IIS setting, to show what restoring a backup also reverts. */
  otherSettings: Record<string, string>;
  backups: Record<string, { providers: ProvidersConfig; otherSettings: Record<string, string> }>;
}

const SECTION = 'system.webServer/security/authentication/windowsAuthentication';
const APPCMD = String.raw`%systemroot%\system32\inetsrv\appcmd.exe`;
const PS_TARGET = String.raw`-PSPath 'MACHINE/WEBROOT/APPHOST' -Location '([^']+)' -Filter '${SECTION}/providers'`;

type Effect = (server: IisServer, match: RegExpExecArray) => void;

const COMMAND_SHAPES: [RegExp, Effect][] = [
  [
    new RegExp(`^${escape(APPCMD)} add backup "([^"]+)"$`),
    (server, [, name]) => {
      server.backups[name!] = structuredClone({ providers: server.providers, otherSettings: server.otherSettings });
    },
  ],
  [
    new RegExp(`^${escape(APPCMD)} restore backup "([^"]+)"$`),
    (server, [, name]) => {
      const backup = server.backups[name!];
      if (!backup) throw new Error(`no backup named ${name}`);
      Object.assign(server, structuredClone(backup));
    },
  ],
  [
    new RegExp(`^${escape(APPCMD)} set config "([^"]+)" -section:${escape(SECTION)} /-"providers\\.\\[value='([^']+)'\\]" /commit:apphost$`),
    (server, [, site, provider]) => {
      server.providers = removeProvider(server.providers, site!, provider!);
    },
  ],
  [
    // `+` adds a collection element (AppCmd guide); the model puts it after the inherited ones.
    new RegExp(`^${escape(APPCMD)} set config "([^"]+)" -section:${escape(SECTION)} /\\+"providers\\.\\[value='([^']+)'\\]" /commit:apphost$`),
    (server, [, site, provider]) => {
      server.providers = appendProvider(server.providers, site!, provider!);
    },
  ],
  [new RegExp(`^${escape(APPCMD)} list config "[^"]+" -section:${escape(SECTION)} /config:\\*$`), () => undefined],
  [
    new RegExp(`^Remove-WebConfigurationProperty ${PS_TARGET} -Name '\\.' -AtElement @\\{value='([^']+)'\\}$`),
    (server, [, site, provider]) => {
      server.providers = removeProvider(server.providers, site!, provider!);
    },
  ],
  [
    new RegExp(`^Add-WebConfigurationProperty ${PS_TARGET} -Name 'Collection' -AtIndex (\\d+) -Value '([^']+)'$`),
    (server, [, site, index, provider]) => {
      server.providers = insertProviderAt(server.providers, site!, provider!, Number(index));
    },
  ],
  [
    new RegExp(`^Get-WebConfigurationProperty ${PS_TARGET.replace("/providers'", "/providers/add'")} -Name 'value' \\| Select-Object value$`),
    () => undefined,
  ],
  [
    new RegExp(`^Clear-WebConfiguration ${PS_TARGET}$`),
    (server, [, site]) => {
      server.providers = resetSite(server.providers, site!);
    },
  ],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs a script, one command per line, on the server (mutating it, like the real thing). */
export function run(server: IisServer, script: string): void {
  for (const line of script.split('\n')) {
    const shape = COMMAND_SHAPES.map(([pattern, effect]) => [pattern.exec(line), effect] as const).find(([match]) => match);
    if (!shape) throw new Error(`not a documented command shape: ${line}`);
    shape[1](server, shape[0]!);
  }
}

/** A server with IIS's documented default providers and no site-level changes. */
export function freshServer(): IisServer {
  return { providers: { server: ['Negotiate', 'NTLM'], sites: {} }, otherSettings: { anonymousAuthentication: 'false' }, backups: {} };
}

/**
 * Runs an appcmd change and its undo with another IIS setting changed in between: restoring the
 * backup reverts that setting too. Returns the setting's value after the undo.
 */
export function settingAfterAppcmdUndo(commands: { apply: string; undo: string }): string | undefined {
  const server = freshServer();
  run(server, commands.apply);
  server.otherSettings.anonymousAuthentication = 'true';
  run(server, commands.undo);
  return server.otherSettings.anonymousAuthentication;
}
