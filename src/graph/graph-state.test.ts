import { describe, expect, it, vi } from 'vitest';
import { GraphState } from './graph-state.svelte';
import type { Measured } from './graph-view';
import type { Layout } from './layout';
import { buildIndex } from '../model/indexes';
import type { Story } from '../model/schema';
import { NO_STATES, statesFor, type ItemRef, type ItemStates } from '../model/selection';
import type { RevealCommand } from '../app/reader-state.svelte';
import { miniStory } from '../../tests/fixtures/mini-story';
import { bigStory } from '../../tests/fixtures/big-story';
import { estimateMeasured } from './estimate';
import { renderedRect } from './overlay';
import { storyElements } from './elements';

// Ana at the origin, Ben far to the right, the Act below Ana: each node a 50 × 20 box.
const LAYOUT: Layout = {
  positions: { ana: { x: 0, y: 0 }, ben: { x: 300, y: 0 }, 'the-act': { x: 0, y: 200 } },
  leftLabels: ['the-act'],
};
const MEASURED: Measured = {
  boxes: new Map([
    ['ana', { x1: -10, y1: -10, x2: 40, y2: 10 }],
    ['ben', { x1: 290, y1: -10, x2: 340, y2: 10 }],
    ['the-act', { x1: -10, y1: 190, x2: 40, y2: 210 }],
  ]),
  edgeSpots: new Map([
    [
      'ana-allied-with-ben',
      { id: 'ana-allied-with-ben', label: 'allied with', at: { x: 165, y: 0 } },
    ],
    ['ana-invoked-act', { id: 'ana-invoked-act', label: 'invoked', at: { x: 15, y: 100 } }],
  ]),
  bounds: { x1: -10, y1: -10, x2: 340, y2: 210 },
};
/** Room for the whole graph at zoom 1 (350 × 220 plus the padding and the buttons' column). */
const WIDE = { width: 422, height: 256 };
/** Too small for the whole at a readable size: the middle at 14 px (zoom 1). */
const SMALL = { width: 236, height: 166 };

function setup(
  options: {
    story?: Story;
    states?: ItemStates;
    layout?: Layout;
    measured?: Measured;
    frame?: { width: number; height: number };
  } = {},
) {
  const story = options.story ?? miniStory();
  const index = buildIndex(story);
  const onselect = vi.fn<(item: ItemRef | null) => void>();
  const onhover = vi.fn<(item: ItemRef | null) => void>();
  const props = {
    story,
    index,
    states: options.states ?? NO_STATES,
    hoverStates: NO_STATES,
    active: null,
    onselect,
    onhover,
  };
  const graph = new GraphState(() => props);
  graph.setLayout(options.layout ?? LAYOUT);
  graph.resize(options.frame ?? WIDE);
  graph.measure(options.measured ?? MEASURED);
  return { graph, onselect, onhover, index };
}

const command = (id: number, item: ItemRef, origin: RevealCommand['origin'] = 'timeline') => ({
  id,
  item,
  origin,
});

describe('a graph made ready', () => {
  it('says it is ready only once it is fitted in a frame: measured first, it waits for its size', () => {
    // Measured in a stage whose size is not known yet.
    const { graph } = setup({ frame: { width: 0, height: 0 } });
    expect([graph.ready, graph.fitted]).toEqual([true, false]);
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: 0, y: 0 } });
    graph.resize(WIDE);
    expect(graph.fitted).toBe(true);
    // Fitted: the whole graph (from -10, -10) inside the frame, clear of its edges.
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: 18, y: 28 } });
  });
});

describe('the graph’s keyboard', () => {
  it('follows reading order with Home, End, Page Up and Page Down, naming each node', () => {
    const { graph, onhover } = setup();
    expect(graph.order).toEqual(['ana', 'ben', 'the-act']);
    const visit = (type: 'first' | 'last' | 'next' | 'previous') => {
      graph.key({ type });
      return graph.activeId;
    };
    expect([visit('first'), visit('next'), visit('next'), visit('next')]).toEqual([
      'ana',
      'ben',
      'the-act',
      'the-act',
    ]);
    expect([visit('previous'), visit('first'), visit('last')]).toEqual(['ben', 'ana', 'the-act']);
    expect(onhover).toHaveBeenLastCalledWith({ kind: 'entity', id: 'the-act' });
    expect(graph.keyboardUsed).toBe(true);
  });

  it('moves to the nearest node in an arrow’s direction, starting from the first', () => {
    const { graph } = setup();
    graph.key({ type: 'move', direction: 'left' });
    expect(graph.activeId).toBe('ana');
    graph.key({ type: 'move', direction: 'right' });
    expect(graph.activeId).toBe('ben');
    graph.key({ type: 'move', direction: 'down' });
    expect(graph.activeId).toBe('the-act');
    graph.key({ type: 'move', direction: 'down' });
    expect(graph.activeId).toBe('the-act');
  });

  it('starts at the selected node when it takes focus, else at the first', () => {
    const fresh = setup();
    fresh.graph.focus();
    expect(fresh.graph.activeId).toBe('ana');
    const { graph } = setup({ states: benSelected() });
    graph.focus();
    expect(graph.activeId).toBe('ben');
  });

  it('steps through a node’s relations with R, tells each, selects with Enter, clears with Escape', () => {
    const { graph, onselect, onhover } = setup();
    graph.focus();
    expect(graph.anchorRelations).toEqual(['ana-invoked-act', 'ana-allied-with-ben']);
    graph.key({ type: 'relation', step: 1 });
    expect(graph.focusedRelation).toBe('ana-invoked-act');
    graph.key({ type: 'relation', step: 1 });
    expect(graph.focusedRelation).toBe('ana-allied-with-ben');
    expect(onhover).toHaveBeenLastCalledWith({ kind: 'relation', id: 'ana-allied-with-ben' });
    expect(graph.tip).toEqual({
      title: 'Ana allied with Ben',
      detail: 'A claim, asserted by one side. Claimed by Ana. Ana says so.',
      at: { x: 183, y: 28 },
    });
    expect(graph.relationAt).toEqual({ x: 183, y: 28 });
    expect(graph.relationOptions.map((r) => [r.id, r.name, r.state])).toEqual([
      ['ana-invoked-act', 'Ana invoked The Act', 'default'],
      ['ana-allied-with-ben', 'Ana allied with Ben', 'default'],
    ]);
    graph.key({ type: 'relation', step: -1 });
    expect(graph.focusedRelation).toBe('ana-invoked-act');
    graph.key({ type: 'select' });
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'relation', id: 'ana-invoked-act' });
    graph.key({ type: 'clear' });
    expect(onselect).toHaveBeenLastCalledWith(null);
    expect([graph.focusedRelation, graph.tip]).toEqual([null, null]);
    graph.key({ type: 'select' });
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'entity', id: 'ana' });
  });

  it('offers no relations once it loses focus, and stops hovering', () => {
    const { graph, onhover } = setup();
    graph.focus();
    graph.key({ type: 'relation', step: 1 });
    graph.blur();
    expect(graph.anchorRelations).toEqual([]);
    expect(graph.focusedRelation).toBeNull();
    expect(onhover).toHaveBeenLastCalledWith(null);
  });
});

describe('the graph’s view', () => {
  it('fits the whole graph where it is readable, with room for the buttons', () => {
    const { graph } = setup();
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: 18, y: 28 } });
    expect(graph.partial).toBe(false);
    expect(graph.hint).toBe(false);
  });

  it('shows the middle at 14 px on a small frame, and says part of it is hidden', () => {
    const { graph } = setup();
    graph.resize(SMALL);
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: -75, y: -17 } });
    expect(graph.hint).toBe(true);
    graph.fitWhole();
    expect(graph.viewport.zoom).toBeCloseTo(0.4686, 4);
    expect(graph.moved).toBe(true);
    expect(graph.hint).toBe(false);
  });

  it('hides the hint while the keyboard is in the graph', () => {
    const { graph } = setup();
    graph.resize(SMALL);
    graph.focus();
    graph.key({ type: 'move', direction: 'right' });
    expect(graph.hint).toBe(false);
  });

  it('zooms about the centre with its buttons and keys, within the canvas’s limits', () => {
    const { graph } = setup();
    graph.zoomStep(1.25);
    expect(graph.viewport).toEqual({ zoom: 1.25, pan: { x: -30.25, y: 3 } });
    for (let i = 0; i < 20; i++) graph.key({ type: 'zoom', factor: 1.25 });
    expect(graph.viewport.zoom).toBe(5);
    graph.key({ type: 'fit' });
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: 18, y: 28 } });
  });

  it('pans the keyboard’s node into view', () => {
    const { graph } = setup();
    graph.resize(SMALL);
    graph.key({ type: 'first' });
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: 18, y: 18 } });
  });

  it('gives the canvas each element’s classes, fixed ones first', () => {
    const { graph } = setup({ states: benSelected() });
    expect(graph.classes.get('ben')).toBe('s-selected');
    expect(graph.classes.get('ana')).toBe('s-related');
    expect(graph.classes.get('the-act')).toBe('label-left s-dimmed');
    expect(graph.classes.get('r:ana-allied-with-ben')).toBe('s-related show-label');
  });
});

describe('reveal commands from other views', () => {
  it('pan an entity into view clear of the zoom buttons, once per command, never the graph’s own', () => {
    const { graph } = setup();
    graph.resize(SMALL);
    graph.reveal(command(1, { kind: 'entity', id: 'ben' }, 'graph'));
    expect(graph.viewport.pan).toEqual({ x: -75, y: -17 });
    graph.reveal(command(2, { kind: 'entity', id: 'ben' }));
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: -168, y: 18 } });
    graph.fit();
    graph.reveal(command(2, { kind: 'entity', id: 'ben' }));
    expect(graph.viewport.pan).toEqual({ x: -75, y: -17 });
  });

  it('wait until the boxes are measured', () => {
    const { graph } = setup();
    graph.setLayout(LAYOUT);
    graph.resize(SMALL);
    graph.reveal(command(1, { kind: 'entity', id: 'ben' }));
    graph.measure(MEASURED);
    expect(graph.viewport.pan).toEqual({ x: -75, y: -17 });
    graph.reveal(command(1, { kind: 'entity', id: 'ben' }));
    expect(graph.viewport.pan).toEqual({ x: -168, y: 18 });
  });

  it('pan a relation’s two ends into view, or its label where they do not fit', () => {
    const { graph } = setup();
    graph.reveal(command(1, { kind: 'relation', id: 'ana-invoked-act' }));
    expect(graph.viewport.pan).toEqual({ x: 18, y: 28 });
    graph.resize(SMALL);
    graph.reveal(command(2, { kind: 'relation', id: 'ana-allied-with-ben' }));
    expect(graph.viewport.pan).toEqual({ x: -75, y: 8 });
    graph.fit();
    graph.reveal(command(3, { kind: 'relation', id: 'ana-invoked-act' }));
    expect(graph.viewport.pan).toEqual({ x: -7, y: -17 });
  });

  it('leave the graph alone for an event with an entity in view, else show its first', () => {
    const { graph } = setup();
    graph.resize(SMALL);
    graph.reveal(command(1, { kind: 'event', id: 'meeting' }));
    expect(graph.viewport.pan).toEqual({ x: 18, y: 18 });
    graph.reveal(command(2, { kind: 'event', id: 'act-invoked' }));
    expect(graph.viewport.pan).toEqual({ x: 18, y: 18 });
  });
});

describe('the details drawer over the stage’s right side', () => {
  /** Room for the whole graph at zoom 1.6, its most: 728 × 384 for 350 × 220. */
  const ROOMY = { width: 800, height: 400 };

  it('fits a view the reader has not moved into what it leaves uncovered, gliding', () => {
    const { graph } = setup();
    graph.resize(ROOMY);
    expect(graph.viewport).toEqual({ zoom: 1.6, pan: { x: 108, y: 40 } });
    // 800 − 378 − 56 − 16 = 350 px across for the 350 px graph: zoom 1, its right at 358 px.
    graph.cover(378, 40);
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: 18, y: 80 } });
    expect(graph.glide).toEqual({ to: { zoom: 1, pan: { x: 18, y: 80 } }, ms: 300 });
    graph.cover(0, 0);
    expect(graph.viewport).toEqual({ zoom: 1.6, pan: { x: 108, y: 40 } });
    expect(graph.glide).toEqual({ to: { zoom: 1.6, pan: { x: 108, y: 40 } }, ms: 300 });
  });

  it('fits at once for a reader who asks for reduced motion', () => {
    const { graph } = setup();
    graph.resize(ROOMY);
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    try {
      graph.cover(378, 40);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: 18, y: 80 } });
    expect(graph.glide).toBeNull();
  });

  it('fits again the whole graph the fit button showed', () => {
    const { graph } = setup();
    graph.fitWhole();
    graph.cover(175, 16);
    expect(graph.viewport).toEqual({ zoom: 0.5, pan: { x: 13, y: 70 } });
  });

  it('leaves a view the reader zoomed or dragged, open or closed', () => {
    const { graph } = setup();
    graph.resize(ROOMY);
    graph.zoom(0.5);
    expect(graph.viewport).toEqual({ zoom: 0.8, pan: { x: 254, y: 120 } });
    graph.cover(378, 40);
    expect(graph.viewport).toEqual({ zoom: 0.8, pan: { x: 254, y: 120 } });
    graph.cover(0, 0);
    expect(graph.viewport).toEqual({ zoom: 0.8, pan: { x: 254, y: 120 } });
    // A drag on the canvas itself, the fit button's view.
    graph.fitWhole();
    graph.userMoved();
    graph.cover(378, 40);
    expect(graph.viewport).toEqual({ zoom: 1.6, pan: { x: 108, y: 40 } });
  });

  it('moves the selection out from under it in a view the reader moved', () => {
    const { graph } = setup();
    graph.reveal(command(1, { kind: 'entity', id: 'ben' }, 'graph'));
    graph.panBy({ x: 0, y: -8 });
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: 18, y: 20 } });
    graph.cover(175, 16);
    expect(graph.covered).toEqual({ right: 175, bottom: 16 });
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: -157, y: 20 } });
    graph.cover(0, 0);
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: -157, y: 20 } });
  });

  it('moves a node chosen in the graph only while it covers that node', () => {
    const { graph } = setup();
    graph.panBy({ x: 0, y: -8 });
    graph.cover(175, 16);
    graph.reveal(command(1, { kind: 'entity', id: 'ana' }, 'graph'));
    expect(graph.viewport.pan).toEqual({ x: 18, y: 20 });
    graph.reveal(command(2, { kind: 'entity', id: 'ben' }, 'graph'));
    expect(graph.viewport.pan).toEqual({ x: -157, y: 20 });
  });

  it('shows the selection in the middle view it fits when the graph cannot fit whole', () => {
    const { graph } = setup();
    graph.reveal(command(1, { kind: 'entity', id: 'ben' }, 'graph'));
    // 175 px across is too little for the whole at 12 px: the middle at 14 px, then Ben.
    graph.cover(175, 16);
    expect(graph.viewport).toEqual({ zoom: 1, pan: { x: -157, y: 20 } });
  });

  it('fits the whole graph into what it leaves uncovered', () => {
    const { graph } = setup();
    graph.cover(175, 16);
    graph.fitWhole();
    expect(graph.viewport).toEqual({ zoom: 0.5, pan: { x: 13, y: 70 } });
  });
});

describe('the graph’s pointer', () => {
  it('selects a clicked node or tapped edge, clears on empty space, and tells edges', () => {
    const { graph, onselect, onhover } = setup();
    graph.press();
    graph.clickNode('ben');
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'entity', id: 'ben' });
    expect([graph.activeId, graph.keyboardUsed]).toEqual(['ben', false]);
    graph.tap({ kind: 'relation', id: 'ana-invoked-act' });
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'relation', id: 'ana-invoked-act' });
    graph.tap(null);
    expect(onselect).toHaveBeenLastCalledWith(null);
    graph.hoverEdge('ana-invoked-act', { x: 5, y: 6 });
    expect(graph.tip).toEqual({ title: 'Ana invoked The Act', detail: '', at: { x: 5, y: 6 } });
    expect(onhover).toHaveBeenLastCalledWith({ kind: 'relation', id: 'ana-invoked-act' });
    graph.hoverEdge(null);
    expect(graph.tip).toBeNull();
    expect(onhover).toHaveBeenLastCalledWith(null);
  });
});

describe('a graph of hundreds', () => {
  // 340 entities on a 20-column grid, 100 apart: a 400 × 300 frame at zoom 1 shows 5 × 4.
  const entities = Array.from({ length: 340 }, (_, i) => ({
    ...miniStory().entities[0]!,
    id: `e${i}`,
    name: `Entity ${i}`,
  }));
  const story: Story = { ...miniStory(), entities, events: [], relations: [] };
  const at = (i: number) => ({ x: (i % 20) * 100, y: Math.floor(i / 20) * 100 });
  const layout: Layout = {
    positions: Object.fromEntries(entities.map((e, i) => [e.id, at(i)])),
    leftLabels: [],
  };
  const measured: Measured = {
    boxes: new Map(
      entities.map((e, i) => {
        const { x, y } = at(i);
        return [e.id, { x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 }];
      }),
    ),
    edgeSpots: new Map(),
    bounds: null,
  };

  it('keeps only the nodes in view in the DOM, and the keyboard’s', () => {
    const { graph } = setup({ story, layout, measured });
    graph.resize({ width: 400, height: 300 });
    graph.viewport = { zoom: 1, pan: { x: 0, y: 0 } };
    expect(graph.virtual).toBe(true);
    expect(graph.shown).toHaveLength(20);
    expect(graph.shown.slice(0, 6)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e20']);
    graph.activeId = 'e339';
    expect(graph.shown).toHaveLength(21);
    expect(graph.shown).toContain('e339');
  });
});

describe('relation labels while the reader zooms', () => {
  // 600 entities make a big graph (600 elements or more); the mini story's three are small.
  const many = Array.from({ length: 600 }, (_, i) => ({
    ...miniStory().entities[0]!,
    id: `e${i}`,
    name: `Entity ${i}`,
  }));
  const big: Story = { ...miniStory(), entities: [...miniStory().entities, ...many] };

  it('on a small graph, take the new size with each zoom step', () => {
    const { graph } = setup();
    expect(graph.edgeFont).toBe(13);
    graph.zoom(2);
    expect(graph.edgeFont).toBe(6.5);
  });

  it('on a big graph, take it once the zoom has rested for 150 ms', () => {
    vi.useFakeTimers();
    try {
      const { graph } = setup({ story: big });
      expect(graph.large).toBe(true);
      expect(graph.edgeFont).toBe(13);
      graph.zoom(2);
      vi.advanceTimersByTime(100);
      graph.zoom(2);
      vi.advanceTimersByTime(149);
      expect(graph.viewport.zoom).toBe(4);
      expect(graph.edgeFont).toBe(13);
      vi.advanceTimersByTime(1);
      expect(graph.edgeFont).toBe(3.25);
      // A fit is not a move: its labels come with it.
      graph.fitWhole();
      expect(graph.edgeFont).toBe(13);
    } finally {
      vi.useRealTimers();
    }
  });
});

function benSelected(): ItemStates {
  return statesFor(buildIndex(miniStory()), { kind: 'entity', id: 'ben' });
}

describe('a big graph zoomed out past its names', () => {
  // 600 entities of the scale tests' story, laid out on a grid, 60 a row and 100 apart.
  const story = bigStory({ entities: 600, relations: 900, events: 10 });
  const layout: Layout = {
    positions: Object.fromEntries(
      story.entities.map((e, i) => [e.id, { x: (i % 60) * 100, y: Math.floor(i / 60) * 100 }]),
    ),
    leftLabels: [],
  };
  const open = () =>
    setup({ story, layout, measured: estimateMeasured(storyElements(story), layout) });

  it('shows no groups at the default view, where names are drawn', () => {
    const { graph } = open();
    expect(graph.viewport.zoom * 14).toBeGreaterThanOrEqual(12);
    expect(graph.overview).toBe(false);
    expect(graph.groupSpots).toEqual([]);
  });

  it('shows its groups by area, named and counted, none overlapping, once fitted whole', () => {
    const { graph } = open();
    graph.fitWhole();
    expect(graph.viewport.zoom * 14).toBeLessThan(8);
    expect(graph.overview).toBe(true);
    const spots = graph.groupSpots;
    expect(spots.length).toBeGreaterThan(0);
    for (const s of spots) {
      expect(s.label).toMatch(/^Person \d+ of group \d+$/);
      expect(s.count).toBeGreaterThanOrEqual(3);
    }
    const clash = spots.some((a, i) =>
      spots
        .slice(i + 1)
        .some(
          (b) =>
            a.left < b.left + b.width &&
            b.left < a.left + a.width &&
            a.top < b.top + b.height &&
            b.top < a.top + a.height,
        ),
    );
    expect(clash).toBe(false);
  });

  it('opens a group on a click: its members fill the view, their names readable again', () => {
    const { graph } = open();
    graph.fitWhole();
    const spot = graph.groupSpots[0]!;
    const group = graph.groups.find((g) => g.id === spot.id)!;
    graph.openGroup(spot.id);
    expect(graph.viewport.zoom * 14).toBeGreaterThanOrEqual(12);
    expect(graph.overview).toBe(false);
    const inView = group.members.filter((id) => {
      const r = graph.rendered(graph.boxes.get(id)!);
      return (
        r.left >= 0 &&
        r.top >= 0 &&
        r.left + r.width <= WIDE.width &&
        r.top + r.height <= WIDE.height
      );
    });
    expect(inView.length).toBeGreaterThan(0);
    // The view's middle is in the group's area.
    const { zoom, pan } = graph.viewport;
    const middle = { x: (WIDE.width / 2 - pan.x) / zoom, y: (WIDE.height / 2 - pan.y) / zoom };
    const xs = group.members.map((id) => layout.positions[id]!.x);
    const ys = group.members.map((id) => layout.positions[id]!.y);
    expect(middle.x).toBeGreaterThanOrEqual(Math.min(...xs) - 100);
    expect(middle.x).toBeLessThanOrEqual(Math.max(...xs) + 100);
    expect(middle.y).toBeGreaterThanOrEqual(Math.min(...ys) - 100);
    expect(middle.y).toBeLessThanOrEqual(Math.max(...ys) + 100);
  });

  it('leaves the selection’s names uncovered: a group over them is not shown', () => {
    // A frame with room for several groups.
    const roomy = { width: 1200, height: 600 };
    const before = open();
    before.graph.resize(roomy);
    before.graph.fitWhole();
    expect(before.graph.groupSpots.length).toBeGreaterThan(1);
    const spot = before.graph.groupSpots[0]!;
    const covered = [...before.graph.boxes].find(([, box]) => {
      const r = renderedRect(box, before.graph.viewport, 0);
      return (
        r.left < spot.left + spot.width &&
        spot.left < r.left + r.width &&
        r.top < spot.top + spot.height &&
        spot.top < r.top + r.height
      );
    })![0];
    const index = buildIndex(story);
    const { graph } = setup({
      story,
      layout,
      measured: estimateMeasured(storyElements(story), layout),
      states: statesFor(index, { kind: 'entity', id: covered }),
    });
    graph.resize(roomy);
    graph.fitWhole();
    expect(graph.groupSpots.map((s) => s.id)).not.toContain(spot.id);
    expect(graph.groupSpots.length).toBeGreaterThan(0);
  });

  it('keeps its groups away while the view glides into one, and back once the reader zooms out', () => {
    const { graph } = open();
    graph.fitWhole();
    const out = graph.viewport;
    const spot = graph.groupSpots[0]!;
    graph.openGroup(spot.id);
    const into = graph.viewport;
    expect(graph.glide).toEqual({ to: into, ms: 300 });
    // The glide's frames, as the canvas reports them: from the zoom it left towards the group.
    for (const t of [0.05, 0.3, 0.6]) {
      graph.viewport = {
        zoom: out.zoom + (into.zoom - out.zoom) * t,
        pan: {
          x: out.pan.x + (into.pan.x - out.pan.x) * t,
          y: out.pan.y + (into.pan.y - out.pan.y) * t,
        },
      };
      expect(graph.overview, `at ${t} of the way`).toBe(false);
      expect(graph.groupSpots).toEqual([]);
    }
    graph.viewport = { zoom: into.zoom, pan: { ...into.pan } };
    graph.zoomStep(1 / 8);
    expect(graph.overview).toBe(true);
    expect(graph.groupSpots.length).toBeGreaterThan(0);
  });

  it('shows its groups again when the reader zooms out in the middle of the glide', () => {
    const { graph } = open();
    graph.fitWhole();
    const out = graph.viewport;
    graph.openGroup(graph.groupSpots[0]!.id);
    graph.viewport = { zoom: out.zoom * 1.1, pan: { ...out.pan } };
    graph.userMoved();
    expect(graph.overview).toBe(true);
  });

  it('gives the focus to the listbox on the group’s leader, with the ring from a key only', () => {
    const byKey = open().graph;
    byKey.fitWhole();
    const spot = byKey.groupSpots[0]!;
    byKey.openGroup(spot.id, 'keyboard');
    expect(byKey.focusRequest).toBe(1);
    byKey.focus();
    expect([byKey.activeId, byKey.keyboardUsed]).toEqual([spot.id, true]);

    const byPointer = open().graph;
    byPointer.fitWhole();
    byPointer.openGroup(spot.id, 'pointer');
    expect(byPointer.focusRequest).toBe(1);
    byPointer.focus();
    expect([byPointer.activeId, byPointer.keyboardUsed]).toEqual([spot.id, false]);
  });

  it('has no overview on a small graph, however far out', () => {
    const { graph } = setup();
    graph.zoom(0.1);
    expect(graph.overview).toBe(false);
  });
});
