/**
 * From the reader's state to Cytoscape classes, and the smallest change between two states:
 * only elements whose classes differ are touched, so a selection on a large graph stays cheap.
 */
import type { ItemState, ItemStates } from '../model/selection';
import type { ActiveItems } from '../model/time-window';
import { edgeId } from './elements';

export interface VisualInput {
  states: ItemStates;
  hoverStates: ItemStates;
  active: ActiveItems | null;
  /** The relation the keyboard is on, if any. */
  focusedRelation?: string | null;
  /** Relations whose label is drawn (see edge-labels.ts). */
  labels?: ReadonlySet<string>;
  /** Entities whose name is not drawn (on a projector: faded, or not wholly in view). */
  quiet?: ReadonlySet<string>;
}

export interface GraphIds {
  entities: readonly string[];
  relations: readonly string[];
  /** Classes an element always has (e.g. label-left), by Cytoscape id. */
  fixed?: ReadonlyMap<string, string>;
}

/** Cytoscape id → space-separated classes. */
export type ClassMap = Map<string, string>;

/** The classes nodes always have: a label on the left where the layout put it there. */
export function fixedClasses(leftLabels: readonly string[]): ReadonlyMap<string, string> {
  return new Map(leftLabels.map((id) => [id, 'label-left']));
}

function hasAny(s: ItemStates): boolean {
  return s.entities.size > 0 || s.relations.size > 0 || s.events.size > 0;
}

function stateClasses(
  state: ItemState | undefined,
  hover: ItemState | undefined,
  selecting: boolean,
): string[] {
  const out: string[] = [];
  if (state && state !== 'default') out.push(`s-${state}`);
  // Hover only outlines while a selection stands; it fades only when nothing is selected.
  if (hover === 'selected' || hover === 'related') out.push(`h-${hover}`);
  else if (hover === 'dimmed' && !selecting) out.push('h-dimmed');
  return out;
}

function entityClasses(id: string, v: VisualInput, selecting = hasAny(v.states)): string[] {
  const out = stateClasses(v.states.entities.get(id), v.hoverStates.entities.get(id), selecting);
  if (v.active && !v.active.entities.has(id)) out.push('inactive');
  if (v.quiet?.has(id)) out.push('quiet');
  return out;
}

function relationClasses(id: string, v: VisualInput, selecting = hasAny(v.states)): string[] {
  const state = v.states.relations.get(id);
  const hover = v.hoverStates.relations.get(id);
  const out = stateClasses(state, hover, selecting);
  if (v.focusedRelation === id) out.push('focused');
  if (v.labels?.has(id)) out.push('show-label');
  if (v.active && !v.active.relations.has(id)) out.push('inactive');
  return out;
}

/** The classes every element should have for this state. */
export function classesFor(ids: GraphIds, v: VisualInput): ClassMap {
  const selecting = hasAny(v.states);
  const out: ClassMap = new Map();
  const put = (cyId: string, classes: string[]) => {
    const fixed = ids.fixed?.get(cyId);
    out.set(cyId, (fixed ? [fixed, ...classes] : classes).join(' '));
  };
  for (const id of ids.entities) put(id, entityClasses(id, v, selecting));
  for (const id of ids.relations) put(edgeId(id), relationClasses(id, v, selecting));
  return out;
}

/** The elements whose classes change, with their new classes. */
export function diffClasses(prev: ReadonlyMap<string, string>, next: ClassMap): ClassMap {
  const changed: ClassMap = new Map();
  for (const [id, classes] of next) {
    if ((prev.get(id) ?? '') !== classes) changed.set(id, classes);
  }
  return changed;
}
