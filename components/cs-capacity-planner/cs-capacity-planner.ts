import { csCapacityTables } from '../../src/export/planners.js';
import type { ExportTable } from '../../src/export/table.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  planCsCapacity,
  planCsSegments,
  type CsCapacityResult,
  type CsSegmentResult,
  type CsSegmentsResult,
} from '../../src/models/cs-capacity.js';
import { CS, type CsStrings } from '../../src/i18n/cs-capacity-planner.js';
import { projectionLayout } from '../../src/charts/projection.js';
import { stackBar } from '../../src/charts/funnel.js';
import { orgLayout } from '../../src/charts/org-tree.js';
import { Planner, isObj, paramProps, type Field, type Figure } from '../shared/planner.js';
import { TiersSlot } from './tiers-slot.js';
import { PrintDetails } from './print-details.js';
import { ORG_BOX, renderOrg } from '../shared/planner-org.js';
import { csStyles } from './cs-capacity-planner.styles.js';
import { segmentsAdvice, singleAdvice } from './cs-advice.js';
import { ACTIONS } from '../../src/i18n/actions.js';

type Out = CsCapacityResult | CsSegmentsResult;
const isSegments = (r: Out): r is CsSegmentsResult => 'segments' in r;
const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);
const num = (v: unknown, d = 0): number => (typeof v === 'number' ? v : d);
type Obj = Record<string, unknown>;

/**
 * The seed's customer-success organisation model (客户成功组织设计模型) made
 * live, in its five steps: the paying-customer base at the horizon from
 * today's count, new customers and churn; the deep-service share from the
 * tiering strategy's cycle; the service hours (T, T1) and the shares r1 and
 * r2; the customers one CSM serves at saturated workload, shown as the
 * formula n = r1·T / (r2·T1) with the user's numbers; and the CSMs and
 * managers by the spans of control R1, R2, R3. Beyond the seed: segments
 * (KA, SMB, an industry…), each with its own hours and shares, summed
 * (`segments` in the data): a table edits each segment's main numbers cell
 * by cell, a picker opens the rest of one segment (its spans too) with its
 * own formula, split and projection, and the combined organisation has its
 * own spans.
 *
 * Precedence: the user's edits or a loaded scenario, then the attributes,
 * then `data`; without any data it opens on docs/models.md's worked example.
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
 * @attr {string} customer-list - Customers to count by tier, JSON `[{ "id"?, "values": {…} }]`: r2 from the focus tiers (docs/models.md §6 extras); a list can also be imported in the element (a CRM export).
 * @attr {string} tiering-model - The customer-value model (§1) for the list, JSON; default the customer preset.
 *
 * @fires {CustomEvent<CsCapacityResult | CsSegmentsResult>} revops-change - A new result: `detail` is the planCsCapacity output (planCsSegments with `segments`).
 * @fires {CustomEvent<InvalidDetail>} revops-invalid - Input could not be used: `detail.issues` lists `{ path, message }`; `source` is `data` or `segments`.
 *
 * @csspart base - The planner frame.
 * @csspart header - Title, scenario name and export buttons.
 * @csspart scenario - The loaded scenario's name (with “modified” after further edits).
 * @csspart error - The alert naming each bad field.
 * @csspart loading - Loading status while `src` is fetched.
 * @csspart notice - Storage notice.
 * @csspart parameters - The parameters form.
 * @csspart results - Key figures, formula, charts and tables.
 * @csspart figures - Key figures, and scenarios A and B beside them.
 * @csspart formula - The capacity formula with the user's numbers.
 * @csspart split - Deep and standard service in one CSM's month.
 * @csspart projection - Customers (area) and CSMs needed (step line) by month.
 * @csspart projection-table - The projection's numbers.
 * @csspart org-chart - The CS org chart.
 * @csspart org-table - Head counts per level.
 * @csspart segments - Segments mode: the editable table of segments.
 * @csspart segment-table - Segments mode: each segment's result and the sum.
 * @csspart scenario-diff - The parameters where scenarios A and B differ.
 * @csspart advice - What to tune next, in the seed's five steps.
 * @csspart tiers - With a customer list: the count by tier and the button that sets r2 from it.
 * @csspart tier-table - Customers and share by tier, focus tiers ticked.
 * @csspart customer-import - A customer list imported in the element (CRM export, the shared import view).
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

  protected override rowsKey = 'segments';
  /** Segments mode: the segment whose details are open. */
  @state() private seg = 0;
  /** Customers to count by tier, `[{ id?, values }]`: r2 from the focus tiers (docs/models.md §6 extras). */
  @property({ type: Object, attribute: 'customer-list' }) customerList?: unknown;
  /** The customer-value model (§1) the list is tiered with; default the customer preset. */
  @property({ type: Object, attribute: 'tiering-model' }) tieringModel?: unknown;
  /** r2 from the tiers of `customer-list` or of a list imported here (docs/models.md §6 extras). */
  private readonly tiers = new TiersSlot(
    this,
    (slot, load) => this.lazyPart(slot, load),
    (i) => this.issueText(i),
  );

  /** Print opens the closed disclosures (the projection table). */
  protected readonly printDetails = new PrintDetails(this);

  protected override storagePending(): boolean {
    return super.storagePending() || this.tiers.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.tiers.sync();
    super.willUpdate(changed);
  }

  get t(): CsStrings {
    return CS[this.locale];
  }

  protected get heading(): string {
    return this.t.title;
  }

  protected defaults(): Obj {
    return {
      customers: 1200,
      monthlyNewCustomers: 40,
      monthlyChurnRate: 0,
      horizonMonths: 12,
      serviceHoursPerCsm: 120,
      deepHoursPerCustomer: 6,
      deepHoursShare: 0.6,
      deepServiceMonths: 3,
      spans: [8, 4, 5],
    };
  }

  protected compute(input: Obj): Out {
    return input.segments !== undefined && input.segments !== null ? planCsSegments(input) : planCsCapacity(input);
  }

  // ---- parameters ------------------------------------------------------------

  /** One parameter by key, under a prefix ('' or `segments.<i>.`). */
  private fieldOf(p: string, k: string, bare?: boolean): TemplateResult {
    const t = this.t;
    const h = t.hoursPerMonth;
    const spec: Record<string, Omit<Field, 'path'>> = {
      label: { label: t.segmentLabel, kind: 'text', optional: true },
      customers: { label: t.customers, unit: t.customersUnit, kind: 'int' },
      monthlyNewCustomers: { label: t.monthlyNewCustomers, unit: t.perMonth, optional: true },
      monthlyChurnRate: { label: t.monthlyChurnRate, unit: '%', kind: 'pct', optional: true, slider: [0, 10, 0.1] },
      horizonMonths: { label: t.horizonMonths, unit: t.months, kind: 'int', optional: true, slider: [0, 36, 1] },
      serviceHoursPerCsm: { label: t.serviceHoursPerCsm, unit: h },
      deepHoursPerCustomer: { label: t.deepHoursPerCustomer, unit: h },
      deepHoursShare: { label: t.deepHoursShare, unit: '%', kind: 'pct', slider: [0, 100, 1] },
      deepCustomerShare: {
        label: t.deepCustomerShare,
        unit: '%',
        kind: 'pct',
        optional: true,
        hint: t.deepCustomerShareHint,
      },
      deepServiceMonths: { label: t.deepServiceMonths, unit: t.months, optional: true },
      keyAccounts: { label: t.keyAccounts, unit: t.customersUnit, kind: 'int', optional: true },
      standardHoursPerCustomer: {
        label: t.standardHoursPerCustomer,
        unit: h,
        optional: true,
        hint: t.standardHoursHint,
      },
    };
    const f = spec[k]!;
    const name = p ? this.segName(getPathSafe(this.input, p.slice(0, -1)), Number(p.split('.')[1])) : '';
    return this.field({
      ...f,
      path: p + k,
      ...(bare ? { bare, label: `${f.label} · ${name}`, slider: undefined, hint: undefined } : {}),
    });
  }

  /** The last segment (a new one starts as its copy), or an empty one. */
  private lastSegment(segs: readonly unknown[]): Obj {
    const last = segs.at(-1);
    return isObj(last) ? last : {};
  }

  private segName(s: unknown, i: number): string {
    const name = isObj(s) ? s.label || s.key : undefined;
    return typeof name === 'string' || typeof name === 'number' ? String(name) : String(i + 1);
  }

  /** Add a level above the top one (same span), or remove the top level, of the spans at `path`. */
  private levels(path: string, spans: number[], add: boolean): void {
    if (add) spans.push(spans.at(-1) ?? 5);
    else spans.pop();
    this.setParam(path, spans);
  }

  private spansTable(path: string, caption: string): TemplateResult {
    const t = this.t;
    const spans = nums(getPathSafe(this.input, path));
    return html`${this.table(
        '',
        caption,
        [t.levelCol, `${t.span} (${t.perManager})`],
        spans.map((_, i) => [
          t.level(i + 1),
          this.field({
            path: `${path}.${i}`,
            label: `${t.span} · ${t.level(i + 1)}`,
            kind: 'int',
            bare: true,
            slider: [1, 20, 1],
          }),
        ]),
      )}
      <div class="row no-print">
        <button type="button" @click=${() => this.levels(path, spans, true)}>${t.addLevel}</button>
        <button type="button" ?disabled=${spans.length < 2} @click=${() => this.levels(path, spans, false)}>
          ${t.removeLevel}
        </button>
        ${this.revertBtn(path, caption)}
      </div>`;
  }

  protected renderParams(): unknown {
    const t = this.t;
    const input = this.input;
    const all = [
      'customers',
      'monthlyNewCustomers',
      'monthlyChurnRate',
      'horizonMonths',
      'serviceHoursPerCsm',
      'deepHoursPerCustomer',
      'deepHoursShare',
      'deepCustomerShare',
      'deepServiceMonths',
      'keyAccounts',
      'standardHoursPerCustomer',
    ];
    if (input.segments == null) {
      const tiers = this.tiers.view();
      return html`${all.map((k) => (k === 'deepCustomerShare' ? html`${this.fieldOf('', k)}${tiers?.mark(input) ?? nothing}` : this.fieldOf('', k)))}${this.spansTable('spans', t.spans)}${tiers?.render(input) ?? this.tiers.button(t.importCustomers)}`;
    }
    // Segments: the main numbers of every segment in a table, cell by cell; the rest of one segment below it.
    const segs: unknown[] = Array.isArray(input.segments) ? input.segments : [];
    const cells = [
      'customers',
      'monthlyNewCustomers',
      'serviceHoursPerCsm',
      'deepHoursPerCustomer',
      'deepHoursShare',
      'deepCustomerShare',
    ];
    const h = t.hoursPerMonth;
    const i = Math.max(0, Math.min(this.seg, segs.length - 1));
    const first = segs.find((s) => isObj(s) && Array.isArray(s.spans)) as Obj | undefined;
    let n = segs.length + 1;
    while (segs.some((s) => isObj(s) && s.key === `segment-${n}`)) n++;
    return html`<p class="weak">${t.segmentsLead}</p>
      ${this.table(
        'segments',
        t.segments,
        [
          t.segment,
          `${t.customers} (${t.customersUnit})`,
          `${t.monthlyNewCustomers} (${t.perMonth})`,
          `T (${h})`,
          `T1 (${h})`,
          'r1 (%)',
          'r2 (%)',
          this.ps.drop,
        ],
        segs.map((s, j) => {
          const name = this.segName(s, j);
          return [
            name,
            ...cells.map((k) => this.fieldOf(`segments.${j}.`, k, true)),
            this.btn(
              '×',
              () =>
                this.setParam(
                  'segments',
                  segs.filter((_, x) => x !== j),
                ),
              `${this.ps.drop} ${name}`,
              segs.length < 2,
            ),
          ];
        }),
      )}
      <div class="row no-print">
        ${this.btn(t.addSegment, () => this.setParam('segments', [...segs, { ...structuredClone(this.lastSegment(segs)), key: `segment-${n}`, label: `${t.segment} ${n}` }]))}
        ${this.revertBtn('segments', t.segments)}
      </div>
      ${
        segs.length
          ? html`${this.select(
              'seg',
              t.details,
              String(i),
              segs.map((s, j) => [String(j), this.segName(s, j)]),
              (v) => (this.seg = +v),
            )}
            ${['label', ...all.filter((k) => !cells.includes(k))].map((k) => this.fieldOf(`segments.${i}.`, k))}
            ${this.spansTable(`segments.${i}.spans`, `${t.spans} · ${this.segName(segs[i], i)}`)}`
          : nothing
      }
      <h4>${t.combined}</h4>
      ${
        Array.isArray(input.spans)
          ? this.spansTable('spans', t.spans)
          : html`<p class="weak">${t.combinedHint}</p>
              <p class="row no-print">
                ${this.btn(t.ownSpans, () => this.setParam('spans', nums(first?.spans).length ? nums(first?.spans) : [8]))}
              </p>`
      }`;
  }

  // ---- results -----------------------------------------------------------------

  protected figures(r: Out, _input: Obj): Figure[] {
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
          orgLayout(csms, managers, spans, ORG_BOX),
          (n) => [
            roles[n.level] ?? '',
            n.level && !n.grouped ? '' : n.grouped ? `× ${f.integer(n.count)}` : f.integer(n.count),
          ],
          roles.map((role, k) => `${role} ${f.integer(counts[k])}`).join(', '),
        )}
      </figure>
      ${this.table(
        'org-table',
        t.org,
        [t.levelCol, t.count, `${t.span} (${t.perManager})`],
        roles.map((role, k) => [role, f.integer(counts[k]), k ? f.integer(spans[k - 1]) : '']),
        [t.total, f.integer(counts.reduce((s, c) => s + c, 0)), ''],
      )}`;
  }

  /** Segments mode: each input segment beside its plan (undefined for a skipped one). */
  private pairs(r: CsSegmentsResult, segs: unknown[]): [Obj, CsSegmentResult | undefined][] {
    const bad = new Set(r.invalid.map((v) => v.index));
    let k = 0;
    return segs.map((s, j) => [isObj(s) ? s : {}, bad.has(j) ? undefined : r.segments[k++]]);
  }

  /** The spans of the combined organisation: the top-level ones, else the first valid segment's (as the model does). */
  private combinedSpans(r: CsSegmentsResult, input: Obj): number[] {
    const first = this.pairs(r, Array.isArray(input.segments) ? input.segments : []).find(([, y]) => y);
    return nums(Array.isArray(input.spans) ? input.spans : first?.[0].spans);
  }

  protected renderResults(r: Out, input: Obj): unknown {
    return isSegments(r) ? this.renderSegments(r, input) : this.renderSingle(r, input);
  }

  private renderSegments(r: CsSegmentsResult, input: Obj): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const pairs = this.pairs(r, Array.isArray(input.segments) ? input.segments : []);
    const sel = pairs[Math.max(0, Math.min(this.seg, pairs.length - 1))];
    return html`${this.table(
      'segment-table',
      t.segments,
      [t.segment, t.base, t.r2, t.capacity, t.csms, t.managers],
      r.segments.map((s) => [
        s.label,
        f.number(s.base, 1),
        f.percent(s.deepCustomerShare),
        f.integer(s.capacityPerCsm),
        f.integer(s.csms),
        s.managers.map((m) => f.integer(m)).join(' + ') || '0',
      ]),
      [
        ACTIONS[this.locale].total,
        f.number(r.total.base, 1),
        '',
        '',
        f.integer(r.total.csms),
        r.total.managers.map((m) => f.integer(m)).join(' + ') || '0',
      ],
    )}
    ${this.org(r.total.csms, r.total.managers, this.combinedSpans(r, input))}
    ${
      sel?.[1]
        ? html`<h3>${sel[1].label}</h3>
            ${this.renderSingle(sel[1], sel[0], true)}`
        : nothing
    }`;
  }

  private renderSingle(r: CsCapacityResult, input: Obj, segment?: boolean): TemplateResult {
    const t = this.t;
    const f = this.fmt;
    const b = r.bounds;
    const T = num(input.serviceHoursPerCsm);
    const T1 = num(input.deepHoursPerCustomer);
    const r1 = num(input.deepHoursShare);
    const r2 = r.deepCustomerShare;
    const T2 = num(input.standardHoursPerCustomer);
    const n = (x: number | null, d = 4) => f.number(x, d);
    const mark = (k: string) => (b.binding === k && b.deep !== null && b.standard !== null ? ` (${t.binds})` : '');
    const lines = [
      ...(b.deep !== null
        ? [
            `${t.deepBound}: r1·T / (r2·T1) = ${n(r1)} × ${n(T)} / (${n(r2)} × ${n(T1)}) = ${n(b.deep, 2)}${mark('deep')}`,
          ]
        : []),
      ...(b.standard !== null
        ? [
            `${t.standardBound}: (1−r1)·T / ((1−r2)·T2) = ${n(1 - r1)} × ${n(T)} / (${n(1 - r2)} × ${n(T2)}) = ${n(b.standard, 2)}${mark('standard')}`,
          ]
        : []),
    ];
    const hours = `${t.hours} (${t.h})`;
    const split: [string, number, number, string][] = [
      [hours, r.hours.deep, r.hours.standard, t.h],
      ...(r.customersPerCsm
        ? [[t.perCsm, r.customersPerCsm.deep, r.customersPerCsm.standard, ''] as [string, number, number, string]]
        : []),
    ];
    const proj = projectionLayout(r.monthly.map((m) => ({ month: m.month, value: m.customers, count: m.csms })));
    const last = r.monthly.at(-1);
    return html`<div part="formula" role="group" aria-label=${t.formula}>
        <span class="weak">${t.formula}</span>
        ${lines.map((l) => html`<span>${l}</span>`)}
        <strong>n = ${lines.length > 1 ? `${t.min} = ` : ''}${f.integer(r.capacityPerCsm)}</strong>
      </div>
      <figure part="split">
        <figcaption>${t.split}</figcaption>
        <svg
          viewBox="0 0 420 ${split.length * 28}"
          role="img"
          aria-label=${split.map(([label, d, s, u]) => `${label}: ${t.deep} ${n(d, 1)}${u}, ${t.standard} ${n(s, 1)}${u}`).join('; ')}
        >
          ${split.map(
            ([label, d, s, u], i) => svg`<text x="112" y=${i * 28 + 13} text-anchor="end">${label}</text>
            <g transform="translate(118 ${i * 28})">${stackBar([d, s], d + s, 210).segments.map((x, j) => svg`<rect class="c${j ? 4 : 2}" x=${x.x} width=${x.width} height="18"></rect>`)}</g>
            <text x="420" y=${i * 28 + 13} text-anchor="end" class="tick">${n(d, 1)} ${u} / ${n(s, 1)} ${u}</text>`,
          )}
        </svg>
        <p class="legend">
          <span><i class="key c2"></i>${t.deep}</span><span><i class="key c4"></i>${t.standard}</span>
        </p>
      </figure>
      <figure part="projection">
        <figcaption>${t.projection}</figcaption>
        <svg
          viewBox="0 0 ${proj.width} ${proj.height}"
          role="img"
          aria-label=${`${t.month} 0: ${f.number(r.monthly[0]?.customers, 0)} / ${f.integer(r.monthly[0]?.csms)}; ${t.month} ${last?.month}: ${f.number(last?.customers, 0)} / ${f.integer(last?.csms)} (${t.perCsm} / ${t.csms})`}
        >
          ${proj.yTicks.map((k) => svg`<line class="axis" x1=${proj.left} x2=${proj.width - proj.right} y1=${k.y} y2=${k.y}></line><text class="tick" x=${proj.left - 4} y=${k.y + 3} text-anchor="end">${f.number(k.value, 0)}</text>`)}
          ${proj.countTicks.map((k) => svg`<text class="tick" x=${proj.width - proj.right + 4} y=${k.y + 3}>${f.integer(k.value)}</text>`)}
          ${proj.xTicks.map((k) => svg`<text class="tick" x=${k.x} y=${proj.height - 6} text-anchor="middle">${k.value}</text>`)}
          <path class="area" d=${proj.area}></path>
          <path class="step" d=${proj.step}></path>
        </svg>
        <p class="legend">
          <span><i class="key c2"></i>${t.perCsm}</span><span><i class="key c5"></i>${t.csms}</span>
        </p>
      </figure>
      <details>
        <summary>${ACTIONS[this.locale].table}: ${t.projection}</summary>
        ${this.table(
          'projection-table',
          t.projection,
          [t.month, t.perCsm, t.csms],
          r.monthly.map((m) => [m.month, f.number(m.customers, 1), f.integer(m.csms)]),
        )}
      </details>
      ${segment ? nothing : this.org(r.csms, r.managers, nums(input.spans))}`;
  }

  // ---- what to tune ------------------------------------------------------------

  protected renderAdvice(r: Out, input: Obj): unknown {
    if (isSegments(r))
      return segmentsAdvice(
        r,
        this.pairs(r, Array.isArray(input.segments) ? input.segments : []),
        this.combinedSpans(r, input),
        this.t,
        this.fmt,
      );
    return singleAdvice(r, input, this.t, this.fmt);
  }

  /** CSV and Excel: the monthly projection (or the segments and their total). */
  protected override exportTables(r: Out): ExportTable[] {
    return csCapacityTables(r, this.t, ACTIONS[this.locale].total);
  }
}

/** A value at a dot path, whatever lies on the way. */
const getPathSafe = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((a, k) => (isObj(a) || Array.isArray(a) ? (a as Obj)[k] : undefined), o);
