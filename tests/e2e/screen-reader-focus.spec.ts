import { test, expect, type Page } from './support/test';
import { inView, openApp, readyStage } from './support/app';

/**
 * What a screen reader and a keyboard reader meet, read from Chromium's own accessibility
 * tree (not the attributes), and where focus goes: never lost, never hidden.
 */
test.use({ viewport: { width: 1024, height: 768 } });

const MEETING = 'trump-bukele-white-house-meeting';

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** Every node of Chromium's accessibility tree with its role, name and selected state. */
async function axOptions(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes.map((n) => ({
    role: n.role?.value,
    name: n.name?.value ?? '',
    selected: n.properties?.find((p) => p.name === 'selected')?.value.value === true,
  }));
}

test('the timeline’s events are options in the accessibility tree, the selected one selected', async ({
  page,
}) => {
  await openApp(page, `?event=${MEETING}`);
  // Each event as the tree has it: the role an item gets among the listbox's (option, or group
  // before), with its name and state.
  const items = (await axOptions(page)).filter((n) => n.role === 'option' || n.role === 'group');
  expect(items.filter((n) => n.name.startsWith('Trump hosts Bukele at the White House'))).toEqual([
    {
      role: 'option',
      name: 'Trump hosts Bukele at the White House, 14 April 2025',
      selected: true,
    },
  ]);
  expect(items.filter((n) => n.name.startsWith('Alien Enemies Act signed'))).toEqual([
    { role: 'option', name: 'Alien Enemies Act signed, 6 July 1798', selected: false },
  ]);
  expect(items.filter((n) => n.role === 'option' && n.selected)).toHaveLength(1);
  // The computed tree agrees, through Playwright's role query.
  await expect(inView(page, 'timeline').getByRole('option', { selected: true })).toHaveAttribute(
    'data-event-id',
    MEETING,
  );
});

test('the lists hold every relation, a claim said in words, and a second press lets go', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Lists' }).click();
  const relations = page.locator('[data-view="list"] li[data-relation-id]');
  await expect(relations).toHaveCount(55);
  const claimed = relations.filter({ hasText: 'claim by' });
  await expect(claimed.first()).toBeVisible();
  const button = relations.first().getByRole('button');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-view="details"] .details')).toHaveAttribute(
    'data-selection-kind',
    'relation',
  );
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('a contested relation in the details says whose claim it is, in words', async ({ page }) => {
  await openApp(page, '?entity=nayib-bukele');
  const details = inView(page, 'details');
  await expect(details.locator('.links li.claimed').first()).toContainText('claim by');
});

test('after a link in the details, focus is on the new item’s heading', async ({ page }) => {
  await openApp(page, `?event=${MEETING}`);
  const link = inView(page, 'details').locator('a[data-link-kind="entity"]').first();
  const name = (await link.textContent())!.trim();
  await link.focus();
  await page.keyboard.press('Enter');
  const heading = inView(page, 'details').getByRole('heading', { level: 3, name });
  await expect(heading).toBeFocused();
});

test('a node the keyboard reaches is inside the visible stage, clear of the help', async ({
  page,
}) => {
  await openApp(page);
  const listbox = readyStage(page).getByRole('listbox');
  await listbox.focus();
  const help = page.locator('[data-view="graph"] .help:not(.visually-hidden)');
  await expect(help).toBeVisible();
  // After each key, the active node's box against the stage's, below the help: checked in the
  // page on keyup (once the keydown's pan is drawn), one round trip for all the keys.
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { hiddenLog: string[] }).hiddenLog = log;
    document.addEventListener('keyup', () => {
      const graph = document.querySelector('[data-view="graph"]')!;
      const node = graph.querySelector('.node.active');
      const stage = graph.querySelector('.stage')!.getBoundingClientRect();
      const top =
        graph.querySelector('.help:not(.visually-hidden)')?.getBoundingClientRect().bottom ?? NaN;
      if (!node) return log.push('none active');
      const b = node.getBoundingClientRect();
      const inside = b.left >= stage.left && b.right <= stage.right && b.top >= top;
      if (!inside || b.bottom > stage.bottom) log.push(node.getAttribute('data-entity-id')!);
    });
  });
  // A few real presses to the ends of the reading order and near them; that every node is
  // reachable is proven in keyboard-nav.test.ts, the room kept clear in viewport.test.ts.
  for (const key of ['Home', 'PageDown', 'PageDown', 'End', 'PageUp', 'PageUp', 'ArrowUp'])
    await page.keyboard.press(key);
  const hidden = await page.evaluate(
    () => (window as unknown as { hiddenLog: string[] }).hiddenLog,
  );
  expect(hidden).toEqual([]);
});

test('tabbing into the graph shows its focus ring at once', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Skip to graph' }).focus();
  await page.keyboard.press('Enter');
  await expect(readyStage(page).locator('.nodes.keyboard')).toBeFocused();
  await expect(readyStage(page).locator('.node.active')).toHaveCount(1);
});

test('Escape closes the timeline’s tip', async ({ page }) => {
  await openApp(page);
  const listbox = inView(page, 'timeline').getByRole('listbox');
  await listbox.focus();
  await page.keyboard.press('End');
  const tip = inView(page, 'timeline').locator('.tip');
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await expect(listbox).toBeFocused();
});
