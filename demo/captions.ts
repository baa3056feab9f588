/**
 * Gallery captions computed from the data they describe (issue 12): each
 * caption runs the element's own model on the same input the element gets
 * and formats the figures with the same formatter, so the caption can never
 * contradict the widget (test/browser/demo-captions.test.ts checks every
 * figure is on the widget).
 */
import { formatter, type Locale } from '../src/i18n/format.js';
import { tierCustomer, tierLead } from '../src/models/tiering.js';
import { routeLead } from '../src/models/routing.js';
import { assessOpportunities } from '../src/models/opportunities.js';
import { assessChurn } from '../src/models/churn.js';
import { planList } from '../src/views/playbooks.js';
import { PLANS as PLANS_EN } from '../src/i18n/plans/en.js';
import { PLANS as PLANS_ZH } from '../src/i18n/plans/zh-CN.js';
import { demoOpportunityPlans } from './plans.js';
import { forecastFunnel } from '../src/models/funnel.js';
import type { FunnelInput } from '../src/schemas/funnel.js';
import { designSalesOrg } from '../src/models/sales-org.js';
import { planCsCapacity } from '../src/models/cs-capacity.js';
import { planHeadcount } from '../src/models/headcount.js';
import { analyzeLeadFlow } from '../src/models/lead-flow.js';
import { TIERING as TIERING_EN } from '../src/i18n/tiering/en.js';
import { SALES_ORG as ORG_EN } from '../src/i18n/sales-org-designer/en.js';
import { SALES_ORG as ORG_ZH } from '../src/i18n/sales-org-designer/zh-CN.js';
import { TIERING as TIERING_ZH } from '../src/i18n/tiering/zh-CN.js';
import { projectSalesOrg } from '../src/models/sales-org-timeline.js';
import { deepShareFromTiers } from '../src/models/cs-tiers.js';
import { ORG_TIMELINE as TIMELINE_EN } from '../src/i18n/org-timeline/en.js';
import { ORG_TIMELINE as TIMELINE_ZH } from '../src/i18n/org-timeline/zh-CN.js';
import { CS_TIERS as CS_TIERS_EN } from '../src/i18n/cs-tiers/en.js';
import { CS_TIERS as CS_TIERS_ZH } from '../src/i18n/cs-tiers/zh-CN.js';
import { learnFunnelRates } from '../src/models/funnel-history.js';
import { latestEventDay } from '../src/history/fill.js';
import { FUNNEL_HISTORY as HISTORY_EN } from '../src/i18n/funnel-history/en.js';
import { FUNNEL_HISTORY as HISTORY_ZH } from '../src/i18n/funnel-history/zh-CN.js';

/** A caption: its sentence, and the figures in it as the widget writes them. */
export interface Caption {
  text: string;
  figures: string[];
}

type In = Record<string, unknown>;
type CaptionOf = (input: In, locale: Locale) => Caption;

const cap = (parts: TemplateStringsArray, ...figures: string[]): Caption => ({
  text: parts.reduce((s, p, i) => s + p + (i < figures.length ? figures[i]! : ''), ''),
  figures,
});
const zh = (l: Locale) => l === 'zh-CN';
/** A month's long name, as the org timeline writes it. */
const longMonth = (l: Locale, m: number) =>
  new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, m - 1, 1));

export const CAPTIONS = {
  lead(input, l) {
    const f = formatter(l);
    const r = tierLead({ values: input.values });
    const code = routeLead({ result: r, values: input.values }).route;
    // The route in words, as the card names it.
    const route = code ? ((zh(l) ? TIERING_ZH : TIERING_EN).routes[code] ?? code) : '—';
    const score = f.number(r.score, 1);
    return zh(l)
      ? cap`${score} 分 → ${r.tier} 档,路由:${route}。打开“有效性检验”并载入 lead-history.csv。`
      : cap`${score} → tier ${r.tier}, routed to ${route}. Open “Validity check” and load lead-history.csv.`;
  },
  customer(input, l) {
    const f = formatter(l);
    const r = tierCustomer({ values: input.values });
    return zh(l)
      ? cap`${f.number(r.score, 1)} 分 → ${r.tier} 档;上次 74 分,显示趋势。`
      : cap`${f.number(r.score, 1)} → tier ${r.tier}; the previous score, 74, shows the trend.`;
  },
  opportunities(input, l) {
    const f = formatter(l);
    const s = assessOpportunities(input).summary;
    // The plans the demo saves for the panel (demo/plans.ts), in the plan list's order: the overdue one first.
    const [late, next] = planList(demoOpportunityPlans(input), String(input.asOf));
    const first = late?.plan.owner ?? '—';
    const overdue = (zh(l) ? PLANS_ZH : PLANS_EN).overdue(f.integer(late?.daysOverdue ?? 0));
    const then = next?.plan.owner ?? '—';
    return zh(l)
      ? cap`${f.integer(s.critical)} 个高风险、${f.integer(s.warning)} 个需关注;方向键移动,回车展开。计划列表:${first} 的计划排在最前(${overdue}),其次是 ${then} 的。`
      : cap`${f.integer(s.critical)} critical and ${f.integer(s.warning)} warning opportunities; arrows move, Enter opens a row. The plan list puts ${first}’s plan first (${overdue}), then ${then}’s.`;
  },
  churn(input, l) {
    const f = formatter(l);
    const s = assessChurn(input).summary;
    return zh(l)
      ? cap`${f.integer(s.critical)} 个高风险、${f.integer(s.warning)} 个需关注的客户;展开一行看原因 → 症状 → 应对。`
      : cap`${f.integer(s.critical)} critical and ${f.integer(s.warning)} warning accounts; a row opens to cause → symptom → response.`;
  },
  funnel(input, l) {
    const f = formatter(l);
    const r = forecastFunnel(input as unknown as FunnelInput);
    const hi = typeof input.highIntentStage === 'string' ? input.highIntentStage : 'highIntent';
    const need = f.integer(r.needed[hi] ?? null);
    const [forecast, gap] = [f.money(r.forecastRevenue), f.money(r.gap)];
    return zh(l)
      ? cap`预测 ${forecast},距目标缺口 ${gap}:还需 ${need} 个高意向客户。`
      : cap`Forecast ${forecast}, a gap of ${gap} to the target: ${need} more high-intent customers.`;
  },
  org(input, l) {
    const f = formatter(l);
    const r = designSalesOrg(input);
    const mgr = f.integer(r.managers.reduce((a, b) => a + b, 0));
    const t = zh(l) ? ORG_ZH : ORG_EN;
    const health = r.healthy ? t.healthy : t.unhealthy;
    return zh(l)
      ? cap`${f.integer(r.reps)} 名销售、${mgr} 名管理者,利润率 ${f.percent(r.marginRate)}:${health}。`
      : cap`${f.integer(r.reps)} reps and ${mgr} managers, margin ${f.percent(r.marginRate)}: ${health}.`;
  },
  cs(input, l) {
    const f = formatter(l);
    const r = planCsCapacity(input);
    const mgr = f.integer(r.managers.reduce((a, b) => a + b, 0));
    return zh(l)
      ? cap`期末客户 ${f.number(r.base, 1)} 个:每位 CSM ${f.integer(r.capacityPerCsm)} 个,需 ${f.integer(r.csms)} 名 CSM、${mgr} 名管理者。`
      : cap`${f.number(r.base, 1)} customers at the horizon: ${f.integer(r.capacityPerCsm)} per CSM, ${f.integer(r.csms)} CSMs and ${mgr} managers.`;
  },
  target(input, l) {
    const f = formatter(l);
    const r = planHeadcount(input);
    const last = r.months[r.months.length - 1]!;
    const [rev, target] = [f.money(last.cumulativeRevenue), f.money(last.cumulativeTarget)];
    return zh(l)
      ? cap`全年业绩 ${rev},目标 ${target};“建议均衡招聘”可求出招聘人数。`
      : cap`The plan brings ${rev} against a target of ${target}; “suggest even hiring” solves for the hires.`;
  },
  // Issue 15's panels: the designer's timeline on the plan it follows, the development funnel, r2 from tiers.
  orgTimeline(input, l) {
    const { plan, ...costs } = input;
    const r = projectSalesOrg({ plan, ...costs });
    const t = zh(l) ? TIMELINE_ZH : TIMELINE_EN;
    const healthy = r.healthyMonth === null ? t.neverHealthy : t.healthyFrom(longMonth(l, r.healthyMonth));
    const payback = r.paybackMonth === null ? t.noPayback : t.paybackIn(longMonth(l, r.paybackMonth));
    return zh(l)
      ? cap`同一 provider 下跟随下方的人力规划:${healthy} · ${payback}。`
      : cap`Under the same provider it follows the hiring plan below: ${healthy} · ${payback}.`;
  },
  funnelHistory(input, l) {
    const f = formatter(l);
    const history = Array.isArray(input.history) ? input.history : [];
    const stages = (input.stages as { key: string }[]).map((x) => x.key);
    // As the element reads it: the latest event as of, the last 12 months.
    const r = learnFunnelRates({ stages, asOf: latestEventDay(history) ?? '', opportunities: history });
    const h = zh(l) ? HISTORY_ZH : HISTORY_EN;
    const summary = h.historySummary(f.integer(r.used), f.month(r.window.from), f.month(r.window.to));
    const first = f.percent(r.stages[0]!.rate, 1);
    return zh(l)
      ? cap`历史:${summary};线索 → 意向 ${first}。“${h.fillHistory}”把学到的转化率填入漏斗。`
      : cap`From history: ${summary}; lead → intent ${first}. “${h.fillHistory}” puts the learned rates in the funnel.`;
  },
  development(input, l) {
    const f = formatter(l);
    const d = planHeadcount(input).development!;
    const hired = f.number(d.funnel.hired, 1);
    const past = f.number(d.funnel.pastRamp, 1);
    const qualified = f.number(d.funnel.qualifiedInYear, 1);
    const open = d.hireBy[0]?.openBy ?? '—';
    return zh(l)
      ? cap`招聘 ${hired} 人 → 爬坡期后留任 ${past} 人 → 年内合格 ${qualified} 人;首批岗位需在 ${open} 开放。`
      : cap`${hired} hired → ${past} still here after the ramp → ${qualified} qualified within the year; the first roles open in ${open}.`;
  },
  csTiers(input, l) {
    const f = formatter(l);
    const c = deepShareFromTiers({ customers: input.customerList });
    const focus = `${f.integer(c.focus)} / ${f.integer(c.customers)}`;
    const use = (zh(l) ? CS_TIERS_ZH : CS_TIERS_EN).use;
    return zh(l)
      ? cap`${focus} 个客户在重点档,占 ${f.percent(c.deepCustomerShare, 1)}:“${use}”把它设为 r2。`
      : cap`${focus} customers in the focus tiers, ${f.percent(c.deepCustomerShare, 1)}: “${use}” sets r2 to it.`;
  },
  leadFlow(input, l) {
    const f = formatter(l);
    const r = analyzeLeadFlow(input);
    const leads = f.integer(Array.isArray(input.leads) ? input.leads.length : 0);
    const due = f.integer(r.transitions.length);
    const react = f.integer(r.reactivation.length);
    return zh(l)
      ? cap`${leads} 条线索:${due} 条到期流转,${react} 条可激活;导入页可试 lead-flow-monitor.csv(中文表头)。`
      : cap`${leads} leads: ${due} transitions due, ${react} reactivation candidates; try lead-flow-monitor.csv (Chinese headers) in its Import tab.`;
  },
} satisfies Record<string, CaptionOf>;

export type CaptionKey = keyof typeof CAPTIONS;

/** An element's input given as attributes (sales-org-designer in the gallery): numbers and JSON lists. */
export function attributeInput(el: Element, names: Record<string, string>): In {
  const out: In = {};
  for (const [attr, key] of Object.entries(names)) {
    const v = el.getAttribute(attr);
    if (v == null) continue;
    out[key] = v.trim().startsWith('[') ? (JSON.parse(v) as unknown) : Number(v);
  }
  return out;
}
