import { z } from 'zod';
import { iisEffect, type IisEffect } from './effects';
import { APPCMD, SECTION, providersTarget, siteNameSchema, type ToolCommands } from './provider-change';

/**
 * Putting NTLM above Negotiate in one IIS site's Windows Authentication providers: the lighter
 * alternative to removing Negotiate. IIS sends one `WWW-Authenticate` header per provider, in
 * list order. Internet Explorer's WinINET picks the first scheme it recognises (Microsoft's
 * "Handling Authentication" page for WinINet; Chromium's HTTP authentication design notes that
 * since IE7 it is the first non-Basic one), so it answers NTLM. Chromium browsers (Edge, Chrome)
 * rank schemes themselves, Negotiate above NTLM, and ignore the server's order (Chromium's
 * "HTTP authentication" design document), so they keep using Kerberos.
 *
 * Commands, all from documented shapes:
 * - appcmd: `/-"providers.[value='…']"` (Microsoft's providers sample) then `/+"providers.[value='…']"`
 *   (the AppCmd guide: `+` adds a collection element). Neither page says where `+` puts the new
 *   entry; IIS appends it after the inherited ones, so the last command lists the providers to
 *   check. The undo restores the backup taken first (`appcmd add backup` / `restore backup`).
 * - WebAdministration: `Remove-WebConfigurationProperty … -AtElement`, then
 *   `Add-WebConfigurationProperty … -AtIndex 0`, whose documented example adds an entry to the top
 *   of a list; the check uses `Get-WebConfigurationProperty … -Name 'value'` as in its example 1.
 *   The undo is `Clear-WebConfiguration` on the site's providers, which removes the site's own
 *   list so it inherits the server's again.
 */
export const iisProviderOrderSchema = z.object({
  site: siteNameSchema,
  first: z.literal('NTLM', { message: 'first must be NTLM: Negotiate is already first by default' }),
  // The published page that documents the change; the article check requires and lists it.
  source: z.string().optional(),
});

export type IisProviderOrder = z.infer<typeof iisProviderOrderSchema>;

/** The provider that moves down when `first` moves up. */
const OTHER = 'Negotiate';

export interface IisProviderOrderCommands {
  /** What applying the change does, in plain words. */
  applyEffect: IisEffect;
  /** What it costs, in plain words, for the warning beside the commands. */
  cost: IisEffect;
  tools: ToolCommands[];
}

/** A backup name per site, different from the provider-removal backups so neither overwrites the other. */
export function orderBackupName(order: IisProviderOrder): string {
  const site = order.site.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `fixpath-${site || 'site'}-before-${order.first.toLowerCase()}-first`;
}

export function iisProviderOrderCommands(order: IisProviderOrder): IisProviderOrderCommands {
  const { site, first } = order;
  const backup = orderBackupName(order);
  const target = providersTarget(site);
  const appcmdSet = (change: string) => `${APPCMD} set config "${site}" -section:${SECTION} /${change}"providers.[value='${OTHER}']" /commit:apphost`;
  return {
    applyEffect: iisEffect('putFirst', { first, other: OTHER, site }),
    cost: iisEffect('putFirstCost', { first }),
    tools: [
      {
        tool: 'appcmd',
        shell: 'cmd',
        apply: [
          `${APPCMD} add backup "${backup}"`,
          appcmdSet('-'),
          appcmdSet('+'),
          `${APPCMD} list config "${site}" -section:${SECTION} /config:*`,
        ].join('\n'),
        undo: `${APPCMD} restore backup "${backup}"`,
        undoEffect: iisEffect('restoreBackup', { backup }),
      },
      {
        tool: 'WebAdministration',
        shell: 'powershell',
        apply: [
          `Remove-WebConfigurationProperty ${target} -Name '.' -AtElement @{value='${first}'}`,
          `Add-WebConfigurationProperty ${target} -Name 'Collection' -AtIndex 0 -Value '${first}'`,
          `Get-WebConfigurationProperty ${target.replace("/providers'", "/providers/add'")} -Name 'value' | Select-Object value`,
        ].join('\n'),
        undo: `Clear-WebConfiguration ${target}`,
        undoEffect: iisEffect('clearSiteProvidersAfterOrder', { site, other: OTHER, first }),
      },
    ],
  };
}
