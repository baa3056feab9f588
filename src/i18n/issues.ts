/**
 * Issue messages in the UI's language. The models word their messages in
 * English (the contract's `{ path, message }`); the elements show them in
 * zh-CN by translating the phrases the shared validation writes. A message
 * this does not know stays as it is.
 */
import type { Locale } from './format.js';

// Longest phrases first, so "is required (expected" wins over "expected".
const ZH: [RegExp, string][] = [
  [/ is required \(expected ([^)]*)\)/g, ' 为必填项(应为 $1)'],
  [/ is required/g, ' 为必填项'],
  [/ expected /g, ' 应为 '],
  [/, got /g, ',实际为 '],
  [/ \(got /g, '(实际为 '],
  [/ must be one of the options of factor ([\w-]+): /g, ' 必须是因素 $1 的选项之一:'],
  [/ must be one of /g, ' 必须是以下之一:'],
  [/ must be a finite number/g, ' 必须是有限数值'],
  [/ must be a whole number/g, ' 必须是整数'],
  [/ must not be empty/g, ' 不能为空'],
  [/ must be /g, ' 必须 '],
  [/ needs at least (\d+) items?/g, ' 至少需要 $1 项'],
  [/ allows at most (\d+) items?/g, ' 最多 $1 项'],
  [/ repeats the (.+?) "(.*?)"; each must be unique/g, ' 重复了 "$2",每项必须唯一'],
  [/ is not valid/g, ' 无效'],
  [/ has an unsupported form/g, ' 格式不受支持'],
  [/\ba whole number\b/g, '整数'],
  [/\ba number\b/g, '数字'],
  [/\ba list of options of factor ([\w-]+)/g, '因素 $1 的选项列表'],
  [/\ba list\b/g, '列表'],
  [/\ban object\b/g, '对象'],
  [/\btrue or false\b/g, 'true 或 false'],
  [/\btext\b/g, '文本'],
  [/\bthe text\b/g, '文本'],
  [/\ban ISO 8601 date such as\b/g, 'ISO 8601 日期,例如'],
  [/\ba month such as\b/g, '月份,例如'],
  [/\bnothing\b/g, '空'],
];

/** A validation message in the UI's language (zh-CN: the shared phrases translated). */
export function localizeIssue(message: string, locale: Locale): string {
  if (locale !== 'zh-CN') return message;
  let m = message;
  for (const [re, to] of ZH) m = m.replace(re, to);
  return m;
}
