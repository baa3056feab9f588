/**
 * cs-capacity-planner's customer-list import (docs/models.md §6 extras):
 * a CRM's customer export read by the shared import pipeline and view
 * (kind `customer-list`, docs/import.md "Record lists") into the customers
 * the tiers view counts, the factors read being the tiering model's.
 * Loaded with the tiers view; the mapping and the file are kept under the
 * element's storage-key.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ImportController, type ImportHost } from '../shared/import/import-controller.js';
import { renderImportView, type ImportViewContext } from '../shared/import/import-view.js';
import { IMPORT } from '../../src/i18n/import.js';
import type { ImportFactor } from '../../src/views/import-core.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';

export interface CustomerImportHost extends ImportHost, HTMLElement {
  readonly locale: Locale;
  readonly fmt: Formatter;
  readonly storageKey?: string;
}

export class CustomerImport {
  readonly ctl: ImportController;

  constructor(
    private readonly host: CustomerImportHost,
    /** The tiering model's factors (the columns read into `values`). */
    private readonly factors: () => readonly ImportFactor[],
    changed: () => void,
  ) {
    this.ctl = new ImportController(host, {
      kind: 'customer-list',
      namespace: host.localName,
      storageKey: () => host.storageKey,
      factors,
      changed,
    });
  }

  /** The customers of a file loaded here; undefined without one (or while the pipeline loads). */
  customers(): Record<string, unknown>[] | undefined {
    if (!this.ctl.loaded) return undefined;
    return this.ctl.result?.rows;
  }

  private context(readLabel: string): ImportViewContext {
    return {
      ctl: this.ctl,
      t: IMPORT[this.host.locale],
      fmt: this.host.fmt,
      id: 'cust-',
      readLabel,
      factorLabel: (k) => this.factors().find((f) => f.key === k)?.label ?? undefined,
      mappingFile: `${this.host.localName}-customer-mapping.json`,
    };
  }

  render(labels: { title: string; read: string; clear: string }): TemplateResult {
    return html`<details part="customer-import" ?open=${!this.ctl.loaded}>
      <summary>${labels.title}</summary>
      ${renderImportView(this.context(labels.read))}
      ${
        this.ctl.loaded
          ? html`<p class="row">
              <button type="button" @click=${() => this.ctl.clear()}>${labels.clear}</button>
            </p>`
          : nothing
      }
    </details>`;
  }
}
