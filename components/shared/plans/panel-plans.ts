/**
 * A risk panel's plans people own (issue 14): the PlanHost the plan
 * templates read, over the panel's saved state. Each change is a pure
 * transition (src/models/plans.ts, src/views/playbooks.ts), saved under
 * the storage-key and told to the host as `revops-plan-change`.
 */
import type { Formatter, Locale } from '../../../src/i18n/format.js';
import { html, nothing, type TemplateResult } from 'lit';
import { planAction, planFigures, type Plan, type PlanAction } from '../../../src/models/plans.js';
import { dayNumber } from '../../../src/models/math.js';
import { PLANS } from '../../../src/i18n/plans.js';
import { toCsv } from '../../../src/parse/csv.js';
import {
  editPlaybook,
  openRecordPlan,
  planJson,
  planTaskTable,
  playbooksOf,
  resolvePlaybooks,
  signalPlaybooks,
  type Playbook,
  type PlaybookEdit,
  type PlaybookEdits,
  type SavedPlans,
} from '../../../src/views/playbooks.js';
import type { LabelKind } from '../../../src/views/code-labels.js';
import { downloadText } from '../download.js';
import type { PlaybookMakers } from '../risk/risk-config.js';
import { planView, type PlanHost } from './plan-host.js';

// The plans' styles come with their code: a risk panel adopts them when it is in (risk/later-styles.ts).
export { planStyles } from './plans.styles.js';

/** Detail of `revops-plan-change`: the plan of a record after a change (`removed` never: plans are closed, not removed). */
export interface PlanChangeDetail {
  /** The row key the plan is kept under (the record's id; id and input index for an id on several rows). */
  rowKey: string;
  /** The record's id. */
  record: string;
  /** What changed: `open`, `assign`, `due`, `step`, `review`, `close` or `reopen`. */
  change: 'open' | PlanAction['type'];
  plan: Plan;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'revops-plan-change': CustomEvent<PlanChangeDetail>;
  }
}

export interface PanelPlansOptions {
  loc(): Locale;
  f(): Formatter;
  day(iso: string | null | undefined): string;
  asOf(): string;
  kept(): boolean;
  planKind: string;
  defaults(loc: Locale): readonly Playbook[];
  recordName(rowKey: string): string;
  plans(): SavedPlans;
  playbooks(): PlaybookEdits;
  setPlans(plans: SavedPlans): void;
  setPlaybooks(edits: PlaybookEdits): void;
  emit(detail: PlanChangeDetail): void;
  /** File name base of the exports (the tag name). */
  fileBase: string;
  /** The element: rendered again once the plan templates have loaded. */
  host: { requestUpdate(): void };
}

export class PanelPlans implements PlanHost {
  constructor(private readonly o: PanelPlansOptions) {}

  get loc(): Locale {
    return this.o.loc();
  }
  get f(): Formatter {
    return this.o.f();
  }
  day(iso: string | null | undefined): string {
    return this.o.day(iso);
  }
  get asOf(): string {
    return this.o.asOf();
  }
  get plans(): SavedPlans {
    return this.o.plans();
  }
  get defaults(): readonly Playbook[] {
    return this.o.defaults(this.o.loc());
  }
  get edits(): PlaybookEdits {
    return this.o.playbooks();
  }
  get planKind(): string {
    return this.o.planKind;
  }
  get kept(): boolean {
    return this.o.kept();
  }
  recordName(rowKey: string): string {
    return this.o.recordName(rowKey);
  }

  openPlan(rowKey: string, record: string, codes: readonly string[], wordsOf: (code: string) => string): void {
    if (this.plans[rowKey]) return;
    const books = resolvePlaybooks(this.defaults, this.edits);
    const plan = openRecordPlan(record, this.o.planKind, codes, books, wordsOf, this.asOf);
    this.o.setPlans({ ...this.plans, [rowKey]: plan });
    this.o.emit({ rowKey, record, change: 'open', plan });
  }

  planAction(rowKey: string, action: PlanAction): void {
    const was = this.plans[rowKey];
    if (!was) return;
    const plan = planAction(was, action);
    if (plan === was) return;
    this.o.setPlans({ ...this.plans, [rowKey]: plan });
    this.o.emit({ rowKey, record: plan.record, change: action.type, plan });
  }

  editPlaybook(key: string, edit: PlaybookEdit): void {
    const next = editPlaybook(this.edits, this.defaults, key, edit);
    if (next !== this.edits) this.o.setPlaybooks(next);
  }

  exportPlans(format: 'csv' | 'json'): void {
    const base = `${this.o.fileBase}-plans-${this.asOf}`;
    if (format === 'json')
      downloadText(`${base}.json`, JSON.stringify(planJson(this.plans, this.asOf), null, 2), 'application/json');
    else {
      const t = planTaskTable(this.plans, this.asOf);
      downloadText(`${base}.csv`, toCsv(t.header, t.cells), 'text/csv');
    }
  }

  // ---- templates (the plan templates load on first use: a row opened, the playbooks opened, a plan saved) ----

  private playbooksOpen = false;

  /** The overdue badge of a record's plan (in the row head; no module needed). */
  badge(rowKey: string): TemplateResult | typeof nothing {
    const plan = this.plans[rowKey];
    if (!plan) return nothing;
    const fig = planFigures(plan, dayNumber(this.asOf));
    return fig.overdue
      ? html`<span class="badge overdue" part="plan-overdue"
          >${PLANS[this.loc].overdue(this.f.integer(fig.daysOverdue))}</span
        >`
      : nothing;
  }

  /** A record's plan, in its details. */
  detail(
    rowKey: string,
    record: string,
    codes: readonly string[],
    wordsOf: (code: string) => string,
  ): TemplateResult | typeof nothing {
    if (!codes.length && !this.plans[rowKey]) return nothing;
    const v = planView(this.o.host);
    return v
      ? v.recordPlan(this, rowKey, record, codes, wordsOf)
      : html`<p class="weak">${PLANS[this.loc].loading}</p>`;
  }

  /** A row's overdue badge and plan, for the list and the card (plans are kept by record id). */
  parts<C, R extends { id: string }, Rec>(
    c: { codes(row: R): readonly string[]; words(ctx: C, row: R, rec: Rec): (code: string) => string },
    ctx: C,
  ) {
    return {
      badge: (row: R) => this.badge(row.id),
      detail: (row: R, rec: Rec) => this.detail(row.id, row.id, c.codes(row), c.words(ctx, row, rec)),
    };
  }

  /** The plan list with its exports, once there is a plan. */
  list(): TemplateResult | typeof nothing {
    if (!Object.keys(this.plans).length) return nothing;
    const v = planView(this.o.host);
    return v ? v.planListView(this) : nothing;
  }

  /** The playbook editor in the rules editor: a section whose content loads when first opened. */
  editor(): TemplateResult {
    const t = PLANS[this.loc];
    const v = this.playbooksOpen ? planView(this.o.host) : undefined;
    return html`<details
      class="playbooks-section"
      part="playbooks-section"
      ?open=${this.playbooksOpen}
      @toggle=${(e: Event) => {
        const open = (e.target as HTMLDetailsElement).open;
        if (open !== this.playbooksOpen) {
          this.playbooksOpen = open;
          this.o.host.requestUpdate();
        }
      }}
    >
      <summary>${t.playbooks}</summary>
      ${this.playbooksOpen ? (v ? v.playbookEditor(this) : html`<p class="weak">${t.loading}</p>`) : nothing}
    </details>`;
  }
}

const NONE: SavedPlans = Object.freeze({});

/** A record's name by its id (the first row with it), from the input list. */
function namesOf(list: readonly unknown[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of list as ({ id?: unknown; name?: unknown } | null)[])
    if (typeof r?.id === 'string' && !names.has(r.id)) names.set(r.id, typeof r.name === 'string' ? r.name : r.id);
  return names;
}

/** The PanelPlans of a panel over its saved state; record names come from the input `list`. */
export function panelPlansOf(
  saved: {
    plans: SavedPlans | undefined;
    playbooks: PlaybookEdits | undefined;
    setPlans(p: SavedPlans): void;
    setPlaybooks(e: PlaybookEdits): void;
  },
  o: Omit<PanelPlansOptions, 'plans' | 'playbooks' | 'setPlans' | 'setPlaybooks' | 'recordName'> & {
    list(): readonly unknown[];
  },
): PanelPlans {
  let memo: { list: readonly unknown[]; names: Map<string, string> } | undefined;
  return new PanelPlans({
    ...o,
    recordName: (id) => {
      const list = o.list();
      if (memo?.list !== list) memo = { list, names: namesOf(list) };
      return memo.names.get(id) ?? id;
    },
    plans: () => saved.plans ?? NONE,
    playbooks: () => saved.playbooks ?? {},
    setPlans: (p) => saved.setPlans(p),
    setPlaybooks: (e) => saved.setPlaybooks(e),
  });
}

/** What a risk panel's plans read of its context (components/shared/risk/risk-context.ts). */
export interface PlansContext {
  readonly loc: Locale;
  readonly f: Formatter;
  readonly storageKey: string | undefined;
  /** The input list of the assessment shown (record names). */
  readonly list: readonly unknown[];
  day(iso: string | null | undefined): string;
  label(kind: LabelKind, code: string, builtin?: string): string;
}

/** The plans of a risk panel whose configuration has playbooks (`c`), over its saved state and its context. */
export function riskPanelPlans(
  saved: Parameters<typeof panelPlansOf>[0],
  ctx: PlansContext,
  c: {
    kind: string;
    defaults(loc: Locale, label: PlansContext['label'], books: PlaybookMakers): readonly Playbook[];
  },
  o: Pick<PanelPlansOptions, 'asOf' | 'emit' | 'fileBase' | 'host'>,
): PanelPlans {
  return panelPlansOf(saved, {
    ...o,
    loc: () => ctx.loc,
    f: () => ctx.f,
    day: (iso) => ctx.day(iso),
    kept: () => !!ctx.storageKey,
    planKind: c.kind,
    defaults: (loc) =>
      c.defaults(loc, (kind, code, builtin) => ctx.label(kind, code, builtin), { playbooksOf, signalPlaybooks }),
    list: () => ctx.list,
  });
}
