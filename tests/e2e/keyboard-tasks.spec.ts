import { test, expect, type Locator } from './support/test';
import { inView, openApp, readyStage } from './support/app';

/**
 * A keyboard-only reader's six tasks at 1024 × 768, with real key presses, counted: the skip
 * links, type-ahead and the lists' jump links are what keep the count down (143 before them).
 */
test.use({ viewport: { width: 1024, height: 768 } });

const MEETING = 'trump-bukele-white-house-meeting';
const KILMAR = 'kilmar-abrego-garcia';
const CECOT = 'cecot';

test('the six reader tasks take at most 60 key presses', async ({ page }) => {
  await openApp(page);
  let presses = 0;
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      await page.keyboard.press(key);
      presses++;
    }
  };
  const type = async (text: string) => {
    await page.keyboard.type(text);
    presses += text.length;
  };
  /** Presses `key` until `target` has focus, counting each press. */
  const until = async (target: Locator, key: string) => {
    for (let i = 0; i < 30; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await press(key);
    }
    throw new Error(`focus did not reach the target in 30 presses of ${key}`);
  };

  // 1. Select the Monday 14 April 2025 White House meeting: skip link, type-ahead, Enter.
  await press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to timeline' })).toBeFocused();
  await press('Enter');
  await type('trump h');
  await press('Enter');
  await expect(inView(page, 'timeline').locator(`[data-event-id="${MEETING}"]`)).toHaveAttribute(
    'data-state',
    'selected',
  );

  // 2. Read its sources: on to the details panel, and to the end of it.
  await until(inView(page, 'details'), 'Tab');
  await press('End');
  await expect(inView(page, 'details').locator('.citations li').last()).toBeInViewport();

  // 3. Select Kilmar Abrego Garcia in the graph: back to its listbox, type-ahead, Enter.
  await until(readyStage(page).getByRole('listbox'), 'Shift+Tab');
  await type('kil');
  await press('Enter');
  await expect(readyStage(page).locator(`[data-entity-id="${KILMAR}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // 4. Follow one relation: R steps to his first relation, Enter selects it.
  await press('r', 'Enter');
  await expect(page.locator('[data-view="details"] .details')).toHaveAttribute(
    'data-selection-kind',
    'relation',
  );

  // 5. Select CECOT in the lists: on to the tabs, the Lists tab, the jump to people and
  // places, type-ahead, Enter.
  await until(page.getByRole('tab', { name: 'Details' }), 'Tab');
  await press('ArrowRight');
  await until(page.getByRole('link', { name: 'People, organisations and places' }), 'Tab');
  await press('Enter');
  await type('cec');
  await press('Enter');
  const cecot = inView(page, 'list').locator(`[data-entity-id="${CECOT}"]`);
  await expect(cecot).toHaveAttribute('data-state', 'selected');

  // 6. Clear the selection.
  await press('Escape');
  await expect(cecot).not.toHaveAttribute('data-state', 'selected');
  await expect(page.locator('[data-view="details"] .details')).toHaveAttribute(
    'data-selection-kind',
    'none',
  );

  test.info().annotations.push({ type: 'key presses', description: String(presses) });
  expect(presses).toBeLessThanOrEqual(60);
});
