import { z } from 'zod';
import { iisEffect, type IisEffect } from './effects';

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
 * - WebAdministration `Clear-WebConfiguration`, which removes configuration settings from one
 *   location: the undo. Adding the provider back with `Add-WebConfigurationProperty -AtIndex`
 *   would restore the order but leave the site with a providers list of its own, which no longer
 *   follows changes made at server level (see providers-config.ts); clearing the site's
 *   providers lets it inherit the server's list again.
 * - "Create a Backup with appcmd" and "Getting Started with AppCmd.exe": `appcmd add backup`,
 *   `appcmd restore backup`, and appcmd's full path. appcmd documents no way to add a collection
 *   entry at a chosen place, so its undo is restoring the backup taken just before the change.
 */

/** The providers IIS ships, in their documented default order. */
export const DEFAULT_PROVIDERS = ['Negotiate', 'NTLM'] as const;
export type WindowsAuthProvider = (typeof DEFAULT_PROVIDERS)[number];

/** The configuration section that holds `<providers>`. */
export const SECTION = 'system.webServer/security/authentication/windowsAuthentication';

// A site name goes inside "…" for cmd and '…' for PowerShell; refusing quotes, % and control
// characters keeps every generated command exactly what it looks like.
const SAFE_SITE_NAME = /^[^"'%`$\x00-\x1f]+$/;

/** An IIS site name that can go inside the quotes of every generated command unchanged. */
export const siteNameSchema = z
  .string()
  .trim()
  .min(1, 'site is empty')
  .regex(SAFE_SITE_NAME, 'site must not contain quotes, %, `, $ or control characters');

export const iisProviderChangeSchema = z.object({
  site: siteNameSchema,
  provider: z.enum(DEFAULT_PROVIDERS, { message: `provider must be one of ${DEFAULT_PROVIDERS.join(', ')}` }),
});

export type IisProviderChange = z.infer<typeof iisProviderChangeSchema>;

/** A backup name appcmd accepts, different per site and provider so one never overwrites another. */
export function backupName(change: IisProviderChange): string {
  const site = change.site.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `fixpath-${site || 'site'}-before-removing-${change.provider.toLowerCase()}`;
}

/** appcmd by its full path, as Microsoft's AppCmd guide writes it. */
export const APPCMD = '%systemroot%\\system32\\inetsrv\\appcmd.exe';

/** The WebAdministration parameters that point at one site's providers in applicationHost.config. */
export function providersTarget(site: string): string {
  return `-PSPath 'MACHINE/WEBROOT/APPHOST' -Location '${site}' -Filter '${SECTION}/providers'`;
}

/** The change and its undo for one tool: the undo reverses that same tool's change. */
export interface ToolCommands {
  tool: 'appcmd' | 'WebAdministration';
  shell: 'cmd' | 'powershell';
  /** One command per line, to run in order. */
  apply: string;
  undo: string;
  /** What running the undo does, in plain words. */
  undoEffect: IisEffect;
}

export interface IisProviderCommands {
  /** What applying the change does, in plain words, for the warning shown beside the commands. */
  applyEffect: IisEffect;
  tools: ToolCommands[];
}

/** The providers left once `provider` is gone from the default list (never empty: IIS needs one). */
export function remainingProviders(provider: WindowsAuthProvider): WindowsAuthProvider[] {
  return DEFAULT_PROVIDERS.filter((candidate) => candidate !== provider);
}

export function iisProviderCommands(change: IisProviderChange): IisProviderCommands {
  const { site, provider } = change;
  const backup = backupName(change);
  const target = providersTarget(site);
  return {
    // Two providers by default, so one remains: no list to word in the page's language.
    applyEffect: iisEffect('removeProvider', { provider, site, remaining: remainingProviders(provider).join(', ') }),
    tools: [
      {
        tool: 'appcmd',
        shell: 'cmd',
        apply: [
          `${APPCMD} add backup "${backup}"`,
          `${APPCMD} set config "${site}" -section:${SECTION} /-"providers.[value='${provider}']" /commit:apphost`,
        ].join('\n'),
        undo: `${APPCMD} restore backup "${backup}"`,
        undoEffect: iisEffect('restoreBackup', { backup }),
      },
      {
        tool: 'WebAdministration',
        shell: 'powershell',
        apply: `Remove-WebConfigurationProperty ${target} -Name '.' -AtElement @{value='${provider}'}`,
        undo: `Clear-WebConfiguration ${target}`,
        undoEffect: iisEffect('clearSiteProviders', { site, first: DEFAULT_PROVIDERS[0], second: DEFAULT_PROVIDERS[1] }),
      },
    ],
  };
}
