// @ts-check
/**
 * Brotli and gzip at their highest settings, for bytes compressed once and sent many times: the
 * build's assets (scripts/precompress-assets.mjs) and the pages the server keeps (scripts/page-cache.mjs).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** @param {Buffer} data */
export function brotliBest(data) {
  return brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
}

/** @param {Buffer} data */
export function gzipBest(data) {
  return gzipped(data, { level: constants.Z_BEST_COMPRESSION });
}
