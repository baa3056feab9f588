import { html, svg, type TemplateResult } from 'lit';
import { projectSalesOrg, type SalesOrgTimeline } from '../../src/models/sales-org-timeline.js';
import { marginLayout } from '../../src/charts/margin.js';
import { ORG_TIMELINE, type OrgTimelineStrings } from '../../src/i18n/org-timeline.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import { isModelInputError, type Issue } from '../../src/schemas/issues.js';

/** What the timeline needs of its element. */
export interface TimelineHost extends HTMLElement {
  requestUpdate(): void;
  readonly locale: Locale;
  readonly fmt: Formatter;
}

type Obj = Record<string, unknown>;
const COSTS = ['repCost', 'spans', 'managerCosts', 'opsCost', 'grossMarginRate', 'targetMarginRate'] as const;

/**
 * sales-org-designer's organisation over the plan year (docs/models.md §4
 * extras): the gross-margin model on the headcount plan's months — margin
 * against the target margin by month, the month it becomes healthy (健康),
 * the month the year pays for itself, and the break-evens for a month picked.
 */
export class TimelineView {
  /** The month the break-evens are for (1..12). */
  month = 12;
  private memo?: { plan: unknown; key: string; out: SalesOrgTimeline | Issue[] };

  constructor(
    private readonly host: TimelineHost,
    private readonly issueText: (i: Issue) => string,
  ) {}

  private get s(): OrgTimelineStrings {
    return ORG_TIMELINE[this.host.locale];
  }

  /** The projection of `plan` under the designer's costs (issues when it cannot be used). */
  projected(plan: unknown, input: Obj): SalesOrgTimeline | Issue[] {
    const costs: Obj = {};
    for (const k of COSTS) if (input[k] != null) costs[k] = input[k];
    const key = JSON.stringify([costs, this.month]);
    const m = this.memo;
    if (m && m.plan === plan && m.key === key) return m.out;
    let out: SalesOrgTimeline | Issue[];
    try {
      out = projectSalesOrg({ plan, ...costs, targetMonth: this.month });
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      out = e.issues;
    }
    this.memo = { plan, key, out };
    return out;
  }

  private monthName(m: number): string {
    return new Intl.DateTimeFormat(this.host.locale, { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2001, m - 1, 1),
    );
  }

  render(plan: unknown, input: Obj, planName: string): TemplateResult {
    const s = this.s;
    const r = this.projected(plan, input);
    return html`<section part="timeline" aria-labelledby="tl-h">
      <h3 id="tl-h">${s.title}</h3>
      <p class="weak">${s.fromPlan(planName)}</p>
      ${
        Array.isArray(r)
          ? html`<p class="msg" role="alert">${s.planProblem}: ${r.map((i) => this.issueText(i)).join('; ')}</p>`
          : this.body(r)
      }
    </section>`;
  }

  private body(r: SalesOrgTimeline): TemplateResult {
    const s = this.s;
    const f = this.host.fmt;
    const short = (m: number) =>
      new Intl.DateTimeFormat(this.host.locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2001, m - 1, 1));
    const l = marginLayout(r.months);
    const healthy = r.healthyMonth === null ? s.neverHealthy : s.healthyFrom(this.monthName(r.healthyMonth));
    const payback = r.paybackMonth === null ? s.noPayback : s.paybackIn(this.monthName(r.paybackMonth));
    const be = r.breakEven;
    const levers: [string, string][] = [
      [s.productivityScale, be.productivityScale === null ? s.none : `×${f.number(be.productivityScale, 3)}`],
      [s.repCost, be.repCost === null ? s.none : f.money(be.repCost, 2)],
      [s.opsCost, be.opsCost === null ? s.none : f.money(be.opsCost, 2)],
      ...be.spans.map((x, k): [string, string] => [s.span(f.integer(k + 1)), x === null ? s.none : f.integer(x)]),
    ];
    return html`<p
        part="healthy-month"
        class=${r.healthyMonth === null ? 'bad' : 'ok'}
        data-month=${r.healthyMonth ?? ''}
      >
        <strong>${healthy}</strong> · <span>${payback}</span>
      </p>
      <figure part="timeline-chart">
        <figcaption>${s.chart}</figcaption>
        <svg
          viewBox="0 0 ${l.width} ${l.height}"
          role="img"
          aria-label=${`${healthy}; ${payback}; ${r.months.map((m) => `${short(m.month)} ${f.compactMoney(m.margin)}`).join(', ')}`}
        >
          ${l.ticks.map((k) => svg`<line class="axis" x1=${l.left} x2=${l.width - l.right} y1=${k.y} y2=${k.y}></line><text class="tick" x=${l.left - 4} y=${k.y + 3} text-anchor="end">${f.compactMoney(k.value)}</text>`)}
          ${l.bars.map((b, i) => svg`<rect class=${r.months[i]!.healthy ? 'c1' : 'c3'} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`)}
          <line class="axis zero" x1=${l.left} x2=${l.width - l.right} y1=${l.zero} y2=${l.zero}></line>
          <path class="line dash" d=${l.required}></path>
          ${r.months.map((m, i) => svg`<text class="tick" x=${l.center(i)} y=${l.height - 6} text-anchor="middle">${short(m.month)}</text>`)}
        </svg>
        <p class="legend">
          <span><i class="key c1"></i>${s.healthy}</span><span><i class="key c3"></i>${s.unhealthy}</span
          ><span><i class="key dash"></i>${s.required}</span>
        </p>
      </figure>
      <div class="table-wrap" tabindex="0">
        <table part="timeline-table">
          <caption>
            ${s.title}
          </caption>
          <thead>
            <tr>
              ${[s.month, s.people, s.managers, s.revenue, s.laborCost, s.managementCost, s.margin, s.marginRate, s.state].map((x) => html`<th scope="col">${x}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${r.months.map(
              (m) =>
                html`<tr>
                  <th scope="row">${short(m.month)}</th>
                  <td class="num">${f.number(m.people, 1)}</td>
                  <td class="num">${f.integer(m.managers.reduce((a, b) => a + b, 0))}</td>
                  <td class="num">${f.money(m.revenue)}</td>
                  <td class="num">${f.money(m.laborCost)}</td>
                  <td class="num">${f.money(m.managementCost)}</td>
                  <td class="num">${f.money(m.margin)}</td>
                  <td class="num">${f.percent(m.marginRate)}</td>
                  <td class=${m.healthy ? 'ok' : 'bad'}>${m.healthy ? s.healthy : s.unhealthy}</td>
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${s.year}</th>
              <td></td>
              <td></td>
              <td class="num">${f.money(r.year.revenue)}</td>
              <td class="num">${f.money(r.year.laborCost)}</td>
              <td class="num">${f.money(r.year.managementCost)}</td>
              <td class="num">${f.money(r.year.margin)}</td>
              <td class="num">${f.percent(r.year.marginRate)}</td>
              <td class=${r.year.healthy ? 'ok' : 'bad'}>${r.year.healthy ? s.healthy : s.unhealthy}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div class="row">
        <label for="tl-month">${s.leversFor}</label>
        <select
          id="tl-month"
          @change=${(e: Event) => {
            this.month = Number((e.target as HTMLSelectElement).value);
            this.host.requestUpdate();
          }}
        >
          ${r.months.map((m) => html`<option value=${m.month} ?selected=${m.month === r.targetMonth}>${this.monthName(m.month)}</option>`)}
        </select>
      </div>
      <div class="table-wrap" tabindex="0">
        <table part="timeline-levers">
          <caption>
            ${s.leversFor} ${this.monthName(r.targetMonth)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.lever}</th>
              <th scope="col">${s.breakEven}</th>
            </tr>
          </thead>
          <tbody>
            ${levers.map(
              ([k, v]) =>
                html`<tr>
                  <th scope="row">${k}</th>
                  <td class="num">${v}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
