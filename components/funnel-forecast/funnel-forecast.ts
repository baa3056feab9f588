import { funnelTables, funnelTeamTables, type FunnelExportWords } from '../../src/export/funnel.js';
import type { ExportTable } from '../../src/export/table.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isTeamInput,
  type FunnelRepResult,
  type FunnelResult,
  type FunnelTeamResult,
} from '../../src/models/funnel-compute.js';
import { forecastChecked } from '../../src/models/funnel-check.js';
import { FUNNEL, type FunnelStrings } from '../../src/i18n/funnel-forecast.js';
import { textWidth } from '../../src/charts/funnel.js';
import { gapBar, gapLegend } from './gap-bar.js';
import { funnelChart } from './funnel-chart.js';
import { stepLabel, stepNamer } from './step-label.js';
import { Planner, paramProps, type Figure, type LazySlot } from '../shared/planner.js';
import { ACTIONS } from '../../src/i18n/actions.js';
import type { HistoryView } from './history-view.js';
import type { ActivityMixResult } from '../../src/models/funnel-mix.js';
import { dropActivity, mixSection, planMix, withMix } from './mix-entry.js';
import { addStage, dropStage } from './stage-edits.js';
import { funnelSteps, type AdviceWords } from './advice.js';

/** One funnel's result, with the activity mix's plan when the input has a mix (docs/models.md §3a extras). */
type One = FunnelResult & { mix?: ActivityMixResult };
type Out = One | FunnelTeamResult;

/** The validating model (with zod), loaded the first time an input needs it. */
let model: typeof import('../../src/models/funnel.js') | undefined;
const loadModel = () => import('../../src/models/funnel.js').then((m) => void (model = m));
type Obj = Record<string, unknown>;
interface Row {
  key?: string;
  label?: string | null;
  count?: number;
  stage?: string;
}
interface Rep extends Obj {
  id?: string | number;
  name?: string;
}

const isTeam = (r: Out): r is FunnelTeamResult => 'reps' in r;
/** A list parameter as an array (a copy), whatever it holds. */
const arr = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]).slice() : []);
/** The seed's activity kinds: calls for telesales, visits for field sales, online and offline events for marketing. */
const KINDS = ['calls', 'visits', 'online-events', 'offline-events'];

/**
 * The seed's short-term funnel back-calculation (销售目标预测模型, tool 2) made
 * live: from the pipeline, the target and the conversion rates, the gap, the
 * new high-intent customers it takes and the stages above them, the calls,
 * visits or events that produce them against capacity, and the order value
 * to reach when high-intent supply cannot close the gap. Stages and
 * activities can be added and removed, an activity moved to another stage.
 * With `reps` in the data it runs per rep and rolls the team up (the seed's
 * step 6): a rep picker opens the same editor for that rep, and the team view
 * shows each rep's gap (chart and table) and what the team needs per stage
 * and activity.
 *
 * “Split the gap across activities” (or a `mix` in the data: `{ shares }` of
 * the gap or `{ counts }` of each activity) shows the joint plan, what is over
 * capacity and a suggested mix that fits (docs/models.md §3a extras).
 *
 * Precedence: the user's edits or a loaded scenario, then the attributes,
 * then `data` (property, JSON attribute, child script or `src`); without any
 * data it opens on docs/models.md's worked example.
 *
 * @tag funnel-forecast
 * @customElement funnel-forecast
 * @summary Funnel back-calculation: gap, high-intent customers and activities needed, order value to reach; per rep and rolled up.
 *
 * @attr {number} target - Revenue target of the period (money).
 * @attr {number} achieved - Closed so far (money; default 0).
 * @attr {number} acv - Average order value 客单价 (money).
 * @attr {string} stages - JSON `[{ "key", "label"?, "count" }]`, top of the funnel first.
 * @attr {string} conversion - Conversion rates stage i → i+1, the last → won: fractions, JSON or comma-separated (`0.2, 0.3`).
 * @attr {string} high-intent-stage - Key of the high-intent stage.
 * @attr {string} activities - JSON `[{ "key", "label"?, "stage", "yieldPerUnit", "capacity"? }]`.
 * @attr {number} max-new-high-intent - The most new high-intent customers that can be added.
 * @attr {string} reps - Team mode, JSON: one funnel per rep `{ "id", "name", …the fields above }`.
 * @attr {string} history - Stage histories, JSON `[{ "id", "events": [{ "stage", "at" }] }]` (docs/models.md §3c; the day an opportunity was opened, `openedAt`, is its first event): shows the rates learned from them and a button that fills the conversion rates.
 * @attr {string} history-as-of - The day the history runs to (default: its latest event).
 * @attr {boolean} history-file - Offer a stage-history file (CSV or .xlsx: id, stage, date) even without `history`.
 *
 * @fires {CustomEvent<FunnelResult | FunnelTeamResult>} revops-change - A new result: `detail` is the forecastFunnel output (team output with `reps`); with a `mix` in the input, `detail.mix` is the planActivityMix output (docs/models.md §3a extras).
 * @fires {CustomEvent<InvalidDetail>} revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }`; `source` is `data` or `reps` (skipped reps).
 *
 * @csspart base - The planner frame.
 * @csspart header - Title, scenario name and export buttons.
 * @csspart scenario - The loaded scenario's name (with “modified” after further edits).
 * @csspart error - The alert naming each bad field.
 * @csspart loading - Loading status while `src` is fetched.
 * @csspart notice - Storage notice.
 * @csspart parameters - The parameters form.
 * @csspart results - Key figures, charts and tables.
 * @csspart figures - The key figures, and scenarios A and B beside them.
 * @csspart scenario-diff - The parameters where scenarios A and B differ.
 * @csspart funnel-chart - The gap bar (target, achieved, expected, gap) over the funnel.
 * @csspart funnel-table - Stages (editable): count, conversion, win probability, new customers needed (the funnel's text alternative).
 * @csspart activity-table - Activities (editable): yield, capacity, stage; units needed against capacity.
 * @csspart mix - The activity mix: how the gap is split (shares or counts), the joint plan, the suggestion.
 * @csspart mix-table - The joint plan: each activity's share (or count), units, capacity (over by how much), high-intent customers and won deals.
 * @csspart mix-summary - The share of the gap covered within capacity and the gap left open.
 * @csspart mix-suggestion - The suggested mix (each activity up to capacity, in list order) and its button, or why no mix fits.
 * @csspart rep-chart - Team mode: each rep's achieved, expected and gap against their target.
 * @csspart rep-table - Team mode: each rep's target, forecast, gap, high-intent need and feasibility, and the roll-up (the rep chart's text alternative).
 * @csspart rollup-table - Team mode: the team's needs per stage and per activity.
 * @csspart advice - What to tune next, in the seed's order.
 * @csspart history - Rates from history: window, fill button, stage-history file, summary.
 * @csspart history-table - The learned rates: conversion, records (with the warning below the threshold) and median days per stage.
 * @csspart scenarios - Saved scenarios and the comparison.
 * @csspart scenario-list - The saved scenarios (scenario B).
 *
 * @cssprop --revops-color-success - Achieved, feasible, expected won deals.
 * @cssprop --revops-color-error - The gap, not feasible.
 * @cssprop --revops-color-brand - Expected revenue, the high-intent stage and those above it.
 * @cssprop --revops-tier-4 - Stages below the high-intent one.
 * @cssprop --revops-font-family - Font stack.
 */
export class FunnelForecast extends Planner<Out> {
  static override properties = paramProps({
    target: 'n',
    achieved: 'n',
    acv: 'n',
    stages: 'l',
    conversion: 'l',
    highIntentStage: 's',
    activities: 'l',
    maxNewHighIntent: 'n',
    reps: 'l',
  });

  /** Revenue target of the period (money). */
  target?: number;
  /** Closed so far (money; default 0). */
  achieved?: number;
  /** Average order value 客单价 (money). */
  acv?: number;
  /** Stages, top of the funnel first: `[{ key, label?, count }]`. */
  stages?: unknown[];
  /** Conversion rates stage i → i+1, the last → won (fractions). */
  conversion?: number[];
  /** Key of the high-intent stage (高意向客户). */
  highIntentStage?: string;
  /** Activities: `[{ key, label?, stage, yieldPerUnit, capacity? }]`. */
  activities?: unknown[];
  /** The most new high-intent customers that can be added; beyond it the order value must rise. */
  maxNewHighIntent?: number;
  /** Team mode: one funnel per rep (`{ id, name, …the fields above }`). */
  reps?: unknown[];

  /**
   * Stage histories (docs/models.md §3c): `[{ id, events: [{ stage, at }] }]`, stage keys of the funnel plus `won` and
   * `lost`. No `openedAt` field: give the day an opportunity was opened as its first event (`{ stage: 'lead', at: openedAt }`).
   */
  @property({ type: Array }) history?: unknown[];
  /** The day the history runs to (`asOf` of §3c); default: its latest event. */
  @property({ attribute: 'history-as-of' }) historyAsOf?: string;
  /** Offer a stage-history file even without `history`. */
  @property({ type: Boolean, attribute: 'history-file' }) historyFile = false;

  /** Rates from history: learned, filled, marked (loaded with its module). */
  private hist: LazySlot<HistoryView> = {};

  /** The history view when a history or the history file is on. */
  private history_(): HistoryView | undefined {
    if (!(this.history || this.historyFile)) return undefined;
    return this.lazyPart(this.hist, () =>
      import('./history-view.js').then((m) => () => new m.HistoryView(this, (i) => this.issueText(i))),
    );
  }

  protected override rowsKey = 'reps';
  /** The conversion rates run beside the stages: scenarios compare them stage by stage. */
  protected override alignedLists = { conversion: 'stages' };
  /** Team mode: the rep whose funnel the editor shows. */
  @state() private rep = 0;

  get t(): FunnelStrings {
    return FUNNEL[this.locale];
  }

  protected get heading(): string {
    return this.t.title;
  }

  protected defaults(): Obj {
    return {
      target: 1e6,
      achieved: 3e5,
      acv: 5e4,
      stages: ['lead', 'intent', 'highIntent', 'negotiation'].map((key, i) => ({ key, count: [200, 30, 10, 4][i] })),
      conversion: [0.2, 0.3, 0.4, 0.5],
      highIntentStage: 'highIntent',
      activities: [{ key: 'calls', stage: 'lead', yieldPerUnit: 0.1 }],
    };
  }

  protected compute(input: Obj): Out | undefined {
    // Input the hand check vouches for runs without zod; other input waits for the validating model,
    // whose issues name each bad field.
    const checked = forecastChecked(input);
    if (!checked && !model) {
      this.waitFor(loadModel());
      return undefined;
    }
    const r = checked ?? model!.forecastFunnel(input);
    if (!withMix(input) || isTeam(r)) return r;
    // A mix: its plan rides with the result; a bad mix is a bad input (the last good result stays).
    const mix = planMix(input, (p) => this.waitFor(p));
    return mix && { ...r, mix };
  }

  private stageName(key: string, stages: Row[]): string {
    return this.stageLabel(stages.find((s) => s?.key === key) ?? { key });
  }

  /** A stage or an activity in words: its own label, else the host's (`codeLabels`), else ours, else the key. */
  private readonly stageLabel = (s?: Row) => stepLabel(s, this.t.stages, (k, b) => this.codeLabel('stage', k, b));
  private readonly activityLabel = (a?: Row) =>
    stepLabel(a, this.t.activities, (k, b) => this.codeLabel('activity', k, b));
  /** The scenario comparison names stages and activities as the funnel does. */
  protected override diffRowName = stepNamer(this.stageLabel, this.activityLabel);

  /** Team mode: the selected rep's index in a list of reps. */
  private ri(reps: unknown[]): number {
    return Math.max(0, Math.min(this.rep, reps.length - 1));
  }

  // ---- parameters ------------------------------------------------------------

  /** One funnel's parameters; `p` is '' or `reps.<i>.`, `f` that funnel's input in force. */
  private editor(p: string, f: Obj): TemplateResult {
    const t = this.t;
    const m = (k: string, label: string, optional?: boolean) =>
      this.field({ path: p + k, label, unit: this.fmt.currency, kind: 'money', optional });
    return html`${p ? this.field({ path: `${p}name`, label: t.name, kind: 'text' }) : nothing}${m('target', t.target)}${m('achieved', t.achieved, true)}${m('acv', t.acv)}
    ${this.select(
      `${p}highIntentStage`,
      t.highIntent,
      String(f.highIntentStage),
      arr(f.stages).map((s) => [String(s?.key), this.stageLabel(s)]),
      (v) => this.setParam(`${p}highIntentStage`, v),
    )}
    ${this.field({ path: `${p}maxNewHighIntent`, label: t.maxNew, hint: t.maxNewHint, kind: 'int', optional: true })}`;
  }

  protected renderParams(): unknown {
    const t = this.t;
    const input = this.input;
    if (!isTeamInput(input)) return this.editor('', input);
    // Team mode: pick a rep, edit their funnel with the same editor; add or remove reps.
    const reps = arr(input.reps) as Rep[];
    const i = this.ri(reps);
    const r = reps[i];
    let n = reps.length + 1;
    while (reps.some((x) => x?.id === `rep-${n}`)) n++;
    return html`${this.select(
        'rep',
        t.rep,
        String(i),
        reps.map((x, j) => [String(j), String(x?.name ?? x?.id ?? j + 1)]),
        (v) => (this.rep = +v),
      )}
      <div class="row no-print">
        ${this.btn(t.addRep, () => this.setParam('reps', [...reps, { ...structuredClone(r), id: `rep-${n}`, name: `${t.rep} ${n}` }]))}${this.btn(
          t.removeRep,
          () =>
            this.setParam(
              'reps',
              reps.filter((_, j) => j !== i),
            ),
          undefined,
          reps.length < 2,
        )}${this.revertBtn('reps', t.rep)}
      </div>
      ${this.editor(`reps.${i}.`, r ?? {})}`;
  }

  /** Apply edits by path in order (adding or removing a stage or an activity). */
  private edit(edits: [path: string, value: unknown][]): void {
    for (const [k, v] of edits) this.setParam(k, v);
  }

  // ---- results -----------------------------------------------------------------

  protected figures(r: Out, input: Obj): Figure[] {
    const t = this.t;
    const x = isTeam(r) ? r.total : r;
    const h = String(input.highIntentStage);
    return [
      { key: 'forecast', label: t.forecast, value: x.forecastRevenue, kind: 'money' },
      { key: 'expected', label: t.expected, value: x.expectedPipelineRevenue, kind: 'money' },
      { key: 'gap', label: t.gap, value: x.gap, kind: 'money' },
      { key: 'attainment', label: t.attainment, value: x.attainment, kind: 'pct' },
      ...(isTeam(r)
        ? []
        : [
            {
              key: 'needed',
              label: `${t.needed} · ${this.stageName(h, arr(input.stages))}`,
              value: r.needed[h] ?? null,
              kind: 'int',
            } as const,
            ...(r.feasible
              ? []
              : [{ key: 'requiredAcv', label: t.acvNeeded, value: r.requiredAcv, kind: 'money' } as const]),
          ]),
    ];
  }

  /** Team mode: each input rep beside its result (undefined for a skipped rep). */
  private pairs(r: FunnelTeamResult, reps: Rep[]): [Rep, FunnelRepResult | undefined][] {
    const bad = new Set(r.invalid.map((v) => v.index));
    let k = 0;
    return reps.map((p, j) => [p ?? {}, bad.has(j) ? undefined : r.reps[k++]]);
  }

  /** CSV and Excel: the key figures, then the stages and activities (a team: the reps and the team's needs). */
  protected override exportTables(r: Out, input: Obj): ExportTable[] {
    const ps = this.ps;
    const stages = arr(input.stages);
    const acts = [...arr(input.activities), ...arr(input.reps).flatMap((p) => arr((p as Obj | undefined)?.activities))];
    const w: FunnelExportWords = {
      t: this.t,
      feasible: ps.feasible,
      yes: ps.feasible,
      no: ps.infeasible,
      currency: this.fmt.currency,
      stageName: (k) =>
        this.stageName(k, [...stages, ...arr(input.reps).flatMap((p) => arr((p as Obj | undefined)?.stages))]),
      activityName: (k) => this.activityLabel(acts.find((a) => a?.key === k) ?? { key: k }),
    };
    const head = super.exportTables(r, input);
    return [
      ...head,
      ...(isTeam(r) ? funnelTeamTables(r, input, w, ACTIONS[this.locale].total) : funnelTables(r, input, w)),
    ];
  }

  protected renderResults(r: Out, input: Obj): unknown {
    if (!isTeam(r)) return this.funnel(r, input, '', this.input);
    const t = this.t;
    const f = this.fmt;
    const pairs = this.pairs(r, arr(input.reps) as Rep[]);
    const ok = pairs.filter((w): w is [Rep, FunnelRepResult] => !!w[1]);
    const cur = arr(this.input.reps) as Rep[];
    const i = this.ri(cur);
    const sel = pairs[i];
    const g = Math.min(160, Math.max(0, ...ok.map(([, y]) => textWidth(y.name)))) + 8;
    const max = Math.max(1e-9, ...ok.map(([p, y]) => Math.max(Number(p.target), y.forecastRevenue)));
    const all = pairs.flatMap(([p]) => arr(p.stages));
    const acts = pairs.flatMap(([p]) => arr(p.activities));
    const names = [t.target, t.achieved, t.expected, t.gap];
    return html`<figure part="rep-chart">
        ${gapLegend(names)}<svg
          width=${g + 228}
          viewBox="0 -4 ${g + 228} ${ok.length * 26 + 4}"
          role="img"
          aria-label=${ok.map(([p, y]) => `${y.name}: ${t.target} ${f.money(Number(p.target))}, ${t.gap} ${f.money(y.gap)}`).join('; ')}
        >
          ${ok.map(
            ([p, y], j) =>
              svg`<text x=${g} y=${j * 26 + 13} text-anchor="end">${y.name}</text>${gapBar([Number(p.achieved ?? 0), y.expectedPipelineRevenue, y.gap], Number(p.target), g + 4, j * 26, max)}`,
          )}
        </svg>
      </figure>
      ${this.table(
        'rep-table',
        t.rep,
        [t.rep, t.target, t.forecast, t.gap, `${t.needed} · ${t.highIntent}`, this.ps.feasible],
        pairs.map(([p, y], j) => [
          y?.name ?? String(p.name ?? j + 1),
          f.money(Number(p.target)),
          ...(y
            ? [
                f.money(y.forecastRevenue),
                f.money(y.gap),
                f.integer(y.needed[String(p.highIntentStage)]),
                this.feasible(y.feasible),
              ]
            : []),
        ]),
        [ACTIONS[this.locale].total, f.money(r.total.target), f.money(r.total.forecastRevenue), f.money(r.total.gap)],
      )}
      ${this.table(
        'rollup-table',
        t.teamNeeds,
        [`${t.stage} / ${t.activity}`, t.needed],
        [
          ...Object.entries(r.total.needed).map(([k, n]) => [this.stageName(k, all), f.integer(n)]),
          ...r.total.activities.map((a) => [
            this.activityLabel(acts.find((b) => b?.key === a.key) ?? a),
            f.integer(a.needed),
          ]),
        ],
      )}
      ${
        sel?.[1] && cur[i]
          ? html`<h3>${sel[1].name}</h3>
              ${this.funnel(sel[1], sel[0], `reps.${i}.`, cur[i])}`
          : nothing
      }`;
  }

  /** One funnel: the chart from a good result `r` and its input `f`; the stage and activity editors from the input in force `c` (prefix `p`), their computed cells from `r` by key. */
  private funnel(r: One, f: Obj, p: string, c: Obj): TemplateResult {
    const chart = funnelChart(r, f, this.t, this.fmt, this.stageLabel);
    return html`${chart} ${this.firstScreen.active ? nothing : this.editors(r, p, c)}`;
  }

  /** Under a funnel's chart: the stage and activity editors from the input in force `c`, their computed cells from `r`. */
  private editors(r: One, p: string, c: Obj): TemplateResult {
    const t = this.t;
    const x = this.fmt;
    const drop = this.ps.drop;
    const cs = arr(c.stages);
    const ca = arr(c.activities);
    const free = KINDS.filter((k) => !ca.some((a) => a?.key === k));
    const opts = cs.map((s): [string, string] => [String(s?.key), this.stageLabel(s)]);
    return html`${this.table(
        'funnel-table',
        t.stage,
        [t.stage, `${t.count} (${t.customers})`, `${t.conversion} (%)`, t.pWin, t.needed, drop],
        cs.map((s, i) => {
          const name = this.stageLabel(s);
          const k = String(s?.key);
          return [
            name,
            this.field({ path: `${p}stages.${i}.count`, label: `${t.count} · ${name}`, kind: 'int', bare: true }),
            html`${this.field({
              path: `${p}conversion.${i}`,
              label: `${t.conversion} · ${name}`,
              kind: 'pct',
              bare: true,
              slider: [1, 100, 1],
            })}${this.history_()?.mark(p, c, i, name) ?? nothing}`,
            x.percent(r.pWin[k], 2),
            k in r.needed ? x.integer(r.needed[k]) : '—',
            this.btn('×', () => this.edit(dropStage(c, p, i)), `${drop} ${name}`, cs.length < 2),
          ];
        }),
      )}
      <div class="row no-print">
        <label for="ns">${t.newStage}</label
        ><input
          id="ns"
        />${this.btn(t.addStage, () => this.edit(addStage(c, p, this.renderRoot.querySelector<HTMLInputElement>('#ns')!.value.trim())))}${this.revertBtn(`${p}stages`, t.stage)}${this.revertBtn(`${p}conversion`, t.conversion)}
      </div>
      ${this.history_()?.render(p, c, (s) => this.stageLabel(s as Row)) ?? nothing}
      ${
        ca.length
          ? this.table(
              'activity-table',
              t.activity,
              [
                t.activity,
                `${t.yieldPerUnit} (${t.perUnit})`,
                `${t.capacity} (${t.units})`,
                t.needed,
                this.ps.feasible,
                t.stage,
                drop,
              ],
              ca.map((a, i) => {
                const name = this.activityLabel(a);
                const y = r.activities.find((o) => o.key === a?.key);
                const q = `${p}activities.${i}.`;
                return [
                  name,
                  this.field({ path: `${q}yieldPerUnit`, label: `${t.yieldPerUnit} · ${name}`, bare: true }),
                  this.field({
                    path: `${q}capacity`,
                    label: `${t.capacity} · ${name}`,
                    kind: 'int',
                    optional: true,
                    bare: true,
                  }),
                  x.integer(y?.needed),
                  y && this.feasible(y.feasible),
                  this.select(
                    `${q}stage`,
                    `${t.stage} · ${name}`,
                    String(a?.stage),
                    opts,
                    (v) => this.setParam(`${q}stage`, v),
                    true,
                  ),
                  this.btn('×', () => this.edit(dropActivity(c, p, i)), `${drop} ${name}`),
                ];
              }),
            )
          : nothing
      }
      <div class="row no-print">
        ${
          free.length
            ? html`${this.select(
                'kind',
                t.activity,
                '',
                free.map((k) => [k, t.kinds[k]!]),
                () => 0,
                true,
              )}${this.btn(t.addActivity, () => this.setParam(`${p}activities`, [...ca, { key: this.renderRoot.querySelector<HTMLSelectElement>('#p-kind')!.value, stage: opts[0]?.[0], yieldPerUnit: 1 }]))}`
            : nothing
        }${this.revertBtn(`${p}activities`, t.activity)}
      </div>
      ${
        p
          ? nothing
          : mixSection(
              {
                locale: this.locale,
                fmt: x,
                renderRoot: this.renderRoot,
                updated: () => this.updateComplete,
                splitGap: t.splitGap,
                activity: t.activity,
                setParam: (path, v) => this.setParam(path, v),
                field: (fl) => this.field(fl),
                table: (...a) => this.table(...a),
                btn: (...a) => this.btn(...a),
                feasible: (ok) => this.feasible(ok),
                name: (k) => this.activityLabel(ca.find((a) => a?.key === k) ?? { key: k }),
              },
              r.mix,
              c,
            )
      }`;
  }

  // ---- advice --------------------------------------------------------------------

  protected renderAdvice(r: Out, input: Obj): unknown {
    const w: AdviceWords = {
      t: this.t,
      fmt: this.fmt,
      stageLabel: this.stageLabel,
      activityLabel: this.activityLabel,
      feasible: (ok) => this.feasible(ok),
    };
    return html`<ol>
      ${isTeam(r) ? this.pairs(r, arr(input.reps) as Rep[]).flatMap(([p, y]) => (y ? funnelSteps(w, y, p, `${y.name}: `) : [])) : funnelSteps(w, r, input)}
    </ol>`;
  }
}
