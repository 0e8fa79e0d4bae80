import type { AuthItem, TokenEntry } from '@/lib/diagnose/types';
import { fillIn } from '@/lib/i18n/format';
import type { DiagnoseTextKey } from './diagnose-text';
import { kindLabel } from './token-labels';

type Text = Readonly<Record<DiagnoseTextKey, string>>;

/** A token in one phrase: its kind, what it wraps, and whether it was cut short. */
export function describeToken(token: TokenEntry, text: Text): string {
  const inner = token.inner ? fillIn(text.carrying, { inner: kindLabel(token.inner, text) }) : '';
  return `${kindLabel(token.kind, text)}${inner}${token.truncated ? text.cutShort : ''}`;
}

/** A challenge or credential as read in a header: the scheme, then the token it carried if any. */
export function describeAuthItem(item: AuthItem, tokens: readonly TokenEntry[], text: Text): string {
  const token = item.token !== null ? tokens[item.token] : undefined;
  if (token) return fillIn(text.schemeWithToken, { scheme: item.scheme, token: describeToken(token, text) });
  return item.hasToken ? fillIn(text.schemeUndecoded, { scheme: item.scheme }) : item.scheme;
}
