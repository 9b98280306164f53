import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './support/test';
import { clashes, inside, type Box } from './support/boxes';
import { inView, readyStage } from './support/app';
import { bigStory } from '../fixtures/big-story';

/**
 * The graph at scale, as a newsroom would publish it: a story of 1,000 entities and
 * 3,000 relations linked by `?story=`, with its layout file beside it (`npm run layout`), so the
 * browser lays nothing out. Its figures (ready in about 1.2 s, a click, pan and zoom frames) are
 * npm run bench's; this test checks what a reader sees.
 */
const STORY = JSON.stringify(bigStory({ entities: 1000, relations: 3000, events: 100 }));
const LAYOUT = readFileSync('tests/fixtures/big-story-1000.layout.json', 'utf8');
/** The fixture's layout as the stage fingerprints it (data-layout), recorded from a load. */
const LAYOUT_FINGERPRINT = 'd2dd2fd8';

async function serve(page: Page, path: string, body: string): Promise<void> {
  await page.route(`**/${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/**
 * For every node option in the graph's view: its box on the page, and the box of the node and
 * its name as Cytoscape draws them. (Cytoscape keeps its core on its container as `_cyreg`, as
 * its own extensions find it.) Null while a node in view is not drawn yet.
 */
function drawnInView(page: Page) {
  return inView(page, 'graph').evaluate((graph) => {
    type Core = {
      getElementById(id: string): {
        empty(): boolean;
        renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number };
      };
    };
    const canvas = graph.querySelector('.canvas') as HTMLElement & { _cyreg?: { cy?: Core } };
    const cy = canvas._cyreg?.cy;
    const frame = canvas.getBoundingClientRect();
    const options = [...graph.querySelectorAll<HTMLElement>('.node[data-entity-id]')];
    const out = [];
    for (const option of options) {
      const id = option.dataset.entityId!;
      const node = cy?.getElementById(id);
      if (!node || node.empty()) return null;
      const b = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      const r = option.getBoundingClientRect();
      const drawn = {
        x: frame.x + b.x1,
        y: frame.y + b.y1,
        width: b.x2 - b.x1,
        height: b.y2 - b.y1,
      };
      // Only nodes wholly in the frame: one the frame's edge cuts may pass under a neighbour.
      const whole =
        drawn.x >= frame.x &&
        drawn.y >= frame.y &&
        drawn.x + drawn.width <= frame.x + frame.width &&
        drawn.y + drawn.height <= frame.y + frame.height;
      if (!whole) continue;
      out.push({ id, drawn, option: { x: r.x, y: r.y, width: r.width, height: r.height } });
    }
    return out;
  });
}

test.use({ viewport: { width: 1280, height: 800 } });

test('1,000 entities and 3,000 relations with their layout beside: drawn at once, no two names overlapping', async ({
  page,
}) => {
  await serve(page, 'stories/big-1000.json', STORY);
  await serve(page, 'stories/big-1000.layout.json', LAYOUT);
  // Whether the layout's progress bar ever shows: it would if the browser laid the story out.
  await page.addInitScript(() => {
    const seen = { bar: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      seen.bar ||= document.querySelector('[data-testid="layout-progress"]') !== null;
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('./?story=stories/big-1000.json');

  await expect(readyStage(page)).toBeVisible({ timeout: 25_000 });
  await expect(readyStage(page)).toHaveAttribute('data-layout', LAYOUT_FINGERPRINT);
  expect(
    await page.evaluate(() => (window as unknown as { seen: { bar: boolean } }).seen.bar),
  ).toBe(false);

  // Every node in view drawn (null until then), and at least ten of them wholly in view.
  let nodes: Awaited<ReturnType<typeof drawnInView>> = null;
  await expect
    .poll(async () => (nodes = await drawnInView(page))?.length ?? 0, {
      message: 'nodes in view, drawn whole',
    })
    .toBeGreaterThanOrEqual(10);
  nodes = nodes!;
  // No two nodes with their names overlap, as Cytoscape draws them.
  expect(clashes(nodes.map(({ id, drawn }) => ({ id, ...drawn })))).toEqual([]);
  // Each node's option (its click target and focus ring) covers the node and name drawn, to
  // within 3 px: a big graph's boxes are the layout's (estimate.ts), and Cytoscape's bounds of
  // a polygon or star reach up to 0.9 px further than the layout's 3 px of outline room.
  const grown = (b: Box): Box => ({
    x: b.x - 3,
    y: b.y - 3,
    width: b.width + 6,
    height: b.height + 6,
  });
  const uncovered = nodes.filter(({ drawn, option }) => !inside(drawn, grown(option)));
  expect(uncovered.map(({ id }) => id)).toEqual([]);
});

test('zoomed out past its names, it shows groups by area, and a group opens by keyboard', async ({
  page,
}) => {
  await serve(page, 'stories/big-1000.json', STORY);
  await serve(page, 'stories/big-1000.layout.json', LAYOUT);
  await page.goto('./?story=stories/big-1000.json');
  const graph = inView(page, 'graph');
  await expect(readyStage(page)).toBeVisible({ timeout: 25_000 });
  const groups = graph.getByRole('group', { name: /Groups of closely related entities/ });
  await expect(groups).toHaveCount(0);

  await graph.getByRole('button', { name: 'Fit the whole graph' }).click();
  await expect(groups).toBeVisible();
  const buttons = groups.getByRole('button');
  expect(await buttons.count()).toBeGreaterThanOrEqual(2);
  const boxes = await buttons.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-group-id')!,
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
      };
    }),
  );
  expect(clashes(boxes)).toEqual([]);
  for (const b of boxes) expect(b.height, b.id).toBeGreaterThanOrEqual(24);
  // Named for a screen reader by its leader, its count and what it does.
  await expect(buttons.first()).toHaveAccessibleName(/^.+ and \d+ more: \d+ entities\. Zoom in$/);

  // Every group button put on the page from here on: none should come back during the glide.
  await page.evaluate(() => {
    const seen = { buttons: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && n.querySelector('[data-group-id]')) seen.buttons++;
    }).observe(document.body, { subtree: true, childList: true });
  });
  const leader = await buttons.first().getAttribute('data-group-id');
  await buttons.first().focus();
  await page.keyboard.press('Enter');
  await expect(groups).toHaveCount(0);
  // The glide ends at names of 12 px or more.
  await expect
    .poll(async () => Number(await readyStage(page).getAttribute('data-label-px')))
    .toBeGreaterThanOrEqual(12);
  expect(
    await page.evaluate(() => (window as unknown as { seen: { buttons: number } }).seen.buttons),
    'group buttons shown again on the way',
  ).toBe(0);
  // The button went with the overview: the focus is on the group's leader, in the graph.
  const listbox = graph.getByRole('listbox');
  await expect(listbox).toBeFocused();
  const active = await listbox.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('data-entity-id', leader!);
});
