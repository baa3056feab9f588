/**
 * The org chart two planners share (sales-org-designer, cs-capacity-planner):
 * the tidy tree of src/charts/org-tree.ts drawn with Lit svg templates. Each
 * planner names the boxes and gives the table that is its text alternative.
 */
import { css, html, svg, type TemplateResult } from 'lit';
import type { OrgLayout, OrgNode } from '../../src/charts/org-tree.js';

/** Box spacing and chart width for orgLayout: boxes 80 wide hold an 11 px role ("L2 manager", "2级经理"). */
export const ORG_BOX = { width: 600, nodeWidth: 88 } as const;

/** The chart: boxes per manager (or per level when grouped) and per team, elbow links; `name` words a box. */
export function renderOrg(
  lay: OrgLayout,
  name: (n: OrgNode) => [role: string, count: string],
  summary: string,
): TemplateResult {
  return html`<svg class="org" viewBox="0 0 ${lay.width} ${lay.height}" role="img" aria-label=${summary}>
    ${lay.links.map((d) => svg`<path class="edge" d=${d}></path>`)}
    ${lay.nodes.map((n) => {
      const [role, count] = name(n);
      return svg`<g transform="translate(${n.x} ${n.y})" class=${n.level ? 'mgr' : 'team'}>
        <rect x="-40" y="-16" width="80" height="32" rx="4"></rect>
        <text y="-3" text-anchor="middle" class="role">${role}</text>
        <text y="10" text-anchor="middle" class="count">${count}</text>
      </g>`;
    })}
  </svg>`;
}

export const orgStyles = css`
  .org .edge {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .org .mgr rect {
    fill: var(--_brand);
  }
  .org .team rect {
    fill: var(--_surface-alt);
    stroke: var(--_border);
  }
  .org .mgr text {
    fill: var(--_on-brand);
  }
  .org .role {
    font-size: 11px; /* the smallest chart text: boxes are 80 wide for it (ORG_BOX) */
  }
  .org .count {
    font-weight: 700;
  }
`;
