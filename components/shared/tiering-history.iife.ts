/**
 * tiering-history.ts for the one-file scripts (vite.iife.config.ts puts this module in its place for the
 * tiering cards): the history part — its import, the validity check, calibration and their section, with
 * the import strings — is a file beside the script (a dynamic import: iifeLazyChunks), loaded the first
 * time a card has a history to read (the host's `history` or `field-map`, or a `storage-key` that may hold
 * one) or the user opens the validity section or asks to calibrate. Until then the section is its closed
 * summary: a card without history computes, paints and reports its score without that file.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { TieringCalibration } from '../../src/models/calibrate.js';
import { loadLocale } from '../../src/i18n/registry.js';
import type { ImportController } from './import/import-controller.js';
import type {
  TieringHistory as Part,
  TieringHistoryHost,
  TieringHistoryOptions,
  TieringHistoryRender,
} from './tiering-history.js';

export type { TieringHistoryHost, TieringHistoryOptions, TieringHistoryRender };

export class TieringHistory {
  private part?: Part;
  private loading?: Promise<Part | undefined>;
  /** The user opened the section before the part was in: it opens as it comes. */
  private opened = false;
  /** The host's field-map and history are read afresh by the part's first sync (their issues reported). */
  private fresh = true;

  constructor(
    private readonly host: TieringHistoryHost,
    private readonly o: TieringHistoryOptions,
  ) {}

  private load(): Promise<Part | undefined> {
    if (!this.loading) {
      this.loading = import('./tiering-history.js').then(
        async (m) => {
          await loadLocale(this.o.locale());
          return (this.part = new m.TieringHistory(this.host, this.o));
        },
        () => {
          // Not served (yet): the next need asks again.
          this.loading = undefined;
          return undefined;
        },
      );
      // The card runs again once the part is in, and its updateComplete waits for that.
      this.o.waitFor?.(this.loading);
    }
    return this.loading;
  }

  /** Undefined until the part is in. */
  get importer(): ImportController | undefined {
    return this.part?.importer;
  }

  get status(): string {
    return this.part?.status ?? '';
  }

  set status(s: string) {
    if (this.part) this.part.status = s;
  }

  pending(): boolean {
    return this.part ? this.part.pending() : !!this.loading && !!this.host.storageKey;
  }

  sync(changed: PropertyValues): void {
    const part = this.part;
    if (part) {
      if (this.fresh) {
        this.fresh = false;
        changed = new Map([...changed, ['history', undefined], ['fieldMap', undefined]]) as PropertyValues;
      }
      part.sync(changed);
    } else if (this.host.history != null || this.host.fieldMap != null || this.host.storageKey) void this.load();
  }

  current(): { rows: readonly unknown[]; label: string } | undefined {
    return this.part?.current();
  }

  dropCalibration(): void {
    this.part?.dropCalibration();
  }

  refresh(): void {
    this.part?.refresh();
  }

  async calibrate(): Promise<TieringCalibration | undefined> {
    return (await this.load())?.calibrate();
  }

  acceptCalibration(): void {
    this.part?.acceptCalibration();
  }

  discardCalibration(): void {
    this.part?.discardCalibration();
  }

  render(r: TieringHistoryRender): TemplateResult {
    if (this.part) return this.part.render(r, this.opened);
    const toggle = (e: Event) => {
      if (!(e.target as HTMLDetailsElement).open) return;
      this.opened = true;
      void this.load();
    };
    return html`<details part="validity" @toggle=${toggle}>
      <summary>${this.o.t().validity}</summary>
      <div class="body" aria-busy="true"></div>
    </details>`;
  }
}
