/**
 * How a risk panel is configured: the one `RiskPanel` element runs input,
 * assessment, the list, the card, the toolbar and the rules editor shell;
 * an object of this type gives it the model, the words, the columns, the
 * filters, sorts and aggregates (pure functions of src/views) and the
 * templates of a row, its details, the summary, the charts and the rule
 * fields. Templates read the panel's state through a `RiskContext`.
 */
import type { CSSResult, nothing, TemplateResult } from 'lit';
import type { riskDrawer } from './drawer-view.js';
import type { Level, LevelCounts } from '../../../src/models/signals.js';
import type { RiskFacets, RiskKind, RiskModel, RiskRow } from '../../../src/risk/engine.js';
import type { RowStore } from '../../../src/risk/rows.js';
import type { Overlaid } from '../../../src/risk/overlay.js';
import type { InvalidRow } from '../../../src/schemas/issues.js';
import type { RiskStrings, RulesSource } from '../../../src/i18n/risk.js';
import type { Formatter, Locale } from '../../../src/i18n/format.js';
import type { PeopleColumn } from '../../../src/export/risk.js';
import type { Playbook, playbooksOf, signalPlaybooks } from '../../../src/views/playbooks.js';

/** What a panel's default playbooks are made with (given by the plans' code when it is in). */
export interface PlaybookMakers {
  playbooksOf: typeof playbooksOf;
  signalPlaybooks: typeof signalPlaybooks;
}
import type { LabelKind } from '../../../src/views/code-labels.js';
import type { CsvColumn, Filters, PlanTicks, RowMatch, SortSpec } from '../../../src/views/risk-view.js';

/** Detail of `revops-select`: the chosen row's id, its model result, and where it sits in the input. */
export interface RiskSelectDetail<R = RiskRow, Rec = unknown> {
  id: string;
  result: R;
  /** Index of the row in the input list. */
  index: number;
  /** The input row (name, owner, amount…). */
  record: Rec;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'revops-select': CustomEvent<RiskSelectDetail>;
  }
}

/** A filter of the toolbar: a select with options (the first is "all", value ''), or a checkbox without. */
export interface FilterControl {
  key: string;
  label: string;
  options?: { value: string; label: string }[];
}

/** A sort the toolbar offers: a sort of src/views with its label. */
export interface SortChoice extends SortSpec {
  label: string;
}

/** The model output `{ rows, summary, invalid }` (rows may be built when first read). */
export interface Assessed<R, S extends LevelCounts = LevelCounts> {
  rows: R[];
  summary: S;
  invalid: InvalidRow[];
}

/** One assessment: the model output, the facets every list operation runs on, the rows on demand, the input list. */
export interface RiskAssessed<R extends RiskRow, S extends LevelCounts = LevelCounts> {
  result: Assessed<R, S>;
  facets: RiskFacets;
  store: RowStore<R>;
  list: readonly unknown[];
}

/** An assessment with what it was run with: the panel shows one at a time. */
export interface RiskRun<R extends RiskRow, Rules, S extends LevelCounts = LevelCounts> {
  assessed: RiskAssessed<R, S>;
  /** The input was one record (or a list of one): the compact card. */
  single: boolean;
  asOf: string;
  /** No asOf in the data: today's UTC date was used. */
  defaulted: boolean;
  /** Where the host's rules came from. */
  source: RulesSource;
  /** Whether the user's changes are on top. */
  tuned: boolean;
  hostRules: Rules;
  rules: Rules;
  /**
   * The first screenful of a long list, in input order, shown while the rest
   * is assessed: no summary, aggregates, filters or invalid rows yet.
   */
  partial?: boolean;
}

/** Where the last assessment ran and how long it took (ms); `fallback` says why a worker was not used. */
export interface AssessedIn {
  where: 'page' | 'worker' | 'slices';
  ms: number;
  fallback?: string;
}

/** What templates and view functions read of the panel (always current), and what they may change. */
export interface RiskContext<P, Rules, X> {
  /** The element (for its own properties, e.g. churn's `tiers`). */
  readonly host: P;
  readonly loc: Locale;
  readonly f: Formatter;
  readonly r: RiskStrings;
  /** The rules in force (undefined before the first assessment). */
  readonly rules: Rules | undefined;
  /** The panel's aggregates of the assessment shown. */
  readonly aggregates: X;
  /** Facets of the assessment shown (throws before the first). */
  readonly facets: RiskFacets;
  /** The input list of the assessment shown (input rows by index). */
  readonly list: readonly unknown[];
  /** Output rows shown, in display order. */
  readonly view: Int32Array;
  readonly filters: Filters;
  readonly query: string;
  readonly plan: PlanTicks;
  readonly storageKey: string | undefined;
  /** The overlay of the user's rules changes. */
  readonly tuned: unknown;
  /** Editor fields whose text could not be read (ids). */
  readonly fieldErrors: ReadonlySet<string>;
  /** A date of the data (ISO) in the UI's language. */
  day(iso: string | null | undefined): string;
  /** The words for a code: the host's label (`codeLabels`, docs/labels.md), else `builtin`, else the code. */
  label(kind: LabelKind, code: string, builtin?: string): string;
  levelBadge(level: Level): TemplateResult;
  /** Whether a rules path has an issue (for aria-invalid). */
  badRule(path: string): 'true' | 'false';
  /** The rules the editor shows: the user's changes on the host's rules, even while invalid. */
  editorRules(rules: Rules): Rules;
  /** Change one rules value (a path into the overlay, e.g. `['stages', 'proposal', 'standardDays']`). */
  tuneAt(path: readonly (string | number)[], value: unknown): void;
  /** Mark an editor field's text as unreadable (or readable again). */
  setFieldError(id: string, bad: boolean): void;
  /** Tick or untick a response-plan step of a row. */
  setPlanStep(rowKey: string, stepKey: string, done: boolean): void;
  /** Put filters in force (the list starts at its first row). */
  setFilters(filters: Filters): void;
}

/** The words a panel needs before it has data. */
export interface RiskWords {
  title: string;
  /** The list in words ("opportunities"), for messages about the data. */
  listWord: string;
  /** What an empty list says ("No opportunities to show."). */
  nothingToShow: string;
}

/**
 * A risk panel: `P` the element, `R` a model row, `Rec` an input row,
 * `Rules` the resolved rules, `S` the summary, `X` the aggregates.
 */
export interface RiskPanelConfig<P, R extends RiskRow, Rec, Rules, S extends LevelCounts, X> {
  kind: RiskKind;
  /** The model (assessOpportunities or assessChurn). */
  model: RiskModel;
  /** The model's signal codes, in its order (facet bits). */
  signalCodes: readonly string[];
  /** Merge raw rules with the defaults (throws ModelInputError for bad rules). */
  resolveRules(raw?: unknown): Rules;
  /** The host's resolved rules with the user's overlay on top (not validated). */
  overlayRules(host: Rules, overlay: unknown): Overlaid;
  /** Whether an object given as data is one record (not `{ asOf, <list> }`). */
  isRecord(value: Record<string, unknown>): boolean;
  words(loc: Locale): RiskWords;
  /** Aggregates before the first assessment. */
  noAggregates: X;
  /** The aggregates of an assessment, in steps (src/views). */
  aggregate(
    c: RiskContext<P, Rules, X>,
    s: { facets: RiskFacets; list: readonly unknown[]; rules: Rules },
  ): Generator<void, X, void>;
  /** Values besides the assessment the aggregates read: a change computes them again. */
  aggregateDeps?(c: RiskContext<P, Rules, X>): readonly unknown[];
  /** Values besides state the header, toolbar, rows and charts show (e.g. a tier order). */
  displayDeps?(c: RiskContext<P, Rules, X>): readonly unknown[];
  /** Text searched besides name and id. */
  searchText(rec: Rec): string;
  filterControls(c: RiskContext<P, Rules, X>): FilterControl[];
  /** The panel's own filters as a test of output row k (null: none set). */
  match(c: RiskContext<P, Rules, X>, filters: Filters): RowMatch | null;
  sortChoices(c: RiskContext<P, Rules, X>): SortChoice[];
  /** The order the list opens in until the user picks one (default: `risk`, the model's order). */
  defaultSort?: string;
  /**
   * Open a row's details in a side drawer beside the list (over it in a narrow column) instead of inside the row:
   * its template and styles (drawer-view.ts `DRAWER`; the element lists the styles among its own).
   */
  drawer?: { view: typeof riskDrawer; styles: CSSResult };
  csvColumns(c: RiskContext<P, Rules, X>): readonly CsvColumn<R, Rec>[];
  /** The columns of the export for people (words, labels, rounded as shown: src/export/risk.ts). */
  peopleColumns?(c: RiskContext<P, Rules, X>): readonly PeopleColumn<R, Rec>[];
  /** The column headings over the list. */
  columns(c: RiskContext<P, Rules, X>): TemplateResult;
  /** A row's head (inside its button). */
  rowHead(c: RiskContext<P, Rules, X>, row: R, rec: Rec): TemplateResult;
  /** An open row's details; `compact` in the one-record card. */
  rowDetail(c: RiskContext<P, Rules, X>, row: R, rec: Rec, index: number, compact: boolean): TemplateResult;
  /** The header figures (counts, money at risk…). */
  summary(
    c: RiskContext<P, Rules, X>,
    result: Assessed<R, S>,
    rows: { assessed: number; skipped: number },
  ): TemplateResult;
  /** Charts and views under the list (team view, value × risk). */
  views(c: RiskContext<P, Rules, X>): TemplateResult | typeof nothing;
  /** The rules editor's fields. */
  rulesFields(c: RiskContext<P, Rules, X>, rules: Rules): TemplateResult | typeof nothing;
  /**
   * The code of what is drawn after the first rows (`views`, `rulesFields`: lazy-view.ts modules): the panel
   * loads it once its first full list is painted and draws the views and the rules editor once it is in
   * (`updateComplete` waits for it). Without it they are drawn with the list.
   */
  later?: readonly { loaded(): Promise<void> }[];
  /**
   * What `views` computes over the rows shown, in steps, once its code is in: run between frames before the
   * views are first drawn (its results kept for that render).
   */
  prepareViews?(c: RiskContext<P, Rules, X>): Iterator<unknown, unknown, void> | undefined;
  /** A plain-words name for a bad field's path. */
  fieldLabel(c: RiskContext<P, Rules, X>, path: string): string | undefined;
  /** The notice for overlay stages the host's rules dropped. */
  droppedNotice?(c: RiskContext<P, Rules, X>, keys: readonly string[]): string;
  /**
   * Plans people own (issue 14): the playbook key of the panel's plans, its
   * default playbooks (per locale, titled with the host's labels), the codes of a row whose playbooks a
   * plan takes (signal codes or actions), and a code's own words for a
   * step left blank.
   */
  plans?: {
    kind: string;
    /** `books`: the makers of default playbooks (src/views/playbooks.ts), which load with the plans' code. */
    defaults(
      loc: Locale,
      label: (kind: LabelKind, code: string, builtin?: string) => string,
      books: PlaybookMakers,
    ): readonly Playbook[];
    codes(row: R): readonly string[];
    words(c: RiskContext<P, Rules, X>, row: R, rec: Rec): (code: string) => string;
  };
  /** The panel's CRM import (risk-import.ts): the kind it reads, and for deals the stages stage values map to. */
  import?: {
    kind: 'opportunities' | 'accounts';
    /** A second, optional file of usage by month joined by account id. */
    usage?: boolean;
    stages?(c: RiskContext<P, Rules, X>): readonly { key: string; label?: string | null }[];
    stageLabel?(c: RiskContext<P, Rules, X>, key: string): string;
  };
}
