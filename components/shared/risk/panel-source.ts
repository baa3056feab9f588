/**
 * Where a risk panel's list comes from: the host's data (`{ asOf, <list>, rules? }`, a list, or one record), or
 * the panel's CRM import (an export loaded in the panel, or the host's raw records with a `field-map`), which is
 * made on first use with the panel's configuration. `read` gives the model input an assessment runs on.
 *
 * The import's code (the import view, its file reader and strings: about 13 KB gzip) is not needed to paint
 * the host's list: it loads once the first rows are painted, or first when only the import can read the
 * host's data (raw records, a field-map) or a storage-key may hold a saved import (the list waits for it).
 */
import { ModelInputError } from '../../../src/schemas/issues.js';
import { RISK } from '../../../src/i18n/risk.js';
import type { Formatter, Locale } from '../../../src/i18n/format.js';
import { readEnvelope } from '../../../src/views/risk-input.js';
import { isRecordTable } from '../../../src/import/record-table.js';
import type { ResolvedInput } from '../json-source.js';
import type { ImportHost } from '../import/import-controller.js';
import { afterNextPaint } from '../first-screen.js';
import { FIRST_SCREEN_MIN } from './assessment-controller.js';
import type { PanelImport, PanelImportView } from './risk-import.js';
import type { RiskKind } from '../../../src/risk/engine.js';
import type { RiskWords } from './risk-config.js';
import type { CSSResult } from 'lit';

/** What the source reads of the panel's configuration (`C`: the context its templates get). */
export interface PanelSourceConfig<C> {
  kind: RiskKind;
  words(loc: Locale): RiskWords;
  isRecord(value: Record<string, unknown>): boolean;
  import?: {
    kind: 'opportunities' | 'accounts';
    usage?: boolean;
    stages?(c: C): readonly { key: string; label?: string | null }[];
    stageLabel?(c: C, key: string): string;
  };
}

export interface PanelSourceOptions<C> {
  namespace: string;
  config: () => PanelSourceConfig<C>;
  ctx: C;
  /** The rules in force (the stages imported stage values map to are kept while they are). */
  rules: () => unknown;
  loc: () => Locale;
  fmt: () => Formatter;
  storageKey: () => string | null | undefined;
  /** The import changed: assess again. */
  changed: () => void;
  /** The import's code is loading: `updateComplete` waits for it; `recompute`: assess again once it is in. */
  waitFor: (load: Promise<unknown>, recompute: boolean) => void;
  /** Lists longer than this are assessed in the background (the `worker-threshold` attribute). */
  workerThreshold: () => number;
  /** The import view's styles, which come with its code: adopt them before it is drawn. */
  adopt: (styles: CSSResult) => void;
}

/** The model input of an assessment: the envelope, and whether the data was one record. */
export interface PanelInput {
  env: Record<string, unknown>;
  single: boolean;
}

/** The asOf and rules of the host's data (an object), to assess an imported list with. */
const envelopeOf = (v: unknown): Record<string, unknown> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  const { asOf, rules } = v as Record<string, unknown>;
  return { ...(asOf !== undefined ? { asOf } : {}), ...(rules !== undefined ? { rules } : {}) };
};

export class PanelSource<C> {
  private state?: PanelImport | null;
  private code?: typeof import('./risk-import.js');
  private loading?: Promise<unknown>;
  private loadingNow = false;
  private stagesMemo?: { rules: unknown; stages: readonly { key: string; label?: string | null }[] };

  constructor(
    private readonly host: ImportHost,
    private readonly o: PanelSourceOptions<C>,
  ) {}

  /**
   * Load the import's code: at once (`now`: the list waits for it), else once the next frame is painted;
   * `updateComplete` waits for it when `now` or `awaited`.
   */
  private load(now: boolean, awaited = now): void {
    // A load waiting for a frame is taken over by one the list waits for.
    if (this.loading && !(now && !this.loadingNow)) return;
    this.loadingNow = now;
    const code = (now ? Promise.resolve() : afterNextPaint()).then(() => import('./risk-import.js'));
    this.loading = code.then(
      (m) => {
        this.code = m;
        this.o.adopt(m.importStyles);
        if (!now) this.host.requestUpdate();
      },
      (e: unknown) => console.error('revops-elements: could not load the import view', e),
    );
    if (awaited) this.o.waitFor(this.loading, now);
  }

  /** The panel's CRM import (undefined for a panel without one, and while its code loads). */
  get imports(): PanelImport | undefined {
    if (this.state === undefined) {
      const imp = this.o.config().import;
      if (imp && !this.code) return undefined;
      this.state = imp
        ? new this.code!.PanelImport(this.host, {
            kind: imp.kind,
            usage: !!imp.usage,
            namespace: this.o.namespace,
            storageKey: this.o.storageKey,
            ...(imp.stages ? { stages: () => this.stages() } : {}),
            changed: this.o.changed,
          })
        : null;
    }
    return this.state ?? undefined;
  }

  /** The stages imported stage values map to: those of the rules in force (kept while the rules are). */
  private stages(): readonly { key: string; label?: string | null }[] {
    const rules = this.o.rules();
    if (!this.stagesMemo || this.stagesMemo.rules !== rules)
      this.stagesMemo = { rules, stages: this.o.config().import?.stages?.(this.o.ctx) ?? [] };
    return this.stagesMemo.stages;
  }

  /** What the import section is rendered with. */
  view(): PanelImportView {
    const imp = this.o.config().import;
    return {
      loc: this.o.loc(),
      fmt: this.o.fmt(),
      listWord: this.o.config().words(this.o.loc()).listWord,
      ...(imp?.stageLabel ? { stageLabel: (k: string) => imp.stageLabel!(this.o.ctx, k) } : {}),
    };
  }

  /**
   * The model input from the host's data and the import: 'waiting' while either loads, null when there is
   * nothing to assess (the data or model failed, or there is none); throws ModelInputError for data that is
   * not the panel's list.
   */
  read(data: ResolvedInput, model: ResolvedInput, fieldMap: unknown, locale: Locale): PanelInput | 'waiting' | null {
    const imp = this.imports;
    const loaded = !!imp?.main.loaded;
    if ((data.status === 'loading' && !loaded) || model.status === 'loading') return 'waiting';
    const c = this.o.config();
    // The import's code is needed first for raw records or a field-map (checked by it), and under a
    // storage-key (a saved import would be the list: the first result waits for it, as for saved rules).
    if (c.import && !imp) {
      if (fieldMap != null || isRecordTable(data.value) || this.o.storageKey()) {
        this.load(true);
        return 'waiting';
      }
      // A list assessed in the background shows its first screenful at once: `updateComplete` does not wait.
      const v = data.value as Record<string, unknown> | undefined;
      const rows = Array.isArray(v) ? v.length : Array.isArray(v?.[c.kind]) ? (v[c.kind] as unknown[]).length : 0;
      this.load(false, rows <= Math.min(FIRST_SCREEN_MIN, this.o.workerThreshold()));
    }
    // The CRM's own records (with a field-map) go through the import, like an export loaded here.
    const raw = imp && data.status === 'ready' ? imp.useHostData(data.value, fieldMap, locale) : false;
    const list = imp?.list((i) => imp.issue(i, this.view()));
    if (list === null) return 'waiting';
    if (model.status === 'error' || (!list && (data.status === 'error' || data.status === 'empty'))) return null;
    const host = data.status === 'ready' && !raw ? data.value : undefined;
    const input = list
      ? { env: { ...envelopeOf(host), [c.kind]: list }, single: false }
      : readEnvelope(host, c.kind, (v) => c.isRecord(v));
    if (!input)
      throw new ModelInputError([{ path: 'data', message: RISK[locale].notData(c.words(locale).listWord, c.kind) }]);
    return input;
  }
}
