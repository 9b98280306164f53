/** Where a tooltip goes beside the point it explains, kept inside its frame. Pure. */
/**
 * Where a tooltip of `size` goes for a point: above it if there is room, else below, else as
 * high as it fits; always inside the frame horizontally when it can be.
 */
export function placeTip(
  at: { x: number; y: number },
  size: { width: number; height: number },
  frame: { width: number; height: number },
  gap = 12,
): { left: number; top: number } {
  const left = Math.max(4, Math.min(at.x - size.width / 2, frame.width - size.width - 4));
  const above = at.y - gap - size.height;
  const below = at.y + gap;
  const top =
    above >= 0
      ? above
      : below + size.height <= frame.height
        ? below
        : Math.max(0, frame.height - size.height);
  return { left, top };
}
