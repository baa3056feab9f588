import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  assessChurn,
  CHURN_CAUSES,
  CHURN_SIGNAL_CODES,
  resolveChurnRules,
  SIGNAL_CAUSE,
  type Account,
  type ChurnAssessment,
  type ChurnCause,
  type ChurnRow,
  type ChurnRules,
  type ChurnSignal,
  type ChurnSummary,
} from '../../src/models/churn.js';
import { worstLevel } from '../../src/models/signals.js';
import { CHURN, type ChurnStrings } from '../../src/i18n/churn-alerts.js';
import { formatMonth } from '../../src/i18n/risk.js';
import { sparkline } from '../../src/charts/sparkline.js';
import { GRID_LEVELS, riskGrid, sortTiers, type GridLevel } from '../../src/charts/risk-grid.js';
import {
  inRenewalWindow,
  keyIndexByInput,
  keyList,
  parseTierOrder,
  renewalSortKey,
  riskGridCounts,
  rowsWithSignal,
  tierOrderFromModel,
  type GridCounts,
} from '../../src/charts/risk-summary.js';
import { signalMask, signalShifts, type RiskFacets, type RiskModel } from '../../src/worker/risk-engine.js';
import { overlayChurnRules, type Overlaid } from '../../src/worker/rules-overlay.js';
import {
  AGGREGATE_STEP,
  drain,
  RiskPanel,
  type CsvColumn,
  type FilterControl,
  type Filters,
  type RiskSelectDetail,
  type SortChoice,
} from '../shared/risk-panel.js';
import { churnPanelStyles } from './churn-alert-panel.styles.js';

/** Detail of `revops-select` on `<churn-alert-panel>`. */
export type ChurnSelectDetail = RiskSelectDetail<ChurnRow, Account>;

/** Rules shown as percentages in the editor. */
const PERCENT: ReadonlySet<keyof ChurnRules> = new Set([
  'usageDropWarn',
  'usageDropCritical',
  'activeUsersDropWarn',
  'activeUsersDropCritical',
  'lowUsageRate',
]);
const WHOLE: ReadonlySet<keyof ChurnRules> = new Set(['usageLookbackMonths']);
const RULE_KEYS = Object.keys(resolveChurnRules()) as (keyof ChurnRules)[];
const SHIFTS = signalShifts(CHURN_SIGNAL_CODES);
const CAUSE_MASK = Object.fromEntries(
  CHURN_CAUSES.map((c) => [
    c,
    signalMask(
      SHIFTS,
      CHURN_SIGNAL_CODES.filter((code) => SIGNAL_CAUSE[code] === c),
    ),
  ]),
) as Record<ChurnCause, number>;
const RENEWAL = SHIFTS.get('renewal-at-risk')!;

/**
 * Churn early warning (用户流失预警) for customer success: accounts by risk
 * with ARR, renewal countdown, level and likely causes. An open row shows the
 * seed's chain cause → symptom → response (原因触发 → 现象异常 → 响应), the
 * playbook, and a usage sparkline from the monthly series. When accounts
 * carry a value tier (a `tier` field, or the `tiers` property fed from
 * `customer-value-card`), a value × risk grid shows where to act first.
 * Filters, keyboard list, rules editor, CSV export and events as in
 * opportunity-alert-panel.
 *
 * Input (`data`): `{ asOf?, accounts: [...], rules? }` as in MODELS.md §5,
 * the list alone, or one account (an object with an `id`, bare or with its
 * `asOf`: the compact card). Without `asOf` the panel uses today's UTC date
 * and says so. Rules: the host's (the `model` channel, else `data.rules`,
 * else the defaults) with the values the user changed on top.
 *
 * Value tiers run highest first in the grid and the tier filter: in the
 * order of the `tier-order` attribute, else of the provider's `customer`
 * tiering model (tiers by minScore descending), else A–Z (natural order).
 *
 * @tag churn-alert-panel
 * @customElement churn-alert-panel
 * @summary Churn early warning: ARR, renewal countdown, causes, cause → symptom → response, playbook, usage sparkline, value × risk grid.
 *
 * @fires revops-change - A new assessment: `detail` is the assessChurn output `{ rows, summary, invalid }`.
 * @fires revops-select - A row was opened, or the card's head activated: `detail` is `{ id, result, index, record }`.
 * @fires revops-invalid - Input could not be used (`detail.source` data, model or rules), or some rows could not (`source: 'rows'`, paths like `accounts.4.csat`, the model's messages).
 *
 * @csspart base - The panel frame.
 * @csspart header - Title and the as-of date.
 * @csspart as-of - The date the assessment is as of.
 * @csspart summary - Counts, ARR at risk, renewals at risk.
 * @csspart counts - Counts per level.
 * @csspart arr-at-risk - The ARR at risk.
 * @csspart renewals - Accounts renewing soon with signals.
 * @csspart assessed - Rows assessed and rows skipped.
 * @csspart invalid - Rows that could not be assessed, with their field paths.
 * @csspart filters - Filters, search, sort and export.
 * @csspart count - How many rows are shown.
 * @csspart list - The scrolling list.
 * @csspart row - A row's button (opens the row).
 * @csspart level - A level badge.
 * @csspart detail - An open row's details.
 * @csspart chain - The cause → symptom → response table.
 * @csspart playbook - The playbook actions.
 * @csspart sparkline - The usage sparkline.
 * @csspart sparkline-table - The sparkline's figures, month by month.
 * @csspart card - The compact card for one account.
 * @csspart grid - The value × risk view.
 * @csspart grid-table - The grid's figures (and filter buttons).
 * @csspart rules - The rules editor.
 * @csspart rules-source - Which rules are in use.
 * @csspart empty - Nothing to show (no data, or no rows).
 * @csspart no-match - No row matches the filters.
 * @csspart progress - Progress while a large list is assessed.
 * @csspart export - The CSV export button.
 * @csspart error - The alert listing bad fields.
 * @csspart loading - Loading status.
 * @csspart notice - Storage notice.
 *
 * @cssprop --revops-level-critical - Colour of critical (also --revops-level-warning, --revops-level-ok).
 * @cssprop --revops-color-brand - Brand colour (sparkline, grid shade, buttons).
 * @cssprop --revops-list-height - Maximum height of the list before it scrolls (default 28rem).
 * @cssprop --revops-row-height - Height of a closed row (default 2.75rem; --revops-row-height-narrow in narrow containers).
 * @cssprop --revops-font-family - Font stack.
 * @cssprop --revops-radius - Corner radius.
 */
export class ChurnAlertPanel extends RiskPanel<ChurnRow, Account, ChurnRules, ChurnSummary> {
  static override styles = [...RiskPanel.styles, churnPanelStyles];

  /** Value tier per account id (e.g. from `customer-value-card` results); wins over each account's `tier` field. */
  @property({ attribute: false }) tiers?: Readonly<Record<string, string>>;

  /**
   * Tier keys from the highest value to the lowest (`"Strategic, Growth, Core"`):
   * the order of the value × risk grid and the tier filter. Without it, the
   * provider's `customer` tiering model gives the order (its tiers by minScore
   * descending), else the keys sort A–Z.
   */
  @property({ attribute: 'tier-order' }) tierOrder?: string;

  protected readonly kind = 'accounts' as const;
  protected readonly assess = assessChurn as RiskModel;
  protected readonly signalCodes = CHURN_SIGNAL_CODES;
  private tierKeys: string[] = [];
  private gridCounts: GridCounts = new Map();
  private renewingAtRisk = 0;
  /** Per input row: the position of its tier in `tierList` ('' for none). */
  private tierIdx: Int32Array = new Int32Array(0);
  private tierList: string[] = [];

  get t(): ChurnStrings {
    return CHURN[this.loc];
  }

  protected resolveRules(raw: unknown): ChurnRules {
    return resolveChurnRules(raw);
  }

  protected overlayRules(host: ChurnRules, overlay: unknown): Overlaid {
    return overlayChurnRules(host, overlay);
  }

  /** One account given on its own: an object with an id (and no `accounts` list). */
  protected isRecord(v: Record<string, unknown>): boolean {
    return v.id !== undefined;
  }

  protected panelTitle(): string {
    return this.t.title;
  }

  protected listWord(): string {
    return CHURN[this.locale].listWord;
  }

  protected nothingToShow(): string {
    return this.t.nothingToShow;
  }

  /** The value tier of an account ('' when it has none). */
  tierOf(rec: Account): string {
    return this.tiers?.[rec.id] ?? rec.tier ?? '';
  }

  /** Tier keys from the highest value: the tier-order attribute, else the provider's customer model, else none (A–Z). */
  tierOrderKeys(): string[] | null {
    return parseTierOrder(this.tierOrder) ?? tierOrderFromModel(this.context?.models?.['customer']);
  }

  protected override viewDep(): unknown {
    return this.tiers;
  }

  protected override displayDeps(): readonly unknown[] {
    return [this.tierOrder, this.context?.models];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('tiers') && this.assessed && this.rules) drain(this.aggregate(this.assessed, this.rules));
  }

  /** Tiers present, renewals at risk, and the value × risk counts (all rows), in slices: pure functions of src/charts/risk-summary.ts. */
  protected override *aggregate(
    s: { facets: RiskFacets; list: readonly unknown[] },
    _rules: ChurnRules,
  ): Generator<void, void, void> {
    const f = s.facets;
    const list = s.list;
    const keys = new Map<string, number>();
    const tierIdx = new Int32Array(list.length);
    for (let from = 0; from < list.length; from += AGGREGATE_STEP) {
      keyIndexByInput(
        list,
        (r) => (r ? this.tierOf(r as Account) : ''),
        keys,
        tierIdx,
        from,
        Math.min(list.length, from + AGGREGATE_STEP),
      );
      yield;
    }
    const tiers = keyList(keys);
    const counts: GridCounts = new Map();
    let renewing = 0;
    const n = f.level.length;
    for (let from = 0; from < n; from += AGGREGATE_STEP) {
      const to = Math.min(n, from + AGGREGATE_STEP);
      riskGridCounts(f, (k) => tiers[tierIdx[f.index[k]!]!] ?? '', from, to, counts);
      renewing += rowsWithSignal(f, RENEWAL, from, to);
      yield;
    }
    this.tierIdx = tierIdx;
    this.tierList = tiers;
    this.gridCounts = counts;
    this.tierKeys = [...counts.keys()].filter((t) => t !== '');
    this.renewingAtRisk = renewing;
  }

  /** A plain-words name for a bad field's path (rows and rules). */
  protected override fieldLabel(path: string): string | undefined {
    const parts = path.split('.');
    if (parts[0] === 'rules' && parts[1]) return this.t.rulesNames[parts[1] as keyof ChurnRules];
    if (parts[0] === 'accounts' && parts.length > 2)
      return this.t.rowFields[parts[parts.length - 1]!] ?? this.t.rowFields[parts[2]!];
    return undefined;
  }

  // ---- words ---------------------------------------------------------------------

  private month(m: string): string {
    return formatMonth(m, this.loc);
  }

  /** A signal's numbers in words. */
  signalText(s: ChurnSignal): string {
    const t = this.t;
    const f = this.f;
    switch (s.code) {
      case 'usage-drop':
        return t.drop(
          t.usageRate,
          f.percent(s.detail.latest),
          this.month(s.detail.latestMonth),
          f.percent(s.detail.drop),
          f.percent(s.detail.baseline),
          s.detail.baselinePoints,
        );
      case 'active-users-drop':
        return t.drop(
          t.activeUsers,
          f.integer(s.detail.latest),
          this.month(s.detail.latestMonth),
          f.percent(s.detail.drop),
          f.number(s.detail.baseline, 1),
          s.detail.baselinePoints,
        );
      case 'low-usage':
        return t.lowUsage(f.percent(s.detail.latest), this.month(s.detail.latestMonth), f.percent(s.detail.threshold));
      case 'ticket-spike':
        return t.ticketSpike(
          f.integer(s.detail.last30d),
          f.number(s.detail.baseline30d, 1),
          s.detail.ratio === null ? null : f.number(s.detail.ratio, 2),
        );
      case 'escalation':
        return t.escalation(f.integer(s.detail.escalated));
      case 'detractor':
        return t.detractor(f.number(s.detail.nps, 1));
      case 'low-csat':
        return t.lowCsat(f.number(s.detail.csat, 1));
      case 'payment-overdue':
        return t.paymentOverdue(f.integer(s.detail.overdueDays));
      case 'contact-changed':
        return t.contactChanged;
      case 'renewal-at-risk':
        return t.renewalAtRisk(f.integer(s.detail.daysToRenewal), this.day(s.detail.renewalDate));
      default:
        return t.event(
          f.integer(s.detail.count),
          this.day(s.detail.lastAt),
          f.integer(s.detail.daysAgo),
          f.integer(this.rules?.eventWindowDays),
        );
    }
  }

  private renewalText(row: ChurnRow, rec: Account): string {
    const d = row.daysToRenewal;
    if (d === null) return this.t.noRenewal;
    return d >= 0
      ? this.t.renewsIn(this.f.integer(d), this.day(rec.renewalDate))
      : this.t.renewalPassed(this.f.integer(-d), this.day(rec.renewalDate));
  }

  // ---- filters, sort, CSV ----------------------------------------------------------

  protected filterControls(): FilterControl[] {
    const t = this.t;
    const out: FilterControl[] = [
      {
        key: 'cause',
        label: t.cause,
        options: [{ value: '', label: t.allCauses }, ...CHURN_CAUSES.map((c) => ({ value: c, label: t.causes[c] }))],
      },
    ];
    if (this.tierKeys.length)
      out.push({
        key: 'tier',
        label: t.tier,
        options: [
          { value: '', label: t.allTiers },
          ...sortTiers(this.tierKeys, this.tierOrderKeys()).map((k) => ({ value: k, label: k })),
          { value: '-', label: t.noTier },
        ],
      });
    out.push({ key: 'renewal', label: t.renewalOnly });
    return out;
  }

  protected rowMatches(k: number, f: Filters): boolean {
    const fc = this.facets;
    if (f.cause && (fc.signals[k]! & (CAUSE_MASK[f.cause as ChurnCause] ?? 0)) === 0) return false;
    if (f.renewal === '1' && ((fc.signals[k]! >>> RENEWAL) & 3) === 0) return false;
    if (f.tier && (this.tierList[this.tierIdx[fc.index[k]!]!] || '-') !== f.tier) return false;
    return true;
  }

  protected sortChoices(): SortChoice[] {
    const t = this.t;
    return [
      { key: 'arr', label: t.sortArr, value: (k) => this.facets.money[k], dir: -1 },
      // Coming renewals soonest first, then lapsed ones, then none.
      { key: 'renewal', label: t.sortRenewal, value: (k) => renewalSortKey(this.facets.numbers[0]![k]), dir: 1 },
      this.nameSort(),
    ];
  }

  protected csvColumns(): CsvColumn<ChurnRow, Account>[] {
    return [
      { header: 'id', value: (r) => r.id },
      { header: 'name', value: (_r, a) => a.name },
      { header: 'tier', value: (_r, a) => this.tierOf(a) },
      { header: 'arr', value: (_r, a) => a.arr },
      { header: 'renewalDate', value: (_r, a) => a.renewalDate },
      { header: 'daysToRenewal', value: (r) => r.daysToRenewal },
      { header: 'level', value: (r) => r.level },
      { header: 'riskScore', value: (r) => r.riskScore },
      { header: 'causes', value: (r) => r.causes.join(';') },
      { header: 'signals', value: (r) => r.signals.map((s) => `${s.code}:${s.level}`).join(';') },
      { header: 'actions', value: (r) => r.actions.join(';') },
    ];
  }

  // ---- rendering ---------------------------------------------------------------------

  protected renderSummary(result: ChurnAssessment): TemplateResult {
    const t = this.t;
    const f = this.f;
    return html`<div part="summary" class="summary">
      ${this.renderLevelCounts(result.summary)}
      <dl class="figures">
        <div>
          <dt>${t.arrAtRisk}</dt>
          <dd part="arr-at-risk" data-value=${result.summary.arrAtRisk}>${f.money(result.summary.arrAtRisk)}</dd>
        </div>
        <div>
          <dt>${t.renewingAtRiskLabel}</dt>
          <dd part="renewals" data-count=${this.renewingAtRisk}>${f.integer(this.renewingAtRisk)}</dd>
        </div>
        ${this.renderRowsFigure(result)}
      </dl>
    </div>`;
  }

  protected renderColumns(): TemplateResult {
    const t = this.t;
    return html`<span>${t.name}</span><span class="num">${t.arr}</span><span class="num">${t.renewal}</span
      ><span>${this.r.level}</span><span>${t.causesCol}</span>`;
  }

  protected renderRowHead(row: ChurnRow, rec: Account): TemplateResult {
    const t = this.t;
    const f = this.f;
    const tier = this.tierOf(rec);
    const d = row.daysToRenewal;
    const soon = inRenewalWindow(d, this.rules?.renewalWindowDays ?? 90);
    return html`<span class="cell name"
        >${rec.name ?? rec.id}${tier ? html`<span class="key" title=${t.tier}><span class="visually-hidden">${t.tier}: </span>${tier}</span>` : nothing}</span
      >
      <span class="cell num arr"><span class="visually-hidden">${t.arr}: </span>${f.money(rec.arr ?? 0)}</span>
      <span class="cell num renewal ${soon ? 'soon' : ''} ${d !== null && d < 0 ? 'past' : ''}" data-days=${d ?? ''}
        ><span class="visually-hidden">${t.renewal}: </span
        >${soon ? clock : nothing}${d === null ? '—' : d >= 0 ? t.renewalShort(f.integer(d)) : t.renewalAgoShort(f.integer(-d))}${
          soon ? html`<span class="visually-hidden"> (${t.renewingSoon})</span>` : nothing
        }</span
      >
      <span class="cell level">${this.levelBadge(row.level)}</span>
      <span class="cell chips"
        >${row.causes.map((c) => {
          const sig = row.signals.filter((s) => s.cause === c);
          return html`<span
            class="chip lvl-${worstLevel(sig)}"
            data-cause=${c}
            title=${sig.map((s) => t.signalNames[s.code]).join(', ')}
            >${t.causes[c]}</span
          >`;
        })}</span
      >`;
  }

  protected renderRowDetail(row: ChurnRow, rec: Account, _index: number, _compact: boolean): TemplateResult {
    const t = this.t;
    const r = this.r;
    return html`<p class="renewal-line">${this.renewalText(row, rec)}</p>
      ${
        row.signals.length
          ? html`<section>
                <h3>${t.chain}</h3>
                <div class="table-wrap">
                  <table part="chain" class="chain">
                    <caption class="visually-hidden">
                      ${t.chain}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">${t.chainCause}</th>
                        <th scope="col">${t.chainSymptom}</th>
                        <th scope="col">${t.chainResponse}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${row.causes.map((c, i) => {
                        const sig = row.signals.filter((s) => s.cause === c);
                        const action = row.actions[i]!;
                        return html`<tr data-cause=${c}>
                          <th scope="row"><span class="chip lvl-${worstLevel(sig)}">${t.causes[c]}</span></th>
                          <td>
                            <ul class="signal-list">
                              ${sig.map(
                                (s) =>
                                  html`<li data-code=${s.code}>
                                    <span class="badge lvl-${s.level}">${r.levels[s.level]}</span>
                                    <strong>${t.signalNames[s.code]}</strong> — ${this.signalText(s)}
                                  </li>`,
                              )}
                            </ul>
                          </td>
                          <td>→ ${t.actions[action].title}</td>
                        </tr>`;
                      })}
                    </tbody>
                  </table>
                </div>
              </section>
              <section part="playbook">
                <h3>${t.playbook}</h3>
                <ol class="playbook">
                  ${row.actions.map(
                    (a) =>
                      html`<li data-action=${a}>
                        <strong>${t.actions[a].title}</strong>
                        <ul>
                          ${t.actions[a].steps.map((s) => html`<li>${s}</li>`)}
                        </ul>
                      </li>`,
                  )}
                </ol>
              </section>`
          : html`<p class="weak">${r.noSignals}</p>`
      }
      ${this.renderSparkline(rec)}`;
  }

  /** Usage by month: points at their month (a missing month is a gap), with the same figures in a table. */
  private renderSparkline(rec: Account): TemplateResult | typeof nothing {
    const usage = [...(rec.usage ?? [])].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
    const t = this.t;
    const f = this.f;
    let series = usage.filter((p) => p.usageRate != null).map((p) => ({ label: p.month, value: p.usageRate! }));
    let what = t.usageRate;
    let fmt = (v: number) => f.percent(v);
    let domain: [number, number] | undefined = [0, 1];
    if (!series.length) {
      series = usage.filter((p) => p.activeUsers != null).map((p) => ({ label: p.month, value: p.activeUsers! }));
      what = t.activeUsers;
      fmt = (v) => f.integer(v);
      domain = undefined;
    }
    if (!series.length) return nothing;
    const w = 200;
    const h = 48;
    const s = sparkline(series, { width: w, height: h, pad: 5, domain });
    const first = s.points[0]!;
    const last = s.points[s.points.length - 1]!;
    const value = (v: number | null) => (v === null ? t.noValue : fmt(v));
    const label = `${t.usageSummary(what, fmt(first.value), this.month(first.label), fmt(last.value), this.month(last.label), series.length)}: ${s.months
      .map((p) => `${this.month(p.label)} ${value(p.value)}`)
      .join(', ')}`;
    return html`<section>
      <h3>${t.usage}</h3>
      <figure class="chart spark">
        <svg part="sparkline" viewBox="0 0 ${w} ${h}" width=${w} height=${h} role="img" aria-label=${label}>
          <path class="spark" d=${s.path}></path>
          ${s.points.map((p) => svg`<circle class="spark" cx=${p.x} cy=${p.y} r="2.5"></circle>`)}
        </svg>
        <figcaption class="weak">
          ${what}: ${fmt(first.value)} (${this.month(first.label)}) → ${fmt(last.value)} (${this.month(last.label)})
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
                  <th scope="row">${this.month(p.label)}</th>
                  <td class="num ${p.value === null ? 'weak' : ''}">${value(p.value)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </section>`;
  }

  protected renderViews(): TemplateResult | typeof nothing {
    if (!this.tierKeys.length) return nothing;
    const t = this.t;
    const r = this.r;
    const f = this.f;
    const counts = this.gridCounts;
    const tiers = sortTiers(counts.keys(), this.tierOrderKeys());
    const width = 360;
    const g = riskGrid(tiers, counts, { width, labelWidth: 72 });
    const tierName = (k: string) => k || t.noTier;
    const summary = t.gridSummary(
      g.cells
        .filter((c) => c.count)
        .map((c) => t.gridPart(tierName(c.tier), r.levels[c.level], f.integer(c.count), f.money(c.money)))
        .join('; ') +
        (g.cells.some((c) => c.actFirst)
          ? `. ${t.actFirst}: ${g.cells
              .filter((c) => c.actFirst)
              .map((c) => `${tierName(c.tier)} ${r.levels[c.level]}`)
              .join('')}`
          : ''),
    );
    const f0 = this.filters;
    return html`<details part="grid" class="grid-view" open>
      <summary>${t.grid}</summary>
      <div class="body">
        <p class="weak">${t.gridHint}</p>
        <figure class="chart">
          <svg viewBox="0 0 ${g.width} ${g.height + 2}" role="img" aria-label=${summary}>
            ${GRID_LEVELS.map((l, i) => svg`<text x=${g.x0 + (i + 0.5) * g.cellWidth} y="14" text-anchor="middle">${r.levels[l]}</text>`)}
            ${g.tiers.map((k, i) => svg`<text x=${g.x0 - 6} y=${g.y0 + i * 34 + 21} text-anchor="end">${tierName(k)}</text>`)}
            ${g.cells.map(
              (c) => svg`<g class="cell lvl-${c.level} ${c.actFirst ? 'first' : ''}">
                <rect x=${c.x + 1} y=${c.y + 1} width=${c.width - 2} height=${c.height - 2} rx="3" style="fill-opacity: ${0.08 + c.shade * 0.6}"></rect>
                <text x=${c.x + c.width / 2} y=${c.y + c.height / 2 + 4} text-anchor="middle">${c.count ? f.integer(c.count) : ''}</text>
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
            <tbody>
              ${g.tiers.map(
                (k) =>
                  html`<tr data-tier=${k || '-'}>
                    <th scope="row">${tierName(k)}</th>
                    ${GRID_LEVELS.map((l) => {
                      const c = g.cells.find((x) => x.tier === k && x.level === l)!;
                      const on = f0.tier === (k || '-') && f0.level === l;
                      return html`<td class="num ${c.actFirst ? 'first' : ''}">
                        ${
                          c.count
                            ? html`<button
                                  type="button"
                                  class="cell-button"
                                  aria-pressed=${on ? 'true' : 'false'}
                                  data-level=${l}
                                  @click=${() => this.filterCell(k || '-', l, on)}
                                >
                                  ${f.integer(c.count)} · ${f.compactMoney(c.money)}</button
                                >${c.actFirst ? html` <strong class="first-note">${t.actFirst}</strong>` : nothing}`
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

  /** Show one grid cell in the list (again: all rows). */
  private filterCell(tier: string, level: GridLevel, on: boolean): void {
    const next = { ...this.filters };
    if (on) {
      delete next.tier;
      delete next.level;
    } else {
      next.tier = tier;
      next.level = level;
    }
    this.filters = next;
    this.active = 0;
    this.save();
  }

  protected renderRulesFields(rules: ChurnRules): TemplateResult {
    const names = this.t.rulesNames;
    return html`<div class="grid">
      ${RULE_KEYS.map((k) =>
        this.numberField(
          `r-${k}`,
          names[k],
          rules[k],
          `rules.${k}`,
          (v) => this.tuneAt([k], v),
          PERCENT.has(k) ? 100 : 1,
          WHOLE.has(k) ? '1' : 'any',
        ),
      )}
    </div>`;
  }
}

/** Said with the text "renewing soon" too (not colour alone). */
const clock = html`<svg
  class="soon-icon"
  viewBox="0 0 16 16"
  width="12"
  height="12"
  aria-hidden="true"
  focusable="false"
>
  <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
  <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"></path>
</svg>`;
