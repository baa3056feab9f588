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
  /** Load a file chosen in the picker; resolves false when it cannot be read. */
  loadFile: (file: File) => Promise<boolean>;
  /** Load pasted text; resolves false when it cannot be read. */
  loadText: (text: string) => Promise<boolean>;
  clear: () => void;
}

/** The import tab: a file picker and a paste box for a CRM export, with progress while it is read. */
export function renderImportTab({ t, fmt: f }: LeadFlowContext, p: ImportPanel): TemplateResult {
  const file = p.file;
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    await p.loadFile(chosen);
    input.value = '';
  };
  // The paste box is not bound to state: a large export stays out of the render path until it is read.
  const onPaste = (e: Event) => {
    const ta = (e.target as Element).closest('section')?.querySelector('textarea');
    if (!ta || !ta.value.trim()) return;
    void p.loadText(ta.value).then((ok) => {
      if (ok) ta.value = '';
    });
  };
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
      <input id="file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" @change=${onFile} />
    </div>
    <label for="paste">${t.pasteLabel}</label>
    <textarea id="paste" rows="4" spellcheck="false"></textarea>
    <div class="row">
      <button type="button" class="brand" id="analyse" ?disabled=${!!p.busy} @click=${onPaste}>${t.analyse}</button>
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
