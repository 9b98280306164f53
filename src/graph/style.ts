/**
 * The Cytoscape stylesheet, built from a palette read from the design tokens (so colours live
 * in tokens.css only) and the fades and dashes every view shares (LOOK, src/ui/look.ts). Each
 * kind gets its shape and colour from KIND_LOOK; states add outlines, weights and fading,
 * never colour alone.
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
  fontFamily: string;
}

/** The design tokens the palette comes from. */
const PALETTE_TOKENS = {
  text: '--color-text',
  textMuted: '--color-text-muted',
  background: '--color-bg',
  accent: '--color-accent',
  focus: '--color-focus',
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
    // Cytoscape accepts a font list with double quotes only.
    fontFamily: get(PALETTE_TOKENS.fontFamily, 'sans-serif').replace(/'/g, '"'),
  };
}

export interface StyleOptions {
  /** Animate state changes (off for reduced motion, and for very large graphs). */
  transitions: boolean;
  /** Relation label size in model units (see edgeFontSize: constant on screen). */
  edgeFontSize: number;
  /** A graph of many hundreds: straight edges and no label backgrounds, to draw faster. */
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
    ...(options.large ? largeRules() : []),
    ...kindRules(p),
    ...hoverRules(p),
    ...selectionRules(p),
    ...filterRules(),
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
        'border-width': 1.5,
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
        width: 1.5,
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
const LARGE_NAME_MIN_PX = 8;

function largeRules(): Rule[] {
  const always = { 'min-zoomed-font-size': 0 };
  return [
    {
      selector: 'node',
      style: { 'text-background-opacity': 0, 'min-zoomed-font-size': LARGE_NAME_MIN_PX },
    },
    // The selection and its neighbourhood are always named, as is what the pointer is on.
    { selector: 'node.s-selected, node.s-related, node.h-selected, node.h-related', style: always },
    { selector: 'edge', style: { 'curve-style': 'straight' } },
  ];
}

function kindRules(p: Palette): Rule[] {
  return ENTITY_KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': p.kinds[kind] },
  }));
}

/** Hover is light: an outline, and fading only while nothing is selected. */
function hoverRules(p: Palette): Rule[] {
  return [
    { selector: '.h-dimmed', style: { opacity: LOOK.hoverFadeOpacity } },
    { selector: 'node.h-related', style: { 'border-width': 2.5 } },
    { selector: 'edge.h-related', style: { width: 2.5, 'line-color': p.text } },
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

function selectionRules(p: Palette): Rule[] {
  const strong = { 'line-color': p.text, 'target-arrow-color': p.text };
  return [
    { selector: '.s-dimmed', style: { opacity: LOOK.dimmedOpacity } },
    { selector: 'node.s-dimmed', style: { color: p.textMuted } },
    { selector: '.s-related', style: { 'z-index': 5 } },
    { selector: 'node.s-related', style: { 'border-width': 2.5 } },
    { selector: 'edge.s-related', style: { width: 2.5, ...strong } },
    {
      selector: 'node.s-selected',
      style: {
        'z-index': 10,
        'border-width': 3,
        'outline-width': 4,
        'outline-style': 'solid',
        'outline-color': p.text,
        // No bold: a bolder label is wider than the layout's box and would touch a neighbour.
      },
    },
    { selector: 'edge.s-selected', style: { 'z-index': 10, width: 4.5, ...strong } },
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

/** Items outside the time window stay in place, so the picture does not jump, but fade out. */
function filterRules(): Rule[] {
  return [{ selector: '.inactive', style: { opacity: LOOK.inactiveOpacity, events: 'no' } }];
}
