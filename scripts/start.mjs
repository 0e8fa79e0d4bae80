// `npm start`: serve the production build on PORT (default 3000), building it first when there is
// none, so a fresh clone needs only `npm install && npm start`.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: running npm run build first.');
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
