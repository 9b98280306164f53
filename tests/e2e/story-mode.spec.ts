import { test, expect, newPage, type Page } from './support/test';
import { inView, openApp, readyStage } from './support/app';
import { boxesOf, inside } from './support/boxes';
import { loadBundledStory } from './support/story';

// The chapters as data/story.json declares them: each test compares the page with them.
const chapters = loadBundledStory().story.chapters ?? [];
const ids = chapters.map((c) => c.id);

/**
 * What the graph's readout says each chapter's window shows, written out from the chapters'
 * `window` (a whole year reads as the year, whole months as months).
 */
const WINDOWS: Record<string, string> = {
  'the-law-of-1798': 'Showing 1798:',
  'its-wartime-uses': 'Showing 1812 to 1948:',
  'the-march-invocation': 'Showing 14 March 2025 to 15 March 2025:',
  'the-flights-to-cecot': 'Showing 15 March 2025 to 16 March 2025:',
  'the-fee': 'Showing 16 March 2025 to 17 March 2025:',
  'abrego-garcia': 'Showing January 2019 to March 2025:',
  'the-courts': 'Showing 15 March 2025 to 10 April 2025:',
  'the-monday-meeting': 'Showing 14 April 2025:',
  'trade-and-money': 'Showing 1 January 2024 to 14 April 2025:',
};

const bar = (page: Page) => page.getByRole('region', { name: 'The story, step by step' });

/** Waits until the chapter bar shows a chapter, and the address bar names it alone. */
async function expectChapter(page: Page, id: string): Promise<void> {
  await expect(bar(page)).toHaveAttribute('data-chapter-id', id);
  await expect(page).toHaveURL(new RegExp(`\\?chapter=${id}$`));
}

test('the table of windows covers the story’s chapters', () => {
  expect(Object.keys(WINDOWS)).toEqual(ids);
});

// A laptop and a classroom projector: the graph frame is the shortest on these two.
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test.describe(`each chapter opened by its link at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const [i, chapter] of chapters.entries()) {
      test(`?chapter=${chapter.id} selects, windows and frames what it declares`, async ({
        page,
      }) => {
        await openApp(page, `?chapter=${chapter.id}`);
        await expect(bar(page)).toContainText(`${i + 1} of ${chapters.length}`);
        await expect(bar(page)).toContainText(chapter.title);

        const { kind, id } = chapter.select!;
        const view = kind === 'event' ? 'timeline' : 'graph';
        const attribute = kind === 'event' ? 'data-event-id' : 'data-entity-id';
        await expect(inView(page, view).locator(`[${attribute}="${id}"]`)).toHaveAttribute(
          'data-state',
          'selected',
        );
        await expect(page.getByTestId('window-readout')).toContainText(WINDOWS[chapter.id]!);

        // Every entity the chapter frames is wholly in the graph's view, and in its window.
        const stage = (await boxesOf(readyStage(page)))[0]!;
        const focus = chapter.graphFocus!.map((e) => `[data-entity-id="${e}"]`).join(', ');
        const nodes = inView(page, 'graph').locator(focus);
        await expect(nodes).toHaveCount(chapter.graphFocus!.length);
        await expect
          .poll(async () =>
            (await boxesOf(nodes)).filter((b) => !inside(b, stage)).map((b) => b.id),
          )
          .toEqual([]);
        for (const node of await nodes.all())
          await expect(node).toHaveAttribute('data-active', 'true');
      });
    }
  });
}

test('Page Down steps from the first chapter to the last, and Page Up back', async ({ page }) => {
  await openApp(page, `?chapter=${ids[0]}`);
  for (const id of ids.slice(1)) {
    await page.keyboard.press('PageDown');
    await expectChapter(page, id);
  }
  await page.keyboard.press('PageDown');
  await expectChapter(page, ids.at(-1)!);
  for (const id of ids.slice(0, -1).reverse()) {
    await page.keyboard.press('PageUp');
    await expectChapter(page, id);
  }
});

test('Back after two steps restores the first, with its selection', async ({ page }) => {
  await openApp(page, `?chapter=${ids[0]}`);
  await page.keyboard.press('ArrowRight');
  await expectChapter(page, ids[1]!);
  await page.keyboard.press('PageDown');
  await expectChapter(page, ids[2]!);
  await page.goBack();
  await expectChapter(page, ids[1]!);
  await page.goBack();
  await expectChapter(page, ids[0]!);
  const first = chapters[0]!.select!;
  await expect(inView(page, 'timeline').locator(`[data-event-id="${first.id}"]`)).toHaveAttribute(
    'data-state',
    'selected',
  );
});

test('starts from the header, and comes back to the story after exploring', async ({ page }) => {
  await openApp(page);
  await page
    .getByRole('button', { name: `▶ Walk through the story in ${ids.length} chapters` })
    .click();
  await expectChapter(page, ids[0]!);
  await expect(page.getByRole('button', { name: 'Next chapter' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectChapter(page, ids[1]!);
  // Explore: another entity in the graph's list of people.
  await page.getByRole('tab', { name: 'Lists' }).click();
  await inView(page, 'list').locator('[data-entity-id="donald-trump"] button').first().click();
  await expect(bar(page)).toHaveAttribute('data-explored', 'true');
  await expect(page).toHaveURL(/chapter=its-wartime-uses&entity=donald-trump/);
  await page.getByRole('button', { name: 'Back to the story' }).click();
  await expectChapter(page, ids[1]!);
  await expect(bar(page)).toHaveAttribute('data-explored', 'false');
});

test('with reduced motion, a step moves both views at once', async ({ browser }) => {
  const page = await newPage(browser, { reducedMotion: 'reduce' });
  await openApp(page, `?chapter=${ids[1]}`);
  // Every value each view's zoom takes from the step on.
  await page.evaluate(() => {
    const log: Record<string, string[]> = { timeline: [], graph: [] };
    (window as unknown as { zoomLog: typeof log }).zoomLog = log;
    const watch = (name: string, el: Element) =>
      new MutationObserver(() => log[name]!.push(el.getAttribute('data-zoom')!)).observe(el, {
        attributeFilter: ['data-zoom'],
      });
    watch('timeline', document.querySelector('[data-view="timeline"] .frame')!);
    watch('graph', document.querySelector('[data-view="graph"] .stage')!);
  });
  await page.keyboard.press('PageDown');
  await expectChapter(page, ids[2]!);
  const changes = () =>
    page.evaluate(() => {
      const log = (window as unknown as { zoomLog: Record<string, string[]> }).zoomLog;
      return [log.timeline!.length, log.graph!.length];
    });
  await expect.poll(changes).toEqual([1, 1]);
  // A glide changes the zoom on every frame; a jump is done: three frames on, nothing more.
  await page.evaluate(async () => {
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
  });
  expect(await changes()).toEqual([1, 1]);
  await page.context().close();
});
