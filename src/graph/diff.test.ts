import { describe, expect, it } from 'vitest';
import { classesFor, diffClasses, type GraphIds, type VisualInput } from './diff';
import { edgeId } from './elements';
import { applyClasses } from './graph-view';
import { NO_STATES, statesFor } from '../model/selection';
import { activeInWindow } from '../model/time-window';
import { bundledStory, headlessGraph } from './test-helpers';

const { story, index } = bundledStory();
const ids: GraphIds = {
  entities: story.entities.map((e) => e.id),
  relations: story.relations.map((r) => r.id),
};
const none: VisualInput = { states: NO_STATES, hoverStates: NO_STATES, active: null };
const bukele = { kind: 'entity', id: 'nayib-bukele' } as const;

const headless = () => headlessGraph(story);

describe('the state diff', () => {
  it('marks the selected entity, its neighbours related and the rest dimmed', () => {
    const classes = classesFor(ids, { ...none, states: statesFor(index, bukele) });
    const neighbours = new Set(index.neighboursOfEntity.get('nayib-bukele'));
    for (const id of ids.entities) {
      const expected =
        id === 'nayib-bukele' ? 's-selected' : neighbours.has(id) ? 's-related' : 's-dimmed';
      expect(classes.get(id)).toBe(expected);
    }
    for (const id of index.relationsOfEntity.get('nayib-bukele')!) {
      expect(classes.get(edgeId(id))).toContain('s-related');
    }
  });

  it('restores every element to default when the selection is cleared', () => {
    const selected = classesFor(ids, { ...none, states: statesFor(index, bukele) });
    const cleared = classesFor(ids, none);
    const changes = diffClasses(selected, cleared);
    expect(changes.size).toBe(ids.entities.length + ids.relations.length);
    expect([...changes.values()].every((c) => c === '')).toBe(true);
  });

  it('touches only the elements whose state changes', () => {
    const first = classesFor(ids, { ...none, states: statesFor(index, bukele) });
    const same = classesFor(ids, { ...none, states: statesFor(index, bukele) });
    expect(diffClasses(first, same).size).toBe(0);
    const trump = statesFor(index, { kind: 'entity', id: 'donald-trump' });
    const next = classesFor(ids, { ...none, states: trump });
    const changes = diffClasses(first, next);
    expect(changes.size).toBeGreaterThan(0);
    for (const [id, c] of changes) expect(first.get(id)).not.toBe(c);
    expect(changes.size).toBeLessThan(first.size);
    // From nothing to nothing: nothing at all.
    expect(diffClasses(new Map(), classesFor(ids, none)).size).toBe(0);
  });

  it('shows hover lightly: outlines always, fading only while nothing is selected', () => {
    const hover = statesFor(index, { kind: 'entity', id: 'donald-trump' });
    const alone = classesFor(ids, { ...none, hoverStates: hover });
    expect(alone.get('donald-trump')).toBe('h-selected');
    expect(alone.get('latin-america')).toBe('h-dimmed');
    const over = classesFor(ids, { ...none, states: statesFor(index, bukele), hoverStates: hover });
    expect(over.get('donald-trump')).toBe('s-related h-selected');
    expect(over.get('latin-america')).toBe('s-dimmed');
  });

  it('fades what lies outside the time window', () => {
    const window = { start: Date.UTC(2025, 3, 14), end: Date.UTC(2025, 3, 15) };
    const active = activeInWindow(index, window);
    const classes = classesFor(ids, { ...none, active });
    for (const id of ids.entities) {
      expect(classes.get(id)?.includes('inactive')).toBe(!active.entities.has(id));
    }
    expect([...classes.values()].some((c) => c.includes('inactive'))).toBe(true);
  });

  it('keeps fixed classes (a label on the left) through every change', () => {
    const fixed = new Map([['donald-trump', 'label-left']]);
    const classes = classesFor({ ...ids, fixed }, { ...none, states: statesFor(index, bukele) });
    expect(classes.get('donald-trump')).toBe('label-left s-related');
  });

  it('applies to Cytoscape in one batch, styling selected, related and dimmed apart', () => {
    const cy = headless();
    const next = classesFor(ids, { ...none, states: statesFor(index, bukele) });
    applyClasses(cy, diffClasses(new Map(), next));
    const node = (id: string) => cy.getElementById(id);
    expect(node('nayib-bukele').hasClass('s-selected')).toBe(true);
    expect(parseFloat(node('nayib-bukele').style('outline-width'))).toBeGreaterThan(2);
    expect(node('latin-america').style('background-color')).toBe('rgb(128,138,152)');
    expect(parseFloat(node('donald-trump').style('border-width'))).toBe(3);
    expect(node('latin-america').style('color')).not.toBe(node('donald-trump').style('color'));
    expect(parseFloat(node('donald-trump').style('opacity'))).toBe(1);
    applyClasses(cy, diffClasses(next, classesFor(ids, none)));
    expect(cy.elements('.s-selected, .s-related, .s-dimmed')).toHaveLength(0);
  });
});
