import { html, nothing, type TemplateResult } from 'lit';
import { learnHeadcountInputs, type HeadcountHistoryResult } from '../../src/models/history-headcount.js';
import { isModelInputError, type Issue } from '../../src/schemas/issues.js';
import { TARGET_HISTORY, type TargetHistoryStrings } from '../../src/i18n/target-history.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import { periodSelect } from '../shared/planner-history.js';

/** What the history view needs of its element. */
export interface TargetHistoryHost extends HTMLElement {
  requestUpdate(): void;
  readonly locale: Locale;
  readonly fmt: Formatter;
  /** `{ bookings, reps? }` given by the page. */
  history?: unknown;
  historyAsOf?: string;
  setParam(path: string, value: unknown): void;
}

const YEARS = [1, 2, 3];
type Obj = Record<string, unknown>;

/** The last day with a booking or a rep change, the default asOf (YYYY-MM-DD text order is date order for ISO days). */
function latestDay(h: Obj): string | undefined {
  let max: string | undefined;
  const see = (v: unknown) => {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && (!max || v.slice(0, 10) > max)) max = v.slice(0, 10);
  };
  for (const b of Array.isArray(h.bookings) ? h.bookings : []) see((b as Obj | null)?.closedAt);
  return max;
}

/**
 * sales-target-planner's seasonality and productivity from history
 * (docs/models.md §3d): the years read with their monthly shares beside the
 * averaged weights, productivity by tenure, and one button that fills the
 * plan's twelve weights and two productivities.
 */
export class TargetHistoryView {
  years = 2;
  private done = false;
  private memo?: { key: string; of: unknown; out: HeadcountHistoryResult | Issue[] };

  constructor(
    private readonly host: TargetHistoryHost,
    private readonly issueText: (i: Issue) => string,
  ) {}

  private get s(): TargetHistoryStrings {
    return TARGET_HISTORY[this.host.locale];
  }

  /** The learned inputs for the plan's ramp (issues when the history is bad); undefined without one. */
  learned(rampMonths: unknown): HeadcountHistoryResult | Issue[] | undefined {
    const h = this.host.history;
    if (typeof h !== 'object' || h === null || Array.isArray(h)) return undefined;
    const o = h as Obj;
    const asOf = this.host.historyAsOf ?? latestDay(o) ?? '';
    const ramp = typeof rampMonths === 'number' ? rampMonths : undefined;
    const key = JSON.stringify([asOf, this.years, ramp]);
    if (this.memo?.key === key && this.memo.of === h) return this.memo.out;
    let out: HeadcountHistoryResult | Issue[];
    try {
      out = learnHeadcountInputs({
        ...o,
        asOf,
        years: this.years,
        ...(ramp === undefined ? {} : { rampMonths: ramp }),
      });
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      out = e.issues;
    }
    this.memo = { key, of: h, out };
    return out;
  }

  /** Fill the plan: the twelve weights and the productivities that are not null. */
  fill(input: Obj): void {
    const l = this.learned(input.rampMonths);
    if (!l || Array.isArray(l)) return;
    if (l.seasonality) this.host.setParam('seasonality', l.seasonality);
    // Money to the cent: a productivity is typed and read as money.
    const cent = (x: number) => Math.round(x * 100) / 100;
    if (l.productivity?.qualified != null) this.host.setParam('productivityQualified', cent(l.productivity.qualified));
    if (l.productivity?.unqualified != null)
      this.host.setParam('productivityUnqualified', cent(l.productivity.unqualified));
    this.done = true;
  }

  render(input: Obj, monthName: (m: number) => string): TemplateResult {
    const h = this.s;
    const f = this.host.fmt;
    const l = this.learned(input.rampMonths);
    const usable = !!l && !Array.isArray(l) && (!!l.seasonality || l.productivity?.qualified != null);
    return html`<section part="history" class="no-print" aria-labelledby="th-h">
      <h3 id="th-h">${h.fromHistory}</h3>
      <div class="row">
        ${periodSelect(
          'th',
          h.yearsRead,
          YEARS,
          this.years,
          (y) => h.lastYears(f.integer(y)),
          (y) => {
            this.years = y;
            this.host.requestUpdate();
          },
        )}
        <button type="button" class="brand" ?disabled=${!usable} @click=${() => this.fill(input)}>
          ${h.fillHistory}
        </button>
      </div>
      ${this.done ? html`<p role="status" class="ok">${h.filled}</p>` : nothing}
      ${
        Array.isArray(l)
          ? html`<p class="msg" role="alert">${l.map((i) => this.issueText(i)).join('; ')}</p>`
          : l
            ? this.tables(l, monthName)
            : nothing
      }
    </section>`;
  }

  private tables(l: HeadcountHistoryResult, monthName: (m: number) => string): TemplateResult {
    const h = this.s;
    const f = this.host.fmt;
    const p = l.productivity;
    const bad = l.invalid.length + l.invalidReps.length;
    return html`${bad ? html`<p class="msg" role="status">${h.notRead(f.integer(bad))}</p>` : nothing}
    ${
      l.seasonality
        ? html`<div class="table-wrap" tabindex="0">
            <table part="history-table">
              <caption>
                ${h.fromHistory}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${h.month}</th>
                  ${l.years.map((y) => html`<th scope="col">${y.year}</th>`)}
                  <th scope="col">${h.average}</th>
                </tr>
              </thead>
              <tbody>
                ${l.seasonality.map(
                  (w, m) =>
                    html`<tr>
                      <th scope="row">${monthName(m + 1)}</th>
                      ${l.years.map((y) => html`<td class="num">${y.shares ? f.percent(y.shares[m], 1) : '—'}</td>`)}
                      <td class="num"><b>${f.percent(w, 1)}</b></td>
                    </tr>`,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${h.bookings}</th>
                  ${l.years.map((y) => html`<td class="num">${f.money(y.total)}</td>`)}
                  <td></td>
                </tr>
              </tfoot>
            </table>
          </div>`
        : html`<p class="weak">${h.noBookings}</p>`
    }
    ${
      p
        ? html`<div class="table-wrap" tabindex="0">
            <table part="productivity-table">
              <caption>
                ${h.productivity}
              </caption>
              <thead>
                <tr>
                  ${[h.tenure, h.repMonths, h.bookings, h.perRepMonth].map((x) => html`<th scope="col">${x}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${(
                  [
                    [h.qualified, p.qualifiedRepMonths, p.qualifiedBookings, p.qualified],
                    [h.ramping, p.unqualifiedRepMonths, p.unqualifiedBookings, p.unqualified],
                  ] as const
                ).map(
                  ([name, n, b, per]) =>
                    html`<tr>
                      <th scope="row">${name}</th>
                      <td class="num">${f.integer(n)}</td>
                      <td class="num">${f.money(b)}</td>
                      <td class="num">${f.money(per)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    ${
      l.unmatched.count
        ? html`<p class="weak">${h.unmatched(f.integer(l.unmatched.count), f.money(l.unmatched.amount))}</p>`
        : nothing
    }`;
  }
}
