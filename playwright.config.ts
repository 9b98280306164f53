import { defineConfig } from '@playwright/test';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/support/chromium';

/**
 * The app under test is a build of its own, served on a port of its own. The working tree's
 * dist/ and port 4179 are shared: another build empties dist/ while it runs (a page then loads
 * as a 404), and a second test run cannot bind the same port. This file is loaded again in
 * every worker; the workers inherit the environment set here by the main process, so they
 * agree on the port and the folder.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(address),
      );
    });
  });
}
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
/** Set by scripts/run-tests.mjs, which has just built the app there; otherwise built here. */
const prebuilt = process.env.E2E_DIST;
// (support/teardown.ts removes it again.)
const outDir = prebuilt ?? join(tmpdir(), `aea-e2e-${port}`);
const build = `npx vite build --outDir ${outDir} --emptyOutDir --logLevel warn`;
// The explainer as one file, deployed beside the app as the README says (npm run build, then
// npm run build:single): single-file.spec.ts opens it from file:// and from the full page.
const single = `npx tsx scripts/build-single.ts --beside ${outDir}`;
process.env.E2E_SERVED = outDir;
const preview = `npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`;

export default defineConfig({
  testDir: 'tests/e2e',
  globalTeardown: './tests/e2e/support/teardown.ts',
  fullyParallel: true,
  workers: 2,
  // A test that fails once is a test to fix, not to run again.
  retries: 0,
  reporter: [['list']],
  // Each test is meant to finish in well under 15 s on a quiet machine.
  timeout: 30_000,
  // A state a test waits for can take longer than Playwright's default 5 s to arrive on a busy
  // 2-core machine (a CI run beside four builds timed out at 5 s, never at 10). Tests wait for
  // states, never for time: a longer wait costs nothing when the state comes at once.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: prebuilt ? `${single} && ${preview}` : `${build} && ${single} && ${preview}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    // A build on a busy machine can take most of a minute.
    timeout: 180_000,
  },
});
