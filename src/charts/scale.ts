/**
 * A linear scale: the one piece of d3-scale the charts need. d3-scale's
 * scaleLinear brings d3-interpolate, d3-color and d3-format along (about
 * 11 KB gzip); this keeps d3-array's tick algorithm and drops the rest.
 */
import { nice, ticks } from 'd3-array';

export interface Linear {
  (x: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** About `count` round tick values within the domain (d3-array's algorithm). */
  ticks(count?: number): number[];
}

export function linear(
  domain: readonly [number, number],
  range: readonly [number, number],
  { clamp = false, niceDomain = false }: { clamp?: boolean; niceDomain?: boolean } = {},
): Linear {
  let [d0, d1] = domain;
  if (niceDomain) [d0, d1] = nice(d0, d1, 10);
  const [r0, r1] = range;
  const span = d1 - d0;
  const f = ((x: number) => {
    let t = span === 0 ? 0.5 : (x - d0) / span;
    if (clamp) t = Math.max(0, Math.min(1, t));
    return r0 + t * (r1 - r0);
  }) as Linear;
  Object.defineProperties(f, {
    domain: { value: [d0, d1] as const },
    range: { value: [r0, r1] as const },
    ticks: { value: (count = 5) => ticks(Math.min(d0, d1), Math.max(d0, d1), count) },
  });
  return f;
}
