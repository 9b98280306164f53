import { test, expect } from './support/test';
import { inView, readyStage } from './support/app';
import { inside } from './support/boxes';

/** Every event of data/story.json with a claim, the longest titles and summaries among them. */
const CLAIMED = [
  'remittances-grow-14-percent',
  'march-deportees-counted',
  'deportation-flights-to-cecot',
  'leavitt-announces-six-million-fee',
  'administration-admits-administrative-error',
  'miller-monday-morning-remarks',
  'white-house-emails-deportee-list',
  'bukele-refuses-to-return-abrego-garcia',
  'rubio-foreign-policy-not-courts',
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
      const misses: string[] = [];
      for (const id of CLAIMED) {
        await page.goto(`./?event=${id}`);
        await expect(readyStage(page)).toBeVisible({ timeout: 15_000 });
        const panel = inView(page, 'details');
        await expect(panel.locator('.claim summary')).toBeVisible();
        // The panel grows when it opens: measure once its size stops changing.
        const read = () =>
          panel.evaluate((el) => {
            const box = (e: Element) => {
              const r = e.getBoundingClientRect();
              return { x: r.x, y: r.y, width: r.width, height: r.height };
            };
            const claim = el.querySelector('.claim')!;
            return {
              scrollTop: el.scrollTop,
              panel: box(el),
              parts: [
                claim.querySelector('h4')!,
                ...claim.querySelectorAll('p'),
                claim.querySelector('summary')!,
              ].map((part) => ({ text: part.textContent ?? '', ...box(part) })),
            };
          });
        await expect
          .poll(async () => JSON.stringify(await read()))
          .toBe(JSON.stringify(await read()));
        const { scrollTop, panel: rect, parts } = await read();
        expect(scrollTop, id).toBe(0);
        for (const part of parts) if (!inside(part, rect)) misses.push(`${id}: “${part.text}”`);
      }
      expect(misses).toEqual([]);
    });
  });
}
