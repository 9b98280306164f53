/**
 * A big graph's overview, for when it is zoomed out past its names (a big graph draws no name
 * under 8 px): its nodes grouped by area, each group named by its best-connected member,
 * counted, and placed at the middle of its members. A reader sees what each part of the graph
 * is about, and opens one by choosing it. The groups depend on the layout and the zoom only,
 * so every screen shows the same ones.
 */
import type { Point } from './geometry';
import { textWidth } from './label-metrics';
import type { Rect } from './overlay';

export interface Group {
  /** The id of its best-connected member (its leader). */
  id: string;
  members: string[];
  /** The middle of its members, in model coordinates. */
  centre: Point;
}

/**
 * The groups a big graph shows when zoomed out: its nodes by area, in square cells `cell`
 * model units wide (the caller sizes them for the zoom, so that labels keep room on screen),
 * those of `minSize` members or more. A force layout puts what is related together, so an
 * area is a community as the reader sees it, and zooming in on one shows exactly its members.
 * Each is led by its best-connected member (ties to the first by id). Largest first.
 */
export function areaGroups(
  positions: ReadonlyMap<string, Point>,
  degree: (id: string) => number,
  cell: number,
  minSize = 3,
): Group[] {
  const cells = new Map<string, string[]>();
  for (const [id, p] of positions) {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    const members = cells.get(key);
    if (members) members.push(id);
    else cells.set(key, [id]);
  }
  const groups: Group[] = [];
  for (const unsorted of cells.values()) {
    if (unsorted.length < minSize) continue;
    const members = unsorted.sort();
    const id = members.reduce((a, b) => (degree(b) > degree(a) ? b : a));
    let x = 0;
    let y = 0;
    for (const m of members) {
      x += positions.get(m)!.x;
      y += positions.get(m)!.y;
    }
    groups.push({ id, members, centre: { x: x / members.length, y: y / members.length } });
  }
  return groups.sort((a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : 1));
}

export interface GroupSpot extends Rect {
  id: string;
  /** Its leader's name, as the graph shows it; its count is drawn beside it. */
  label: string;
  count: number;
}

/**
 * A group's label on screen, px, as GroupOverview.svelte draws it: its font, the padding
 * either side, its height; the count's chip is at least 24 px, its bold digits taken a tenth
 * wider, with 8 of padding; 6 between chip and name, 2 of border.
 */
const GROUP_LABEL = { fontSize: 14, padX: 10, height: 28, chipMin: 24, chipPad: 8, extra: 8 };

function labelWidth(text: string, count: number): number {
  const { fontSize, padX, chipMin, chipPad, extra } = GROUP_LABEL;
  const chip = Math.max(chipMin, textWidth(String(count), fontSize) * 1.1 + chipPad);
  return textWidth(text, fontSize) + chip + extra + 2 * padX;
}

/**
 * Where each group's label goes in a frame: centred on its middle (moved in from the frame's
 * edge), largest groups first. A group whose middle is out of the frame is left out, as is one
 * whose label would overlap a larger one's (it opens with its neighbour's zoom), or cover one
 * of `keepClear` (the selection and its neighbours, whose names are drawn at any zoom).
 * `label` names a group.
 */
export function placeGroups(
  groups: readonly Group[],
  viewport: { zoom: number; pan: Point },
  frame: { width: number; height: number },
  label: (g: Group) => string,
  keepClear: readonly Rect[] = [],
): GroupSpot[] {
  const placed: Rect[] = [...keepClear];
  const spots: GroupSpot[] = [];
  const { height } = GROUP_LABEL;
  for (const g of groups) {
    const text = label(g);
    const width = labelWidth(text, g.members.length);
    const x = g.centre.x * viewport.zoom + viewport.pan.x;
    const y = g.centre.y * viewport.zoom + viewport.pan.y;
    // A group whose middle is in the frame is shown, its label moved in from the edge.
    const inside = x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
    const fits = width <= frame.width && height <= frame.height;
    const clamp = (v: number, size: number, room: number) => Math.min(Math.max(v, 0), room - size);
    const spot = {
      id: g.id,
      label: text,
      count: g.members.length,
      left: clamp(x - width / 2, width, frame.width),
      top: clamp(y - height / 2, height, frame.height),
      width,
      height,
    };
    const clear = placed.every(
      (p) =>
        p.left >= spot.left + width ||
        spot.left >= p.left + p.width ||
        p.top >= spot.top + height ||
        spot.top >= p.top + p.height,
    );
    if (inside && fits && clear) {
      placed.push(spot);
      spots.push(spot);
    }
  }
  return spots;
}
