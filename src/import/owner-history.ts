/**
 * A lead owner-history file (Salesforce LeadHistory, HubSpot property
 * history, 销售易 / 纷享销客 change logs) → the leads' `transfers`
 * (docs/models.md §7 extras; docs/import.md "Owner history"): the rows of
 * the file as `{ leadId, at, from?, to }`, then joined to the leads by id as
 * the usage file is joined to accounts. Pure.
 */
import type { ImportResult } from './apply.js';
import type { Builder } from './kinds.js';
import { normKey } from './keys.js';
import { isQueueOwner } from './pools.js';
import type { Run } from './run.js';

/**
 * The `Field` values of an owner change: Salesforce's `Owner` (and
 * `ownerAssignment` of assignment rules), HubSpot's owner property (name and
 * label), the Chinese CRMs' 负责人 / 所有人. Compared by normKey.
 */
const OWNER_FIELDS = new Set(
  [
    'Owner',
    'OwnerId',
    'ownerAssignment',
    'Lead Owner',
    'hubspot_owner_id',
    'HubSpot Owner',
    'Contact owner',
    'Owner ID',
    '负责人',
    '負責人',
    '线索负责人',
    '線索負責人',
    '所有人',
    '负责人变更',
    '負責人變更',
    '变更负责人',
    '更换负责人',
  ].map(normKey),
);

/** Whether a `Field` cell names the owner (blank: the file is owner changes only). */
export const isOwnerField = (cell: string | undefined): boolean => !cell || OWNER_FIELDS.has(normKey(cell));

/** A Salesforce record id (15 or 18 characters, user 005… or queue 00G…): the id row of an owner change logged twice. */
const SF_ID = /^00[5G][0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/;

/** Rows of an owner-history file: `{ leadId, at, to, from? }` (`from` only with a from column); other fields set apart. */
export function ownerHistoryBuilder(run: Run): Builder {
  const C = {
    leadId: run.col('leadId'),
    at: run.col('at'),
    field: run.col('field'),
    from: run.col('from'),
    to: run.col('to'),
  };
  const withFrom = C.from.present;
  return (row) => {
    const leadId = run.text(row, C.leadId);
    if (!leadId) {
      run.error('missing-value', `leadId is blank${C.leadId.where}`, 'leadId');
      return undefined;
    }
    const field = run.text(row, C.field);
    if (!isOwnerField(field)) {
      run.error(
        'not-owner-change',
        `the row changes ${JSON.stringify(field)}, not the owner; set apart`,
        'field',
        field,
      );
      return undefined;
    }
    const at = run.date(row, C.at, true);
    if (at === undefined) {
      if (!run.failed) run.error('missing-value', `at is blank${C.at.where}`, 'at');
      return undefined;
    }
    const h: Record<string, unknown> = { leadId, at, to: run.text(row, C.to) ?? null };
    if (withFrom) h.from = run.text(row, C.from) ?? null;
    return h;
  };
}

export interface OwnerHistoryOptions {
  /** Owner names that stand for a public pool (besides queues, 公海, 线索池 …: `isQueueOwner`), compared by normKey. */
  poolOwners?: readonly string[];
}

/** How the history was joined: leads given transfers, transfers added, and history rows naming no lead. */
export interface OwnerHistoryJoin {
  leads: number;
  transfers: number;
  unmatched: number;
}

interface Entry {
  at: string;
  from?: string | null;
  to: string | null;
  line: number;
}

/**
 * Leads with the transfers of an owner-history import joined by lead id (the
 * id as written, trimmed), in date order (file order within a day). An owner
 * that is a queue or a pool (`isQueueOwner`, `poolOwners`) is written as no
 * owner: the lead was in a public pool. Without a `from` column, each
 * change's owner before is the previous change's owner after (none for the
 * first: the lead came from a pool). A Salesforce owner change logged twice
 * (ids and names at the same time) keeps the names. A lead's own
 * `transfers` come first. History rows naming no lead are noted
 * (`history-unmatched`). Returns new rows; the inputs are not changed.
 */
export function joinOwnerHistory(
  leads: ImportResult,
  history: ImportResult,
  opts: OwnerHistoryOptions = {},
): ImportResult & { joined: OwnerHistoryJoin } {
  const pools = new Set((opts.poolOwners ?? []).map(normKey));
  const owner = (v: unknown): string | null => {
    if (typeof v !== 'string' || !v) return null;
    return isQueueOwner(v) || pools.has(normKey(v)) ? null : v;
  };
  const byId = new Map<string, Entry[]>();
  for (const l of leads.rows) byId.set(String(l.id), []);
  let unmatched = 0;
  const unmatchedLines: number[] = [];
  history.rows.forEach((h, i) => {
    const list = byId.get(String(h.leadId));
    if (!list) {
      unmatched++;
      unmatchedLines.push(history.lines[i]!);
      return;
    }
    const e: Entry = { at: String(h.at), to: h.to as string | null, line: history.lines[i]! };
    if ('from' in h) e.from = h.from as string | null;
    list.push(e);
  });
  let joinedLeads = 0;
  let added = 0;
  const rows = leads.rows.map((l) => {
    const list = byId.get(String(l.id));
    if (!list?.length) return l;
    const sorted = dropIdTwins(list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.line - b.line)));
    let before: string | null = null;
    const transfers = sorted.map((e) => {
      const from = 'from' in e ? owner(e.from) : before;
      const to = owner(e.to);
      before = to;
      return { at: e.at, from, to };
    });
    joinedLeads++;
    added += transfers.length;
    const own = Array.isArray(l.transfers) ? (l.transfers as unknown[]) : [];
    // Object.assign, not a spread: spread copies of 100,000 leads made the analysis 5× slower (bench/cases/lead-flow-monitor.js).
    const copy: Record<string, unknown> = Object.assign({}, l);
    copy.transfers = [...own, ...transfers];
    return copy;
  });
  const notes = [...leads.notes];
  if (unmatched)
    notes.push({
      code: 'history-unmatched',
      count: unmatched,
      message: `${unmatched} owner-history row${unmatched > 1 ? 's name leads' : ' names a lead'} not in the lead file (history file lines ${unmatchedLines.slice(0, 5).join(', ')}${unmatched > 5 ? ', …' : ''})`,
    });
  return { ...leads, rows, notes, joined: { leads: joinedLeads, transfers: added, unmatched } };
}

/** Entries of one lead without the id row of a change Salesforce also logged with names (same time, both sides ids). */
function dropIdTwins(list: Entry[]): Entry[] {
  const isIds = (e: Entry) => (!e.to || SF_ID.test(e.to)) && (!e.from || SF_ID.test(e.from)) && !!(e.to || e.from);
  if (!list.some(isIds)) return list;
  return list.filter((e, i) => {
    if (!isIds(e)) return true;
    const twin = (o: Entry | undefined) => o?.at === e.at && !isIds(o);
    return !(twin(list[i - 1]) || twin(list[i + 1]));
  });
}
