import { html, nothing, svg, type TemplateResult } from 'lit';
import { forecastFunnel, isTeamInput, type FunnelResult, type FunnelTeamResult } from '../../src/models/funnel.js';
import { FUNNEL, type FunnelStrings } from '../../src/i18n/funnel-forecast.js';
import { funnelLayout, stackBar } from '../../src/charts/funnel.js';
import type { Issue } from '../../src/schemas/issues.js';
import { Planner, isObj, paramProps, type Figure } from '../shared/planner.js';

type Out = FunnelResult | FunnelTeamResult;
interface Stage {
  key: string;
  label?: string | null;
  count?: number;
}
interface Activity {
  key: string;
  label?: string | null;
  stage: string;
  capacity?: number | null;
}
interface Rep {
  id?: string | number;
  name?: string;
  target?: number;
  stages?: Stage[];
  highIntentStage?: string;
}

const isTeam = (r: Out): r is FunnelTeamResult => 'reps' in r;
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? v.filter(isObj) : []) as T[];

/**
 * The seed's short-term funnel back-calculation (销售目标预测模型, tool 2) made
 * live: from the pipeline, the target and the conversion rates, the gap, the
 * new high-intent customers it takes and the stages above them, the calls,
 * visits or events that produce them against capacity, and the order value
 * to reach when high-intent supply cannot close the gap. With `reps` in the
 * data it runs per rep and rolls the team up (the seed's step 6).
 *
 * Precedence: the user's edits or a loaded scenario, then the attributes,
 * then `data` (property, JSON attribute, child script or `src`); without any
 * data it opens on MODELS.md's worked example.
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
 *
 * @fires revops-change - A new result: `detail` is the forecastFunnel output (team output with `reps`).
 * @fires revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }`; `source` is `data` or `reps` (skipped reps).
 *
 * @csspart base - The planner frame.
 * @csspart header - Title, scenario name and export buttons.
 * @csspart scenario - The loaded scenario's name.
 * @csspart error - The alert naming each bad field.
 * @csspart loading - Loading status while `src` is fetched.
 * @csspart notice - Storage notice.
 * @csspart parameters - The parameters form.
 * @csspart results - Key figures, charts and tables.
 * @csspart figures - The key figures, and the picked scenario beside them.
 * @csspart funnel-chart - The gap bar (target, achieved, expected, gap) over the funnel.
 * @csspart funnel-table - Stages, conversion, win probability and new customers needed (the funnel's text alternative).
 * @csspart activity-table - Activities needed against capacity.
 * @csspart rep-table - Team mode: each rep's gap and the roll-up.
 * @csspart advice - What to tune next, in the seed's order.
 * @csspart scenarios - Saved scenarios and the comparison.
 * @csspart scenario-list - The saved scenarios.
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
  stages?: Stage[];
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

  get t(): FunnelStrings {
    return FUNNEL[this.locale];
  }

  protected get heading(): string {
    return this.t.title;
  }

  protected defaults(): Record<string, unknown> {
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

  protected compute(input: Record<string, unknown>): Out {
    return forecastFunnel(input);
  }

  /** Skipped reps of the last team result: reported, while the good ones still roll up. */
  private repIssues: Issue[] = [];

  protected override accept(r: unknown): void {
    super.accept(r);
    this.repIssues = isTeam(r as Out) ? (r as FunnelTeamResult).invalid.flatMap((x) => x.issues.map((i) => ({ path: `reps.${x.index}.${i.path}`, message: i.message }))) : [];
    if (this.repIssues.length) this.queueEvent('revops-invalid', { source: 'reps', issues: this.repIssues });
  }

  /** The given label, else the translated name of a known key, else the key in words (`online-events` → Online events). */
  private label(s: { key: string; label?: string | null }, names: Record<string, string>): string {
    return s.label || names[s.key] || s.key.replace(/[A-Z]/g, ' $&').replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  }

  private stageName(key: string, stages: Stage[]): string {
    return this.label(stages.find((s) => s.key === key) ?? { key }, this.t.stages);
  }

  // ---- parameters ------------------------------------------------------------

  protected renderParams(): unknown {
    const t = this.t;
    const f = this.fmt;
    const unit = f.currency;
    const input = this.input;
    const r = this.result;
    if (isTeamInput(input)) {
      // Team mode: the roll-up of the seed's step 6; each rep's funnel comes from the data.
      const team = r && isTeam(r) ? r : undefined;
      return this.table('rep-table', t.rep, [t.rep, t.target, t.forecast, t.gap, this.ps.feasible], list<Rep>(input.reps).map((p) => {
        const x = team?.reps.find((o) => o.id === p.id);
        return [p.name ?? p.id, f.money(p.target), ...(x ? [f.money(x.forecastRevenue), f.money(x.gap), this.feasible(x.feasible)] : [])];
      }), team && [this.common.total, f.money(team.total.target), f.money(team.total.forecastRevenue), f.money(team.total.gap)]);
    }
    const stages = list<Stage>(input.stages);
    return html`${this.field({ path: 'target', label: t.target, unit, kind: 'money' })}
${this.field({ path: 'achieved', label: t.achieved, unit, kind: 'money', optional: true })}
${this.field({ path: 'acv', label: t.acv, unit, kind: 'money' })}
<div class="field"><label for="p-hi">${t.highIntent}</label><select id="p-hi" @change=${(e: Event) => this.setParam('highIntentStage', (e.target as HTMLSelectElement).value)}>${stages.map((s) => html`<option value=${s.key} ?selected=${s.key === input.highIntentStage}>${this.label(s, t.stages)}</option>`)}</select></div>
${this.field({ path: 'maxNewHighIntent', label: t.maxNew, hint: t.maxNewHint, kind: 'int', optional: true })}`;
  }

  // ---- results -----------------------------------------------------------------

  protected figures(r: Out, input: Record<string, unknown>): Figure[] {
    const t = this.t;
    const x = isTeam(r) ? r.total : r;
    const target = isTeam(r) ? r.total.target : Number(input.target);
    const h = String(input.highIntentStage);
    return [
      { key: 'forecast', label: t.forecast, value: x.forecastRevenue, kind: 'money' },
      { key: 'expected', label: t.expected, value: x.expectedPipelineRevenue, kind: 'money' },
      { key: 'gap', label: t.gap, value: x.gap, kind: 'money' },
      { key: 'attainment', label: t.attainment, value: target > 0 ? x.forecastRevenue / target : null, kind: 'pct' },
      ...(isTeam(r)
        ? []
        : [
            { key: 'needed', label: `${t.needed} · ${this.stageName(h, list(input.stages))}`, value: r.needed[h] ?? null, kind: 'int' } as const,
            ...(r.feasible ? [] : [{ key: 'requiredAcv', label: t.acv, value: r.requiredAcv, kind: 'money' } as const]),
          ]),
    ];
  }

  protected renderResults(r: Out): unknown {
    const t = this.t;
    const f = this.fmt;
    const input = this.input;
    if (isTeam(r)) return this.renderIssues(this.repIssues, false);
    const stages = list<Stage>(input.stages);
    const conv = (Array.isArray(input.conversion) ? input.conversion : []) as number[];
    const acts = list<Activity>(input.activities);
    const h = stages.findIndex((s) => s.key === input.highIntentStage);
    const target = Number(input.target);
    const achieved = Number(input.achieved ?? 0);
    const rows = [...stages.map((s) => [this.label(s, t.stages), Number(s.count), r.pWin[s.key]] as const), [t.won, r.expectedPipelineRevenue / Number(input.acv), 1] as const];
    const lay = funnelLayout(rows.map((x) => x[1]), { width: 220 });
    const gap = stackBar([achieved, r.expectedPipelineRevenue, r.gap], target, 220);
    const names = [t.target, t.achieved, t.expected, t.gap];
    const label = [target, achieved, r.expectedPipelineRevenue, r.gap].map((v, i) => `${names[i]} ${f.money(v)}`).join(', ');
    // One picture: the gap bar on top, the funnel below; widths of the funnel follow √count.
    return html`<figure part="funnel-chart"><figcaption class="legend">${names.map((l, i) => html`<span><i class="key ${i ? `c${i}` : 'tk'}"></i>${l}</span>`)}</figcaption>
<svg viewBox="0 -4 420 ${lay.height + 44}" role="img" aria-label="${label}. ${rows.map(([n, c]) => `${n} ${f.number(c, 1)}`).join(', ')}">
<g transform="translate(90 0)">${gap.segments.map((s, j) => svg`<rect class="c${j + 1}" x=${s.x} width=${s.width} height="18"></rect>`)}<line class="target" x1=${gap.target} x2=${gap.target} y1="-3" y2="21"></line></g>
<g transform="translate(0 40)">${lay.bands.map(
      (b, i) => svg`<rect class=${i === stages.length ? 'c1' : i <= h ? 'c2' : 'c4'} x=${b.x + 90} y=${b.y} width=${b.width} height="24"></rect>${b.link ? svg`<path class="link" d=${b.link} transform="translate(90 0)"></path><text x="316" y=${b.y + 36}>↓ ${f.percent(conv[i])}</text>` : nothing}<text x="86" y=${b.y + 16} text-anchor="end">${rows[i]![0]}</text><text x="316" y=${b.y + 16}>${f.number(b.value, 1)} · ${f.percent(rows[i]![2])}</text>`,
    )}</g></svg>
</figure>
${this.table('funnel-table', t.stage, [t.stage, t.count, `${t.conversion} (%)`, t.pWin, t.needed], stages.map((s, i) => {
      const name = this.label(s, t.stages);
      return [
        name,
        this.field({ path: `stages.${i}.count`, label: `${t.count} · ${name}`, kind: 'int', bare: true }),
        this.field({ path: `conversion.${i}`, label: `${t.conversion} · ${name}`, kind: 'pct', bare: true, slider: [1, 100, 1] }),
        f.percent(r.pWin[s.key], 2),
        s.key in r.needed ? f.integer(r.needed[s.key]) : '—',
      ];
    }))}
${acts.length
  ? this.table('activity-table', t.activity, [t.activity, t.yieldPerUnit, t.capacity, t.needed, this.ps.feasible], acts.map((a, i) => {
      const name = this.label(a, t.activities);
      const x = r.activities[i];
      return [
        name,
        this.field({ path: `activities.${i}.yieldPerUnit`, label: `${t.yieldPerUnit} · ${name}`, bare: true }),
        this.field({ path: `activities.${i}.capacity`, label: `${t.capacity} · ${name}`, kind: 'int', optional: true, bare: true }),
        f.integer(x?.needed),
        x && this.feasible(x.feasible),
      ];
    }))
  : nothing}`;
  }

  // ---- advice --------------------------------------------------------------------

  /** The seed's steps 2 to 5 for one funnel: the gap, the high-intent customers, the activities, the order value. */
  private steps(r: FunnelResult, input: Record<string, unknown>, who = ''): TemplateResult[] {
    const t = this.t;
    const f = this.fmt;
    const stages = list<Stage>(input.stages);
    const acts = list<Activity>(input.activities);
    const h = String(input.highIntentStage);
    if (r.gap <= 0) return [html`<li class="ok">${who}${t.noGap}</li>`];
    const above = stages.filter((s) => s.key !== h && s.key in r.needed).map((s) => `${f.integer(r.needed[s.key])} ${this.label(s, t.stages)}`);
    return [
      html`<li>${who}${t.gap}: <strong>${f.money(r.gap)}</strong></li>`,
      html`<li class=${r.feasible ? '' : 'bad'}>${who}${t.needed} · ${this.stageName(h, stages)}: <strong>${f.integer(r.needed[h])}</strong>${above.length ? ` (${above.join(', ')})` : ''}${r.feasible ? '' : html` — ${this.feasible(false)} (max ${f.integer(Number(input.maxNewHighIntent))})`}</li>`,
      ...r.activities.map((a, i) => html`<li>${who}${this.label(acts[i] ?? a, t.activities)}: <strong>${f.integer(a.needed)}</strong> ${this.feasible(a.feasible)}</li>`),
      ...(r.feasible
        ? []
        : [html`<li data-step="acv">${who}${t.raise} <strong>${f.money(r.requiredAcv)}</strong>${r.requiredAcv === null ? '' : ` (${f.signed((r.requiredAcv / Number(input.acv) - 1) * 100)}%)`}</li>`]),
    ];
  }

  protected renderAdvice(r: Out): unknown {
    const reps = list<Rep>(this.input.reps);
    return html`<ol>${isTeam(r)
      ? r.reps.flatMap((x) => this.steps(x, (reps.find((p) => p.id === x.id) ?? {}) as Record<string, unknown>, `${x.name}: `))
      : this.steps(r, this.input)}</ol>`;
  }
}
