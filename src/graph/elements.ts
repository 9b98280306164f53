/** The story as Cytoscape element definitions: one node per entity, one edge per relation. */
import type { ElementDefinition } from 'cytoscape';
import type { Entity, EntityKind, Story } from '../model/schema';
import { cyShape } from './kinds';
import { GEOMETRY, wrapLabel, type Geometry } from './geometry';
import { wrapEdgeLabel } from './edge-labels';

export interface NodeData {
  id: string;
  /** The name as drawn, with line breaks. */
  label: string;
  name: string;
  kind: EntityKind;
  shape: string;
  /** Polygon points for `shape: polygon`, else empty. */
  points: string;
}

export interface EdgeData {
  /** Relation ids are prefixed: entity and relation ids may coincide, Cytoscape ids may not. */
  id: string;
  relationId: string;
  source: string;
  target: string;
  label: string;
  /** A relation that is a claim is drawn dashed. */
  dashed: boolean;
}

/** The name a node shows: the short one where the story gives it (the full one is its accessible name). */
export function graphName(entity: Pick<Entity, 'name' | 'shortName'>): string {
  return entity.shortName ?? entity.name;
}

const EDGE_PREFIX = 'r:';

export function edgeId(relationId: string): string {
  return EDGE_PREFIX + relationId;
}

function nodeElements(story: Story, g: Geometry = GEOMETRY): ElementDefinition[] {
  return story.entities.map((entity) => {
    const { shape, points = '' } = cyShape(entity.kind);
    const data: NodeData = {
      id: entity.id,
      label: wrapLabel(graphName(entity), g),
      name: entity.name,
      kind: entity.kind,
      shape,
      points,
    };
    return { group: 'nodes', data: { ...data } };
  });
}

function edgeElements(story: Story): ElementDefinition[] {
  return story.relations.map((relation) => {
    const data: EdgeData = {
      id: edgeId(relation.id),
      relationId: relation.id,
      source: relation.from,
      target: relation.to,
      label: wrapEdgeLabel(relation.label),
      dashed: Boolean(relation.claim),
    };
    return { group: 'edges', data: { ...data } };
  });
}

export function storyElements(story: Story, g: Geometry = GEOMETRY): ElementDefinition[] {
  return [...nodeElements(story, g), ...edgeElements(story)];
}
