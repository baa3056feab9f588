/**
 * Roving tab index (issue 12: a shorter tab order): a group of controls — a
 * chip group, a table's header buttons — is one tab stop; the arrow keys move
 * inside it. This is the key rule; components/shared/roving-tabindex.ts
 * applies it to the DOM.
 */

/** Which arrows move: along a row (left/right), a column (up/down), or both (a grid read in reading order). */
export type RovingOrientation = 'horizontal' | 'vertical' | 'both';

/**
 * The item a key moves to from `index` among `count` items, or null when the
 * key is not a move (the group then leaves the key alone). Arrows wrap around;
 * Home and End go to the first and last item. In a right-to-left group the
 * horizontal arrows swap.
 */
export function rovingStep(
  key: string,
  index: number,
  count: number,
  orientation: RovingOrientation = 'both',
  rtl = false,
): number | null {
  if (count <= 0) return null;
  const h = orientation !== 'vertical';
  const v = orientation !== 'horizontal';
  let delta = 0;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (h && key === 'ArrowRight') delta = rtl ? -1 : 1;
  else if (h && key === 'ArrowLeft') delta = rtl ? 1 : -1;
  else if (v && key === 'ArrowDown') delta = 1;
  else if (v && key === 'ArrowUp') delta = -1;
  else return null;
  const from = Math.min(Math.max(0, index), count - 1);
  return (from + delta + count) % count;
}
