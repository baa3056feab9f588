/**
 * The model editor's template: factors (key, label, kind, weight, class, cap, reference, half-life), their
 * options or bands, the tiers (key, label, threshold, strategy, focus), add / remove / move buttons on
 * every item and undo / redo. Every control is a labelled native control; a field with a problem is
 * marked aria-invalid and described by its message, shown beside it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  cellId,
  type BandField,
  type Edit,
  type EditFactor,
  type EditModel,
  type FactorField,
  type OptionField,
  type TierField,
} from '../../../src/views/tiering-editor.js';
import type { FactorKind } from '../../../src/schemas/tiering.js';
import type { Issue } from '../../../src/schemas/issues.js';
import { TIERING_EDITOR, type TieringEditorStrings } from '../../../src/i18n/tiering-editor.js';
import type { EditorSession } from './editor-session.js';

const KINDS: readonly FactorKind[] = ['options', 'multi', 'bands'];

const numberOf = (e: Event): number | null => {
  const el = e.target as HTMLInputElement;
  return el.value.trim() === '' || !Number.isFinite(el.valueAsNumber) ? null : el.valueAsNumber;
};
const textOf = (e: Event): string => (e.target as HTMLInputElement).value;
const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const shownNumber = (x: unknown, scale = 1): string =>
  typeof x === 'number' && Number.isFinite(x) ? String(round(x * scale)) : '';

/** An issue's words at its field: the sentence, without the path the alert starts with. */
function atField(s: EditorSession, i: Issue): string {
  const text = s.host.issueText(i);
  return i.path && text.startsWith(`${i.path} `) ? text.slice(i.path.length + 1) : text;
}

/** The messages of a cell, or nothing. */
function issuesAt(s: EditorSession, cell: string): TemplateResult | typeof nothing {
  const list = s.byCell.get(cell);
  if (!list) return nothing;
  return html`<span class="cell-issue" id="${cellId(cell)}-issue">${list.map((i) => atField(s, i)).join(' ')}</span>`;
}

/** Problems of a whole list or item (no field of its own), announced where they are. */
function blockIssues(s: EditorSession, cell: string): TemplateResult | typeof nothing {
  const list = s.byCell.get(cell);
  if (!list) return nothing;
  return html`<p class="cell-issue" id="${cellId(cell)}-issue">${list.map((i) => atField(s, i)).join(' ')}</p>`;
}

interface FieldOpts {
  label: string;
  type: 'text' | 'number';
  value: string;
  change: (e: Event) => Edit;
  min?: string;
  max?: string;
  step?: string;
}

function field(s: EditorSession, cell: string, o: FieldOpts): TemplateResult {
  const bad = s.byCell.has(cell);
  const id = cellId(cell);
  return html`<label class="ed-field"
    ><span>${o.label}</span
    ><input
      id=${id}
      type=${o.type}
      min=${o.min ?? nothing}
      max=${o.max ?? nothing}
      step=${o.step ?? nothing}
      aria-invalid=${bad ? 'true' : 'false'}
      aria-describedby=${bad ? `${id}-issue` : nothing}
      .value=${o.value}
      @change=${(e: Event) => s.apply(o.change(e))}
    />${issuesAt(s, cell)}</label
  >`;
}

/** How a field's change becomes an edit: the `set-*` operation of its item, by field name. */
type SetEdit<F extends string> = (field: F, value: string | number | null) => Edit;

/** A score from 0 to 100. */
const SCORE = { min: '0', max: '100' };
/** A number that cannot be negative. */
const NON_NEGATIVE = { min: '0' };

/** A text field of an item (`<base>.<field>`), its change the item's edit of that field. */
function textField<F extends string>(
  s: EditorSession,
  base: string,
  key: F,
  label: string,
  value: string | null | undefined,
  set: SetEdit<F>,
): TemplateResult {
  return field(s, `${base}.${key}`, { label, type: 'text', value: value ?? '', change: (e) => set(key, textOf(e)) });
}

/** A number field of an item (any step), shown and read back through `scale` (a weight is typed in per cent). */
function numberField<F extends string>(
  s: EditorSession,
  base: string,
  key: F,
  label: string,
  value: unknown,
  set: SetEdit<F>,
  range: { min?: string; max?: string } = {},
  { scale = 1, cell = `${base}.${key}` }: { scale?: number; cell?: string } = {},
): TemplateResult {
  return field(s, cell, {
    label,
    type: 'number',
    ...range,
    step: 'any',
    value: shownNumber(value, scale),
    change: (e) => {
      const v = numberOf(e);
      return set(key, v === null || scale === 1 ? v : v / scale);
    },
  });
}

/** Move up / down and remove buttons of one item; `ids` are the ids of the item's buttons at index `i`. */
function itemActions(
  s: EditorSession,
  t: TieringEditorStrings,
  what: string,
  i: number,
  count: number,
  prefix: string,
  move: (to: number) => Edit,
  remove: Edit,
  afterRemove: string,
): TemplateResult {
  return html`<span class="ed-actions">
    <button
      type="button"
      id="${prefix}-${i}-up"
      aria-label=${t.moveUp(what)}
      ?disabled=${i === 0}
      @click=${() => s.apply(move(i - 1), i - 1 === 0 ? `${prefix}-${i - 1}-down` : `${prefix}-${i - 1}-up`)}
    >
      ↑</button
    ><button
      type="button"
      id="${prefix}-${i}-down"
      aria-label=${t.moveDown(what)}
      ?disabled=${i === count - 1}
      @click=${() => s.apply(move(i + 1), i + 1 === count - 1 ? `${prefix}-${i + 1}-up` : `${prefix}-${i + 1}-down`)}
    >
      ↓</button
    ><button
      type="button"
      id="${prefix}-${i}-remove"
      aria-label=${t.remove(what)}
      @click=${() => s.apply(remove, afterRemove)}
    >
      ×
    </button>
  </span>`;
}

function renderOptions(
  s: EditorSession,
  t: TieringEditorStrings,
  f: EditFactor,
  i: number,
  name: string,
): TemplateResult {
  const options = f.options ?? [];
  const base = `factors.${i}.options`;
  return html`<div role="group" aria-label="${name} · ${t.options}">
    <span>${t.options}</span>${blockIssues(s, base)}
    <ul class="ed-rows">
      ${options.map((o, j) => {
        const row = t.optionRow(name, j + 1);
        const cell = `${base}.${j}`;
        const set: SetEdit<OptionField> = (field, value) => ({ op: 'set-option', factor: i, option: j, field, value });
        return html`<li>
          ${textField(s, cell, 'value', t.optionValue, o.value, set)}
          ${textField(s, cell, 'label', t.label, o.label, set)}
          ${numberField(s, cell, 'score', t.score, o.score, set, SCORE)} ${blockIssues(s, cell)}
          ${itemActions(
            s,
            t,
            row,
            j,
            options.length,
            `ed-o${i}`,
            (to) => ({ op: 'move-option', factor: i, option: j, to }),
            { op: 'remove-option', factor: i, option: j },
            `ed-add-option-${i}`,
          )}
        </li>`;
      })}
    </ul>
    <button
      type="button"
      id="ed-add-option-${i}"
      @click=${() => s.apply({ op: 'add-option', factor: i }, cellId(`${base}.${options.length}.value`))}
    >
      ${t.addOption(name)}
    </button>
  </div>`;
}

function renderBands(
  s: EditorSession,
  t: TieringEditorStrings,
  f: EditFactor,
  i: number,
  name: string,
): TemplateResult {
  const bands = f.bands ?? [];
  const base = `factors.${i}.bands`;
  return html`<div role="group" aria-label="${name} · ${t.bands}">
    <span>${t.bands}</span>${blockIssues(s, base)}
    <ul class="ed-rows">
      ${bands.map((b, j) => {
        const cell = `${base}.${j}`;
        const set: SetEdit<BandField> = (field, value) => ({ op: 'set-band', factor: i, band: j, field, value });
        return html`<li>
          ${numberField(s, cell, 'min', t.bandMin, b.min, set)}
          ${numberField(s, cell, 'score', t.score, b.score, set, SCORE)}
          ${textField(s, cell, 'label', t.label, b.label, set)} ${blockIssues(s, cell)}
          <button
            type="button"
            id="ed-b${i}-${j}-remove"
            aria-label=${t.remove(t.bandRow(name, j + 1))}
            @click=${() => s.apply({ op: 'remove-band', factor: i, band: j }, `ed-add-band-${i}`)}
          >
            ×
          </button>
        </li>`;
      })}
    </ul>
    <button
      type="button"
      id="ed-add-band-${i}"
      @click=${() => s.apply({ op: 'add-band', factor: i }, cellId(`${base}.${bands.length}.min`))}
    >
      ${t.addBand(name)}
    </button>
  </div>`;
}

function renderFactor(
  s: EditorSession,
  t: TieringEditorStrings,
  m: EditModel,
  f: EditFactor,
  i: number,
): TemplateResult {
  const base = `factors.${i}`;
  const name = f.key || String(i + 1);
  const kindId = cellId(`${base}.kind`);
  const set: SetEdit<FactorField> = (field, value) => ({ op: 'set-factor', factor: i, field, value });
  return html`<li>
    <details
      class="ed-factor"
      .open=${s.isOpen(i)}
      @toggle=${(e: Event) => s.setOpen(i, (e.target as HTMLDetailsElement).open)}
    >
      <summary id="ed-f-${i}">${t.factorHeading(i + 1, s.host.factorLabel(f.key, f.label ?? f.key))}</summary>
      <div role="group" aria-labelledby="ed-f-${i}">
        ${blockIssues(s, base)}
        <div class="ed-fields">
          ${textField(s, base, 'key', t.key, f.key, set)} ${textField(s, base, 'label', t.label, f.label, set)}
          <label class="ed-field"
            ><span>${t.kind}</span
            ><select
              id=${kindId}
              @change=${(e: Event) =>
                s.apply(
                  { op: 'set-kind', factor: i, kind: (e.target as HTMLSelectElement).value as FactorKind },
                  kindId,
                )}
            >
              ${KINDS.map((k) => html`<option value=${k} ?selected=${f.kind === k}>${t.kinds[k]}</option>`)}
            </select></label
          >
          ${numberField(s, base, 'weight', t.weightPct, f.weight, set, NON_NEGATIVE, { scale: 100 })}
          ${textField(s, base, 'class', t.factorClass, f.class, (field, value) =>
            set(field, typeof value === 'string' ? value.trim() : value),
          )}
          ${f.kind === 'multi' ? numberField(s, base, 'cap', t.cap, f.cap, set, NON_NEGATIVE) : nothing}
          ${f.kind === 'bands' ? numberField(s, base, 'reference', t.reference, f.reference, set, NON_NEGATIVE) : nothing}
          ${numberField(s, base, 'halfLifeDays', t.halfLife, f.decay?.halfLifeDays, set, NON_NEGATIVE, {
            cell: `${base}.decay.halfLifeDays`,
          })}
          ${itemActions(
            s,
            t,
            name,
            i,
            m.factors.length,
            'ed-f',
            (to) => ({ op: 'move-factor', factor: i, to }),
            { op: 'remove-factor', factor: i },
            'ed-add-factor',
          )}
        </div>
        ${f.kind === 'bands' ? renderBands(s, t, f, i, name) : renderOptions(s, t, f, i, name)}
      </div>
    </details>
  </li>`;
}

function renderTiers(s: EditorSession, t: TieringEditorStrings, m: EditModel): TemplateResult {
  return html`<fieldset>
    <legend>${t.tiers}</legend>
    ${blockIssues(s, 'tiers')} ${blockIssues(s, 'focusTiers')}
    <ul class="ed-rows">
      ${m.tiers.map((tier, i) => {
        const base = `tiers.${i}`;
        const what = t.tierRow(tier.key || String(i + 1));
        const set: SetEdit<TierField> = (field, value) => ({ op: 'set-tier', tier: i, field, value });
        return html`<li>
          <div role="group" aria-label=${what} class="ed-actions">
            ${textField(s, base, 'key', t.key, tier.key, set)} ${textField(s, base, 'label', t.label, tier.label, set)}
            ${numberField(s, base, 'minScore', t.minScore, tier.minScore, set)}
            ${textField(s, base, 'strategy', t.strategy, tier.strategy, set)}
            <label class="ed-field check"
              ><input
                id="ed-focus-${i}"
                type="checkbox"
                .checked=${m.focusTiers.includes(tier.key)}
                @change=${(e: Event) =>
                  s.apply({ op: 'set-focus', tier: i, on: (e.target as HTMLInputElement).checked }, `ed-focus-${i}`)}
              />${t.focus}</label
            >
            ${blockIssues(s, base)}
            ${itemActions(
              s,
              t,
              what,
              i,
              m.tiers.length,
              'ed-t',
              (to) => ({ op: 'move-tier', tier: i, to }),
              { op: 'remove-tier', tier: i },
              'ed-add-tier',
            )}
          </div>
        </li>`;
      })}
    </ul>
    <button
      type="button"
      id="ed-add-tier"
      @click=${() => s.apply({ op: 'add-tier' }, cellId(`tiers.${m.tiers.length}.key`))}
    >
      ${t.addTier}
    </button>
  </fieldset>`;
}

export function renderEditor(s: EditorSession): TemplateResult {
  const t = TIERING_EDITOR[s.host.locale];
  const m = s.history.present;
  return html`<div class="editor" part="model-editor" @keydown=${(e: KeyboardEvent) => s.onKeydown(e)}>
    <p class="weak">${t.hint}</p>
    <div class="ed-actions">
      <button type="button" id="ed-undo" ?disabled=${!s.history.past.length} @click=${() => s.undo()}>${t.undo}</button>
      <button type="button" id="ed-redo" ?disabled=${!s.history.future.length} @click=${() => s.redo()}>
        ${t.redo}
      </button>
    </div>
    <p class="ed-status" role="status">
      ${s.status === 'saved' ? t.saved : s.status === 'invalid' ? t.notSaved(s.issues.length) : ''}
    </p>
    ${blockIssues(s, '')}
    <fieldset>
      <legend>${t.factors}</legend>
      ${blockIssues(s, 'factors')}
      <ul class="ed-rows">
        ${m.factors.map((f, i) => renderFactor(s, t, m, f, i))}
      </ul>
      <div class="ed-actions">
        <label class="ed-field"
          ><span>${t.addFactorKind}</span
          ><select id="ed-new-kind">
            ${KINDS.map((k) => html`<option value=${k}>${t.kinds[k]}</option>`)}
          </select></label
        >
        <button
          type="button"
          id="ed-add-factor"
          @click=${(e: Event) => {
            const select = (e.target as HTMLElement).parentElement?.querySelector('select');
            const kind = (select?.value ?? 'options') as FactorKind;
            s.apply({ op: 'add-factor', kind }, cellId(`factors.${m.factors.length}.key`));
          }}
        >
          ${t.addFactor}
        </button>
      </div>
    </fieldset>
    ${renderTiers(s, t, m)}
  </div>`;
}
