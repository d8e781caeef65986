/**
 * `npm test`: every test, in the order that lets each stage rely on the one before.
 *   1. type check (astro check)   2. unit tests (src/lib)
 *   3. build the site at its configured base, and again under /send/ (dist-subpath/)
 *   4. build tests (read dist/)   5. browser tests (Chromium against the served builds)
 * Stops at the first failing stage and says which one.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const stages = [
  ['Type check', 'npx', ['astro', 'check']],
  ['Unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['Build the site', 'npx', ['astro', 'build']],
  ['Build the site under /send/', 'npx', ['astro', 'build'], { SITE_BASE: '/send/', SITE_OUT_DIR: './dist-subpath', ASTRO_CACHE_DIR: './node_modules/.astro-subpath' }],
  ['Build tests', 'npx', ['vitest', 'run', '--project', 'build']],
  ['Browser tests', 'npx', ['vitest', 'run', '--project', 'browser']],
];

rmSync('dist-subpath', { recursive: true, force: true });
for (const [name, command, args, env = {}] of stages) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${name} failed after ${seconds} s. Nothing after it ran.`);
    process.exit(result.status ?? 1);
  }
  console.log(`--- ${name} passed in ${seconds} s`);
}
console.log('\nAll test stages passed.');
