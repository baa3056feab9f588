/**
 * The shared import view: choosing a file (picker, drag and drop, paste),
 * reading it (progress and cancel), the sheet of a workbook, what could not
 * be used, then the mapping step, the value mapping and the result
 * (mapping-step.ts, import-result.ts). Rendered inside the element's own
 * shadow root from an ImportController; ids are prefixed per view so two
 * views (churn's accounts and usage) can share a root.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ACCEPT, fileIssueText, type ImportViewContext } from './view-context.js';
import { renderMappingStep, renderValueStep } from './mapping-step.js';
import { renderImportResult, renderMappingFile } from './import-result.js';

export type { ImportViewContext };

const formatOf = (c: ImportViewContext): { format: string; detail: string } => {
  const src = c.ctl.source?.table.source;
  if (!src) return { format: '', detail: '' };
  if (src.format === 'xlsx') return { format: '.xlsx', detail: src.sheet ? `${c.t.sheet} ${src.sheet}` : '' };
  if (src.format === 'records') return { format: 'JSON', detail: '' };
  const delim = src.delimiter === '\t' ? 'TSV' : src.delimiter === ';' ? 'CSV (;)' : 'CSV';
  return { format: delim, detail: src.encoding ? src.encoding.toUpperCase() : '' };
};

function onFile(c: ImportViewContext, file: File): void {
  if (c.ownText && /\.json$/i.test(file.name)) {
    void file.text().then((text) => c.ownText!(text, file.name));
    return;
  }
  void c.ctl.openFile(file);
}

function onRead(c: ImportViewContext, e: Event): void {
  const root = (e.target as Element).closest('[data-import]');
  const ta = root?.querySelector<HTMLTextAreaElement>(`#${c.id}text`);
  const text = ta?.value ?? '';
  if (!text.trim()) return;
  // The paste box is not bound to state: a large paste stays out of the render path until it is read.
  const own = /^\s*[[{]/.test(text) ? c.ownText?.(text, c.t.pasted) : undefined;
  void (own ?? c.ctl.openText(text, c.t.pasted)).then((ok) => {
    if (ok && ta) ta.value = '';
  });
}

const drop = {
  over(e: DragEvent) {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.add('over');
  },
  leave(e: DragEvent) {
    (e.currentTarget as HTMLElement).classList.remove('over');
  },
};

/** The picker, the paste box, progress, the workbook's sheet and what could not be used. */
function renderSource(c: ImportViewContext): TemplateResult {
  const { ctl, t, id } = c;
  const reading = ctl.reading;
  const progress = reading?.progress ?? (ctl.mapping !== null ? { phase: 'map' as const, done: ctl.mapping } : null);
  const pct = progress?.done;
  const phase = progress ? t.phase[progress.phase] : '';
  const status = progress ? t.progressText(phase, pct == null ? '' : c.fmt.percent(pct, 0)) : '';
  const wb = ctl.workbook;
  const refused = ctl.refused;
  // Pointed at, focused or dragged over, a file or paste is likely read next: the import worker starts then.
  const warm = () => ctl.warm();
  return html`<div class="imp-source" @pointerenter=${warm} @focusin=${warm} @dragenter=${warm}>
    <div
      class="drop"
      @dragover=${drop.over}
      @dragleave=${drop.leave}
      @drop=${(e: DragEvent) => {
        drop.leave(e);
        e.preventDefault();
        const f = e.dataTransfer?.files[0];
        if (f) onFile(c, f);
      }}
    >
      <label for="${id}file">${t.chooseFile}</label>
      <input
        id="${id}file"
        type="file"
        accept=${c.accept ? `${ACCEPT},${c.accept}` : ACCEPT}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const f = input.files?.[0];
          if (f) onFile(c, f);
          input.value = '';
        }}
      />
      <p class="weak" id="${id}drop-hint"><span aria-hidden="true">${t.dropHere} · </span>${t.dropHint}</p>
    </div>
    <label for="${id}text">${t.pasteLabel}</label>
    <textarea id="${id}text" rows="3" spellcheck="false" aria-describedby="${id}paste-hint"></textarea>
    <p class="weak" id="${id}paste-hint">${t.pasteHint}</p>
    <div class="row">
      <button type="button" class="brand" id="${id}read" ?disabled=${!!reading} @click=${(e: Event) => onRead(c, e)}>
        ${c.readLabel}
      </button>
      ${
        c.clearLabel && ctl.loaded
          ? html`<button type="button" id="${id}clear" @click=${() => ctl.clear()}>${c.clearLabel}</button>`
          : nothing
      }
    </div>
    <div role="status" aria-live="polite" class="status" part="import-progress">
      ${
        reading
          ? html`<span>${status}</span>
              ${
                pct == null
                  ? html`<progress max="1" aria-label=${phase}></progress>`
                  : html`<progress max="1" .value=${pct} aria-label=${phase}></progress>`
              }
              <button type="button" id="${id}cancel" @click=${() => ctl.cancel()}>${t.cancel}</button>`
          : nothing
      }
    </div>
    ${
      wb && wb.sheets.length > 1
        ? html`<div class="row">
            <label for="${id}sheet">${t.sheet}</label>
            <select
              id="${id}sheet"
              @change=${(e: Event) => void ctl.chooseSheet((e.target as HTMLSelectElement).value)}
            >
              ${wb.sheet === undefined ? html`<option value="" selected disabled>—</option>` : nothing}
              ${wb.sheets.map((s) => html`<option value=${s} ?selected=${s === wb.sheet}>${s}</option>`)}
            </select>
          </div>`
        : nothing
    }
    ${
      refused
        ? html`<div part="import-refused" role="alert" class="refused">
            <p>
              ${refused.label ? html`<strong>${refused.label}</strong>:` : nothing}
              ${
                refused.issue
                  ? fileIssueText(c, refused.issue)
                  : refused.message === 'cancelled'
                    ? t.cancelled
                    : t.readFailed(refused.message ?? '')
              }
            </p>
            ${ctl.source ? html`<p class="weak">${t.keptNote}</p>` : nothing}
          </div>`
        : nothing
    }
  </div>`;
}

/** The file in use: its name, format and detail. */
function renderUsing(c: ImportViewContext): TemplateResult | typeof nothing {
  const src = c.ctl.source;
  if (!src) return nothing;
  const { format, detail } = formatOf(c);
  return html`<p class="using" data-format=${src.table.source.format} data-origin=${src.origin}>
    ${c.t.using(src.label, format, detail)}
  </p>`;
}

/** The whole view. */
export function renderImportView(c: ImportViewContext): TemplateResult {
  const ctl = c.ctl;
  const view = ctl.table ? ctl.view : undefined;
  const result = ctl.table ? ctl.result : undefined;
  return html`<div class="imp" data-import=${c.id}>
    ${renderSource(c)} ${renderUsing(c)}
    ${
      view?.problem && view.problem.code !== 'missing-columns' && view.problem.code !== 'unknown-column'
        ? html`<div part="import-problem" role="alert" class="refused"><p>${fileIssueText(c, view.problem)}</p></div>`
        : nothing
    }
    ${
      view && result && !c.compact
        ? html`${renderMappingStep(c, view, result)} ${renderValueStep(c, view)} ${renderImportResult(c, view, result)}
          ${renderMappingFile(c)}`
        : nothing
    }
  </div>`;
}
