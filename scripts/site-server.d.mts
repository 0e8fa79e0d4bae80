// Types for tests that import the server (it stays .mjs so `npm start` runs on plain node).
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { PageCache } from './page-cache.mjs';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

export function siteRequestListener(
  handleByNext: Handler,
  staticDir: string,
  pageCache?: PageCache,
  options?: { trustProxy?: (address: string, hop: number) => boolean; reportFailure?: (method: string, url: string, status: number) => void },
): Handler;
export function startSiteServer(options: { dir?: string; port: number; hostname?: string }): Promise<Server>;
