import { z } from 'zod';

/**
 * Removing a Windows Authentication provider from one IIS site, and putting it back: one record
 * an article writes once, from which every command it shows is generated.
 *
 * Sources (named in the article that uses this):
 * - Microsoft's IIS configuration reference, `<providers>`: the list is ordered, holds Negotiate
 *   then NTLM by default, cannot be extended, and its appcmd sample removes a provider with
 *   `/-"providers.[value='…']"` and `/commit:apphost`.
 * - WebAdministration `Remove-WebConfigurationProperty` (-PSPath, -Location, -Filter, -Name,
 *   -AtElement) for the PowerShell change.
 * - WebAdministration `Add-WebConfigurationProperty`, whose documented example puts a collection
 *   entry at the top of its list with `-AtIndex 0 -Name "Collection" -Value "…"`: the undo.
 * - "Create a Backup with appcmd" and "Getting Started with AppCmd.exe": `appcmd add backup`,
 *   `appcmd restore backup`, and appcmd's full path. appcmd documents no way to add a collection
 *   entry at a chosen place, so its undo is restoring the backup taken just before the change.
 */

/** The providers IIS ships, in their documented default order. */
export const DEFAULT_PROVIDERS = ['Negotiate', 'NTLM'] as const;
export type WindowsAuthProvider = (typeof DEFAULT_PROVIDERS)[number];

const SECTION = 'system.webServer/security/authentication/windowsAuthentication';

// A site name goes inside "…" for cmd and '…' for PowerShell; refusing quotes, % and control
// characters keeps every generated command exactly what it looks like.
const SAFE_SITE_NAME = /^[^"'%`$\x00-\x1f]+$/;

export const iisProviderChangeSchema = z.object({
  site: z
    .string()
    .trim()
    .min(1, 'site is empty')
    .regex(SAFE_SITE_NAME, 'site must not contain quotes, %, `, $ or control characters'),
  provider: z.enum(DEFAULT_PROVIDERS, { message: `provider must be one of ${DEFAULT_PROVIDERS.join(', ')}` }),
});

export type IisProviderChange = z.infer<typeof iisProviderChangeSchema>;

/** A backup name appcmd accepts, different per site and provider so one never overwrites another. */
export function backupName(change: IisProviderChange): string {
  const site = change.site.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `fixpath-${site || 'site'}-before-removing-${change.provider.toLowerCase()}`;
}

const APPCMD = '%systemroot%\\system32\\inetsrv\\appcmd.exe';

/** The change and its undo for one tool: the undo reverses that same tool's change. */
export interface ToolCommands {
  tool: 'appcmd' | 'WebAdministration';
  shell: 'cmd' | 'powershell';
  /** One command per line, to run in order. */
  apply: string;
  undo: string;
  /** What running the undo does, in plain words. */
  undoEffect: string;
}

export interface IisProviderCommands {
  /** What applying the change does, in plain words, for the warning shown beside the commands. */
  applyEffect: string;
  tools: ToolCommands[];
}

/** The providers left once `provider` is gone from the default list (never empty: IIS needs one). */
export function remainingProviders(provider: WindowsAuthProvider): WindowsAuthProvider[] {
  return DEFAULT_PROVIDERS.filter((candidate) => candidate !== provider);
}

export function iisProviderCommands(change: IisProviderChange): IisProviderCommands {
  const { site, provider } = change;
  const restoreIndex = DEFAULT_PROVIDERS.indexOf(provider);
  const backup = backupName(change);
  const target = `-PSPath 'MACHINE/WEBROOT/APPHOST' -Location '${site}' -Filter '${SECTION}/providers'`;
  return {
    applyEffect: `Removes ${provider} from the Windows Authentication providers of the IIS site "${site}", in applicationHost.config. From then on the site offers only ${remainingProviders(provider).join(' and ')}, to every visitor.`,
    tools: [
      {
        tool: 'appcmd',
        shell: 'cmd',
        apply: [
          `${APPCMD} add backup "${backup}"`,
          `${APPCMD} set config "${site}" -section:${SECTION} /-"providers.[value='${provider}']" /commit:apphost`,
        ].join('\n'),
        undo: `${APPCMD} restore backup "${backup}"`,
        undoEffect: `Restores the whole IIS configuration saved in the backup "${backup}", taken just before the change. Any other IIS change made since then is undone too.`,
      },
      {
        tool: 'WebAdministration',
        shell: 'powershell',
        apply: `Remove-WebConfigurationProperty ${target} -Name '.' -AtElement @{value='${provider}'}`,
        undo: `Add-WebConfigurationProperty ${target} -Name 'Collection' -AtIndex ${restoreIndex} -Value '${provider}'`,
        undoEffect: `Adds ${provider} back to the providers of "${site}" as entry ${restoreIndex + 1} of the list, where IIS has it by default. Nothing else changes.`,
      },
    ],
  };
}
