/**
 * The tiering cards' tuning section: factor weights (typed in %), band
 * references, tier thresholds and focus tiers, the focus-share target, and
 * the model's reset, JSON export and JSON import. Each change is a mutation
 * of a draft model handed to `tune`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CompiledModel } from '../../src/models/tiering.js';
import type { TieringModel } from '../../src/schemas/tiering.js';
import type { TieringStrings } from '../../src/i18n/tiering.js';
import type { ActionStrings } from '../../src/i18n/actions.js';
import type { Formatter } from '../../src/i18n/format.js';
import { jsonImportBox } from './views.js';

/** Where the model in force comes from. */
export type ModelFrom = 'shared' | 'tuned' | 'page' | 'preset';

/** What the tuning section shows and does. */
export interface TuningView {
  t: TieringStrings;
  actions: ActionStrings;
  fmt: Formatter;
  from: ModelFrom;
  /** Ids of the controls an issue names (aria-invalid). */
  invalid: ReadonlySet<string>;
  factorLabel: (key: string, label: string) => string;
  tierLabel: (key: string, label: string) => string;
  /** Apply a change to a copy of the model in force. */
  tune: (mutate: (m: TieringModel) => void) => void;
  onReset: () => void;
  onExport: () => void;
  /** The model JSON being typed, and what its import said. */
  importText: string;
  importIssues: TemplateResult | typeof nothing;
  onImportText: (text: string) => void;
  onImport: () => void;
  onImportFile: (e: Event) => void;
}

const num = (e: Event): number | null => {
  const el = e.target as HTMLInputElement;
  return el.value === '' || !Number.isFinite(el.valueAsNumber) ? null : el.valueAsNumber;
};

export function renderTuning(v: TuningView, cm: CompiledModel): TemplateResult {
  const t = v.t;
  const f = v.fmt;
  const m = cm.model;
  const totalWeight = m.factors.reduce((s, x) => s + x.weight, 0);
  const bad = v.invalid;
  return html`<details part="tuning">
    <summary>${t.tuning}</summary>
    <div class="body">
      <p part="model-source" class="weak" data-from=${v.from}>${t.modelFrom[v.from]}</p>
      <fieldset>
        <legend>${t.weightPct}</legend>
        <div class="grid">
          ${m.factors.map(
            (fac, i) =>
              html`<label for="w-${i}">${v.factorLabel(fac.key, fac.label ?? fac.key)}</label>
                <input
                  id="w-${i}"
                  type="number"
                  min="0"
                  step="1"
                  aria-invalid=${bad.has(`w-${i}`) ? 'true' : 'false'}
                  .value=${String(round(fac.weight * 100))}
                  @change=${(e: Event) => v.tune((d) => void (d.factors[i]!.weight = percent(num(e))))}
                />`,
          )}
        </div>
        <p class="weak">${t.weightTotal(f.number(totalWeight * 100, 1) + ' %')}</p>
      </fieldset>
      ${
        m.factors.some((x) => x.kind === 'bands' && x.reference != null)
          ? html`<fieldset>
              <legend>${t.referenceLabel}</legend>
              <div class="grid">
                ${m.factors.map((fac, i) =>
                  fac.kind === 'bands' && fac.reference != null
                    ? html`<label for="ref-${i}">${v.factorLabel(fac.key, fac.label ?? fac.key)}</label>
                        <input
                          id="ref-${i}"
                          type="number"
                          min="0"
                          step="any"
                          aria-invalid=${bad.has(`ref-${i}`) ? 'true' : 'false'}
                          .value=${String(fac.reference)}
                          @change=${(e: Event) =>
                            v.tune((d) => {
                              const x = d.factors[i]!;
                              if (x.kind === 'bands') x.reference = num(e);
                            })}
                        />`
                    : nothing,
                )}
              </div>
            </fieldset>`
          : nothing
      }
      <fieldset>
        <legend>${t.thresholds}</legend>
        <div class="grid tiers">
          ${cm.tiers.map((tier) => {
            const i = m.tiers.findIndex((x) => x.key === tier.key);
            return html`<label for="t-${i}">${tier.key} · ${v.tierLabel(tier.key, tier.label)}</label>
              <input
                id="t-${i}"
                type="number"
                step="any"
                aria-invalid=${bad.has(`t-${i}`) ? 'true' : 'false'}
                .value=${String(tier.minScore)}
                @change=${(e: Event) => v.tune((d) => void (d.tiers[i]!.minScore = num(e)!))}
              />
              <label class="check"
                ><span class="visually-hidden">${tier.key} · </span
                ><input
                  type="checkbox"
                  .checked=${tier.focus}
                  @change=${(e: Event) =>
                    v.tune((d) => {
                      const on = (e.target as HTMLInputElement).checked;
                      d.focusTiers = on
                        ? [...new Set([...d.focusTiers, tier.key])]
                        : d.focusTiers.filter((k) => k !== tier.key);
                    })}
                />${t.focus}</label
              >`;
          })}
        </div>
        <div class="grid">
          <label for="target">${t.targetShare}</label>
          <input
            id="target"
            type="number"
            min="0"
            max="100"
            step="1"
            aria-invalid=${bad.has('target') ? 'true' : 'false'}
            .value=${String(round(cm.targetFocusShare * 100))}
            @change=${(e: Event) => v.tune((d) => void (d.targetFocusShare = percent(num(e))))}
          />
          <label for="tolerance">${t.tolerance}</label>
          <input
            id="tolerance"
            type="number"
            min="0"
            max="100"
            step="1"
            aria-invalid=${bad.has('tolerance') ? 'true' : 'false'}
            .value=${String(round(cm.shareTolerance * 100))}
            @change=${(e: Event) => v.tune((d) => void (d.shareTolerance = percent(num(e))))}
          />
        </div>
      </fieldset>
      <div class="row">
        <button type="button" @click=${() => v.onReset()}>${v.actions.reset}</button>
        <button type="button" @click=${() => v.onExport()}>${v.actions.exportJson}</button>
      </div>
      ${jsonImportBox({
        id: 'import-text',
        label: t.modelJson,
        hint: t.importHint,
        text: v.importText,
        onInput: v.onImportText,
        onImport: v.onImport,
        importLabel: v.actions.importJson,
        file: {
          label: v.actions.chooseFile,
          accept: '.json,application/json',
          onChange: v.onImportFile,
        },
        issues: v.importIssues,
      })}
    </div>
  </details>`;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
// An emptied field stays empty (null reads as "is required"); a number is a percentage.
const percent = (x: number | null): number => (x === null ? (null as unknown as number) : x / 100);
