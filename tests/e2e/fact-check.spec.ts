import { test, expect } from './support/test';
import { inView, openApp } from './support/app';

/**
 * Issue 10's reader-facing parts, on the bundled story: a glossary term opens its definition by
 * click and by keyboard; the Compare tab sets the two reports side by side on every point; the
 * events of one day read in the order they happened, not by title.
 */

/** The two reports of data/story.json, in the order every comparison cites them. */
const REPORTS = ['report-washington-dateline', 'afp-preview'];

/** data/story.json's comparisons, in the Compare tab's order: agree, differ, one only. */
const COMPARISON_IDS = [
  'gang-claim-and-denial',
  'very-low-fee',
  'the-cecot-prison',
  'count-and-label',
  'what-bukele-offered',
  'who-says-six-million',
  'who-says-it-was-a-mistake',
  'what-the-court-ordered',
  'what-the-law-is',
  'how-soon-the-flights',
  'remittances-only-afp',
  'the-day-itself',
];

test.describe('the fact-checked story', () => {
  test('a glossary term opens its definition with a click, and shuts again', async ({ page }) => {
    await openApp(page, '?event=remittances-grow-14-percent');
    const details = inView(page, 'details');
    const word = details.locator('button[data-term-id="remittances"]');
    await expect(word).toHaveAttribute('aria-expanded', 'false');
    await word.click();
    const definition = details.locator('[data-term-definition="remittances"]');
    await expect(definition).toBeVisible();
    await expect(definition).toContainText('remittances:');
    await expect(word).toHaveAttribute('aria-expanded', 'true');
    // Its source is named, with an address to check it by.
    await expect(definition.locator('a[target="_blank"]').first()).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    await word.click();
    await expect(definition).toHaveCount(0);
    // Opening a definition selected nothing else.
    await expect(page).toHaveURL(/event=remittances-grow-14-percent/);
  });

  test('a glossary term opens with Enter, and Escape shuts it, the selection kept', async ({
    page,
  }) => {
    await openApp(page, '?event=boasberg-shields-five-venezuelans');
    const details = inView(page, 'details');
    const word = details.locator('button[data-term-id="temporary-restraining-order"]');
    await word.focus();
    await page.keyboard.press('Enter');
    const definition = details.locator('[data-term-definition="temporary-restraining-order"]');
    await expect(definition).toBeVisible();
    await expect(definition).toContainText('temporary restraining order:');
    await page.keyboard.press('Escape');
    await expect(definition).toHaveCount(0);
    await expect(word).toBeFocused();
    // The first Escape shut the definition; the selection is still there.
    await expect(page).toHaveURL(/event=boasberg-shields-five-venezuelans/);
    await expect(details.locator('h3')).toHaveCount(1);
  });

  test('the Compare tab lists every point with both reports’ citations', async ({ page }) => {
    await openApp(page);
    await page.getByRole('tab', { name: 'Compare' }).click();
    const panel = page.locator('[data-view="compare"]');
    await expect(panel).toBeVisible();
    const points = panel.locator('article[data-comparison-id]');
    await expect(points).toHaveCount(COMPARISON_IDS.length);
    expect(
      await points.evaluateAll((els) => els.map((e) => e.getAttribute('data-comparison-id'))),
    ).toEqual(COMPARISON_IDS);
    for (const point of await points.all()) {
      const cited = await point
        .locator('[data-report]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-report')));
      expect(cited).toEqual(REPORTS);
      // Each report either quotes its own words or says in words that it is silent.
      for (const report of await point.locator('[data-report]').all()) {
        await expect(report.locator('blockquote, .note').first()).not.toBeEmpty();
      }
    }
    await expect(
      panel.locator('[data-comparison-id="who-says-six-million"] blockquote'),
    ).not.toHaveCount(0);
  });

  test('the events of 15 March 2025 read in the order they happened', async ({ page }) => {
    await openApp(page);
    await page.getByRole('tab', { name: 'Lists' }).click();
    const order = await inView(page, 'list')
      .locator('li[data-event-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    const march15 = [
      'boasberg-shields-five-venezuelans',
      'aea-invoked-against-tren-de-aragua',
      'deportation-flights-to-cecot',
      'abrego-garcia-deported-by-mistake',
      'boasberg-blocks-removals-under-act',
    ];
    expect(order.filter((id) => march15.includes(id!))).toEqual(march15);
    // Sorted by title, the evening's court order would have come before the morning's.
    const item = inView(page, 'list').locator('li[data-event-id="deportation-flights-to-cecot"]');
    await expect(item.locator('time')).toHaveAttribute('datetime', '2025-03-15T16:26');
  });
});
