/**
 * CRM values → the models' keys: pool names → pools (§7), stage names →
 * pipeline stages (§2) or closed, sources → the lead model's channel options
 * (§1), lifecycle stages → converted. Each reader first looks the value up
 * in the user's table (`mapping.values`), then in the built-in names, then
 * in the built-in patterns. Values are compared trimmed and without case.
 */
import type { Pool } from '../schemas/lead-flow.js';
import { lookup, normKey } from './keys.js';

export type { Pool };

/** The lead model's channel options (docs/models.md §1, factor `channel`). */
export const CHANNELS = [
  'website-direct',
  'seo',
  'sem',
  'offline-event',
  'online-event',
  'referral',
  'partner',
  'purchased-list',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Where a stage value leads: a stage key of the pipeline, or a closed deal (set apart, never an error). */
export type StageTarget = string;
export const CLOSED_WON = 'closed-won';
export const CLOSED_LOST = 'closed-lost';

export { isQueueOwner, poolByName, poolOf } from './pools.js';

// ---- stages -----------------------------------------------------------------------------

/**
 * Built-in stage names: Salesforce's default sales process, HubSpot's
 * default deal pipeline (labels and internal ids), and common Chinese CRM
 * stage names; keys compared by normKey.
 */
const STAGE_NAMES: Record<string, StageTarget> = {};
const stageNames = (target: StageTarget, names: string[]) => {
  for (const n of names) STAGE_NAMES[normKey(n)] = target;
};
stageNames('qualify', [
  'qualify',
  'Prospecting',
  'Qualification',
  'Discovery',
  'Appointment Scheduled',
  'appointmentscheduled',
  'Qualified To Buy',
  'qualifiedtobuy',
  '需求确认',
  '需求確認',
  '初步接洽',
  '初步沟通',
  '验证客户',
  '驗證客戶',
  '线索确认',
  '商机确认',
  '意向确认',
  '初访',
  '需求确定',
]);
stageNames('solution', [
  'solution',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Identify Decision Makers',
  'Presentation Scheduled',
  'presentationscheduled',
  'Demo',
  '方案',
  '方案设计',
  '方案制定',
  '方案演示',
  '解决方案',
  '需求分析',
  '产品演示',
  '方案沟通',
]);
stageNames('proposal', [
  'proposal',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Proposal',
  'Quote',
  'Decision Maker Bought-In',
  'decisionmakerboughtin',
  '报价',
  '報價',
  '方案/报价',
  '方案报价',
  '商务报价',
  '投标',
  '招投标',
  '提交方案',
]);
stageNames('negotiation', [
  'negotiation',
  'Negotiation/Review',
  'Negotiation',
  'Contract Sent',
  'contractsent',
  '商务谈判',
  '商務談判',
  '谈判',
  '谈判审核',
  '合同谈判',
  '合同审批',
  '待签约',
  '签约',
  '合同签订',
]);
stageNames(CLOSED_WON, [
  'Closed Won',
  'closedwon',
  'Won',
  'Closed - Won',
  '赢单',
  '贏單',
  '已成交',
  '成交',
  '已签约',
  '签约成功',
  '已赢单',
]);
stageNames(CLOSED_LOST, [
  'Closed Lost',
  'closedlost',
  'Lost',
  'Closed - Lost',
  'Closed',
  '输单',
  '輸單',
  '丢单',
  '丟單',
  '已丢单',
  '失败',
  '已失败',
  '已关闭',
  '关闭',
  '无效',
  '已输单',
]);

/**
 * A stage cell → a stage key of the pipeline, CLOSED_WON / CLOSED_LOST, or
 * undefined when unknown. `stages` are the pipeline's stages (default:
 * docs/models.md §2's qualify, solution, proposal, negotiation); a value equal
 * to a stage's key or label maps to it.
 */
export function stageOf(
  cell: string,
  table?: Readonly<Record<string, string>>,
  stages?: readonly { key: string; label?: string | null }[],
): StageTarget | undefined {
  const t = cell.trim();
  const own = lookup(table, t);
  if (own !== undefined) return own;
  const k = normKey(t);
  if (stages) for (const s of stages) if (normKey(s.key) === k || (s.label && normKey(s.label) === k)) return s.key;
  const named = STAGE_NAMES[k];
  if (named) return named;
  // HubSpot names the pipeline after the stage when there are several: "Closed Won (Sales Pipeline)".
  const bare = /^(.+?)\s*[(（][^()（）]*[)）]$/.exec(t);
  if (bare) return stageOf(bare[1]!, table, stages);
  if (/closed\s*won|赢单|已成交/i.test(t)) return CLOSED_WON;
  if (/closed\s*lost|输单|丢单|已关闭/i.test(t)) return CLOSED_LOST;
  return undefined;
}

/** Stage names the built-in table knows, by target (for docs and UIs). */
export function builtInStages(): Readonly<Record<string, StageTarget>> {
  return STAGE_NAMES;
}

// ---- sources → channels -----------------------------------------------------------------

const CHANNEL_NAMES: Record<string, Channel> = {};
const channelNames = (target: Channel, names: string[]) => {
  for (const n of names) CHANNEL_NAMES[normKey(n)] = target;
};
channelNames('website-direct', [
  'website-direct',
  'Web',
  'Website',
  'Direct Traffic',
  'Direct',
  'Inbound',
  'Phone Inquiry',
  '官网',
  '官網',
  '官网直访',
  '官网注册',
  '官网咨询',
  '网站',
  '網站',
  '自然访问',
  '直接访问',
  '400电话',
  '来电咨询',
  '在线咨询',
]);
channelNames('seo', [
  'seo',
  'Organic Search',
  'Organic',
  'Search Engine',
  '自然搜索',
  '搜索引擎',
  'SEO优化',
  '搜索引擎优化',
]);
channelNames('sem', [
  'sem',
  'Paid Search',
  'PPC',
  'Google Ads',
  'Advertisement',
  'Ads',
  '百度SEM',
  '百度推广',
  '搜索推广',
  '付费搜索',
  '竞价',
  '竞价推广',
  '信息流',
  '广告',
  '广告投放',
]);
channelNames('offline-event', [
  'offline-event',
  'Trade Show',
  'Tradeshow',
  'Seminar - Internal',
  'Seminar - Partner',
  'Seminar',
  'Event',
  'Offline Sources',
  'Conference',
  '线下活动',
  '線下活動',
  '线下展会',
  '展会',
  '展會',
  '会议',
  '峰会',
  '沙龙',
  '地推',
]);
channelNames('online-event', [
  'online-event',
  'Webinar',
  'Online Event',
  'Virtual Event',
  '线上活动',
  '線上活動',
  '线上直播',
  '直播',
  '网络研讨会',
  '在线研讨会',
]);
channelNames('referral', [
  'referral',
  'Referrals',
  'Employee Referral',
  'External Referral',
  'Customer Referral',
  'Word of mouth',
  '客户转介绍',
  '转介绍',
  '轉介紹',
  '客户推荐',
  '老客户推荐',
  '员工推荐',
  '口碑',
]);
channelNames('partner', [
  'partner',
  'Partner Referral',
  'Partner',
  'Partners',
  'Channel Partner',
  'Reseller',
  '合作伙伴',
  '合作夥伴',
  '渠道伙伴',
  '渠道商',
  '代理商',
  '经销商',
  '渠道',
]);
channelNames('purchased-list', [
  'purchased-list',
  'Purchased List',
  'List Purchase',
  'Data Vendor',
  '购买名单',
  '採購名單',
  '采购名单',
  '数据购买',
  '名单购买',
]);
channelNames('other', [
  'other',
  'Other',
  'Other Campaigns',
  'Social Media',
  'Paid Social',
  'Email Marketing',
  'AI Referrals',
  'Public Relations',
  'Offline',
  '其他',
  '其它',
  '社交媒体',
  '邮件营销',
  '电话营销',
  '陌拜',
]);

/**
 * A source cell → a channel option: the user's table, the built-in names
 * (Salesforce's Lead Source picklist, HubSpot's Original Source values,
 * common Chinese names), or undefined when not recognised (the import then
 * reads it as `other` and lists it). Blank → undefined as well.
 */
export function channelOf(cell: string, table?: Readonly<Record<string, string>>): Channel | undefined {
  const t = cell.trim();
  if (!t) return undefined;
  const own = lookup(table, t);
  if (own !== undefined) return own as Channel;
  return CHANNEL_NAMES[normKey(t)];
}

// ---- lifecycle stages -------------------------------------------------------------------

/** HubSpot lifecycle stages that mean the contact became a customer. */
const CUSTOMER_STAGES = new Set(['customer', 'evangelist', '客户', '成交客户', '已成交']);
const OTHER_STAGES = new Set([
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'other',
  'mql',
  'sql',
  '订阅者',
  '线索',
  '潜在客户',
  '商机',
  '其他',
]);

/** A lifecycle stage → converted (Customer, Evangelist), not converted (the earlier stages), or undefined. */
export function lifecycleConverted(cell: string, table?: Readonly<Record<string, boolean>>): boolean | undefined {
  const t = cell.trim();
  if (!t) return undefined;
  const own = lookup(table, t);
  if (own !== undefined) return own;
  const k = normKey(t);
  if (CUSTOMER_STAGES.has(k)) return true;
  if (OTHER_STAGES.has(k)) return false;
  return undefined;
}
