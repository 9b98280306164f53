import { describe, expect, it, vi } from 'vitest';
import { GraphState } from './graph-state.svelte';
import type { Measured } from './graph-view';
import type { Box } from './geometry';
import { insideFrame } from './overlay';
import { buildIndex } from '../model/indexes';
import { NO_STATES, type ItemRef } from '../model/selection';
import type { FrameCommand } from '../app/reader-state.svelte';
import { miniStory } from '../../tests/fixtures/mini-story';

// Ana at the origin, Ben far to the right, the Act far below Ana: each node a 50 × 20 box.
const MEASURED: Measured = {
  boxes: new Map([
    ['ana', { x1: -10, y1: -10, x2: 40, y2: 10 }],
    ['ben', { x1: 590, y1: -10, x2: 640, y2: 10 }],
    ['the-act', { x1: -10, y1: 390, x2: 40, y2: 410 }],
  ]),
  edgeSpots: new Map(),
  bounds: { x1: -10, y1: -10, x2: 640, y2: 410 },
};
/** Room for the whole graph, its names at 15.7 px (zoom 1.12). */
const FRAME = { width: 800, height: 500 };

function setup() {
  const story = miniStory();
  const props = {
    story,
    index: buildIndex(story),
    states: NO_STATES,
    hoverStates: NO_STATES,
    active: null,
    onselect: vi.fn<(item: ItemRef | null) => void>(),
    onhover: vi.fn<(item: ItemRef | null) => void>(),
  };
  const graph = new GraphState(() => props);
  graph.setLayout({
    positions: { ana: { x: 0, y: 0 }, ben: { x: 600, y: 0 }, 'the-act': { x: 0, y: 400 } },
    leftLabels: [],
  });
  graph.resize(FRAME);
  graph.measure(MEASURED);
  return graph;
}

const frame = (id: number, entities: string[], ms = 0): FrameCommand => ({
  id,
  entities,
  origin: 'story',
  ms,
});

/** Which nodes are wholly on screen, in reading order. */
function inView(graph: GraphState): string[] {
  const on = (b: Box) => insideFrame(graph.rendered(b), graph.frame.width, graph.frame.height);
  return [...MEASURED.boxes].filter(([, b]) => on(b)).map(([id]) => id);
}

describe('the graph framing a story’s step', () => {
  it('fits the entities named, all of them, closer than the whole graph', () => {
    const graph = setup();
    const whole = graph.viewport.zoom;
    expect(inView(graph)).toEqual(['ana', 'ben', 'the-act']);
    graph.frameTo(frame(1, ['ana', 'ben'], 300));
    expect(inView(graph)).toEqual(['ana', 'ben']);
    graph.frameTo(frame(2, ['ben'], 300));
    expect(inView(graph)).toEqual(['ben']);
    expect(graph.viewport.zoom).toBe(1.6);
    expect(whole).toBeLessThan(1.2);
    // The canvas glides there over the command's time.
    expect(graph.glide).toEqual({ to: graph.viewport, ms: 300 });
  });

  it('shows the middle of them at 14 px where they do not fit at 12 px', () => {
    const graph = setup();
    graph.resize({ width: 300, height: 200 });
    graph.frameTo(frame(1, ['ana', 'the-act']));
    expect(graph.viewport.zoom).toBe(1);
  });

  it('keeps them framed through a resize, until the fit button shows the whole', () => {
    const graph = setup();
    graph.frameTo(frame(1, ['ben']));
    graph.resize({ width: 600, height: 400 });
    expect(inView(graph)).toEqual(['ben']);
    graph.fitWhole();
    graph.resize(FRAME);
    expect(inView(graph)).toEqual(['ana', 'ben', 'the-act']);
  });

  it('shows the default view for a step that names none, at once when no time is given', () => {
    const graph = setup();
    const start = graph.viewport;
    graph.frameTo(frame(1, ['ben']));
    graph.frameTo(frame(2, []));
    expect(graph.viewport).toEqual(start);
    expect(graph.glide).toBeNull();
  });

  it('acts on each command once, and only once the graph is measured', () => {
    const graph = setup();
    graph.frameTo(frame(1, ['ben']));
    const framed = graph.viewport;
    graph.panBy({ x: 30, y: 0 });
    graph.frameTo(frame(1, ['ben']));
    expect(graph.viewport).not.toEqual(framed);
    const fresh = setup();
    fresh.setLayout(null);
    fresh.frameTo(frame(1, ['ben']));
    expect(fresh.ready).toBe(false);
  });

  it('leaves the view to a selection made after the step', () => {
    const graph = setup();
    graph.reveal({ id: 5, item: { kind: 'entity', id: 'the-act' }, origin: 'timeline' });
    const revealed = graph.viewport;
    graph.frameTo(frame(4, ['ben']));
    expect(graph.viewport).toEqual(revealed);
  });

  it('skips ids the layout does not hold', () => {
    const graph = setup();
    graph.frameTo(frame(1, ['ben', 'nobody']));
    expect(inView(graph)).toEqual(['ben']);
  });
});

describe('the graph on a projector (a floor of 20 px for names)', () => {
  it('frames at 20 px or more, and draws relation labels at 20 px too', () => {
    const graph = setup();
    const normalEdge = graph.edgeFont * graph.viewport.zoom;
    graph.resize(FRAME, 20);
    graph.frameTo(frame(1, ['ana', 'ben']));
    // Ana and Ben do not fit side by side at 20 px: their middle, at 20 px.
    expect(graph.viewport.zoom * 14).toBeCloseTo(20, 6);
    const edgePx = graph.edgeFont * graph.viewport.zoom;
    expect(edgePx).toBeGreaterThanOrEqual(20);
    expect(edgePx).toBeLessThan(24);
    // At the usual floor, relation labels stay as they were: 13 px within an eighth of an octave.
    expect(normalEdge).toBeGreaterThan(11.9);
    expect(normalEdge).toBeLessThan(14.2);
  });

  it('draws no name that would be cut at the edge or faded', () => {
    const graph = setup();
    expect(graph.quiet).toEqual(new Set());
    graph.resize(FRAME, 20);
    graph.frameTo(frame(1, ['ben']));
    // Ben framed at 1.6: Ana and the Act are off the frame, or partly.
    expect([...graph.quiet].sort()).toEqual(['ana', 'the-act']);
    graph.resize(FRAME);
    expect(graph.quiet).toEqual(new Set());
  });
});
