import { html, nothing, svg, type TemplateResult } from 'lit';
import { planCsCapacity, planCsSegments, type CsCapacityResult, type CsSegmentsResult } from '../../src/models/cs-capacity.js';
import { CS, type CsStrings } from '../../src/i18n/cs-capacity-planner.js';
import { projectionLayout } from '../../src/charts/projection.js';
import { stackBar } from '../../src/charts/funnel.js';
import { orgLayout } from '../../src/charts/org-tree.js';
import type { Cell } from '../../src/parse/csv.js';
import { Planner, isObj, paramProps, type Figure } from '../shared/planner.js';
import { renderOrg } from '../shared/planner-org.js';
import { csStyles } from './cs-capacity-planner.styles.js';

type Out = CsCapacityResult | CsSegmentsResult;
const isSegments = (r: Out): r is CsSegmentsResult => 'segments' in r;
const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);
const num = (v: unknown, d = 0): number => (typeof v === 'number' ? v : d);

/**
 * The seed's customer-success organisation model (客户成功组织设计模型) made
 * live, in its five steps: the paying-customer base at the horizon from
 * today's count, new customers and churn; the deep-service share from the
 * tiering strategy's cycle; the service hours (T, T1) and the shares r1 and
 * r2; the customers one CSM serves at saturated workload, shown as the
 * formula n = r1·T / (r2·T1) with the user's numbers; and the CSMs and
 * managers by the spans of control R1, R2, R3. Beyond the seed: segments
 * (KA, SMB, an industry…), each with its own hours and shares, summed
 * (`segments` in the data).
 *
 * Precedence: the user's edits or a loaded scenario, then the attributes,
 * then `data`; without any data it opens on MODELS.md's worked example.
 *
 * @tag cs-capacity-planner
 * @customElement cs-capacity-planner
 * @summary CS capacity: customer base, capacity per CSM (n = r1·T / (r2·T1)), CSMs and managers, by month and by segment.
 *
 * @attr {number} customers - Paying customers today.
 * @attr {number} monthly-new-customers - New paying customers a month (default 0).
 * @attr {number} monthly-churn-rate - Share of customers lost a month, a fraction (default 0).
 * @attr {number} horizon-months - Months ahead the base is planned for (default 12).
 * @attr {number} service-hours-per-csm - T: service hours of one CSM a month.
 * @attr {number} deep-hours-per-customer - T1: deep-service hours per customer a month.
 * @attr {number} deep-hours-share - r1: share of a CSM's hours on deep service, a fraction.
 * @attr {number} deep-customer-share - r2: share of customers in deep service, a fraction; derived when absent.
 * @attr {number} deep-service-months - The deep-service cycle of a new customer, in months (default 3).
 * @attr {number} key-accounts - Key accounts always in deep service (default 0).
 * @attr {number} standard-hours-per-customer - T2: standard-service hours per customer a month (optional).
 * @attr {string} spans - R1, R2, R3…: CSMs per first-line manager, then per level; JSON or comma-separated.
 * @attr {string} segments - Segments mode, JSON: `[{ "key", "label"?, …the fields above }]`.
 *
 * @fires revops-change - A new result: `detail` is the planCsCapacity output (planCsSegments with `segments`).
 * @fires revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }`; `source` is `data` or `segments`.
 *
 * @csspart base - The planner frame.
 * @csspart header - Title, scenario name and export buttons.
 * @csspart scenario - The loaded scenario's name.
 * @csspart error - The alert naming each bad field.
 * @csspart loading - Loading status while `src` is fetched.
 * @csspart notice - Storage notice.
 * @csspart parameters - The parameters form.
 * @csspart results - Key figures, formula, charts and tables.
 * @csspart figures - Key figures (and the compared scenario).
 * @csspart formula - The capacity formula with the user's numbers.
 * @csspart split - Deep and standard service in one CSM's month.
 * @csspart projection - Customers (area) and CSMs needed (step line) by month.
 * @csspart projection-table - The projection's numbers.
 * @csspart org-chart - The CS org chart.
 * @csspart org-table - Head counts per level.
 * @csspart segment-table - Segments mode: each segment and the sum.
 * @csspart advice - What to tune next, in the seed's five steps.
 * @csspart scenarios - Saved scenarios and the comparison.
 * @csspart scenario-list - The saved scenarios.
 *
 * @cssprop --revops-color-brand - Customers, managers.
 * @cssprop --revops-tier-3 - The CSM step line.
 */
export class CsCapacityPlanner extends Planner<Out> {
  static override styles = [...Planner.styles, ...csStyles];

  static override properties = paramProps({
    customers: 'n',
    monthlyNewCustomers: 'n',
    monthlyChurnRate: 'n',
    horizonMonths: 'n',
    serviceHoursPerCsm: 'n',
    deepHoursPerCustomer: 'n',
    deepHoursShare: 'n',
    deepCustomerShare: 'n',
    deepServiceMonths: 'n',
    keyAccounts: 'n',
    standardHoursPerCustomer: 'n',
    spans: 'l',
    segments: 'l',
  });

  /** Paying customers today. */
  customers?: number;
  /** New paying customers a month. */
  monthlyNewCustomers?: number;
  /** Share of customers lost each month (fraction). */
  monthlyChurnRate?: number;
  /** Months ahead the base is planned for. */
  horizonMonths?: number;
  /** T: service hours of one CSM a month. */
  serviceHoursPerCsm?: number;
  /** T1: deep-service hours per customer a month. */
  deepHoursPerCustomer?: number;
  /** r1: share of a CSM's hours on deep service (fraction). */
  deepHoursShare?: number;
  /** r2: share of customers in deep service (fraction); derived when absent. */
  deepCustomerShare?: number;
  /** The deep-service cycle of a new customer, in months. */
  deepServiceMonths?: number;
  /** Key accounts always in deep service. */
  keyAccounts?: number;
  /** T2: standard-service hours per customer a month. */
  standardHoursPerCustomer?: number;
  /** R1, R2, R3…: CSMs per first-line manager, then per level. */
  spans?: number[];
  /** Segments mode: one plan per segment, summed. */
  segments?: unknown[];

  get t(): CsStrings {
    return CS[this.locale];
  }

  protected get heading(): string {
    return this.t.title;
  }

  protected defaults(): Record<string, unknown> {
    return { customers: 1200, monthlyNewCustomers: 40, monthlyChurnRate: 0, horizonMonths: 12, serviceHoursPerCsm: 120, deepHoursPerCustomer: 6, deepHoursShare: 0.6, deepServiceMonths: 3, spans: [8, 4, 5] };
  }

  protected compute(input: Record<string, unknown>): Out {
    return input.segments !== undefined && input.segments !== null ? planCsSegments(input) : planCsCapacity(input);
  }

  protected override accept(r: unknown): void {
    super.accept(r);
    const out = r as Out;
    if (isSegments(out) && out.invalid.length)
      this.queueEvent('revops-invalid', {
        source: 'segments',
        issues: out.invalid.flatMap((x) => x.issues.map((i) => ({ path: `segments.${x.index}.${i.path}`, message: i.message }))),
      });
  }

  // ---- parameters ------------------------------------------------------------

  private levels(add: boolean): void {
    const spans = nums(this.input.spans);
    if (add) spans.push(spans.at(-1) ?? 5);
    else if (spans.length > 1) spans.pop();
    this.setParam('spans', spans);
  }

  private spansTable(): TemplateResult {
    const t = this.t;
    const spans = nums(this.input.spans);
    return html`${this.table('', t.spans, [t.levelCol, t.span], spans.map((_, i) => [t.level(i + 1), this.field({ path: `spans.${i}`, label: `${t.span} · ${t.level(i + 1)}`, kind: 'int', bare: true, slider: [1, 20, 1] })]))}
      <div class="row no-print">
        <button type="button" @click=${() => this.levels(true)}>${t.addLevel}</button>
        <button type="button" ?disabled=${spans.length < 2} @click=${() => this.levels(false)}>${t.removeLevel}</button>
      </div>`;
  }

  protected renderParams(): unknown {
    const t = this.t;
    const h = t.hoursPerMonth;
    if (this.input.segments != null) {
      const segs = Array.isArray(this.input.segments) ? this.input.segments : [];
      const cols: [string, string, 'int' | 'num' | 'pct', boolean?][] = [
        ['customers', t.customers, 'int'],
        ['monthlyNewCustomers', t.monthlyNewCustomers, 'num', true],
        ['serviceHoursPerCsm', 'T', 'num'],
        ['deepHoursPerCustomer', 'T1', 'num'],
        ['deepHoursShare', 'r1 (%)', 'pct'],
        ['deepCustomerShare', 'r2 (%)', 'pct', true],
      ];
      return html`<p class="weak">${t.segmentsLead}</p>
        ${this.table('', t.segments, [t.segment, ...cols.map((c) => c[1])], segs.map((s, i) => {
          const name = isObj(s) ? String(s.label ?? s.key ?? i + 1) : String(i + 1);
          return [name, ...cols.map(([k, label, kind, optional]) => this.field({ path: `segments.${i}.${k}`, label: `${label} · ${name}`, kind, optional, bare: true }))];
        }))}`;
    }
    return html`${this.field({ path: 'customers', label: t.customers, kind: 'int' })}
      ${this.field({ path: 'monthlyNewCustomers', label: t.monthlyNewCustomers, optional: true })}
      ${this.field({ path: 'monthlyChurnRate', label: t.monthlyChurnRate, unit: '%', kind: 'pct', optional: true, slider: [0, 10, 0.1] })}
      ${this.field({ path: 'horizonMonths', label: t.horizonMonths, unit: t.months, kind: 'int', optional: true, slider: [0, 36, 1] })}
      ${this.field({ path: 'serviceHoursPerCsm', label: t.serviceHoursPerCsm, unit: h })}
      ${this.field({ path: 'deepHoursPerCustomer', label: t.deepHoursPerCustomer, unit: h })}
      ${this.field({ path: 'deepHoursShare', label: t.deepHoursShare, unit: '%', kind: 'pct', slider: [0, 100, 1] })}
      ${this.field({ path: 'deepCustomerShare', label: t.deepCustomerShare, unit: '%', kind: 'pct', optional: true, hint: t.deepCustomerShareHint })}
      ${this.field({ path: 'deepServiceMonths', label: t.deepServiceMonths, unit: t.months, optional: true })}
      ${this.field({ path: 'keyAccounts', label: t.keyAccounts, kind: 'int', optional: true })}
      ${this.field({ path: 'standardHoursPerCustomer', label: t.standardHoursPerCustomer, unit: h, optional: true, hint: t.standardHoursHint })}
      ${this.spansTable()}`;
  }

  // ---- results -----------------------------------------------------------------

  protected figures(r: Out): Figure[] {
    const t = this.t;
    const x = isSegments(r) ? r.total : r;
    const managers = x.managers.reduce((s, m) => s + m, 0);
    return [
      { key: 'base', label: t.base, value: x.base, kind: 'num' },
      ...(isSegments(r)
        ? []
        : [
            { key: 'r2', label: t.r2, value: r.deepCustomerShare, kind: 'pct' } as const,
            { key: 'capacity', label: t.capacity, value: r.capacityPerCsm, kind: 'int' } as const,
          ]),
      { key: 'csms', label: t.csms, value: x.csms, kind: 'int' },
      { key: 'managers', label: t.managers, value: managers, kind: 'int' },
      { key: 'total', label: t.total, value: x.totalHeadcount, kind: 'int' },
    ];
  }

  private org(csms: number, managers: number[], spans: number[]): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const roles = [t.csmRole, ...managers.map((_, k) => t.managerRole(k + 1))];
    const counts = [csms, ...managers];
    return html`<figure part="org-chart">
        <figcaption>${t.org}</figcaption>
        ${renderOrg(
          orgLayout(csms, managers, spans, { width: 420 }),
          (n) => [roles[n.level] ?? '', n.level && !n.grouped ? '' : n.grouped ? `× ${f.integer(n.count)}` : f.integer(n.count)],
          roles.map((role, k) => `${role} ${f.integer(counts[k])}`).join(', '),
        )}
      </figure>
      ${this.table('org-table', t.org, [t.levelCol, t.count, t.span], roles.map((role, k) => [role, f.integer(counts[k]), k ? f.integer(spans[k - 1]) : '']), [t.total, f.integer(counts.reduce((s, c) => s + c, 0)), ''])}`;
  }

  protected renderResults(r: Out): unknown {
    return isSegments(r) ? this.renderSegments(r) : this.renderSingle(r);
  }

  private renderSegments(r: CsSegmentsResult): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const input = this.input;
    // The combined organisation uses the top-level spans, else the first valid segment's (as the model does).
    const first = Array.isArray(input.segments) ? input.segments.find((s) => isObj(s) && s.key === r.segments[0]?.key) : undefined;
    const spans = nums(Array.isArray(input.spans) ? input.spans : isObj(first) ? first.spans : undefined);
    return html`${this.table('segment-table', t.segments, [t.segment, t.base, t.r2, t.capacity, t.csms, t.managers], r.segments.map((s) => [
        s.label,
        f.number(s.base, 1),
        f.percent(s.deepCustomerShare),
        f.integer(s.capacityPerCsm),
        f.integer(s.csms),
        s.managers.map((m) => f.integer(m)).join(' + ') || '0',
      ]), [this.common.total, f.number(r.total.base, 1), '', '', f.integer(r.total.csms), r.total.managers.map((m) => f.integer(m)).join(' + ') || '0'])}
      ${this.renderIssues(r.invalid.flatMap((x) => x.issues.map((i) => ({ path: `segments.${x.index}.${i.path}`, message: i.message }))), false)}
      ${this.org(r.total.csms, r.total.managers, spans)}`;
  }

  private renderSingle(r: CsCapacityResult): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const input = this.input;
    const T = num(input.serviceHoursPerCsm);
    const T1 = num(input.deepHoursPerCustomer);
    const r1 = num(input.deepHoursShare);
    const r2 = r.deepCustomerShare;
    const T2 = typeof input.standardHoursPerCustomer === 'number' ? input.standardHoursPerCustomer : null;
    const n = (x: number, d = 4) => f.number(x, d);
    const deepOn = r2 > 0;
    const stdOn = T2 !== null && r2 < 1;
    const lines = [
      ...(deepOn ? [`${t.deepBound}: r1·T / (r2·T1) = ${n(r1)} × ${n(T)} / (${n(r2)} × ${n(T1)})`] : []),
      ...(stdOn ? [`${t.standardBound}: (1−r1)·T / ((1−r2)·T2) = ${n(1 - r1)} × ${n(T)} / (${n(1 - r2)} × ${n(T2!)})`] : []),
    ];
    const hoursDeep = r1 * T;
    const hoursStd = T - hoursDeep;
    const cap = r.capacityPerCsm ?? 0;
    const bar = (parts: number[], total: number) => stackBar(parts, total, 210).segments;
    const split: [string, number[], string[]][] = [
      [t.hours, [hoursDeep, hoursStd], [`${n(hoursDeep, 1)} h`, `${n(hoursStd, 1)} h`]],
      [t.perCsm, [r2 * cap, (1 - r2) * cap], [n(r2 * cap, 1), n((1 - r2) * cap, 1)]],
    ];
    const proj = projectionLayout(r.monthly.map((m) => ({ month: m.month, value: m.customers, count: m.csms })));
    const spans = nums(input.spans);
    return html`<div part="formula" role="group" aria-label=${t.formula}>
        <span class="weak">${t.formula}</span>
        ${lines.map((l) => html`<span>${l}</span>`)}
        <strong>n = ${lines.length > 1 ? 'min(…) = ' : ''}${f.integer(r.capacityPerCsm)}</strong>
      </div>
      <figure part="split">
        <figcaption>${t.split}</figcaption>
        <svg viewBox="0 0 420 56" role="img" aria-label=${split.map(([label, , shown]) => `${label}: ${t.deep} ${shown[0]}, ${t.standard} ${shown[1]}`).join('; ')}>
          ${split.map(([label, parts, shown], i) => svg`<text x="112" y=${i * 28 + 13} text-anchor="end">${label}</text>
            <g transform="translate(118 ${i * 28})">${bar(parts, parts[0]! + parts[1]!).map((s, j) => svg`<rect class="c${j ? 4 : 2}" x=${s.x} width=${s.width} height="18"></rect>`)}</g>
            <text x="420" y=${i * 28 + 13} text-anchor="end" class="tick">${shown.join(' / ')}</text>`)}
        </svg>
        <p class="legend"><span><i class="key c2"></i>${t.deep}</span><span><i class="key c4"></i>${t.standard}</span></p>
      </figure>
      <figure part="projection">
        <figcaption>${t.projection}</figcaption>
        <svg viewBox="0 0 ${proj.width} ${proj.height}" role="img"
          aria-label=${`${t.month} 0: ${f.number(r.monthly[0]?.customers, 0)} / ${f.integer(r.monthly[0]?.csms)}; ${t.month} ${r.monthly.at(-1)?.month}: ${f.number(r.monthly.at(-1)?.customers, 0)} / ${f.integer(r.monthly.at(-1)?.csms)} (${t.perCsm} / ${t.csms})`}>
          ${proj.yTicks.map((k) => svg`<line class="axis" x1=${proj.left} x2=${proj.width - proj.right} y1=${k.y} y2=${k.y}></line><text class="tick" x=${proj.left - 4} y=${k.y + 3} text-anchor="end">${f.number(k.value, 0)}</text>`)}
          ${proj.countTicks.map((k) => svg`<text class="tick" x=${proj.width - proj.right + 4} y=${k.y + 3}>${f.integer(k.value)}</text>`)}
          ${proj.xTicks.map((k) => svg`<text class="tick" x=${k.x} y=${proj.height - 6} text-anchor="middle">${k.value}</text>`)}
          <path class="area" d=${proj.area}></path>
          <path class="step" d=${proj.step}></path>
        </svg>
        <p class="legend"><span><i class="key c2"></i>${t.perCsm}</span><span><i class="key c5"></i>${t.csms}</span></p>
      </figure>
      <details>
        <summary>${this.common.table}: ${t.projection}</summary>
        ${this.table('projection-table', t.projection, [t.month, t.perCsm, t.csms], r.monthly.map((m) => [m.month, f.number(m.customers, 1), f.integer(m.csms)]))}
      </details>
      ${this.org(r.csms, r.managers, spans)}`;
  }

  // ---- what to tune ------------------------------------------------------------

  protected renderAdvice(r: Out): unknown {
    const t = this.t;
    const f = this.fmt;
    const input = this.input;
    if (isSegments(r))
      return html`<ol>${r.segments.map((s) => html`<li>${s.label}: ${t.step4(f.integer(s.capacityPerCsm), f.integer(s.csms), f.number(s.csms * (s.capacityPerCsm ?? 0) - s.base, 0))}</li>`)}</ol>`;
    const r1 = num(input.deepHoursShare);
    const T = num(input.serviceHoursPerCsm);
    const spans = nums(input.spans);
    const top = r.managers.at(-1) ?? 0;
    const ranOut = r.managers.length === spans.length && top > 1;
    return html`<ol>
      <li>${t.step1(f.number(r.base, 1), String(num(input.horizonMonths, 12)))}</li>
      <li>${input.deepCustomerShare != null
        ? t.step2Given(f.percent(r.deepCustomerShare))
        : t.step2Derived(f.percent(r.deepCustomerShare), f.number(num(input.deepServiceMonths, 3), 1), f.integer(num(input.keyAccounts)))}</li>
      <li>${t.step3(`${f.number(r1 * T, 1)} h`, `${f.number((1 - r1) * T, 1)} h`)}</li>
      <li>${t.step4(f.integer(r.capacityPerCsm), f.integer(r.csms), f.number(r.csms * (r.capacityPerCsm ?? 0) - r.base, 0))}</li>
      <li class=${ranOut ? 'bad' : ''}>${t.step5(r.managers.map((m, k) => `${t.managerRole(k + 1)} ${f.integer(m)}`).join(', ') || '—')}${ranOut ? t.spansRanOut(f.integer(top)) : nothing}</li>
    </ol>`;
  }

  /** CSV: the monthly projection (or the segments). */
  protected override csv(r: Out): Cell[][] {
    if (isSegments(r))
      return [['key', 'label', 'base', 'deepCustomerShare', 'capacityPerCsm', 'csms', 'managers'], ...r.segments.map((s): Cell[] => [s.key, s.label, s.base, s.deepCustomerShare, s.capacityPerCsm, s.csms, s.managers.join(' ')])];
    return [['month', 'customers', 'csms'], ...r.monthly.map((m): Cell[] => [m.month, m.customers, m.csms])];
  }
}
