// The shared import view in a 400 px CRM side column (issue 14 part 5): in every element that shows it, with a file
// read (mapping, values, result and preview shown) and every <details> open, nothing is wider than the element.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import { $, settle, until } from '../helpers/fixtures.js';

const CSV = [
  'Id,Name,Owner,Amount,Stage,Close Date,Created,Source,Pool,Account ID,ARR,Renewal Date,Business Line,Annual Revenue',
  'A-1,A very long company name that goes on and on Ltd,Li,120000,Proposal,2026-05-01,2026-03-01,web,公海,A-1,50000,2026-09-30,SaaS,1000000',
  'A-2,Short,Wang,5000,Qualify,2026-06-01,2026-03-02,fair,私海,A-2,20000,2026-10-31,SaaS,',
].join('\n');

/** Mount an element in a 400 px box, show its import view, read CSV by the paste box and open every details. */
async function mount(tag: string, open: (el: HTMLElement) => Promise<void>): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.width = '400px'; // the test page only
  const el = document.createElement(tag);
  el.setAttribute('lang', 'en');
  box.append(el);
  await settle(el);
  await open(el);
  const text = await until(() => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#import-text'), 5000, 'paste box');
  text.value = CSV;
  $<HTMLButtonElement>(el, '#import-read').click();
  await until(() => el.shadowRoot!.querySelector('[part~="import-mapping"]'), 15000, 'the mapping');
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  await settle(el);
  return el;
}

const fits = (el: HTMLElement, tag: string) => {
  expect(el.scrollWidth, `${tag}: scroll width`).to.be.at.most(el.clientWidth + 1);
  const base = $(el, '[part~="base"]');
  expect(base.scrollWidth, `${tag}: inner scroll width`).to.be.at.most(base.clientWidth + 1);
  for (const d of el.shadowRoot!.querySelectorAll<HTMLElement>('details, .imp'))
    expect(d.getBoundingClientRect().right, `${tag}: ${d.className || d.tagName}`).to.be.at.most(
      el.getBoundingClientRect().right + 0.5,
    );
};

const openDetails = async (el: HTMLElement) => {
  const d = $<HTMLDetailsElement>(el, 'details[part~="import"]');
  d.open = true;
  await settle(el);
};

describe('the import view at 400 px', () => {
  it('lead-flow-monitor (the data tab, with the owner-history file)', async () => {
    const el = await mount('lead-flow-monitor', async (e) => {
      $<HTMLButtonElement>(e, '#tab-data').click();
      await settle(e);
    });
    fits(el, 'lead-flow-monitor');
  });

  for (const tag of ['churn-alert-panel', 'opportunity-alert-panel', 'lead-score-table', 'customer-value-table'])
    it(tag, async () => {
      const el = await mount(tag, openDetails);
      fits(el, tag);
    });
});
