import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { designSalesOrg, type SalesOrgResult } from '../../src/models/sales-org.js';
import { SALES_ORG, type SalesOrgStrings } from '../../src/i18n/sales-org-designer.js';
import { waterfallLayout, wrapLabel, type WaterfallStep } from '../../src/charts/waterfall.js';
import { orgLayout } from '../../src/charts/org-tree.js';
import { keepFocus } from '../shared/keep-focus.js';
import { Planner, paramProps, type Figure, type LazySlot } from '../shared/planner.js';
import type { TimelineView } from './timeline-view.js';
import type { PlanImportView } from './plan-import-view.js';
import { PlanSource } from './plan-source.js';
import { ORG_BOX, renderOrg } from '../shared/planner-org.js';
import { salesOrgStyles } from './sales-org-designer.styles.js';
import { ACTIONS } from '../../src/i18n/actions.js';

const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);

/**
 * The seed's gross-margin model for a sales organisation
 * (基于毛利模型的销售组织设计模型) made live: from the yearly new-customer
 * target and the customers one rep signs at saturated workload, the reps,
 * the managers level by level, and whether revenue covers sales labour and
 * management — the verdict 健康 / 不健康 in large type, a waterfall from
 * revenue to margin, the org chart, and the break-even of each lever in the
 * seed's order (span of control, then P and PCU, then costs, then the
 * target), each with an "apply" button.
 *
 * Precedence: the user's edits or a loaded scenario, then the attributes,
 * then `data`; without any data it opens on docs/models.md's worked example.
 *
 * @tag sales-org-designer
 * @customElement sales-org-designer
 * @summary Sales team sized from the gross-margin model: 健康 / 不健康, waterfall, org chart, break-evens with apply.
 *
 * @attr {number} new-customers-target - New customers to sign in a year (whole number ≥ 1).
 * @attr {number} avg-contract-value - Average contract value P (money).
 * @attr {number} customers-per-rep - PCU: customers one rep signs a year at saturated workload.
 * @attr {number} rep-cost - Loaded cost of one rep a year (money).
 * @attr {string} spans - Span of control per level, first-line first: JSON or comma-separated (`8, 5`).
 * @attr {string} manager-costs - Cost of one manager a year per level (money), same length as spans.
 * @attr {number} ops-cost - Operations cost a year (money; default 0).
 * @attr {number} gross-margin-rate - Gross margin rate, a fraction (default 1).
 * @attr {number} target-margin-rate - Margin the team must leave, a fraction of revenue (default 0).
 * @attr {string} plan - A headcount plan, JSON (§3b's input): the organisation month by month (docs/models.md §4 extras).
 * @attr {string} plan-from - The id of a sales-target-planner on the page whose plan in force the timeline follows.
 * @attr {string} plan-name - Under a revops-provider: the name of the shared plan to follow (default `plan`, the name a sales-target-planner publishes under).
 *
 * @fires {CustomEvent<SalesOrgResult>} revops-change - A new result: `detail` is the designSalesOrg output.
 * @fires {CustomEvent<InvalidDetail>} revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }` (`source: 'plan-file'` for a plan file).
 *
 * @csspart base - The planner frame.
 * @csspart header - Title, scenario name and export buttons.
 * @csspart scenario - The loaded scenario's name (with “modified” after further edits).
 * @csspart error - The alert naming each bad field.
 * @csspart loading - Loading status while `src` is fetched.
 * @csspart notice - Storage notice.
 * @csspart parameters - The parameters form.
 * @csspart levels - Spans of control and manager costs per level.
 * @csspart results - Key figures, verdict, charts and tables.
 * @csspart figures - Key figures, and scenarios A and B beside them.
 * @csspart scenario-diff - The parameters where scenarios A and B differ.
 * @csspart verdict - 健康 / 不健康.
 * @csspart waterfall - Revenue → labour → management → margin.
 * @csspart waterfall-table - The waterfall's numbers.
 * @csspart org-chart - The org chart.
 * @csspart org-table - Head counts, spans and costs per level.
 * @csspart advice - What to tune next.
 * @csspart break-even - Break-even of each lever with its apply button.
 * @csspart timeline - With a plan: the organisation over the plan year.
 * @csspart healthy-month - The month from which it stays healthy (`data-month`) and the month the year pays for itself.
 * @csspart timeline-chart - Margin by month against the target margin.
 * @csspart timeline-table - People, managers, costs and margin by month, and the year.
 * @csspart timeline-levers - Break-even of each lever for the month picked.
 * @csspart plan-import - Where the plan comes from; a scenario file to import (picked or pasted).
 * @csspart plan-origin - Where the plan in force comes from (`data-origin`: file, property, element, provider).
 * @csspart plan-file-issues - What is wrong with the plan file read, field by field.
 * @csspart plan-drop - Stop using the imported plan.
 * @csspart scenarios - Saved scenarios and the comparison.
 * @csspart scenario-list - The saved scenarios.
 *
 * @cssprop --revops-verdict-font-size - Size of the verdict (default 2.5rem).
 * @cssprop --revops-color-success - Healthy, margin.
 * @cssprop --revops-color-error - Not healthy, costs.
 * @cssprop --revops-color-brand - Revenue, managers.
 */
export class SalesOrgDesigner extends Planner<SalesOrgResult> {
  static override styles = [...Planner.styles, ...salesOrgStyles];

  static override properties = paramProps({
    newCustomersTarget: 'n',
    avgContractValue: 'n',
    customersPerRep: 'n',
    repCost: 'n',
    spans: 'l',
    managerCosts: 'l',
    opsCost: 'n',
    grossMarginRate: 'n',
    targetMarginRate: 'n',
  });

  /** New customers to sign in a year. */
  newCustomersTarget?: number;
  /** Average contract value P (money). */
  avgContractValue?: number;
  /** PCU: customers one rep signs a year at saturated workload. */
  customersPerRep?: number;
  /** Loaded cost of one rep a year (money). */
  repCost?: number;
  /** Span of control per level, first-line first. */
  spans?: number[];
  /** Cost of one manager a year per level (money). */
  managerCosts?: number[];
  /** Operations cost a year (money). */
  opsCost?: number;
  /** Gross margin rate (fraction). */
  grossMarginRate?: number;
  /** Target margin rate (fraction of revenue). */
  targetMarginRate?: number;

  /** A headcount plan (§3b's input, e.g. a sales-target-planner's `input`): the organisation month by month (docs/models.md §4 extras). */
  @property({ type: Object }) plan?: unknown;
  /** The id of a `<sales-target-planner>` on the page whose plan in force the timeline follows. */
  @property({ attribute: 'plan-from' }) planFrom?: string;
  /** Under a `<revops-provider>`: the name of the shared plan to follow (default `plan`). */
  @property({ attribute: 'plan-name' }) planName?: string;

  private tl: LazySlot<TimelineView> = {};
  private pi: LazySlot<PlanImportView> = {};
  /** The plan import was asked for (it also opens by itself with an imported plan). */
  private importOpen = false;
  /** The plan in force: an imported file, `plan`, `plan-from`, or the provider's (docs/models.md §4 extras). */
  private readonly plans = new PlanSource(this);

  protected override storagePending(): boolean {
    return super.storagePending() || this.plans.persist.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.plans.persist.sync();
    super.willUpdate(changed);
    // The planner named by plan-from may come after this element in the page: look again once it is there.
    if (changed.has('planFrom') && this.planFrom)
      void customElements.whenDefined('sales-target-planner').then(() => this.requestUpdate());
  }

  /** The plan file import, loaded on first use. */
  private planImport_(): PlanImportView | undefined {
    if (!this.importOpen && !this.plans.imported && !this.pi.view) return undefined;
    return this.lazyPart(this.pi, () =>
      import('./plan-import-view.js').then(
        (m) => () =>
          new m.PlanImportView(
            this,
            (p) => this.plans.use(p),
            (issues) => this.emit('revops-invalid', { issues, source: 'plan-file' }),
            (issues) => this.renderIssues(issues, false),
          ),
      ),
    );
  }

  /** The organisation over the plan year (docs/models.md §4 extras), loaded with its model on first use; the plan import. */
  private timeline_(): unknown {
    const p = this.plans.inForce();
    const v =
      p &&
      this.lazyPart(this.tl, () =>
        import('./timeline-view.js').then((m) => () => new m.TimelineView(this, (i) => this.issueText(i))),
      );
    const imp = this.planImport_();
    return html`${v ? v.render(p.plan, this.shown, p.origin === 'provider' ? '' : p.name) : nothing}
    ${
      imp?.render(p?.origin, p?.name ?? '') ??
      html`<p class="row no-print">
        <button
          type="button"
          @click=${() => {
            this.importOpen = true;
            this.requestUpdate();
          }}
        >
          ${this.t.importPlan}
        </button>
      </p>`
    }`;
  }

  get t(): SalesOrgStrings {
    return SALES_ORG[this.locale];
  }

  protected get heading(): string {
    return this.t.title;
  }

  protected defaults(): Record<string, unknown> {
    return {
      newCustomersTarget: 600,
      avgContractValue: 12_000,
      customersPerRep: 30,
      repCost: 300_000,
      spans: [8, 5],
      managerCosts: [500_000, 800_000],
    };
  }

  protected compute(input: Record<string, unknown>): SalesOrgResult {
    return designSalesOrg(input);
  }

  protected override fmtFigure(f: Pick<Figure, 'value' | 'kind' | 'text'>): string {
    return f.kind === 'text' ? (f.text ?? '—') : super.fmtFigure(f);
  }

  // ---- parameters ------------------------------------------------------------

  /** Add a level above the top one (same span and cost), or remove the top level. */
  private levels(add: boolean): void {
    const spans = nums(this.input.spans);
    const costs = nums(this.input.managerCosts);
    if (add) {
      spans.push(spans.at(-1) ?? 5);
      costs.push(costs.at(-1) ?? 0);
    } else if (spans.length > 1) {
      spans.pop();
      costs.pop();
    }
    this.setParam('spans', spans);
    this.setParam('managerCosts', costs);
  }

  protected renderParams(): unknown {
    const t = this.t;
    const unit = `${this.fmt.currency}, ${t.perYear}`;
    const spans = nums(this.input.spans);
    return html`${this.field({ path: 'newCustomersTarget', label: t.newCustomersTarget, unit: t.customersAYear, hint: t.newCustomersTargetHint, kind: 'int' })}
      ${this.field({ path: 'avgContractValue', label: t.avgContractValue, unit: this.fmt.currency, kind: 'money' })}
      ${this.field({ path: 'customersPerRep', label: t.customersPerRep, unit: t.customersAYear, hint: t.customersPerRepHint, slider: [1, 200, 1] })}
      ${this.field({ path: 'repCost', label: t.repCost, unit, kind: 'money' })}
      ${this.field({ path: 'opsCost', label: t.opsCost, unit, kind: 'money', optional: true })}
      ${this.field({ path: 'grossMarginRate', label: t.grossMarginRate, unit: '%', hint: t.grossMarginRateHint, kind: 'pct', optional: true, slider: [0, 100, 1] })}
      ${this.field({ path: 'targetMarginRate', label: t.targetMarginRate, unit: '%', hint: t.targetMarginRateHint, kind: 'pct', optional: true, slider: [0, 100, 1] })}
      <div part="levels">
        ${this.table(
          '',
          t.levels,
          [t.levelCol, `${t.span} (${t.perManager})`, `${t.managerCost} (${unit})`],
          spans.map((_, i) => [
            t.level(i + 1),
            this.field({
              path: `spans.${i}`,
              label: `${t.span} · ${t.level(i + 1)}`,
              kind: 'int',
              bare: true,
              slider: [1, 20, 1],
            }),
            this.field({
              path: `managerCosts.${i}`,
              label: `${t.managerCost} · ${t.level(i + 1)}`,
              kind: 'money',
              bare: true,
            }),
          ]),
        )}
        <div class="row no-print">
          <button type="button" @click=${() => this.levels(true)}>${t.addLevel}</button>
          <button type="button" ?disabled=${spans.length < 2} @click=${() => this.levels(false)}>
            ${t.removeLevel}
          </button>
          ${this.revertBtn('spans', t.levels)}${this.revertBtn('managerCosts', t.managerCost)}
        </div>
      </div>`;
  }

  // ---- results -----------------------------------------------------------------

  protected figures(r: SalesOrgResult, _input: Record<string, unknown>): Figure[] {
    const t = this.t;
    return [
      {
        key: 'healthy',
        label: t.health,
        value: r.healthy ? 1 : 0,
        kind: 'text',
        text: r.healthy ? t.healthy : t.unhealthy,
      },
      { key: 'reps', label: t.reps, value: r.reps, kind: 'int' },
      { key: 'managers', label: t.managers, value: r.headcount - r.reps, kind: 'int' },
      { key: 'headcount', label: t.headcount, value: r.headcount, kind: 'int' },
      { key: 'revenue', label: t.revenue, value: r.revenue, kind: 'money' },
      { key: 'margin', label: t.margin, value: r.margin, kind: 'money' },
      { key: 'marginRate', label: t.marginRate, value: r.marginRate, kind: 'pct' },
    ];
  }

  protected renderResults(r: SalesOrgResult, input: Record<string, unknown>): unknown {
    const t = this.t;
    const f = this.fmt;
    const spans = nums(input.spans);
    const costs = nums(input.managerCosts);
    const steps: (WaterfallStep & { label: string })[] = [
      { key: 'revenue', label: t.revenue, value: r.revenue, total: true },
      ...(r.grossProfit < r.revenue
        ? [{ key: 'costOfSales', label: t.costOfSales, value: r.grossProfit - r.revenue }]
        : []),
      { key: 'labour', label: t.labour, value: -r.laborCost },
      { key: 'management', label: t.management, value: -r.managementCost },
      { key: 'margin', label: t.margin, value: r.margin, total: true },
    ];
    // Column labels wrap under their column (three lines at most); the table has them whole.
    const band = (420 - 56) / steps.length;
    const lines = steps.map((s) => wrapLabel(s.label, band - 4));
    const extra = Math.max(...lines.map((l) => l.length)) * 11;
    const w = waterfallLayout(steps, { width: 420, height: 188 + extra, bottom: 8 + extra });
    const org = orgLayout(r.reps, r.managers, spans, ORG_BOX);
    const roles = [t.repsRole, ...r.managers.map((_, k) => t.managerRole(k + 1))];
    return html`<p part="verdict" class=${r.healthy ? 'ok' : 'bad'} data-healthy=${r.healthy}>
        <span class="weak">${t.health}</span><strong>${r.healthy ? t.healthy : t.unhealthy}</strong>
        <span>${t.marginRate} ${f.percent(r.marginRate)}</span>
      </p>
      <figure part="waterfall">
        <figcaption>${t.waterfall}</figcaption>
        <svg
          viewBox="0 0 ${w.width} ${w.height}"
          role="img"
          aria-label=${steps.map((s) => `${s.label} ${f.money(s.value)}`).join(', ')}
        >
          ${w.ticks.map((k) => svg`<line class="axis" x1="56" x2=${w.width} y1=${k.y} y2=${k.y}></line><text class="tick" x="52" y=${k.y + 3} text-anchor="end">${f.compactMoney(k.value)}</text>`)}
          ${w.bars.map((b, i) => {
            const cls = b.key === 'revenue' ? 'c2' : b.key === 'margin' && b.value >= 0 ? 'c1' : 'c3';
            return svg`<rect class=${cls} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>
              <text x=${b.x + b.width / 2} y=${b.y - 3} text-anchor="middle">${f.compactMoney(b.value)}</text>
              <text y=${w.height - extra + 2} text-anchor="middle" class="tick">${lines[i]!.map((l, k) => svg`<tspan x=${b.x + b.width / 2} dy=${k ? 11 : 0}>${l}</tspan>`)}</text>`;
          })}
          <line class="axis zero" x1="56" x2=${w.width} y1=${w.zero} y2=${w.zero}></line>
        </svg>
      </figure>
      ${this.table(
        'waterfall-table',
        t.waterfall,
        [t.lever, t.value],
        steps.map((s) => [s.label, f.money(s.value)]),
      )}
      <figure part="org-chart">
        <figcaption>${t.org}</figcaption>
        ${renderOrg(
          org,
          (n) => [
            roles[n.level] ?? '',
            n.level && !n.grouped ? '' : n.grouped ? `× ${f.integer(n.count)}` : f.integer(n.count),
          ],
          `${roles.map((role, k) => `${role} ${f.integer(k ? r.managers[k - 1] : r.reps)}`).join(', ')}; ${t.headcount} ${f.integer(r.headcount)}`,
        )}
      </figure>
      ${this.table(
        'org-table',
        t.org,
        [t.levelCol, t.count, `${t.span} (${t.perManager})`, t.managerCost],
        [
          [t.repsRole, f.integer(r.reps), '', ''],
          ...r.managers.map((m, k) => [t.managerRole(k + 1), f.integer(m), f.integer(spans[k]), f.money(costs[k])]),
        ],
        [t.headcount, f.integer(r.headcount), '', ''],
      )}
      ${this.timeline_()}`;
  }

  // ---- what to tune ------------------------------------------------------------

  protected renderAdvice(r: SalesOrgResult, input: Record<string, unknown>): unknown {
    const t = this.t;
    const f = this.fmt;
    const ok = r.healthy;
    const be = r.breakEven;
    // The model's break-even as it is (13,833.33…); Apply sets it rounded to the cent on the healthy side.
    const exact = (v: number | null) =>
      v === null ? '' : `${f.money(v, 2)}${Math.abs(v * 100 - Math.round(v * 100)) > 1e-6 ? '…' : ''}`;
    type Row = [
      step: number,
      label: string,
      now: string,
      text: string,
      apply?: [path: string, value: number, shown: string],
    ];
    const rows: Row[] = [];
    const word = (v: number | null, shown: string, up: boolean) =>
      v === null
        ? t.noneAlone
        : ok
          ? up
            ? t.canFallTo(shown)
            : t.canRiseTo(shown)
          : up
            ? t.raiseTo(shown)
            : t.cutTo(shown);
    nums(input.spans).forEach((s, i) => {
      const v = be.spans[i] ?? null;
      rows.push([
        2,
        t.spanOf(i + 1),
        f.integer(s),
        word(v, f.integer(v), true),
        v === null || v === s ? undefined : [`spans.${i}`, v, f.integer(v)],
      ]);
    });
    // Money is applied rounded to the cent on the healthy side of the break-even.
    const p = be.avgContractValue === null ? null : Math.ceil(be.avgContractValue * 100 - 1e-6) / 100;
    rows.push([
      3,
      t.levers.avgContractValue,
      f.money(Number(input.avgContractValue)),
      word(p, exact(be.avgContractValue), true),
      p === null ? undefined : ['avgContractValue', p, f.money(p, 2)],
    ]);
    const pcu = be.customersPerRep;
    rows.push([
      3,
      t.levers.customersPerRep,
      f.number(Number(input.customersPerRep), 2),
      word(pcu, f.integer(pcu), true),
      pcu === null ? undefined : ['customersPerRep', pcu, f.integer(pcu)],
    ]);
    const rc = be.repCost === null ? null : Math.floor(be.repCost * 100 + 1e-6) / 100;
    rows.push([
      4,
      t.levers.repCost,
      f.money(Number(input.repCost)),
      word(rc, exact(be.repCost), false),
      rc === null ? undefined : ['repCost', rc, f.money(rc, 2)],
    ]);
    const ops = be.opsCost === null ? null : Math.floor(be.opsCost * 100 + 1e-6) / 100;
    rows.push([
      4,
      t.levers.opsCost,
      f.money(Number(input.opsCost ?? 0)),
      word(ops, exact(be.opsCost), false),
      ops === null ? undefined : ['opsCost', ops, f.money(ops, 2)],
    ]);
    rows.push([5, t.levers.newCustomersTarget, f.integer(Number(input.newCustomersTarget)), ok ? '—' : t.revisit]);
    return html`<p class=${ok ? 'ok' : ''}>${ok ? t.leadHealthy : t.leadUnhealthy}</p>
      ${this.table(
        'break-even',
        t.breakEven,
        [t.lever, t.step, t.now, t.breakEvenCol, ACTIONS[this.locale].apply],
        rows.map(([step, label, now, text, apply]) => [
          label,
          step,
          now,
          text,
          apply && apply[1] !== getNow(input, apply[0])
            ? html`<button
                type="button"
                aria-label=${t.applyTo(label, apply[2])}
                @click=${(e: Event) => keepFocus(this, e, () => this.setParam(apply[0], apply[1]))}
              >
                ${ACTIONS[this.locale].apply}
              </button>`
            : nothing,
        ]),
      )}`;
  }
}

/** The current value of a lever path in the input (`spans.1`, `repCost`). */
const getNow = (input: Record<string, unknown>, path: string): unknown => {
  const [k, i] = path.split('.');
  const v = input[k!];
  return i === undefined ? v : Array.isArray(v) ? v[Number(i)] : undefined;
};
