/**
 * Which layout the page takes, from the room it has. Pure, so the thresholds are tested once.
 *   screen   everything on one screen, no page scroll: a landscape window at least
 *            1000 × 600, as a 1024 × 768 projector gives (never in an iframe, whose height
 *            follows its content)
 *   columns  timeline and side panel side by side, the graph below, the page as tall as it
 *            needs: an iframe at least 720 px wide
 *   stack    one view under another: phones, narrow windows and article columns
 */
export type PageLayout = 'screen' | 'columns' | 'stack';

export function pageLayout(room: { width: number; height: number; framed: boolean }): PageLayout {
  if (room.framed) return room.width >= 720 ? 'columns' : 'stack';
  return room.width >= 1000 && room.height >= 600 ? 'screen' : 'stack';
}
