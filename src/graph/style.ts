/**
 * The Cytoscape stylesheet, built from a palette of the theme's colours (the look table,
 * src/ui/look.ts, whose pairs are checked at 3:1 and 4.5:1) and the dashes and weights every
 * view shares (LOOK). Each kind gets its shape and colour from KIND_LOOK; states add outlines,
 * weights and dashes, never colour alone, and nothing fades: a dimmed node is grey and thin,
 * one outside the time window hollow and dotted, each with its name still legible.
 */
import type { StylesheetJson } from 'cytoscape';
import { LOOK } from '../ui/look';
import { ENTITY_KINDS, KIND_LOOK, type EntityKind } from './kinds';
import { GEOMETRY, type Geometry } from './geometry';

export interface Palette {
  kinds: Record<EntityKind, string>;
  text: string;
  textMuted: string;
  background: string;
  accent: string;
  focus: string;
  /** A dimmed node's fill, a dimmed or inactive outline or edge. */
  dimmed: string;
  fontFamily: string;
}

/** The design tokens the palette comes from. */
const PALETTE_TOKENS = {
  text: '--color-text',
  textMuted: '--color-text-muted',
  background: '--color-bg',
  accent: '--color-accent',
  focus: '--color-focus',
  dimmed: '--color-dimmed',
  fontFamily: '--font-sans',
} as const;

/**
 * A palette from a token reader (getComputedStyle in the browser, tokens.css in tests).
 * Missing tokens fall back to plain black and grey, which shows the gap instead of hiding it.
 */
export function paletteFrom(read: (token: string) => string): Palette {
  const get = (token: string, fallback: string) => read(token).trim() || fallback;
  const kinds = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, get(KIND_LOOK[kind].colour, 'grey')]),
  ) as Record<EntityKind, string>;
  return {
    kinds,
    text: get(PALETTE_TOKENS.text, 'black'),
    textMuted: get(PALETTE_TOKENS.textMuted, 'grey'),
    background: get(PALETTE_TOKENS.background, 'white'),
    accent: get(PALETTE_TOKENS.accent, 'black'),
    focus: get(PALETTE_TOKENS.focus, 'black'),
    dimmed: get(PALETTE_TOKENS.dimmed, 'grey'),
    // Cytoscape accepts a font list with double quotes only.
    fontFamily: get(PALETTE_TOKENS.fontFamily, 'sans-serif').replace(/'/g, '"'),
  };
}

export interface StyleOptions {
  /** Animate state changes (off for reduced motion, and for very large graphs). */
  transitions: boolean;
  /** Relation label size in model units (see edgeFontSize: constant on screen). */
  edgeFontSize: number;
  /** A graph of many hundreds: straight, thin, grey edges, to draw faster and read the names. */
  large?: boolean;
}

/** From this zoom on, every relation's label that has room is shown, not only the selected. */
export const EDGE_LABEL_ZOOM = 1.4;

export function buildStyle(
  p: Palette,
  options: StyleOptions,
  g: Geometry = GEOMETRY,
): StylesheetJson {
  const transition = options.transitions
    ? { 'transition-property': 'opacity, text-opacity', 'transition-duration': 200 }
    : {};
  return [
    ...baseRules(p, g, transition, options.edgeFontSize),
    ...(options.large ? largeRules(p) : []),
    ...kindRules(p),
    ...hoverRules(p),
    ...selectionRules(p),
    ...filterRules(p),
  ] as StylesheetJson;
}

type Rule = { selector: string; style: Record<string, unknown> };

function baseRules(p: Palette, g: Geometry, transition: object, edgeFont: number): Rule[] {
  const label = {
    'font-family': p.fontFamily,
    color: p.text,
    'text-background-color': p.background,
    'text-background-opacity': 0.85,
    'text-background-padding': `${g.labelPadding}px`,
    'text-background-shape': 'roundrectangle',
    'text-events': 'no',
  };
  return [
    {
      selector: 'node',
      style: {
        ...label,
        ...transition,
        width: g.nodeSize,
        height: g.nodeSize,
        shape: 'data(shape)',
        'border-width': LOOK.nodeBorder.default,
        'border-color': p.text,
        label: 'data(label)',
        'font-size': g.fontSize,
        'line-height': g.lineHeight,
        'text-wrap': 'wrap',
        // Lines are broken in the data (wrapLabel), the same on every screen.
        'text-max-width': '2000px',
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': g.labelGap,
        'outline-color': p.text,
        'outline-offset': 2,
        'outline-width': 0,
      },
    },
    { selector: 'node[shape = "polygon"]', style: { 'shape-polygon-points': 'data(points)' } },
    { selector: 'node.label-left', style: { 'text-halign': 'left', 'text-margin-x': -g.labelGap } },
    {
      selector: 'edge',
      style: {
        ...label,
        ...transition,
        width: LOOK.edgeWidth.default,
        'curve-style': 'bezier',
        'line-color': p.textMuted,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': p.textMuted,
        'arrow-scale': 1.1,
        'font-size': edgeFont,
        // Broken in the data (wrapEdgeLabel), as the label boxes were measured.
        'text-wrap': 'wrap',
        'text-max-width': '2000px',
        'line-height': 1.2,
      },
    },
    {
      selector: 'edge[?dashed]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [...LOOK.claimDash] },
    },
  ];
}

/** Names under this size on screen are not drawn on a big graph, but for the selection's. */
export const LARGE_NAME_MIN_PX = 8;

function largeRules(p: Palette): Rule[] {
  const always = { 'min-zoomed-font-size': 0 };
  const strong = 'edge.s-related, edge.s-selected, edge.h-related, edge.h-selected, edge.focused';
  return [
    { selector: 'node', style: { 'min-zoomed-font-size': LARGE_NAME_MIN_PX } },
    // The selection and its neighbourhood are always named, as is what the pointer is on.
    { selector: 'node.s-selected, node.s-related, node.h-selected, node.h-related', style: always },
    // Thousands of relations drawn at full weight hide every name under them: each is a thin
    // grey line (still 3:1 on the page) with no arrowhead, until the selection or the pointer
    // makes it one of the neighbourhood's, drawn in full.
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        width: LOOK.edgeWidth.dimmed,
        'line-color': p.dimmed,
        'target-arrow-shape': 'none',
      },
    },
    { selector: strong, style: { 'target-arrow-shape': 'triangle' } },
  ];
}

function kindRules(p: Palette): Rule[] {
  return ENTITY_KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': p.kinds[kind] },
  }));
}

/** What a dimmed node and edge look like: grey, thin, the name in the muted text colour. */
function dimmedRules(p: Palette, cls: string): Rule[] {
  return [
    {
      selector: `node.${cls}`,
      style: {
        'background-color': p.dimmed,
        'border-color': p.dimmed,
        'border-width': LOOK.nodeBorder.dimmed,
        color: p.textMuted,
      },
    },
    {
      selector: `edge.${cls}`,
      style: {
        width: LOOK.edgeWidth.dimmed,
        'line-color': p.dimmed,
        'target-arrow-color': p.dimmed,
        color: p.textMuted,
      },
    },
  ];
}

/** Hover is light: an outline and a heavier line; while nothing is selected, the rest dims. */
function hoverRules(p: Palette): Rule[] {
  return [
    ...dimmedRules(p, 'h-dimmed'),
    { selector: 'node.h-related', style: { 'border-width': LOOK.nodeBorder.related } },
    {
      selector: 'edge.h-related',
      style: { width: LOOK.edgeWidth.related, 'line-color': p.text, 'target-arrow-color': p.text },
    },
    {
      selector: 'node.h-selected',
      style: { 'outline-width': 2, 'outline-color': p.accent, 'outline-style': 'dashed' },
    },
    {
      selector: 'edge.h-selected',
      style: { width: 3.5, 'line-color': p.accent, 'target-arrow-color': p.accent },
    },
  ];
}

/** Selected: a ring and the heaviest outline; related: a heavy outline; the rest dimmed. */
function selectionRules(p: Palette): Rule[] {
  const strong = { 'line-color': p.text, 'target-arrow-color': p.text };
  return [
    ...dimmedRules(p, 's-dimmed'),
    { selector: '.s-related', style: { 'z-index': 5 } },
    {
      selector: 'node.s-related',
      style: { 'border-width': LOOK.nodeBorder.related, 'border-color': p.text },
    },
    { selector: 'edge.s-related', style: { width: LOOK.edgeWidth.related, ...strong } },
    {
      selector: 'node.s-selected',
      style: {
        'z-index': 10,
        'border-width': LOOK.nodeBorder.selected,
        'border-color': p.text,
        'outline-width': 4,
        'outline-style': 'solid',
        'outline-color': p.text,
        // No bold: a bolder label is wider than the layout's box and would touch a neighbour.
      },
    },
    {
      selector: 'edge.s-selected',
      style: { 'z-index': 10, width: LOOK.edgeWidth.selected, ...strong },
    },
    // Relation labels only where they help: on hover, focus, selection, or zoomed in.
    { selector: 'edge.show-label', style: { label: 'data(label)', 'z-index': 20 } },
    // On a projector, a name is drawn whole and strong or not at all.
    { selector: 'node.quiet', style: { 'text-opacity': 0 } },
    {
      selector: 'edge.focused',
      style: { width: 4.5, 'line-color': p.focus, 'target-arrow-color': p.focus },
    },
  ];
}

/**
 * Items outside the time window stay in place, so the picture does not jump: a node hollow
 * with a dotted outline, an edge dotted and thin, each name in the muted text colour.
 */
function filterRules(p: Palette): Rule[] {
  return [
    {
      selector: 'node.inactive',
      style: {
        'background-color': p.background,
        'border-color': p.dimmed,
        'border-width': LOOK.nodeBorder.default,
        'border-style': 'dashed',
        'border-dash-pattern': [...LOOK.inactiveDash],
        'outline-width': 0,
        color: p.textMuted,
        events: 'no',
      },
    },
    {
      selector: 'edge.inactive',
      style: {
        width: LOOK.edgeWidth.dimmed,
        'line-style': 'dotted',
        'line-color': p.dimmed,
        'target-arrow-color': p.dimmed,
        color: p.textMuted,
        events: 'no',
      },
    },
  ];
}
