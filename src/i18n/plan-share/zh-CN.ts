/** 简体中文. 在规划工具之间共享人力规划(docs/models.md §4 扩展)。 */
import type { PlanShareStrings } from './en.js';

export const PLAN_SHARE: PlanShareStrings = {
  title: '人力规划',
  fromFile: (name) => `当前使用的规划:导入的文件“${name}”`,
  fromProperty: '当前使用的规划:页面提供的规划',
  fromElement: (id) => `当前使用的规划:本页的销售目标规划“${id}”`,
  fromProvider: '当前使用的规划:同一 provider 下的销售目标规划',
  none: '尚无规划:导入销售目标规划导出的方案文件,或粘贴其内容',
  file: '方案文件(JSON)',
  paste: '或粘贴文件内容',
  usePasted: '使用粘贴的规划',
  drop: '不再使用导入的规划',
  used: (name) => `已导入:${name}`,
  unnamed: '未命名规划',
};
