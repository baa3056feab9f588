import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LeadFlowResult } from '../../src/models/lead-flow.js';
import { divergingBars } from '../../src/charts/lead-flow.js';
import { dayCount } from '../../src/i18n/lead-flow.js';
import {
  nextSort,
  roiBars,
  sourceTable,
  type HeatCell,
  type HeatColumn,
  type HeatLine,
  type HeatSource,
  type SortColumn,
  type SourceSort,
} from '../../src/views/lead-flow-sources.js';
import { styleProps } from '../shared/style-props.js';
import type { LeadFlowContext } from './template-context.js';
import { renderRollups, renderTotalRow } from './roi-rollups.js';
import { exportButtons } from './people-exports.js';

/** The heat table's sort and how to change it. */
export interface SourcesSort {
  sort: SourceSort | null;
  setSort: (sort: SourceSort | null) => void;
}

/**
 * The sources tab: follow-up alerts, the heat table by source and business
 * line (with the company's total row and the roll-ups by line and group
 * when the model gives them), and ROI bars by source. `periodView`: the
 * source tables count one period, for which no costs are given.
 */
export function renderSourcesTab(
  ctx: LeadFlowContext,
  r: LeadFlowResult,
  sorting: SourcesSort,
  periodView: boolean,
  onExport: (format: 'csv' | 'xlsx') => void,
): TemplateResult {
  const { t } = ctx;
  return html`${renderAlerts(ctx, r)} ${exportButtons(ctx, 'sources', !r.bySource.length, onExport)}
    ${renderHeatTable(ctx, r, sourceTable(r, sorting.sort), sorting)}
    <p class="weak">${t.heatHint}</p>
    ${periodView ? html`<p class="note" data-note="costs-all-dates">${t.costsAllDates}</p>` : nothing}
    ${renderRollups(ctx, r)} ${renderRoi(ctx, r, periodView)}`;
}

function renderAlerts({ t, fmt: f, rules, locale, label }: LeadFlowContext, r: LeadFlowResult): TemplateResult {
  const sla = dayCount(locale, rules.followUpSlaDays);
  const threshold = f.percent(rules.followUpRateAlert);
  const line = (a: LeadFlowResult['alerts'][number]) =>
    t.alertLine(
      `${label('source', a.source)} · ${label('businessLine', a.businessLine)}`,
      f.percent(a.followUpRate),
      f.integer(a.followedUp),
      f.integer(a.supplied),
      threshold,
      sla,
    );
  return html`<section part="alerts" aria-labelledby="alerts-title">
    <h3 id="alerts-title">${t.alerts} <span class="weak">(${f.integer(r.alerts.length)})</span></h3>
    ${
      r.alerts.length
        ? html`<ul class="alerts">
            ${r.alerts.map((a) => html`<li data-source=${a.source} data-line=${a.businessLine}>${line(a)}</li>`)}
          </ul>`
        : html`<p>${t.noAlerts(threshold, f.integer(rules.minGroupSize))}</p>`
    }
  </section>`;
}

/** A shaded cell: its level goes to `--h` through the CSSOM (a strict CSP blocks style attributes). */
function heatTd(cell: HeatCell, text: string): TemplateResult {
  return html`<td class="num heat ${cell.tone ?? ''}" ${styleProps({ '--h': cell.level?.toFixed(3) })}>${text}</td>`;
}

function cells({ fmt: f }: LeadFlowContext, { row, heat }: HeatSource | HeatLine): TemplateResult {
  return html`${heatTd(heat.supplied, f.integer(row.supplied))}
    ${heatTd(heat.followUpRate, f.percent(row.followUpRate))}
    ${heatTd(heat.conversionRate, f.percent(row.conversionRate))} ${heatTd(heat.revenue, f.money(row.revenue))}
    <td class="num">${f.money(row.cost)}</td>
    ${heatTd(heat.costPerLead, f.money(row.costPerLead))} ${heatTd(heat.roi, f.percent(row.roi, 0))}`;
}

function renderHeatTable(
  ctx: LeadFlowContext,
  r: LeadFlowResult,
  rows: readonly HeatSource[],
  sorting: SourcesSort,
): TemplateResult {
  const { t, locale, rules, label } = ctx;
  const sla = dayCount(locale, rules.followUpSlaDays);
  const cols: [HeatColumn | 'cost', string][] = [
    ['supplied', t.supplied],
    ['followUpRate', t.followUpRate(sla)],
    ['conversionRate', t.conversionRate],
    ['revenue', t.revenue],
    ['cost', t.cost],
    ['costPerLead', t.costPerLead],
    ['roi', t.roi],
  ];
  const sort = sorting.sort;
  const sortHead = (col: SortColumn, label: string, num = true) => {
    const on = sort?.col === col;
    return html`<th
      scope="col"
      class=${num ? 'num' : ''}
      aria-sort=${on ? (sort.desc ? 'descending' : 'ascending') : nothing}
    >
      <button type="button" class="sort" title=${t.sortBy(label)} @click=${() => sorting.setSort(nextSort(sort, col))}>
        ${label}
      </button>
    </th>`;
  };
  const lineRow = (s: HeatSource, l: HeatLine) =>
    html`<tr
      class="line-row ${l.alert ? 'alert' : ''}"
      data-source=${l.row.source}
      data-line=${l.row.businessLine}
      data-alert=${l.alert ? 'true' : 'false'}
    >
      <th scope="row">
        <span class="visually-hidden">${label('source', s.row.source)} · </span
        >${label('businessLine', l.row.businessLine)}${
          l.alert
            ? html`<span class="flag" aria-hidden="true">⚠</span><span class="visually-hidden">${t.belowAlert}</span>`
            : nothing
        }
      </th>
      ${cells(ctx, l)}
    </tr>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="heat-caption" tabindex="0">
    <table part="source-table">
      <caption id="heat-caption">
        ${t.heatCaption}
      </caption>
      <thead>
        <tr data-roving="horizontal">
          ${sortHead('source', t.sourceLine, false)} ${cols.map(([k, label]) => sortHead(k, label))}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (s) =>
            html`<tr class="source-row" data-source=${s.row.source}>
                <th scope="row">${label('source', s.row.source)}</th>
                ${cells(ctx, s)}
              </tr>
              ${s.lines.map((l) => lineRow(s, l))}`,
        )}
      </tbody>
      ${renderTotalRow(ctx, r)}
    </table>
  </div>`;
}

const truncate = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function renderRoi({ t, fmt: f, label }: LeadFlowContext, r: LeadFlowResult, periodView: boolean): TemplateResult {
  const roi = roiBars(r.bySource);
  const bars = roi.bars.map((b) => ({ ...b, key: label('source', b.key) }));
  const noCost = roi.noCost.map((s) => label('source', s));
  const note = (text: string) =>
    html`<figure part="roi-chart" class="chart">
      <figcaption>${t.roiChart}</figcaption>
      <p class="weak">${text}</p>
    </figure>`;
  if (periodView) return note(t.costsAllDates);
  if (!bars.length) return note(t.noRoi);
  const summary = t.roiSummary(bars.map((b) => `${b.key} ${f.percent(b.value, 0)}`).join(', '), noCost.join(', '));
  const layout = divergingBars(bars, { width: 560, labelWidth: 130, valueWidth: 70 });
  return html`<figure part="roi-chart" class="chart">
    <figcaption>${t.roiChart}</figcaption>
    <svg viewBox="0 0 560 ${layout.height + 6}" role="img" aria-label=${summary} preserveAspectRatio="xMinYMin meet">
      ${layout.bars.map(
        (b) => svg`<g transform="translate(0 ${b.y + 3})">
          <text x=${layout.x0 - 8} y="15" text-anchor="end">${truncate(b.key, 18)}</text>
          <rect class=${b.value < 0 ? 'roi-neg' : 'roi-pos'} x=${b.x} y="4" width=${Math.max(1, b.width)} height="14"
            rx="2"></rect>
          <text x=${layout.x0 + layout.inner + 6} y="15">${f.percent(b.value, 0)}</text>
        </g>`,
      )}
      <line class="zero" x1=${layout.zero} x2=${layout.zero} y1="0" y2=${layout.height + 6}></line>
    </svg>
    ${noCost.length ? html`<p class="weak">${t.noCost}: ${noCost.join(', ')}</p>` : nothing}
  </figure>`;
}
