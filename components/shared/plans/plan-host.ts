/**
 * What the plan templates (plan-view.ts) read of a risk panel and may ask
 * of it, and their loader: the templates are a module of their own, loaded
 * with a dynamic import the first time a record's plan, the plan list or
 * the playbook editor is shown (the build emits it as a file of its own),
 * so a page that never shows them does not load them.
 */
import type { Formatter, Locale } from '../../../src/i18n/format.js';
import type { PlanAction } from '../../../src/models/plans.js';
import type { Playbook, PlaybookEdit, PlaybookEdits, SavedPlans } from '../../../src/views/playbooks.js';
import { lazyView } from '../lazy-view.js';

export interface PlanHost {
  readonly loc: Locale;
  readonly f: Formatter;
  day(iso: string | null | undefined): string;
  /** The date the panel assesses as of (overdue is counted to it). */
  readonly asOf: string;
  readonly plans: SavedPlans;
  /** The panel's default playbooks and the user's edits. */
  readonly defaults: readonly Playbook[];
  readonly edits: PlaybookEdits;
  /** The playbook key of the panel's plans (response-plan, churn-playbook). */
  readonly planKind: string;
  /** Plans are kept (a storage-key) or last for the session. */
  readonly kept: boolean;
  /** A record's name for the plan list (its id when it has none). */
  recordName(rowKey: string): string;
  /** Open a plan on a record from the playbooks of its codes, or change a plan. */
  openPlan(rowKey: string, record: string, codes: readonly string[], wordsOf: (code: string) => string): void;
  planAction(rowKey: string, action: PlanAction): void;
  editPlaybook(key: string, edit: PlaybookEdit): void;
  exportPlans(format: 'csv' | 'json'): void;
  /** Show a record in the list (from the plan list). */
  showRecord?(rowKey: string): void;
}

/** The plan templates when loaded; otherwise starts loading them and renders `host` again once they are in. */
export const planView = lazyView(() => import('./plan-view.js'));
