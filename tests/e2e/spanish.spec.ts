import { readFileSync } from 'node:fs';
import { test, expect, newPage, type Page } from './support/test';
import { inView, openApp, readyStage } from './support/app';
import { boxesOf, clashes, inside, overlaps } from './support/boxes';
import { bundledStory } from '../fixtures/bundled-story';
import { VIEWPORTS } from './support/viewports';
import { en } from '../../src/i18n/en';
import { validateTranslation } from '../../src/model/translation';

/**
 * The explainer in Spanish (?lang=es), as a reader in El Salvador or a US classroom sees it:
 * no English left in the interface, dates in Spanish, quotes in their own words with the
 * explainer's translation, a switch to the same view in English and back, and the same
 * readable layout as in English.
 */

const { story } = bundledStory();
const translation = validateTranslation(
  story,
  JSON.parse(readFileSync('data/story.es.json', 'utf8')),
);
if (!translation.ok) throw new Error('data/story.es.json is invalid: run npm run validate');
const spanish = translation.story;

/**
 * The interface's English: every text of the English table, and the fixed words of each of
 * its sentences (its functions, called with a marker where the values go), as "Showing",
 * "relations", "Walk through the story in".
 */
function englishOfTheInterface(): string[] {
  const MARK = '\u0007';
  const out = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') out.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'function') {
      try {
        const args = Array.from({ length: value.length }, () => MARK);
        String((value as (...a: string[]) => unknown)(...args))
          .split(MARK)
          .forEach((part) => out.add(part));
      } catch {
        // A sentence of lists (a caption's parts): its words are in the table's strings too.
      }
    } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(en);
  return [...out]
    .map((s) => s.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((s) => /[A-Za-z]{3,}/.test(s) && s !== en.dateLocale);
}
const ENGLISH = englishOfTheInterface();

/**
 * What may stay in English on the Spanish page: the sources' own words (every quote, and the
 * headlines, publishers and addresses kept as published) and the names of people and places.
 */
const KEPT = [
  ...spanish.sources.flatMap((s) => [s.title, s.publisher ?? '', s.url ?? '']),
  ...spanish.entities.flatMap((e) => [e.name, e.shortName ?? '']),
].filter(Boolean);

/**
 * Every piece of English interface text on the page: visible text, and the names of visible
 * elements (aria-label, title), outside the quotes and the switch (marked lang="en"). A
 * sentence of the table is found as whole words: "Showing March 2025" holds "Showing".
 */
async function englishOnPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const english = (el: Element | null) => !!el?.closest('[lang]:not([lang^="es"])');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || english(parent) || !parent.checkVisibility()) continue;
      if (parent.closest('script, style')) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      if (english(el) || !el.checkVisibility()) continue;
      for (const name of ['aria-label', 'title']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new Set<string>();
  for (const raw of texts) {
    let text = raw;
    for (const kept of KEPT) text = text.split(kept).join(' ');
    for (const phrase of ENGLISH) {
      if (new RegExp(`(^|[^\\p{L}])${escape(phrase)}($|[^\\p{L}])`, 'u').test(text)) {
        found.add(`“${phrase}” in “${raw.slice(0, 80)}”`);
      }
    }
  }
  return [...found];
}

test.describe('the explainer in Spanish', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('says it is in Spanish, with the Spanish title', async ({ page }) => {
    await openApp(page, '?lang=es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveTitle(
      'Trump recibe a Bukele: las deportaciones a El Salvador y el caso Abrego Garcia: explicador interactivo',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Trump recibe a Bukele: las deportaciones a El Salvador y el caso Abrego Garcia',
    );
  });

  test('asks for the Spanish story as built and its interface text once, at once; an English reader for neither', async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      const name = new URL(request.url()).pathname.split('/').pop()!;
      if (/^(story|story\.es|story-es|es|translation)-[\w-]{8}\.(json|js)$/.test(name))
        asked.push(name.replace(/-[\w-]{8}\./, '.'));
    });
    await openApp(page, '?lang=es');
    // One file of the story, in Spanish (not the English story and its translation), and no
    // translation's reader.
    expect(asked.sort()).toEqual(['es.js', 'story-es.json']);
    // Asked for by the page's first script before anything else (a link each, in <head>); the
    // page took their responses (once each, above).
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/story-es-[\w-]+\.json$/.test(new URL(e.name).pathname))
        .map((e) => (e as PerformanceResourceTiming).initiatorType),
    );
    expect(initiators).toEqual(['link']);
    const links = await page.evaluate(() =>
      [...document.head.querySelectorAll('link[rel$="preload"]')].map(
        (l) => `${l.getAttribute('rel')} ${new URL((l as HTMLLinkElement).href).pathname}`,
      ),
    );
    expect(links.filter((l) => /\/(story|es)-[^/]+$/.test(l))).toEqual([
      expect.stringMatching(/^modulepreload \/assets\/es-[\w-]{8}\.js$/),
      expect.stringMatching(/^preload \/assets\/story-es-[\w-]{8}\.json$/),
    ]);
    asked.length = 0;
    await openApp(page, '?lang=en');
    expect(asked).toEqual(['story.json']);
  });

  test('reads the story and its translation where the Spanish story as built has changed on the server', async ({
    page,
  }) => {
    // A title no build wrote: the page must not show it, as it is not the file the build checked.
    await page.route(/\/story-es-[\w-]+\.json$/, async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace(/"title":"[^"]*"/, '"title":"Cambiado"');
      await route.fulfill({ response, body: text });
    });
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await openApp(page, '?lang=es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Trump recibe a Bukele: las deportaciones a El Salvador y el caso Abrego Garcia',
    );
    expect(asked.filter((path) => /\/story(\.es)?-[\w-]{8}\.json$/.test(path))).toHaveLength(2);
  });

  test('shows no English interface text on the first page, the lists or the comparison', async ({
    page,
  }) => {
    await openApp(page, '?lang=es');
    expect(await englishOnPage(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Listas' }).click();
    await expect(inView(page, 'list')).toBeVisible();
    expect(await englishOnPage(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Comparar' }).click();
    await expect(page.getByText(/Los reportes de prensa de esta historia/)).toBeVisible();
    expect(await englishOnPage(page)).toEqual([]);
  });

  test('shows no English interface text in the details of a person, an event, a relation', async ({
    page,
  }) => {
    for (const query of [
      '?lang=es&entity=kilmar-abrego-garcia',
      '?lang=es&event=deportation-flights-to-cecot',
      '?lang=es&relation=kilmar-in-salvadoran-custody',
    ]) {
      await openApp(page, query);
      await expect(inView(page, 'details').getByRole('heading', { level: 3 })).toBeVisible();
      expect(await englishOnPage(page), query).toEqual([]);
    }
  });

  test('shows no English interface text in the story’s steps, the dialogs or a notice', async ({
    page,
  }) => {
    await openApp(page, '?lang=es&entity=nobody');
    await expect(
      page.getByText(
        /Ningún elemento \(entity\) de esta historia tiene el id que da el enlace \(texto del enlace: “nobody”\)/,
      ),
    ).toBeVisible();
    expect(await englishOnPage(page)).toEqual([]);
    await page.getByRole('button', { name: /Recorrer la historia en 9 capítulos/ }).click();
    await expect(page.getByRole('region', { name: 'La historia, paso a paso' })).toBeVisible();
    expect(await englishOnPage(page)).toEqual([]);
    for (const [open, heading] of [
      ['Descargar', 'Descargar esta vista'],
      ['Insertar esta vista', 'Insertar esta vista'],
    ] as const) {
      await page.getByRole('button', { name: open, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: heading });
      await expect(dialog).toBeVisible();
      expect(await englishOnPage(page), heading).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });

  test('writes dates in Spanish: the lists, the header and the axis', async ({ page }) => {
    await openApp(page, '?lang=es');
    await expect(page.getByText('Al 14 de abril de 2025 ·')).toBeVisible();
    await page.getByRole('tab', { name: 'Listas' }).click();
    const date = (id: string) => inView(page, 'list').locator(`li[data-event-id="${id}"] time`);
    const expected: [string, string][] = [
      ['alien-enemies-act-signed', '6 de julio de 1798'],
      ['aea-used-in-war-of-1812', '1812'],
      ['alien-enemies-act-used-in-wwii', '7 de diciembre de 1941 a aproximadamente 1948'],
      ['remittances-grow-14-percent', 'enero de 2025 a febrero de 2025'],
      ['deportation-flights-to-cecot', '15 de marzo de 2025 a las 16:26'],
      ['trump-bukele-white-house-meeting', '14 de abril de 2025'],
    ];
    for (const [id, words] of expected) await expect(date(id)).toHaveText(words);
    const ticks = await inView(page, 'timeline').locator('text.tick').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['feb', 'mar', 'abr']));
    expect(ticks.filter((t) => /Jan|Feb|Mar|Apr/.test(t))).toEqual([]);
  });

  test('shows a quote in its own words, the explainer’s translation beneath, links in Spanish', async ({
    page,
  }) => {
    await openApp(page, '?lang=es&entity=kilmar-abrego-garcia');
    const quote = inView(page, 'details').locator('blockquote').first();
    await expect(quote).toHaveText(
      '“Among those deported and held in CECOT is a Maryland man, Kilmar Abrego Garcia, who was mistakenly deported to El Salvador and remains there, despite a court order for his return to the US.”',
    );
    await expect(quote).toHaveAttribute('lang', 'en');
    await expect(quote.locator('xpath=following-sibling::p[1]')).toHaveText(
      'Traducción del explicador: Entre los deportados y recluidos en el CECOT está un hombre de Maryland, Kilmar Abrego Garcia, que fue deportado por error a El Salvador y sigue allí, pese a una orden judicial para su regreso a Estados Unidos.',
    );
    // An event's link, opened in a new tab, opens it in Spanish too.
    const link = inView(page, 'details').locator('a[data-link-kind="event"]').first();
    await expect(link).toHaveAttribute('href', /^\?lang=es&event=[a-z0-9-]+$/);
  });

  test('switches to the same view in English and back, by link and by Back', async ({ page }) => {
    await openApp(page, '?lang=es&entity=kilmar-abrego-garcia&from=2025-03&to=2025-04');
    await page.getByRole('tab', { name: 'Listas' }).click();
    const view = () => {
      const params = new URL(page.url()).searchParams;
      return [params.get('entity'), params.get('from'), params.get('to'), params.get('lang')];
    };
    const kilmar = inView(page, 'graph').locator('[data-entity-id="kilmar-abrego-garcia"]');
    const english = page.getByRole('link', { name: 'English' });
    await expect(english).toHaveAttribute('lang', 'en');
    await expect(english).toHaveAttribute(
      'href',
      '?lang=en&entity=kilmar-abrego-garcia&from=2025-03-01&to=2025-04-30',
    );

    await english.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('tab', { name: 'Lists' })).toHaveAttribute('aria-selected', 'true');
    expect(view()).toEqual(['kilmar-abrego-garcia', '2025-03-01', '2025-04-30', 'en']);
    await expect(readyStage(page)).toBeVisible();
    await expect(kilmar).toHaveAttribute('data-state', 'selected');
    const spanishLink = page.getByRole('link', { name: 'Español' });
    await expect(spanishLink).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('tab', { name: 'Listas' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(view()).toEqual(['kilmar-abrego-garcia', '2025-03-01', '2025-04-30', 'es']);
    await expect(kilmar).toHaveAttribute('data-state', 'selected');

    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Trump hosts Bukele: deportations to El Salvador and the Abrego Garcia case',
    );
  });

  test('gives the switch a 44 px target and a visible focus', async ({ page }) => {
    await openApp(page, '?lang=es');
    const link = page.getByRole('link', { name: 'English' });
    const box = (await link.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await link.focus();
    await expect(link).toHaveCSS('outline-style', 'solid');
  });
});

for (const locale of ['es-SV', 'es-US', 'es']) {
  test(`opens in Spanish for a browser that reads ${locale}, with no lang in the link`, async ({
    browser,
  }) => {
    const page = await newPage(browser, { locale, viewport: { width: 1280, height: 720 } });
    try {
      await openApp(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.getByRole('tab', { name: 'Detalles' })).toBeVisible();
    } finally {
      await page.context().close();
    }
  });
}

test('opens in English for a browser that reads en-US', async ({ browser }) => {
  const page = await newPage(browser, { locale: 'en-US', viewport: { width: 1280, height: 720 } });
  try {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
  } finally {
    await page.context().close();
  }
});

/** The graph's floor for names at the default fit, as for English (graph.spec.ts). */
const FIT: Record<number, { minLabelPx: number; whole: boolean }> = {
  1280: { minLabelPx: 12, whole: true },
  1024: { minLabelPx: 14, whole: true },
  360: { minLabelPx: 14, whole: false },
};

for (const viewport of VIEWPORTS) {
  test.describe(`the Spanish layout at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('lets no two timeline labels overlap, nor any run off the page', async ({ page }) => {
      await openApp(page, '?lang=es');
      const timeline = inView(page, 'timeline');
      const labels = await boxesOf(timeline.locator('text.label'));
      const ticks = await boxesOf(timeline.locator('text.tick'));
      // A phone may have room for no Spanish title at all (a focused event names itself).
      if (viewport.width >= 640) expect(labels.length).toBeGreaterThan(0);
      expect(ticks.length).toBeGreaterThan(0);
      for (const group of [labels, ticks]) {
        expect(clashes(group)).toEqual([]);
        for (const b of group) {
          expect(b.x, b.id).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width, b.id).toBeLessThanOrEqual(viewport.width);
        }
      }
    });

    test('keeps every node and its Spanish name clear, whole and readable', async ({ page }) => {
      const { minLabelPx, whole } = FIT[viewport.width]!;
      await openApp(page, '?lang=es');
      const graph = inView(page, 'graph');
      await graph.scrollIntoViewIfNeeded();
      await page.mouse.move(0, 0);
      const stage = readyStage(page);
      const nodes = await boxesOf(graph.locator('[data-entity-id]'));
      expect(nodes).toHaveLength(spanish.entities.length);
      expect(clashes(nodes)).toEqual([]);
      for (const b of nodes) expect(Math.min(b.width, b.height), b.id).toBeGreaterThanOrEqual(24);
      expect(Number(await stage.getAttribute('data-label-px'))).toBeGreaterThanOrEqual(minLabelPx);
      if (whole) {
        const [frame] = await boxesOf(stage);
        const [buttons] = await boxesOf(
          graph.getByRole('group', { name: 'Acercar o alejar el mapa' }),
        );
        const cut = nodes.filter((b) => !inside(b, frame!) || overlaps(b, buttons!));
        expect(cut.map((b) => b.id)).toEqual([]);
      } else {
        await expect(graph.getByText(/Parte del mapa/)).toBeVisible();
      }
    });
  });
}
