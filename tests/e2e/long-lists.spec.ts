import { test, expect, type Page } from './support/test';
import { inView } from './support/app';
import { bigStory } from '../fixtures/big-story';

/**
 * The Lists tab of a story with a thousand events: only the rows near the screen are drawn
 * (WindowedList), yet the keyboard moves through the list as through a whole one. The rule
 * of which rows are drawn is proved on every kind of list in src/lists/row-window.test.ts;
 * here, the real keys.
 */
const STORY = bigStory({ entities: 40, relations: 60, events: 1000 });

async function openLists(page: Page): Promise<void> {
  const body = JSON.stringify(STORY);
  await page.route('**/long-lists.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('./?story=long-lists.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A big story');
  await page.getByRole('tab', { name: 'Lists' }).click();
}

/** The row with focus: its event's id and its place in the whole list. */
const focusedRow = (page: Page) =>
  page.evaluate(() => {
    const li = document.activeElement?.closest('li');
    return { id: li?.dataset.eventId, at: Number(li?.getAttribute('aria-posinset')) };
  });

test('a thousand events: a screenful drawn, every row reached by Tab and by type-ahead', async ({
  page,
}) => {
  await openLists(page);
  const events = inView(page, 'list').locator('section[aria-labelledby="list-events-heading"] li');
  await expect(events.first()).toHaveAttribute('aria-setsize', '1000');
  const drawn = await events.count();
  expect(drawn, 'rows drawn of the thousand').toBeLessThan(100);
  // The list is as tall as all its rows: its scroll bar tells the truth.
  const height = await inView(page, 'list')
    .locator('section[aria-labelledby="list-events-heading"] ol')
    .evaluate((ol) => ol.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(1000 * 40);

  // The jump link to the events, then Tab past every row drawn at first.
  await inView(page, 'list').getByRole('link', { name: 'Events in date order' }).click();
  expect(await focusedRow(page)).toEqual({ id: 'event-0000', at: 1 });
  const presses = drawn + 5;
  for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
  expect(await focusedRow(page)).toMatchObject({ at: presses + 1 });
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  expect(await focusedRow(page)).toMatchObject({ at: presses - 2 });
  await expect(page.locator(':focus')).toBeInViewport();

  // Type-ahead reaches a row far from any drawn: "Event 990".
  await page.keyboard.type('event 990');
  await expect.poll(() => focusedRow(page)).toMatchObject({ id: 'event-0989' });
  await expect(page.locator(':focus')).toBeInViewport();
  expect(await events.count()).toBeLessThan(100);
});
