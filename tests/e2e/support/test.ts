import {
  test as base,
  expect,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';

/**
 * Every spec's `test`: Playwright's, with one knob for reproducing a busy machine.
 * E2E_CPU_THROTTLE=6 npx playwright test runs every page's JavaScript six times slower
 * (Chrome's CPU throttling), which brings out tests that race the app instead of waiting for it.
 */
const throttle = Number(process.env.E2E_CPU_THROTTLE ?? 1);

async function slowDown(page: Page): Promise<void> {
  if (throttle <= 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await slowDown(page);
    await use(page);
  },
});

/** A page in a context of its own (a time zone, reduced motion…), slowed down like the rest. */
export async function newPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await slowDown(page);
  return page;
}

export { expect };
export type { Browser, Locator, Page } from '@playwright/test';
