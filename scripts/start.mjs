// `npm start`: serve the production build (scripts/site-server.mjs) on PORT or `-p` (default 3000),
// on every interface or the one `-H` names, building it first when there is none, so a fresh clone
// needs only `npm install && npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDir } from '../lib/build-dir.mjs';
import { startSiteServer } from './site-server.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });

if (!existsSync(path.join(buildDir, 'BUILD_ID'))) {
  console.log('No production build yet: running npm run build first.');
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = Number(values.port ?? process.env.PORT ?? 3000);
await startSiteServer({ port, hostname: values.hostname });
console.log(`Fixpath is serving on http://${values.hostname ?? 'localhost'}:${port}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
