import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Removes the build playwright.config.ts made for this run (not one it was handed). */
export default function teardown(): void {
  if (process.env.E2E_DIST || !process.env.E2E_PORT) return;
  rmSync(join(tmpdir(), `aea-e2e-${process.env.E2E_PORT}`), { recursive: true, force: true });
}
