/**
 * The SVG paths the charts draw: d3-shape's line (linear or step-after),
 * area (linear) and horizontal link, written out. d3-shape ships one module
 * whose curves are side effects (prototype assignments), so importing four of
 * its functions kept every curve: ~3.5 KB gzip in each element that draws one.
 * The strings are d3-shape's, numbers rounded to 3 decimals as its default
 * (test/node/chart-paths.test.ts compares them on random data).
 */

const round = (v: number): number => Math.round(v * 1000) / 1000;
const point = (x: number, y: number): string => `${round(x)},${round(y)}`;

type Accessor<T> = (d: T, i: number) => number;

/**
 * A polyline through the points `defined` accepts; an undefined point breaks
 * it, and a lone point closes on itself (`M x,yZ`). `step`: d3's
 * curveStepAfter (horizontal, then vertical). Null when no point is defined.
 */
export function linePath<T>(
  data: readonly T[],
  x: Accessor<T>,
  y: Accessor<T>,
  defined: (d: T, i: number) => boolean = () => true,
  step = false,
): string | null {
  let out = '';
  let points = 0;
  let px = NaN;
  let py = NaN;
  for (let i = 0; i <= data.length; i++) {
    const d = data[i]!;
    if (i < data.length && defined(d, i)) {
      const X = +x(d, i);
      const Y = +y(d, i);
      if (points === 0) out += `M${point(X, Y)}`;
      else if (step) {
        // d3's step: x1 = x₀·(1 − t) + x·t with t = 1.
        const x1 = px * 0 + X * 1;
        out += `L${point(x1, py)}L${point(x1, Y)}`;
      } else out += `L${point(X, Y)}`;
      px = X;
      py = Y;
      points++;
    } else {
      if (points === 1) out += 'Z';
      points = 0;
      px = py = NaN;
    }
  }
  return out || null;
}

/** The area between a top line `y1` and a base `y0` over `x`, one closed shape per run of points (linear). */
export function areaPath<T>(data: readonly T[], x: Accessor<T>, y0: Accessor<T>, y1: Accessor<T>): string | null {
  let out = '';
  const n = data.length;
  if (!n) return null;
  const xs = data.map((d, i) => +x(d, i));
  const base = data.map((d, i) => +y0(d, i));
  out += `M${point(xs[0]!, +y1(data[0]!, 0))}`;
  for (let i = 1; i < n; i++) out += `L${point(xs[i]!, +y1(data[i]!, i))}`;
  for (let k = n - 1; k >= 0; k--) out += `L${point(xs[k]!, base[k]!)}`;
  return `${out}Z`;
}

/** d3's linkHorizontal: a cubic Bézier from `source` to `target`, its control points at the middle x. */
export function linkPath(source: readonly [number, number], target: readonly [number, number]): string {
  const [x0, y0] = source;
  const [x1, y1] = target;
  const m = (x0 + x1) / 2;
  return `M${point(x0, y0)}C${point(m, y0)},${point(m, y1)},${point(x1, y1)}`;
}

/** d3-shape's `linkVertical()` from `source` to `target`: a cubic Bézier with vertical tangents at both ends. */
export function linkPathVertical(source: readonly [number, number], target: readonly [number, number]): string {
  const [x0, y0] = source;
  const [x1, y1] = target;
  const m = (y0 + y1) / 2;
  return `M${point(x0, y0)}C${point(x0, m)},${point(x1, m)},${point(x1, y1)}`;
}
