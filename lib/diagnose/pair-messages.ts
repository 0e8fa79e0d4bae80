import type { RawExchange, RawMessage } from './input-model';

/**
 * Pairs requests with responses. A transcript in order pairs each response with the request
 * before it; one laid out as all requests, then all responses (as curl's test files are) pairs
 * them by position in each list.
 */
export function pairMessages(messages: readonly RawMessage[]): RawExchange[] {
  const requests = messages.filter((message) => message.role === 'request');
  const responses = messages.filter((message) => message.role === 'response');
  const lastRequest = requests[requests.length - 1];
  const firstResponse = responses[0];
  const exchanges: RawExchange[] = [];
  const add = (request: RawMessage | null, response: RawMessage | null) =>
    exchanges.push({ request, response, position: (request ?? response)?.position ?? 0, loose: false });
  if (requests.length >= 2 && lastRequest && firstResponse && lastRequest.position < firstResponse.position) {
    for (let i = 0; i < Math.max(requests.length, responses.length); i++) add(requests[i] ?? null, responses[i] ?? null);
    return exchanges;
  }
  let pending: RawMessage | null = null;
  for (const message of messages) {
    if (message.role === 'request') {
      if (pending) add(pending, null);
      pending = message;
    } else {
      add(pending, message);
      pending = null;
    }
  }
  if (pending) add(pending, null);
  return exchanges;
}
