import type { NtlmNames, TokenEntry } from '@/lib/diagnose/types';
import { kindLabel, negStateLabel } from './token-labels';

/** Every decoded token: where it came from, what its bytes say, and a redacted preview. */
export function TokenDetails({ tokens }: { tokens: readonly TokenEntry[] }) {
  if (tokens.length === 0) return <p className="mt-3">No tokens were found.</p>;
  return (
    <ol className="mt-3 space-y-3">
      {tokens.map((token) => (
        <li key={token.index} className="rounded border border-border p-4">
          <p className="font-semibold">
            Token {token.index + 1}: {kindLabel(token.kind)}
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-muted">Found in</dt>
            <dd>{[token.header && token.scheme ? `${token.header}: ${token.scheme}` : 'a bare token line', token.source].join(', ')}</dd>
            {token.inner !== undefined ? (
              <>
                <dt className="text-muted">Inner token</dt>
                <dd>{token.inner ? kindLabel(token.inner) : 'none'}</dd>
              </>
            ) : null}
            {token.mechTypes && token.mechTypes.length > 0 ? (
              <>
                <dt className="text-muted">Mechanisms</dt>
                <dd>{token.mechTypes.join(', ')}</dd>
              </>
            ) : null}
            {token.negState ? (
              <>
                <dt className="text-muted">negState</dt>
                <dd>{negStateLabel(token.negState)}</dd>
              </>
            ) : null}
            {token.kerberos?.realm || token.kerberos?.service ? (
              <>
                <dt className="text-muted">Ticket for</dt>
                <dd className="break-all">{token.kerberos.spn ?? token.kerberos.service ?? `a service in ${token.kerberos.realm ?? ''}`}</dd>
              </>
            ) : null}
            <dt className="text-muted">Complete</dt>
            <dd>{token.truncated ? 'No: the token is cut short' : 'Yes'}</dd>
            <dt className="text-muted">Size</dt>
            <dd>{token.declaredLength === undefined ? `${token.byteLength} bytes` : `${token.byteLength} of the ${token.declaredLength} bytes it declares`}</dd>
            {namesOf(token).length > 0 ? (
              <>
                <dt className="text-muted">Names</dt>
                <dd>{namesOf(token).join(', ')}</dd>
              </>
            ) : null}
            {token.note ? (
              <>
                <dt className="text-muted">Note</dt>
                <dd>{token.note}</dd>
              </>
            ) : null}
            <dt className="text-muted">Token (redacted)</dt>
            <dd className="font-mono break-all">{token.preview}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

const NAME_LABELS: Record<keyof NtlmNames, string> = {
  domain: 'domain',
  user: 'user',
  workstation: 'workstation',
  target: 'target',
  netbiosDomain: 'NetBIOS domain',
  netbiosComputer: 'NetBIOS computer',
  dnsDomain: 'DNS domain',
  dnsComputer: 'DNS computer',
};

// Present only when names were asked for: the library leaves them out otherwise. A Kerberos
// ticket's service is not among them: it names a service, and is shown as "Ticket for".
function namesOf(token: TokenEntry): string[] {
  return Object.entries(token.ntlm?.names ?? {})
    .filter(([, value]) => Boolean(value))
    .map(([key, value]) => `${NAME_LABELS[key as keyof NtlmNames]} ${value}`);
}
