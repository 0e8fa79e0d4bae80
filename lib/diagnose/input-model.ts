import type { IisLogEntry } from './iis-log';
import type { NearMiss } from './near-miss';
import type { Phrase } from './phrase';
import type { InputFormat } from './types';

/** A header as read, with its position in the input (for ordering tokens as they appear). */
export interface RawHeader {
  name: string;
  value: string;
  position: number;
}

/** A request or response as read from the input. */
export interface RawMessage {
  role: 'request' | 'response';
  method: string | null;
  url: string | null;
  status: number | null;
  headers: RawHeader[];
  position: number;
  source: string;
}

/** A request and its response as the input pairs them; `loose` for headers outside any message. */
export interface RawExchange {
  request: RawMessage | null;
  response: RawMessage | null;
  position: number;
  loose: boolean;
}

/** A token on a line of its own, with no header around it. */
export interface RawToken {
  value: string;
  position: number;
  source: string;
}

/** What an input reader found, and what it had to leave out. */
export interface ReadResult {
  format: InputFormat;
  exchanges: RawExchange[];
  bareTokens: RawToken[];
  skipped: Phrase[];
  /** A browser name from the HAR's `log.browser`/`log.creator`, for entries without User-Agent. */
  clientHint: string | null;
  /** IIS W3C log lines, which carry statuses but no headers. */
  iisLog: IisLogEntry[];
  /** The line nearest to being read, for saying why nothing was; null when none came close. */
  nearMiss: NearMiss | null;
}

/** The value of the first header called `name` (case-insensitive), or null. */
export function headerValue(message: RawMessage | null, name: string): string | null {
  const wanted = name.toLowerCase();
  return message?.headers.find((header) => header.name.toLowerCase() === wanted)?.value ?? null;
}
