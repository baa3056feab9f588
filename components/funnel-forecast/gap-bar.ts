/** The funnel's gap bars: achieved, expected and gap stacked against the target, and their legend. */
import { html, svg, type TemplateResult } from 'lit';
import { stackBar } from '../../src/charts/funnel.js';

/** The legend of a gap bar: target, achieved, expected, gap. */
export function gapLegend(names: string[]): TemplateResult {
  return html`<figcaption class="legend">
    ${names.map((l, i) => html`<span><i class="key ${i ? `c${i}` : 'tk'}"></i>${l}</span>`)}
  </figcaption>`;
}

/** A gap bar at (x, y): achieved, expected and gap stacked, the target marked. */
export function gapBar(parts: number[], target: number, x: number, y: number, max?: number) {
  const b = stackBar(parts, target, 220, max);
  return svg`<g transform="translate(${x} ${y})">${b.segments.map((s, k) => svg`<rect class="c${k + 1}" x=${s.x} width=${s.width} height="18"></rect>`)}<line class="target" x1=${b.target} x2=${b.target} y1="-3" y2="21"></line></g>`;
}
