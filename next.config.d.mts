// Types for tests that import the config (it stays .mjs, as the design card asks).
import type { NextConfig } from 'next';

declare const nextConfig: NextConfig;
export default nextConfig;
