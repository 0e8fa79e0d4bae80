import type { AuthItem, TokenEntry } from '@/lib/diagnose/types';
import { kindLabel } from './token-labels';

/** A token in one phrase: its kind, what it wraps, and whether it was cut short. */
export function describeToken(token: TokenEntry): string {
  const inner = token.inner ? `, carrying ${kindLabel(token.inner)}` : '';
  return `${kindLabel(token.kind)}${inner}${token.truncated ? ' (cut short)' : ''}`;
}

/** A challenge or credential as read in a header: the scheme, then the token it carried if any. */
export function describeAuthItem(item: AuthItem, tokens: readonly TokenEntry[]): string {
  const token = item.token !== null ? tokens[item.token] : undefined;
  if (token) return `${item.scheme} with ${describeToken(token)}`;
  return item.hasToken ? `${item.scheme} (credentials not decoded)` : item.scheme;
}
