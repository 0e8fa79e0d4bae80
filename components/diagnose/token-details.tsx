import type { NtlmNames, TokenEntry } from '@/lib/diagnose/types';
import { fillIn } from '@/lib/i18n/format';
import type { DiagnoseTextKey } from './diagnose-text';
import { kindLabel, negStateLabel } from './token-labels';

type Text = Readonly<Record<DiagnoseTextKey, string>>;

/** Every decoded token: where it came from, what its bytes say, and a redacted preview. */
export function TokenDetails({
  tokens,
  sources,
  notes,
  text,
}: {
  tokens: readonly TokenEntry[];
  /** Where each token was read, in the page's words. */
  sources: readonly string[];
  /** Each token's note in the page's words, by index (null: none). */
  notes: readonly (string | null)[];
  text: Text;
}) {
  if (tokens.length === 0) return <p className="mt-3">{text.noTokens}</p>;
  return (
    <ol className="mt-3 space-y-3">
      {tokens.map((token) => (
        <li key={token.index} className="rounded border border-border p-4">
          <p className="font-semibold">
            {fillIn(text.token, { number: token.index + 1, kind: kindLabel(token.kind, text) })}
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-muted">{text.foundIn}</dt>
            <dd>{[token.header && token.scheme ? `${token.header}: ${token.scheme}` : text.bareLine, sources[token.index] ?? token.source].join(', ')}</dd>
            {token.inner !== undefined ? (
              <>
                <dt className="text-muted">{text.innerToken}</dt>
                <dd>{token.inner ? kindLabel(token.inner, text) : text.none}</dd>
              </>
            ) : null}
            {token.mechTypes && token.mechTypes.length > 0 ? (
              <>
                <dt className="text-muted">{text.mechanisms}</dt>
                <dd>{token.mechTypes.join(', ')}</dd>
              </>
            ) : null}
            {token.negState ? (
              <>
                <dt className="text-muted">negState</dt>
                <dd>{negStateLabel(token.negState, text)}</dd>
              </>
            ) : null}
            {token.kerberos?.realm || token.kerberos?.service ? (
              <>
                <dt className="text-muted">{text.ticketFor}</dt>
                <dd className="break-all">{token.kerberos.spn ?? token.kerberos.service ?? fillIn(text.serviceIn, { realm: token.kerberos.realm ?? '' })}</dd>
              </>
            ) : null}
            <dt className="text-muted">{text.complete}</dt>
            <dd>{token.truncated ? text.completeNo : text.completeYes}</dd>
            <dt className="text-muted">{text.size}</dt>
            <dd>
              {token.declaredLength === undefined
                ? fillIn(text.bytes, { count: token.byteLength })
                : fillIn(text.bytesOfDeclared, { count: token.byteLength, declared: token.declaredLength })}
            </dd>
            {namesOf(token, text).length > 0 ? (
              <>
                <dt className="text-muted">{text.names}</dt>
                <dd>{namesOf(token, text).join(', ')}</dd>
              </>
            ) : null}
            {notes[token.index] ? (
              <>
                <dt className="text-muted">{text.note}</dt>
                <dd>{notes[token.index]}</dd>
              </>
            ) : null}
            <dt className="text-muted">{text.preview}</dt>
            <dd className="font-mono break-all">{token.preview}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

const NAME_KEYS: Record<keyof NtlmNames, DiagnoseTextKey> = {
  domain: 'nameDomain',
  user: 'nameUser',
  workstation: 'nameWorkstation',
  target: 'nameTarget',
  netbiosDomain: 'nameNetbiosDomain',
  netbiosComputer: 'nameNetbiosComputer',
  dnsDomain: 'nameDnsDomain',
  dnsComputer: 'nameDnsComputer',
};

// Present only when names were asked for: the library leaves them out otherwise. A Kerberos
// ticket's service is not among them: it names a service, and is shown as "Ticket for".
function namesOf(token: TokenEntry, text: Text): string[] {
  return Object.entries(token.ntlm?.names ?? {})
    .filter(([, value]) => Boolean(value))
    .map(([key, value]) => `${text[NAME_KEYS[key as keyof NtlmNames]]} ${value}`);
}
