/**
 * The mapping step: which column of the file each field the model reads
 * comes from (pre-filled by the detected preset, every field re-mappable
 * with a native select, a constant for a field the file lacks), the preset
 * and the order of year-last dates; then the value mapping: the distinct
 * values of the pool / stage / source / converted columns, with their counts
 * and the key each reads as.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ImportResult } from '../../../src/views/import-core.js';
import type { FieldRow, ImportView, ValueStep } from '../../../src/views/import-view.js';
import { constantId, fieldId, valueId } from './import-controller.js';
import { fieldIssue, type ImportViewContext, fieldName, fileIssueText } from './view-context.js';

const COLUMN = 'col:';
const CONSTANT = 'const';
const DATE_ORDERS = ['auto', 'mdy', 'dmy', 'ymd'] as const;

function onChoice(c: ImportViewContext, row: FieldRow, value: string): void {
  if (value === CONSTANT) c.ctl.setField(row.key, { kind: 'constant', value: '' });
  else if (value.startsWith(COLUMN)) c.ctl.setField(row.key, { kind: 'column', column: value.slice(COLUMN.length) });
  else c.ctl.setField(row.key, { kind: 'none' });
}

function fieldRow(
  c: ImportViewContext,
  row: FieldRow,
  header: readonly string[],
  bad: ReadonlySet<string>,
): TemplateResult {
  const { t, id } = c;
  const name = fieldName(c, row.key);
  const fid = fieldId(id, row.key);
  const choice = row.choice;
  const selected = choice.kind === 'column' ? `${COLUMN}${choice.column}` : choice.kind === 'constant' ? CONSTANT : '';
  // A column a host's mapping names that the file lacks is still offered, so the select shows what is in force.
  const columns = choice.kind === 'column' && !header.includes(choice.column) ? [...header, choice.column] : header;
  return html`<tr data-field=${row.key} class=${row.required ? 'required' : ''}>
    <th scope="row">
      <label for=${fid}>${name}</label>${row.required ? html` <span class="req">${t.required}</span>` : nothing}
    </th>
    <td>
      <select
        id=${fid}
        aria-invalid=${bad.has(row.key) ? 'true' : 'false'}
        @change=${(e: Event) => onChoice(c, row, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${selected === ''}>${t.notImported}</option>
        ${columns.map((h) => html`<option value=${COLUMN + h} ?selected=${selected === COLUMN + h}>${h}</option>`)}
        <option value=${CONSTANT} ?selected=${selected === CONSTANT}>${t.constantOption}</option>
      </select>
      ${
        choice.kind === 'constant'
          ? html`<input
              id=${constantId(id, row.key)}
              class="constant"
              aria-label=${t.constantLabel(name)}
              .value=${choice.value}
              @change=${(e: Event) =>
                c.ctl.setField(row.key, { kind: 'constant', value: (e.target as HTMLInputElement).value })}
            />`
          : nothing
      }
    </td>
    <td class="sample">${row.sample}</td>
  </tr>`;
}

/** The mapping step: preset, date order and each field's column. */
export function renderMappingStep(c: ImportViewContext, view: ImportView, result: ImportResult): TemplateResult {
  const { ctl, t, id } = c;
  const issue = result.issues.find((i) => i.code === 'missing-columns' || i.code === 'unknown-column');
  const bad = fieldIssue(result);
  const order = result.mapping.dateOrder ?? 'auto';
  return html`<details
    part="import-mapping"
    ?open=${ctl.open.mapping}
    @toggle=${(e: Event) => (ctl.open.mapping = (e.target as HTMLDetailsElement).open)}
  >
    <summary>${t.mappingTitle}</summary>
    <div class="body">
      <p class="weak">${t.mappingHint}</p>
      ${issue ? html`<div part="import-problem" role="alert" class="refused"><p>${fileIssueText(c, issue)}</p></div>` : nothing}
      <div class="controls">
        <label for="${id}preset">${t.presetLabel}</label>
        <select id="${id}preset" @change=${(e: Event) => ctl.setPreset((e.target as HTMLSelectElement).value as never)}>
          <option value="auto" ?selected=${ctl.preset === 'auto'}>
            ${t.presetAuto(t.presetNames[result.preset] ?? result.preset)}
          </option>
          ${view.presets.map((p) => html`<option value=${p} ?selected=${ctl.preset === p}>${t.presetNames[p] ?? p}</option>`)}
        </select>
        <label for="${id}date-order">${t.dateOrderLabel}</label>
        <select
          id="${id}date-order"
          @change=${(e: Event) => ctl.setDateOrder((e.target as HTMLSelectElement).value as (typeof DATE_ORDERS)[number])}
        >
          ${DATE_ORDERS.map((o) => html`<option value=${o} ?selected=${order === o}>${t.dateOrders[o]}</option>`)}
        </select>
      </div>
      <div class="scroll" part="import-fields">
        <table class="map">
          <caption class="visually-hidden">
            ${t.mappingTitle}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.fieldCol}</th>
              <th scope="col">${t.columnCol}</th>
              <th scope="col">${t.sampleCol}</th>
            </tr>
          </thead>
          <tbody>
            ${view.fields.map((row) => fieldRow(c, row, result.header, bad))}
          </tbody>
        </table>
      </div>
    </div>
  </details>`;
}

function targetLabel(c: ImportViewContext, step: ValueStep, key: string): string {
  const t = c.t;
  switch (step.field) {
    case 'pool':
      return t.poolNames[key] ?? key;
    case 'stage':
      return key === 'closed-won' ? t.closedWon : key === 'closed-lost' ? t.closedLost : (c.stageLabel?.(key) ?? key);
    case 'source':
      return t.channelNames[key] ?? key;
    default:
      return key === 'true' ? t.yes : t.no;
  }
}

function valueTable(c: ImportViewContext, step: ValueStep): TemplateResult {
  const { t, fmt, ctl, id } = c;
  const name = fieldName(c, step.field);
  return html`<fieldset part="import-value-map" data-field=${step.field}>
    <legend>${t.valueFieldTitle(name, step.column)}</legend>
    <div class="scroll">
      <table class="values">
        <thead>
          <tr>
            <th scope="col">${t.valueCol}</th>
            <th scope="col" class="num">${t.rowsCol}</th>
            <th scope="col">${t.readsAsCol}</th>
          </tr>
        </thead>
        <tbody>
          ${step.values.map((v, i) => {
            const vid = valueId(id, step.field, i);
            return html`<tr data-value=${v.value} class=${v.target === undefined ? 'unknown' : ''}>
              <th scope="row"><label for=${vid}>${v.value}</label></th>
              <td class="num">${fmt.integer(v.count)}</td>
              <td>
                <select
                  id=${vid}
                  aria-invalid=${v.target === undefined ? 'true' : 'false'}
                  @change=${(e: Event) => {
                    const to = (e.target as HTMLSelectElement).value;
                    ctl.setValue(step.field, v.value, to || undefined);
                  }}
                >
                  <option value="" ?selected=${v.target === undefined}>${t.notRecognised}</option>
                  ${step.targets.map(
                    (k) => html`<option value=${k} ?selected=${v.target === k}>${targetLabel(c, step, k)}</option>`,
                  )}
                </select>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${step.blank ? html`<p class="weak">${t.blankRows(fmt.integer(step.blank), name)}</p>` : nothing}
    ${step.values.length >= 100 ? html`<p class="weak">${t.moreValues}</p>` : nothing}
  </fieldset>`;
}

/** The value mapping of the kind's value fields that have a column. */
export function renderValueStep(c: ImportViewContext, view: ImportView): TemplateResult | typeof nothing {
  if (!view.values.length) return nothing;
  const { ctl, t } = c;
  return html`<details
    part="import-values"
    ?open=${ctl.open.values}
    @toggle=${(e: Event) => (ctl.open.values = (e.target as HTMLDetailsElement).open)}
  >
    <summary>${t.valuesTitle}</summary>
    <div class="body">
      <p class="weak">${t.valuesHint}</p>
      ${view.values.map((s) => valueTable(c, s))}
    </div>
  </details>`;
}
