import type { RegistryChange } from '@/lib/registry/change';

/**
 * Just enough of regedit's .reg import to check generated files: it applies a file to an
 * in-memory registry (key → value name → "type:data") the way regedit would, or throws on a line
 * regedit would reject.
 */
export type Registry = Map<string, Map<string, string>>;

export function applyRegFile(text: string, registry: Registry): Registry {
  const lines = text.split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error(`bad header line: ${lines[0]}`);
  if (lines[1] !== '') throw new Error('the header must be followed by a blank line');
  const next: Registry = new Map([...registry].map(([key, values]) => [key, new Map(values)]));
  let key: string | undefined;
  for (const line of lines.slice(2)) {
    // regedit skips comment lines, which start with a semicolon.
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(HKEY_[A-Z_]+\\[^\]]+)\]$/.exec(line);
    if (section) {
      key = section[1]!;
      if (!next.has(key)) next.set(key, new Map());
      continue;
    }
    const value = /^("(?:[^"\\]|\\.)*"|@)=(-|dword:[0-9a-f]{8}|hex\(b\):(?:[0-9a-f]{2},){7}[0-9a-f]{2}|"(?:[^"\\]|\\.)*")$/.exec(line);
    if (!value || key === undefined) throw new Error(`line regedit would reject: ${line}`);
    const name = value[1] === '@' ? '' : value[1]!.slice(1, -1).replace(/\\(.)/g, '$1');
    const data = value[2]!;
    if (data === '-') next.get(key)!.delete(name);
    else next.get(key)!.set(name, data);
  }
  return next;
}

/** Internet Explorer's EnableNegotiate switched off, with its documented previous data as the undo. */
export const enableNegotiateOff: RegistryChange = {
  hive: 'HKCU',
  path: 'Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings',
  name: 'EnableNegotiate',
  type: 'REG_DWORD',
  data: '0',
  undo: { kind: 'set', data: '1' },
};
