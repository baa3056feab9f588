/** 简体中文(见 en.ts 的接口)。 */
import type { CommonStrings } from './en.js';

export const COMMON: CommonStrings = {
  loading: '加载中…',
  invalidTitle: '部分输入无法使用',
  invalidHint: '修正前继续显示上一次有效的结果。',
  memoryOnly: '此浏览器无法保存:更改仅保留到页面关闭。',
  input: '输入',
  jsonAttributeInvalid: (attr, why) => `${attr} 属性不是有效的 JSON(${why})`,
  jsonScriptInvalid: (why) => `子元素 <script type="application/json"> 不是有效的 JSON(${why})`,
  objectAsAttribute: (attr) =>
    `${attr} 属性的值是 "[object Object]":页面在本元素定义之前把对象当作属性(attribute)设置了。请在库加载后设置 ${attr} 属性(property),或传入 JSON 文本`,
  loadFailed: (attr, url, why) => `无法从 ${attr}="${url}" 加载:${why}`,
  responseNotJson: (why) => `返回内容不是有效的 JSON:${why}`,
  noAnswer: (seconds) => `${seconds} 秒内没有响应`,
  stalled: (seconds, size) => `响应在 ${size} 后中断:${seconds} 秒内没有收到数据`,
  loadingBytes: (size) => `加载中… ${size}`,
  retry: '重试',
  units: {
    min: (bound, inclusive) => `必须 ${inclusive ? '≥' : '>'} ${bound}`,
    max: (bound, inclusive) => `必须 ${inclusive ? '≤' : '<'} ${bound}`,
    notNumber: '不是数字(请输入数字,如 2600000、260万 或 15%)',
    whole: '必须是整数',
    required: '必填',
  },
  lastGood: '上一次有效的结果:尚未包含正在修正的字段。',
};
