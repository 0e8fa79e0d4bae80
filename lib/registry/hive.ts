const HIVE_NAMES: Record<string, string> = {
  HKCR: 'HKEY_CLASSES_ROOT',
  HKCU: 'HKEY_CURRENT_USER',
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/** The full name of a registry hive (`HKCU` → `HKEY_CURRENT_USER`); unknown names pass through. */
export function fullHiveName(hive: string): string {
  const trimmed = hive.trim().replace(/\\+$/, '');
  const upper = trimmed.toUpperCase();
  if (Object.hasOwn(HIVE_NAMES, upper)) return HIVE_NAMES[upper] ?? trimmed;
  return Object.values(HIVE_NAMES).includes(upper) ? upper : trimmed;
}

/** The full key path as regedit's address bar shows it, e.g. `HKEY_CURRENT_USER\Software\Fixpath`. */
export function registryKeyPath(hive: string, path: string): string {
  const subkey = path.trim().replace(/^\\+|\\+$/g, '');
  const fullHive = fullHiveName(hive);
  return subkey === '' ? fullHive : `${fullHive}\\${subkey}`;
}
