import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Stands in for Next behind the site server: turns the Node request into the web `Request` a route
 * handler receives (headers as the site server left them) and writes the handler's answer back.
 */
export function asNodeHandler(route: (request: Request) => Promise<Response>) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        for (const one of [value ?? []].flat()) headers.append(name, one);
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const answer = await route(new Request(`http://${request.headers.host}${request.url}`, { method: request.method, headers, body }));
      const cookies = answer.headers.getSetCookie();
      response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), ...(cookies.length > 0 ? { 'set-cookie': cookies } : {}) });
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  };
}
