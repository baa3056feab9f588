/**
 * Turn a pasted or uploaded history (JSON, or CSV as CRMs export it) into
 * tiering history rows `{ id?, values, converted, amount? }`. Only problems
 * with the text as a whole are reported here; a bad cell stays as text so
 * the model reports that row by its index and field, and the rest go on.
 */
import { csvParseRows } from 'd3-dsv';
import { isObject } from '../models/guards.js';
import type { Issue } from '../schemas/issues.js';
import type { TieringModel } from '../schemas/tiering.js';

export interface ParsedHistory {
  rows: unknown[];
  format: 'json' | 'csv';
  issues: Issue[];
}

const TRUE = new Set(['true', '1', 'yes', 'y', 'won', 'converted', '是', '已转化', '成交']);
const FALSE = new Set(['false', '0', 'no', 'n', 'lost', '', '否', '未转化', '未成交']);

/** A number from a CSV cell ('1,200,000', '¥800000', '90%'); the cell unchanged when it is not one; null when empty. */
export function cellNumber(cell: string): number | string | null {
  const t = cell.trim();
  if (!t) return null;
  const pct = t.endsWith('%');
  const n = Number(t.replace(/[,\s¥$€£]|%$/g, ''));
  if (!Number.isFinite(n)) return cell;
  return pct ? n / 100 : n;
}

/** true/false from a CSV cell (true, 1, yes, 是 …; empty counts as not converted); the cell unchanged otherwise. */
export function cellBoolean(cell: string): boolean | string {
  const t = cell.trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return cell;
}

const RESERVED = new Set(['id', 'converted', 'amount']);

/** Header names CRMs use for the three reserved columns (matched without case or spaces). */
const SYNONYMS: Record<string, 'id' | 'converted' | 'amount'> = {
  id: 'id',
  'lead id': 'id',
  leadid: 'id',
  线索id: 'id',
  客户id: 'id',
  编号: 'id',
  converted: 'converted',
  'is converted': 'converted',
  isconverted: 'converted',
  is_converted: 'converted',
  won: 'converted',
  是否转化: 'converted',
  转化: 'converted',
  已转化: 'converted',
  是否成交: 'converted',
  成交: 'converted',
  amount: 'amount',
  金额: 'amount',
  成交金额: 'amount',
  revenue: 'amount',
};
const reserved = (col: string): 'id' | 'converted' | 'amount' | undefined => SYNONYMS[col.trim().toLowerCase()];

/** Wrap a flat row ({ id, converted, amount, ...factors }) as a history row. */
function fromFlat(row: Record<string, unknown>): unknown {
  if (row.values && typeof row.values === 'object') return row;
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!RESERVED.has(k)) values[k] = v;
  const out: Record<string, unknown> = { values, converted: row.converted };
  if (row.id !== undefined) out.id = row.id;
  if (row.amount !== undefined) out.amount = row.amount;
  return out;
}

function parseCsv(text: string, model: TieringModel): ParsedHistory {
  // csvParseRows, not csvParse: csvParse compiles a row accessor with `new Function`, which a strict CSP blocks.
  const [header = [], ...body] = csvParseRows(text);
  const columns = header;
  const table = Object.assign(
    body
      .filter((cells) => cells.some((c) => c.trim() !== ''))
      .map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']))),
    { columns },
  );
  const kinds = new Map(model.factors.map((f) => [f.key, f.kind]));
  // A factor column keeps its name; the reserved columns are recognised by their usual CRM names too.
  const cols = table.columns.map((c) => (kinds.has(c.trim()) ? c.trim() : (reserved(c) ?? c.trim())));
  if (!cols.includes('converted'))
    return {
      rows: [],
      format: 'csv',
      issues: [{ path: 'history', message: 'history: the CSV needs a "converted" column (true/false)' }],
    };
  const rows = table.map((rec) => {
    const values: Record<string, unknown> = {};
    const out: Record<string, unknown> = { values };
    table.columns.forEach((rawCol, i) => {
      const col = cols[i]!;
      const cell = rec[rawCol] ?? '';
      if (col === 'id') {
        if (cell.trim()) out.id = cell.trim();
      } else if (col === 'converted') out.converted = cellBoolean(cell);
      else if (col === 'amount') {
        const n = cellNumber(cell);
        if (n !== null) out.amount = n;
      } else {
        const kind = kinds.get(col);
        const t = cell.trim();
        if (kind === 'bands') values[col] = cellNumber(cell);
        else if (kind === 'multi')
          values[col] = t
            ? t
                .split(/[|;]/)
                .map((s) => s.trim())
                .filter(Boolean)
            : null;
        else if (kind === 'options') values[col] = t || null;
        else {
          const b = cellBoolean(cell);
          values[col] = typeof b === 'boolean' && t ? b : t || null;
        }
      }
    });
    return out;
  });
  return { rows, format: 'csv', issues: [] };
}

/** Parse history text: JSON (a list, or `{ history: [...] }`) or CSV with a header row. */
export function parseHistory(text: string, model: TieringModel): ParsedHistory {
  const t = text.trim();
  if (!t)
    return {
      rows: [],
      format: 'json',
      issues: [{ path: 'history', message: 'history: nothing to read (the text is empty)' }],
    };
  if (t.startsWith('[') || t.startsWith('{')) {
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (e) {
      return {
        rows: [],
        format: 'json',
        issues: [{ path: 'history', message: `history: not valid JSON (${(e as Error).message})` }],
      };
    }
    const list = Array.isArray(v)
      ? v
      : ((v as { history?: unknown; rows?: unknown }).history ?? (v as { rows?: unknown }).rows);
    if (!Array.isArray(list))
      return {
        rows: [],
        format: 'json',
        issues: [{ path: 'history', message: 'history: expected a list of rows, or an object with a "history" list' }],
      };
    return {
      rows: (list as unknown[]).map((r) => (isObject(r) ? fromFlat(r) : r)),
      format: 'json',
      issues: [],
    };
  }
  return parseCsv(t, model);
}

/** Flat rows from a history list given as a property, for hosts that pass CRM records as they are. */
export const normaliseHistory = (list: readonly unknown[]): unknown[] =>
  list.map((r) => (r && typeof r === 'object' && !Array.isArray(r) ? fromFlat(r as Record<string, unknown>) : r));
