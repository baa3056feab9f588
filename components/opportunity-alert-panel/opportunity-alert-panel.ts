import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  assessOpportunities,
  OPPORTUNITY_SIGNAL_CODES,
  resolvePipelineRules,
  SIGNAL_DIMENSION,
  type Opportunity,
  type OpportunityAssessment,
  type OpportunityDimension,
  type OpportunityRow,
  type OpportunitySignal,
  type OpportunitySummary,
  type PipelineRules,
} from '../../src/models/opportunities.js';
import { worstLevel } from '../../src/models/signals.js';
import { OPPORTUNITY, type OpportunityStrings } from '../../src/i18n/opportunity-alerts.js';
import { stageCycleLayout, stageCycleOf, type StageCycleStat } from '../../src/charts/stage-cycle.js';
import {
  assessedInputs,
  collectTexts,
  keyAccountsAtRisk,
  keyIndexByInput,
  planRowKey,
  planStepKey,
  repeatedIds,
  sortTexts,
} from '../../src/charts/risk-summary.js';
import {
  FLAG_KEY_ACCOUNT,
  signalAt,
  signalMask,
  signalShifts,
  type RiskFacets,
  type RiskModel,
} from '../../src/worker/risk-engine.js';
import { overlayPipelineRules, type Overlaid } from '../../src/worker/rules-overlay.js';
import {
  AGGREGATE_STEP,
  RiskPanel,
  type CsvColumn,
  type FilterControl,
  type Filters,
  type RiskSelectDetail,
  type SortChoice,
} from '../shared/risk-panel.js';
import { opportunityPanelStyles } from './opportunity-alert-panel.styles.js';

/** Detail of `revops-select` on `<opportunity-alert-panel>`. */
export type OpportunitySelectDetail = RiskSelectDetail<OpportunityRow, Opportunity>;

const DIMS: readonly OpportunityDimension[] = ['info', 'action', 'cycle'];
const SHIFTS = signalShifts(OPPORTUNITY_SIGNAL_CODES);
const DIM_MASK: Readonly<Record<OpportunityDimension, number>> = {
  info: signalMask(
    SHIFTS,
    OPPORTUNITY_SIGNAL_CODES.filter((c) => SIGNAL_DIMENSION[c] === 'info'),
  ),
  action: signalMask(
    SHIFTS,
    OPPORTUNITY_SIGNAL_CODES.filter((c) => SIGNAL_DIMENSION[c] === 'action'),
  ),
  cycle: signalMask(
    SHIFTS,
    OPPORTUNITY_SIGNAL_CODES.filter((c) => SIGNAL_DIMENSION[c] === 'cycle'),
  ),
};
const OVERDUE = SHIFTS.get('stage-overdue')!;
/** Rules paths whose names the editor shows (for the plain-words label of a bad value). */
const STAGE_FIELDS: ReadonlySet<string> = new Set([
  'standardDays',
  'maxIdleDays',
  'requiredFields',
  'requiredActivities',
]);
const THRESHOLDS: ReadonlySet<string> = new Set([
  'completenessWarn',
  'completenessCritical',
  'cycleWarn',
  'cycleCritical',
  'idleCriticalFactor',
]);
const ACTIVITY = /^([^:：\s]+)\s*[:：×x]\s*(\d+)$/;

/** `call:2, visit:1` → { call: 2, visit: 1 }; null when a part is not `type:count`. */
export function parseActivities(text: string): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const part of text.split(/[,，;；]/)) {
    const p = part.trim();
    if (!p) continue;
    const m = ACTIVITY.exec(p);
    if (!m) return null;
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

/**
 * Opportunity alerts (商机预警) for a pipeline or a single opportunity: each
 * opportunity checked on information completeness, follow-up actions and
 * stage cycle, with levels, signals and suggested responses; key accounts
 * get a response plan (预案). A header with counts per level, the amount at
 * risk and key accounts at risk; a filterable, sortable, virtualised list
 * whose rows open with the keyboard; a team chart of days in stage against
 * the standard; a rules editor; CSV export. One opportunity (the object
 * itself, `{ asOf, ...opportunity }`, or a list of one) renders as a compact
 * card for a record page.
 *
 * Input (`data`): `{ asOf?, opportunities: [...], rules? }` as in MODELS.md
 * §2, the list alone, or one opportunity. Without `asOf` the panel uses
 * today's UTC date and says so. Rules: the host's (the `model` channel, else
 * `data.rules`, else the defaults) with the values the user changed in the
 * editor on top.
 *
 * @tag opportunity-alert-panel
 * @customElement opportunity-alert-panel
 * @summary Opportunity alerts: levels, signals by dimension, suggestions, response plans, team view, rules editor, CSV.
 *
 * @fires revops-change - A new assessment: `detail` is the assessOpportunities output `{ rows, summary, invalid }` (for a list assessed in the worker, `rows` is built when first read).
 * @fires revops-select - A row was opened, or the card's head activated: `detail` is `{ id, result, index, record }` (the model row, its input index and input row).
 * @fires revops-invalid - Input could not be used (`detail.source` data, model or rules), or some rows could not (`source: 'rows'`, paths like `opportunities.3.amount`, the model's messages).
 *
 * @csspart base - The panel frame.
 * @csspart header - Title and the as-of date.
 * @csspart as-of - The date the assessment is as of.
 * @csspart summary - Counts, amount at risk, key accounts at risk, rows assessed.
 * @csspart counts - Counts per level.
 * @csspart amount-at-risk - The amount at risk.
 * @csspart key-at-risk - Key accounts at risk (count · amount).
 * @csspart assessed - Rows assessed and rows skipped.
 * @csspart invalid - Rows that could not be assessed, with their field paths.
 * @csspart filters - Filters, search, sort and export.
 * @csspart count - How many rows are shown.
 * @csspart list - The scrolling list.
 * @csspart row - A row's button (opens the row), or the card's head.
 * @csspart level - A level badge.
 * @csspart detail - An open row's details.
 * @csspart card - The compact card for one opportunity.
 * @csspart plan - A key account's response plan.
 * @csspart team - The team view (chart and table).
 * @csspart chart - The team chart.
 * @csspart team-table - The team chart's figures.
 * @csspart rules - The rules editor.
 * @csspart rules-source - Which rules are in use.
 * @csspart progress - Progress while a large list is assessed.
 * @csspart export - The CSV export button.
 * @csspart empty - Nothing to show (no data, or no rows).
 * @csspart no-match - No row matches the filters.
 * @csspart error - The alert listing bad fields.
 * @csspart loading - Loading status.
 * @csspart notice - Storage notice, or rules changes that were dropped.
 *
 * @cssprop --revops-level-critical - Colour of critical (also --revops-level-warning, --revops-level-ok).
 * @cssprop --revops-color-brand - Brand colour (bars, buttons).
 * @cssprop --revops-list-height - Maximum height of the list before it scrolls (default 28rem).
 * @cssprop --revops-row-height - Height of a closed row (default 2.75rem; --revops-row-height-narrow in narrow containers).
 * @cssprop --revops-font-family - Font stack.
 * @cssprop --revops-radius - Corner radius.
 */
export class OpportunityAlertPanel extends RiskPanel<OpportunityRow, Opportunity, PipelineRules, OpportunitySummary> {
  static override styles = [...RiskPanel.styles, opportunityPanelStyles];

  protected readonly kind = 'opportunities' as const;
  protected readonly assess = assessOpportunities as RiskModel;
  protected readonly signalCodes = OPPORTUNITY_SIGNAL_CODES;
  private owners: string[] = [];
  private keyAtRisk = { count: 0, amount: 0 };
  private repeated: ReadonlySet<string> = new Set();
  /** Per input row: the position of its stage in the rules' stages (−1: none). */
  private stageIdx: Int32Array = new Int32Array(0);
  private teamKey: unknown = null;
  private team: StageCycleStat[] = [];
  private teamAll: StageCycleStat[] | null = null;

  get t(): OpportunityStrings {
    return OPPORTUNITY[this.loc];
  }

  protected resolveRules(raw: unknown): PipelineRules {
    return resolvePipelineRules(raw);
  }

  protected overlayRules(host: PipelineRules, overlay: unknown): Overlaid {
    return overlayPipelineRules(host, overlay);
  }

  /** One opportunity given on its own: it has an id and a stage. */
  protected isRecord(v: Record<string, unknown>): boolean {
    return v.id !== undefined && v.stage !== undefined;
  }

  protected panelTitle(): string {
    return this.t.title;
  }

  protected listWord(): string {
    return OPPORTUNITY[this.locale].listWord;
  }

  protected nothingToShow(): string {
    return this.t.nothingToShow;
  }

  /** Owners, key accounts at risk, the team view and repeated ids, in slices of input rows (pure functions of src/charts/risk-summary.ts). */
  protected override *aggregate(
    s: { facets: RiskFacets; list: readonly unknown[] },
    rules: PipelineRules,
  ): Generator<void, void, void> {
    const f = s.facets;
    const list = s.list;
    const n = list.length;
    const stages = new Map(rules.stages.map((st, i) => [st.key, i]));
    const stageIdx = new Int32Array(n);
    const assessed = assessedInputs(f, n);
    const owners = new Set<string>();
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (let from = 0; from < n; from += AGGREGATE_STEP) {
      const to = Math.min(n, from + AGGREGATE_STEP);
      keyIndexByInput(list, (r) => (r as Opportunity | null)?.stage, stages, stageIdx, from, to, false);
      collectTexts(list, assessed, (r) => (r as Opportunity).owner, from, to, owners);
      repeatedIds(list, from, to, seen, twice);
      yield;
    }
    const team = this.stats(f, stageIdx, rules, null);
    const sorted = sortTexts(owners, this.loc);
    const key = keyAccountsAtRisk(f);
    yield;
    this.stageIdx = stageIdx;
    this.owners = sorted;
    this.keyAtRisk = key;
    this.teamAll = team;
    this.teamKey = null;
    this.repeated = twice;
  }

  protected override searchText(rec: Opportunity): string {
    return rec.owner ?? '';
  }

  // ---- labels ------------------------------------------------------------------

  stageLabel(key: string): string {
    const s = this.rules?.stages.find((x) => x.key === key);
    return s?.label ?? this.t.stages[key] ?? key;
  }

  private fieldList(keys: readonly string[]): string {
    return keys.map((k) => this.t.fieldNames[k] ?? k).join(', ');
  }

  private activityList(counts: Readonly<Record<string, number>>): string {
    return Object.entries(counts)
      .map(([type, n]) => `${this.f.integer(n)} × ${this.t.activityNames[type] ?? type}`)
      .join(', ');
  }

  /** A plain-words name for a bad field's path (rows and rules). */
  protected override fieldLabel(path: string): string | undefined {
    const t = this.t;
    const parts = path.split('.');
    if (parts[0] === 'rules') {
      if (parts[1] === 'stages' && parts[2] !== undefined) {
        const stage = this.editorRules(this.rules ?? resolvePipelineRules()).stages[Number(parts[2])];
        const name = stage ? this.stageLabel(stage.key) : parts[2];
        const field = parts[3] && STAGE_FIELDS.has(parts[3]) ? (t[parts[3] as 'standardDays'] as string) : undefined;
        return field ? `${name} · ${field}` : name;
      }
      if (parts[1] === 'thresholds' && parts[2])
        return THRESHOLDS.has(parts[2]) ? (t[parts[2] as 'cycleWarn'] as string) : t.rowFields.thresholds;
      return parts[1] ? t.rowFields[parts[1]] : undefined;
    }
    if (parts[0] === 'opportunities' && parts.length > 2) {
      const last = parts[parts.length - 1]!;
      if (parts[2] === 'fields' && parts[3]) return t.fieldNames[parts[3]] ?? parts[3];
      return t.rowFields[last] ?? t.rowFields[parts[2]!];
    }
    return undefined;
  }

  protected override droppedNotice(keys: readonly string[]): string {
    return this.t.droppedStages(keys.map((k) => `“${this.t.stages[k] ?? k}”`).join(', '), keys.length);
  }

  /** A signal's numbers in words. */
  signalText(s: OpportunitySignal): string {
    const t = this.t;
    const f = this.f;
    switch (s.code) {
      case 'missing-fields':
        return t.missingFields(this.fieldList(s.detail.missing), f.percent(s.detail.completeness), s.detail.required);
      case 'stage-overdue':
        return t.stageOverdue(
          f.integer(s.detail.daysInStage),
          f.integer(s.detail.standardDays),
          f.number(s.detail.cycleRatio, 2),
        );
      case 'activity-shortfall':
        return t.shortfall(
          this.activityList(s.detail.shortfall),
          f.percent(s.detail.compliance),
          f.integer(s.detail.daysInStage),
          f.integer(s.detail.standardDays),
        );
      case 'idle':
        return t.idle(
          f.integer(s.detail.daysIdle),
          f.integer(s.detail.maxIdleDays),
          f.number(s.detail.criticalAfterDays, 1),
          s.detail.lastActivityAt === null ? null : this.day(s.detail.lastActivityAt),
        );
      case 'close-date-passed':
        return t.closePassed(this.day(s.detail.expectedCloseDate), f.integer(s.detail.daysPast));
    }
  }

  private planText(s: OpportunitySignal, rec: Opportunity): string {
    const p = this.t.planItems;
    switch (s.code) {
      case 'missing-fields':
        return p['missing-fields'](this.fieldList(s.detail.missing));
      case 'stage-overdue':
        return p['stage-overdue'](this.stageLabel(rec.stage), this.f.integer(s.detail.daysInStage));
      case 'activity-shortfall':
        return p['activity-shortfall'](this.activityList(s.detail.shortfall));
      case 'idle':
        return p.idle(this.f.integer(s.detail.daysIdle));
      case 'close-date-passed':
        return p['close-date-passed'](this.day(s.detail.expectedCloseDate));
    }
  }

  // ---- filters, sort, CSV ----------------------------------------------------------

  protected filterControls(): FilterControl[] {
    const t = this.t;
    const stages = this.rules?.stages ?? [];
    return [
      {
        key: 'dim',
        label: t.dimension,
        options: [{ value: '', label: t.allDims }, ...DIMS.map((d) => ({ value: d, label: t.dims[d] }))],
      },
      {
        key: 'owner',
        label: t.owner,
        options: [{ value: '', label: t.allOwners }, ...this.owners.map((o) => ({ value: o, label: o }))],
      },
      {
        key: 'stage',
        label: t.stage,
        options: [
          { value: '', label: t.allStages },
          ...stages.map((s) => ({ value: s.key, label: this.stageLabel(s.key) })),
        ],
      },
      { key: 'key', label: t.keyOnly },
    ];
  }

  protected rowMatches(k: number, f: Filters): boolean {
    const fc = this.facets;
    if (f.dim && (fc.signals[k]! & (DIM_MASK[f.dim as OpportunityDimension] ?? 0)) === 0) return false;
    if (f.key === '1' && (fc.flags[k]! & FLAG_KEY_ACCOUNT) === 0) return false;
    if (f.owner || f.stage) {
      const rec = this.recAt(k);
      if (f.owner && (rec.owner ?? '') !== f.owner) return false;
      if (f.stage && rec.stage !== f.stage) return false;
    }
    return true;
  }

  protected sortChoices(): SortChoice[] {
    const t = this.t;
    const fc = () => this.facets;
    return [
      { key: 'amount', label: t.sortAmount, value: (k) => fc().money[k], dir: -1 },
      { key: 'cycle', label: t.sortCycle, value: (k) => fc().numbers[1]![k], dir: -1 },
      { key: 'idle', label: t.sortIdle, value: (k) => fc().numbers[2]![k], dir: -1 },
      this.nameSort(),
    ];
  }

  protected csvColumns(): CsvColumn<OpportunityRow, Opportunity>[] {
    return [
      { header: 'id', value: (r) => r.id },
      { header: 'name', value: (_r, o) => o.name },
      { header: 'owner', value: (_r, o) => o.owner },
      { header: 'stage', value: (_r, o) => o.stage },
      { header: 'amount', value: (_r, o) => o.amount },
      { header: 'keyAccount', value: (r) => r.keyAccount },
      { header: 'level', value: (r) => r.level },
      { header: 'riskScore', value: (r) => r.riskScore },
      { header: 'completeness', value: (r) => r.metrics.completeness },
      { header: 'compliance', value: (r) => r.metrics.compliance },
      { header: 'daysInStage', value: (r) => r.metrics.daysInStage },
      { header: 'cycleRatio', value: (r) => r.metrics.cycleRatio },
      { header: 'daysIdle', value: (r) => r.metrics.daysIdle },
      { header: 'signals', value: (r) => r.signals.map((s) => `${s.code}:${s.level}`).join(';') },
      { header: 'suggestions', value: (r) => r.suggestions.join(';') },
    ];
  }

  // ---- rendering ---------------------------------------------------------------------

  protected renderSummary(result: OpportunityAssessment): TemplateResult {
    const t = this.t;
    const f = this.f;
    return html`<div part="summary" class="summary">
      ${this.renderLevelCounts(result.summary)}
      <dl class="figures">
        <div>
          <dt>${t.amountAtRisk}</dt>
          <dd part="amount-at-risk" data-value=${result.summary.amountAtRisk}>
            ${f.money(result.summary.amountAtRisk)}
          </dd>
        </div>
        <div>
          <dt>${t.keyAtRiskLabel}</dt>
          <dd part="key-at-risk" data-count=${this.keyAtRisk.count} data-amount=${this.keyAtRisk.amount}>
            ${t.keyAtRisk(f.integer(this.keyAtRisk.count), f.money(this.keyAtRisk.amount))}
          </dd>
        </div>
        ${this.renderRowsFigure(result)}
      </dl>
    </div>`;
  }

  protected renderColumns(): TemplateResult {
    const t = this.t;
    return html`<span>${t.name}</span><span class="secondary">${t.owner}</span><span class="secondary">${t.stage}</span
      ><span class="num">${t.amount}</span><span>${this.r.level}</span><span>${t.signalsCol}</span>`;
  }

  protected renderRowHead(row: OpportunityRow, rec: Opportunity): TemplateResult {
    const t = this.t;
    return html`<span class="cell name"
        >${rec.name ?? rec.id}${row.keyAccount ? html`<span class="key">${t.key}</span>` : nothing}</span
      >
      <span class="cell secondary owner"><span class="visually-hidden">${t.owner}: </span>${rec.owner ?? '—'}</span>
      <span class="cell secondary stage"
        ><span class="visually-hidden">${t.stage}: </span>${this.stageLabel(rec.stage)}</span
      >
      <span class="cell num amount"><span class="visually-hidden">${t.amount}: </span>${this.f.money(rec.amount)}</span>
      <span class="cell level">${this.levelBadge(row.level)}</span>
      <span class="cell chips"
        >${DIMS.map((d) => {
          const sig = row.signals.filter((s) => s.dimension === d);
          if (!sig.length) return nothing;
          const names = sig.map((s) => t.signalNames[s.code]).join(', ');
          return html`<span class="chip lvl-${worstLevel(sig)}" data-dim=${d} title=${names}
            >${t.dims[d]}${sig.length > 1 ? ` ×${sig.length}` : ''}<span class="visually-hidden">: ${names}</span></span
          >`;
        })}</span
      >`;
  }

  protected renderRowDetail(row: OpportunityRow, rec: Opportunity, index: number, compact: boolean): TemplateResult {
    const t = this.t;
    const r = this.r;
    const f = this.f;
    const m = row.metrics;
    const plan = row.suggestions.includes('key-account-response-plan');
    const metrics = html`<dl class="metrics">
      <div>
        <dt>${t.metricNames.completeness}</dt>
        <dd>${f.percent(m.completeness)}</dd>
      </div>
      <div>
        <dt>${t.metricNames.compliance}</dt>
        <dd>${f.percent(m.compliance)}</dd>
      </div>
      <div>
        <dt>${t.metricNames.daysInStage}</dt>
        <dd>${f.integer(m.daysInStage)}</dd>
      </div>
      <div>
        <dt>${t.metricNames.cycleRatio}</dt>
        <dd>${f.number(m.cycleRatio, 2)}×</dd>
      </div>
      <div>
        <dt>${t.metricNames.daysIdle}</dt>
        <dd>${f.integer(m.daysIdle)}</dd>
      </div>
    </dl>`;
    // The compact card: a key account's plan lists each signal with its step (no separate lists), the metrics fold away.
    if (compact && plan)
      return html`${this.renderPlan(row, rec, index, true)}
        <details class="more">
          <summary>${r.metrics}</summary>
          ${metrics}
        </details>`;
    return html`<section>
        <h3>${r.signals}</h3>
        ${
          row.signals.length
            ? html`<ul class="signal-list">
                ${row.signals.map((s) => html`<li data-code=${s.code}>${this.signalLine(s)}</li>`)}
              </ul>`
            : html`<p class="weak">${r.noSignals}</p>`
        }
      </section>
      ${
        compact
          ? html`<details class="more">
              <summary>${r.metrics}</summary>
              ${metrics}
            </details>`
          : html`<section>
              <h3>${r.metrics}</h3>
              ${metrics}
            </section>`
      }
      ${
        row.suggestions.length
          ? html`<section>
              <h3>${r.responses}</h3>
              <ul class="suggestions">
                ${row.suggestions.map((s) => html`<li data-suggestion=${s}>${t.suggestions[s]}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${plan ? this.renderPlan(row, rec, index, false) : nothing}`;
  }

  private signalLine(s: OpportunitySignal): TemplateResult {
    return html`<span class="badge lvl-${s.level}">${this.r.levels[s.level]}</span>
      <strong>${this.t.dims[s.dimension]} · ${this.t.signalNames[s.code]}</strong> — ${this.signalText(s)}`;
  }

  /**
   * The response plan: one step per signal; a tick is kept per row and per
   * signal (src/charts/risk-summary.ts planRowKey, planStepKey). On the
   * compact card each step carries its signal.
   */
  private renderPlan(row: OpportunityRow, rec: Opportunity, index: number, withSignals: boolean): TemplateResult {
    const t = this.t;
    const rowKey = planRowKey(row.id, index, this.repeated.has(row.id));
    const done = new Set(this.plan[rowKey] ?? []);
    const steps = row.signals.map((s) => ({ s, key: planStepKey(s, rec) }));
    const ticked = steps.filter((x) => done.has(x.key)).length;
    return html`<section part="plan" class="plan-section">
      <h3>${t.plan} <span class="weak">· ${t.planDone(ticked, row.signals.length)}</span></h3>
      <p class="weak">${this.storageKey ? t.planHintSaved : t.planHintSession}</p>
      <ul class="plan ${withSignals ? 'with-signals' : ''}">
        ${steps.map(
          ({ s, key }) =>
            html`<li data-code=${s.code}>
              <label for="plan-${index}-${s.code}"
                ><input
                  id="plan-${index}-${s.code}"
                  type="checkbox"
                  .checked=${done.has(key)}
                  data-step=${key}
                  @change=${(e: Event) => this.setPlanStep(rowKey, key, (e.target as HTMLInputElement).checked)}
                />
                ${
                  withSignals
                    ? html`<span
                        ><span class="signal">${this.signalLine(s)}</span>
                        <span class="step">→ ${this.planText(s, rec)}</span></span
                      >`
                    : html`<span>${this.planText(s, rec)}</span>`
                }</label
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  /** Team stats of the rows shown (filters apply; the order does not matter), per stage of the rules. */
  private teamStats(): StageCycleStat[] {
    if (!this.query.trim() && Object.keys(this.filters).length === 0 && this.teamAll) return this.teamAll;
    const key = this.view;
    if (key === this.teamKey) return this.team;
    this.teamKey = key;
    this.team = this.stats(this.facets, this.stageIdx, this.rules!, this.view);
    return this.team;
  }

  /** Days in stage per stage over the output rows `keep` (all when null). */
  private stats(f: RiskFacets, stageIdx: Int32Array, rules: PipelineRules, keep: Int32Array | null): StageCycleStat[] {
    return stageCycleOf(
      rules.stages,
      f.level.length,
      (k) => stageIdx[f.index[k]!] ?? -1,
      f.numbers[0]!,
      (k) => signalAt(f, k, OVERDUE) > 0,
      keep,
    );
  }

  protected renderViews(): TemplateResult {
    const t = this.t;
    const f = this.f;
    const stats = this.teamStats();
    const width = 420;
    const layout = stageCycleLayout(stats, { width, labelWidth: 104 });
    const summary = t.chartSummary(
      stats
        .map((s) =>
          t.chartPart(this.stageLabel(s.key), f.number(s.median, 1), f.integer(s.standardDays), f.integer(s.count)),
        )
        .join('; '),
    );
    return html`<details part="team" class="team" open>
      <summary>${t.chart}</summary>
      <div class="body">
        <figure class="chart" part="chart">
          <svg viewBox="0 0 ${width} ${layout.height}" role="img" aria-label=${summary}>
            ${layout.ticks.map(
              (k) => svg`<line class="grid" x1=${k.x} x2=${k.x} y1="14" y2=${layout.height - 2}></line>
                <text class="small" x=${k.x} y="10" text-anchor="middle">${f.integer(k.value)}</text>`,
            )}
            ${layout.rows.map(
              (s) => svg`<g>
                <text x=${layout.x0 - 6} y=${s.y + 14} text-anchor="end">${truncate(this.stageLabel(s.key), 14)}</text>
                ${
                  s.count
                    ? svg`<rect class="median" x=${layout.x0} y=${s.y + 5} width=${Math.max(0, s.medianX - layout.x0)} height="12" rx="2"></rect>
                    <line class="whisker" x1=${s.medianX} x2=${s.p90X} y1=${s.y + 11} y2=${s.y + 11}></line>
                    <line class="whisker" x1=${s.p90X} x2=${s.p90X} y1=${s.y + 6} y2=${s.y + 16}></line>`
                    : nothing
                }
                <line class="standard" x1=${s.standardX} x2=${s.standardX} y1=${s.y + 1} y2=${s.y + 21}></line>
              </g>`,
            )}
          </svg>
          <figcaption class="legend weak">
            <span><span class="swatch median"></span>${t.legendMedian}</span>
            <span><span class="swatch whisker"></span>${t.legendP90}</span>
            <span><span class="swatch standard"></span>${t.legendStandard}</span>
          </figcaption>
        </figure>
        <div class="table-wrap">
          <table part="team-table">
            <caption>
              ${this.r.chartTable}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.stage}</th>
                <th scope="col" class="num">${t.open}</th>
                <th scope="col" class="num">${t.median}</th>
                <th scope="col" class="num">${t.p90}</th>
                <th scope="col" class="num">${t.standard}</th>
                <th scope="col" class="num">${t.overdue}</th>
              </tr>
            </thead>
            <tbody>
              ${stats.map(
                (s) =>
                  html`<tr data-stage=${s.key}>
                    <th scope="row">${this.stageLabel(s.key)}</th>
                    <td class="num">${f.integer(s.count)}</td>
                    <td class="num">${f.number(s.median, 1)}</td>
                    <td class="num">${f.number(s.p90, 1)}</td>
                    <td class="num">${f.integer(s.standardDays)}</td>
                    <td class="num">${f.integer(s.overdue)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </div>
    </details>`;
  }

  /** Change one field of a stage: keyed by stage (so it follows the stage), or by position in a stage list the user imported. */
  private tuneStage(i: number, key: string, field: string, value: unknown): void {
    const o = this.tuned as { stages?: unknown } | undefined;
    this.tuneAt(Array.isArray(o?.stages) ? ['stages', i, field] : ['stages', key, field], value);
  }

  protected renderRulesFields(rules: PipelineRules): TemplateResult {
    const t = this.t;
    const th = rules.thresholds ?? {};
    return html`<div class="table-wrap">
        <table class="stages">
          <caption class="visually-hidden">
            ${t.rulesStage}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.rulesStage}</th>
              <th scope="col">${t.standardDays}</th>
              <th scope="col">${t.maxIdleDays}</th>
              <th scope="col">${t.requiredFields}</th>
              <th scope="col">${t.requiredActivities}</th>
            </tr>
          </thead>
          <tbody>
            ${(rules.stages ?? []).map((s, i) => {
              const name = this.stageLabel(s.key);
              const acts = Object.entries(s.requiredActivities ?? {})
                .map(([k, v]) => `${k}:${v}`)
                .join(', ');
              return html`<tr>
                <th scope="row">${name}</th>
                <td>
                  <input
                    id="r-std-${i}"
                    type="number"
                    min="0"
                    step="any"
                    aria-label="${t.standardDays} · ${name}"
                    .value=${String(s.standardDays)}
                    aria-invalid=${this.badRule(`rules.stages.${i}.standardDays`)}
                    @change=${(e: Event) => this.tuneStage(i, s.key, 'standardDays', num(e))}
                  />
                </td>
                <td>
                  <input
                    id="r-idle-${i}"
                    type="number"
                    min="0"
                    step="any"
                    aria-label="${t.maxIdleDays} · ${name}"
                    .value=${String(s.maxIdleDays)}
                    aria-invalid=${this.badRule(`rules.stages.${i}.maxIdleDays`)}
                    @change=${(e: Event) => this.tuneStage(i, s.key, 'maxIdleDays', num(e))}
                  />
                </td>
                <td>
                  <input
                    id="r-fields-${i}"
                    type="text"
                    aria-label="${t.requiredFields} · ${name}"
                    .value=${(s.requiredFields ?? []).join(', ')}
                    aria-invalid=${this.badRule(`rules.stages.${i}.requiredFields`)}
                    @change=${(e: Event) =>
                      this.tuneStage(
                        i,
                        s.key,
                        'requiredFields',
                        (e.target as HTMLInputElement).value
                          .split(/[,，]/)
                          .map((x) => x.trim())
                          .filter(Boolean),
                      )}
                  />
                </td>
                <td>
                  <input
                    id="r-acts-${i}"
                    type="text"
                    aria-label="${t.requiredActivities} · ${name}"
                    aria-describedby="acts-hint"
                    .value=${acts}
                    aria-invalid=${this.badActs.has(i) ? 'true' : this.badRule(`rules.stages.${i}.requiredActivities`)}
                    @change=${(e: Event) => {
                      const v = parseActivities((e.target as HTMLInputElement).value);
                      const bad = new Set(this.badActs);
                      if (v) bad.delete(i);
                      else bad.add(i);
                      this.badActs = bad;
                      if (v) this.tuneStage(i, s.key, 'requiredActivities', v);
                    }}
                  />
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <p id="acts-hint" class="weak">${t.requiredActivities}: ${t.requiredActivitiesHint}</p>
      ${this.badActs.size ? html`<p class="field-error" role="alert">${t.badActivities}</p>` : nothing}
      <fieldset>
        <legend>${t.thresholds}</legend>
        <div class="grid">
          ${this.numberField('r-cw', t.completenessWarn, th.completenessWarn, 'rules.thresholds.completenessWarn', (v) => this.tuneAt(['thresholds', 'completenessWarn'], v), 100)}
          ${this.numberField('r-cc', t.completenessCritical, th.completenessCritical, 'rules.thresholds.completenessCritical', (v) => this.tuneAt(['thresholds', 'completenessCritical'], v), 100)}
          ${this.numberField('r-yw', t.cycleWarn, th.cycleWarn, 'rules.thresholds.cycleWarn', (v) => this.tuneAt(['thresholds', 'cycleWarn'], v))}
          ${this.numberField('r-yc', t.cycleCritical, th.cycleCritical, 'rules.thresholds.cycleCritical', (v) => this.tuneAt(['thresholds', 'cycleCritical'], v))}
          ${this.numberField('r-if', t.idleCriticalFactor, th.idleCriticalFactor, 'rules.thresholds.idleCriticalFactor', (v) => this.tuneAt(['thresholds', 'idleCriticalFactor'], v))}
          ${this.numberField('r-key', t.keyAccountMinAmount, rules.keyAccountMinAmount, 'rules.keyAccountMinAmount', (v) => this.tuneAt(['keyAccountMinAmount'], v))}
        </div>
      </fieldset>`;
  }

  @state() private badActs: ReadonlySet<number> = new Set();

  protected override rulesDeps(): readonly unknown[] {
    return [this.badActs];
  }

  protected override rulesReset(): void {
    this.badActs = new Set();
  }
}

const num = (e: Event): number => {
  const t = (e.target as HTMLInputElement).value.trim();
  return t === '' ? NaN : Number(t);
};
const truncate = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
