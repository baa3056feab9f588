/**
 * An account's usage by month as a sparkline: points at their month (a
 * missing month is a gap), a summary as aria-label and caption, and the
 * same figures month by month in a table. The series is a pure function of
 * src/views/risk-churn.ts, the path of src/charts/sparkline.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Account } from '../../src/models/churn.js';
import { CHURN } from '../../src/i18n/churn-alerts.js';
import { sparkline } from '../../src/charts/sparkline.js';
import { usageSeries } from '../../src/views/risk-churn.js';
import { month, type ChurnContext } from './churn-row.js';

const W = 200;
const H = 48;

export function usageSparkline(c: ChurnContext, rec: Account): TemplateResult | typeof nothing {
  const series = usageSeries(rec.usage);
  if (!series) return nothing;
  const t = CHURN[c.loc];
  const f = c.f;
  const rate = series.measure === 'usageRate';
  const what = rate ? t.usageRate : t.activeUsers;
  const fmt = (v: number) => (rate ? f.percent(v) : f.integer(v));
  const s = sparkline(series.points, { width: W, height: H, pad: 5, domain: series.domain });
  const first = s.points[0]!;
  const last = s.points[s.points.length - 1]!;
  const value = (v: number | null) => (v === null ? t.noValue : fmt(v));
  const label = `${t.usageSummary(what, fmt(first.value), month(c, first.label), fmt(last.value), month(c, last.label), series.points.length)}: ${s.months
    .map((p) => `${month(c, p.label)} ${value(p.value)}`)
    .join(', ')}`;
  return html`<section>
    <h3>${t.usage}</h3>
    <figure class="chart spark">
      <svg part="sparkline" viewBox="0 0 ${W} ${H}" width=${W} height=${H} role="img" aria-label=${label}>
        <path class="spark" d=${s.path}></path>
        ${s.points.map((p) => svg`<circle class="spark" cx=${p.x} cy=${p.y} r="2.5"></circle>`)}
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
