// The host side of a CRM integration: map a record's own fields to an
// element's input, feed it JSON, and react to its events. Pages switch by hash.
import type { LeadScoreDetail } from '../components/lead-score-card/index.js';
import { formatter, type Locale } from '../src/i18n/format.js';
import { wireChrome } from './chrome.js';
import { wireProps } from './props.js';
import { seedOpportunityPlans } from './plans.js';

// The opportunity record's panel shows an open plan on it: saved under its storage-key before the panel is defined.
await seedOpportunityPlans('crm-opp', './data/opportunity-alert-panel.json', ['OPP-1062']);
await import('../components/index.js');

/** A CRM record's fields: scalars by API name. */
type CrmRecord = Record<string, string | number | boolean | null | undefined>;
type WithData = HTMLElement & { data: unknown };

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

// --- pages -------------------------------------------------------------------
const pages = ['lead', 'opportunity', 'account', 'pipeline', 'forecast', 'service', 'leads', 'lead-ops'];
function showPage() {
  const name = pages.includes(location.hash.slice(1)) ? location.hash.slice(1) : 'lead';
  for (const p of pages) $(`page-${p}`).hidden = p !== name;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.app-tabs a'))
    a.toggleAttribute('aria-current', a.hash === `#${name}`);
}
addEventListener('hashchange', showPage);
showPage();
void wireProps(document);

/** The page's words and dates follow the language switch (the account's highlights are written in it). */
let pageLocale: Locale = 'en';
const onLocale: ((l: Locale) => void)[] = [];
wireChrome($('provider'), (l) => {
  pageLocale = l;
  for (const f of onLocale) f(l);
});

// --- the lead record ---------------------------------------------------------
const record = JSON.parse($('record').textContent) as CrmRecord;
const card = $<WithData>('card');
const form = $<HTMLFormElement>('fields');

/** CRM field names → the lead model's factor keys (the host's mapping, not the card's). */
function toCardData(r: CrmRecord) {
  return {
    id: r.Id,
    name: r.Company,
    values: {
      channel: r.LeadSource,
      form: r.Form__c,
      annualRevenue: r.AnnualRevenue,
      contactRole: r.ContactRole__c,
      demandClarity: r.DemandClarity__c,
      demandMatch: r.DemandMatch__c,
      interest: typeof r.Engagement__c === 'string' && r.Engagement__c ? r.Engagement__c.split(';') : [],
      local: r.Local__c === true,
      complexDemand: r.ComplexDemand__c === true,
    },
  };
}

function renderLead() {
  card.data = toCardData(record);
  $('hl-title').textContent = String(record.Title ?? '');
  $('hl-status').textContent = String(record.Status ?? '');
}

for (const el of Array.from(form.elements) as (HTMLInputElement | HTMLSelectElement)[]) {
  const v = record[el.name];
  if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = v === true;
  else if (v !== undefined) el.value = String(v);
  el.addEventListener('change', () => {
    record[el.name] =
      el instanceof HTMLInputElement && el.type === 'checkbox'
        ? el.checked
        : el.type === 'number'
          ? Number(el.value)
          : el.value;
    renderLead();
  });
}

card.addEventListener('revops-change', (e) => {
  const d = (e as CustomEvent<LeadScoreDetail>).detail;
  // A what-if result is the user exploring, not the record's score: the host keeps the record's.
  if (d.edited) return;
  $('hl-score').textContent = `${d.score.toFixed(1)} (${d.tier})`;
  $('hl-route').textContent = d.routing.route ?? '—';
});
renderLead();

// --- one opportunity and one account, picked out of the demo data --------------
/** The demo data files read here: an as-of date and a list of named records under `key`. */
type DemoData<K extends string> = { asOf: string } & Record<K, { id: string; name: string }[]>;
async function load<K extends string>(url: string): Promise<DemoData<K>> {
  return (await fetch(url)).json() as Promise<DemoData<K>>;
}
void load<'opportunities'>('./data/opportunity-alert-panel.json').then((d) => {
  // A key account with a response plan.
  const one = d.opportunities.find((o) => o.id === 'OPP-1062') ?? d.opportunities[0]!;
  $('opp-title').textContent = one.name;
  $<WithData>('opp-one').data = { asOf: d.asOf, opportunities: [one] };
});
/** One account for the whole Account page: header, churn panel and value card read the same record. */
interface DemoAccount {
  id: string;
  name: string;
  arr?: number;
  renewalDate?: string;
  usage?: { month: string; usageRate?: number; activeUsers?: number }[];
}
void Promise.all([
  load<'accounts'>('./data/churn-alert-panel.json'),
  fetch('./data/customer-value-card.json').then((r) => r.json() as Promise<{ values: Record<string, number> }>),
]).then(([d, value]) => {
  // Renews in a day, with signals.
  const one = (d.accounts.find((a) => a.id === 'CUST-2221') ?? d.accounts[0]!) as DemoAccount;
  const last = one.usage?.at(-1);
  $('acct-title').textContent = one.name;
  $<WithData>('acct-churn').data = { asOf: d.asOf, accounts: [one] };
  // The value card scores this account: its usage from the same record; tenure and payments from the CRM's finance fields.
  $<WithData>('acct-value').data = {
    id: one.id,
    name: one.name,
    values: { ...value.values, ...(last?.usageRate != null ? { usageRate: last.usageRate } : {}) },
  };
  const highlights = (l: Locale) => {
    const f = formatter(l);
    $('acct-arr').textContent = f.money(one.arr);
    $('acct-renewal').textContent = f.date(one.renewalDate);
  };
  onLocale.push(highlights);
  highlights(pageLocale);
});

// The host page can react to a chosen row, e.g. navigate to the record.
document.addEventListener('revops-select', (e) => {
  const { id } = (e as CustomEvent<{ id: string }>).detail;
  console.info(`host: open record ${id}`);
});
