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

/**
 * Chromium's features turned off. Playwright's own list (1.65, chromiumSwitches.ts) comes first:
 * a second --disable-features replaces the first rather than adding to it. Then the omnibox's
 * popups: Chromium 156 builds them as web pages, in a renderer for every window, and Playwright
 * opens a window for every test's context. They cost about 1.6 s of CPU a test, nearly as much
 * as the explainer's own page, on a machine where the browser tests are bound by CPU.
 */
export const DISABLED_FEATURES = `--disable-features=${[
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
].join(',')}`;

/** How every browser test starts Chromium: as root, offline, with nothing of its own to fetch. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  DISABLED_FEATURES,
];
