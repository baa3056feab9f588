import { html, nothing, type TemplateResult } from 'lit';
import { renderImportView, type ImportViewContext } from '../shared/import/import-view.js';
import type { OwnerHistoryJoin } from '../../src/views/import-core.js';
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
  /** The owner-history file (a second file joined by lead id into the leads' transfers). */
  history: { view: ImportViewContext; joined: OwnerHistoryJoin | undefined };
}

/** The import tab: the shared import view, with JSON model input accepted too. */
export function renderImportTab(ctx: LeadFlowContext, p: ImportPanel): TemplateResult {
  const { t, fmt: f } = ctx;
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
    ${p.issues} ${renderHistory(ctx, p.history)}
  </section>`;
}

/** The owner-history file under the lead export: its own import view, and how it was joined. */
function renderHistory({ fmt: f }: LeadFlowContext, h: ImportPanel['history']): TemplateResult {
  const it = h.view.t;
  const j = h.view.ctl.source ? h.joined : undefined;
  return html`<section part="import-history" aria-labelledby="history-title" class="history-file">
    <h4 id="history-title">${it.historyTitle}</h4>
    <p class="weak">${it.historyHint}</p>
    ${renderImportView(h.view)}
    ${
      j
        ? html`<p part="history-joined" role="status">
            ${it.historyJoined(f.integer(j.leads), f.integer(j.transfers))}
            ${j.unmatched ? it.notes['history-unmatched']({ n: f.integer(j.unmatched) }) : ''}
          </p>`
        : nothing
    }
  </section>`;
}
