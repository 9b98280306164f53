import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Story } from '../../src/model/schema';

// Expectations come from the data, worked out here independently of the app's code.
const story = JSON.parse(readFileSync(resolve('data/story.json'), 'utf8')) as Story;
const relationCount = new Map<string, number>();
for (const r of story.relations) {
  relationCount.set(r.from, (relationCount.get(r.from) ?? 0) + 1);
  if (r.to !== r.from) relationCount.set(r.to, (relationCount.get(r.to) ?? 0) + 1);
}
function expectedName(e: Story['entities'][number]): string {
  const n = relationCount.get(e.id) ?? 0;
  // The UI writes British English, like the rest of the page.
  const kind = e.kind === 'organization' ? 'organisation' : e.kind.replace('-', ' ');
  return [e.name, kind, e.role, `${n} relation${n === 1 ? '' : 's'}`].filter(Boolean).join(', ');
}
const entityIds = story.entities.map((e) => e.id).sort();

// Landscape screens show the whole graph at the default fit: at 14 px on a 1024×768
// projector, the bar; 1280×720 is shorter and settles for 12. A phone shows a readable
// window onto the same picture, and the reader pans (or fits it whole with ⤢).
const VIEWPORTS = [
  { width: 1280, height: 720, minLabelPx: 12, whole: true },
  { width: 1024, height: 768, minLabelPx: 14, whole: true },
  { width: 360, height: 740, minLabelPx: 14, whole: false },
];

async function openGraph(page: Page): Promise<{ graph: Locator; stage: Locator }> {
  await page.goto('./');
  const graph = page.locator('[data-view="graph"]');
  const stage = graph.locator('.stage[data-ready="true"]');
  await expect(stage).toBeVisible({ timeout: 15_000 });
  await graph.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  return { graph, stage };
}

function nodes(graph: Locator): Locator {
  return graph.locator('[data-entity-id]');
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
function overlap(a: Rect, b: Rect): boolean {
  const t = 0.5;
  return (
    a.x + a.width - t > b.x &&
    b.x + b.width - t > a.x &&
    a.y + a.height - t > b.y &&
    b.y + b.height - t > a.y
  );
}

for (const viewport of VIEWPORTS) {
  test.describe(`the entity graph at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('has one node element per entity, named for a screen reader', async ({ page }) => {
      const { graph } = await openGraph(page);
      await expect(nodes(graph)).toHaveCount(story.entities.length);
      const roles = await nodes(graph).evaluateAll((els) =>
        els.map((el) => el.getAttribute('role')),
      );
      expect(new Set(roles)).toEqual(new Set(['option']));
      const found = await nodes(graph).evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-entity-id'), el.getAttribute('aria-label')]),
      );
      expect(found.map(([id]) => id).sort()).toEqual(entityIds);
      for (const [id, label] of found) {
        expect(label).toBe(expectedName(story.entities.find((e) => e.id === id)!));
      }
      await expect(graph.getByRole('listbox')).toHaveAttribute('tabindex', '0');
    });

    test('keeps every node and its name clear of the others, and readable', async ({ page }) => {
      const { graph, stage } = await openGraph(page);
      const boxes = await nodes(graph).evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return {
            id: el.getAttribute('data-entity-id'),
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
          };
        }),
      );
      const clashes: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (overlap(a, b)) clashes.push(`${a.id} × ${b.id}`);
        }),
      );
      expect(clashes).toEqual([]);
      for (const b of boxes) expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
      const px = Number(await stage.getAttribute('data-label-px'));
      expect(px).toBeGreaterThanOrEqual(viewport.minLabelPx);
      mkdirSync('/tmp/shots', { recursive: true });
      await graph.screenshot({ path: `/tmp/shots/graph-${viewport.width}x${viewport.height}.png` });
    });

    if (viewport.whole) {
      test('shows every node and name whole at the default fit, none under the buttons', async ({
        page,
      }) => {
        const { graph, stage } = await openGraph(page);
        const frame = (await stage.boundingBox())!;
        const buttons = (await graph.getByRole('group', { name: 'Zoom' }).boundingBox())!;
        const outside: string[] = [];
        for (const node of await nodes(graph).all()) {
          const b = (await node.boundingBox())!;
          const inside =
            b.x >= frame.x &&
            b.y >= frame.y &&
            b.x + b.width <= frame.x + frame.width &&
            b.y + b.height <= frame.y + frame.height;
          if (!inside || overlap(b, buttons))
            outside.push(String(await node.getAttribute('data-entity-id')));
        }
        expect(outside).toEqual([]);
        await expect(graph.getByText(/Part of the graph/)).toBeHidden();
      });
    } else {
      test('shows a readable part of the graph and says how to see the rest', async ({ page }) => {
        const { graph } = await openGraph(page);
        await expect(graph.getByText(/Part of the graph/)).toBeVisible();
      });
    }

    test('draws the same picture on every load', async ({ browser }) => {
      const shots: Buffer[] = [];
      for (let i = 0; i < 2; i++) {
        const page = await browser.newPage({ viewport });
        const { graph } = await openGraph(page);
        await page.waitForTimeout(300); // let any style transition finish
        shots.push(await graph.locator('.canvas').screenshot());
        await page.close();
      }
      expect(shots[0]!.equals(shots[1]!)).toBe(true);
    });
  });
}

test.describe('the entity graph by keyboard and pointer', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  async function activeEntity(listbox: Locator): Promise<string | null> {
    return listbox.evaluate((el) => {
      const id = el.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.getAttribute('data-entity-id') ?? null) : null;
    });
  }

  test('is one tab stop from which Page Down reaches every node in reading order', async ({
    page,
  }) => {
    const { graph } = await openGraph(page);
    const listbox = graph.getByRole('listbox');
    await listbox.focus();
    await page.keyboard.press('Home');
    const seen = [await activeEntity(listbox)];
    for (let i = 1; i < story.entities.length; i++) {
      await page.keyboard.press('PageDown');
      seen.push(await activeEntity(listbox));
    }
    expect([...seen].sort()).toEqual(entityIds);
    await page.keyboard.press('End');
    expect(await activeEntity(listbox)).toBe(seen.at(-1));
  });

  test('reaches every node with the arrow keys alone', async ({ page }) => {
    test.setTimeout(90_000);
    const { graph } = await openGraph(page);
    const listbox = graph.getByRole('listbox');
    await listbox.focus();
    await page.keyboard.press('Home');
    const start = (await activeEntity(listbox))!;
    // Breadth first: a node is expanded by replaying its key path from Home.
    const paths = new Map<string, string[]>([[start, []]]);
    const queue = [start];
    while (queue.length) {
      const id = queue.shift()!;
      for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
        await page.keyboard.press('Home');
        for (const k of paths.get(id)!) await page.keyboard.press(k);
        await page.keyboard.press(key);
        const next = await activeEntity(listbox);
        if (next && !paths.has(next)) {
          paths.set(next, [...paths.get(id)!, key]);
          queue.push(next);
        }
      }
    }
    expect([...paths.keys()].sort()).toEqual(entityIds);
  });

  test('selects with Enter, shows the focus, and clears with Escape', async ({ page }) => {
    const { graph } = await openGraph(page);
    const listbox = graph.getByRole('listbox');
    await listbox.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const id = (await activeEntity(listbox))!;
    const node = graph.locator(`[data-entity-id="${id}"]`);
    await expect(node).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await expect(node).toHaveAttribute('data-state', 'selected');
    await expect(graph.locator('[data-state="dimmed"]').first()).toBeVisible();
    await page.keyboard.press('Escape');
    const states = await nodes(graph).evaluateAll((els) => els.map((el) => el.dataset.state));
    expect(new Set(states)).toEqual(new Set(['default']));
  });

  test('selects a node that is clicked, and marks its neighbours', async ({ page }) => {
    const { graph, stage } = await openGraph(page);
    // A node in view (on a small stage the default view shows the middle of the graph).
    const frame = (await stage.boundingBox())!;
    const inView = await nodes(graph).evaluateAll(
      (els, f) =>
        els
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return (
              r.x >= f.x && r.y >= f.y && r.right <= f.x + f.width && r.bottom <= f.y + f.height
            );
          })
          .map((el) => el.getAttribute('data-entity-id')!),
      frame,
    );
    const id = inView.find((candidate) => relationCount.get(candidate))!;
    expect(id).toBeTruthy();
    await graph.locator(`[data-entity-id="${id}"]`).click();
    await expect(graph.locator(`[data-entity-id="${id}"]`)).toHaveAttribute(
      'data-state',
      'selected',
    );
    const neighbours = new Set(
      story.relations.flatMap((r) => (r.from === id ? [r.to] : r.to === id ? [r.from] : [])),
    );
    for (const other of neighbours) {
      await expect(graph.locator(`[data-entity-id="${other}"]`)).toHaveAttribute(
        'data-state',
        'related',
      );
    }
    await graph.getByRole('button', { name: 'Fit the whole graph' }).click();
    await expect(graph.locator(`[data-entity-id="${id}"]`)).toHaveAttribute(
      'data-state',
      'selected',
    );
  });

  test('zooms with its buttons and keys, and fits again', async ({ page }) => {
    const { graph, stage } = await openGraph(page);
    const zoom = async () => Number(await stage.getAttribute('data-zoom'));
    const before = await zoom();
    await graph.getByRole('button', { name: 'Zoom in on the graph' }).click();
    await expect.poll(zoom).toBeGreaterThan(before * 1.2);
    const buttons = await graph
      .getByRole('button')
      .evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
      );
    for (const size of buttons) expect(size).toBeGreaterThanOrEqual(44);
    await graph.getByRole('listbox').focus();
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(zoom).toBeLessThan(before);
    await page.keyboard.press('+');
    await expect.poll(zoom).toBeGreaterThan(before * 0.85);
    // 0 (or the fit button) shows the whole graph, however small that makes it.
    await page.keyboard.press('0');
    await expect.poll(zoom).toBeLessThanOrEqual(before);
    const frame = (await stage.boundingBox())!;
    const boxes = await nodes(graph).evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    );
    for (const b of boxes) {
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      expect(cx).toBeGreaterThanOrEqual(frame.x);
      expect(cx).toBeLessThanOrEqual(frame.x + frame.width);
      expect(cy).toBeGreaterThanOrEqual(frame.y);
      expect(cy).toBeLessThanOrEqual(frame.y + frame.height);
    }
  });
});

test.describe('the entity graph’s loading', () => {
  test('comes in its own chunk, after the page has shown its events', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
    });
    await openGraph(page);
    expect(scripts.some((s) => /\/Graph-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /cytoscape-fcose/.test(s))).toBe(false);
  });

  test('honours reduced motion', async ({ browser }) => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    const { graph } = await openGraph(page);
    await expect(nodes(graph).first()).toHaveCSS('transition-duration', '0s');
    await page.close();
  });
});
