/**
 * A stage-change log read from a CRM export (one row per stage entered: the
 * opportunity's id, the stage, the date) into the stage histories of
 * docs/models.md §3c. The table comes from the import pipeline
 * (`readTable`); the stage names are read by its stage map (`stageOf`:
 * keys, labels, Closed Won / 赢单 …).
 */
import type { ImportTable } from '../import/table.js';
import { stageOf, CLOSED_LOST, CLOSED_WON } from '../import/value-maps.js';
import { INVALID_DATE, parseDate, type DateOrder } from '../import/values.js';

/** Header names of each column, by what they hold (English, Chinese, Salesforce's OpportunityHistory and HubSpot). */
const COLUMNS = {
  id: /^(opportunity|deal|lead|record)?[\s_]*(id|编号|号)$|^(商机|线索|机会)(id|编号)?$/i,
  stage: /^(to[\s_]*)?(stage|stage[\s_]*name|deal[\s_]*stage|new[\s_]*value|阶段|销售阶段|新阶段|商机阶段)$/i,
  at: /^(date|at|changed|change[\s_]*date|created[\s_]*date|entered|entered[\s_]*at|stage[\s_]*date|日期|时间|变更时间|变更日期|进入时间|进入日期)$/i,
} as const;

export interface StageTableRead {
  opportunities: { id: string; events: { stage: string; at: string }[] }[];
  /** Columns the log needs and the file lacks (by role: id, stage, at). */
  missing: ('id' | 'stage' | 'at')[];
  /** Rows left out, with their line and why (the stage or date text as given). */
  skipped: { line: number; reason: 'blank' | 'stage' | 'date'; text?: string }[];
}

/** The stage-change log of a table; `stages` are the funnel's stages (keys and labels). */
export function stageHistoryFromTable(
  table: ImportTable,
  stages: readonly { key: string; label?: string | null }[],
  dateOrder: DateOrder = 'ymd',
): StageTableRead {
  const col = (re: RegExp) => table.header.findIndex((h) => re.test(h.trim()));
  const c = { id: col(COLUMNS.id), stage: col(COLUMNS.stage), at: col(COLUMNS.at) };
  const missing = (['id', 'stage', 'at'] as const).filter((k) => c[k] < 0);
  const out: StageTableRead = { opportunities: [], missing, skipped: [] };
  if (missing.length) return out;
  const byId = new Map<string, { id: string; events: { stage: string; at: string }[] }>();
  const seen = new Map<string, string | undefined>();
  table.rows.forEach((row, r) => {
    const line = table.lines[r] ?? r + 1;
    const id = row[c.id]?.trim() ?? '';
    const st = row[c.stage]?.trim() ?? '';
    const cell = row[c.at]?.trim() ?? '';
    if (!id || !st || !cell) return void out.skipped.push({ line, reason: 'blank' });
    let key = seen.get(st);
    if (!seen.has(st)) {
      const t = stageOf(st, undefined, stages);
      key = t === CLOSED_WON ? 'won' : t === CLOSED_LOST ? 'lost' : stages.some((s) => s.key === t) ? t : undefined;
      seen.set(st, key);
    }
    if (!key) return void out.skipped.push({ line, reason: 'stage', text: st });
    const at = parseDate(cell, dateOrder);
    if (!at || at === INVALID_DATE) return void out.skipped.push({ line, reason: 'date', text: cell });
    let o = byId.get(id);
    if (!o) byId.set(id, (o = { id, events: [] }));
    o.events.push({ stage: key, at });
  });
  out.opportunities = [...byId.values()];
  return out;
}
