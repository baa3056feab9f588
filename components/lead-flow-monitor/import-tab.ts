import { html, nothing, type TemplateResult } from 'lit';
import type { LeadsFile } from '../../src/parse/leads.js';
import type { LeadFlowContext } from './template-context.js';

/** The import tab's state and actions. */
export interface ImportPanel {
  /** The export in use and its label (empty: the host's data); none before a first analysis. */
  file: LeadsFile | undefined;
  label: string;
  /** An export loaded here is in use (it can be cleared). */
  loaded: boolean;
  /** What the monitor is doing (reading, parsing, analysing); empty when idle. */
  busy: string;
  progress: number | null;
  /** Why the last loaded text could not be read. */
  issues: TemplateResult | typeof nothing;
  onFile: (e: Event) => void;
  onPaste: () => void;
  clear: () => void;
}

/** The import tab: a file picker and a paste box for a CRM export, with progress while it is read. */
export function renderImportTab({ t, fmt: f }: LeadFlowContext, p: ImportPanel): TemplateResult {
  const file = p.file;
  return html`<section part="import" aria-labelledby="import-title">
    <h3 id="import-title">${t.importTitle}</h3>
    <p class="weak">${t.importHint}</p>
    ${
      file
        ? html`<p data-format=${file.format}>
            ${t.using(p.label || t.hostData, file.format.toUpperCase(), f.integer(file.leads.length))}
          </p>`
        : nothing
    }
    <div class="row">
      <label for="file">${t.file}</label>
      <input id="file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" @change=${p.onFile} />
    </div>
    <label for="paste">${t.pasteLabel}</label>
    <textarea id="paste" rows="4" spellcheck="false"></textarea>
    <div class="row">
      <button type="button" class="brand" id="analyse" ?disabled=${!!p.busy} @click=${p.onPaste}>${t.analyse}</button>
      ${p.loaded ? html`<button type="button" id="clear-loaded" @click=${p.clear}>${t.clearLoaded}</button>` : nothing}
    </div>
    <div role="status" aria-live="polite" class="status">
      ${
        p.busy
          ? html`<span>${p.busy}</span> ${
                p.progress !== null
                  ? html`<progress max="1" .value=${p.progress} aria-label=${p.busy}></progress>`
                  : nothing
              }`
          : nothing
      }
    </div>
    ${p.issues}
  </section>`;
}
