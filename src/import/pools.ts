/**
 * Pool names of CRM lead exports → the four pools of docs/models.md §7. Apart
 * from the other value maps so that the lead reader of `src/parse` can use
 * the names without the stage and source tables.
 */
import type { Pool } from '../schemas/lead-flow.js';
import { lookup, normKey } from './keys.js';

const POOL_NAMES: Record<string, Pool> = {
  private: 'private',
  personal: 'private',
  privatepool: 'private',
  私海: 'private',
  个人私海: 'private',
  個人私海: 'private',
  我的线索: 'private',
  line: 'line',
  businessline: 'line',
  linepool: 'line',
  业务线公海: 'line',
  業務線公海: 'line',
  company: 'company',
  companypool: 'company',
  public: 'company',
  大公海: 'company',
  公司公海: 'company',
  blacklist: 'blacklist',
  blocked: 'blacklist',
  黑名单: 'blacklist',
  黑名單: 'blacklist',
  黑名单公海: 'blacklist',
  黑名單公海: 'blacklist',
};

/** A pool by its usual names only (private, 个人私海, 业务线公海, 大公海, 黑名单 … in either script), no patterns. */
export const poolByName = (cell: string): Pool | undefined => POOL_NAMES[normKey(cell)];

/**
 * A pool cell → a pool; undefined when the name is not recognised. Order of
 * the patterns: blacklist (黑名单, black list, blocked), then company-wide
 * (大公海, 公司公海, 全公司, 集团, company), then private (私海, private,
 * personal), then any other public pool or queue (公海, 线索池, public, queue,
 * pool) → the business line's pool.
 */
export function poolOf(cell: string, table?: Readonly<Record<string, string>>): Pool | undefined {
  const t = cell.trim();
  const own = lookup(table, t);
  if (own !== undefined) return own as Pool;
  const named = poolByName(t);
  if (named) return named;
  if (/黑名单|黑名單|blacklist|black list|blocked|do not contact/i.test(t)) return 'blacklist';
  if (/大公海|公司公海|全公司|集团公海|總公海|总公海|company|corporate|global pool/i.test(t)) return 'company';
  if (/私海|private|personal|my leads/i.test(t)) return 'private';
  if (/公海|线索池|線索池|公共池|public|queue|pool|unassigned/i.test(t)) return 'line';
  return undefined;
}

/** An owner that is a queue (a Salesforce queue id 00G…, or a name with queue / 队列 / 公海) holds public leads. */
export const isQueueOwner = (owner: string): boolean =>
  /^00G[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/.test(owner) || /queue|队列|隊列|公海|线索池/i.test(owner);
