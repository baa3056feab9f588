/**
 * Funnel and gap-bar layouts as plain numbers and path strings (no DOM):
 * funnel-forecast draws them. Plain arithmetic rather than a scale or path
 * module (d3-path alone adds 1.2 KB gzip): the funnel entry has a 30 KB budget.
 */

/** About how wide a label is drawn at `px` (CJK characters full width, others 0.6 em): to size a label gutter. */
export const textWidth = (s: string, px = 11): number =>
  [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? px : px * 0.6), 0);

export interface FunnelBand {
  value: number;
  /** Left edge and width of the stage bar, centred in the chart. */
  x: number;
  y: number;
  width: number;
  /** The trapezoid from this bar's bottom to the next bar's top (the conversion step); '' for the last. */
  link: string;
}

export interface FunnelLayout {
  bands: FunnelBand[];
  height: number;
}

/**
 * Centred bars, one per stage, joined by trapezoids. Widths follow √count so
 * that a stage of 4 under a stage of 200 stays visible; `min` keeps an empty
 * stage drawable.
 */
export function funnelLayout(
  values: readonly number[],
  { width = 300, band = 24, gap = 16, min = 10 } = {},
): FunnelLayout {
  const top = Math.sqrt(Math.max(1e-9, ...values));
  const bands: FunnelBand[] = values.map((value, i) => {
    const w = min + (Math.sqrt(Math.max(0, value)) / top) * (width - min);
    return { value, x: (width - w) / 2, y: i * (band + gap), width: w, link: '' };
  });
  bands.forEach((b, i) => {
    const n = bands[i + 1];
    if (n) b.link = `M${b.x},${b.y + band}H${b.x + b.width}L${n.x + n.width},${n.y}H${n.x}Z`;
  });
  return { bands, height: bands.length * (band + gap) - gap };
}

export interface Segment {
  x: number;
  width: number;
}

/** Stacked segments from 0 on one scale, plus where the target falls. */
export function stackBar(
  parts: readonly number[],
  target: number,
  width: number,
  max = Math.max(
    target,
    parts.reduce((s, x) => s + Math.max(0, x), 0),
  ),
) {
  const k = width / Math.max(1e-9, max);
  const x = (v: number) => Math.min(width, v * k);
  let at = 0;
  const segments: Segment[] = parts.map((p) => {
    const s = { x: x(at), width: x(at + Math.max(0, p)) - x(at) };
    at += Math.max(0, p);
    return s;
  });
  return { segments, target: x(target) };
}
