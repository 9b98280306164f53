// Downloads, as a teacher or an editor uses them: a picture of each view as it stands, the
// story's data and the window's events, each checked as the file a reader gets.
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { test, expect, type Page } from './support/test';
import { inView, openApp, readyStage } from './support/app';
import { EVENTS } from './support/expected';
import { settledScreenshot } from './support/pictures';

const STORY = 'trump-bukele-white-house-2025';
const TITLE = 'Trump hosts Bukele: deportations to El Salvador and the Abrego Garcia case';
const VIEW = '?entity=kilmar-abrego-garcia&from=2025-03&to=2025-04';

test.use({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 });

/** Clicks a button of the Download dialog and returns the file it saves. */
async function download(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: 'Download this view' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Download' }).click();
  const saved = page.waitForEvent('download');
  await dialog.getByRole('button', { name, exact: true }).click();
  const file: Download = await saved;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** A reader's parse of a CSV file: quoted cells may hold commas, quotes and line breaks. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows[rows.length - 1]!.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') endCell();
    else if (!quoted && c === '\n') {
      endCell();
      rows.push([]);
    } else if (quoted || c !== '\r') cell += c;
  }
  return rows.filter((r) => r.length > 1);
}

/** A PNG's size from its header, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The SVG parsed by the browser: its size, its body's place, and every line of its text. */
async function readSvg(page: Page, bytes: Buffer) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = doc.documentElement;
    const body = svg.querySelector(':scope > g[transform]')?.getAttribute('transform') ?? '';
    const [x, y] = (/translate\(([\d.]+) ([\d.]+)\)/.exec(body) ?? []).slice(1).map(Number);
    const lines = [...doc.querySelectorAll('text')].flatMap((t) => {
      const spans = [...t.querySelectorAll('tspan')];
      return spans.length ? spans.map((s) => s.textContent ?? '') : [t.textContent ?? ''];
    });
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      tag: svg.localName,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      body: { x: x ?? NaN, y: y ?? NaN },
      lines,
    };
  }, bytes.toString('utf8'));
}

/**
 * How a picture differs from a screenshot of the same part of the page, both at 2×, once both
 * are blurred by a pixel or two (text is drawn by the same engine, so only its edges may
 * differ): how much of the screen is ink, and how many pixels differ by more than a quarter, as
 * a share of that ink. The right `skip` px are left out (the graph's zoom buttons).
 */
async function differenceFromScreen(
  page: Page,
  png: Buffer,
  at: { x: number; y: number },
  shot: Buffer,
  skip = 0,
): Promise<{ differ: number; inked: number }> {
  return page.evaluate(
    async ([png, shot, x, y, skip]) => {
      const load = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img;
      };
      const [picture, screen] = await Promise.all([load(png), load(shot)]);
      const width = screen.width - 2 * skip;
      const pixels = (img: HTMLImageElement, sx: number, sy: number) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = screen.height;
        const g = canvas.getContext('2d', { willReadFrequently: true })!;
        g.filter = 'blur(2px)';
        g.drawImage(img, -sx, -sy);
        return g.getImageData(0, 0, width, screen.height).data;
      };
      const a = pixels(picture, 2 * x, 2 * y);
      const b = pixels(screen, 0, 0);
      let differ = 0;
      let inked = 0;
      for (let i = 0; i < a.length; i += 4) {
        const d = Math.max(...[0, 1, 2].map((c) => Math.abs(a[i + c]! - b[i + c]!)));
        if (d > 64) differ++;
        if (Math.min(b[i]!, b[i + 1]!, b[i + 2]!) < 160) inked++;
      }
      return { differ: differ / Math.max(inked, 1), inked: inked / (a.length / 4) };
    },
    [
      `data:image/png;base64,${png.toString('base64')}`,
      `data:image/png;base64,${shot.toString('base64')}`,
      at.x,
      at.y,
      skip,
    ] as const,
  );
}

test('a picture of the timeline is the timeline as it stands, framed with its title, view and sources', async ({
  page,
}, testInfo) => {
  await openApp(page, VIEW);
  const frame = inView(page, 'timeline').getByRole('listbox');
  const shot = await frame.screenshot({ animations: 'disabled' });
  const png = await download(page, 'Timeline as PNG image');
  const svg = await download(page, 'Timeline as SVG drawing');
  const name = `${STORY}-timeline-kilmar-abrego-garcia-2025-03-01-to-2025-04-30`;
  expect([png.name, svg.name]).toEqual([`${name}.png`, `${name}.svg`]);
  await testInfo.attach('timeline.png', { body: png.bytes, contentType: 'image/png' });

  const drawing = await readSvg(page, svg.bytes);
  expect(drawing.error).toBeNull();
  expect(drawing.tag).toBe('svg');
  // The PNG is the same picture at twice its size; the view in it is as wide as on the page.
  expect(pngSize(png.bytes)).toEqual({ width: 2 * drawing.width, height: 2 * drawing.height });
  const box = (await frame.boundingBox())!;
  expect(drawing.width).toBe(Math.ceil(box.width) + 2 * drawing.body.x);

  // Every label the reader sees, in the page's lanes, marks and axis, is text in the SVG.
  const seen = await frame.evaluate((el) =>
    [...el.querySelectorAll('text, div, span')]
      .filter((e) => e.getBoundingClientRect().width > 1 && !e.querySelector('*'))
      .map((e) => e.textContent?.trim().replace(/\s+/g, ' ') ?? '')
      .filter(Boolean),
  );
  expect(seen).toContain('CECOT mega-prison opens');
  // A label the page writes short is written short in the picture too.
  expect(seen).toContain('Bukele: no return');
  expect(seen).toContain('Law and courts');
  // (A name the page wraps in its lane is wrapped there too.)
  const written = drawing.lines.join(' ');
  for (const text of seen) expect(written).toContain(text);
  expect(drawing.lines.slice(0, 2)).toEqual([
    TITLE,
    'Kilmar Abrego Garcia selected · March 2025 to April 2025',
  ]);
  expect(written).toMatch(/Sources: .*AFP.* public references · as of 14 April 2025/);

  // Looked at: the view in the PNG is what the screen shows, and it is not blank.
  const seenPicture = await differenceFromScreen(page, png.bytes, drawing.body, shot);
  expect(seenPicture.inked).toBeGreaterThan(0.02);
  expect(seenPicture.differ).toBeLessThan(0.1);
});

test('a picture of the graph shows the graph as it stands, every label on its canvas in its SVG', async ({
  page,
}, testInfo) => {
  // Every text Cytoscape draws on its canvas, as the page draws it.
  await page.addInitScript(() => {
    const drawn = new Set<string>();
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      drawn.add(String(text));
      return fillText.call(this, text, ...rest);
    };
    Object.assign(window, { drawnText: drawn });
  });
  await openApp(page, VIEW);
  // The canvas's own box: Cytoscape's picture of the view is exactly that. On this short
  // screen the details drawer lies over the canvas's right side, the zoom buttons beside it,
  // the window's readout over its foot, and (the view refitted beside the drawer is the middle
  // of the graph) the hint that part of it is out of view over its top; the picture is of the
  // canvas alone, so the screen is seen with those out of the way. Once settled: Cytoscape's
  // own transitions are script, which `animations: 'disabled'` does not stop.
  const shot = await settledScreenshot(readyStage(page).locator('canvas').first(), {
    animations: 'disabled',
    style: `aside.side.drawer, [data-view='graph'] :is(.zoom, .partial),
        [data-testid='window-readout'] {
        visibility: hidden;
      }`,
  });
  const png = await download(page, 'Graph as PNG image');
  const svg = await download(page, 'Graph as SVG drawing');
  const name = `${STORY}-graph-kilmar-abrego-garcia-2025-03-01-to-2025-04-30`;
  expect([png.name, svg.name]).toEqual([`${name}.png`, `${name}.svg`]);
  await testInfo.attach('graph.png', { body: png.bytes, contentType: 'image/png' });

  const drawing = await readSvg(page, svg.bytes);
  expect(drawing.error).toBeNull();
  expect(pngSize(png.bytes)).toEqual({ width: 2 * drawing.width, height: 2 * drawing.height });
  expect(drawing.lines.slice(0, 2)).toEqual([
    TITLE,
    expect.stringMatching(
      /^Kilmar Abrego Garcia selected · Showing March 2025 to April 2025: \d+ of \d+ people and organisations$/,
    ),
  ]);
  const drawn = await page.evaluate(() => [
    ...(window as unknown as { drawnText: Set<string> }).drawnText,
  ]);
  expect(drawn).toContain('Abrego Garcia');
  expect(drawn.length).toBeGreaterThan(10);
  for (const text of drawn) expect(drawing.lines).toContain(text);

  // Looked at: Cytoscape's own picture of the view, beside the screen (whose hints, over the
  // canvas's edges, are not in it).
  const seenPicture = await differenceFromScreen(page, png.bytes, drawing.body, shot, 64);
  expect(seenPicture.inked).toBeGreaterThan(0.01);
  expect(seenPicture.differ).toBeLessThan(0.1);
});

test('the window’s events come as CSV, a row each as the page dates them, with their sources', async ({
  page,
}) => {
  await openApp(page, '?from=2025-04-10&to=2025-04-14');
  // The events of 10 to 14 April 2025, read off the story by hand.
  const inWindow = [
    'arriaza-hopes-for-tariff-clarity',
    'supreme-court-facilitate-order',
    'xinis-amends-return-order',
    'rubio-ten-more-criminals-arrive',
    'trump-saturday-post',
    'rubio-praises-alliance',
    'trump-bukele-white-house-meeting',
    'bukele-refuses-to-return-abrego-garcia',
    'miller-monday-morning-remarks',
    'protest-outside-white-house',
    'rubio-foreign-policy-not-courts',
    'white-house-emails-deportee-list',
  ];
  const csv = await download(page, `${inWindow.length} events in the window (CSV)`);
  expect(csv.name).toBe(`${STORY}-events-2025-04-10-to-2025-04-14.csv`);
  // The byte-order mark that tells Excel the file is UTF-8, then a header and a row each.
  expect(csv.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const rows = readCsv(csv.bytes.toString('utf8').slice(1));
  expect(rows[0]).toEqual(['date', 'title', 'summary', 'sources']);
  const expected = EVENTS.filter(([id]) => inWindow.includes(id)).map(([, date, title]) => [
    date,
    title,
  ]);
  expect(rows.slice(1).map(([date, title]) => [date, title])).toEqual(expected);
  for (const [, , summary, sources] of rows.slice(1)) {
    expect(summary!.length).toBeGreaterThan(20);
    expect(sources).not.toBe('');
  }
});

test('the story comes as its JSON, and the dialog is used by keyboard', async ({ page }) => {
  await openApp(page, VIEW);
  const open = page.getByRole('button', { name: 'Download' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Download this view' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('download-caption')).toHaveText(
    'Now: Kilmar Abrego Garcia selected · March 2025 to April 2025',
  );
  const json = page.getByRole('button', { name: 'The whole story (JSON)' });
  for (
    let tabs = 0;
    tabs < 8 && !(await json.evaluate((el) => el === document.activeElement));
    tabs++
  )
    await page.keyboard.press('Tab');
  const saved = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await saved;
  expect(file.suggestedFilename()).toBe(`${STORY}.json`);
  const story = JSON.parse(await readFile(await file.path(), 'utf8'));
  expect(story.id).toBe(STORY);
  expect(story.events.map((e: { id: string }) => e.id).sort()).toEqual(
    EVENTS.map(([id]) => id).sort(),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    `Saved ${STORY}.json`,
  );
  // Every control at least 44 px tall, with a visible focus ring.
  for (const control of await dialog.getByRole('button').all())
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  const ring = await json.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).not.toBe('none');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
