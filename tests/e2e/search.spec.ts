import { test, expect, type Page } from './support/test';
import { inView, openApp } from './support/app';
import { axeViolations } from './support/axe';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the story' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

/** The result the arrows reached, by the field's aria-activedescendant: its kind and id. */
async function reached(page: Page): Promise<string | null> {
  return searchBox(page).evaluate((el) => {
    const id = el.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    if (!option || option.getAttribute('aria-selected') !== 'true') return null;
    return `${option.getAttribute('data-result-kind')}:${option.getAttribute('data-result-id')}`;
  });
}

/** Each group's heading, then its results as "kind:id", as the listbox shows them. */
async function listed(page: Page): Promise<string[]> {
  return results(page)
    .locator('[role="group"] > [role="presentation"], [role="option"]')
    .evaluateAll((els) =>
      els.map((el) =>
        el.getAttribute('role') === 'option'
          ? `${el.getAttribute('data-result-kind')}:${el.getAttribute('data-result-id')}`
          : el.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    );
}

const state = (page: Page, view: 'graph' | 'timeline', attr: string, id: string) =>
  inView(page, view).locator(`[${attr}="${id}"]`).first();

test.describe('search, by keyboard alone', () => {
  test('"abrego", without its accent or capital, finds Kilmar Abrego Garcia and selects him everywhere', async ({
    page,
  }) => {
    await openApp(page);
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('abrego');
    await expect(results(page)).toBeVisible();
    expect((await listed(page)).slice(0, 3)).toEqual([
      'People, organisations and places 8 of 10',
      'entity:kilmar-abrego-garcia',
      'entity:abrego-garcia-family',
    ]);
    const first = results(page).getByRole('option').first();
    await expect(first.locator('mark')).toHaveText('Abrego');
    await expect(first).toContainText('Kilmar Abrego Garcia');
    await expect(first).toContainText('person');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => reached(page)).toBe('entity:kilmar-abrego-garcia');
    await page.keyboard.press('Enter');
    await expect(results(page)).toBeHidden();
    await expect(searchBox(page)).toHaveValue('Kilmar Abrego Garcia');
    await expect(searchBox(page)).toBeFocused();
    await expect(page).toHaveURL(/[?&]entity=kilmar-abrego-garcia(&|$)/);
    await expect(state(page, 'graph', 'data-entity-id', 'kilmar-abrego-garcia')).toHaveAttribute(
      'data-state',
      'selected',
    );
    await expect(
      state(page, 'timeline', 'data-event-id', 'abrego-garcia-deported-by-mistake'),
    ).toHaveAttribute('data-state', 'related');
    await expect(inView(page, 'details').getByRole('heading', { level: 3 })).toHaveText(
      'Kilmar Abrego Garcia',
    );
  });

  test('"CECOT" finds the prison and the events that name it; an event chosen is selected everywhere', async ({
    page,
  }) => {
    await openApp(page);
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('CECOT');
    await expect(results(page)).toBeVisible();
    const shown = await listed(page);
    expect(shown.slice(0, 2)).toEqual(['People, organisations and places', 'entity:cecot']);
    const events = shown.indexOf('Events');
    expect(shown.slice(events, events + 3)).toEqual([
      'Events',
      'event:cecot-opens',
      'event:deportation-flights-to-cecot',
    ]);
    // Down through the people and places (events − 1 of them) to the first event; Up and
    // Down again, to be sure.
    for (let i = 0; i < events; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => reached(page)).toBe('event:cecot-opens');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => reached(page)).toBe('event:cecot-opens');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]event=cecot-opens(&|$)/);
    await expect(state(page, 'timeline', 'data-event-id', 'cecot-opens')).toHaveAttribute(
      'data-state',
      'selected',
    );
    await expect(state(page, 'graph', 'data-entity-id', 'cecot')).toHaveAttribute(
      'data-state',
      'related',
    );
  });

  test('a word found only in a quote shows the quote, the word marked, and selects a relation', async ({
    page,
  }) => {
    await openApp(page);
    await searchBox(page).focus();
    await page.keyboard.type('blitz');
    await expect(results(page)).toBeVisible();
    expect(await listed(page)).toEqual([
      'People, organisations and places',
      'entity:deportees-in-cecot',
      'Events',
      'event:deportation-flights-to-cecot',
      'Relations',
      'relation:administration-deported-deportees',
    ]);
    const event = results(page).getByRole('option').nth(1);
    await expect(event).toContainText(
      'quote: …over 250 migrants there in a rapid deportation blitz that came just hours after he invoked a rarely…',
    );
    await expect(event.locator('mark')).toHaveText('blitz');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => reached(page)).toBe('relation:administration-deported-deportees');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]relation=administration-deported-deportees(&|$)/);
    for (const end of ['trump-administration', 'deportees-in-cecot']) {
      await expect(state(page, 'graph', 'data-entity-id', end)).toHaveAttribute(
        'data-state',
        'related',
      );
    }
    await expect(
      state(page, 'timeline', 'data-event-id', 'deportation-flights-to-cecot'),
    ).toHaveAttribute('data-state', 'related');
  });

  test('Escape closes the results, then empties the box; the selection stays', async ({ page }) => {
    await openApp(page, '?entity=cecot');
    await searchBox(page).focus();
    await page.keyboard.type('trump');
    await expect(results(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(results(page)).toBeHidden();
    await expect(searchBox(page)).toHaveValue('trump');
    await page.keyboard.press('Escape');
    await expect(searchBox(page)).toHaveValue('');
    await expect(page).toHaveURL(/[?&]entity=cecot(&|$)/);
  });
});

test('the search box and its results pass axe (WCAG 2.2 AA)', async ({ page }) => {
  await openApp(page);
  expect(await axeViolations(page, 'header')).toEqual([]);
  await searchBox(page).focus();
  await page.keyboard.type('abrego');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => reached(page)).toBe('entity:kilmar-abrego-garcia');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  expect(await axeViolations(page, 'header')).toEqual([]);
});
