import { existsSync } from 'node:fs';

/** Debian's Chromium; never a downloaded browser. Fails loudly with the install command. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with: sudo apt-get update && sudo apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH). The browser tests never skip.',
    );
  }
  return path;
}
