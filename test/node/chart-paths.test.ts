// The charts' own path generators (src/charts/path.ts) give d3-shape's strings: line (linear and
// step-after, with gaps), area, horizontal link, on random data (d3-shape is kept as a dev dependency
// for this comparison).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { area, curveStepAfter, line, linkHorizontal } from 'd3-shape';
import { areaPath, linePath, linkPath } from '../../src/charts/path.js';

const num = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -500, max: 500 }),
  fc.constantFrom(0, -0, 0.0005, 0.0015, 1 / 3, 123.4565),
);
const pt = fc.record({ x: num, y: num, on: fc.boolean() });

describe('chart paths as d3-shape draws them', () => {
  it('line, with gaps and lone points', () => {
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 12 }), (ps) => {
        const d3 = line<(typeof ps)[number]>()
          .defined((p) => p.on)
          .x((p) => p.x)
          .y((p) => p.y)(ps);
        assert.equal(
          linePath(
            ps,
            (p) => p.x,
            (p) => p.y,
            (p) => p.on,
          ),
          d3,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('line with curveStepAfter', () => {
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 12 }), (ps) => {
        const d3 = line<(typeof ps)[number]>()
          .defined((p) => p.on)
          .x((p) => p.x)
          .y((p) => p.y)
          .curve(curveStepAfter)(ps);
        assert.equal(
          linePath(
            ps,
            (p) => p.x,
            (p) => p.y,
            (p) => p.on,
            true,
          ),
          d3,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('area over a constant base', () => {
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 12 }), num, (ps, base) => {
        const d3 = area<(typeof ps)[number]>()
          .x((p) => p.x)
          .y0(base)
          .y1((p) => p.y)(ps);
        assert.equal(
          areaPath(
            ps,
            (p) => p.x,
            () => base,
            (p) => p.y,
          ),
          d3,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('horizontal link', () => {
    const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
    fc.assert(
      fc.property(num, num, num, num, (x0, y0, x1, y1) => {
        assert.equal(linkPath([x0, y0], [x1, y1]), link({ source: [x0, y0], target: [x1, y1] }));
      }),
      { numRuns: 500 },
    );
  });

  it('a lone point closes on itself; no point draws nothing', () => {
    assert.equal(
      linePath(
        [{ x: 1.23456, y: 2 }],
        (p) => p.x,
        (p) => p.y,
      ),
      'M1.235,2Z',
    );
    assert.equal(
      linePath(
        [],
        () => 0,
        () => 0,
      ),
      null,
    );
  });
});
