/**
 * The rules editor shell of a risk panel: which rules are in use, whether
 * changes are kept, the panel's fields, reset, export and import as JSON;
 * and the number field the panels' rule fields are made of.
 */
import { html, type nothing, type TemplateResult } from 'lit';
import type { RiskStrings, RulesSource } from '../../../src/i18n/risk.js';
import { jsonImportBox } from '../views.js';

export interface RulesEditorProps {
  r: RiskStrings;
  /** The small variant in the one-record card. */
  compact: boolean;
  source: RulesSource;
  /** The user's changes are on top of the host's rules. */
  tuned: boolean;
  /** Changes are kept (a storage-key) or last for the session. */
  kept: boolean;
  fields: TemplateResult;
  importText: string;
  importIssues: TemplateResult | typeof nothing;
  onReset: () => void;
  onExport: () => void;
  onImportText: (text: string) => void;
  onImport: () => void;
}

export function rulesEditor(o: RulesEditorProps): TemplateResult {
  const { r } = o;
  const from = o.tuned ? r.rulesFromTuned(r.rulesSource[o.source]) : r.rulesFrom(r.rulesSource[o.source]);
  return html`<details part="rules" class="rules ${o.compact ? 'small' : ''}">
    <summary>${r.rules}</summary>
    <div class="body">
      <p class="weak" part="rules-source" data-source=${o.tuned ? 'tuned' : o.source}>${from}</p>
      <p class="weak">${o.kept ? r.rulesHintSaved : r.rulesHintSession}</p>
      ${o.fields}
      <div class="row">
        <button type="button" @click=${o.onReset}>${r.resetRules}</button>
        <button type="button" @click=${o.onExport}>${r.exportRules}</button>
      </div>
      ${jsonImportBox({
        id: 'rules-json',
        label: r.rulesJson,
        text: o.importText,
        onInput: o.onImportText,
        onImport: o.onImport,
        importLabel: r.importRules,
        issues: o.importIssues,
      })}
    </div>
  </details>`;
}

export interface NumberFieldProps {
  id: string;
  label: string;
  value: number;
  /** aria-invalid: the rules path has an issue. */
  invalid: 'true' | 'false';
  set: (v: number) => void;
  /** Shown value = value × scale (100: a fraction shown as a percentage). */
  scale?: number;
  step?: string;
}

/** A labelled number input of the rules editor; an emptied field gives NaN (the model names it). */
export function numberField({
  id,
  label,
  value,
  invalid,
  set,
  scale = 1,
  step = 'any',
}: NumberFieldProps): TemplateResult {
  const shown = Math.round(value * scale * 1e6) / 1e6;
  return html`<label for=${id}>${label}</label>
    <input
      id=${id}
      type="number"
      step=${step}
      .value=${String(shown)}
      aria-invalid=${invalid}
      @change=${(e: Event) => {
        const t = (e.target as HTMLInputElement).value.trim();
        set(t === '' ? NaN : Number(t) / scale);
      }}
    />`;
}
