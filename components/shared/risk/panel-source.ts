/**
 * Where a risk panel's list comes from: the host's data (`{ asOf, <list>, rules? }`, a list, or one record), or
 * the panel's CRM import (an export loaded in the panel, or the host's raw records with a `field-map`), which is
 * made on first use with the panel's configuration. `read` gives the model input an assessment runs on.
 */
import { ModelInputError } from '../../../src/schemas/issues.js';
import { RISK } from '../../../src/i18n/risk.js';
import { IMPORT } from '../../../src/i18n/import.js';
import type { Formatter, Locale } from '../../../src/i18n/format.js';
import { readEnvelope } from '../../../src/views/risk-input.js';
import type { ResolvedInput } from '../json-source.js';
import type { ImportHost } from '../import/import-controller.js';
import { PanelImport, type PanelImportView } from './risk-import.js';
import type { RiskKind } from '../../../src/risk/engine.js';
import type { RiskWords } from './risk-config.js';

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
  private stagesMemo?: { rules: unknown; stages: readonly { key: string; label?: string | null }[] };

  constructor(
    private readonly host: ImportHost,
    private readonly o: PanelSourceOptions<C>,
  ) {}

  /** The panel's CRM import (undefined for a panel without one). */
  get imports(): PanelImport | undefined {
    if (this.state === undefined) {
      const imp = this.o.config().import;
      this.state = imp
        ? new PanelImport(this.host, {
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
    // The CRM's own records (with a field-map) go through the import, like an export loaded here.
    const raw =
      imp && data.status === 'ready' ? imp.useHostData(data.value, fieldMap, IMPORT[locale].hostRecords) : false;
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
