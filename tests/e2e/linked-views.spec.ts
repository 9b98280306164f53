import { expect, test, type Page } from '@playwright/test';
import { loadBundledStory, VIEWPORTS } from './support/story';
import type { Story } from '../../src/model/schema';

const { story } = loadBundledStory();

type Kind = 'entity' | 'event' | 'relation';
type States = Record<string, string>;
interface Expected {
  events: States;
  entities: States;
}

/**
 * What a selection should do, worked out here from the raw dataset (not the app's indexes):
 * the selected item, what it relates to, and the rest dimmed.
 */
function expectedStates(s: Story, kind: Kind, id: string): Expected {
  const relatedEvents = new Set<string>();
  const relatedEntities = new Set<string>();
  if (kind === 'entity') {
    s.events
      .filter((e) => e.entities.some((p) => p.id === id))
      .forEach((e) => relatedEvents.add(e.id));
    for (const r of s.relations) {
      if (r.from === id) relatedEntities.add(r.to);
      if (r.to === id) relatedEntities.add(r.from);
    }
  } else if (kind === 'event') {
    s.events.find((e) => e.id === id)!.entities.forEach((p) => relatedEntities.add(p.id));
  } else {
    const r = s.relations.find((x) => x.id === id)!;
    relatedEntities.add(r.from).add(r.to);
    const named = r.events ?? [];
    if (named.length) named.forEach((e) => relatedEvents.add(e));
    else {
      const from = r.start ? Date.parse(pad(r.start)) : -Infinity;
      const to = r.end ? Date.parse(padEnd(r.end)) : Infinity;
      s.events
        .filter((e) => e.entities.some((p) => p.id === r.from || p.id === r.to))
        .filter(
          (e) =>
            Date.parse(pad(e.date.start)) < to &&
            Date.parse(padEnd(e.date.end ?? e.date.start)) > from,
        )
        .forEach((e) => relatedEvents.add(e.id));
    }
  }
  const fill = (ids: string[], selectedKind: Kind, related: Set<string>) =>
    Object.fromEntries(
      ids.map((x) => [
        x,
        kind === selectedKind && x === id ? 'selected' : related.has(x) ? 'related' : 'dimmed',
      ]),
    );
  return {
    events: fill(
      s.events.map((e) => e.id),
      'event',
      relatedEvents,
    ),
    entities: fill(
      s.entities.map((e) => e.id),
      'entity',
      relatedEntities,
    ),
  };
}

// Start and (exclusive) end instants of a reduced-precision ISO date, for the test's own use.
function pad(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}
function padEnd(iso: string): string {
  const d = new Date(`${pad(iso)}T00:00:00Z`);
  if (iso.length === 4) d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (iso.length === 7) d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

async function statesIn(page: Page, selector: string, attr: string): Promise<States> {
  return page
    .locator(selector)
    .evaluateAll(
      (els, a) =>
        Object.fromEntries(els.map((el) => [el.getAttribute(a), el.getAttribute('data-state')])),
      attr,
    );
}

async function expectStates(page: Page, kind: Kind, id: string) {
  const expected = expectedStates(story, kind, id);
  await expect
    .poll(() => statesIn(page, '[data-view="timeline"] [data-event-id]', 'data-event-id'))
    .toEqual(expected.events);
  expect(await statesIn(page, '[data-view="list"] [data-event-id]', 'data-event-id')).toEqual(
    expected.events,
  );
  expect(await statesIn(page, '[data-view="graph"] [data-entity-id]', 'data-entity-id')).toEqual(
    expected.entities,
  );
  expect(await statesIn(page, '[data-view="list"] [data-entity-id]', 'data-entity-id')).toEqual(
    expected.entities,
  );
}

async function open(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('[data-view="graph"] [data-entity-id]').first()).toBeAttached();
}

const kilmar = 'kilmar-abrego-garcia';
const invocation = 'aea-invoked-against-tren-de-aragua';

test.describe('one selection, every view', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('selecting an entity in the graph marks its events and neighbours everywhere', async ({
    page,
  }) => {
    await open(page);
    await page.locator(`[data-view="graph"] [data-entity-id="${kilmar}"]`).click();
    await expectStates(page, 'entity', kilmar);
    await expect(page).toHaveURL(new RegExp(`[?&]entity=${kilmar}`));
    await expect(page.locator('[data-view="details"] h3')).toHaveText('Kilmar Abrego Garcia');
  });

  test('selecting an event on the timeline marks its entities in the graph', async ({ page }) => {
    await open(page);
    await page.locator(`[data-view="timeline"] [data-event-id="${invocation}"]`).click();
    await expectStates(page, 'event', invocation);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${invocation}`));
  });

  test('selecting from the lists works for events and entities', async ({ page }) => {
    await open(page);
    await page.getByRole('tab', { name: 'Lists' }).click();
    await page.locator(`[data-view="list"] [data-event-id="${invocation}"] button`).click();
    await expectStates(page, 'event', invocation);
    await page.locator('[data-view="list"] [data-entity-id="nayib-bukele"] button').click();
    await expectStates(page, 'entity', 'nayib-bukele');
  });

  test('every link in the details panel selects what it names', async ({ page }) => {
    await open(page, `?event=${invocation}`);
    const details = page.locator('[data-view="details"]');
    const firstPerson = details.locator('[data-link-kind="entity"]').first();
    const personId = (await firstPerson.getAttribute('data-link-id'))!;
    await firstPerson.click();
    await expectStates(page, 'entity', personId);
    const relationLink = details.locator('[data-link-kind="relation"]').first();
    const relationId = (await relationLink.getAttribute('data-link-id'))!;
    await relationLink.click();
    await expectStates(page, 'relation', relationId);
    const eventLink = details.locator('[data-link-kind="event"]').first();
    const eventId = (await eventLink.getAttribute('data-link-id'))!;
    await eventLink.click();
    await expectStates(page, 'event', eventId);
  });

  for (const [kind, id] of [
    ['entity', kilmar],
    ['event', 'trump-bukele-white-house-meeting'],
    ['relation', story.relations.find((r) => !r.events?.length)!.id],
    ['relation', story.relations.find((r) => r.events?.length)!.id],
  ] as [Kind, string][]) {
    test(`?${kind}=${id} opens with it selected in every view`, async ({ page }) => {
      await open(page, `?${kind}=${id}`);
      await expectStates(page, kind, id);
    });
  }

  test('selecting a relation in the graph, by keyboard, marks its ends and its events', async ({
    page,
  }) => {
    await open(page);
    const graph = page.locator('[data-view="graph"] [role="listbox"]');
    await graph.focus();
    await page.keyboard.press('Home');
    // Step to the first entity that has relations, then onto its first relation.
    const withRelations = new Set(story.relations.flatMap((r) => [r.from, r.to]));
    for (let i = 0; i < story.entities.length; i++) {
      const active = await graph.getAttribute('aria-activedescendant');
      const id = await page.locator(`[id="${active}"]`).getAttribute('data-entity-id');
      if (id && withRelations.has(id)) break;
      await page.keyboard.press('PageDown');
    }
    await page.keyboard.press('r');
    const relationOption = page.locator(
      `[id="${await graph.getAttribute('aria-activedescendant')}"]`,
    );
    const label = await relationOption.getAttribute('aria-label');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]relation=/);
    const relationId = new URL(page.url()).searchParams.get('relation')!;
    expect(story.relations.some((r) => r.id === relationId)).toBe(true);
    expect(label).toBeTruthy();
    await expectStates(page, 'relation', relationId);
  });

  test('Escape and a click on empty timeline space clear the selection', async ({ page }) => {
    await open(page, `?entity=${kilmar}`);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-state="selected"]')).toHaveCount(0);
    await expect(page).not.toHaveURL(/entity=/);
    await page.locator(`[data-view="timeline"] [data-event-id="${invocation}"]`).click();
    await page.locator('[data-view="timeline"] rect.catcher').click({ position: { x: 5, y: 5 } });
    await expect(page.locator('[data-state="selected"]')).toHaveCount(0);
  });

  test('hovering a mark highlights lightly without changing the selection', async ({ page }) => {
    await open(page, `?entity=${kilmar}`);
    await page.locator(`[data-view="timeline"] [data-event-id="${invocation}"]`).hover();
    await expectStates(page, 'entity', kilmar);
    await expect(page).toHaveURL(new RegExp(`entity=${kilmar}`));
  });

  test('the screen reader hears each change of selection', async ({ page }) => {
    await open(page);
    await page.locator(`[data-view="graph"] [data-entity-id="${kilmar}"]`).click();
    const events = story.events.filter((e) => e.entities.some((p) => p.id === kilmar)).length;
    const relations = story.relations.filter((r) => r.from === kilmar || r.to === kilmar).length;
    await expect(page.getByTestId('announcer')).toHaveText(
      `Selected Kilmar Abrego Garcia: ${events} events, ${relations} relations`,
    );
    await expect(page.getByTestId('announcer')).toHaveAttribute('aria-live', 'polite');
  });
});

test.describe('the address bar', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('Back after two selections restores the first, Forward the second', async ({ page }) => {
    await open(page);
    await page.locator(`[data-view="graph"] [data-entity-id="${kilmar}"]`).click();
    await expectStates(page, 'entity', kilmar);
    await page.locator(`[data-view="timeline"] [data-event-id="${invocation}"]`).click();
    await expectStates(page, 'event', invocation);
    await page.goBack();
    await expectStates(page, 'entity', kilmar);
    await page.goForward();
    await expectStates(page, 'event', invocation);
  });

  test('an unknown id shows a notice and the page still works', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open(page, '?entity=nayib-bukle');
    await expect(page.getByTestId('notices')).toContainText('“nayib-bukle”');
    await expect(page.locator('[data-state="selected"]')).toHaveCount(0);
    await page.locator(`[data-view="graph"] [data-entity-id="${kilmar}"]`).click();
    await expectStates(page, 'entity', kilmar);
    expect(errors).toEqual([]);
  });

  test('a bad date shows a notice and the whole story', async ({ page }) => {
    await open(page, '?from=2025-02-30&to=2025-04');
    await expect(page.getByTestId('notices')).toContainText('2025-02-30');
    await expect(page.getByTestId('window-readout')).toContainText('whole story');
  });
});

test.describe('the time window', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  /** Entities active in a window, from the raw data: in an event then, or an end of a relation that held then. */
  function activeEntities(from: string, to: string): Set<string> {
    const a = Date.parse(pad(from));
    const b = Date.parse(padEnd(to));
    const active = new Set<string>();
    for (const e of story.events) {
      if (Date.parse(pad(e.date.start)) < b && Date.parse(padEnd(e.date.end ?? e.date.start)) > a) {
        e.entities.forEach((p) => active.add(p.id));
      }
    }
    for (const r of story.relations) {
      const s = r.start ? Date.parse(pad(r.start)) : -Infinity;
      const t = r.end ? Date.parse(padEnd(r.end)) : Infinity;
      if (s < b && t > a) active.add(r.from).add(r.to);
    }
    return active;
  }

  test('from/to show the graph as it stood then, and the toggle turns it off', async ({ page }) => {
    await open(page, '?from=2025-03&to=2025-03');
    const expected = activeEntities('2025-03', '2025-03');
    const all = story.entities.map((e) => e.id);
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(all.length);
    const readActive = () =>
      page
        .locator('[data-view="graph"] [data-entity-id]')
        .evaluateAll((els) =>
          els
            .filter((e) => e.getAttribute('data-active') === 'true')
            .map((e) => e.getAttribute('data-entity-id')),
        );
    await expect.poll(async () => new Set(await readActive())).toEqual(expected);
    await expect(page.getByTestId('window-readout')).toHaveText(
      `Showing March 2025: ${expected.size} of ${all.length} people and organisations`,
    );
    await page.getByLabel('Graph as it stood in the timeline’s window').uncheck();
    await expect.poll(async () => (await readActive()).length).toBe(all.length);
    await expect(page).toHaveURL(/filter=off/);
  });

  test('zooming the timeline narrows the graph and the address bar follows', async ({ page }) => {
    await open(page);
    await page.locator('[data-view="timeline"] [role="listbox"]').focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByTestId('window-readout')).toContainText(/Showing .* of 34/);
    const inactive = page.locator('[data-view="graph"] [data-entity-id][data-active="false"]');
    await expect.poll(() => inactive.count()).toBeGreaterThan(0);
  });
});

test('keyboard only: timeline, then graph, then details, each selects', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page);
  const focusedIs = (selector: string) =>
    page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  // Into the timeline: Tab until it holds focus.
  for (let i = 0; i < 20 && !(await focusedIs('[data-view="timeline"] [role="listbox"]')); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await focusedIs('[data-view="timeline"] [role="listbox"]')).toBe(true);
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  const first = [...story.events].sort((a, b) => a.date.start.localeCompare(b.date.start))[0]!.id;
  await expectStates(page, 'event', first);
  // On to the graph.
  for (let i = 0; i < 20 && !(await focusedIs('[data-view="graph"] [role="listbox"]')); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await focusedIs('[data-view="graph"] [role="listbox"]')).toBe(true);
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  const chosen = await page
    .locator('[data-view="graph"] [data-entity-id][data-state="selected"]')
    .getAttribute('data-entity-id');
  expect(chosen).toBeTruthy();
  await expectStates(page, 'entity', chosen!);
  // On to a link in the details panel.
  for (let i = 0; i < 30 && !(await focusedIs('[data-view="details"] a[data-link-kind]')); i++) {
    await page.keyboard.press('Tab');
  }
  const link = await page.evaluate(() => ({
    kind: document.activeElement?.getAttribute('data-link-kind'),
    id: document.activeElement?.getAttribute('data-link-id'),
  }));
  expect(link.kind).toBeTruthy();
  await page.keyboard.press('Enter');
  await expectStates(page, link.kind as Kind, link.id!);
});

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} with an entity selected, the views fit`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await open(page, `?entity=${kilmar}`);
    await expectStates(page, 'entity', kilmar);
    await page.waitForTimeout(400);
    const size = await page.evaluate(() => ({
      w: document.documentElement.scrollWidth,
      h: document.documentElement.scrollHeight,
    }));
    expect(size.w).toBeLessThanOrEqual(viewport.width);
    if (viewport.width >= 1024) expect(size.h).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({
      path: `test-results/screens/app-${viewport.width}x${viewport.height}.png`,
    });
  });
}
