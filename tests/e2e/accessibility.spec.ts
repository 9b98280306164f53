import { test, expect } from './support/test';
import { inView, openApp } from './support/app';
import { axeViolations } from './support/axe';

/**
 * axe-core's WCAG 2.2 A and AA rules on what a reader meets beyond the states of
 * axe-states.spec.ts (which holds the first page and the lists, with the glossary, in every
 * theme and screen): an event's details with a glossary definition open, and the reports
 * compared. Canvas drawings are outside axe's reach; the graph's and timeline's own tests and
 * src/ui/look.test.ts cover them.
 */
test.describe('WCAG 2.2 AA by axe-core', () => {
  test('an event’s details with a glossary definition open', async ({ page }) => {
    await openApp(page, '?event=boasberg-shields-five-venezuelans');
    await inView(page, 'details').locator('button[data-term-id]').first().click();
    await expect(inView(page, 'details').locator('[data-term-definition]')).toBeVisible();
    expect(await axeViolations(page, '[data-view="details"]')).toEqual([]);
  });

  test('the reports compared', async ({ page }) => {
    await openApp(page);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await expect(page.locator('[data-view="compare"] article').first()).toBeVisible();
    expect(await axeViolations(page, '#panel-compare')).toEqual([]);
  });
});
