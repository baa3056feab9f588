import { html, nothing, type TemplateResult } from 'lit';
import { pageWindow } from '../../src/views/lead-flow-pools.js';
import { rowsWithIssues, type RowIssue } from '../../src/views/lead-flow-rows.js';
import type { LeadFlowContext } from './template-context.js';
import { renderPager } from './pager.js';

/** Row problems listed per page (a large export can have thousands). */
export const ISSUES_SHOWN = 100;

/** The rows of the export that could not be used, 100 per page, with their export. */
export function renderSkippedRows(
  ctx: LeadFlowContext,
  rows: readonly RowIssue[],
  page: number,
  text: (r: RowIssue) => string,
  setPage: (page: number) => void,
  exportRows: () => void,
): TemplateResult {
  const { t, fmt: f } = ctx;
  const n = f.integer(rowsWithIssues(rows));
  const w = pageWindow(rows.length, page, ISSUES_SHOWN);
  return html`<details part="skipped" open>
    <summary>${t.skipped(n)}</summary>
    <div class="controls">
      <button type="button" id="export-skipped" @click=${exportRows}>${t.exportSkipped}</button>
    </div>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t.skipped(n)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.rowCol}</th>
            <th scope="col">${t.column}</th>
            <th scope="col">${t.problem}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.slice(w.start, w.end).map(
            (r) =>
              html`<tr data-row=${r.row ?? nothing} data-code=${r.problem?.code ?? nothing}>
                <th scope="row">
                  ${r.row !== undefined ? t.rowN(f.integer(r.row)) : t.leadN(f.integer((r.index ?? 0) + 1))}${
                    r.id ? html` <span class="weak">(${r.id})</span>` : nothing
                  }
                </th>
                <td>${r.column ? html`<code>${r.column}</code>` : '—'}</td>
                <td>${text(r)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${renderPager(ctx, rows.length, w, setPage, t.skippedPages)}
  </details>`;
}
