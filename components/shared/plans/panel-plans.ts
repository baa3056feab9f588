/**
 * A risk panel's plans people own (issue 14): the PlanHost the plan
 * templates read, over the panel's saved state. Each change is a pure
 * transition (src/models/plans.ts, src/views/playbooks.ts), saved under
 * the storage-key and told to the host as `revops-plan-change`.
 */
import type { Formatter, Locale } from '../../../src/i18n/format.js';
import { planAction, type Plan, type PlanAction } from '../../../src/models/plans.js';
import { toCsv } from '../../../src/parse/csv.js';
import {
  editPlaybook,
  openRecordPlan,
  planJson,
  planTaskTable,
  resolvePlaybooks,
  type Playbook,
  type PlaybookEdit,
  type PlaybookEdits,
  type SavedPlans,
} from '../../../src/views/playbooks.js';
import { downloadText } from '../download.js';
import type { PlanHost } from './plan-host.js';

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
}
