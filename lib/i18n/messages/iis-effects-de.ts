import type { IisEffectKey } from './iis-effects-en';

/** What the IIS components' commands do, in German (see iis-effects-en.ts). */
export const GERMAN_IIS_EFFECTS: Record<IisEffectKey, string> = {
  removeProvider:
    'Entfernt {provider} aus den Anbietern der Windows-Authentifizierung der IIS-Site „{site}“ in applicationHost.config. Danach bietet die Site allen Besuchern nur noch {remaining} an.',
  restoreBackup:
    'Stellt die gesamte IIS-Konfiguration wieder her, die in der Sicherung „{backup}“ unmittelbar vor der Änderung gespeichert wurde. Jede andere IIS-Änderung, die seitdem vorgenommen wurde, wird dabei ebenfalls rückgängig gemacht.',
  clearSiteProviders:
    'Löscht die eigene Anbieterliste von „{site}“, sodass die Site wieder die Liste des Servers verwendet: {first}, dann {second}, sofern niemand sie auf Serverebene geändert hat. Hatte die Site schon vor der Änderung eine eigene Liste, geht auch diese verloren.',
  putFirst:
    'Setzt {first} in den Anbietern der Windows-Authentifizierung der IIS-Site „{site}“ in applicationHost.config vor {other}. Beide bleiben aktiviert; IIS nennt {first} in seiner Aufforderung zuerst.',
  putFirstCost:
    'Internet Explorer (und, wie wir annehmen, Edge im IE-Modus, der dieselbe Engine verwendet) meldet sich auf dieser Site dann mit {first} statt mit Kerberos an; was von diesen Browsern Kerberos braucht, etwa eine reine Kerberos-Delegierung an einen anderen Server, bekommt es nicht mehr. Edge und Chrome ordnen die Verfahren selbst und verwenden weiter Kerberos. Was Firefox tut, konnten wir nicht bestätigen.',
  clearSiteProvidersAfterOrder:
    'Löscht die eigene Anbieterliste von „{site}“, sodass die Site wieder die Liste des Servers verwendet ({other}, dann {first}, sofern niemand sie auf Serverebene geändert hat). Hatte die Site schon vor der Änderung eine eigene Liste, geht auch diese verloren.',
};
