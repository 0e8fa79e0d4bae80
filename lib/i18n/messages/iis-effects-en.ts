/**
 * What the IIS components' commands do, in English: lib/iis names a message and its parameters
 * (site, provider, backup names: never translated), the page says it in its language. Parameters
 * are written `{name}`; no plurals or numbers, so lib/iis/effects.ts fills them in for the search text.
 */
export const IIS_EFFECTS_EN = {
  removeProvider:
    'Removes {provider} from the Windows Authentication providers of the IIS site "{site}", in applicationHost.config. From then on the site offers only {remaining}, to every visitor.',
  restoreBackup:
    'Restores the whole IIS configuration saved in the backup "{backup}", taken just before the change. Any other IIS change made since then is undone too.',
  clearSiteProviders:
    'Deletes the providers list that "{site}" has of its own, so the site uses the server\'s list again: {first} then {second} unless someone changed it at server level. If the site had its own list before the change, that list goes too.',
  putFirst:
    'Puts {first} above {other} in the Windows Authentication providers of the IIS site "{site}", in applicationHost.config. Both stay enabled; IIS lists {first} first in its challenge.',
  putFirstCost:
    'Internet Explorer (and, we expect, Edge in IE mode, which runs the same engine) then signs in with {first} instead of Kerberos on this site, so whatever needs Kerberos from those browsers, such as Kerberos-only delegation to another server, no longer gets it. Edge and Chrome rank the schemes themselves and keep using Kerberos. We could not confirm what Firefox does.',
  clearSiteProvidersAfterOrder:
    'Deletes the providers list that "{site}" has of its own, so the site uses the server\'s list again ({other} then {first} unless someone changed it at server level). If the site had its own list before the change, that list goes too.',
};

export type IisEffectKey = keyof typeof IIS_EFFECTS_EN;
