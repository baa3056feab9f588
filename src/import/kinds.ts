/**
 * The row builders of each kind: a table row → a model row (docs/models.md §7
 * leads, §1 validity-check history, §2 opportunities, §5 accounts, and the
 * points of a usage file), with the documented defaults and fallbacks (see
 * docs/import.md). Each builder resolves its columns once per import.
 */
import { DEAL_FIELD_KEYS, FIELDS, type TableKind } from './fields.js';
import type { ImportFactor, ImportMapping } from './mapping.js';
import { lookup } from './keys.js';
import { DEFAULT_STAGES, type Col, type Run } from './run.js';
import {
  CHANNELS,
  CLOSED_LOST,
  CLOSED_WON,
  channelOf,
  isQueueOwner,
  lifecycleConverted,
  poolOf,
  stageOf,
} from './value-maps.js';
import { parseFlag, parseMonth } from './values.js';

/** Fields whose cells are read in the prepare pass (date order, decimal mark). */
export const specsOf = (
  kind: TableKind,
  mapping: ImportMapping,
  factors: readonly ImportFactor[],
): { key: string; type: string }[] => {
  const out: { key: string; type: string }[] = FIELDS[kind].map((f) => ({ key: f.key, type: f.type }));
  for (const fac of factors) if (fac.kind === 'bands') out.push({ key: `values.${fac.key}`, type: 'amount' });
  if (kind === 'accounts')
    for (const k of Object.keys(mapping.fields)) {
      const m = /^usage\.(\d{4}-\d{2})\.(usageRate|activeUsers)$/.exec(k);
      if (m) out.push({ key: k, type: m[2] === 'usageRate' ? 'rate' : 'number' });
    }
  return out;
};

export type Builder = (row: readonly string[]) => Record<string, unknown> | undefined;

/** Reads the mapped factor columns of a row into `values` (options checked against the factor's options). */
export function factorReader(run: Run, factors: readonly ImportFactor[]) {
  const mapped = factors.map((fac) => ({ fac, c: run.col(`values.${fac.key}`) })).filter((x) => x.c.present);
  const matchers = mapped.map(({ fac }) => {
    const known = fac.options?.length ? fac.options : undefined;
    const cache = new Map<string, string | undefined>();
    return (s: string): string | undefined => {
      if (!known) return s;
      return run.cached(cache, s, (t) => {
        const k = t.toLowerCase();
        return known.find((o) => o.value.toLowerCase() === k || o.label?.toLowerCase() === k)?.value;
      });
    };
  });
  return (row: readonly string[], into: Record<string, unknown>): void => {
    for (let i = 0; i < mapped.length; i++) {
      const { fac, c } = mapped[i]!;
      if (fac.kind === 'bands') {
        const v = run.number(row, c);
        if (v !== undefined) into[fac.key] = v;
        continue;
      }
      const t = run.text(row, c);
      if (!t) continue;
      const match = matchers[i]!;
      const unknown = (p: string) =>
        run.warn(
          'option-unknown',
          `${c.field} ${JSON.stringify(p)} is not an option of ${fac.key}; left out`,
          c.field,
          p,
        );
      if (fac.kind === 'multi') {
        const vals: string[] = [];
        for (const p of t.split(/[|;,，、；]/)) {
          const part = p.trim();
          if (!part) continue;
          const v = match(part);
          if (v === undefined) unknown(part);
          else if (!vals.includes(v)) vals.push(v);
        }
        into[fac.key] = vals;
      } else {
        const v = match(t);
        if (v === undefined) unknown(t);
        else into[fac.key] = v;
      }
    }
  };
}

/**
 * The `channel` factor from the CRM's source column (history, lead lists): when
 * the model has a channel factor and the file no channel column, a source is
 * read through the channel names (unknown: `other`, noted `source-other`); a
 * channel column's values are read through the user's source table.
 */
export function channelReader(run: Run, factors: readonly ImportFactor[], source: Col) {
  const channelCol = run.col('values.channel');
  const fromSource = !channelCol.present && source.present && factors.some((f) => f.key === 'channel');
  const channels = new Map<string, string | undefined>();
  return (row: readonly string[], values: Record<string, unknown>): void => {
    if (fromSource) {
      const src = run.text(row, source);
      if (!src) return;
      const ch = run.cached(channels, src, (t) => channelOf(t, run.values.source));
      if (ch && (CHANNELS as readonly string[]).includes(ch)) values.channel = ch;
      else {
        values.channel = 'other';
        run.warn(
          'source-other',
          `source ${JSON.stringify(src)} is not a known channel${source.where}; read as "other"`,
          'source',
          src,
        );
      }
    } else if (typeof values.channel === 'string') {
      const ch = channelOf(values.channel, run.values.source);
      if (ch) values.channel = ch;
    }
  };
}

/** Leads of docs/models.md §7 (see docs/import.md for the defaults and fallbacks). */
export function leadBuilder(run: Run, factors: readonly ImportFactor[]): Builder {
  const C = {
    id: run.col('id'),
    source: run.col('source'),
    businessLine: run.col('businessLine'),
    pool: run.col('pool'),
    owner: run.col('owner'),
    createdAt: run.col('createdAt'),
    poolEnteredAt: run.col('poolEnteredAt'),
    assignedAt: run.col('assignedAt'),
    firstFollowUpAt: run.col('firstFollowUpAt'),
    lastFollowUpAt: run.col('lastFollowUpAt'),
    converted: run.col('converted'),
    convertedAt: run.col('convertedAt'),
    lifecycleStage: run.col('lifecycleStage'),
    revenue: run.col('revenue'),
    lastEngagementAt: run.col('lastEngagementAt'),
    industry: run.col('industry'),
    region: run.col('region'),
    productCategory: run.col('productCategory'),
    orders: run.col('orders'),
    orderAmount: run.col('orderAmount'),
    lastOrderAt: run.col('lastOrderAt'),
  };
  const pools = new Map<string, string | undefined>();
  const queues = new Map<string, boolean>();
  const readFactors = factorReader(run, factors);
  const anyFactor = factors.some((f) => run.has(`values.${f.key}`));
  return (row) => {
    const id = run.text(row, C.id);
    if (!id) {
      run.error('missing-value', `id is blank${C.id.where}`, 'id');
      return undefined;
    }
    let source = run.text(row, C.source);
    if (!source) {
      source = 'unknown';
      run.warn('source-blank', `source is blank${C.source.where}; read as "unknown"`, 'source');
    }
    let businessLine = run.text(row, C.businessLine);
    if (!businessLine) {
      businessLine = 'all';
      if (C.businessLine.present)
        run.warn('default-value', `businessLine is blank${C.businessLine.where}; "all" is used`, 'businessLine');
    }
    const owner = run.text(row, C.owner);
    const poolCell = run.text(row, C.pool);
    let pool: string | undefined;
    if (poolCell) {
      pool = run.cached(pools, poolCell, (t) => poolOf(t, run.values.pool));
      if (!pool)
        run.error(
          'pool-unknown',
          `pool ${JSON.stringify(poolCell)} is not recognised${C.pool.where}; map it to private, line, company or blacklist`,
          'pool',
          poolCell,
        );
    } else pool = owner && !run.cached(queues, owner, isQueueOwner) ? 'private' : 'line';
    const createdAt = run.date(row, C.createdAt, true);
    if (!createdAt && !run.failed) run.error('missing-value', `createdAt is blank${C.createdAt.where}`, 'createdAt');
    const assignedAt = run.date(row, C.assignedAt);
    let poolEnteredAt = run.date(row, C.poolEnteredAt, true);
    if (!poolEnteredAt && !run.failed) {
      poolEnteredAt = assignedAt ?? createdAt;
      run.warn(
        'fallback',
        `poolEnteredAt is ${C.poolEnteredAt.present ? 'blank' : 'not in the file'}; ${assignedAt ? 'assignedAt' : 'createdAt'} is used`,
        'poolEnteredAt',
        assignedAt ? 'assignedAt' : 'createdAt',
      );
    }
    const firstFollowUpAt = run.date(row, C.firstFollowUpAt);
    const lastFollowUpAt = run.date(row, C.lastFollowUpAt);
    let convertedAt = run.date(row, C.convertedAt);
    if (!convertedAt && !run.failed && (C.converted.present || C.lifecycleStage.present)) {
      const flagged =
        run.flag(row, C.converted, run.values.converted) === true ||
        (C.lifecycleStage.present &&
          lifecycleConverted(run.cell(row, C.lifecycleStage), run.values.converted) === true);
      if (flagged) {
        convertedAt = lastFollowUpAt ?? createdAt;
        run.warn(
          'fallback',
          `the lead is converted but convertedAt is blank; ${lastFollowUpAt ? 'lastFollowUpAt' : 'createdAt'} is used`,
          'convertedAt',
          lastFollowUpAt ? 'lastFollowUpAt' : 'createdAt',
        );
      }
    }
    if (run.failed) return undefined;
    const lead: Record<string, unknown> = { id, source, businessLine, pool };
    if (owner) lead.owner = owner;
    lead.createdAt = createdAt;
    lead.poolEnteredAt = poolEnteredAt;
    if (assignedAt) lead.assignedAt = assignedAt;
    if (firstFollowUpAt) lead.firstFollowUpAt = firstFollowUpAt;
    if (lastFollowUpAt) lead.lastFollowUpAt = lastFollowUpAt;
    if (convertedAt) lead.convertedAt = convertedAt;
    const revenue = run.amount(row, C.revenue);
    if (revenue !== undefined) lead.revenue = revenue;
    const lastEngagementAt = run.date(row, C.lastEngagementAt);
    if (lastEngagementAt) lead.lastEngagementAt = lastEngagementAt;
    const industry = run.text(row, C.industry);
    if (industry) lead.industry = industry;
    const region = run.text(row, C.region);
    if (region) lead.region = region;
    const productCategory = run.text(row, C.productCategory);
    if (productCategory) lead.productCategory = productCategory;
    const orders = run.number(row, C.orders);
    if (orders !== undefined) lead.orders = orders;
    const orderAmount = run.amount(row, C.orderAmount);
    if (orderAmount !== undefined) lead.orderAmount = orderAmount;
    const lastOrderAt = run.date(row, C.lastOrderAt);
    if (lastOrderAt) lead.lastOrderAt = lastOrderAt;
    if (anyFactor) {
      const values: Record<string, unknown> = {};
      readFactors(row, values);
      for (const _ in values) {
        lead.values = values;
        break;
      }
    }
    return lead;
  };
}

/** Validity-check rows of docs/models.md §1: `{ id?, values, converted, amount? }`. */
export function historyBuilder(run: Run, factors: readonly ImportFactor[]): Builder {
  const C = {
    id: run.col('id'),
    converted: run.col('converted'),
    convertedAt: run.col('convertedAt'),
    lifecycleStage: run.col('lifecycleStage'),
    amount: run.col('amount'),
    source: run.col('source'),
  };
  const readFactors = factorReader(run, factors);
  const readChannel = channelReader(run, factors, C.source);
  return (row) => {
    const id = run.text(row, C.id);
    // Converted when any signal says so: the flag, a conversion date, a customer lifecycle stage.
    let converted = false;
    let known = false;
    let unknownCell: { field: string; cell: string } | undefined;
    if (C.converted.present) {
      const cell = run.text(row, C.converted) ?? '';
      const own = cell && run.values.converted ? lookup(run.values.converted, cell) : undefined;
      const f = own ?? (cell ? parseFlag(cell) : false);
      if (f === null || f === undefined) unknownCell = { field: 'converted', cell };
      else {
        known = true;
        converted ||= f;
      }
    }
    if (C.convertedAt.present) {
      known = true;
      if (run.date(row, C.convertedAt)) converted = true;
    }
    if (C.lifecycleStage.present) {
      const cell = run.text(row, C.lifecycleStage) ?? '';
      const l = cell ? lifecycleConverted(cell, run.values.converted) : false;
      if (l === undefined) unknownCell ??= { field: 'lifecycleStage', cell };
      else {
        known = true;
        converted ||= l;
      }
    }
    if (!known && !converted && unknownCell) {
      run.error(
        'converted-unknown',
        `${unknownCell.field} ${JSON.stringify(unknownCell.cell)} does not say whether the lead converted${run.col(unknownCell.field).where}; map it to converted or not`,
        unknownCell.field,
        unknownCell.cell,
      );
      return undefined;
    }
    const values: Record<string, unknown> = {};
    readFactors(row, values);
    readChannel(row, values);
    const out: Record<string, unknown> = {};
    if (id) out.id = id;
    out.values = values;
    out.converted = converted;
    const amount = run.amount(row, C.amount);
    if (amount !== undefined) out.amount = amount;
    return out;
  };
}

/** Opportunities of docs/models.md §2; a closed deal is set apart (code `closed`). */
export function opportunityBuilder(run: Run): Builder {
  const C = {
    id: run.col('id'),
    name: run.col('name'),
    owner: run.col('owner'),
    amount: run.col('amount'),
    stage: run.col('stage'),
    stageEnteredAt: run.col('stageEnteredAt'),
    createdAt: run.col('createdAt'),
    expectedCloseDate: run.col('expectedCloseDate'),
    keyAccount: run.col('keyAccount'),
    closed: run.col('closed'),
    won: run.col('won'),
    lastActivityAt: run.col('lastActivityAt'),
  };
  const dealFields = DEAL_FIELD_KEYS.map((k) => run.col(`fields.${k}`)).filter((c) => c.present);
  const stages = run.opts.stages ?? DEFAULT_STAGES;
  const stageCache = new Map<string, string | undefined>();
  const readStage = (t: string) => run.cached(stageCache, t, (s) => stageOf(s, run.values.stage, stages));
  return (row) => {
    const id = run.text(row, C.id);
    if (!id) {
      run.error('missing-value', `id is blank${C.id.where}`, 'id');
      return undefined;
    }
    const stageCell = run.text(row, C.stage);
    const stage = stageCell ? readStage(stageCell) : undefined;
    const closedCell = run.text(row, C.closed);
    const closedFlag = closedCell ? (parseFlag(closedCell) ?? readStage(closedCell)) : undefined;
    const won = C.won.present ? parseFlag(run.cell(row, C.won)) : undefined;
    const wonDeal = stage === CLOSED_WON || closedFlag === CLOSED_WON || won === true;
    if (wonDeal || stage === CLOSED_LOST || closedFlag === true || closedFlag === CLOSED_LOST) {
      run.error(
        'closed',
        `the deal is ${wonDeal ? 'won' : 'closed'} (${stageCell ? `stage ${JSON.stringify(stageCell)}` : 'closed'}); set apart`,
        'stage',
        stageCell,
      );
      return undefined;
    }
    if (!stageCell) {
      run.error('missing-value', `stage is blank${C.stage.where}`, 'stage');
      return undefined;
    }
    if (!stage) {
      run.error(
        'stage-unknown',
        `stage ${JSON.stringify(stageCell)} is not a stage of the pipeline (${stages.map((s) => s.key).join(', ')})${C.stage.where}; map it`,
        'stage',
        stageCell,
      );
      return undefined;
    }
    const createdAt = run.date(row, C.createdAt);
    let stageEnteredAt = run.date(row, C.stageEnteredAt, true);
    if (run.failed) return undefined;
    if (!stageEnteredAt) {
      const what = C.stageEnteredAt.present ? 'blank' : 'not in the file';
      if (!createdAt) {
        run.error(
          'missing-value',
          `stageEnteredAt is ${what} and there is no created date to use instead`,
          'stageEnteredAt',
        );
        return undefined;
      }
      stageEnteredAt = createdAt;
      run.warn('fallback', `stageEnteredAt is ${what}; createdAt is used`, 'stageEnteredAt', 'createdAt');
    }
    const o: Record<string, unknown> = { id };
    const name = run.text(row, C.name);
    if (name) o.name = name;
    const owner = run.text(row, C.owner);
    if (owner) o.owner = owner;
    const amount = run.amount(row, C.amount);
    if (amount !== undefined) o.amount = amount;
    else {
      const cell = run.text(row, C.amount);
      run.warn(
        'amount-unknown',
        `amount is ${cell ? 'unreadable' : 'blank'}${C.amount.where}: unknown; the deal is kept, sorts as 0 and is not in the amount at risk`,
        'amount',
        cell,
      );
    }
    o.stage = stage;
    o.stageEnteredAt = stageEnteredAt;
    const close = run.date(row, C.expectedCloseDate);
    if (close) o.expectedCloseDate = close;
    const key = run.flag(row, C.keyAccount);
    if (key !== undefined) o.keyAccount = key;
    if (dealFields.length) {
      let fields: Record<string, unknown> | undefined;
      for (const c of dealFields) {
        const t = run.text(row, c);
        if (t) (fields ??= {})[c.field.slice(7)] = t;
      }
      if (fields) o.fields = fields;
    }
    const last = run.date(row, C.lastActivityAt);
    if (last) o.activities = [{ type: 'activity', at: last }];
    return o;
  };
}

/** Accounts of docs/models.md §5, with usage from wide month columns. */
export function accountBuilder(run: Run): Builder {
  const C = {
    id: run.col('id'),
    name: run.col('name'),
    arr: run.col('arr'),
    renewalDate: run.col('renewalDate'),
    tier: run.col('tier'),
    owner: run.col('owner'),
    nps: run.col('nps'),
    csat: run.col('csat'),
    overdueDays: run.col('overdueDays'),
    contactChanged: run.col('contactChanged'),
    last30d: run.col('tickets.last30d'),
    baseline30d: run.col('tickets.baseline30d'),
    escalated: run.col('tickets.escalated'),
  };
  const months = Object.keys(run.mapping.fields)
    .map((field) => {
      const m = /^usage\.(\d{4}-\d{2})\.(usageRate|activeUsers)$/.exec(field);
      return m && run.has(field) ? { c: run.col(field), month: m[1]!, measure: m[2]! } : undefined;
    })
    .filter((m): m is { c: Col; month: string; measure: string } => !!m)
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const range = (row: readonly string[], c: Col, lo: number, hi: number): number | undefined => {
    const v = run.number(row, c);
    if (v === undefined) return undefined;
    if (v < lo || v > hi) {
      run.warn('invalid-value', `${c.field} ${v} is outside ${lo}–${hi}${c.where}; left out`, c.field, String(v));
      return undefined;
    }
    return v;
  };
  return (row) => {
    const id = run.text(row, C.id);
    if (!id) {
      run.error('missing-value', `id is blank${C.id.where}`, 'id');
      return undefined;
    }
    const a: Record<string, unknown> = { id };
    const name = run.text(row, C.name);
    if (name) a.name = name;
    const arr = run.amount(row, C.arr);
    if (arr !== undefined) a.arr = arr;
    const renewal = run.date(row, C.renewalDate);
    if (renewal) a.renewalDate = renewal;
    const tier = run.text(row, C.tier);
    if (tier) a.tier = tier;
    const owner = run.text(row, C.owner);
    if (owner) a.owner = owner;
    if (months.length) {
      const usage: Record<string, unknown>[] = [];
      for (const m of months) {
        const v = m.measure === 'usageRate' ? run.rate(row, m.c) : run.number(row, m.c);
        if (v === undefined) continue;
        let p = usage[usage.length - 1];
        if (p?.month !== m.month) usage.push((p = { month: m.month }));
        p[m.measure] = v;
      }
      if (usage.length) a.usage = usage;
    }
    const last30d = run.number(row, C.last30d);
    const baseline30d = run.number(row, C.baseline30d);
    if (last30d !== undefined && baseline30d !== undefined) {
      const t: Record<string, number> = { last30d, baseline30d };
      const esc = run.number(row, C.escalated);
      if (esc !== undefined) t.escalated = esc;
      a.tickets = t;
    }
    const nps = range(row, C.nps, 0, 10);
    if (nps !== undefined) a.nps = nps;
    const csat = range(row, C.csat, 1, 5);
    if (csat !== undefined) a.csat = csat;
    const overdue = range(row, C.overdueDays, 0, Infinity);
    if (overdue !== undefined) a.overdueDays = overdue;
    const changed = run.flag(row, C.contactChanged);
    if (changed !== undefined) a.contactChanged = changed;
    return a;
  };
}

/** Points of a usage-by-month file: `{ accountId, month, usageRate?, activeUsers? }`. */
export function usageBuilder(run: Run): Builder {
  const C = {
    accountId: run.col('accountId'),
    month: run.col('month'),
    usageRate: run.col('usageRate'),
    activeUsers: run.col('activeUsers'),
  };
  return (row) => {
    const accountId = run.text(row, C.accountId);
    if (!accountId) {
      run.error('missing-value', `accountId is blank${C.accountId.where}`, 'accountId');
      return undefined;
    }
    const cell = run.text(row, C.month);
    const month = cell ? parseMonth(cell) : undefined;
    if (!month) {
      run.error(
        cell ? 'invalid-date' : 'missing-value',
        `month ${JSON.stringify(cell ?? '')} is not a month${C.month.where}`,
        'month',
        cell,
      );
      return undefined;
    }
    const p: Record<string, unknown> = { accountId, month };
    const rate = run.rate(row, C.usageRate);
    if (rate !== undefined) p.usageRate = rate;
    const users = run.number(row, C.activeUsers);
    if (users !== undefined) p.activeUsers = users;
    return p;
  };
}
