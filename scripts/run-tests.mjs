// `npm test`: every layer (unit and component tests in vitest, then the built app in Chromium
// with Playwright), then one closing line, "N passed, N failed", counted from both runners.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = '.test-summary';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** @param {string} cmd @param {string[]} args @param {Record<string, string>} env */
function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// The browser tests serve a build of their own: the working tree's dist/ may be rebuilt by
// anyone meanwhile (see playwright.config.ts).
const dist = mkdtempSync(join(tmpdir(), 'aea-e2e-'));

const steps = [
  run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}/vitest.json`,
  ]),
  run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn']),
];
steps.push(
  steps[1] === 0
    ? run('npx', ['playwright', 'test', '--reporter=list,json'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
        E2E_DIST: dist,
      })
    : 1,
);
rmSync(dist, { recursive: true, force: true });

/** @param {string} file */
function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const v = read(`${out}/vitest.json`);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
}
const p = read(`${out}/playwright.json`);
if (p) {
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
}
const ok = steps.every((s) => s === 0) && failed === 0 && passed > 0;
if (!ok && failed === 0) failed = 1; // a runner that crashed before counting still fails the run
console.log(`\nunit+component (vitest) and browser (Playwright, Chromium):`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
