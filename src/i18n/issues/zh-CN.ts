/**
 * 输入问题的中文措辞:每个代码对应字段名之后的那句话。用户的值按原样引用(与英文
 * 消息里显示的一致),从不翻译;字段名与键名加引号。
 */
import type { CsFigure, DuplicateOf, Expected, IssueStrings, ShownValue } from '../../schemas/issue-codes.js';

const q = (s: string): string => JSON.stringify(s);

const shown = (v: ShownValue): string => {
  switch (v.kind) {
    case 'nothing':
      return '空';
    case 'list':
      return '列表';
    case 'text':
      return `文本 ${v.shown}`;
    case 'object':
      return v.shown === undefined ? '对象' : `对象 ${v.shown}`;
  }
  return v.shown ?? v.kind;
};

const EXPECTED: Partial<Record<Expected, string>> = {
  number: '数值',
  int: '整数',
  string: '文本',
  boolean: '布尔值',
  array: '列表',
  object: '对象',
  record: '对象',
  null: 'null',
  date: '日期(如 2026-03-05)',
  month: '月份(如 2026-03)',
};
const expected = (e: readonly Expected[]): string => e.map((x) => EXPECTED[x] ?? x).join(' 或 ');

const OF: Record<DuplicateOf, string> = {
  'option value': '选项值',
  'factor key': '因素键',
  'tier key': '层级键',
  'stage key': '阶段键',
  'activity key': '活动键',
  month: '月份',
  'segment key': '分群键',
  'rep id': '销售编号',
  source: '来源',
  owner: '负责人',
  'step key': '步骤键',
};

const SMALLER = '请使用更小的数值';
const CS_FIGURE: Record<CsFigure, [what: string, fix: string]> = {
  base: ['客户基数', SMALLER],
  'deep-share': ['深度服务客户占比', SMALLER],
  'deep-bound': [
    '深度服务容量上限',
    `请增大 ${q('deepHoursPerCustomer')} 或 ${q('deepCustomerShare')},或减少 ${q('serviceHoursPerCsm')}`,
  ],
  'standard-bound': ['标准服务容量上限', `请增大 ${q('standardHoursPerCustomer')},或减少 ${q('serviceHoursPerCsm')}`],
  room: ['剩余可服务客户数', SMALLER],
  headcount: ['总人数', SMALLER],
  'combined-base': ['合并后的客户基数', SMALLER],
  'combined-headcount': ['合并后的总人数', SMALLER],
};

export const ISSUES: IssueStrings = {
  required: (p) => (p.expected.length ? `为必填项(应为${expected(p.expected)})` : '为必填项'),
  finite: () => '必须是有限数值',
  type: (p) => `应为${expected(p.expected)},实际为 ${shown(p.got)}`,
  min_items: (p) => `至少需要 ${p.min} 项`,
  not_empty: () => '不能为空',
  min: (p) => `必须 ${p.inclusive ? '≥' : '>'} ${p.min}(实际为 ${shown(p.got)})`,
  max_items: (p) => `最多 ${p.max} 项`,
  max_length: (p) => `最多 ${p.max} 个字符`,
  max: (p) => `必须 ${p.inclusive ? '≤' : '<'} ${p.max}(实际为 ${shown(p.got)})`,
  one_of: (p) => `必须是以下之一:${p.values.join('、')}(实际为 ${shown(p.got)})`,
  unsupported: (p) => `格式不受支持(实际为 ${shown(p.got)})`,
  whole: (p) => `必须是整数(实际为 ${shown(p.got)})`,
  unknown_keys: (p) => `含有未知的键:${p.keys.map(q).join('、')}`,
  format: (p) => `格式不正确(实际为 ${shown(p.got)})`,
  invalid: (p) => `无效(实际为 ${shown(p.got)})`,
  other: (p) => p.text,
  date: () => '必须是日期,如 2026-03-05(可带时间与时区)',
  month: () => '必须是月份,如 2026-03',
  max_list: (p) => `最多 ${p.max} 项(实际为 ${p.got} 项)`,
  max_keys: (p) => `最多 ${p.max} 个键(实际为 ${p.got} 个)`,
  duplicate: (p) => `${OF[p.of]} ${q(p.key)} 重复;每项必须唯一`,
  list_of: (p) => `必须是${{ accounts: '客户', opportunities: '商机', plans: '计划' }[p.of]}列表`,
  twelve: (p) => `必须正好有 12 个值,每月一个(实际为 ${p.got} 个)`,
  seasonality_zero: () => '总和必须大于 0(目前每个月都是 0)',
  ramp_curve: (p) => `爬坡期每月需要一个值(爬坡月数为 ${p.ramp}:司龄 0 到 ${p.ramp - 1} 个月),实际为 ${p.got} 个`,
  costs_per_level: (p) => `管理幅度的每一层需要一项成本:共 ${p.levels} 项(实际为 ${p.got} 项)`,
  stage_rates: (p) => `每个阶段需要一个转化率(共 ${p.stages} 个:各阶段到下一阶段,最后一个到赢单),实际为 ${p.got} 个`,
  reserved_stage: (p) => `阶段 ${q(p.stage)} 是阶段历史中已关闭商机(赢单、输单)的保留名称:请改名`,
  left_before_start: () => '不得早于入职日期(startedAt)',
  opened_after_start: () => '不得晚于入职日期(startedAt):职位须在入职前开放',
  mix_kind: () => '必须给出各项活动的占比或数量(二者选一)',
  mix_activity: (p) => `指定的活动 ${q(p.activity)} 不在活动列表中(${p.activities.join('、')})`,
  mix_sum: (p) => `之和必须为 1(100%),实际为 ${p.sum}`,
  mix_no_activities: () => '至少需要一项活动来分摊缺口',
  mix_team: () => '是团队输入:活动组合只规划一个漏斗(请给出一名销售的漏斗)',
  unknown_stage: (p) => `指定的阶段 ${q(p.stage)} 不在阶段列表中(${p.stages.join('、')})`,
  after_high_intent: (p) => `必须在高意向阶段 ${q(p.highIntent)} 或其之前(实际为 ${q(p.stage)},在其之后)`,
  results_not_finite: (p) =>
    `得出的结果不是有限数值(${p.fields.map(q).join('、')});请检查极端值${p.hint === 'funnel' ? ',如极大的数量或极小的转化率' : ''}`,
  team_total: (p) => `的团队合计(${q(p.field)})不是有限数值;请检查极端值`,
  bands_order: (p) => `不能低于上一档的最小值 ${p.previous}(各档按最小值升序排列)`,
  weights_zero: () => '的权重之和必须大于 0(目前所有权重都是 0)',
  weights_overflow: () => '的权重之和乘以 100 必须是有限数值;请使用更小的权重(只有权重之间的比例有意义)',
  unknown_tier: (p) => `指定的层级 ${q(p.tier)} 不在层级列表中(${p.tiers.map(q).join('、')})`,
  option: (p) => `必须是因素 ${p.factor} 的选项之一:${p.options.join('、')}(实际为 ${shown(p.got)})`,
  options_list: (p) => `应为因素 ${p.factor} 的选项列表(${p.options.join('、')}),实际为 ${shown(p.got)}`,
  factor_finite: (p) => `必须是因素 ${p.factor} 的有限数值(实际为 ${shown(p.got)})`,
  factor_number: (p) => `应为因素 ${p.factor} 的数值,实际为 ${shown(p.got)}`,
  history_cells: (p) =>
    `最多允许 ${p.max.toLocaleString('zh-CN')} 个单元格(行数 × 因素数),实际为 ${p.rows} 行 × ${p.factors} 个因素`,
  tier_sum: (p) => `中层级 ${q(p.tier)} 的金额合计不是有限数值;请使用更小的金额`,
  unknown_condition: (p) => `不是已知的条件(已知:${p.known.map(q).join('、')})`,
  range_empty: () => '需要 min、max 或两者(数值区间:min ≤ 值 < max)',
  range_order: (p) => `不能低于 min ${p.min}`,
  range_kind: (p) => `用区间检验因素 ${p.factor},但该因素的值是选项;请改为列出其选项`,
  ratio_small: (p) =>
    p.of === 'tickets'
      ? `太小:${q('last30d')} ÷ ${q('baseline30d')} 不是有限数值`
      : `太小:在阶段天数 ÷ ${q('standardDays')} 不是有限数值`,
  sum_at_risk: (p) => (p.of === 'arr' ? `中 ${q('arr')} 的风险合计不是有限数值` : '中金额的风险合计不是有限数值'),
  idle_limit: (p) =>
    `使阶段 ${q(p.stage)} 的停滞上限(${q('maxIdleDays')} × ${q('idleCriticalFactor')})不是有限数值;请使用更小的系数`,
  pipeline_stage: (p) => `必须是销售流程中的阶段之一:${p.stages.join('、')}(实际为 ${q(p.got)})`,
  source_revenue: (p) => `中来源 ${q(p.source)} 的收入合计过大,无法表示为有限数值`,
  roi_small: () => '太小,无法算出有限的投资回报率;请填写更大的成本或 0',
  result_not_finite: (p) => `得出的 ${q(p.field)} 不是有限数值;请使用更小的金额`,
  no_rep_needed: (p) => `相对于新客户目标 ${p.target} 过大,以至于不需要任何销售人员(实际为 ${p.got})`,
  cs_not_finite: (p) => `得出的${CS_FIGURE[p.figure][0]}不是有限数值;${CS_FIGURE[p.figure][1]}`,
  cs_capacity: (p) => {
    const parts: string[] = [];
    if (p.deep !== null) parts.push(`深度服务容量上限 = ${p.deep}`);
    if (p.standard !== null) parts.push(`标准服务容量上限 = ${p.standard}`);
    return (
      `使每位客户成功经理可服务的客户不足 1 位(每人容量 ${p.capacity};${parts.join('、')}):` +
      `请提高 ${q('serviceHoursPerCsm')},或降低 ${q('deepHoursPerCustomer')} 或 ${q('standardHoursPerCustomer')},` +
      `或调整 ${q('deepHoursShare')} 与 ${q('deepCustomerShare')} 的平衡`
    );
  },
  cs_standard_needed: () =>
    `在没有客户处于深度服务时(深度服务客户占比为 0)为必填项:请填写 ${q('standardHoursPerCustomer')},即每位客户每月的标准服务小时数`,
  empty_text: () => '没有可读取的内容(文本为空)',
  not_json: (p) => `不是有效的 JSON(${p.why})`,
  history_list: () => `应为行的列表,或带有 ${q('history')} 列表的对象`,
  history_converted: () => `表格需要一列 ${q('converted')}(值为 true 或 false)`,
  leads_list: () => `应为线索的列表,或带有 ${q('leads')} 列表的对象`,
  csv_column: (p) => `表格中没有 ${q(p.field)} 列(表头应为 ${p.header}${p.alt ? ` 或 ${p.alt}` : ''})`,
  csv_header_quote: () => '表头行中的引号没有闭合',
  mapping_object: () => `映射必须是对象:{ ${q('fields')}: { ${q('id')}: ${q('Lead ID')}, … } }`,
  mapping_field: () => `应为列名、{ ${q('constant')}: 值 } 或 null`,
  mapping_values: () => '应为由各值映射表组成的对象',
  mapping_table: () => `应为对象 { ${q('CRM 中的值')}: ${q('键')} }`,
  mapping_pool: () => `应为 ${['private', 'line', 'company', 'blacklist'].map(q).join('、')} 之一`,
  mapping_key: () => '应为一个键(文本)',
  mapping_converted: () => `应为 { ${q('CRM 中的值')}: true 或 false }`,
  mapping_boolean: () => '应为 true 或 false',
  mapping_date_order: () => `应为 ${['auto', 'mdy', 'dmy', 'ymd'].map(q).join('、')} 之一`,
  card_data: () => `应为对象:{ ${q('values')}: { … } } 或直接给出各因素的值`,
  card_values: () => '应为由各因素的值组成的对象',
  planner_data: () => '应为对象:模型的输入',
  lead_flow_model: () => `应为对象 { ${q('rules')}, ${q('channelCosts')}, ${q('tiering')} }`,
  attribute_json: (p) => `${p.attr} 属性不是有效的 JSON(${p.why})`,
  sql_model: (p) => `${p.model} 没有 SQL 形式;有 SQL 形式的模型:${p.models.join('、')}`,
  sql_preset: (p) => `必须是 "lead" 或 "customer"(实际为 ${p.got})`,
  sql_weight: () => '对 SQL 来说过大或过小:权重 × 得分与权重 ÷ 权重之和必须在 1e-290 到 1e306 之间',
  sql_route_condition: () => '是 SQL 编译器不认识的路由条件',
  sql_no_form: (p) =>
    `暂无 SQL 形式(${p.what === 'decay' ? '随时间衰减的因素' : p.what === 'past-orders' ? '产品品类与既往订购' : '值或字段条件'});请改用 JavaScript 或命令行运行模型`,
  sql_standard_days: () => `对 SQL 来说太小:在阶段天数 ÷ ${q('standardDays')} 必须保持为有限数值`,
  sql_date: () => '必须是日期,如 2026-03-31',
  sql_step_prefix: (p) => `不能以 ${q(p.prefix)} 开头:生成的 SQL 用它命名自己的步骤(实际为 ${p.got})`,
  sql_text: (p) => `必须是文本,才能用作 SQL ${p.of === 'string' ? '字符串' : '标识符'}`,
  sql_nul: (p) => `含有 NUL 字符,SQL ${p.of === 'string' ? '字符串' : '标识符'}无法容纳`,
  sql_surrogate: () => '含有不成对的 UTF-16 代理字符,不是有效的 UTF-8',
  sql_identifier_empty: () => '用作 SQL 标识符时不能为空',
  sql_template: (p) => `含有 ${p.token},dbt(Jinja)或 Spark 会把列名中的它当作模板;请重命名`,
  sql_finite: (p) => `必须是有限数值才能用于 SQL(实际为 ${p.got})`,
  sql_day: (p) => `必须是 0001-01-01 到 9999-12-31 之间的日期(实际为 ${p.got})`,
  sql_identifier_length: (p) =>
    `长 ${p.bytes} 字节;Postgres 标识符最多 ${p.max} 字节(更长的会被截断,两个名字可能变成同一个)`,
  sql_dialect: (p) => `必须是以下之一:${p.dialects.join('、')}(实际为 ${p.got})`,
  sql_table: () => '必须指定一个表',
  sql_column_used: (p) => `给出的列 ${q(p.column)} 已被生成的 SQL 使用(请重命名)`,
  sql_column_case: (p) => `给出的列 ${q(p.column)} 在 ${p.dialect} 中与 ${q(p.other)} 无法区分(那里的列名不区分大小写)`,
};
