/**
 * The demo pages' own chrome (not the elements'): the language and theme
 * switches, and the page's words in English and zh-CN. Text marked
 * `data-i18n="key"` is replaced by the key's words in the chosen language.
 */
import type { Locale } from '../src/i18n/format.js';

type Words = Record<string, { en: string; 'zh-CN': string }>;

export const CHROME: Words = {
  language: { en: 'Language', 'zh-CN': '语言' },
  theme: { en: 'Theme', 'zh-CN': '主题' },
  light: { en: 'Light', 'zh-CN': '浅色' },
  dark: { en: 'Dark', 'zh-CN': '深色' },
  auto: { en: 'Auto (system)', 'zh-CN': '跟随系统' },
  demoPages: { en: 'Demo pages', 'zh-CN': '示例页面' },
  gallery: { en: 'Gallery', 'zh-CN': '示例库' },
  crm: { en: 'Mock CRM record', 'zh-CN': '模拟 CRM 记录页' },
  intranet: { en: 'Intranet page (script tag only)', 'zh-CN': '内网页面(仅 script 标签)' },
  intro: {
    en: 'Every element of the suite on the worked examples of the seed articles, in one <revops-provider>: the language switch above changes them all, and the two lead cards share one tuned model. Each caption is computed from the data the element shows.',
    'zh-CN':
      '套件中的每个元素,使用种子文章中的示例数据,放在同一个 <revops-provider> 中:上方的语言切换会改变全部元素,两张线索卡片共用一个调整后的模型。每段说明都由元素所用的数据计算得出。',
  },
  'g.lead': { en: 'the seed’s lead (from src)', 'zh-CN': '种子文章中的线索(通过 src)' },
  'g.lead2': { en: 'a local, complex lead (child JSON)', 'zh-CN': '本地、复杂需求的线索(子 JSON)' },
  'g.customer': { en: 'the seed’s customer', 'zh-CN': '种子文章中的客户' },
  'g.opps': { en: 'a pipeline (from src)', 'zh-CN': '一条销售管道(通过 src)' },
  'g.churn': { en: 'accounts by risk (from src)', 'zh-CN': '按风险排列的客户(通过 src)' },
  'g.funnel': { en: 'the month’s gap (from src)', 'zh-CN': '本月缺口(通过 src)' },
  'g.org': { en: 'does the team pay for itself? (attributes)', 'zh-CN': '团队能否自负盈亏?(属性)' },
  'g.cs': { en: 'CSMs for next year (from src)', 'zh-CN': '明年需要的 CSM(通过 src)' },
  'g.target': { en: 'the year’s hiring plan (from src)', 'zh-CN': '全年招聘计划(通过 src)' },
  'g.leadFlow': { en: 'a month of a CRM’s lead export (from src)', 'zh-CN': '一个月的 CRM 线索导出(通过 src)' },
  'g.lead2.caption': {
    en: 'Same shared model; the flags route it to field sales.',
    'zh-CN': '同一个共享模型;标记把它路由给外勤销售。',
  },
  // The mock CRM
  crmTitle: { en: 'Mock CRM', 'zh-CN': '模拟 CRM' },
  crmObjects: { en: 'CRM objects', 'zh-CN': 'CRM 对象' },
  'tab.lead': { en: 'Lead', 'zh-CN': '线索' },
  'tab.opportunity': { en: 'Opportunity', 'zh-CN': '商机' },
  'tab.account': { en: 'Account', 'zh-CN': '客户' },
  'tab.pipeline': { en: 'Pipeline', 'zh-CN': '销售管道' },
  'tab.forecast': { en: 'Forecasts', 'zh-CN': '预测' },
  'tab.service': { en: 'Customer success', 'zh-CN': '客户成功' },
  'tab.leads': { en: 'Lead list', 'zh-CN': '线索列表' },
  'tab.leadOps': { en: 'Lead operations', 'zh-CN': '线索运营' },
  title: { en: 'Title', 'zh-CN': '职位' },
  leadStatus: { en: 'Lead status', 'zh-CN': '线索状态' },
  valueScore: { en: 'Value score', 'zh-CN': '价值分' },
  routeTo: { en: 'Route to', 'zh-CN': '分配给' },
  details: { en: 'Details', 'zh-CN': '详细信息' },
  leadSource: { en: 'Lead source', 'zh-CN': '线索来源' },
  annualRevenue: { en: 'Annual revenue (CNY)', 'zh-CN': '年营收(人民币)' },
  contactRole: { en: 'Contact role', 'zh-CN': '联系人角色' },
  demandClarity: { en: 'Demand clarity', 'zh-CN': '需求清晰度' },
  localDemand: { en: 'Local demand', 'zh-CN': '本地需求' },
  complexDemand: { en: 'Complex demand', 'zh-CN': '复杂需求' },
  saveHint: {
    en: 'Saving a field here updates the record JSON; the card in the side column re-scores it.',
    'zh-CN': '在这里修改字段会更新记录 JSON;侧栏的卡片随即重新评分。',
  },
  activity: { en: 'Activity', 'zh-CN': '活动' },
  activityHint: {
    en: 'The activity timeline of the record would sit here; the panel in the side column reads the same activities.',
    'zh-CN': '记录的活动时间线会放在这里;侧栏的面板读取同样的活动。',
  },
  customerSince: { en: 'Customer value', 'zh-CN': '客户价值' },
  arr: { en: 'ARR', 'zh-CN': '年度经常性收入' },
  renewal: { en: 'Renewal', 'zh-CN': '续约日期' },
};

export const THEMES = ['light', 'dark', 'auto'] as const;
export type DemoTheme = (typeof THEMES)[number];

/** Words of a key in a locale (the key itself when the table has none: a missing word shows, never blank). */
export const word = (key: string, locale: Locale): string => CHROME[key]?.[locale] ?? key;

/** Put the locale's words in every `[data-i18n]` of the page (and `[data-i18n-label]` in aria-label). */
export function translatePage(locale: Locale, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = word(el.dataset.i18n!, locale);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', word(el.dataset.i18nLabel!, locale));
}

/** Every revops element of a root (custom elements of the suite: tags with a dash, inside the provider). */
const elementsIn = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].filter((e) => e.localName.includes('-') && e.localName !== 'revops-provider');

/**
 * Wire the page's switches: `#locale` sets the provider's locale, the page's
 * `lang` and the chrome's words; `#theme` (light, dark, auto) the page's
 * colours and every element's `theme`. `onLocale` runs after each change
 * (captions are re-worded there).
 */
export function wireChrome(provider: HTMLElement, onLocale: (l: Locale) => void = () => {}): void {
  const locale = document.getElementById('locale') as HTMLSelectElement | null;
  const theme = document.getElementById('theme') as HTMLSelectElement | null;
  const applyLocale = () => {
    const l: Locale = locale?.value === 'zh-CN' ? 'zh-CN' : 'en';
    provider.setAttribute('locale', l);
    document.documentElement.lang = l;
    translatePage(l);
    onLocale(l);
  };
  const applyTheme = () => {
    const t = (THEMES as readonly string[]).includes(theme?.value ?? '') ? (theme!.value as DemoTheme) : 'light';
    document.documentElement.dataset.theme = t;
    for (const el of elementsIn(provider)) if (el.getAttribute('theme') !== t) el.setAttribute('theme', t);
  };
  locale?.addEventListener('change', applyLocale);
  theme?.addEventListener('change', applyTheme);
  applyLocale();
  applyTheme();
  // Elements added later also get the theme.
  new MutationObserver(applyTheme).observe(provider, { childList: true, subtree: true });
}
