import { test, expect } from './support/test';
import { inView, openApp } from './support/app';
import { axeViolations } from './support/axe';

/**
 * axe-core's WCAG 2.2 A and AA rules on what a reader meets: the first page, an event's details
 * with a glossary definition open, the lists with the glossary, and the reports compared.
 * Canvas drawings are outside axe's reach; the graph's and timeline's own tests cover them.
 */
test.describe('WCAG 2.2 AA by axe-core', () => {
  test('the first page', async ({ page }) => {
    await openApp(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('an event’s details with a glossary definition open', async ({ page }) => {
    await openApp(page, '?event=boasberg-shields-five-venezuelans');
    await inView(page, 'details').locator('button[data-term-id]').first().click();
    await expect(inView(page, 'details').locator('[data-term-definition]')).toBeVisible();
    expect(await axeViolations(page, '[data-view="details"]')).toEqual([]);
  });

  test('the lists, with the words explained', async ({ page }) => {
    await openApp(page);
    await page.getByRole('tab', { name: 'Lists' }).click();
    await expect(page.locator('#list-terms-heading')).toBeAttached();
    expect(await axeViolations(page, '#panel-lists')).toEqual([]);
  });

  test('the reports compared', async ({ page }) => {
    await openApp(page);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await expect(page.locator('[data-view="compare"] article').first()).toBeVisible();
    expect(await axeViolations(page, '#panel-compare')).toEqual([]);
  });
});
