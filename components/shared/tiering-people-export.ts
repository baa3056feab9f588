/**
 * The tiering elements' exports for people, loaded with `import()` on the first click (the tiering script's
 * first file stays under its budget): the element's words for headers and codes, then the pure tables of
 * src/export/tiering-people.ts. The CRM re-import file (codes, `points_<factor>`) is not built here.
 */
import type { CompiledModel, TierResult } from '../../src/models/tiering.js';
import type { ScoredTable } from '../../src/views/tiering-table.js';
import { tierCounts } from '../../src/views/tiering-table.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import { TIERING } from '../../src/i18n/tiering.js';
import type { TieringTableStrings } from '../../src/i18n/tiering-table.js';
import { ACTIONS } from '../../src/i18n/actions.js';
import type { ExportTable } from '../../src/export/table.js';
import {
  cardWords,
  tableWords,
  tierCountsTable,
  tieringCardTables,
  tieringRowsTable,
  type TieringNamers,
} from '../../src/export/tiering-people.js';
import { downloadTables } from './download-tables.js';
import { factorLabel, optionLabel, routeLabel, tierLabel, type HostLabel } from './tiering-labels.js';

export interface PeopleExportContext {
  locale: Locale;
  fmt: Formatter;
  /** The element's `codeLabel` (the host's labels). */
  host: HostLabel;
}

const namers = ({ locale, host }: PeopleExportContext): TieringNamers => {
  const tt = TIERING[locale];
  return {
    tierName: (k, l) => tierLabel(tt, k, l, host),
    factorName: (k, l) => factorLabel(tt, k, l, host),
    routeName: (r) => routeLabel(tt, r, host),
  };
};

/** A table's people export: the rows shown (display order), then the tier counts as the element shows them. */
export function tablePeopleTables(
  ctx: PeopleExportContext,
  t: TieringTableStrings,
  title: string,
  table: ScoredTable,
  rows: Int32Array,
  routed: boolean,
): ExportTable[] {
  const w = tableWords(TIERING[ctx.locale], t, ACTIONS[ctx.locale], namers(ctx));
  return [tieringRowsTable(title, table, rows, routed, w), tierCountsTable(t.tierCounts, tierCounts(table), w)];
}

/** A card's people export: its summary and the contribution of each factor. */
export function cardPeopleTables(
  ctx: PeopleExportContext,
  record: string,
  result: TierResult,
  cm: CompiledModel,
  routing: { route: string | null; reason: string | null } | null,
): ExportTable[] {
  const tt = TIERING[ctx.locale];
  const { fmt, host } = ctx;
  const options = new Map(
    cm.model.factors.map((f) => [
      f.key,
      new Map(('options' in f ? f.options : []).map((o) => [o.value, o.label ?? undefined])),
    ]),
  );
  const word = (key: string, v: unknown): string =>
    typeof v === 'string'
      ? optionLabel(tt, v, options.get(key)?.get(v), host)
      : typeof v === 'number'
        ? fmt.number(v, 2)
        : typeof v === 'boolean'
          ? v
            ? ACTIONS[ctx.locale].yes
            : ACTIONS[ctx.locale].no
          : '';
  const w = cardWords(tt, ACTIONS[ctx.locale], namers(ctx), (key, v) =>
    Array.isArray(v) ? v.map((x) => word(key, x)).join(', ') : word(key, v),
  );
  return tieringCardTables({ summary: tt.summarySheet, contributions: tt.contributions }, record, result, routing, w);
}

/** Save the tables as `<base>.csv` or `.xlsx` (the card's first file has no CSV writer: it comes with this module). */
export const downloadPeople = downloadTables;
