/** 简体中文(见 en.ts 的接口)。 */
import type { FunnelMixStrings } from './en.js';

export const FUNNEL_MIX: FunnelMixStrings = {
  title: '活动组合',
  splitBy: '缺口分摊方式',
  shares: '占缺口比例(%)',
  counts: '数量(次)',
  share: '占缺口比例',
  units: '次数',
  highIntent: '高意向客户',
  deals: '赢单数',
  status: '产能',
  total: '合计',
  over: (n) => `超出产能 ${n}`,
  covered: (s) => `产能内可覆盖缺口的 ${s}`,
  uncovered: (m) => `仍未覆盖:${m}`,
  planned: (s) => `按所填数量可覆盖缺口的 ${s}`,
  useSuggested: '使用建议组合',
  suggested: (l) => `建议组合(按列表顺序,每项活动用满产能):${l}`,
  noFit: (s) => `没有符合产能的组合:所有活动用满产能也只能覆盖缺口的 ${s}。`,
  removeMix: '取消活动组合',
  sharesTotal: (s) => `各项占比之和为 ${s},必须为 100%。`,
  activities: (n) => `${n} 项活动`,
};
