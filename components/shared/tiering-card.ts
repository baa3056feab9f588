/**
 * What the two value-tiering cards share (lead-score-card, customer-value-card):
 * the score and tier header, the what-if factor editor with its contribution
 * chart and table, weight and threshold tuning, model import/export, the
 * validity check on history and one-click calibration. The subclasses add
 * their preset, their strategy wording and their extra (routing, trend).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TieringCalibration } from '../../src/models/calibrate.js';
import { compileModel, modelIssues, type CompiledModel, type TierResult } from '../../src/models/tiering.js';
import type { FactorValue, FactorValues, TieringModel, TieringModelInput } from '../../src/schemas/tiering.js';
import type { Issue } from '../../src/schemas/issues.js';
import { TIERING, type CardStrings, type TieringStrings } from '../../src/i18n/tiering.js';
import type { Locale } from '../../src/i18n/format.js';
import { readCardData } from '../../src/views/tiering-card-data.js';
import { isObject } from '../../src/models/guards.js';
import type { ImportFactor } from '../../src/views/import-core.js';
import type { ImportController } from './import/import-controller.js';
import { importStyles } from './import/import.styles.js';
import { factorLabel, optionLabel, tierLabel, type HostLabel } from './tiering-labels.js';
import { invalidControlIds, tieringFieldLabel } from '../../src/views/tiering-controls.js';
import { renderWhatIf, type WhatIfView } from './tiering-whatif.js';
import { renderSummary, type SummaryView } from './tiering-summary.js';
import { renderTuning, type TuningView } from './tiering-tuning.js';
import { cardPeopleTables, downloadCardPeople, renderCardExport, type CardExportView } from './tiering-card-export.js';
import type { ExportTable } from '../../src/export/table.js';
import { ModelEditorSlot } from './tiering-editor-slot.js';
import { ModelJson } from './tiering-model-json.js';
import { TieringHistory } from './tiering-history.js';
import { RevopsElement } from './revops-element.js';
import { jsonConverter, type ResolvedInput } from './json-source.js';
import { Persist } from './persist.js';
import { fieldMessage } from '../../src/parse/number-messages.js';
import { tierBadgeStyles, tieringStyles } from './tiering-card.styles.js';
import { ACTIONS } from '../../src/i18n/actions.js';

/** What a tiering card saves under its storage-key. */
export interface TieringSaved {
  v: 1;
  /** What-if values that differ from the record (null: cleared on purpose). */
  edits: Record<string, FactorValue | null>;
  /** The record the edits were made on (its id, or its values): edits never follow the card to another record. */
  editsFor?: string;
  /** The tuned model (the last valid one), when the card is not under a provider. */
  tuned?: unknown;
}

export type { HistorySaved } from './tiering-history-source.js';

export abstract class TieringCard<Extra = unknown> extends RevopsElement {
  static override styles = [...RevopsElement.styles, tierBadgeStyles, tieringStyles, importStyles];

  /** Name of the shared model under a `<revops-provider>` (default: the card's preset name). */
  @property({ attribute: 'model-name' }) modelName?: string;

  /**
   * Historical rows for the validity check: `{ id?, values, converted, amount? }` or flat rows with the
   * factor keys; with `field-map`, the CRM's own records (a list of objects or `{ header, rows }`).
   */
  @property({ attribute: false }) history?: unknown[] | { header: unknown[]; rows: unknown[][] };

  /**
   * A column mapping for the CRM records given as `history` (JSON): `{ "fields": { "converted": "IsConverted",
   * "values.annualRevenue": "AnnualRevenue" }, "values": { "converted": { "Closed Won": true } } }` or flat
   * (docs/import.md). It also applies, under the user's edits, to a history loaded in the card.
   */
  @property({ attribute: 'field-map', converter: jsonConverter }) fieldMap: unknown;

  @state() protected result?: TierResult;
  @state() protected extra?: Extra;
  @state() protected compiled?: CompiledModel;
  @state() protected record: FactorValues = {};
  @state() protected recordName?: string;
  @state() protected edits: Record<string, FactorValue | null> = {};
  @state() protected editsFor?: string;
  @state() protected tuned: unknown = undefined;
  @state() protected waiting = false;

  protected abstract readonly preset: TieringModelInput;
  protected abstract readonly presetName: 'lead' | 'customer';
  protected abstract cardStrings(locale: Locale): CardStrings;
  /** Run the card's model on `{ model, values }`. */
  /** `asOf`: the date ageing factors are scored at (docs/models.md §1 decay). */
  protected abstract tier(model: unknown, values: FactorValues, asOf: string): TierResult;
  /** Anything the card computes besides the tier (routing, trend). */
  /** `fields`: the record's CRM fields (`data.fields`, `{}` without), which routing rules may test. */
  protected abstract computeExtra(
    result: TierResult,
    values: FactorValues,
    model: unknown,
    fields: Readonly<Record<string, unknown>>,
  ): Extra;
  /** The event detail for a result. */
  protected abstract changeDetail(result: TierResult, extra: Extra): unknown;
  /** The card's own line under the tier (route, trend). */
  protected abstract renderExtra(): TemplateResult | typeof nothing;

  protected readonly persist = new Persist<TieringSaved>(this, {
    namespace: this.localName,
    key: () => this.storageKey,
    restore: (s) => this.restore(s),
  });

  /** The history, its validity check and calibration, and their section (tiering-history.ts). */
  private readonly history_ = new TieringHistory(this, {
    locale: () => this.locale,
    t: () => this.t,
    fmt: () => this.fmt,
    modelKey: () => this.modelKey,
    model: () => this.currentModel(),
    compiled: () => this.compiled,
    importFactors: () => this.importFactors(),
    setModel: (m) => this.setModel(m),
    fail: (issues, source) => this.fail(issues, source),
    queueEvent: (name, detail) => this.queueEvent(name, detail),
    issueText: (i) => this.issueText(i),
    factorLabel: (k, l) => this.factorLabel(k, l),
    tierLabel: (k, l) => this.tierLabel(k, l),
    waitFor: (load) => this.waitFor(load),
  });

  /** The history's import: a CSV or .xlsx export, pasted rows or JSON, and its column mapping (kind `history`). (for tests and hosts that drive it) @internal */
  get importer(): ImportController {
    return this.history_.importer;
  }
  private readonly modelJson = new ModelJson(this, {
    name: () => this.modelKey,
    model: () => this.currentModel(),
    apply: (m) => this.setModel(m),
  });
  /** The model editor, loaded when first opened. (for tests and hosts that drive it) @internal */
  readonly modelEditor = new ModelEditorSlot(this, {
    model: () => this.currentModel(),
    save: (m) => this.setModel(m),
    issueText: (i) => this.issueText(i),
    factorLabel: (k, l) => this.factorLabel(k, l),
    tierLabel: (k, l) => this.tierLabel(k, l),
  });
  private factorsMemo?: { key: string; factors: readonly ImportFactor[] };

  /** The last tuned model that compiled: what is saved while the one being typed is invalid. */
  private lastValidTuned: unknown = undefined;
  private recordKey?: string;
  private lastContext: unknown;

  get t(): TieringStrings {
    return TIERING[this.locale];
  }

  protected get modelKey(): string {
    return this.modelName || this.presetName;
  }

  protected override computeProps(): readonly string[] {
    return ['edits', 'tuned', 'modelName'];
  }

  /** The model in force: the provider's shared one, else this card's tuned one, else the host's, else the preset. */
  protected currentModel(model: ResolvedInput = this.modelSource.resolve()): unknown {
    return this.modelInForce(model).model;
  }

  /** The model in force and where it comes from (shown in the tuning section). */
  protected modelInForce(model: ResolvedInput = this.modelSource.resolve()): {
    model: unknown;
    from: 'shared' | 'tuned' | 'page' | 'preset';
  } {
    const shared = this.context?.models[this.modelKey];
    if (shared !== undefined) return { model: shared, from: 'shared' };
    if (this.tuned !== undefined) return { model: this.tuned, from: 'tuned' };
    if (model.status === 'ready') return { model: model.value, from: 'page' };
    return { model: this.preset, from: 'preset' };
  }

  protected override storagePending(): boolean {
    return this.persist.pending() || this.history_.pending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.persist.sync();
    this.history_.sync(changed);
    if (this.context !== this.lastContext) {
      this.lastContext = this.context;
      this.requestCompute();
    }
    super.willUpdate(changed);
    this.history_.refresh();
  }

  protected evaluate(data: ResolvedInput, model: ResolvedInput): unknown {
    if (data.status === 'loading' || model.status === 'loading') {
      this.waiting = true;
      return undefined;
    }
    this.waiting = false;
    if (data.status === 'error' || model.status === 'error') return undefined;
    const d = readCardData(data.status === 'ready' ? data.value : undefined);
    // Ageing factors are scored as of data.asOf, else today (the UI may read the clock; the model never does).
    const asOf = d.asOf ?? new Date().toISOString().slice(0, 10);
    const { values: record, fields, name } = d;
    // What-if values belong to the record they were made on: a different record drops them.
    this.recordKey = d.key;
    if (this.editsFor !== undefined && this.editsFor !== this.recordKey && Object.keys(this.edits).length) {
      this.edits = {};
      this.editsFor = undefined;
      this.save();
    }
    const raw = this.currentModel(model);
    const values: FactorValues = { ...record, ...this.edits };
    const result = this.tier(raw, values, asOf);
    const extra = this.computeExtra(result, values, raw, fields);
    this.record = record;
    this.recordName = name;
    this.compiled = compileModel(raw);
    return { result, extra };
  }

  protected accept(out: unknown): void {
    const { result, extra } = out as { result: TierResult; extra: Extra };
    this.result = result;
    this.extra = extra;
  }

  protected override queueEvent(name: string, detail: unknown): void {
    if (name === 'revops-change') {
      const { result, extra } = detail as { result: TierResult; extra: Extra };
      // `edited`: the result includes what-if values, so a host should not write it back as the record's score.
      super.queueEvent(name, {
        ...(this.changeDetail(result, extra) as object),
        edited: Object.keys(this.edits).length > 0,
      });
    } else super.queueEvent(name, detail);
  }

  // ---- state changes -------------------------------------------------------

  /** Put saved state back; a key with nothing saved starts from the defaults (nothing carries over from another key). */
  private restore(s: TieringSaved | undefined): void {
    const ok = s?.v === 1;
    this.edits = ok && isObject(s.edits) ? s.edits : {};
    this.editsFor = ok ? s.editsFor : undefined;
    this.tuned = ok ? s.tuned : undefined;
    this.lastValidTuned = this.tuned;
    this.history_.dropCalibration();
    this.requestCompute();
  }

  private save(): void {
    const s: TieringSaved = { v: 1, edits: this.edits };
    if (this.editsFor !== undefined) s.editsFor = this.editsFor;
    if (this.lastValidTuned !== undefined && this.tuned !== undefined) s.tuned = this.lastValidTuned;
    this.persist.save(s);
  }

  /** Set a what-if value (undefined: back to the record's). */
  setValue(key: string, value: FactorValue | null | undefined): void {
    const edits = { ...this.edits };
    const same = JSON.stringify(value ?? null) === JSON.stringify(this.record[key] ?? null);
    if (value === undefined || same) delete edits[key];
    else edits[key] = value;
    this.edits = edits;
    this.editsFor = Object.keys(edits).length ? this.recordKey : undefined;
    this.save();
  }

  /** Drop every what-if value. */
  revertEdits(): void {
    this.edits = {};
    this.editsFor = undefined;
    this.save();
  }

  /** Replace the model in force with a tuned one (shared through the provider when there is one). */
  setModel(model: unknown): void {
    this.history_.dropCalibration();
    if (this.context) {
      this.context.setModel(this.modelKey, model);
      if (this.tuned !== undefined) this.tuned = undefined;
    } else {
      this.tuned = model;
      // Invalid while being typed: shown with its message, not saved; the last valid tuning is.
      if (!modelIssues(model).length) this.lastValidTuned = model;
    }
    this.save();
    this.requestCompute();
  }

  /** Forget tuning: back to the host's model, or the preset. */
  resetModel(): void {
    if (this.context) this.context.setModel(this.modelKey, undefined);
    this.tuned = undefined;
    this.lastValidTuned = undefined;
    this.history_.dropCalibration();
    this.history_.status = '';
    this.save();
    this.requestCompute();
  }

  private draft(): TieringModel {
    const raw = this.currentModel();
    // Tune the last model that compiled when the one in force is broken, so edits still land somewhere sensible.
    const base =
      isObject(raw) && Array.isArray(raw.factors) && Array.isArray(raw.tiers)
        ? raw
        : (this.compiled?.model ?? this.preset);
    return structuredClone(base) as TieringModel;
  }

  private tune(mutate: (m: TieringModel) => void): void {
    const m = this.draft();
    mutate(m);
    this.setModel(m);
  }

  /** The model's factors as the import reads them (kept while they read the same). */
  private importFactors(): readonly ImportFactor[] {
    const factors = (this.compiled ?? compileModel(this.preset)).model.factors;
    const key = JSON.stringify(factors.map((f) => [f.key, f.kind, f.label, 'options' in f ? f.options : null]));
    if (this.factorsMemo?.key !== key) this.factorsMemo = { key, factors };
    return this.factorsMemo.factors;
  }

  /** The history in use: a file loaded in the card, the host's, or one saved by an earlier version. */
  protected currentHistory(): { rows: readonly unknown[]; label: string } | undefined {
    return this.history_.current();
  }

  /** Propose calibrated weights and thresholds from the loaded history. */
  calibrate(): Promise<TieringCalibration | undefined> {
    return this.history_.calibrate();
  }

  /** Keep the proposed calibration as the tuned model. */
  acceptCalibration(): void {
    this.history_.acceptCalibration();
  }

  /** Drop the proposal without applying it. */
  discardCalibration(): void {
    this.history_.discardCalibration();
  }

  // ---- labels ----------------------------------------------------------------

  /** A weight is typed in %: its bounds are said in % ("must be ≥ 0 %"), not as the model's fraction. */
  protected override unitSentence(i: Issue): string | undefined {
    return /^model\.factors\.\d+\.weight$/.test(i.path)
      ? fieldMessage(i, 'pct', this.common.units, (x) => this.fmt.number(x, 6))
      : undefined;
  }

  protected override fieldLabel(path: string): string | undefined {
    return tieringFieldLabel(path, this.compiled?.model, this.t, (k, l) => this.factorLabel(k, l));
  }

  /** Ids of the controls whose value an issue names, to mark them aria-invalid. */
  private invalidIds(): Set<string> {
    return invalidControlIds(
      this.issues,
      (this.compiled?.model.factors ?? []).map((f) => f.key),
    );
  }

  /** The host's words for a code (`codeLabels`), for the label helpers. */
  protected readonly hostLabel: HostLabel = (kind, code, builtin) => this.codeLabel(kind, code, builtin);

  protected factorLabel(key: string, label: string): string {
    return factorLabel(this.t, key, label, this.hostLabel);
  }

  protected optionLabel(value: string, label?: string | null): string {
    return optionLabel(this.t, value, label, this.hostLabel);
  }

  protected tierLabel(key: string, label: string): string {
    return tierLabel(this.t, key, label, this.hostLabel);
  }

  protected tierIndex(key: string): number {
    const i = this.compiled?.tiers.findIndex((t) => t.key === key) ?? -1;
    return Math.min(5, Math.max(1, i + 1));
  }

  // ---- rendering ---------------------------------------------------------------

  override render(): TemplateResult {
    const r = this.result;
    const card = this.cardStrings(this.locale);
    const waiting = this.waiting || this.storagePending();
    return html`<section part="base" aria-labelledby="title" aria-busy=${waiting ? 'true' : 'false'}>
      <header part="header" class="row">
        <h2 id="title">
          ${card.title}${this.recordName ? html`<span class="weak"> · ${this.recordName}</span>` : nothing}
        </h2>
      </header>
      ${this.renderIssues(this.issues, !!r)} ${waiting ? this.renderLoading() : nothing}
      ${r ? renderSummary(this.summaryView(card), r) : nothing}
      ${this.storageKey && !this.persist.persistent ? html`<p part="notice" role="status">${this.common.memoryOnly}</p>` : nothing}
      ${r && this.compiled ? renderWhatIf(this.whatIfView(), r, this.compiled) : nothing}
      ${r && this.compiled ? renderCardExport(this.exportView(r, this.compiled)) : nothing}
      ${this.compiled ? renderTuning(this.tuningView(), this.compiled) : nothing}
      ${this.modelEditor.render(this.t.editModel)}
      ${this.compiled ? this.history_.render({ card, compiled: this.compiled }) : nothing}
    </section>`;
  }

  private summaryView(card: CardStrings): SummaryView {
    return {
      t: this.t,
      card,
      strategy: this.compiled?.model.tiers.find((x) => x.key === this.result?.tier)?.strategy ?? undefined,
      fmt: this.fmt,
      tierIndex: (k) => this.tierIndex(k),
      tierLabel: (k, l) => this.tierLabel(k, l),
      factorLabel: (k, l) => this.factorLabel(k, l),
      extra: this.renderExtra(),
    };
  }

  /** The card's route and reason for its export (the lead card's); null: the card does not route. */
  protected exportRouting(): { route: string | null; reason: string | null } | null {
    return null;
  }

  private exportView(result: TierResult, compiled: CompiledModel): CardExportView {
    return {
      locale: this.locale,
      fmt: this.fmt,
      host: this.hostLabel,
      t: this.t,
      actions: ACTIONS[this.locale],
      base: `${this.localName}-report`,
      record: this.recordName ?? '',
      result,
      compiled,
      routing: this.exportRouting(),
    };
  }

  /** The export for people (`<tag>-report.csv` / `.xlsx`): the summary and each factor's contribution, in words, rounded as shown. */
  async exportPeople(format: 'csv' | 'xlsx' = 'csv'): Promise<void> {
    if (this.result && this.compiled) await downloadCardPeople(this.exportView(this.result, this.compiled), format);
  }

  /** The people export's tables (undefined before a result). @internal */
  async peopleTables(): Promise<ExportTable[] | undefined> {
    return this.result && this.compiled ? cardPeopleTables(this.exportView(this.result, this.compiled)) : undefined;
  }

  private whatIfView(): WhatIfView {
    return {
      t: this.t,
      actions: ACTIONS[this.locale],
      fmt: this.fmt,
      edits: this.edits,
      invalid: this.invalidIds(),
      factorLabel: (k, l) => this.factorLabel(k, l),
      optionLabel: (v, l) => this.optionLabel(v, l),
      setValue: (k, v) => this.setValue(k, v),
      revertEdits: () => this.revertEdits(),
    };
  }

  private tuningView(): TuningView {
    return {
      t: this.t,
      actions: ACTIONS[this.locale],
      fmt: this.fmt,
      from: this.modelInForce().from,
      invalid: this.invalidIds(),
      factorLabel: (k, l) => this.factorLabel(k, l),
      tierLabel: (k, l) => this.tierLabel(k, l),
      tune: (mutate) => this.tune(mutate),
      onReset: () => this.resetModel(),
      onExport: () => this.modelJson.export(),
      importText: this.modelJson.text,
      importIssues: this.modelJson.issues.length ? this.renderIssues(this.modelJson.issues, false) : nothing,
      onImportText: (text) => this.modelJson.setText(text),
      onImport: () => this.modelJson.import(this.modelJson.text),
      onImportFile: (e) => void this.modelJson.importFile(e),
    };
  }
}
