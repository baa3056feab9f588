/**
 * An account's usage by month as a small line chart with a value axis: the
 * measure the row's usage signal names (active users for "active users
 * down", usage rate for a usage drop; src/views/risk-churn.ts), points at
 * their month (a missing month is a gap), the axis from 0 to 100 % for a
 * rate or 0 to the largest value for users, the first and last months under
 * it, a summary as aria-label and caption, and the same figures in a table.
 * Text is drawn at a fixed pixel size: the chart never scales with the column.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Account, ChurnRow } from '../../src/models/churn.js';
import { CHURN } from '../../src/i18n/churn-alerts.js';
import { sparkline } from '../../src/charts/sparkline.js';
import { signalMeasure, usageSeries } from '../../src/views/risk-churn.js';
import { month, type ChurnContext } from './churn-row.js';

const W = 240;
const H = 84;
/** Left gutter for the axis labels, bottom band for the months. */
const GUTTER = 44;
const BOTTOM = 16;
const PAD = 6;

export function usageChart(c: ChurnContext, row: ChurnRow, rec: Account): TemplateResult | typeof nothing {
  const series = usageSeries(rec.usage, signalMeasure(row.signals));
  if (!series) return nothing;
  const t = CHURN[c.loc];
  const f = c.f;
  const rate = series.measure === 'usageRate';
  const what = rate ? t.usageRate : t.activeUsers;
  const fmt = (v: number) => (rate ? f.percent(v) : f.integer(v));
  const plotH = H - BOTTOM;
  const s = sparkline(series.points, { width: W - GUTTER, height: plotH, pad: PAD, domain: series.domain });
  const first = s.points[0]!;
  const last = s.points[s.points.length - 1]!;
  const value = (v: number | null) => (v === null ? t.noValue : fmt(v));
  const label = `${t.usageSummary(what, fmt(first.value), month(c, first.label), fmt(last.value), month(c, last.label), series.points.length)}: ${s.months
    .map((p) => `${month(c, p.label)} ${value(p.value)}`)
    .join(', ')}`;
  const ticks = [
    { v: s.max, y: PAD },
    { v: s.min, y: plotH - PAD },
  ];
  return html`<section>
    <h3>${t.usage} · ${what}</h3>
    <figure class="chart spark">
      <svg
        part="sparkline"
        viewBox="0 0 ${W} ${H}"
        width=${W}
        height=${H}
        role="img"
        aria-label=${label}
        data-measure=${series.measure}
      >
        <g class="axis" aria-hidden="true">
          <line x1=${GUTTER} x2=${GUTTER} y1=${PAD} y2=${plotH - PAD}></line>
          ${ticks.map(
            (k) =>
              svg`<line x1=${GUTTER - 3} x2=${GUTTER} y1=${k.y} y2=${k.y}></line><text x=${GUTTER - 5} y=${k.y + 4} text-anchor="end">${fmt(k.v)}</text>`,
          )}
          <text x=${GUTTER + first.x} y=${H - 3} text-anchor="start">${month(c, first.label)}</text>
          ${
            s.points.length > 1
              ? svg`<text x=${GUTTER + last.x} y=${H - 3} text-anchor="end">${month(c, last.label)}</text>`
              : nothing
          }
        </g>
        <g transform="translate(${GUTTER} 0)">
          <path class="spark" d=${s.path}></path>
          ${s.points.map((p) => svg`<circle class="spark" cx=${p.x} cy=${p.y} r="2.5"></circle>`)}
        </g>
      </svg>
      <figcaption class="weak">
        ${what}: ${fmt(first.value)} (${month(c, first.label)}) → ${fmt(last.value)} (${month(c, last.label)})
      </figcaption>
    </figure>
    <details class="spark-figures">
      <summary>${t.usageTable}</summary>
      <table part="sparkline-table">
        <caption class="visually-hidden">
          ${t.usageTable}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.month}</th>
            <th scope="col" class="num">${what}</th>
          </tr>
        </thead>
        <tbody>
          ${s.months.map(
            (p) =>
              html`<tr data-month=${p.label}>
                <th scope="row">${month(c, p.label)}</th>
                <td class="num ${p.value === null ? 'weak' : ''}">${value(p.value)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </section>`;
}
