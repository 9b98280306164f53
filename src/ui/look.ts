/**
 * The visual rules every view shares, written once: how strongly an item fades when something
 * else is selected or hovered, or when it lies outside the time window. The timeline's SVG and
 * canvas marks, the graph's Cytoscape style and both legends read these numbers; colours, type
 * and spacing stay in tokens.css.
 */
export const LOOK = {
  /** An item that is neither selected nor related to the selection. */
  dimmedOpacity: 0.28,
  /** An item unrelated to the hovered one, while nothing is selected: lighter than dimmed. */
  hoverFadeOpacity: 0.5,
  /** An item outside the time window (graph only): kept in place, nearly gone. */
  inactiveOpacity: 0.08,
  /** A date known only approximately: a paler fill and a dashed outline. */
  approximate: { fillOpacity: 0.45, dash: [4, 3] as readonly number[] },
  /** A claim (a relation one side asserts): a dashed line. */
  claimDash: [6, 4] as readonly number[],
} as const;

/** The opacity of an item from its selection and hover states. */
export function fadeOf(
  state: 'selected' | 'related' | 'dimmed' | 'default',
  hover: 'selected' | 'related' | 'dimmed' | 'default',
  hasSelection: boolean,
): number {
  if (state === 'dimmed') return LOOK.dimmedOpacity;
  if (hover === 'dimmed' && !hasSelection) return LOOK.hoverFadeOpacity;
  return 1;
}
