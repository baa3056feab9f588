/**
 * Read a CRM lead export (JSON, or CSV as CRMs export it) into lead rows for
 * `analyzeLeadFlow` (MODELS.md §7). Only problems with the text as a whole,
 * and rows that cannot be read safely (wrong number of cells, an unclosed
 * quote, a date whose day and month could be swapped, an amount whose
 * decimal mark is unclear) are reported here, by code so the element words
 * them in its language; any other bad cell is kept as text so the model
 * reports that lead by its index and field, and the element maps it back to
 * the CSV row and column. Flat factor columns (the tiering model's keys, or
 * `values.<key>`) become the lead's `values`, so the lead can be tiered.
 */
import { Records, countOf, sniffDelimiter } from '../import/csv.js';
import { decodeText, type TextEncoding } from '../import/decode.js';
import { poolByName } from '../import/pools.js';
import { readNumber, scanDate } from '../import/values.js';
import type { Factor, FactorValues } from '../schemas/tiering.js';
import { colonIssuesOf, type Issue } from '../schemas/issues.js';
import { EN_TEXT } from '../i18n/issues/en-text.js';

const issue = colonIssuesOf(EN_TEXT);

/** The lead fields of MODELS.md §7, in export order. */
export const LEAD_FIELDS = [
  'id',
  'source',
  'businessLine',
  'pool',
  'owner',
  'createdAt',
  'poolEnteredAt',
  'assignedAt',
  'firstFollowUpAt',
  'lastFollowUpAt',
  'convertedAt',
  'revenue',
  'lastEngagementAt',
  'industry',
  'region',
] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

/** Fields a CSV must have a column for (the rest are optional). */
export const REQUIRED_LEAD_FIELDS: readonly LeadField[] = [
  'id',
  'source',
  'businessLine',
  'pool',
  'createdAt',
  'poolEnteredAt',
];

const DATE_FIELDS = new Set<LeadField>([
  'createdAt',
  'poolEnteredAt',
  'assignedAt',
  'firstFollowUpAt',
  'lastFollowUpAt',
  'convertedAt',
  'lastEngagementAt',
]);

/** A header in its comparable form: lower case, no spaces, underscores, hyphens or dots. */
export const normHeader = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.·:：()（）]/g, '');

/**
 * Header names CRMs use for each field (compared after normHeader). Both
 * Chinese scripts are listed because exports come from either.
 */
const ALIASES: Record<LeadField, string[]> = {
  id: [
    'id',
    'leadid',
    'recordid',
    'leadnumber',
    'leadno',
    '线索id',
    '線索id',
    '线索编号',
    '線索編號',
    '编号',
    '編號',
    '线索号',
    '線索號',
  ],
  source: [
    'source',
    'leadsource',
    'sourcechannel',
    'channel source',
    'leadchannel',
    '来源',
    '來源',
    '线索来源',
    '線索來源',
    '来源渠道',
    '來源渠道',
    '渠道来源',
    '渠道來源',
    '获客渠道',
    '獲客渠道',
    '线索渠道',
    '線索渠道',
  ],
  businessLine: [
    'businessline',
    'line',
    'bu',
    'businessunit',
    'productline',
    'division',
    '业务线',
    '業務線',
    '所属业务线',
    '所屬業務線',
    '业务线名称',
    '業務線名稱',
    '业务部门',
    '業務部門',
    '事业部',
    '事業部',
    '所属事业部',
    '所屬事業部',
    '产品线',
    '產品線',
  ],
  pool: [
    'pool',
    'leadpool',
    'poolname',
    '线索池',
    '線索池',
    '所属池',
    '所屬池',
    '所在池',
    '所属线索池',
    '所屬線索池',
    '公海池',
    '池',
  ],
  owner: [
    'owner',
    'leadowner',
    'ownername',
    'salesowner',
    'assignee',
    'assignedto',
    'salesrep',
    'rep',
    'followupby',
    '负责人',
    '負責人',
    '线索负责人',
    '線索負責人',
    '销售负责人',
    '銷售負責人',
    '跟进人',
    '跟進人',
    '跟进销售',
    '跟進銷售',
    '归属人',
    '歸屬人',
    '所属人',
    '所屬人',
    '所有人',
    '线索所有人',
    '線索所有人',
    '所属销售',
    '所屬銷售',
    '销售',
    '銷售',
  ],
  createdAt: [
    'createdat',
    'created',
    'createddate',
    'createdtime',
    'createtime',
    'createdate',
    'createdon',
    'leadcreatedat',
    '创建时间',
    '創建時間',
    '创建日期',
    '創建日期',
    '线索创建时间',
    '線索創建時間',
    '录入时间',
    '錄入時間',
  ],
  poolEnteredAt: [
    'poolenteredat',
    'poolentered',
    'enteredpoolat',
    'poolenterdate',
    'poolentrydate',
    '入池时间',
    '入池時間',
    '入池日期',
    '进入线索池时间',
    '進入線索池時間',
    '进池时间',
    '進池時間',
    '转入时间',
    '轉入時間',
  ],
  assignedAt: [
    'assignedat',
    'assigneddate',
    'assigntime',
    'assignedon',
    'claimedat',
    '分配时间',
    '分配時間',
    '分配日期',
    '领取时间',
    '領取時間',
  ],
  firstFollowUpAt: [
    'firstfollowupat',
    'firstfollowup',
    'firstfollowupdate',
    'firstcontactat',
    'firstcontactdate',
    '首次跟进时间',
    '首次跟進時間',
    '首次跟进',
    '首次跟進',
    '首次跟进日期',
    '首次跟進日期',
    '首次联系时间',
    '首次聯繫時間',
  ],
  lastFollowUpAt: [
    'lastfollowupat',
    'lastfollowup',
    'lastfollowupdate',
    'lastcontactat',
    'lastcontactdate',
    '最近跟进时间',
    '最近跟進時間',
    '最后跟进时间',
    '最後跟進時間',
    '最近跟进日期',
    '最近跟進日期',
    '最新跟进时间',
    '最新跟進時間',
  ],
  convertedAt: [
    'convertedat',
    'converteddate',
    'wonat',
    'closedwonat',
    '转化时间',
    '轉化時間',
    '成交时间',
    '成交時間',
    '转化日期',
    '轉化日期',
    '成交日期',
  ],
  revenue: [
    'revenue',
    'amount',
    'dealamount',
    'wonamount',
    '收入',
    '成交金额',
    '成交金額',
    '金额',
    '金額',
    '合同金额',
    '合同金額',
  ],
  lastEngagementAt: [
    'lastengagementat',
    'lastengagement',
    'lastactivityat',
    'lastactivitydate',
    '最近互动时间',
    '最近互動時間',
    '最后互动时间',
    '最後互動時間',
    '最近活动时间',
    '最近活動時間',
  ],
  industry: ['industry', '行业', '行業', '所属行业', '所屬行業'],
  region: ['region', 'area', 'territory', '区域', '區域', '地区', '地區', '所属区域', '所屬區域'],
};
const FIELD_BY_HEADER = new Map<string, LeadField>();
for (const f of LEAD_FIELDS) for (const a of ALIASES[f]) FIELD_BY_HEADER.set(normHeader(a), f);

/** The Chinese header a missing column is best asked for by (for messages). */
export const chineseHeader = (f: LeadField): string | undefined => ALIASES[f].find((a) => /[^\x00-\x7f]/.test(a));

/** Why a CSV row was not read (the element words each code in its language). */
export type RowProblemCode =
  'too-many-cells' | 'too-few-cells' | 'unclosed-quote' | 'ambiguous-date' | 'ambiguous-number';

export interface RowProblem {
  code: RowProblemCode;
  /** The header of the cell (ambiguous-date, ambiguous-number). */
  column?: string;
  /** The cell as written (ambiguous-date, ambiguous-number). */
  cell?: string;
  /** Cells found on the row and in the header (too-many-cells, too-few-cells). */
  cells?: number;
  width?: number;
  /** The two readings of an ambiguous cell (ISO dates or numbers), first the one the file's convention would give. */
  readings?: [string, string];
}

/** A CSV row that was not read: its spreadsheet row (the physical line; the header is row 1). */
export interface SkippedRow {
  row: number;
  problems: RowProblem[];
  /** The same in English, one per problem (for events and hosts). */
  issues: Issue[];
}

/** What a lead export turned into. */
export interface LeadsFile {
  format: 'json' | 'csv';
  /** Lead rows for the model (bad cells kept as text, so the model names them). */
  leads: unknown[];
  /** CSV: the spreadsheet row number of each lead (the header is row 1). */
  rows?: number[];
  /** CSV: the header text a lead field (or `values.<factor>`) was read from. */
  columns?: Record<string, string>;
  /** CSV: the decimal mark amounts were read with (`,` when the export is semicolon-separated). */
  decimalMark?: '.' | ',';
  /** JSON object input: the other parts of the model input it carried. */
  envelope?: {
    asOf?: unknown;
    channelCosts?: unknown;
    rules?: unknown;
    periodCosts?: unknown;
    sourceGroups?: unknown;
    teams?: unknown;
  };
  /** CSV rows that were not read (see RowProblemCode); the rest are read. */
  skipped: SkippedRow[];
  /** Problems with the text as a whole; with any, `leads` is empty. */
  issues: Issue[];
  /** CSV: required fields the header has no column for (the same as `issues`, for wording). */
  missingColumns?: LeadField[];
}

export interface ParseLeadsOptions {
  /** Factors of the tiering model: their columns become the lead's `values` (default: none recognised). */
  factors?: readonly Pick<Factor, 'key' | 'kind'>[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---- decoding ---------------------------------------------------------------------------

/**
 * Text of an exported file's bytes (the import pipeline's `decodeText`):
 * UTF-16 by its byte-order mark or NUL pattern; otherwise UTF-8 (a BOM is
 * dropped) when the bytes are valid UTF-8, else Windows-1252 for Western
 * text, else GB18030 (what Chinese Excel and many CRMs save as “CSV”).
 */
export function decodeExport(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: TextEncoding } {
  return decodeText(bytes);
}

// ---- cells ------------------------------------------------------------------------------

/** An ambiguous cell: the readings it could have. */
class Ambiguous {
  constructor(readonly readings: [string, string]) {}
}

const pad2 = (s: string): string => (s.length === 1 ? `0${s}` : s);

function readDate(cell: string): string | undefined | Ambiguous {
  const t = cell.trim();
  if (!t) return undefined;
  // The ISO forms the model reads as they are (the common case of large exports).
  if (
    t.charCodeAt(4) === 45 &&
    t.charCodeAt(7) === 45 &&
    (t.length === 10 || (t.length >= 16 && t.charCodeAt(13) === 58))
  )
    return t;
  const s = scanDate(t);
  if (!s) return t;
  const tm = s.time;
  const time = tm ? `${tm.sep}${pad2(String(tm.h))}:${tm.mi}${tm.sec}${tm.zone}` : '';
  const iso = (mo: number, d: number) => `${s.y}-${pad2(String(mo))}-${pad2(String(d))}${time}`;
  if (!s.yearLast) return iso(s.a, s.b);
  const { a, b } = s;
  if (a > 12 && b <= 12) return iso(b, a); // 31/03/2026: day first
  if (b > 12 && a <= 12) return iso(a, b); // 03/31/2026: month first
  if (a === b) return iso(a, b);
  if (a <= 12 && b <= 12) return new Ambiguous([iso(b, a), iso(a, b)]);
  return t;
}

/**
 * `2026/3/5 9:30`, `2026.03.05`, `2026年3月5日` and `31/03/2026` as ISO
 * (`2026-03-05 09:30`, `2026-03-05`, `2026-03-31`); other text unchanged;
 * empty → undefined. A year-last date whose day and month could be swapped
 * (`03/01/2026`) is returned unchanged (the CSV reader reports it).
 */
export function cellDate(cell: string): string | undefined {
  const d = readDate(cell);
  return d instanceof Ambiguous ? cell.trim() : d;
}

/** The number of a cell read with a given decimal mark ('.' unless the export is semicolon-separated). */
export function cellAmount(cell: string, decimalMark: '.' | ',' = '.'): number | string | undefined {
  const n = readNumber(cell);
  if (n === null) return undefined;
  if (n === undefined) return cell;
  return decimalMark === '.' ? n.dot : n.comma;
}

const text = (cell: string): string | undefined => {
  const t = cell.trim();
  return t ? t : undefined;
};

function pool(cell: string): string | undefined {
  const t = cell.trim();
  if (!t) return undefined;
  return poolByName(t) ?? t;
}

// ---- the CSV reader ---------------------------------------------------------------------

type Setter = (lead: Record<string, unknown>, cell: string, c: number) => void;

const problemMessage = (row: number, p: RowProblem): string => {
  switch (p.code) {
    case 'too-many-cells':
      return `row ${row} has ${p.cells} cells but the header has ${p.width} (an unquoted delimiter inside a value?)`;
    case 'too-few-cells':
      return `row ${row} has ${p.cells} cells but the header has ${p.width} (a line break or a missing quote?)`;
    case 'unclosed-quote':
      return `row ${row}: a quote opened on this line is not closed where the row ends; the line is skipped and reading goes on at the next line`;
    case 'ambiguous-date':
      return `row ${row}, column ${JSON.stringify(p.column)}: ${JSON.stringify(p.cell)} could be ${p.readings![0]} or ${p.readings![1]} (day and month can be swapped); write dates as 2026-03-01`;
    case 'ambiguous-number':
      return `row ${row}, column ${JSON.stringify(p.column)}: ${JSON.stringify(p.cell)} could be ${p.readings![0]} or ${p.readings![1]} (the file uses both decimal marks); write amounts without thousands separators, e.g. 1200.5`;
  }
};

const skippedRow = (row: number, problems: RowProblem[]): SkippedRow => ({
  row,
  problems,
  issues: problems.map((p) => ({ path: `row ${row}`, message: problemMessage(row, p) })),
});

/**
 * A CSV lead export read in steps (`step(n)` reads up to n records), so a
 * page can read a large export in chunks and stay responsive; `result()`
 * gives the LeadsFile once `done`.
 */
export class LeadsCsvReader {
  private readonly out: LeadsFile;
  private readonly records: Records;
  private readonly factors: Map<string, Pick<Factor, 'key' | 'kind'>>;
  private readonly decimalMark: '.' | ',';
  private setters: (Setter | null)[] = [];
  private factorCols: ({ key: string; kind: Factor['kind']; header: string } | null)[] = [];
  private hasFactors = false;
  private headerDone = false;
  private width = 0;
  private headers: string[] = [];
  /** Number cells whose decimal mark only the file's convention settles: lead index, column header, cell, readings. */
  private unsure: { lead: number; row: number; column: string; cell: string; readings: [string, string] }[] = [];
  /** Number cells that show a decimal mark of their own. */
  private seen = { '.': false, ',': false };
  /** Problems of the row being read. */
  private rowProblems: RowProblem[] = [];
  private finished = false;

  constructor(input: string, opts: ParseLeadsOptions = {}) {
    const src = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const delim = sniffDelimiter(src);
    this.decimalMark = delim === ';' ? ',' : '.';
    this.out = {
      format: 'csv',
      leads: [],
      rows: [],
      columns: {},
      decimalMark: this.decimalMark,
      skipped: [],
      issues: [],
    };
    this.records = new Records(src, delim);
    this.factors = new Map((opts.factors ?? []).map((f) => [normHeader(f.key), f]));
  }

  get done(): boolean {
    return this.records.done;
  }

  /** Share of the text read so far (0–1). */
  get progress(): number {
    const n = this.records.text.length;
    return n ? Math.min(1, this.records.pos / n) : 1;
  }

  private number(lead: number, c: number, cell: string): number | string | undefined {
    const n = readNumber(cell);
    if (n === null) return undefined;
    if (n === undefined) return cell;
    if (n.mark === '?') {
      const mine = this.decimalMark === '.' ? n.dot : n.comma;
      const other = this.decimalMark === '.' ? n.comma : n.dot;
      this.unsure.push({
        lead,
        row: this.records.start,
        column: this.headers[c]!,
        cell: cell.trim(),
        readings: [String(mine), String(other)],
      });
      return mine;
    }
    if (n.mark) this.seen[n.mark] = true;
    return this.decimalMark === '.' ? n.dot : n.comma;
  }

  private date(f: LeadField): Setter {
    return (l, cell, c) => {
      const d = readDate(cell);
      if (d instanceof Ambiguous)
        this.rowProblems.push({
          code: 'ambiguous-date',
          column: this.headers[c]!,
          cell: cell.trim(),
          readings: d.readings,
        });
      else l[f] = d;
    };
  }

  private header(cells: string[]): void {
    const out = this.out;
    const columns = out.columns!;
    this.width = cells.length;
    this.records.width = cells.length;
    this.headers = cells.map((h) => h.trim());
    const seen = new Set<string>();
    this.setters = cells.map((h): Setter | null => {
      const f = FIELD_BY_HEADER.get(normHeader(h));
      if (f === undefined || seen.has(f)) return null;
      seen.add(f);
      columns[f] = h.trim();
      if (f === 'pool') return (l, c) => void (l.pool = pool(c));
      if (f === 'revenue') return (l, c, i) => void (l.revenue = this.number(out.leads.length, i, c));
      if (DATE_FIELDS.has(f)) return this.date(f);
      return (l, c) => void (l[f] = text(c));
    });
    this.factorCols = cells.map((h, c) => {
      if (this.setters[c]) return null;
      const n = normHeader(h.trim().replace(/^values\./i, ''));
      const fac = this.factors.get(n);
      if (!fac || seen.has(`values.${fac.key}`)) return null;
      seen.add(`values.${fac.key}`);
      columns[`values.${fac.key}`] = h.trim();
      this.hasFactors = true;
      return { key: fac.key, kind: fac.kind, header: h.trim() };
    });
    const missing = REQUIRED_LEAD_FIELDS.filter((f) => !seen.has(f));
    if (missing.length) out.missingColumns = missing;
    for (const f of missing) {
      const zh = chineseHeader(f);
      out.issues.push(
        issue(
          `header.${f}`,
          'csv_column',
          { field: f, header: JSON.stringify(f), alt: zh ? JSON.stringify(zh) : null },
          'header',
        ),
      );
    }
  }

  private factorValue(
    values: Record<string, unknown>,
    fc: { key: string; kind: Factor['kind'] },
    c: number,
    cell: string,
  ): boolean {
    const k = fc.key;
    if (fc.kind === 'bands') {
      const n = this.number(this.out.leads.length, c, cell);
      if (n === undefined) return false;
      values[k] = n;
      return true;
    }
    const t = cell.trim();
    if (!t) return false;
    values[k] =
      fc.kind === 'multi'
        ? t
            .split(/[|;,，、]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : t;
    return true;
  }

  /** Read up to `max` records; true when the text is read to the end. */
  step(max = Infinity): boolean {
    if (this.finished) return true;
    const r = this.records;
    const out = this.out;
    const leads = out.leads;
    const rows = out.rows!;
    for (let n = 0; n < max && r.next(); n++) {
      const cells = r.cells;
      const row = r.start;
      if (!this.headerDone) {
        if (r.broken) {
          out.issues.push(issue('header', 'csv_header_quote', {}));
          this.headerDone = true;
          this.records.pos = this.records.text.length;
          break;
        }
        if (cells.length === 1 && !cells[0]!.trim()) continue; // blank lines before the header
        this.headerDone = true;
        this.header(cells);
        if (out.issues.length) {
          this.records.pos = this.records.text.length; // nothing else is read
          break;
        }
        continue;
      }
      if (r.broken) {
        out.skipped.push(skippedRow(row, [{ code: 'unclosed-quote' }]));
        continue;
      }
      if (cells.length === 1 && !cells[0]!.trim()) continue; // blank line
      const width = this.width;
      if (cells.length !== width) {
        out.skipped.push(
          skippedRow(row, [
            { code: cells.length > width ? 'too-many-cells' : 'too-few-cells', cells: cells.length, width },
          ]),
        );
        continue;
      }
      const lead: Record<string, unknown> = {};
      const setters = this.setters;
      const mark = this.unsure.length;
      for (let c = 0; c < width; c++) {
        const s = setters[c];
        if (s) s(lead, cells[c]!, c);
      }
      if (this.hasFactors) {
        const values: Record<string, unknown> = {};
        let any = false;
        for (let c = 0; c < width; c++) {
          const fc = this.factorCols[c];
          if (fc && this.factorValue(values, fc, c, cells[c]!)) any = true;
        }
        if (any) lead.values = values;
      }
      if (this.rowProblems.length) {
        out.skipped.push(skippedRow(row, this.rowProblems));
        this.rowProblems = [];
        this.unsure.length = mark;
        continue;
      }
      leads.push(lead);
      rows.push(row);
    }
    return r.done;
  }

  /** The export as read (call once `step()` has returned true). */
  result(): LeadsFile {
    const out = this.out;
    if (this.finished) return out;
    this.finished = true;
    if (!this.headerDone) out.issues.push(issue('data', 'empty_text', {}));
    if (out.issues.length) {
      out.leads = [];
      out.rows = [];
      out.skipped = [];
      return out;
    }
    // Cells like 1,200 or 1.200 follow the file's decimal mark, unless other cells show the other mark: then they are reported.
    const other = this.decimalMark === '.' ? ',' : '.';
    if (this.unsure.length && this.seen[other]) {
      const byLead = new Map<number, { row: number; problems: RowProblem[] }>();
      for (const u of this.unsure) {
        let e = byLead.get(u.lead);
        if (!e) byLead.set(u.lead, (e = { row: u.row, problems: [] }));
        e.problems.push({ code: 'ambiguous-number', column: u.column, cell: u.cell, readings: u.readings });
      }
      const leads: unknown[] = [];
      const rows: number[] = [];
      out.leads.forEach((l, i) => {
        if (byLead.has(i)) return;
        leads.push(l);
        rows.push(out.rows![i]!);
      });
      out.leads = leads;
      out.rows = rows;
      for (const e of byLead.values()) out.skipped.push(skippedRow(e.row, e.problems));
      out.skipped.sort((a, b) => a.row - b.row);
    }
    this.unsure = [];
    return out;
  }
}

/** Parse CSV (or TSV / semicolon-separated) lead export text with a header row. */
export function parseLeadsCsv(input: string, opts: ParseLeadsOptions = {}): LeadsFile {
  const r = new LeadsCsvReader(input, opts);
  r.step();
  return r.result();
}

/**
 * The same as `parseLeads`, reading a CSV in chunks of `chunk` records and
 * awaiting `pause(progress)` between chunks (the page yields to the event
 * loop there and moves its progress bar).
 */
export async function parseLeadsInChunks(
  input: string,
  opts: ParseLeadsOptions & { chunk?: number; pause: (progress: number) => Promise<void> },
): Promise<LeadsFile> {
  const t = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const c = t.trimStart()[0];
  if (c === undefined || c === '[' || c === '{') return parseLeads(input, opts);
  const r = new LeadsCsvReader(t, opts);
  const chunk = Math.max(1, opts.chunk ?? 10_000);
  while (!r.step(chunk)) await opts.pause(r.progress);
  return r.result();
}

/** Leads from parsed JSON: a list of leads, or the model input `{ asOf?, leads, channelCosts?, rules? }`. */
export function leadsFromJson(v: unknown): LeadsFile {
  const out: LeadsFile = { format: 'json', leads: [], skipped: [], issues: [] };
  if (Array.isArray(v)) out.leads = v;
  else if (isObject(v) && Array.isArray(v.leads)) {
    out.leads = v.leads;
    const envelope: LeadsFile['envelope'] = {};
    if (v.asOf != null) envelope.asOf = v.asOf;
    if (v.channelCosts != null) envelope.channelCosts = v.channelCosts;
    if (v.rules != null) envelope.rules = v.rules;
    if (v.periodCosts != null) envelope.periodCosts = v.periodCosts;
    if (v.sourceGroups != null) envelope.sourceGroups = v.sourceGroups;
    if (v.teams != null) envelope.teams = v.teams;
    out.envelope = envelope;
  } else out.issues.push(issue('leads', 'leads_list', {}));
  return out;
}

/** Parse a lead export: JSON when the text starts with `[` or `{`, CSV otherwise. */
export function parseLeads(input: string, opts: ParseLeadsOptions = {}): LeadsFile {
  const t = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const start = t.trimStart();
  if (!start)
    return {
      format: 'csv',
      leads: [],
      skipped: [],
      issues: [issue('data', 'empty_text', {})],
    };
  const c = start[0];
  if (c === '[' || c === '{') {
    let v: unknown;
    try {
      v = JSON.parse(start);
    } catch (e) {
      return {
        format: 'json',
        leads: [],
        skipped: [],
        issues: [issue('data', 'not_json', { why: (e as Error).message })],
      };
    }
    return leadsFromJson(v);
  }
  return parseLeadsCsv(t, opts);
}

/**
 * The factor values a lead carries, or null when it carries none: its
 * `values` object, else the model's factor keys found flat on the lead.
 * A lead with no non-empty factor value has nothing to tier.
 */
export function factorValuesOf(lead: unknown, factorKeys: readonly string[]): FactorValues | null {
  if (!isObject(lead)) return null;
  const own = lead.values;
  const src = isObject(own) ? own : lead;
  for (const k of factorKeys) {
    const v = src[k];
    if (v !== undefined && v !== null && v !== '')
      return (isObject(own) ? own : pick(lead, factorKeys)) as FactorValues;
  }
  return null;
}

const pick = (o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
};
