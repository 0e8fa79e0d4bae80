/** A body read within its size limit, in one of the two formats the API takes. */
export type RequestBody =
  | { ok: true; format: 'json'; data: unknown }
  | { ok: true; format: 'form'; form: URLSearchParams }
  | { ok: false; status: 400 | 413 | 415; error: string; message: string };

/** The client went away (closed the tab, stopped a load test) before its body arrived whole. */
const CUT_OFF: RequestBody = {
  ok: false,
  status: 400,
  error: 'body-cut-off',
  message: 'The request body stopped before its end: the connection was closed while sending it.',
};

/** What the API accepts from each caller: JSON from the widgets, plain form posts without JavaScript. */
export type AcceptedFormats = 'json' | 'json-or-form';

function tooLarge(limit: number): RequestBody {
  return { ok: false, status: 413, error: 'body-too-large', message: `The request body must be at most ${limit} bytes.` };
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array | RequestBody> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch {
      // Node fails the stream with "aborted" (ECONNRESET). Normal traffic, not a server error: left
      // to propagate, Next would log it with a stack for every closed tab.
      return CUT_OFF;
    }
    if (read.done) break;
    total += read.value.byteLength;
    // Stop reading as soon as the limit is passed: a huge body never sits in memory.
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(limit);
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a POST body of at most `limit` bytes as JSON or (when allowed) a URL-encoded form. The
 * declared Content-Length is checked first, then the bytes actually received, since a chunked body
 * declares none.
 */
export async function readRequestBody(request: Request, limit: number, accepted: AcceptedFormats): Promise<RequestBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const isForm = type === 'application/x-www-form-urlencoded';
  if (type !== 'application/json' && !(isForm && accepted === 'json-or-form')) {
    const expected = accepted === 'json' ? 'application/json' : 'application/json or application/x-www-form-urlencoded';
    return { ok: false, status: 415, error: 'unsupported-media-type', message: `Send ${expected} (got ${type || 'no Content-Type'}).` };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return tooLarge(limit);
  const bytes = await readLimited(request, limit);
  if (!(bytes instanceof Uint8Array)) return bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, error: 'invalid-encoding', message: 'The request body is not valid UTF-8.' };
  }
  if (isForm) return { ok: true, format: 'form', form: new URLSearchParams(text) };
  try {
    return { ok: true, format: 'json', data: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, status: 400, error: 'invalid-json', message: `The request body is not valid JSON: ${(error as Error).message}` };
  }
}
