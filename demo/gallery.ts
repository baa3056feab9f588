// Gallery wiring: every element from source, the page's language and theme, and captions computed from the data.
import type { Locale } from '../src/i18n/format.js';
import { wireChrome } from './chrome.js';
import { attributeInput, CAPTIONS, type CaptionKey } from './captions.js';
import { filesOf, wireProps } from './props.js';
import { seedOpportunityPlans } from './plans.js';

// The pipeline panel shows its plan list with open plans: saved under its storage-key before it is defined.
await seedOpportunityPlans('demo-opps', './data/opportunity-alert-panel.json');
await import('../components/index.js');

/** sales-org-designer takes its input as attributes in the gallery. */
const ORG_ATTRS = {
  'new-customers-target': 'newCustomersTarget',
  'avg-contract-value': 'avgContractValue',
  'customers-per-rep': 'customersPerRep',
  'rep-cost': 'repCost',
  spans: 'spans',
  'manager-costs': 'managerCosts',
};

/** The input an element of the gallery gets: its `src`, its child JSON, or its attributes. */
async function inputOf(el: Element): Promise<Record<string, unknown>> {
  const src = el.getAttribute('src');
  if (src) return (await (await fetch(src)).json()) as Record<string, unknown>;
  const script = el.querySelector('script[type="application/json"]:not([data-model])');
  if (script?.textContent) return JSON.parse(script.textContent) as Record<string, unknown>;
  return attributeInput(el, ORG_ATTRS);
}

const captions = [...document.querySelectorAll<HTMLElement>('[data-caption]')].map((p) => {
  const el = p.parentElement!.querySelector(':scope > :not(h2):not(p)')!;
  // The element's own input, the properties it takes from files, and what the caption alone needs.
  const input = Promise.all([
    inputOf(el),
    filesOf(el.getAttribute('data-props'), document.baseURI),
    filesOf(p.dataset.with, document.baseURI),
  ]).then((parts) => Object.assign({}, ...parts) as Record<string, unknown>);
  return { p, key: p.dataset.caption as CaptionKey, input };
});

let current: Locale = 'en';
function caption(locale: Locale): void {
  current = locale;
  for (const c of captions)
    void c.input.then((input) => {
      if (current !== locale) return;
      try {
        c.p.textContent = CAPTIONS[c.key](input, locale).text;
      } catch {
        c.p.textContent = '';
      }
    });
}

void wireProps(document);
wireChrome(document.getElementById('provider')!, caption);
