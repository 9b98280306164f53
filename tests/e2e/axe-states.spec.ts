import { test, expect } from './support/test';
import { openApp } from './support/app';
import { axeViolations, WCAG_AA_AND_BEST_PRACTICE } from './support/axe';
import { VIEWPORTS } from './support/viewports';

/**
 * axe-core's WCAG 2.2 AA rules and its best practices (headings in order, named landmarks,
 * focusable scrolling regions) on the whole page, in each kind of state a reader reaches, on the
 * laptop; on the projector and the phone, the two states whose page changes most with the
 * screen (the details panel filled, the lists open). Each run takes seconds: eighteen were the
 * slowest file of the browser suite, and the other states differ from these in content, not in
 * anything a screen size changes.
 */
const STATES = [
  { name: 'nothing selected', query: '' },
  { name: 'an event selected', query: '?event=trump-bukele-white-house-meeting', everySize: true },
  { name: 'an entity selected', query: '?entity=kilmar-abrego-garcia' },
  { name: 'a relation selected', query: '?relation=trump-president-of-us' },
  { name: 'a window set', query: '?from=2025-03&to=2025-04' },
  { name: 'the lists open', query: '', lists: true, everySize: true },
] as const;

for (const viewport of VIEWPORTS) {
  test.describe(`axe at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });
    const laptop = viewport === VIEWPORTS[0];
    for (const state of STATES.filter((s) => laptop || 'everySize' in s)) {
      test(state.name, async ({ page }) => {
        await openApp(page, state.query);
        if ('lists' in state) {
          await page.getByRole('tab', { name: 'Lists' }).click();
          await expect(page.locator('#list-relations-heading')).toBeVisible();
        }
        expect(await axeViolations(page, 'body', WCAG_AA_AND_BEST_PRACTICE)).toEqual([]);
      });
    }
  });
}
