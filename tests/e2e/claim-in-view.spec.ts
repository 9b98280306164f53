import { test, expect } from './support/test';
import { inView, readyStage } from './support/app';
import { boxesOf, inside, overlaps } from './support/boxes';

/** Every event of data/story.json with a claim, by id, with its title. */
const CLAIMED: readonly (readonly [string, string])[] = [
  ['remittances-grow-14-percent', 'Remittances grow 14% in early 2025'],
  ['march-deportees-counted', 'Official count: 261 men flown, 137 under the Act'],
  ['deportation-flights-to-cecot', 'Deportation flights to CECOT in El Salvador'],
  ['leavitt-announces-six-million-fee', 'Leavitt: about $6 million to El Salvador'],
  ['administration-admits-administrative-error', 'Administration admits "administrative error"'],
  ['miller-monday-morning-remarks', "Miller: Abrego Garcia's fate is up to El Salvador"],
  ['white-house-emails-deportee-list', 'White House emails "tiny sample" of deportees'],
  ['bukele-refuses-to-return-abrego-garcia', "Bukele says he won't return Abrego Garcia"],
  [
    'rubio-foreign-policy-not-courts',
    'Rubio says the President, not the courts, leads foreign policy',
  ],
];

// A classroom projector and a laptop: the details panel is at its shortest on these two.
for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a selected event’s claim box is in view without scrolling the panel', async ({
      page,
    }) => {
      const panel = inView(page, 'details');
      const graph = inView(page, 'graph');
      const graphControls = graph
        .getByRole('group', { name: 'Zoom' })
        .getByRole('button')
        .or(graph.getByTestId('window-readout'));
      const misses: string[] = [];
      for (const [i, [id, title]] of CLAIMED.entries()) {
        // The first by a link; the rest through the address bar as Back and Forward walk it
        // (a fresh page for each would take most of a minute on a busy machine).
        if (i === 0) await page.goto(`./?event=${id}`);
        else
          await page.evaluate((query) => {
            history.pushState(null, '', query);
            dispatchEvent(new PopStateEvent('popstate'));
          }, `?event=${id}`);
        await expect(readyStage(page)).toBeVisible({ timeout: 15_000 });
        await expect(panel.locator('[data-details-heading]')).toHaveText(title);
        // The panel may grow as it opens: read it once two reads in a row agree.
        const read = () =>
          panel.evaluate((el) => {
            const box = (e: Element) => {
              const r = e.getBoundingClientRect();
              return { x: r.x, y: r.y, width: r.width, height: r.height };
            };
            const claim = el.querySelector('.claim')!;
            const parts = claim.querySelectorAll(':scope > h4, :scope > p, :scope summary');
            return {
              scrollTop: el.scrollTop,
              panel: box(el),
              parts: [...parts].map((part) => ({ text: part.textContent ?? '', ...box(part) })),
            };
          });
        let last = '';
        await expect
          .poll(async () => {
            const now = JSON.stringify(await read());
            const same = now === last;
            last = now;
            return same;
          })
          .toBe(true);
        const { scrollTop, panel: rect, parts } = await read();
        expect(scrollTop, id).toBe(0);
        expect(parts.length, id).toBeGreaterThanOrEqual(4);
        for (const part of parts) if (!inside(part, rect)) misses.push(`${id}: “${part.text}”`);
        // What the grown panel lies over keeps the graph's buttons and readout in view.
        for (const shown of await boxesOf(graphControls))
          if (overlaps(shown, rect)) misses.push(`${id}: the panel covers “${shown.id}”`);
      }
      expect(misses).toEqual([]);

      // Escape shrinks the panel back; the graph's stage kept its size all along.
      const size = (el: Element) => [el.clientWidth, el.clientHeight];
      const open = await readyStage(page).evaluate(size);
      const tall = await panel.evaluate((el) => el.clientHeight);
      await page.keyboard.press('Escape');
      await expect(panel.locator('[data-selection-kind="none"]')).toBeVisible();
      await expect.poll(() => panel.evaluate((el) => el.clientHeight)).toBeLessThan(tall / 2);
      expect(await readyStage(page).evaluate(size)).toEqual(open);
    });
  });
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  // There the drawer leaves too little for the whole graph at 12 px names: the view refits to
  // the middle at 14 px, whose foot runs on out of view (the hint says so), but nothing of it
  // lies under the drawer or the zoom buttons beside it.
  test('the view refits beside the details drawer, clear of it and the zoom buttons', async ({
    page,
  }) => {
    await page.goto('./?event=trump-bukele-white-house-meeting');
    await expect(readyStage(page)).toBeVisible({ timeout: 15_000 });
    const drawer = page.locator('aside.drawer');
    await expect(drawer).toBeVisible();
    const graph = inView(page, 'graph');
    const nodes = graph.locator('[data-entity-id]');
    const buttons = graph.getByRole('group', { name: 'Zoom' }).getByRole('button');
    // The view glides there: wait until no node is under the drawer or a button.
    await expect
      .poll(async () => {
        const edge = await drawer.evaluate((el) => el.getBoundingClientRect().left);
        const over = await boxesOf(buttons);
        return (await boxesOf(nodes)).flatMap((node) => [
          ...(node.x + node.width > edge ? [`${node.id} under the drawer`] : []),
          ...over.filter((b) => overlaps(node, b)).map((b) => `${node.id} under “${b.id}”`),
        ]);
      })
      .toEqual([]);
  });
});
