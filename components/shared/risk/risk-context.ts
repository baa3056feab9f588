/**
 * The `RiskContext` a risk panel hands its configuration's templates and
 * view functions: getters over the panel's current state (so one object
 * serves every render) and the few changes templates may ask for.
 */
import type { TemplateResult } from 'lit';
import type { RiskFacets, RiskRow } from '../../../src/risk/engine.js';
import type { Level } from '../../../src/models/signals.js';
import type { Issue } from '../../../src/schemas/issues.js';
import { formatDay, RISK, type RiskStrings } from '../../../src/i18n/risk.js';
import type { Formatter, Locale } from '../../../src/i18n/format.js';
import type { LabelKind } from '../../../src/views/code-labels.js';
import type { Filters, PlanTicks } from '../../../src/views/risk-view.js';
import { levelBadge } from './risk-header.js';
import type { RiskListView } from './list-view-controller.js';
import type { RiskSavedState } from './saved-state-controller.js';
import type { RiskContext, RiskRun } from './risk-config.js';

/** Where the context reads the panel's state, and what it calls to change it. */
export interface ContextSources<Rules, X> {
  loc(): Locale;
  f(): Formatter;
  label(kind: LabelKind, code: string, builtin?: string): string;
  run(): RiskRun<RiskRow, Rules> | undefined;
  aggregates(): X;
  issues(): readonly Issue[];
  fieldErrors(): ReadonlySet<string>;
  storageKey(): string | undefined;
  views: RiskListView;
  saved: RiskSavedState;
  editorRules(rules: Rules): Rules;
  /** The user's rules changed: assess again. */
  tuned(): void;
  setFieldErrors(errors: ReadonlySet<string>): void;
  setFilters(filters: Filters): void;
}

export class PanelContext<P, Rules, X> implements RiskContext<P, Rules, X> {
  constructor(
    readonly host: P,
    private readonly s: ContextSources<Rules, X>,
  ) {}

  get loc(): Locale {
    return this.s.loc();
  }
  get f(): Formatter {
    return this.s.f();
  }
  get r(): RiskStrings {
    return RISK[this.s.loc()];
  }
  get rules(): Rules | undefined {
    return this.s.run()?.rules;
  }
  get aggregates(): X {
    return this.s.aggregates();
  }
  get facets(): RiskFacets {
    const run = this.s.run();
    if (!run) throw new Error('no assessment yet');
    return run.assessed.facets;
  }
  get list(): readonly unknown[] {
    return this.s.run()?.assessed.list ?? [];
  }
  get view(): Int32Array {
    return this.s.views.view;
  }
  get filters(): Filters {
    return this.s.views.filters;
  }
  get query(): string {
    return this.s.views.query;
  }
  get plan(): PlanTicks {
    return this.s.saved.plan;
  }
  get storageKey(): string | undefined {
    return this.s.storageKey();
  }
  get tuned(): unknown {
    return this.s.saved.tuned;
  }
  get fieldErrors(): ReadonlySet<string> {
    return this.s.fieldErrors();
  }

  day(iso: string | null | undefined): string {
    return formatDay(iso, this.s.loc());
  }
  label(kind: LabelKind, code: string, builtin?: string): string {
    return this.s.label(kind, code, builtin);
  }
  levelBadge(level: Level): TemplateResult {
    return levelBadge(this.r, level);
  }
  badRule(path: string): 'true' | 'false' {
    return this.s.issues().some((i) => i.path === path) ? 'true' : 'false';
  }
  editorRules(rules: Rules): Rules {
    return this.s.editorRules(rules);
  }
  tuneAt(path: readonly (string | number)[], value: unknown): void {
    this.s.saved.tuneAt(path, value);
    this.s.tuned();
  }
  setFieldError(id: string, bad: boolean): void {
    const errors = this.s.fieldErrors();
    if (errors.has(id) === bad) return;
    const next = new Set(errors);
    if (bad) next.add(id);
    else next.delete(id);
    this.s.setFieldErrors(next);
  }
  setPlanStep(rowKey: string, stepKey: string, done: boolean): void {
    this.s.saved.setPlanStep(rowKey, stepKey, done);
  }
  setFilters(filters: Filters): void {
    this.s.setFilters(filters);
  }
}
