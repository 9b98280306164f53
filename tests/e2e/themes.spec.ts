import { test, expect, type Page } from './support/test';
import { inView, openApp } from './support/app';
import { axeViolations, WCAG_AA_AND_BEST_PRACTICE } from './support/axe';

/**
 * The page in the reader's own settings: dark, more contrast, Windows' forced colours, and the
 * page's high-contrast switch for a projector. axe-core's WCAG 2.2 AA rules and best practices
 * on the first page and with an entity selected, at 1280×720, in each (the light theme's are
 * axe-states.spec.ts's, which runs in the light theme, Playwright's default). (The contrast of what
 * axe cannot see, the canvas and SVG marks in every state, is src/ui/look.test.ts's.)
 */
const MODES = [
  { name: 'dark', media: { colorScheme: 'dark' }, theme: 'dark' },
  { name: 'high contrast', media: { contrast: 'more' }, theme: 'contrast' },
  { name: 'forced colours', media: { forcedColors: 'active' }, theme: 'forced' },
] as const;

const STATES = [
  { name: 'the first page', query: '' },
  { name: 'an entity selected', query: '?entity=nayib-bukele' },
] as const;

async function open(page: Page, media: Parameters<Page['emulateMedia']>[0], query: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia(media);
  await openApp(page, query);
}

const contrastSwitch = (page: Page) => page.getByRole('button', { name: 'High contrast' });

for (const mode of MODES) {
  for (const state of STATES) {
    test(`${mode.name}: ${state.name} passes axe-core`, async ({ page }) => {
      await open(page, mode.media, state.query);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode.theme);
      const violations = await axeViolations(page, 'body', WCAG_AA_AND_BEST_PRACTICE);
      expect(violations).toEqual([]);
    });
  }
}

test('the page follows a change of the reader’s setting without a reload', async ({ page }) => {
  await open(page, { colorScheme: 'light' }, '');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(18, 20, 24)');
});

test('the high-contrast switch toggles, and is remembered', async ({ page }) => {
  await open(page, {}, '');
  const html = page.locator('html');
  await expect(contrastSwitch(page)).toHaveAttribute('aria-pressed', 'false');
  await contrastSwitch(page).click();
  await expect(contrastSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(html).toHaveAttribute('data-theme', 'contrast');
  expect(
    await inView(page, 'timeline')
      .locator('.label')
      .first()
      .evaluate((el) => getComputedStyle(el).fill),
  ).toBe('rgb(0, 0, 0)');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'contrast');
  await expect(contrastSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await contrastSwitch(page).click();
  await expect(contrastSwitch(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the switch turns off the reader’s more-contrast setting for this page', async ({ page }) => {
  await open(page, { contrast: 'more' }, '');
  await expect(contrastSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await contrastSwitch(page).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the switch is a 44 px target', async ({ page }) => {
  await open(page, {}, '');
  const box = await contrastSwitch(page).boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.width).toBeGreaterThanOrEqual(44);
});
