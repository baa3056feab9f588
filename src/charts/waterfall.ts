/** Waterfall layout as plain numbers (no DOM): columns from a total down through costs to what is left. */
import { linear } from './scale.js';
import { textWidth } from './funnel.js';

const CJK = /[\u2e80-\uffff]/;

/**
 * A column label broken into lines no wider than `width` px at `px` font
 * size: between words for Latin text, between characters for CJK text. At
 * most `max` lines; a cut last line ends with "…" (the table beside the chart
 * has the whole label).
 */
export function wrapLabel(text: string, width: number, px = 10, max = 3): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const part of text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+/g) ?? []) {
    const next = !cur ? part : CJK.test(part) || CJK.test(cur.slice(-1)) ? cur + part : `${cur} ${part}`;
    if (cur && textWidth(next, px) > width) {
      lines.push(cur);
      cur = part;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  if (lines.length > max) {
    lines.length = max;
    lines[max - 1] += '…';
  }
  return lines;
}

export interface WaterfallStep {
  key: string;
  /** A total's level, or a signed change from the running total. */
  value: number;
  /** Drawn from 0 (revenue, margin) rather than from the running total. */
  total?: boolean;
}

export interface WaterfallBar extends WaterfallStep {
  x: number;
  width: number;
  y: number;
  height: number;
  /** Running total after this step. */
  to: number;
}

export interface WaterfallLayout {
  bars: WaterfallBar[];
  /** y of the zero line. */
  zero: number;
  ticks: { value: number; y: number }[];
  width: number;
  height: number;
  /** Width of one column's band (the room for its label). */
  band: number;
}

export function waterfallLayout(
  steps: readonly WaterfallStep[],
  { width = 400, height = 180, left = 56, bottom = 20, top = 14 } = {},
): WaterfallLayout {
  let run = 0;
  const spans = steps.map((s) => {
    const from = s.total ? 0 : run;
    run = s.total ? s.value : run + s.value;
    return [from, run] as const;
  });
  const flat = spans.flat();
  const y = linear([Math.min(0, ...flat), Math.max(0, ...flat, 1e-9)], [height - bottom, top], { niceDomain: true });
  const band = (width - left) / Math.max(1, steps.length);
  return {
    bars: steps.map((s, i) => {
      const [from, to] = spans[i]!;
      return {
        ...s,
        to,
        x: left + i * band + band * 0.15,
        width: band * 0.7,
        y: y(Math.max(from, to)),
        height: Math.max(1, Math.abs(y(from) - y(to))),
      };
    }),
    zero: y(0),
    ticks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    width,
    height,
    band,
  };
}
