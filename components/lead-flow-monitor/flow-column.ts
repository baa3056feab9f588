import { svg, type TemplateResult } from 'lit';
import type { FlowLayout } from '../../src/charts/lead-flow.js';
import type { Pool } from '../../src/schemas/lead-flow.js';
import type { LeadFlowContext } from './template-context.js';

/**
 * The pool flow chart top to bottom, for a column of 420 px or less (the
 * compact layout shows this drawing instead of the wide one, by container
 * query): a row per pool with its short name and count on the left, the
 * flows as vertical ribbons between the rows (src/charts/lead-flow-column.ts).
 */
export function flowColumnSvg({ t, fmt: f }: LeadFlowContext, layout: FlowLayout, summary: string): TemplateResult {
  return svg`<svg class="flow-column" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label=${summary}
    preserveAspectRatio="xMinYMin meet">
    ${layout.links.map(
      (l) => svg`<path class="flow ${l.key}" d=${l.path} stroke-width=${l.thickness}></path>
        <text x=${l.mx + l.thickness / 2 + 4} y=${l.my + 4} class="strong">${f.integer(l.count)}</text>`,
    )}
    ${layout.nodes.map(
      (n) => svg`<rect class="node ${n.detached ? 'detached' : ''}" x=${n.x} y=${n.y} width=${n.width}
          height=${n.height} rx="2"></rect>
        <text x="0" y=${n.y + 11}>${t.poolShort[n.key as Pool]}</text>
        <text x="0" y=${n.y + 26} class="strong">${f.integer(n.count)}${n.detached ? ` · ${t.manualOnly}` : ''}</text>`,
    )}
  </svg>`;
}
