import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { headcountTables } from '../../src/export/planners.js';
import type { ExportTable } from '../../src/export/table.js';
import { planHeadcount, type HeadcountMonth, type HeadcountPlan } from '../../src/models/headcount.js';
import { TARGET, type TargetStrings } from '../../src/i18n/sales-target-planner.js';
import { pairedLayout, stackedLayout, type Box } from '../../src/charts/monthly.js';
import { Planner, paramProps, type Figure, type LazySlot } from '../shared/planner.js';
import { targetStyles } from './sales-target-planner.styles.js';
import type { TargetHistoryView } from './history-view.js';
import type { DevelopmentView } from './development-view.js';
import { scenarioFile, type ScenarioFile } from '../../src/models/scenario-file.js';
import { downloadText } from '../shared/download.js';
import type { SharedValues } from '../shared/shared-values.js';

const twelve = (x: number) => Array.from({ length: 12 }, () => x);
const rect = (b: Box, cls: string) =>
  svg`<rect class=${cls} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`;

/**
 * The seed's long-term target plan (销售目标预测模型, tool 1) made live:
 * people × productivity, month by month. Qualified reps produce their
 * productivity, ramping reps theirs; hires qualify after the ramp; everyone
 * stays with the monthly retention; months follow the seasonality. The
 * chart shows revenue against target with cumulative lines and the head
 * count stacked by qualified and ramping; the hiring plan and the
 * seasonality are edited per month with quarter subtotals; "suggest even
 * hiring" applies the model's solver, and when hiring alone cannot reach the
 * target the productivity factor it would take (the seed's step 5).
 *
 * Precedence: the user's edits or a loaded scenario, then the attributes,
 * then `data`; without any data it opens on the hand-checked plan of
 * test/node/headcount.test.ts (in money × 10,000).
 *
 * @tag sales-target-planner
 * @customElement sales-target-planner
 * @summary Annual target from headcount × productivity: monthly chart, hiring plan, seasonality, even-hiring solver, productivity factor.
 *
 * @attr {number} annual-target - Revenue target for the year (money).
 * @attr {number} start-qualified - Qualified reps at the start of the year.
 * @attr {number} start-unqualified - Reps still ramping at the start.
 * @attr {number} start-unqualified-tenure - Months those ramping reps have already worked (default 0).
 * @attr {number} productivity-qualified - Revenue of a qualified rep a month (money).
 * @attr {number} productivity-unqualified - Revenue of a ramping rep a month (money).
 * @attr {number} ramp-months - Months until a hire qualifies (成才周期).
 * @attr {number} monthly-retention - Monthly probability a rep stays, a fraction in (0, 1].
 * @attr {string} seasonality - Twelve monthly weights (normalised to sum 1): JSON or comma-separated.
 * @attr {string} hires - Twelve monthly hires: JSON or comma-separated (default 0).
 * @attr {number} max-hires-per-month - The most hires a month for the solver (default 1000).
 * @attr {string} history - Bookings and reps, JSON `{ "bookings": [{ "owner"?, "amount", "closedAt" }], "reps"?: [{ "id", "startedAt", "leftAt"?, "openedAt"? }] }` (docs/models.md §3d, §3b extras): shows the seasonality and productivity they give and a button that fills them; with reps, the retention by tenure and ramp curve, and with `openedAt` (the day the role was opened) the hiring lead time.
 * @attr {string} history-as-of - The day the history runs to (default: its latest booking).
 * @attr {string} plan-name - Under a revops-provider: the name its plan is shared under (default `plan`); a sales-org-designer under the same provider follows it.
 *
 * @fires {CustomEvent<HeadcountPlan>} revops-change - A new result: `detail` is the planHeadcount output.
 * @fires {CustomEvent<InvalidDetail>} revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }`.
 *
 * @csspart base - The planner frame.
 * @csspart header - Title, scenario name and export buttons.
 * @csspart scenario - The loaded scenario's name (with “modified” after further edits).
 * @csspart error - The alert naming each bad field.
 * @csspart loading - Loading status while `src` is fetched.
 * @csspart notice - Storage notice.
 * @csspart parameters - The parameters form.
 * @csspart results - Key figures, charts and the monthly plan.
 * @csspart figures - Key figures, and scenarios A and B beside them.
 * @csspart scenario-diff - The parameters where scenarios A and B differ.
 * @csspart revenue-chart - Revenue against target by month, cumulative lines.
 * @csspart headcount-chart - Head count stacked by qualified and ramping.
 * @csspart plan - The monthly table: hiring plan and seasonality editors, results, quarter subtotals.
 * @csspart advice - What to tune next, in the seed's order, with the solver's buttons.
 * @csspart history - From history: years read, fill button, the tables.
 * @csspart history-table - Each year read with its monthly shares, and the averaged weights.
 * @csspart export-plan - Download the plan in force as a scenario file for sales-org-designer.
 * @csspart productivity-table - Rep-months, bookings and bookings per rep-month, qualified and ramping.
 * @csspart development - The development and hiring funnel panel (docs/models.md §3b extras).
 * @csspart ramp-curve - The ramp curve's editors.
 * @csspart retention-by-tenure - Retention by tenure month's editors.
 * @csspart development-funnel - Hired → still here after the ramp → qualified within the year.
 * @csspart survival-table - Share of a hire still here by tenure.
 * @csspart hire-by - When each month's roles must be opened.
 * @csspart scenarios - Saved scenarios and the comparison.
 * @csspart scenario-list - The saved scenarios.
 *
 * @cssprop --revops-color-brand - Revenue, qualified reps.
 * @cssprop --revops-tier-4 - Target, ramping reps.
 */
export class SalesTargetPlanner extends Planner<HeadcountPlan> {
  static override styles = [...Planner.styles, targetStyles];

  static override properties = paramProps({
    annualTarget: 'n',
    startQualified: 'n',
    startUnqualified: 'n',
    startUnqualifiedTenure: 'n',
    productivityQualified: 'n',
    productivityUnqualified: 'n',
    rampMonths: 'n',
    monthlyRetention: 'n',
    seasonality: 'l',
    hires: 'l',
    maxHiresPerMonth: 'n',
  });

  /** Revenue target for the year (money). */
  annualTarget?: number;
  /** Qualified reps at the start of the year. */
  startQualified?: number;
  /** Reps still ramping at the start of the year. */
  startUnqualified?: number;
  /** Months the ramping reps have already worked. */
  startUnqualifiedTenure?: number;
  /** Revenue of a qualified rep a month (money). */
  productivityQualified?: number;
  /** Revenue of a ramping rep a month (money). */
  productivityUnqualified?: number;
  /** Months until a hire qualifies. */
  rampMonths?: number;
  /** Monthly probability a rep stays (fraction). */
  monthlyRetention?: number;
  /** Twelve monthly weights of the target. */
  seasonality?: number[];
  /** Twelve monthly hires. */
  hires?: number[];
  /** The most hires a month the solver may use. */
  maxHiresPerMonth?: number;
  /**
   * Bookings and reps (docs/models.md §3d, §3b extras): `{ bookings: [{ owner?, amount, closedAt }], reps?: [{ id, startedAt, leftAt?, openedAt? }] }`.
   * Reps give the retention by tenure and the ramp curve; a rep's `openedAt` (the day the role was opened, on or
   * before `startedAt`) gives the hiring lead time; without any `openedAt` there is no lead time.
   */
  @property({ type: Object }) history?: unknown;
  /** The day the history runs to (`asOf` of §3d); default: its latest booking. */
  @property({ attribute: 'history-as-of' }) historyAsOf?: string;

  /** Under a `<revops-provider>`: the name the plan in force is shared under (default `plan`). */
  @property({ attribute: 'plan-name' }) planName?: string;

  private hist: LazySlot<TargetHistoryView> = {};
  private dev: LazySlot<DevelopmentView> = {};
  /** The development panel was asked for (it also opens by itself when the plan has tenure inputs). */
  private devOpen = false;

  /** The development and hiring funnel panel (docs/models.md §3b extras), loaded on first use. */
  private development_(input: Record<string, unknown>): DevelopmentView | undefined {
    const on = ['rampCurve', 'retentionByTenure', 'hiringLeadMonths', 'planYear'].some((k) => input[k] != null);
    if (!this.devOpen && !on && !this.dev.view) return undefined;
    return this.lazyPart(this.dev, () =>
      import('./development-view.js').then((m) => () => new m.DevelopmentView(this, (f) => this.field(f))),
    );
  }

  /** The history view when a history is given (loaded with its module). */
  private history_(): TargetHistoryView | undefined {
    if (this.history == null) return undefined;
    return this.lazyPart(this.hist, () =>
      import('./history-view.js').then((m) => () => new m.TargetHistoryView(this, (i) => this.issueText(i))),
    );
  }

  // ---- sharing the plan (docs/models.md §4 extras) ------------------------------------

  /** Where the plan is published: the provider's store and the name. */
  private published?: { store: SharedValues; name: string };
  private publishedCtx?: unknown;

  /** Publish the plan of the last good result under the provider (and withdraw it from where it was before). */
  private publish(): void {
    const store = this.context?.shared;
    const name = this.planName || 'plan';
    const was = this.published;
    if (was && (was.store !== store || was.name !== name)) was.store.set(was.name, undefined, this);
    this.published = store ? { store, name } : undefined;
    if (this.result) store?.set(name, this.shown, this);
  }

  protected override accept(result: unknown): void {
    super.accept(result);
    this.publish();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A provider defined or connected after this planner: publish once it is there.
    if (this.context !== this.publishedCtx || changed.has('planName')) {
      this.publishedCtx = this.context;
      this.publish();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.published?.store.set(this.published.name, undefined, this);
    this.published = this.publishedCtx = undefined;
  }

  /** The plan in force as a scenario file (docs/models.md §4 extras): what sales-org-designer imports. */
  planFile(): ScenarioFile {
    return scenarioFile(this.localName, { name: this.active, input: this.shown, at: new Date().toISOString() });
  }

  /** Download the plan in force as a scenario file (`<scenario or tag>.plan.json`). */
  exportPlan(): void {
    const f = this.planFile();
    downloadText(`${f.name || this.localName}.plan.json`, JSON.stringify(f, null, 2), 'application/json');
  }

  get t(): TargetStrings {
    return TARGET[this.locale];
  }

  protected get heading(): string {
    return this.t.title;
  }

  /** The hiring plan and seasonality are always twelve editable values (zeros and equal weights when absent). */
  protected override page(): Record<string, unknown> {
    const i = super.page();
    return { ...i, hires: i.hires ?? twelve(0), seasonality: i.seasonality ?? twelve(1) };
  }

  protected defaults(): Record<string, unknown> {
    return {
      annualTarget: 12_000_000,
      startQualified: 2,
      startUnqualified: 1,
      productivityQualified: 100_000,
      productivityUnqualified: 40_000,
      rampMonths: 2,
      monthlyRetention: 1,
      hires: [1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      maxHiresPerMonth: 10,
    };
  }

  protected compute(input: Record<string, unknown>): HeadcountPlan {
    return planHeadcount(input);
  }

  protected override fmtFigure(f: Pick<Figure, 'value' | 'kind' | 'text'>): string {
    return f.kind === 'x'
      ? f.value === null
        ? '—'
        : `×${this.fmt.number(f.value, 3)}`
      : f.kind === 'text'
        ? (f.text ?? '—')
        : super.fmtFigure(f);
  }

  private monthName(m: number): string {
    return this.fmt.monthName(m);
  }

  // ---- parameters ------------------------------------------------------------

  protected renderParams(): unknown {
    const t = this.t;
    const money = `${this.fmt.currency}, ${t.perMonth}`;
    return html`${this.field({ path: 'annualTarget', label: t.annualTarget, unit: this.fmt.currency, kind: 'money' })}
    ${this.field({ path: 'startQualified', label: t.startQualified, unit: t.people })}
    ${this.field({ path: 'startUnqualified', label: t.startUnqualified, unit: t.people })}
    ${this.field({ path: 'startUnqualifiedTenure', label: t.startUnqualifiedTenure, unit: t.months, optional: true })}
    ${this.field({ path: 'productivityQualified', label: t.productivityQualified, unit: money, kind: 'money', hint: t.productivityHint })}
    ${this.field({ path: 'productivityUnqualified', label: t.productivityUnqualified, unit: money, kind: 'money' })}
    ${this.field({ path: 'rampMonths', label: t.rampMonths, unit: t.months, kind: 'int', slider: [0, 24, 1] })}
    ${this.field({ path: 'monthlyRetention', label: t.monthlyRetention, unit: '%', kind: 'pct', slider: [80, 100, 0.5] })}
    ${this.field({ path: 'maxHiresPerMonth', label: t.maxHiresPerMonth, unit: t.people, kind: 'int', optional: true, hint: t.maxHiresHint })}`;
  }

  // ---- results -----------------------------------------------------------------

  protected figures(r: HeadcountPlan, _input: Record<string, unknown>): Figure[] {
    const t = this.t;
    const s = r.suggestion;
    return [
      { key: 'annualRevenue', label: t.annualRevenue, value: r.annualRevenue, kind: 'money' },
      { key: 'attainment', label: t.attainment, value: r.attainment, kind: 'pct' },
      { key: 'evenHires', label: t.evenHires, value: s.evenHires, kind: 'int' },
      { key: 'endHeadcount', label: t.endHeadcount, value: r.months[11]!.headcount, kind: 'num' },
      ...(s.feasible
        ? []
        : [{ key: 'productivityScale', label: t.productivityScale, value: s.productivityScale, kind: 'x' } as const]),
    ];
  }

  protected renderResults(r: HeadcountPlan, _input: Record<string, unknown>): unknown {
    const t = this.t;
    const f = this.fmt;
    const ms = r.months;
    const paired = pairedLayout(
      ms.map((m) => ({ a: m.revenue, b: m.target, c: m.cumulativeRevenue, d: m.cumulativeTarget })),
    );
    const stacked = stackedLayout(
      ms.map((m) => ({ a: m.qualified, b: m.unqualified })),
      { height: 140 },
    );
    const names = ms.map((m) => this.monthName(m.month));
    const xLabels = (center: (i: number) => number, h: number) =>
      names.map((n, i) => svg`<text class="tick" x=${center(i)} y=${h - 6} text-anchor="middle">${n}</text>`);
    const grid = (ticks: { value: number; y: number }[], left: number, right: number, fmt: (v: number) => string) =>
      ticks.map(
        (k) =>
          svg`<line class="axis" x1=${left} x2=${right} y1=${k.y} y2=${k.y}></line><text class="tick" x=${left - 4} y=${k.y + 3} text-anchor="end">${fmt(k.value)}</text>`,
      );
    const worst = [...ms].sort((a, b) => b.gap - a.gap)[0]!;
    const rows: unknown[][] = [];
    let q: HeadcountMonth[] = [];
    const sum = (xs: HeadcountMonth[], k: 'hires' | 'revenue' | 'target' | 'gap' | 'share') =>
      xs.reduce((s, m) => s + m[k], 0);
    ms.forEach((m, i) => {
      rows.push([
        names[i],
        this.field({ path: `hires.${i}`, label: `${t.hires} · ${names[i]}`, bare: true }),
        html`${this.field({ path: `seasonality.${i}`, label: `${t.seasonality} · ${names[i]}`, bare: true })}<small
            class="weak"
            >${f.percent(m.share, 1)}</small
          >`,
        f.number(m.qualified, 1),
        f.number(m.unqualified, 1),
        f.money(m.revenue),
        f.money(m.target),
        html`<span class=${m.gap > 1e-6 ? 'bad' : 'ok'}>${f.money(m.gap)}</span>`,
        f.money(m.cumulativeRevenue),
        f.money(m.cumulativeTarget),
      ]);
      q.push(m);
      if (q.length === 3) {
        const k = (i + 1) / 3;
        rows.push([
          html`<strong>${t.quarter(k)}</strong>`,
          html`<strong>${f.number(sum(q, 'hires'), 1)}</strong>`,
          html`<strong>${f.percent(sum(q, 'share'), 1)}</strong>`,
          '',
          '',
          html`<strong>${f.money(sum(q, 'revenue'))}</strong>`,
          html`<strong>${f.money(sum(q, 'target'))}</strong>`,
          html`<strong>${f.money(sum(q, 'gap'))}</strong>`,
          f.money(m.cumulativeRevenue),
          f.money(m.cumulativeTarget),
        ]);
        q = [];
      }
    });
    return html`<figure part="revenue-chart">
        <figcaption>${t.revenueChart}</figcaption>
        <svg
          viewBox="0 0 ${paired.width} ${paired.height}"
          role="img"
          aria-label=${`${t.annualRevenue} ${f.money(r.annualRevenue)}, ${t.target} ${f.money(ms[11]!.cumulativeTarget)}; ${t.gap} ${names[worst.month - 1]} ${f.money(worst.gap)}`}
        >
          ${grid(paired.ticks, paired.left, paired.width - paired.right, (v) => f.compactMoney(v))}
          ${paired.cumTicks.map((k) => svg`<text class="tick" x=${paired.width - paired.right + 4} y=${k.y + 3}>${f.compactMoney(k.value)}</text>`)}
          ${paired.a.map((b) => rect(b, 'c2'))}${paired.b.map((b) => rect(b, 'c4'))}
          <path class="line c2" d=${paired.c}></path>
          <path class="line c4" d=${paired.d}></path>
          ${xLabels(paired.center, paired.height)}
        </svg>
        <p class="legend">
          <span><i class="key c2"></i>${t.revenue}</span><span><i class="key c4"></i>${t.target}</span
          ><span><i class="key solid"></i>${t.cumRevenue}</span><span><i class="key dash"></i>${t.cumTarget}</span>
        </p>
      </figure>
      <figure part="headcount-chart">
        <figcaption>${t.headcountChart}</figcaption>
        <svg
          viewBox="0 0 ${stacked.width} ${stacked.height}"
          role="img"
          aria-label=${ms
            .filter((m) => m.month % 3 === 0)
            .map(
              (m) =>
                `${names[m.month - 1]}: ${t.qualified} ${f.number(m.qualified, 1)}, ${t.ramping} ${f.number(m.unqualified, 1)}`,
            )
            .join('; ')}
        >
          ${grid(stacked.ticks, stacked.left, stacked.width - stacked.right, (v) => f.number(v, 1))}
          ${stacked.a.map((b) => rect(b, 'c2'))}${stacked.b.map((b) => rect(b, 'c4'))}
          ${xLabels(stacked.center, stacked.height)}
        </svg>
        <p class="legend">
          <span><i class="key c2"></i>${t.qualified}</span><span><i class="key c4"></i>${t.ramping}</span>
        </p>
      </figure>
      ${this.table('plan', t.plan, [t.month, `${t.hires} (${t.people})`, `${t.seasonality} (${t.weights})`, t.qualified, t.ramping, t.revenue, t.target, t.gap, t.cumRevenue, t.cumTarget], rows)}
      <p class="row no-print">
        <button type="button" @click=${() => this.setParam('seasonality', twelve(1))}>${t.evenSeasonality}</button
        >${this.revertBtn('seasonality', t.seasonality)}${this.revertBtn('hires', t.hires)}
        <button type="button" part="export-plan" @click=${() => this.exportPlan()}>${t.exportPlan}</button>
      </p>
      ${this.history_()?.render(this.input, (m) => this.monthName(m)) ?? nothing}
      ${
        this.development_(this.input)?.render(this.input, r, (m) => this.monthName(m)) ??
        html`<p class="row no-print">
          <button
            type="button"
            @click=${() => {
              this.devOpen = true;
              this.requestUpdate();
            }}
          >
            ${t.development}
          </button>
        </p>`
      }`;
  }

  // ---- what to tune ------------------------------------------------------------

  /**
   * The seed's step 5. With a most-hires-a-month: hire that many every month
   * and scale both productivities by the model's factor. Without one (the
   * solver's 1000 a month is no plan): keep the hiring plan and scale both
   * productivities by the factor that plan needs. Rounded up to the cent.
   */
  applyProductivity(): void {
    const r = this.result;
    const input = this.shown;
    const own = input.maxHiresPerMonth == null;
    const k = own ? r?.planProductivityScale : r?.suggestion.productivityScale;
    if (!k) return;
    const up = (v: unknown) => Math.ceil(Number(v) * k * 100 - 1e-6) / 100;
    if (!own) this.setParam('hires', twelve(Number(input.maxHiresPerMonth)));
    this.setParam('productivityQualified', up(input.productivityQualified));
    this.setParam('productivityUnqualified', up(input.productivityUnqualified));
  }

  /** Replace the hiring plan by the model's even hiring (zeros when the starting team suffices). */
  suggestEvenHiring(): void {
    const k = this.result?.suggestion.evenHires;
    if (k != null) this.setParam('hires', twelve(k));
  }

  protected renderAdvice(r: HeadcountPlan, input: Record<string, unknown>): unknown {
    const t = this.t;
    const f = this.fmt;
    const s = r.suggestion;
    const own = input.maxHiresPerMonth == null;
    const scale = own ? r.planProductivityScale : s.productivityScale;
    const short = r.months
      .filter((m) => m.gap > 1e-6)
      .sort((a, b) => b.gap - a.gap)
      .slice(0, 3);
    const even = r.months.every((m) => m.hires === s.evenHires);
    let step3: TemplateResult;
    if (s.evenHires === 0) step3 = html`${t.step3None}`;
    else if (s.evenHires !== null) step3 = html`${t.step3(f.integer(s.evenHires))}`;
    else step3 = html`${t.step3Infeasible(f.integer(Number(input.maxHiresPerMonth ?? 1000)))}`;
    return html`<ol>
      <li>
        ${t.step2(f.number(Number(input.startQualified), 1), f.number(Number(input.startUnqualified), 1), f.percent(Number(input.monthlyRetention), 2))}
      </li>
      <li class=${s.feasible ? '' : 'bad'}>
        ${step3}
        ${
          s.evenHires !== null && !even
            ? html` <button type="button" class="brand no-print" @click=${this.suggestEvenHiring}>${t.suggest}</button>`
            : nothing
        }
      </li>
      <li class=${short.length ? '' : 'ok'}>
        ${short.length ? t.step4(short.map((m) => `${this.monthName(m.month)} ${f.money(m.gap)}`).join(', ')) : t.step4Fits}
      </li>
      ${
        s.feasible
          ? nothing
          : html`<li class="bad" data-step="productivity">
              ${
                scale === null
                  ? t.step3Infeasible(f.integer(Number(input.maxHiresPerMonth ?? 1000)))
                  : html`${(own ? t.step5Plan : t.step5)(f.number(scale, 3), `${f.signed((scale - 1) * 100)}%`)}
                      <button type="button" class="no-print" @click=${this.applyProductivity}>
                        ${own ? t.applyPlanScale : t.applyScale}
                      </button>`
              }
            </li>`
      }
    </ol>`;
  }

  /** CSV and Excel: the twelve months as the plan table shows them. */
  protected override exportTables(r: HeadcountPlan): ExportTable[] {
    return headcountTables(r, this.t, this.fmt.currency, (m) => this.monthName(m));
  }
}
