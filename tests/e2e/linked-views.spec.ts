import { test, expect, type Locator, type Page } from './support/test';
import { expectActive, inView, openApp, statesOf } from './support/app';
import { ENTITY_IDS, EVENT_IDS, MONDAY } from './support/expected';
import { VIEWPORTS } from './support/viewports';

type Kind = 'entity' | 'event' | 'relation';

/**
 * What a selection shows in every view: the item itself selected, the events and entities
 * listed here related, everything else dimmed. Each table is written out from data/story.json:
 * an entity relates to the events it takes part in and to the other ends of its relations; an
 * event to the entities it involves; a relation to its two ends and the events it names (or,
 * naming none, the events of either end while it held).
 */
interface Selection {
  kind: Kind;
  id: string;
  events: readonly string[];
  entities: readonly string[];
}

const KILMAR: Selection = {
  kind: 'entity',
  id: 'kilmar-abrego-garcia',
  // The 10 events that list him.
  events: [
    'immigration-judge-protects-abrego-garcia',
    'abrego-garcia-deported-by-mistake',
    'administration-admits-administrative-error',
    'court-orders-abrego-garcia-return',
    'chief-justice-pauses-return-order',
    'supreme-court-facilitate-order',
    'xinis-amends-return-order',
    'bukele-refuses-to-return-abrego-garcia',
    'miller-monday-morning-remarks',
    'protest-outside-white-house',
  ],
  // The other ends of his 11 relations (Bukele ends two).
  entities: [
    'maryland',
    'el-salvador',
    'us-immigration-judge',
    'trump-administration',
    'cecot',
    'government-of-el-salvador',
    'us-federal-court',
    'stephen-miller',
    'nayib-bukele',
    'abrego-garcia-family',
  ],
};

const BUKELE: Selection = {
  kind: 'entity',
  id: 'nayib-bukele',
  events: [
    'bukele-gang-crackdown',
    'cecot-opens',
    'bukele-offers-to-take-deportees',
    'aea-invoked-against-tren-de-aragua',
    'bukele-very-low-fee-remark',
    'march-deportees-counted',
    'arriaza-hopes-for-tariff-clarity',
    'leavitt-says-partnership-on-agenda',
    'rubio-praises-alliance',
    'bukele-refuses-to-return-abrego-garcia',
    'trump-bukele-white-house-meeting',
  ],
  entities: [
    'el-salvador',
    'government-of-el-salvador',
    'donald-trump',
    'trump-administration',
    'united-states',
    'ms-13',
    'kilmar-abrego-garcia',
    'marco-rubio',
  ],
};

const TRUMP: Selection = {
  kind: 'entity',
  id: 'donald-trump',
  events: [
    'trump-second-inauguration',
    'bukele-offers-to-take-deportees',
    'aea-invoked-against-tren-de-aragua',
    'tariffs-on-el-salvador',
    'leavitt-says-partnership-on-agenda',
    'trump-saturday-post',
    'rubio-praises-alliance',
    'protest-outside-white-house',
    'rubio-foreign-policy-not-courts',
    'trump-bukele-white-house-meeting',
  ],
  entities: [
    'united-states',
    'trump-administration',
    'nayib-bukele',
    'alien-enemies-act',
    'tren-de-aragua',
    'demonstrators',
  ],
};

/** First in the graph's reading order: in one event, at one end of one relation. */
const WASHINGTON: Selection = {
  kind: 'entity',
  id: 'washington-dc',
  events: ['trump-bukele-white-house-meeting'],
  entities: ['white-house'],
};

const INVOCATION: Selection = {
  kind: 'event',
  id: 'aea-invoked-against-tren-de-aragua',
  events: [],
  entities: ['donald-trump', 'alien-enemies-act', 'tren-de-aragua', 'venezuela', 'nayib-bukele'],
};

const MEETING: Selection = {
  kind: 'event',
  id: 'trump-bukele-white-house-meeting',
  events: [],
  entities: [
    'donald-trump',
    'nayib-bukele',
    'white-house',
    'washington-dc',
    'united-states',
    'el-salvador',
  ],
};

const INAUGURATION: Selection = {
  kind: 'event',
  id: 'trump-second-inauguration',
  events: [],
  entities: ['donald-trump', 'united-states'],
};

const AEA_SIGNED: Selection = {
  kind: 'event',
  id: 'alien-enemies-act-signed',
  events: [],
  entities: ['alien-enemies-act', 'united-states'],
};

/** Names one event. */
const TRUMP_PRESIDENT: Selection = {
  kind: 'relation',
  id: 'trump-president-of-us',
  events: ['trump-second-inauguration'],
  entities: ['donald-trump', 'united-states'],
};

/** Names two events. */
const WHITE_HOUSE_IN_WASHINGTON: Selection = {
  kind: 'relation',
  id: 'white-house-in-washington',
  events: ['trump-bukele-white-house-meeting', 'protest-outside-white-house'],
  entities: ['white-house', 'washington-dc'],
};

/**
 * Names no event and holds from Bukele's swearing-in, 1 June 2019: every event of Bukele or of
 * El Salvador from then on relates to it (all but the Act's history, Trump's inauguration, the
 * terror designations, the court fight, the White House's list, the protest and Rubio's remark
 * on the courts; the immigration judge's 2019, a whole year, overlaps it).
 */
const BUKELE_PRESIDENT: Selection = {
  kind: 'relation',
  id: 'bukele-president-of-el-salvador',
  events: [
    'immigration-judge-protects-abrego-garcia',
    'bukele-gang-crackdown',
    'cecot-opens',
    'salvadoran-exports-2024',
    'remittances-2024',
    'remittances-grow-14-percent',
    'bukele-offers-to-take-deportees',
    'bukele-very-low-fee-remark',
    'march-deportees-counted',
    'aea-invoked-against-tren-de-aragua',
    'deportation-flights-to-cecot',
    'abrego-garcia-deported-by-mistake',
    'leavitt-announces-six-million-fee',
    'tariffs-on-el-salvador',
    'tariff-takes-effect',
    'arriaza-hopes-for-tariff-clarity',
    'leavitt-says-partnership-on-agenda',
    'trump-saturday-post',
    'rubio-ten-more-criminals-arrive',
    'rubio-praises-alliance',
    'miller-monday-morning-remarks',
    'trump-bukele-white-house-meeting',
    'bukele-refuses-to-return-abrego-garcia',
  ],
  entities: ['nayib-bukele', 'el-salvador'],
};

function statesFor(ids: readonly string[], selected: string | null, related: readonly string[]) {
  return Object.fromEntries(
    ids.map((id) => [
      id,
      id === selected ? 'selected' : related.includes(id) ? 'related' : 'dimmed',
    ]),
  );
}

/** Waits until every view shows the selection: the timeline and lists' events, the graph and lists' entities. */
async function expectSelection(page: Page, s: Selection) {
  const events = statesFor(EVENT_IDS, s.kind === 'event' ? s.id : null, s.events);
  const entities = statesFor(ENTITY_IDS, s.kind === 'entity' ? s.id : null, s.entities);
  const read = (view: 'timeline' | 'graph' | 'list', attr: string) =>
    statesOf(inView(page, view).locator(`[${attr}]`), attr);
  await expect.poll(() => read('timeline', 'data-event-id')).toEqual(events);
  await expect.poll(() => read('list', 'data-event-id')).toEqual(events);
  await expect.poll(() => read('graph', 'data-entity-id')).toEqual(entities);
  await expect.poll(() => read('list', 'data-entity-id')).toEqual(entities);
}

function mark(page: Page, id: string): Locator {
  return inView(page, 'timeline').locator(`[data-event-id="${id}"]`);
}

function node(page: Page, id: string): Locator {
  return inView(page, 'graph').locator(`[data-entity-id="${id}"]`);
}

test.describe('one selection, every view', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('selecting an entity in the graph marks its events and neighbours everywhere', async ({
    page,
  }) => {
    await openApp(page);
    await node(page, KILMAR.id).click();
    await expectSelection(page, KILMAR);
    await expect(page).toHaveURL(/[?&]entity=kilmar-abrego-garcia/);
    await expect(inView(page, 'details').locator('h3')).toHaveText('Kilmar Abrego Garcia');
  });

  test('selecting an event on the timeline marks its entities in the graph', async ({ page }) => {
    await openApp(page);
    await mark(page, INVOCATION.id).click();
    await expectSelection(page, INVOCATION);
    await expect(page).toHaveURL(/[?&]event=aea-invoked-against-tren-de-aragua/);
  });

  test('selecting from the lists works for events and entities', async ({ page }) => {
    await openApp(page);
    await page.getByRole('tab', { name: 'Lists' }).click();
    const list = inView(page, 'list');
    await list.locator(`[data-event-id="${INVOCATION.id}"] button`).click();
    await expectSelection(page, INVOCATION);
    await list.locator(`[data-entity-id="${BUKELE.id}"] button`).click();
    await expectSelection(page, BUKELE);
  });

  test('every link in the details panel selects what it names', async ({ page }) => {
    await openApp(page, `?event=${INVOCATION.id}`);
    const details = inView(page, 'details');
    // The invocation's people, then Trump's relations, then the inauguration they name.
    const person = details.locator('[data-link-kind="entity"]').first();
    await expect(person).toHaveAttribute('data-link-id', TRUMP.id);
    await person.click();
    await expectSelection(page, TRUMP);
    const relation = details.locator('[data-link-kind="relation"]').first();
    await expect(relation).toHaveAttribute('data-link-id', TRUMP_PRESIDENT.id);
    await relation.click();
    await expectSelection(page, TRUMP_PRESIDENT);
    const event = details.locator('[data-link-kind="event"]').first();
    await expect(event).toHaveAttribute('data-link-id', INAUGURATION.id);
    await event.click();
    await expectSelection(page, INAUGURATION);
  });

  for (const selection of [KILMAR, MEETING, BUKELE_PRESIDENT, TRUMP_PRESIDENT]) {
    test(`?${selection.kind}=${selection.id} opens with it selected in every view`, async ({
      page,
    }) => {
      await openApp(page, `?${selection.kind}=${selection.id}`);
      await expectSelection(page, selection);
    });
  }

  test('selecting a relation in the graph, by keyboard, marks its ends and its events', async ({
    page,
  }) => {
    await openApp(page);
    const listbox = inView(page, 'graph').getByRole('listbox');
    await listbox.focus();
    // The first node in reading order is Washington DC, whose one relation is the White House's.
    await page.keyboard.press('Home');
    await expectActive(listbox, WASHINGTON.id);
    await page.keyboard.press('r');
    await expectActive(listbox, WHITE_HOUSE_IN_WASHINGTON.id);
    const option = listbox.locator(`[data-relation-id="${WHITE_HOUSE_IN_WASHINGTON.id}"]`);
    await expect(option).toHaveAttribute('aria-label', 'White House is in Washington DC');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]relation=white-house-in-washington(&|$)/);
    await expectSelection(page, WHITE_HOUSE_IN_WASHINGTON);
  });

  test('Escape and a click on empty timeline space clear the selection', async ({ page }) => {
    await openApp(page, `?entity=${KILMAR.id}`);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-state="selected"]')).toHaveCount(0);
    await expect(page).not.toHaveURL(/entity=/);
    await mark(page, INVOCATION.id).click();
    await expect(mark(page, INVOCATION.id)).toHaveAttribute('data-state', 'selected');
    // Empty space: the left edge below the first row, whose 1798 and 1812 marks reach the corner.
    await inView(page, 'timeline')
      .locator('rect.catcher')
      .click({ position: { x: 5, y: 40 } });
    await expect(page.locator('[data-state="selected"]')).toHaveCount(0);
  });

  test('hovering a mark highlights lightly without changing the selection', async ({ page }) => {
    await openApp(page, `?entity=${KILMAR.id}`);
    await mark(page, INVOCATION.id).hover();
    await expectSelection(page, KILMAR);
    await expect(page).toHaveURL(/entity=kilmar-abrego-garcia/);
  });

  test('the screen reader hears each change of selection', async ({ page }) => {
    await openApp(page);
    await node(page, KILMAR.id).click();
    const announcer = page.getByTestId('announcer');
    await expect(announcer).toHaveText('Selected Kilmar Abrego Garcia: 10 events, 11 relations');
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await mark(page, MEETING.id).click();
    await expect(announcer).toContainText('Trump hosts Bukele at the White House');
  });
});

test.describe('the address bar', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('Back after two selections restores the first, Forward the second', async ({ page }) => {
    await openApp(page);
    await node(page, KILMAR.id).click();
    await expectSelection(page, KILMAR);
    await mark(page, INVOCATION.id).click();
    await expectSelection(page, INVOCATION);
    await page.goBack();
    await expectSelection(page, KILMAR);
    await page.goForward();
    await expectSelection(page, INVOCATION);
  });

  test('an unknown id shows a notice and the page still works', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, '?entity=nayib-bukle');
    await expect(page.getByTestId('notices')).toContainText('“nayib-bukle”');
    await expect(page.locator('[data-state="selected"]')).toHaveCount(0);
    await node(page, KILMAR.id).click();
    await expectSelection(page, KILMAR);
    expect(errors).toEqual([]);
  });

  test('a bad date shows a notice and the whole story', async ({ page }) => {
    await openApp(page, '?from=2025-02-30&to=2025-04');
    await expect(page.getByTestId('notices')).toContainText('2025-02-30');
    await expect(page.getByTestId('window-readout')).toContainText('whole story');
  });
});

test.describe('the time window', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  const activeIn = (page: Page) =>
    inView(page, 'graph')
      .locator('[data-entity-id]')
      .evaluateAll((els) =>
        els
          .filter((e) => e.getAttribute('data-active') === 'true')
          .map((e) => e.getAttribute('data-entity-id')),
      );

  test('from/to show the graph as it stood then, and the toggle turns it off', async ({ page }) => {
    await openApp(page, '?from=2025-03&to=2025-03');
    // In March 2025 these fourteen had no event and no relation that held. In April: X and
    // Rubio's post, Miller, Arriaza and his association, the activists, Washington DC, the
    // journalists, the demonstrators and the Supreme Court (from 7 April). Before March: San
    // Salvador (February), the central bank (2024), the Salvadorans in the US and the economists
    // (to February 2025). Latin America: never.
    const idle = [
      'stephen-miller',
      'jorge-arriaza',
      'us-supreme-court',
      'central-bank-of-el-salvador',
      'salvadoran-industrial-association',
      'washington-dc',
      'san-salvador',
      'latin-america',
      'activists',
      'demonstrators',
      'salvadorans-in-the-us',
      'economists',
      'journalists',
      'x-social-network',
    ];
    const active = ENTITY_IDS.filter((id) => !idle.includes(id));
    await expect.poll(async () => new Set(await activeIn(page))).toEqual(new Set(active));
    await expect(page.getByTestId('window-readout')).toHaveText(
      'Showing March 2025: 21 of 35 people and organisations',
    );
    await page.getByLabel('Graph as it stood in the timeline’s window').uncheck();
    await expect.poll(async () => (await activeIn(page)).length).toBe(35);
    await expect(page).toHaveURL(/filter=off/);
  });

  test('one day from the address bar shows that day’s events, not an empty stretch', async ({
    page,
  }) => {
    await openApp(page, '?from=2025-04-14&to=2025-04-14');
    await expect(page.getByTestId('window-readout')).toContainText('Showing 14 April 2025');
    // The six events of Monday 14 April, each drawn inside the timeline's plot.
    const timeline = inView(page, 'timeline');
    const plot = (await timeline.locator('svg').first().boundingBox())!;
    for (const id of MONDAY) {
      const mark = (await timeline.locator(`[data-event-id="${id}"]`).first().boundingBox())!;
      expect(mark.x, id).toBeGreaterThanOrEqual(plot.x);
      expect(mark.x + mark.width, id).toBeLessThanOrEqual(plot.x + plot.width);
    }
  });

  test('zooming the timeline narrows the graph and the address bar follows', async ({ page }) => {
    await openApp(page);
    await inView(page, 'timeline').getByRole('listbox').focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByTestId('window-readout')).toContainText(/Showing .* of 35/);
    const inactive = inView(page, 'graph').locator('[data-entity-id][data-active="false"]');
    await expect.poll(() => inactive.count()).toBeGreaterThan(0);
  });
});

test('keyboard only: timeline, then graph, then details, each selects', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  const focusedIs = (selector: string) =>
    page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  const tabTo = async (selector: string, most: number) => {
    for (let i = 0; i < most && !(await focusedIs(selector)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedIs(selector), `Tab reaches ${selector}`).toBe(true);
  };
  // Into the timeline: Home is the first event, 6 July 1798.
  await tabTo('[data-view="timeline"] [role="listbox"]', 20);
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expectSelection(page, AEA_SIGNED);
  // On to the graph: Home is the first node in reading order, Washington DC.
  const graph = '[data-view="graph"] [role="listbox"]';
  await tabTo(graph, 20);
  await page.keyboard.press('Home');
  await expectActive(page.locator(graph), WASHINGTON.id);
  await page.keyboard.press('Enter');
  await expectSelection(page, WASHINGTON);
  // On to the details panel: its first link is Washington DC's one event, the meeting.
  await tabTo('[data-view="details"] a[data-link-kind]', 30);
  expect(
    await page.evaluate(() => [
      document.activeElement?.getAttribute('data-link-kind'),
      document.activeElement?.getAttribute('data-link-id'),
    ]),
  ).toEqual(['event', MEETING.id]);
  await page.keyboard.press('Enter');
  await expectSelection(page, MEETING);
});

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} with an entity selected, the views fit`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openApp(page, `?entity=${KILMAR.id}`);
    await expectSelection(page, KILMAR);
    const size = () =>
      page.evaluate(() => ({
        w: document.documentElement.scrollWidth,
        h: document.documentElement.scrollHeight,
      }));
    // Nothing wider than the screen; on landscape screens, nothing taller either.
    await expect.poll(async () => (await size()).w).toBeLessThanOrEqual(viewport.width);
    if (viewport.width >= 1024) {
      await expect.poll(async () => (await size()).h).toBeLessThanOrEqual(viewport.height);
    }
    await page.screenshot({
      path: `test-results/screens/app-${viewport.width}x${viewport.height}.png`,
    });
  });
}
