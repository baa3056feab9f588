/** 简体中文. cs-capacity-planner 按客户分层得出的深度服务客户占比(docs/models.md §6 扩展)。 */
import type { CsTiersStrings } from './en.js';

export const CS_TIERS: CsTiersStrings = {
  title: '按客户价值分层得出的深度服务客户占比',
  tier: '层级',
  customers: '客户数',
  share: '占比',
  focus: '深度服务(重点层级)',
  focusShare: '重点层级客户',
  use: '使用分层得出的占比',
  clear: '恢复按新客户计算的占比',
  fromTiers: (n) => `来自分层,${n} 个客户`,
  edited: '已修改',
  revert: '恢复为分层结果',
  noCustomers: '没有可分层的客户:保留原占比。',
  notRead: (n) => `${n} 个客户未读取`,
  importList: '导入客户列表(CRM 导出的 CSV 或 .xlsx)',
  read: '读取',
  dropList: '不再使用导入的列表',
};
