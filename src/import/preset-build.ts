/**
 * What a header preset is and how one is built: the column names a CRM's
 * exports use per import kind; a lead preset also serves the validity
 * history kind (see `historyFrom`) and the lead list, an account preset the
 * customer list (`leadListFrom`, `customerListFrom`).
 */
import type { DateOrder } from './values.js';
import type { TableKind } from './fields.js';

export const PRESET_NAMES = [
  'salesforce-api',
  'salesforce-report',
  'hubspot',
  'xiaoshouyi',
  'fxiaoke',
  'generic-zh',
  'generic-en',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  name: PresetName;
  /** How year-last dates are read when no cell of the file settles it. */
  dateOrder: DateOrder;
  /** Field → the header names this CRM uses for it, per kind (first is the usual one). */
  fields: Partial<Record<TableKind, Record<string, readonly string[]>>>;
  /** Other columns of this CRM's exports, per kind (not imported; they help detection). */
  other: Partial<Record<TableKind, readonly string[]>>;
}

// ---- factor columns (every preset: tiering factors are the project's own fields) ----------

/** Header names of the lead and customer tiering factors (docs/models.md §1 presets). */
export const FACTOR_HEADERS: Readonly<Record<string, readonly string[]>> = {
  channel: ['channel', '渠道', '线索渠道类型'],
  form: ['form', 'lead form', '形态', '線索形態', '线索形态', '线索形式', '转化形式'],
  annualRevenue: [
    'annualRevenue',
    'Annual Revenue',
    '年营收',
    '年營收',
    '年收入',
    '年营业额',
    '营收规模',
    '业务规模',
    '業務規模',
    '企业年营收',
    '公司年收入',
  ],
  contactRole: ['contactRole', 'contact role', '对接人', '對接人', '对接人角色', '联系人角色'],
  demandClarity: ['demandClarity', 'demand clarity', '需求清晰度', '需求清晰度'],
  demandMatch: ['demandMatch', 'demand match', '需求匹配度'],
  interest: ['interest', 'interest signals', '业务兴趣度', '業務興趣度', '兴趣行为'],
  tenureMonths: ['tenureMonths', 'tenure months', 'months as customer', '使用月龄', '使用月齡', '使用月数'],
  cumulativePayment: ['cumulativePayment', 'cumulative payment', 'total paid', '累计付费', '累計付費', '累计付款'],
  users: ['users', 'user count', 'seats', 'licensed users', '用户数', '使用者体量', '使用者體量', '账号数'],
  usageRate: ['usageRate', 'usage rate', '使用率', '场景功能使用量', '活跃率'],
};

export type KindFields = Record<string, readonly string[]>;

/**
 * History fields from a preset's lead fields: a lead export is also the
 * history of the validity check (converted or not, the won amount, the
 * source as the channel factor, the annual revenue factor); an account id
 * keys a customer history.
 */
const historyFrom = (leads: KindFields, accounts: KindFields | undefined): KindFields => {
  const out: Record<string, readonly string[]> = {};
  const copy = (to: string, from: string) => {
    if (leads[from]) out[to] = leads[from]!;
  };
  // A customer history (customer-value card) is keyed by the account's id.
  out.id = [...(leads.id ?? []), ...(accounts?.id ?? [])];
  copy('converted', 'converted');
  copy('convertedAt', 'convertedAt');
  copy('lifecycleStage', 'lifecycleStage');
  copy('amount', 'revenue');
  copy('source', 'source');
  copy('values.annualRevenue', 'values.annualRevenue');
  return out;
};
/** The other columns of a lead export, as the history kind sees them (lead fields it does not read). */
const historyOther = (leads: KindFields, other: readonly string[]): string[] => {
  const used = new Set([
    'id',
    'converted',
    'convertedAt',
    'lifecycleStage',
    'revenue',
    'source',
    'values.annualRevenue',
  ]);
  return [
    ...other,
    ...Object.entries(leads)
      .filter(([k]) => !used.has(k))
      .flatMap(([, v]) => v),
  ];
};

/** The columns of a kind's export that a derived kind does not read (they still tell the CRM apart). */
const unusedOf = (from: KindFields, used: KindFields, other: readonly string[]): string[] => {
  const taken = new Set(Object.values(used).flat());
  return [
    ...other,
    ...Object.values(from)
      .flat()
      .filter((h) => !taken.has(h)),
  ];
};

/**
 * A lead list (lead-score-table) is a lead export without the dates: its id,
 * owner, source, region, industry and business line come from the lead
 * fields; the name and product line, which the lead-flow kinds do not read,
 * are the preset's `lead-list` entries (given over the derived ones).
 */
const leadListFrom = (leads: KindFields, own: KindFields | undefined): KindFields => {
  const out: Record<string, readonly string[]> = {};
  const copy = (to: string, from: string) => {
    if (leads[from]) out[to] = leads[from]!;
  };
  copy('id', 'id');
  copy('owner', 'owner');
  copy('source', 'source');
  copy('fields.region', 'region');
  copy('fields.industry', 'industry');
  copy('fields.businessLine', 'businessLine');
  copy('values.annualRevenue', 'values.annualRevenue');
  return { ...out, ...own };
};

/** A customer list (customer-value-table, cs-capacity-planner) is an account export: id, name, owner, the CRM's tier as `fields.segment`. */
const customerListFrom = (accounts: KindFields, own: KindFields | undefined): KindFields => {
  const out: Record<string, readonly string[]> = {};
  for (const [to, from] of [
    ['id', 'id'],
    ['name', 'name'],
    ['owner', 'owner'],
    ['fields.segment', 'tier'],
  ] as const)
    if (accounts[from]) out[to] = accounts[from]!;
  return { ...out, ...own };
};

export function preset(
  name: PresetName,
  dateOrder: DateOrder,
  fields: Partial<Record<TableKind, KindFields>>,
  other: Partial<Record<TableKind, readonly string[]>>,
): Preset {
  const f = { ...fields };
  const o = { ...other };
  if (f.leads && !f.history) {
    f.history = historyFrom(f.leads, f.accounts);
    o.history = historyOther(f.leads, o.leads ?? []);
  }
  if (f.leads) {
    f['lead-list'] = leadListFrom(f.leads, fields['lead-list']);
    o['lead-list'] = unusedOf(f.leads, f['lead-list'], [...(o.leads ?? []), ...(other['lead-list'] ?? [])]);
  }
  if (f.accounts) {
    f['customer-list'] = customerListFrom(f.accounts, fields['customer-list']);
    o['customer-list'] = unusedOf(f.accounts, f['customer-list'], [
      ...(o.accounts ?? []),
      ...(other['customer-list'] ?? []),
    ]);
  }
  return { name, dateOrder, fields: f, other: o };
}
