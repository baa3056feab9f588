/**
 * A risk panel's CRM import: an export of deals or accounts (CSV, .xlsx,
 * pasted rows, or the host's raw records with a `field-map`) through the
 * shared import view, and for accounts an optional usage-by-month file
 * joined by account id. The imported rows reach the model through
 * `modelRows()` (a deal with a blank amount is assessed as amount 0 and
 * shown as unknown); closed deals are set apart by the import and counted
 * in its view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { IMPORT } from '../../../src/i18n/import.js';
import type { Formatter, Locale } from '../../../src/i18n/format.js';
import { ModelInputError, type Issue } from '../../../src/schemas/issues.js';
import type { ImportFactor, ImportResult } from '../../../src/views/import-core.js';
import type { Stage } from '../../../src/views/import-view.js';
import { isRecordTable } from '../../../src/import/record-table.js';
import { ImportController, type ImportHost } from '../import/import-controller.js';
import { renderImportView, type ImportViewContext } from '../import/import-view.js';
import { fileIssueText } from '../import/view-context.js';

// The import view's styles come with its code: the panel adopts them when it is in (later-styles.ts).
export { importStyles } from '../import/import.styles.js';

export interface PanelImportOptions {
  /** The risk panels' deals or accounts; the tiering tables' lead or customer lists. */
  kind: 'opportunities' | 'accounts' | 'lead-list' | 'customer-list';
  /** Accounts: a second file of usage by month. */
  usage?: boolean;
  namespace: string;
  storageKey: () => string | null | undefined;
  stages?: () => readonly Stage[];
  /** Tiering factors read into `values` (the tables' lists). */
  factors?: () => readonly ImportFactor[];
  changed: () => void;
}

/** What the panel needs to render the section. */
export interface PanelImportView {
  loc: Locale;
  fmt: Formatter;
  listWord: string;
  /** The section's hint when it is not a panel's ("…then the table scores it"). */
  hint?: string;
  stageLabel?: (key: string) => string;
}

export class PanelImport {
  readonly main: ImportController;
  readonly usage?: ImportController;
  private memo?: { key: unknown[]; list: unknown[] };
  /** The usage file joined to the accounts: accounts with usage from it, its points, and its rows naming no account. */
  joined?: { accounts: number; points: number; unmatched: number };

  constructor(
    host: ImportHost,
    private readonly opts: PanelImportOptions,
  ) {
    this.main = new ImportController(host, {
      kind: opts.kind,
      namespace: opts.namespace,
      storageKey: opts.storageKey,
      ...(opts.stages ? { stages: opts.stages } : {}),
      ...(opts.factors ? { factors: opts.factors } : {}),
      changed: opts.changed,
    });
    if (opts.usage)
      this.usage = new ImportController(host, {
        kind: 'usage',
        namespace: opts.namespace,
        storageKey: opts.storageKey,
        changed: opts.changed,
      });
  }

  sync(): void {
    this.main.sync();
    this.usage?.sync();
  }

  pending(): boolean {
    return this.main.pending() || !!this.usage?.pending();
  }

  get reading(): boolean {
    return !!this.main.reading || !!this.usage?.reading;
  }

  /**
   * The host's data when it is the CRM's own records (a `{ header, rows }`
   * table, or a list with a field-map): given to the import. Returns whether
   * the data is such records.
   */
  useHostData(data: unknown, fieldMap: unknown, locale: Locale): boolean {
    const issues = this.main.useHostMap(fieldMap);
    if (issues.length) throw new ModelInputError(issues);
    const raw = isRecordTable(data) || (fieldMap != null && Array.isArray(data));
    this.main.useHostData(raw ? (data as unknown[]) : undefined, IMPORT[locale].hostRecords);
    return raw;
  }

  /**
   * The model's list from the import in use: undefined when none is in use
   * (the host's data is assessed), null while the pipeline loads; a file
   * problem (a required field without a column …) is thrown as bad input.
   */
  list(word: (i: ImportResult['issues'][number]) => Issue): unknown[] | null | undefined {
    if (!this.main.source) return undefined;
    const r = this.main.result;
    const core = this.main.core;
    if (!r || !core) return null;
    if (r.issues.length) throw new ModelInputError(r.issues.map(word));
    const u = this.usage?.source ? this.usage.result : undefined;
    const usable = u && !u.issues.length ? u : undefined;
    const key = [r, usable];
    if (this.memo && key.every((k, i) => k === this.memo!.key[i])) return this.memo.list;
    const joined = usable ? core.joinUsage(r, usable) : r;
    const list = core.modelRows(this.opts.kind, joined.rows);
    this.memo = { key, list };
    if (usable) {
      const ids = new Set(r.rows.map((a) => String(a.id)));
      let points = 0;
      const accounts = new Set<string>();
      for (const p of usable.rows)
        if (ids.has(String(p.accountId))) {
          points++;
          accounts.add(String(p.accountId));
        }
      this.joined = { accounts: accounts.size, points, unmatched: usable.rows.length - points };
    } else this.joined = undefined;
    return list;
  }

  private context(c: ImportController, v: PanelImportView, id: string, file: string): ImportViewContext {
    const t = IMPORT[v.loc];
    return {
      ctl: c,
      t,
      fmt: v.fmt,
      id,
      readLabel: t.readAction,
      clearLabel: t.backToHost,
      ...(v.stageLabel ? { stageLabel: v.stageLabel } : {}),
      mappingFile: file,
    };
  }

  /** A file-level import problem as an alert item (at `import.<field>` when it names one). */
  issue(i: ImportResult['issues'][number], v: PanelImportView): Issue {
    const message = fileIssueText(this.context(this.main, v, 'import-', ''), i);
    return { path: i.fields?.[0] ? `import.${i.fields[0]}` : 'import', message };
  }

  /** The import section: the export, its mapping and result; the usage file under it. */
  render(v: PanelImportView, ns: string): TemplateResult {
    const t = IMPORT[v.loc];
    const usage = this.usage;
    const open = !!this.main.source || !!this.main.reading || !!this.main.refused;
    const joined = usage?.source ? this.joined : undefined;
    return html`<details part="import" class="import-section" ?open=${open}>
      <summary>${t.importData}</summary>
      <div class="body">
        <p class="weak">${v.hint ?? t.importDataHint(v.listWord)}</p>
        ${renderImportView(this.context(this.main, v, 'import-', `${ns}-mapping.json`))}
        ${
          usage
            ? html`<section part="import-usage" aria-labelledby="usage-title" class="usage">
                <h3 id="usage-title">${t.usageTitle}</h3>
                <p class="weak">${t.usageHint}</p>
                ${renderImportView(this.context(usage, v, 'usage-', `${ns}-usage-mapping.json`))}
                ${
                  joined
                    ? html`<p part="usage-joined">
                        ${t.usageJoined(v.fmt.integer(joined.accounts), v.fmt.integer(joined.points))}
                        ${joined.unmatched ? t.notes['usage-unmatched']({ n: v.fmt.integer(joined.unmatched) }) : ''}
                      </p>`
                    : nothing
                }
              </section>`
            : nothing
        }
      </div>
    </details>`;
  }
}
