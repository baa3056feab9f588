// cs-capacity-planner's customer-list import (docs/models.md §6 extras, docs/import.md "Record lists"): a CRM's
// customer export read in the element by the shared import view → counted by the customer-value model's tiers →
// r2 filled from the focus tiers and marked "from tiers, N customers".
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/cs-capacity-planner/index.js';
import type { CsCapacityPlanner } from '../../components/cs-capacity-planner/index.js';
import { deepShareFromTiers } from '../../src/models/cs-tiers.js';
import { button, tableRows, uid } from '../helpers/harness.js';
import { CS_EXAMPLE } from '../fixtures/seeds.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { press, tabTo } from '../helpers/keyboard.js';

const FIXTURE = '/test/fixtures/crm/salesforce-report/customer-list.csv';

/** The rows the import pipeline gives for the fixture (its expected output, checked in Node). */
async function expectedRows(): Promise<unknown[]> {
  const e = (await (await fetch(`${FIXTURE}.expected.json`)).json()) as { rows: { line: number; skip?: unknown }[] };
  return e.rows.filter((r) => !r.skip).map(({ line: _line, ...row }) => row);
}

async function mount(key = uid(), lang = 'en'): Promise<CsCapacityPlanner> {
  const el = await fixture<CsCapacityPlanner>(
    html`<cs-capacity-planner lang=${lang} storage-key=${key} .data=${CS_EXAMPLE}></cs-capacity-planner>`,
  );
  await settle(el);
  return el;
}

async function openImport(el: CsCapacityPlanner): Promise<void> {
  $<HTMLButtonElement>(el, '[data-import-customers]').click();
  await until(() => el.shadowRoot!.querySelector('#cust-file'), 8000, 'the customer import');
  await settle(el);
}

async function pick(el: CsCapacityPlanner): Promise<void> {
  const bytes = await (await fetch(FIXTURE)).arrayBuffer();
  const input = $<HTMLInputElement>(el, '#cust-file');
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], 'customer-list.csv', { type: 'text/csv' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
  await until(() => el.shadowRoot!.querySelector('[part~="tier-table"]'), 15000, 'the tier table');
  await settle(el);
}

const mark = (el: Element) =>
  (el.shadowRoot!.querySelector('[data-mark]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('cs-capacity-planner: a customer list imported in the element (Salesforce report export)', () => {
  it('import → counts by tier → r2 filled from the focus tiers, marked “from tiers, N customers”; kept', async () => {
    const key = uid();
    const el = await mount(key);
    expect(el.shadowRoot!.querySelector('[part~="tiers"]')).to.equal(null);
    await openImport(el);
    await pick(el);
    // The counts are the model's on the pipeline's rows for this file: 220 data rows, the two without an id
    // skipped (the import view says which lines), the report's footers left out: 218 customers.
    const rows = await expectedRows();
    const model = deepShareFromTiers({ customers: rows });
    expect([rows.length, model.customers, model.invalid.length]).to.deep.equal([218, 218, 0]);
    expect(partText(el, 'tiers')).to.contain('lines 65, 165');
    expect(tableRows(el, 'tier-table')).to.deep.equal(
      model.tiers.map((t) => [t.label, String(t.count), `${+((t.share ?? 0) * 100).toFixed(1)}%`, t.focus ? '✓' : '']),
    );
    button(el, 'Use the share from the tiers').click();
    await until(() => mark(el).startsWith('from tiers'), 5000, 'the mark');
    expect(mark(el)).to.equal('from tiers, 218 customers');
    expect(Number($<HTMLInputElement>(el, '#p-deepCustomerShare').value)).to.be.closeTo(
      model.deepCustomerShare! * 100,
      1e-9,
    );
    // The file is kept under the storage-key: the same element again counts the same list.
    const saver = el as unknown as { persist: { saving: boolean } };
    await until(() => !saver.persist.saving, 5000, 'the edit saved');
    await new Promise((r) => setTimeout(r, 0));
    el.remove();
    const again = await mount(key);
    await until(() => again.shadowRoot!.querySelector('[part~="tier-table"]'), 15000, 'the restored list');
    await settle(again);
    expect(tableRows(again, 'tier-table')).to.deep.equal(tableRows(el, 'tier-table'));

    // A page that listens from the start gets one result: the restored list's (the tiers' saved state, read after
    // the element's, no longer lets a first result without the list out).
    const events: CustomEvent[] = [];
    const third = document.createElement<'cs-capacity-planner'>('cs-capacity-planner');
    third.addEventListener('revops-change', (e) => events.push(e as CustomEvent));
    third.setAttribute('lang', 'en');
    third.setAttribute('storage-key', key);
    third.data = CS_EXAMPLE;
    document.body.appendChild(third);
    try {
      await until(() => third.shadowRoot!.querySelector('[part~="tier-table"]'), 15000, 'the restored list, again');
      await settle(third);
      await new Promise((r) => setTimeout(r, 50));
      await settle(third);
      expect(events.length, 'revops-change events').to.equal(1);
      expect(tableRows(third, 'tier-table')).to.deep.equal(tableRows(el, 'tier-table'));
      expect(partText(third, 'results')).to.equal(partText(again, 'results'));
    } finally {
      third.remove();
    }
  });

  it('keyboard, zh-CN and axe', async () => {
    const el = await mount(uid(), 'zh-CN');
    const open = await until(
      () => el.shadowRoot!.querySelector<HTMLButtonElement>('[data-import-customers]'),
      5000,
      'the button',
    );
    expect(open.textContent.trim()).to.equal('导入客户列表…');
    await tabTo(open);
    await press('Enter');
    await until(() => el.shadowRoot!.querySelector('#cust-file'), 8000, 'the customer import');
    await settle(el);
    await tabTo($(el, '#cust-file'));
    await pick(el);
    expect(el.shadowRoot!.querySelector('[part~="tiers"] summary')!.textContent).to.contain('导入客户列表');
    await expect(el).to.be.accessible();
  });
});
