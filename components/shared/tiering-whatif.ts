/**
 * The tiering cards' what-if editor (docs/models.md §1): one control per factor
 * seeded with the record's value, the contribution table (score, weight,
 * points) and the contribution chart. Edits go back through `setValue`.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CompiledModel, TierResult } from '../../src/models/tiering.js';
import type { FactorValue, TieringModel } from '../../src/schemas/tiering.js';
import type { TieringStrings } from '../../src/i18n/tiering.js';
import type { ActionStrings } from '../../src/i18n/actions.js';
import type { Formatter } from '../../src/i18n/format.js';
import { horizontalBars } from '../../src/charts/bars.js';

/** What the what-if editor shows and does. */
export interface WhatIfView {
  t: TieringStrings;
  actions: ActionStrings;
  fmt: Formatter;
  /** What-if values that differ from the record. */
  edits: Readonly<Record<string, FactorValue | null>>;
  /** Ids of the controls an issue names (aria-invalid). */
  invalid: ReadonlySet<string>;
  factorLabel: (key: string, label: string) => string;
  optionLabel: (value: string, label?: string | null) => string;
  /** Set a what-if value (null: cleared on purpose). */
  setValue: (key: string, value: FactorValue | null) => void;
  revertEdits: () => void;
}

export function renderWhatIf(v: WhatIfView, r: TierResult, cm: CompiledModel): TemplateResult {
  const t = v.t;
  const f = v.fmt;
  const edited = Object.keys(v.edits).length > 0;
  return html`<details part="factors" open>
    <summary>${t.factors}</summary>
    <div class="body">
      <p class="weak">${t.whatIfHint}</p>
      ${
        edited
          ? html`<p class="row edited-note">
              <span>${t.edited}</span><button type="button" @click=${() => v.revertEdits()}>${t.revertEdits}</button>
            </p>`
          : nothing
      }
      <div class="table-wrap">
        <table part="factor-table" class="factor-table">
          <caption class="visually-hidden">
            ${t.factors}
          </caption>
          <colgroup>
            <col class="c-factor" />
            <col class="c-value" />
            <col class="c-num" />
            <col class="c-num c-weight" />
            <col class="c-num" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">${t.factor}</th>
              <th scope="col">${t.value}</th>
              <th scope="col" class="num">${t.factorScore}</th>
              <th scope="col" class="num c-weight">${t.weight}</th>
              <th scope="col" class="num">${t.points}</th>
            </tr>
          </thead>
          <tbody>
            ${r.contributions.map((c, i) => {
              const fac = cm.model.factors[i]!;
              const isEdited = Object.prototype.hasOwnProperty.call(v.edits, c.key);
              return html`<tr class=${isEdited ? 'edited' : ''}>
                <th scope="row">
                  <label for="f-${i}" id="fl-${i}">${v.factorLabel(c.key, c.label)}</label
                  >${isEdited ? html`<span class="dot" title=${t.edited}>•</span>` : nothing}
                </th>
                <td>${renderControl(v, fac, i, c.value)}</td>
                <td class="num">
                  ${f.number(c.score, 1)}${
                    c.decay !== undefined && c.decay < 1
                      ? html`<span class="weak aged" data-decay=${c.decay}> · ${t.aged(f.percent(c.decay))}</span>`
                      : nothing
                  }
                </td>
                <td class="num c-weight">${f.percent(c.weight)}</td>
                <td class="num">${f.number(c.points, 2)}</td>
              </tr>`;
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="2">${v.actions.total}</th>
              <td></td>
              <td class="c-weight"></td>
              <td class="num"><strong>${f.number(r.score, 2)}</strong></td>
            </tr>
          </tfoot>
        </table>
      </div>
      ${renderContributionChart(v, r)}
    </div>
  </details>`;
}

function renderControl(v: WhatIfView, fac: TieringModel['factors'][number], i: number, value: unknown): TemplateResult {
  const t = v.t;
  const invalid = v.invalid.has(`f-${i}`) ? 'true' : 'false';
  if (fac.kind === 'options') {
    const cur = typeof value === 'string' ? value : '';
    return html`<select
      id="f-${i}"
      aria-invalid=${invalid}
      @change=${(e: Event) => v.setValue(fac.key, (e.target as HTMLSelectElement).value || null)}
    >
      <option value="" ?selected=${cur === ''}>${t.notSet}</option>
      ${fac.options.map((o) => html`<option value=${o.value} ?selected=${o.value === cur}>${v.optionLabel(o.value, o.label)} (${o.score})</option>`)}
    </select>`;
  }
  if (fac.kind === 'multi') {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    const toggle = (opt: string, on: boolean) => {
      const next = on ? [...chosen.filter((c) => c !== opt), opt] : chosen.filter((c) => c !== opt);
      v.setValue(fac.key, next);
    };
    return html`<fieldset id="f-${i}" class="multi" aria-labelledby="fl-${i}" data-roving>
      ${fac.options.map(
        (o, j) =>
          html`<label class="check"
            ><input
              type="checkbox"
              id="f-${i}-${j}"
              .checked=${chosen.includes(o.value)}
              @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
            />${v.optionLabel(o.value, o.label)} (+${o.score})</label
          >`,
      )}
    </fieldset>`;
  }
  const num = typeof value === 'number' ? value : '';
  return html`<div class="band-input">
    <input
      id="f-${i}"
      type="number"
      step="any"
      aria-invalid=${invalid}
      inputmode="decimal"
      .value=${String(num)}
      @input=${(e: Event) => {
        const el = e.target as HTMLInputElement;
        if (el.value === '') v.setValue(fac.key, null);
        else if (Number.isFinite(el.valueAsNumber)) v.setValue(fac.key, el.valueAsNumber);
      }}
    />
    ${typeof value === 'number' && Math.abs(value) >= 10000 ? html`<span class="weak hint">${v.fmt.number(value, 2)}</span>` : nothing}
    ${fac.reference != null ? html`<span class="weak hint">${t.reference(v.fmt.number(fac.reference, 2))}</span>` : nothing}
  </div>`;
}

function renderContributionChart(v: WhatIfView, r: TierResult): TemplateResult {
  const t = v.t;
  const f = v.fmt;
  const width = 320;
  const layout = horizontalBars(
    r.contributions.map((c) => ({ key: c.key, value: c.points, track: c.weight * 100 })),
    { width, labelWidth: 112, valueWidth: 40, max: Math.max(...r.contributions.map((c) => c.weight * 100), 1e-9) },
  );
  const top = [...r.contributions].sort((a, b) => b.points - a.points).slice(0, 3);
  const summary = t.chartSummary(
    f.number(r.score, 1),
    top.map((c) => `${v.factorLabel(c.key, c.label)} ${f.number(c.points, 1)}`).join(', '),
  );
  const labels = new Map(r.contributions.map((c) => [c.key, v.factorLabel(c.key, c.label)]));
  return html`<figure part="chart" class="chart">
    <figcaption>${t.contributions}</figcaption>
    <svg
      viewBox="0 0 ${width} ${layout.height + 4}"
      role="img"
      aria-label=${summary}
      preserveAspectRatio="xMinYMin meet"
    >
      ${layout.bars.map(
        (b) => svg`<g transform="translate(0 ${b.y + 2})">
          <text x=${layout.x0 - 6} y="14" text-anchor="end">${truncate(labels.get(b.key) ?? b.key, 14)}</text>
          <rect class="track" x=${layout.x0} y="4" width=${b.trackWidth} height="14" rx="2"></rect>
          <rect class="bar" x=${layout.x0} y="4" width=${b.width} height="14" rx="2"></rect>
          <text x=${layout.x0 + b.trackWidth + 4} y="15">${f.number(b.value, 1)}</text>
        </g>`,
      )}
    </svg>
  </figure>`;
}

const truncate = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
