import { test, expect, type Page } from './support/test';
import { inView, openApp } from './support/app';

/**
 * The page in the reader's own settings: a change of setting followed without a reload, and the
 * page's high-contrast switch for a projector. (axe-core in every theme, state and screen is
 * axe-states.spec.ts's; the contrast of what axe cannot see, the canvas and SVG marks in every
 * state, is src/ui/look.test.ts's.)
 */
async function open(page: Page, media: Parameters<Page['emulateMedia']>[0], query: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia(media);
  await openApp(page, query);
}

const contrastSwitch = (page: Page) => page.getByRole('button', { name: 'High contrast' });

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
