// The host side of a CRM integration: map the record's own fields to the card's
// factor values, feed the card JSON, and react to its events.
import '../components/index.js';
import type { LeadScoreDetail } from '../components/lead-score-card/index.js';

type CrmRecord = Record<string, unknown>;

const record = JSON.parse(document.getElementById('record')!.textContent!) as CrmRecord;
const card = document.getElementById('card')!;
const form = document.getElementById('fields') as HTMLFormElement;

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

function render() {
  (card as unknown as { data: unknown }).data = toCardData(record);
  document.getElementById('hl-title')!.textContent = String(record.Title ?? '');
  document.getElementById('hl-status')!.textContent = String(record.Status ?? '');
}

for (const el of Array.from(form.elements) as (HTMLInputElement | HTMLSelectElement)[]) {
  const v = record[el.name];
  if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = v === true;
  else if (v !== undefined) el.value = String(v);
  el.addEventListener('change', () => {
    record[el.name] = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.type === 'number' ? Number(el.value) : el.value;
    render();
  });
}

card.addEventListener('revops-change', (e) => {
  const d = (e as CustomEvent<LeadScoreDetail>).detail;
  document.getElementById('hl-score')!.textContent = `${d.score.toFixed(1)} (${d.tier})`;
  document.getElementById('hl-route')!.textContent = d.routing.route ?? '—';
});

render();
