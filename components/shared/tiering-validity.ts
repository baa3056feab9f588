/**
 * The tiering cards' validity section (docs/models.md §1 validity check and
 * calibration): the history comes in through the shared import view (a CSV
 * or .xlsx export, pasted rows, JSON, or the host's `history`), is guarded
 * (no factor column: refused; fewer than 30 rows or 5 conversions: a
 * warning), and is shown checked per tier with a chart, then calibrated.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TieringCalibration } from '../../src/models/calibrate.js';
import type { CompiledModel, TieringValidation } from '../../src/models/tiering.js';
import type { CardStrings, TieringStrings } from '../../src/i18n/tiering.js';
import type { ActionStrings } from '../../src/i18n/actions.js';
import type { ImportStrings } from '../../src/i18n/import.js';
import type { Formatter } from '../../src/i18n/format.js';
import type { Issue } from '../../src/schemas/issues.js';
import type { HistoryCheck } from '../../src/views/tiering-history.js';
import { calibrateBlock, type CalibrateBlock } from '../../src/views/tiering-calibration.js';
import { renderImportView, type ImportViewContext } from './import/import-view.js';
import { renderResults } from './tiering-validity-results.js';

/** What the validity section shows and does. */
export interface ValidityView {
  t: TieringStrings;
  it: ImportStrings;
  actions: ActionStrings;
  card: CardStrings;
  fmt: Formatter;
  compiled: CompiledModel;
  importView: ImportViewContext;
  /** The history in use and its label (none: nothing loaded). */
  history?: { rows: readonly unknown[]; label: string };
  check?: HistoryCheck;
  validation?: TieringValidation;
  calibration?: TieringCalibration;
  calibrating: boolean;
  status: string;
  /** Open whatever it shows (the user opened it in the one-file scripts before its code was in). */
  open?: boolean;
  tierLabel: (key: string, label: string) => string;
  factorLabel: (key: string, label: string) => string;
  /** An issue in the UI language (from its code). */
  issueText: (issue: Issue) => string;
  onCalibrate: () => void;
  onAccept: () => void;
  onDiscard: () => void;
  onClear: () => void;
}

/** Why Calibrate is disabled, in words (none while it may run or without history). */
export function calibrateReason(v: Pick<ValidityView, 't' | 'it' | 'fmt'>, block: CalibrateBlock | null): string {
  switch (block?.reason) {
    case 'no-factors':
      return v.it.calibrateNeedsFactor;
    case 'few-rows':
      return v.t.calibrateNeedsRows(v.fmt.integer(block.rows), v.fmt.integer(block.min));
    case 'few-conversions':
      return v.t.calibrateNeedsConversions(v.fmt.integer(block.conversions), v.fmt.integer(block.min));
    default:
      return '';
  }
}

export function renderValidity(v: ValidityView): TemplateResult {
  const { t } = v;
  const refused = !!v.check?.noFactors;
  const block = v.history?.rows.length ? calibrateBlock(v.check) : { reason: 'no-history' as const };
  const reason = calibrateReason(v, block);
  const canCalibrate = !block && !v.calibrating;
  return html`<details part="validity" ?open=${!!v.open || !!v.validation || !!v.history || !!v.importView.ctl.table}>
    <summary>${t.validity}</summary>
    <div class="body">
      <p class="weak">${v.card.historyHint}</p>
      ${renderImportView(v.importView)}
      <div class="row">
        ${v.history ? html`<button type="button" id="clear-history" @click=${v.onClear}>${t.clearHistory}</button>` : nothing}
        <span class="spacer"></span>
        <button
          type="button"
          id="calibrate"
          class="brand"
          ?disabled=${!canCalibrate}
          aria-describedby=${refused ? 'history-guard' : reason ? 'calibrate-reason' : nothing}
          @click=${v.onCalibrate}
        >
          ${v.calibrating ? t.calibrating : t.calibrate}
        </button>
      </div>
      ${reason ? html`<p class="weak" part="calibrate-reason" id="calibrate-reason">${reason}</p>` : nothing}
      <p role="status" aria-live="polite" class="status">${v.status}</p>
      ${renderResults(v, refused)}
    </div>
  </details>`;
}
