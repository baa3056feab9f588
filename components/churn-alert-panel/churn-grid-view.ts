/**
 * The value × risk view of the churn panel: accounts and ARR per value tier
 * (highest first) and level, the cell to act on first, a chart with its
 * summary as aria-label, and the table whose cells filter the list. The
 * counts are aggregates of src/views/risk-churn.ts, the layout of
 * src/charts/risk-grid.ts. Cells are shaded with the `fill-opacity`
 * presentation attribute (a `style` attribute is blocked by a strict CSP).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { CHURN } from '../../src/i18n/churn-alerts.js';
import { GRID_LEVELS, riskGrid, sortTiers, type GridLayout } from '../../src/charts/risk-grid.js';
import { withGridCell } from '../../src/views/risk-view.js';
import type { ChurnContext } from './churn-row.js';

const WIDTH = 360;

/** The chart's summary: each non-empty cell, then where to act first. */
function gridSummary(c: ChurnContext, g: GridLayout, tierName: (k: string) => string): string {
  const t = CHURN[c.loc];
  const r = c.r;
  const first = g.cells.filter((x) => x.actFirst);
  return t.gridSummary(
    g.cells
      .filter((x) => x.count)
      .map((x) => t.gridPart(tierName(x.tier), r.levels[x.level], c.f.integer(x.count), c.f.money(x.money)))
      .join('; ') +
      (first.length ? `. ${t.actFirst}: ${first.map((x) => `${tierName(x.tier)} ${r.levels[x.level]}`).join('')}` : ''),
  );
}

export function gridView(c: ChurnContext): TemplateResult | typeof nothing {
  const agg = c.aggregates;
  if (!agg.tierKeys.length) return nothing;
  const t = CHURN[c.loc];
  const r = c.r;
  const f = c.f;
  const tiers = sortTiers(agg.gridCounts.keys(), c.host.tierOrderKeys());
  const g = riskGrid(tiers, agg.gridCounts, { width: WIDTH, labelWidth: 72 });
  const tierName = (k: string) => k || t.noTier;
  const filters = c.filters;
  return html`<details part="grid" class="grid-view" open>
    <summary>${t.grid}</summary>
    <div class="body">
      <p class="weak">${t.gridHint}</p>
      <figure class="chart">
        <svg viewBox="0 0 ${g.width} ${g.height + 2}" role="img" aria-label=${gridSummary(c, g, tierName)}>
          ${GRID_LEVELS.map((l, i) => svg`<text x=${g.x0 + (i + 0.5) * g.cellWidth} y="14" text-anchor="middle">${r.levels[l]}</text>`)}
          ${g.tiers.map((k, i) => svg`<text x=${g.x0 - 6} y=${g.y0 + i * 34 + 21} text-anchor="end">${tierName(k)}</text>`)}
          ${g.cells.map(
            (x) => svg`<g class="cell lvl-${x.level} ${x.actFirst ? 'first' : ''}">
              <rect x=${x.x + 1} y=${x.y + 1} width=${x.width - 2} height=${x.height - 2} rx="3" fill-opacity=${0.08 + x.shade * 0.6}></rect>
              <text x=${x.x + x.width / 2} y=${x.y + x.height / 2 + 4} text-anchor="middle">${x.count ? f.integer(x.count) : ''}</text>
            </g>`,
          )}
        </svg>
      </figure>
      <div class="table-wrap">
        <table part="grid-table">
          <caption>
            ${r.chartTable}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.tier}</th>
              ${GRID_LEVELS.map((l) => html`<th scope="col" class="num">${r.levels[l]}</th>`)}
            </tr>
          </thead>
          <tbody data-roving>
            ${g.tiers.map(
              (k) =>
                html`<tr data-tier=${k || '-'}>
                  <th scope="row">${tierName(k)}</th>
                  ${GRID_LEVELS.map((l) => {
                    const cell = g.cells.find((x) => x.tier === k && x.level === l)!;
                    const on = filters.tier === (k || '-') && filters.level === l;
                    return html`<td class="num ${cell.actFirst ? 'first' : ''}">
                      ${
                        cell.count
                          ? html`<button
                                type="button"
                                class="cell-button"
                                aria-pressed=${on ? 'true' : 'false'}
                                data-level=${l}
                                @click=${() => c.setFilters(withGridCell(c.filters, k || '-', l, on))}
                              >
                                ${f.integer(cell.count)} · ${f.compactMoney(cell.money)}</button
                              >${cell.actFirst ? html` <strong class="first-note">${t.actFirst}</strong>` : nothing}`
                          : html`<span class="weak">0</span>`
                      }
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>
  </details>`;
}
