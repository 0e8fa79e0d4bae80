import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/**
 * Stands in for Next behind the site server, as far as a route handler can tell: the Node request
 * becomes a web `Request` whose body streams from the connection (headers as the site server left
 * them), the handler's answer is written back, and a handler that throws is logged with `⨯` and
 * answered 500, as Next does.
 */
export function asNodeHandler(route: (request: Request) => Promise<Response>) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      for (const one of [value ?? []].flat()) headers.append(name, one);
    }
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const body = hasBody ? (Readable.toWeb(request) as ReadableStream<Uint8Array>) : undefined;
    let answer: Response;
    try {
      answer = await route(new Request(`http://${request.headers.host}${request.url}`, { method: request.method, headers, body, duplex: 'half' } as RequestInit));
    } catch (error) {
      console.error('⨯', error);
      answer = new Response('Internal Server Error', { status: 500 });
    }
    const cookies = answer.headers.getSetCookie();
    response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), ...(cookies.length > 0 ? { 'set-cookie': cookies } : {}) });
    response.end(Buffer.from(await answer.arrayBuffer()));
  };
}
