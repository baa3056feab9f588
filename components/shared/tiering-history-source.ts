/**
 * Where a tiering card's history (for the validity check and calibration) comes from: a file loaded in
 * the card (the shared import view), the host's `history` (model rows as given, or the CRM's records
 * through the import with a field-map), or a history saved by an earlier version of the card.
 */
import type { PropertyValues, ReactiveControllerHost } from 'lit';
import { normaliseHistory } from '../../src/parse/history.js';
import { isObject } from '../../src/models/guards.js';
import type { Issue } from '../../src/schemas/issues.js';
import type { ImportController } from './import/import-controller.js';
import { Persist } from './persist.js';

/** A history saved by earlier versions (rows as read); a loaded history is now kept by the import view. */
export interface HistorySaved {
  v: 1;
  rows: unknown[];
  label?: string;
}

export interface HistoryHost extends ReactiveControllerHost, HTMLElement {
  storageKey?: string | undefined;
  history?: unknown[] | { header: unknown[]; rows: unknown[][] } | undefined;
  fieldMap: unknown;
}

export interface HistorySourceOptions {
  /** The card's import of a history (made after this source: its saved history is read first). */
  importer: () => ImportController;
  /** The words the import view names the host's records with. */
  hostLabel: () => string;
  /** The history in use changed: drop what was computed from the last one. */
  changed: () => void;
  /** A field-map the host gave is wrong. */
  fail: (issues: Issue[]) => void;
}

export class HistorySource {
  /** A history saved by an earlier version of the card. */
  private legacy?: { rows: unknown[]; label: string };
  private fromHost?: { from: unknown; rows: unknown[] };
  readonly persist: Persist<HistorySaved>;

  constructor(
    private readonly host: HistoryHost,
    private readonly o: HistorySourceOptions,
  ) {
    this.persist = new Persist<HistorySaved>(host, {
      namespace: `${host.localName}-history`,
      key: () => (host.history ? null : host.storageKey),
      restore: (s) => {
        this.legacy = s?.v === 1 && Array.isArray(s.rows) ? { rows: s.rows, label: s.label ?? '' } : undefined;
        o.changed();
        host.requestUpdate();
      },
    });
  }

  /** The host's `history`: model rows as given, or (with a field-map, or as `{ header, rows }`) the CRM's records through the import. */
  sync(changed: PropertyValues): void {
    const h = this.host.history;
    const importer = this.o.importer();
    if (h && (!Array.isArray(h) || this.host.fieldMap != null)) {
      const issues = importer.useHostMap(this.host.fieldMap);
      if (issues.length && changed.has('fieldMap')) this.o.fail(issues);
      importer.useHostData(h, this.o.hostLabel());
      this.fromHost = undefined;
      return;
    }
    importer.useHostData(undefined, '');
    if (!Array.isArray(h)) this.fromHost = undefined;
    else if (this.fromHost?.from !== h) {
      this.fromHost = { from: h, rows: normaliseHistory(h) };
      this.o.changed();
    }
  }

  /** The history in use: a file loaded in the card, the host's, or one saved by an earlier version. */
  current(): { rows: readonly unknown[]; label: string } | undefined {
    const src = this.o.importer().source;
    if (src) {
      const r = this.o.importer().result;
      return r && !r.issues.length ? { rows: r.rows, label: src.origin === 'host' ? '' : src.label } : undefined;
    }
    if (this.fromHost) return { rows: this.fromHost.rows, label: '' };
    return this.legacy;
  }

  /** JSON pasted or loaded as history: a list of rows (or `{ history: [...] }`), read through the import as records. */
  readJson(text: string, label: string): Promise<boolean> {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      return this.o.importer().openRecords(undefined, label, `not valid JSON (${(e as Error).message})`);
    }
    const list = Array.isArray(v) ? v : isObject(v) && Array.isArray(v.history) ? v.history : undefined;
    return this.o.importer().openRecords(list, label, 'expected a list of rows, or { "history": [ … ] }');
  }

  clear(): void {
    this.o.importer().clear();
    this.legacy = undefined;
    void this.persist.clear();
  }
}
