import { html, nothing, type TemplateResult } from 'lit';
import type { HeadcountPlan } from '../../src/models/headcount.js';
import { TARGET_DEVELOPMENT, type TargetDevelopmentStrings } from '../../src/i18n/target-development.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import type { Field } from '../shared/planner.js';

/** What the development panel needs of its element. */
export interface DevelopmentHost extends HTMLElement {
  requestUpdate(): void;
  readonly locale: Locale;
  readonly fmt: Formatter;
  setParam(path: string, value: unknown): void;
}

type Obj = Record<string, unknown>;
const TENURE_INPUTS = ['rampCurve', 'retentionByTenure', 'hiringLeadMonths', 'planYear'] as const;

/**
 * sales-target-planner's development and hiring funnel (docs/models.md §3b
 * extras): the ramp curve and retention by tenure month in place of one
 * ramping productivity and one retention rate, the hiring lead time and the
 * plan year; the model's funnel (hired → still here after the ramp →
 * qualified within the year), survival by tenure and the hire-by months.
 */
export class DevelopmentView {
  constructor(
    private readonly host: DevelopmentHost,
    private readonly field: (f: Field) => TemplateResult,
  ) {}

  private get s(): TargetDevelopmentStrings {
    return TARGET_DEVELOPMENT[this.host.locale];
  }

  /** True when the plan uses any of the tenure inputs. */
  static active(input: Obj): boolean {
    return TENURE_INPUTS.some((k) => input[k] != null);
  }

  /** Start the curves from the plan's single rates: a flat ramp at ramping/qualified and one retention. */
  use(input: Obj): void {
    const ramp = Math.max(0, Math.trunc(Number(input.rampMonths) || 0));
    const pq = Number(input.productivityQualified);
    const share = pq > 0 ? Math.round((Number(input.productivityUnqualified) / pq) * 1e4) / 1e4 : 0;
    this.host.setParam(
      'rampCurve',
      Array.from({ length: ramp }, () => share),
    );
    this.host.setParam('retentionByTenure', [Number(input.monthlyRetention) || 1]);
    this.host.setParam('hiringLeadMonths', 0);
  }

  clear(): void {
    for (const k of TENURE_INPUTS) this.host.setParam(k, null);
  }

  private resize(input: Obj, add: boolean): void {
    const xs = Array.isArray(input.retentionByTenure) ? [...(input.retentionByTenure as unknown[])] : [];
    if (add) xs.push(xs.at(-1) ?? 1);
    else if (xs.length > 1) xs.pop();
    this.host.setParam('retentionByTenure', xs);
  }

  render(input: Obj, r: HeadcountPlan | undefined, monthName: (m: number) => string): TemplateResult {
    const s = this.s;
    const on = DevelopmentView.active(input);
    return html`<section part="development" aria-labelledby="dv-h">
      <h3 id="dv-h">${s.title}</h3>
      <p class="weak">${s.intro}</p>
      <p class="row no-print">
        ${
          on
            ? html`<button type="button" @click=${() => this.clear()}>${s.clear}</button>`
            : html`<button type="button" class="brand" @click=${() => this.use(input)}>${s.use}</button>`
        }
      </p>
      ${on ? this.editors(input) : nothing} ${r?.development ? this.results(r, monthName) : nothing}
    </section>`;
  }

  private editors(input: Obj): TemplateResult {
    const s = this.s;
    const curve = Array.isArray(input.rampCurve) ? (input.rampCurve as unknown[]) : [];
    const ret = Array.isArray(input.retentionByTenure) ? (input.retentionByTenure as unknown[]) : [];
    const f = this.host.fmt;
    return html`<div class="row">
        ${this.field({ path: 'hiringLeadMonths', label: s.leadMonths, unit: s.months, kind: 'int', optional: true })}
        ${this.field({ path: 'planYear', label: s.planYear, kind: 'int', optional: true })}
      </div>
      <fieldset part="ramp-curve">
        <legend>${s.rampCurve}</legend>
        <small class="weak">${s.rampCurveHint}</small>
        <div class="row">
          ${curve.map((_, t) =>
            this.field({
              path: `rampCurve.${t}`,
              label: `${s.rampCurve} · ${s.tenureMonth(f.integer(t + 1))}`,
              unit: '%',
              kind: 'pct',
            }),
          )}
        </div>
      </fieldset>
      <fieldset part="retention-by-tenure">
        <legend>${s.retention}</legend>
        <small class="weak">${s.retentionHint}</small>
        <div class="row">
          ${ret.map((_, t) =>
            this.field({
              path: `retentionByTenure.${t}`,
              label: `${s.retention} · ${(t === ret.length - 1 ? s.tenureFrom : s.tenureMonth)(f.integer(t + 1))}`,
              unit: '%',
              kind: 'pct',
            }),
          )}
        </div>
        <p class="row no-print">
          <button type="button" @click=${() => this.resize(input, true)}>${s.addTenure}</button>
          <button type="button" ?disabled=${ret.length <= 1} @click=${() => this.resize(input, false)}>
            ${s.removeTenure}
          </button>
        </p>
      </fieldset>`;
  }

  private results(r: HeadcountPlan, monthName: (m: number) => string): TemplateResult {
    const s = this.s;
    const f = this.host.fmt;
    const d = r.development!;
    const steps: [string, number][] = [
      [s.hired, d.funnel.hired],
      [s.pastRamp, d.funnel.pastRamp],
      [s.qualifiedInYear, d.funnel.qualifiedInYear],
    ];
    return html`<ol part="development-funnel" aria-label=${s.funnel}>
        ${steps.map(([k, v]) => html`<li><span>${k}</span> <strong>${s.people(f.number(v, 1))}</strong></li>`)}
      </ol>
      <div class="table-wrap" tabindex="0">
        <table part="survival-table">
          <caption>
            ${s.survival}
          </caption>
          <thead>
            <tr>
              ${d.survival.map((_, t) => html`<th scope="col">${s.tenureMonth(f.integer(t + 1))}</th>`)}
            </tr>
          </thead>
          <tbody>
            <tr>
              ${d.survival.map((x) => html`<td class="num">${f.percent(x, 1)}</td>`)}
            </tr>
          </tbody>
        </table>
      </div>
      ${
        d.hireBy.length
          ? html`<div class="table-wrap" tabindex="0">
              <table part="hire-by">
                <caption>
                  ${s.hireBy}
                </caption>
                <thead>
                  <tr>
                    ${[s.month, s.hires, s.openBy].map((x) => html`<th scope="col">${x}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${d.hireBy.map(
                    (h) =>
                      html`<tr>
                        <th scope="row">${monthName(h.month)}</th>
                        <td class="num">${f.number(h.hires, 1)}</td>
                        <td>${h.openBy ?? (h.openMonth >= 1 ? monthName(h.openMonth) : s.openMonth(h.openMonth))}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="weak">${s.noHires}</p>`
      }`;
  }
}
