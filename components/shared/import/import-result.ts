/**
 * What an import produced: the counts (read, imported, skipped, closed
 * deals, blank, title and footer rows), the fallbacks and file notes, the
 * rows not imported grouped by problem (with their lines, values, a "Map it"
 * jump to the control that fixes them and an export of the skipped rows),
 * the rows imported with a note, a preview of the first rows; and saving,
 * exporting and reading back the mapping.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FileIssue, ImportResult, RowIssue } from '../../../src/views/import-core.js';
import type { ImportView, ProblemGroup } from '../../../src/views/import-view.js';
import { downloadText } from '../download.js';
import { issueSentence } from '../../../src/i18n/issues.js';
import { noteWords, rowProblemWords } from '../../../src/views/import-words.js';
import type { Issue } from '../../../src/schemas/issues.js';
import { fieldName, type ImportViewContext } from './view-context.js';

const COUNTS = ['read', 'mapped', 'skipped', 'closed', 'blank', 'titles', 'footers'] as const;

/** A row problem in the UI language. */
export function rowProblemText(c: ImportViewContext, i: Pick<RowIssue, 'code' | 'field' | 'value'>): string {
  return rowProblemWords(c.t, i.code, i.field ? fieldName(c, i.field) : '', i.value ?? '');
}

/** A problem of a mapping read from JSON in the UI language: its path, then its sentence from the code. */
function mappingIssueText(c: ImportViewContext, i: Issue): string {
  const what = issueSentence(i, c.fmt.locale);
  return what === undefined ? i.message : i.path ? `${i.path}: ${what}` : what;
}

function noteText(c: ImportViewContext, n: FileIssue, result: ImportResult): string {
  const d: Parameters<typeof noteWords>[2] = {};
  if (n.fields) d.fields = n.fields.map((f) => fieldName(c, f)).join(', ');
  if (n.code === 'date-order-assumed' && result.dateOrder) d.order = c.t.dateOrders[result.dateOrder];
  if (n.code === 'usage-unmatched') d.n = c.fmt.integer(n.count ?? 0);
  return noteWords(c.t, n.code, d);
}

function group(c: ImportViewContext, g: ProblemGroup, kind: 'error' | 'warning'): TemplateResult {
  const { t, fmt, ctl } = c;
  const problem = rowProblemText(c, { code: g.code, ...(g.field ? { field: g.field } : {}) });
  const lines = g.examples.map((l) => fmt.integer(l)).join(', ') + (g.count > g.examples.length ? ', …' : '');
  return html`<li data-code=${g.code} data-field=${g.field ?? nothing} class=${kind}>
    <span class="what"
      >${t.group(g.count, fmt.integer(g.count), problem)}${g.fix && kind === 'error' ? ` — ${t.fixHint(g.fix.step)}` : ''}</span
    >
    <span class="weak lines">${t.examples(lines)}</span>
    ${g.values?.length ? html`<span class="weak vals">${t.exampleValues(g.values.map((v) => `“${v}”`).join(', '))}</span>` : nothing}
    ${
      g.fix
        ? html`<button type="button" class="map-it" @click=${() => ctl.fix(g, c.id)}>
            ${t.mapIt}<span class="visually-hidden">: ${problem}</span>
          </button>`
        : nothing
    }
  </li>`;
}

function exportSkipped(c: ImportViewContext): void {
  const { ctl, t } = c;
  const table = ctl.table;
  const result = ctl.result;
  if (!table || !result || !ctl.core) return;
  const csv = ctl.core.skippedRowsCsv(table, result, (i) => rowProblemText(c, i), t.skippedCsvHead);
  const base = (ctl.source?.label || 'import').replace(/\.[^.]+$/, '');
  downloadText(`${base}-skipped.csv`, csv, 'text/csv');
}

function preview(c: ImportViewContext, view: ImportView): TemplateResult {
  const p = view.preview;
  if (!p.rows.length) return html`<p class="weak">${c.t.previewEmpty}</p>`;
  // A scrolling box with nothing focusable inside: it takes focus itself, so the keyboard can scroll it.
  const label = `${c.t.previewTitle} · ${c.ctl.source?.label ?? ''}`;
  return html`<div class="scroll" part="import-preview" tabindex="0" role="region" aria-label=${label}>
    <table class="preview">
      <caption>
        ${c.t.previewTitle}
      </caption>
      <thead>
        <tr>
          ${p.columns.map((k) => html`<th scope="col">${fieldName(c, k)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${p.rows.map(
          (r) =>
            html`<tr>
              ${r.map((v) => html`<td>${v}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Counts, fallbacks, notes, problems and a preview. */
export function renderImportResult(c: ImportViewContext, view: ImportView, result: ImportResult): TemplateResult {
  const { ctl, t, fmt } = c;
  const s = result.summary;
  const shown = COUNTS.filter((k) => k === 'read' || k === 'mapped' || k === 'skipped' || s[k] > 0);
  return html`<details
    part="import-result"
    ?open=${ctl.open.result}
    @toggle=${(e: Event) => (ctl.open.result = (e.target as HTMLDetailsElement).open)}
  >
    <summary>${t.resultTitle}</summary>
    <div class="body">
      <dl class="counts" part="import-counts">
        ${shown.map(
          (k) =>
            html`<div data-count=${k}>
              <dt>${t.counts[k]}</dt>
              <dd>${fmt.integer(s[k])}</dd>
            </div>`,
        )}
      </dl>
      ${s.closed ? html`<p class="weak" part="import-closed">${t.closedNote(fmt.integer(s.closed))}</p>` : nothing}
      ${
        view.fallbacks.length || result.notes.length
          ? html`<ul class="notes" part="import-notes">
              ${view.fallbacks.map(
                (f) =>
                  html`<li data-fallback=${f.field}>
                    ${t.fallback(
                      fieldName(c, f.field),
                      f.from.map((x) => ({ from: fieldName(c, x.field), n: fmt.integer(x.count) })),
                    )}
                  </li>`,
              )}
              ${result.notes.map((n) => html`<li data-note=${n.code}>${noteText(c, n, result)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        view.errors.length
          ? html`<div part="import-errors" class="groups">
              <p class="group-title">${t.errorsTitle}</p>
              <ul>
                ${view.errors.map((g) => group(c, g, 'error'))}
              </ul>
              <div class="row">
                <button type="button" id="${c.id}export-skipped" @click=${() => exportSkipped(c)}>
                  ${t.exportSkipped}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        view.warnings.length
          ? html`<div part="import-warnings" class="groups">
              <p class="group-title">${t.warningsTitle}</p>
              <ul>
                ${view.warnings.map((g) => group(c, g, 'warning'))}
              </ul>
            </div>`
          : nothing
      }
      ${preview(c, view)}
    </div>
  </details>`;
}

/** Save, export and read back the mapping. */
export function renderMappingFile(c: ImportViewContext): TemplateResult {
  const { ctl, t, id } = c;
  return html`<div class="mapping-file" part="import-mapping-file">
    <p class="weak">${ctl.kept ? t.mappingSaved : t.mappingSession}</p>
    <div class="row">
      <button type="button" id="${id}export-mapping" @click=${() => ctl.exportMapping(c.mappingFile)}>
        ${t.exportMapping}
      </button>
      <button type="button" id="${id}reset-mapping" @click=${() => ctl.resetMapping()}>${t.resetMapping}</button>
    </div>
    <label for="${id}mapping-json">${t.mappingJson}</label>
    <textarea
      id="${id}mapping-json"
      rows="3"
      spellcheck="false"
      .value=${ctl.mappingText}
      @input=${(e: Event) => (ctl.mappingText = (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div class="row">
      <button
        type="button"
        id="${id}import-mapping"
        @click=${() => ctl.importMapping(ctl.mappingText, t.mappingNotJson)}
      >
        ${t.importMapping}
      </button>
    </div>
    ${
      ctl.mappingIssues.length
        ? html`<div part="import-problem" role="alert" class="refused">
            <ul>
              ${ctl.mappingIssues.map((i) => html`<li>${mappingIssueText(c, i)}</li>`)}
            </ul>
          </div>`
        : nothing
    }
  </div>`;
}
