import createNextIntlPlugin from 'next-intl/plugin';
import { buildDir } from './lib/build-dir.mjs';
import { htmlLimitedBots } from './lib/html-limited-bots.mjs';

// Security headers for a static support site. Next's App Router inlines the scripts that boot
// React Server Components, so script-src needs 'unsafe-inline' unless every page is rendered per
// request with a nonce, which would give up static generation. Nothing else may load from
// outside the site, and no other site may frame ours.
const isDev = process.env.NODE_ENV !== 'production';

const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const noSniff = { key: 'X-Content-Type-Options', value: 'nosniff' };

// Policies a browser applies only to a document it renders. The build's hashed scripts and styles
// under /_next/static never are one, so they get nosniff alone: the rest was some 440 bytes on
// each of the eight to ten assets a first visit loads (issue 8's page weight counts headers).
const documentHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  noSniff,
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into its own folder, so it never replaces the build `npm start` serves.
  distDir: buildDir,
  poweredByHeader: false,
  // The test-only pseudo-language (lib/i18n/pseudo.ts) is part of a build or not, in the server and
  // the browser bundle alike: Next inlines `env` into both. Empty in every build but the tests'.
  env: { FIXPATH_PSEUDO_LOCALE: process.env.FIXPATH_PSEUDO_LOCALE === '1' ? '1' : '' },
  // Link previewers get the page's metadata in its <head> (lib/html-limited-bots.mjs).
  htmlLimitedBots,
  // The site's server compresses, with brotli where the browser takes it (scripts/site-server.mjs).
  compress: false,
  reactStrictMode: true,
  // mdx-bundler drives esbuild (a page compiles its article's MDX when it first renders it); bundling
  // either into the server breaks both bundlers.
  // The rest are plain Node packages the server loads from node_modules as they are: bundling them
  // only cost Turbopack's cold compile 1.5-2 s and the build's peak ~80 MB (issue 8).
  serverExternalPackages: ['mdx-bundler', 'esbuild', 'remark-gfm', 'remark-mdx', 'remark-parse', 'unified', 'mdast-util-from-markdown', 'unist-util-visit', 'yaml', 'github-slugger', 'pg', 'zod'],
  // `npm run build` (scripts/build.mjs) runs tsc itself, incrementally and only when code changed, and
  // says so here; Next's own check would repeat it on every build. A bare `next build` still checks.
  typescript: { ignoreBuildErrors: process.env.FIXPATH_TYPES_CHECKED === '1' },
  // `npm run build` (see scripts/last-compile.mjs) compiles and renders in two processes (`--experimental-build-mode=compile`, then
  // `=generate`), so the compiler's ~700 MB of native memory is given back before pages are rendered
  // (issue 8: build peak memory within 1 GB; one process peaked at 1.5 GB). With that room, pages
  // render in two workers on this 2-core machine instead of Next's default of one.
  // Turbopack's source maps are off: a production server does not read them (Next's serverSourceMaps
  // is off by default), and writing them cost ~50 MB at the compile's peak and 15 MB of output.
  // Loaders (PostCSS for Tailwind) run in worker threads rather than child processes: ~35 MB less.
  experimental: {
    // app/global-not-found.tsx: the full 404 page, kept out of every page's payload.
    globalNotFound: true,
    cpus: 2,
    turbopackSourceMaps: false,
    turbopackPluginRuntimeStrategy: 'workerThreads',
  },
  async headers() {
    return [
      { source: '/:path((?!_next/static/).*)', headers: documentHeaders },
      { source: '/_next/static/:path*', headers: [noSniff] },
    ];
  },
};

// Interface strings per language (lib/i18n/messages), read in server components only.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request-config.server.ts');

export default withNextIntl(nextConfig);
