import { html, nothing, type TemplateResult } from 'lit';
import { renderImportView, type ImportViewContext } from '../shared/import/import-view.js';
import type { LeadFlowContext } from './template-context.js';

/** The import tab's state and actions. */
export interface ImportPanel {
  /** The shared import view (a CSV or .xlsx export, pasted rows, the mapping). */
  view: ImportViewContext;
  /** JSON leads in use (the page's data or a JSON export): what to say above the picker. */
  json?: { label: string; n: number };
  /** An export loaded here is in use (it can be dropped). */
  loaded: boolean;
  /** Why the last JSON text could not be read. */
  issues: TemplateResult | typeof nothing;
  clear: () => void;
}

/** The import tab: the shared import view, with JSON model input accepted too. */
export function renderImportTab({ t, fmt: f }: LeadFlowContext, p: ImportPanel): TemplateResult {
  return html`<section part="import" aria-labelledby="import-title">
    <h3 id="import-title">${t.importTitle}</h3>
    <p class="weak">${t.importHint}</p>
    ${p.json ? html`<p data-format="json">${t.using(p.json.label || t.hostData, 'JSON', f.integer(p.json.n))}</p>` : nothing}
    ${renderImportView(p.view)}
    ${
      p.loaded
        ? html`<div class="row">
            <button type="button" id="clear-loaded" @click=${p.clear}>${t.clearLoaded}</button>
          </div>`
        : nothing
    }
    ${p.issues}
  </section>`;
}
