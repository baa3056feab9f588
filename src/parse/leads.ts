/**
 * Read a CRM lead export (JSON, or CSV as CRMs export it) into lead rows for
 * `analyzeLeadFlow` (MODELS.md §7). Like `history.ts`, only problems with the
 * text as a whole, and rows that cannot be lined up with the header, are
 * reported here; a bad cell is kept as text so the model reports that lead
 * by its index and field, and the element maps it back to the CSV row and
 * column. Flat factor columns (the tiering model's keys, or `values.<key>`)
 * become the lead's `values`, so the lead can be tiered.
 */
import { dsvFormat } from 'd3-dsv';
import type { Issue } from '../schemas/issues.js';
import type { Factor, FactorValues } from '../schemas/tiering.js';
import { cellNumber } from './history.js';

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
export const REQUIRED_LEAD_FIELDS: readonly LeadField[] = ['id', 'source', 'businessLine', 'pool', 'createdAt', 'poolEnteredAt'];

const DATE_FIELDS = new Set<LeadField>(['createdAt', 'poolEnteredAt', 'assignedAt', 'firstFollowUpAt', 'lastFollowUpAt', 'convertedAt', 'lastEngagementAt']);

/** A header in its comparable form: lower case, no spaces, underscores, hyphens or dots. */
export const normHeader = (h: string): string => h.trim().toLowerCase().replace(/[\s_\-.·:：()（）]/g, '');

/**
 * Header names CRMs use for each field (compared after normHeader). Both
 * Chinese scripts are listed because exports come from either.
 */
const ALIASES: Record<LeadField, string[]> = {
  id: ['id', 'leadid', '线索id', '線索id', '线索编号', '線索編號', '编号', '編號'],
  source: ['source', 'leadsource', 'sourcechannel', '来源', '來源', '线索来源', '線索來源', '来源渠道', '來源渠道', '渠道来源', '渠道來源'],
  businessLine: ['businessline', 'line', 'bu', 'businessunit', '业务线', '業務線'],
  pool: ['pool', 'leadpool', '线索池', '線索池', '所属池', '所屬池', '池'],
  owner: ['owner', 'assignee', 'salesrep', 'rep', '负责人', '負責人', '归属人', '歸屬人', '销售', '銷售'],
  createdAt: ['createdat', 'created', 'createddate', 'createdtime', 'createtime', '创建时间', '創建時間', '创建日期', '創建日期'],
  poolEnteredAt: ['poolenteredat', 'poolentered', 'enteredpoolat', 'poolenterdate', '入池时间', '入池時間', '入池日期', '进入线索池时间', '進入線索池時間'],
  assignedAt: ['assignedat', 'assigneddate', 'assigntime', '分配时间', '分配時間', '分配日期'],
  firstFollowUpAt: ['firstfollowupat', 'firstfollowup', 'firstcontactat', '首次跟进时间', '首次跟進時間', '首次跟进', '首次跟進'],
  lastFollowUpAt: ['lastfollowupat', 'lastfollowup', 'lastcontactat', '最近跟进时间', '最近跟進時間', '最后跟进时间', '最後跟進時間'],
  convertedAt: ['convertedat', 'converteddate', 'wonat', '转化时间', '轉化時間', '成交时间', '成交時間', '转化日期', '轉化日期'],
  revenue: ['revenue', 'amount', 'dealamount', '收入', '成交金额', '成交金額', '金额', '金額'],
  lastEngagementAt: ['lastengagementat', 'lastengagement', 'lastactivityat', '最近互动时间', '最近互動時間', '最后互动时间', '最後互動時間'],
  industry: ['industry', '行业', '行業'],
  region: ['region', 'area', '区域', '區域', '地区', '地區'],
};
const FIELD_BY_HEADER = new Map<string, LeadField>();
for (const f of LEAD_FIELDS) for (const a of ALIASES[f]) FIELD_BY_HEADER.set(normHeader(a), f);

/** Pool names CRMs use (compared lower case, trimmed). */
const POOL_ALIASES: Record<string, 'private' | 'line' | 'company' | 'blacklist'> = {
  private: 'private', personal: 'private', 'private pool': 'private', 私海: 'private', 个人私海: 'private', 個人私海: 'private',
  line: 'line', 'business-line': 'line', 'business line': 'line', 'line pool': 'line', 业务线公海: 'line', 業務線公海: 'line',
  company: 'company', 'company pool': 'company', public: 'company', 大公海: 'company', 公司公海: 'company',
  blacklist: 'blacklist', blocked: 'blacklist', 黑名单: 'blacklist', 黑名單: 'blacklist', 黑名单公海: 'blacklist', 黑名單公海: 'blacklist',
};

/** What a lead export turned into. */
export interface LeadsFile {
  format: 'json' | 'csv';
  /** Lead rows for the model (bad cells kept as text, so the model names them). */
  leads: unknown[];
  /** CSV: the spreadsheet row number of each lead (the header is row 1). */
  rows?: number[];
  /** CSV: the header text a lead field (or `values.<factor>`) was read from. */
  columns?: Record<string, string>;
  /** JSON object input: the other parts of the model input it carried. */
  envelope?: { asOf?: unknown; channelCosts?: unknown; rules?: unknown };
  /** CSV rows that could not be lined up with the header (wrong number of cells); the rest are read. */
  skipped: { row: number; issues: Issue[] }[];
  /** Problems with the text as a whole; with any, `leads` is empty. */
  issues: Issue[];
}

export interface ParseLeadsOptions {
  /** Factors of the tiering model: their columns become the lead's `values` (default: none recognised). */
  factors?: readonly Pick<Factor, 'key' | 'kind'>[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `2026/3/5 09:30` and `2026.03.05` as ISO (`2026-03-05 09:30`); other text unchanged; empty → undefined. */
export function cellDate(cell: string): string | undefined {
  const t = cell.trim();
  if (!t) return undefined;
  const c4 = t.charCodeAt(4);
  if (c4 === 45 /* - */) return t;
  const m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(.*)$/.exec(t);
  if (!m) return t;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}${m[4]}`;
}

const text = (cell: string): string | undefined => {
  const t = cell.trim();
  return t ? t : undefined;
};

function pool(cell: string): string | undefined {
  const t = cell.trim();
  if (!t) return undefined;
  return POOL_ALIASES[t.toLowerCase()] ?? t;
}

function revenue(cell: string): number | string | undefined {
  const n = cellNumber(cell);
  return n === null ? undefined : n;
}

/** The delimiter of a CRM export: tab or semicolon when the header uses them instead of commas. */
function sniffDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const head = end < 0 ? text : text.slice(0, end);
  const count = (c: string) => head.split(c).length - 1;
  const commas = count(',');
  const tabs = count('\t');
  const semis = count(';');
  if (tabs > commas && tabs >= semis) return '\t';
  if (semis > commas) return ';';
  return ',';
}

const newlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

type Setter = (lead: Record<string, unknown>, cell: string) => void;

function factorSetter(f: Pick<Factor, 'key' | 'kind'>): (values: Record<string, unknown>, cell: string) => boolean {
  const k = f.key;
  if (f.kind === 'bands')
    return (v, cell) => {
      const n = cellNumber(cell);
      if (n === null) return false;
      v[k] = n;
      return true;
    };
  if (f.kind === 'multi')
    return (v, cell) => {
      const t = cell.trim();
      if (!t) return false;
      v[k] = t.split(/[|;,，、]/).map((s) => s.trim()).filter(Boolean);
      return true;
    };
  return (v, cell) => {
    const t = cell.trim();
    if (!t) return false;
    v[k] = t;
    return true;
  };
}

/** Parse CSV (or TSV / semicolon-separated) lead export text with a header row. */
export function parseLeadsCsv(input: string, opts: ParseLeadsOptions = {}): LeadsFile {
  const src = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const out: LeadsFile = { format: 'csv', leads: [], rows: [], columns: {}, skipped: [], issues: [] };
  const factors = new Map((opts.factors ?? []).map((f) => [normHeader(f.key), f]));
  const leads = out.leads;
  const rowNumbers = out.rows!;
  const columns = out.columns!;
  let width = 0;
  let line = 1; // spreadsheet row of the record being read
  let setters: (Setter | null)[] = [];
  let factorCols: ({ key: string; set: ReturnType<typeof factorSetter> } | null)[] = [];
  let hasFactors = false;
  let headerDone = false;

  dsvFormat(sniffDelimiter(src)).parseRows(src, (cells) => {
    let span = 1;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      if (cell.length > 0 && cell.indexOf('\n') >= 0) span += newlines(cell);
    }
    const row = line;
    line += span;
    if (!headerDone) {
      if (cells.length === 1 && !cells[0]!.trim()) return null; // blank lines before the header
      headerDone = true;
      width = cells.length;
      const seen = new Set<string>();
      setters = cells.map((h) => {
        const f = FIELD_BY_HEADER.get(normHeader(h));
        if (f === undefined || seen.has(f)) return null;
        seen.add(f);
        columns[f] = h.trim();
        if (f === 'pool') return (l, c) => void (l.pool = pool(c));
        if (f === 'revenue') return (l, c) => void (l.revenue = revenue(c));
        if (DATE_FIELDS.has(f)) return (l, c) => void (l[f] = cellDate(c));
        return (l, c) => void (l[f] = text(c));
      });
      factorCols = cells.map((h, c) => {
        if (setters[c]) return null;
        const n = normHeader(h.trim().replace(/^values\./i, ''));
        const fac = factors.get(n);
        if (!fac || seen.has(`values.${fac.key}`)) return null;
        seen.add(`values.${fac.key}`);
        columns[`values.${fac.key}`] = h.trim();
        hasFactors = true;
        return { key: fac.key, set: factorSetter(fac) };
      });
      const missing = REQUIRED_LEAD_FIELDS.filter((f) => !seen.has(f));
      for (const f of missing) {
        const zh = ALIASES[f].find((a) => /[^\x00-\x7f]/.test(a));
        out.issues.push({
          path: `header.${f}`,
          message: `header: the CSV has no ${f} column (expected a header such as ${JSON.stringify(f)}${zh ? ` or ${JSON.stringify(zh)}` : ''})`,
        });
      }
      return null;
    }
    if (cells.length === 1 && !cells[0]!.trim()) return null; // blank line
    if (cells.length !== width) {
      out.skipped.push({
        row,
        issues: [
          {
            path: `row ${row}`,
            message:
              cells.length > width
                ? `row ${row} has ${cells.length} cells but the header has ${width} (an unquoted delimiter inside a value?)`
                : `row ${row} has ${cells.length} cells but the header has ${width} (a line break or a missing quote?)`,
          },
        ],
      });
      return null;
    }
    const lead: Record<string, unknown> = {};
    for (let c = 0; c < width; c++) {
      const s = setters[c];
      if (s) s(lead, cells[c]!);
    }
    if (hasFactors) {
      const values: Record<string, unknown> = {};
      let any = false;
      for (let c = 0; c < width; c++) {
        const fc = factorCols[c];
        if (fc && fc.set(values, cells[c]!)) any = true;
      }
      if (any) lead.values = values;
    }
    leads.push(lead);
    rowNumbers.push(row);
    return null;
  });

  if (!headerDone) out.issues.push({ path: 'data', message: 'data: nothing to read (the text is empty)' });
  if (out.issues.length) {
    out.leads = [];
    out.rows = [];
  }
  return out;
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
    out.envelope = envelope;
  } else out.issues.push({ path: 'leads', message: 'leads: expected a list of leads, or an object with a "leads" list' });
  return out;
}

/** Parse a lead export: JSON when the text starts with `[` or `{`, CSV otherwise. */
export function parseLeads(input: string, opts: ParseLeadsOptions = {}): LeadsFile {
  const t = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const start = t.trimStart();
  if (!start) return { format: 'csv', leads: [], skipped: [], issues: [{ path: 'data', message: 'data: nothing to read (the text is empty)' }] };
  const c = start[0];
  if (c === '[' || c === '{') {
    let v: unknown;
    try {
      v = JSON.parse(start);
    } catch (e) {
      return { format: 'json', leads: [], skipped: [], issues: [{ path: 'data', message: `data: not valid JSON (${(e as Error).message})` }] };
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
    if (v !== undefined && v !== null && v !== '') return (isObject(own) ? own : pick(lead, factorKeys)) as FactorValues;
  }
  return null;
}

const pick = (o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
};
