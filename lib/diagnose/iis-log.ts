/** One request as an IIS W3C log line records it: what was asked and how IIS answered. */
export interface IisLogEntry {
  line: number;
  method: string | null;
  uri: string | null;
  status: number;
  /** sc-substatus, e.g. 1 for 401.1; null when the log does not record it. */
  substatus: number | null;
  /** sc-win32-status as logged (decimal), e.g. 2148074245 for 0x80090305. */
  win32: number | null;
  userAgent: string | null;
}

/**
 * The fields IIS writes when nobody changed them, in its order. Microsoft's own example of a
 * failing Kerberos sign-in uses it ("Troubleshoot Kerberos failures in Internet Explorer",
 * MicrosoftDocs/SupportArticles-docs support/developer/webapps/iis/www-authentication-authorization/
 * troubleshoot-kerberos-failures-ie.md); older IIS versions leave out cs(Referer).
 */
export const DEFAULT_IIS_FIELDS = [
  'date', 'time', 's-ip', 'cs-method', 'cs-uri-stem', 'cs-uri-query', 's-port', 'cs-username', 'c-ip',
  'cs(User-Agent)', 'cs(Referer)', 'sc-status', 'sc-substatus', 'sc-win32-status', 'time-taken',
];

const FIELDS_DIRECTIVE = /^#Fields:\s*(.+)$/i;
const LOG_START = /^\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} /;
const STATUS_WORD = /\s\d{3}\s/;
const METHOD = /^[A-Z][A-Z-]{2,15}$/;

/** The field names of a `#Fields:` directive, or null for any other line. */
export function readFieldsDirective(line: string): string[] | null {
  const match = FIELDS_DIRECTIVE.exec(line.trim());
  return match ? (match[1] ?? '').trim().split(/\s+/) : null;
}

/**
 * Reads one W3C log line by the `#Fields:` in force, or, without one, a line that starts with a
 * date and time as IIS writes them, by the default order. When the line has fewer or more values
 * than fields (an edited example, a field removed), the status fields are matched from the end,
 * where IIS always writes them. Null when the line is not a log line with a status.
 */
export function readIisLine(line: string, fields: readonly string[] | null, lineNumber: number): IisLogEntry | null {
  // Tested before splitting: most lines of a transcript are not log lines, and splitting each costs.
  if (fields ? !STATUS_WORD.test(line) : !LOG_START.test(line)) return null;
  const values = line.trim().split(/\s+/);
  const names = fields ?? DEFAULT_IIS_FIELDS;
  if (values.length < 4 || !names.includes('sc-status')) return null;
  const aligned = values.length === names.length;
  const value = (name: string): string | null => {
    const index = names.indexOf(name);
    if (index === -1) return null;
    const at = aligned ? index : values.length - (names.length - index);
    const found = values[at];
    return found === undefined || found === '-' ? null : found;
  };
  const status = value('sc-status');
  if (!status || !/^\d{3}$/.test(status)) return null;
  const number = (name: string) => {
    const found = value(name);
    return found && /^\d{1,10}$/.test(found) ? Number(found) : null;
  };
  const methodAt = aligned ? names.indexOf('cs-method') : values.findIndex((word, i) => METHOD.test(word) && (values[i + 1] ?? '').startsWith('/'));
  const method = methodAt === -1 ? null : (values[methodAt] ?? null);
  const uri = methodAt === -1 ? null : (values[methodAt + 1] ?? null);
  const userAgent = aligned ? value('cs(User-Agent)') : null;
  return {
    line: lineNumber,
    method: method && METHOD.test(method) ? method : null,
    uri: uri && uri !== '-' ? uri : null,
    status: Number(status),
    substatus: number('sc-substatus'),
    win32: number('sc-win32-status'),
    // IIS writes spaces in the user agent as "+".
    userAgent: userAgent ? userAgent.replace(/\+/g, ' ') : null,
  };
}
