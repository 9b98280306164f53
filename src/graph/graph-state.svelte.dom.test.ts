// GraphState's derived values under the client runtime, where they are memoised and effects
// run (the Node tests in graph-state.test.ts run the server build, which recomputes on read).
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { GraphState } from './graph-state.svelte';
import { buildIndex } from '../model/indexes';
import { NO_STATES, statesFor } from '../model/selection';
import { miniStory } from '../../tests/fixtures/mini-story';

describe('the graph’s derived values', () => {
  it('follow only the props they use: a selection recomputes no reading order or names', () => {
    const story = miniStory();
    const index = buildIndex(story);
    const props = $state({
      story,
      index,
      states: NO_STATES,
      hoverStates: NO_STATES,
      active: null,
      onselect: () => {},
      onhover: () => {},
    });
    const graph = new GraphState(() => props);
    graph.setLayout({
      positions: { ana: { x: 0, y: 0 }, ben: { x: 300, y: 0 }, 'the-act': { x: 0, y: 200 } },
      leftLabels: [],
    });
    const runs = { order: 0, names: 0, classes: 0 };
    const stop = $effect.root(() => {
      $effect(() => void (graph.order, runs.order++));
      $effect(() => void (graph.names, runs.names++));
      $effect(() => void (graph.classes, runs.classes++));
    });
    flushSync();
    props.states = statesFor(index, { kind: 'entity', id: 'ben' });
    flushSync();
    expect(runs).toEqual({ order: 1, names: 1, classes: 2 });
    expect(graph.order).toEqual(['ana', 'ben', 'the-act']);
    expect(graph.classes.get('ben')).toBe('s-selected');
    stop();
  });
});
