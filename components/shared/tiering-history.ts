/**
 * A tiering card's history part (docs/models.md §1 validity check and calibration): where the history comes
 * from (the import view, the host's `history`, an earlier version's save), the check per tier, the
 * calibration and its proposal, and the validity section that shows them. The card owns the model; this
 * part reads it through `TieringHistoryOptions`. In the one-file scripts, tiering-history.iife.ts stands in
 * for this module and loads it beside the script the first time a card has history or opens the section.
 */
import type { PropertyValues, ReactiveControllerHost, TemplateResult } from 'lit';
import { calibrateTiering, type TieringCalibration } from '../../src/models/calibrate.js';
import { validateTiering, type CompiledModel, type TieringValidation } from '../../src/models/tiering.js';
import { isModelInputError, movedIssue, type Issue } from '../../src/schemas/issues.js';
import type { CardStrings, TieringStrings } from '../../src/i18n/tiering.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import { IMPORT } from '../../src/i18n/import.js';
import { ACTIONS } from '../../src/i18n/actions.js';
import { historyCheck, type HistoryCheck } from '../../src/views/tiering-history.js';
import { calibrateBlock } from '../../src/views/tiering-calibration.js';
import type { ImportFactor } from '../../src/views/import-core.js';
import { ImportController } from './import/import-controller.js';
import type { ImportViewContext } from './import/import-view.js';
import { calibrateReason, renderValidity } from './tiering-validity.js';
import { HistorySource, type HistoryHost } from './tiering-history-source.js';

/** What the history part reads of its card. */
export interface TieringHistoryOptions {
  locale: () => Locale;
  t: () => TieringStrings;
  fmt: () => Formatter;
  modelKey: () => string;
  /** The model in force (as given: it may be invalid). */
  model: () => unknown;
  /** The compiled model in force, when it compiles. */
  compiled: () => CompiledModel | undefined;
  importFactors: () => readonly ImportFactor[];
  setModel: (model: unknown) => void;
  fail: (issues: Issue[], source: string) => void;
  queueEvent: (name: string, detail: unknown) => void;
  issueText: (issue: Issue) => string;
  factorLabel: (key: string, label: string) => string;
  tierLabel: (key: string, label: string) => string;
  /** Code loaded on demand (this part, in the one-file scripts: tiering-history.iife.ts): the card runs again once it is in. */
  waitFor?: (load: Promise<unknown>) => void;
}

/** What the card hands the section when it renders. */
export interface TieringHistoryRender {
  card: CardStrings;
  compiled: CompiledModel;
}

export type TieringHistoryHost = HistoryHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class TieringHistory {
  validation?: TieringValidation;
  /** Rows, conversions and factor columns of the history in use (the validity check's guard). */
  check?: HistoryCheck;
  calibration?: TieringCalibration;
  calibrating = false;
  status = '';
  private validationKey: unknown[] = [];

  private readonly source: HistorySource;
  /** The history's import: a CSV or .xlsx export, pasted rows or JSON, and its column mapping (kind `history`). */
  readonly importer: ImportController;

  constructor(
    private readonly host: TieringHistoryHost & ReactiveControllerHost,
    private readonly o: TieringHistoryOptions,
  ) {
    this.source = new HistorySource(host, {
      importer: () => this.importer,
      hostLabel: () => IMPORT[o.locale()].hostRecords,
      changed: () => this.changed(),
      fail: (issues) => o.fail(issues, 'history'),
    });
    this.importer = new ImportController(host, {
      kind: 'history',
      namespace: host.localName,
      storageKey: () => host.storageKey,
      factors: () => o.importFactors(),
      changed: () => {
        this.changed();
        host.requestUpdate();
      },
    });
  }

  /** The history in use changed: what was computed from the last one goes. */
  private changed(): void {
    this.calibration = undefined;
    this.validationKey = [];
  }

  /** True while saved state is being read. */
  pending(): boolean {
    return this.source.persist.pending() || this.importer.pending();
  }

  /** From the card's willUpdate, before its own: saved state for the key, the host's history. */
  sync(changed: PropertyValues): void {
    this.source.persist.sync();
    this.importer.sync();
    this.source.sync(changed);
  }

  /** The history in use: a file loaded in the card, the host's, or one saved by an earlier version. */
  current(): { rows: readonly unknown[]; label: string } | undefined {
    return this.source.current();
  }

  /** The model changed: its proposal no longer applies. */
  dropCalibration(): void {
    this.calibration = undefined;
  }

  /** Check the model in force against the history in use (again when either changed). */
  refresh(): void {
    const rows = this.current()?.rows;
    const raw = this.o.model();
    const key = [rows, raw];
    if (key[0] === this.validationKey[0] && key[1] === this.validationKey[1]) return;
    this.validationKey = key;
    if (!rows?.length) {
      this.validation = undefined;
      this.check = undefined;
      return;
    }
    this.check = historyCheck(
      rows,
      this.o.importFactors().map((f) => f.key),
    );
    // Without any factor value every row scores 0 and lands in the lowest tier: the check would mean nothing.
    if (this.check.noFactors) {
      this.validation = undefined;
      this.calibration = undefined;
      return;
    }
    try {
      this.validation = validateTiering({ model: raw, history: rows as unknown[] });
      if (this.validation.invalid.length)
        this.o.queueEvent('revops-invalid', {
          source: 'history',
          issues: this.validation.invalid.flatMap((r) =>
            r.issues.map((i) =>
              movedIssue(i, `history.${r.index}.${i.path}`, `${ACTIONS[this.o.locale()].row(r.index)}: ${i.message}`),
            ),
          ),
        });
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      // The model itself is invalid: the main alert already says so; keep the last check.
    }
  }

  private clear(): void {
    this.source.clear();
    this.validation = undefined;
    this.calibration = undefined;
    this.check = undefined;
    this.validationKey = [];
  }

  /** Propose calibrated weights and thresholds from the loaded history. */
  async calibrate(): Promise<TieringCalibration | undefined> {
    this.host.requestUpdate();
    const t = this.o.t();
    const rows = this.current()?.rows;
    if (!rows?.length) {
      this.status = t.calibrationNeedsBoth;
      return undefined;
    }
    // Too few rows or conversions (or no factor column): the reason is shown beside the disabled button.
    const block = calibrateBlock(this.check);
    if (block) {
      this.status = calibrateReason({ t, it: IMPORT[this.o.locale()], fmt: this.o.fmt() }, block);
      return undefined;
    }
    this.calibrating = true;
    this.status = t.calibrating;
    await new Promise((r) => setTimeout(r, 0)); // let "Calibrating…" paint first
    try {
      this.calibration = calibrateTiering({ model: this.o.model(), history: rows as unknown[] });
      this.status = '';
      return this.calibration;
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      this.o.fail(e.issues, 'model');
      return undefined;
    } finally {
      this.calibrating = false;
      this.host.requestUpdate();
    }
  }

  /** Keep the proposed calibration as the tuned model. */
  acceptCalibration(): void {
    if (!this.calibration) return;
    this.o.setModel(this.calibration.model);
    this.calibration = undefined;
    this.status = this.o.t().calibrationApplied;
    void this.focusCalibrate();
  }

  /** Drop the proposal without applying it. */
  discardCalibration(): void {
    this.calibration = undefined;
    void this.focusCalibrate();
  }

  // The proposal's buttons go away with it: keep keyboard focus in the section.
  private async focusCalibrate(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLButtonElement>('#calibrate')?.focus();
  }

  private importView(): ImportViewContext {
    const o = this.o;
    const modelKey = o.modelKey();
    return {
      ctl: this.importer,
      t: IMPORT[o.locale()],
      fmt: o.fmt(),
      id: 'history-',
      readLabel: o.t().runCheck,
      factorLabel: (k) => {
        const f = o.compiled()?.model.factors.find((x) => x.key === k);
        return f ? o.factorLabel(k, f.label ?? k) : undefined;
      },
      mappingFile: `${modelKey}-history-mapping.json`,
      ownText: (text, label) => this.source.readJson(text, label),
      accept: '.json,application/json',
    };
  }

  /** The validity section (`open`: the user opened it before this part was loaded). */
  render({ card, compiled }: TieringHistoryRender, open = false): TemplateResult {
    const o = this.o;
    const history = this.current();
    return renderValidity({
      t: o.t(),
      it: IMPORT[o.locale()],
      actions: ACTIONS[o.locale()],
      card,
      fmt: o.fmt(),
      compiled,
      importView: this.importView(),
      ...(history ? { history } : {}),
      ...(this.check ? { check: this.check } : {}),
      ...(this.validation ? { validation: this.validation } : {}),
      ...(this.calibration ? { calibration: this.calibration } : {}),
      calibrating: this.calibrating,
      status: this.status,
      open,
      tierLabel: o.tierLabel,
      factorLabel: o.factorLabel,
      issueText: o.issueText,
      onCalibrate: () => void this.calibrate(),
      onAccept: () => this.acceptCalibration(),
      onDiscard: () => this.discardCalibration(),
      onClear: () => {
        this.clear();
        this.host.requestUpdate();
      },
    });
  }
}
