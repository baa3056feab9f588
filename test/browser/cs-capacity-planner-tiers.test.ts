import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/cs-capacity-planner/index.js';
import type { CsCapacityPlanner } from '../../components/cs-capacity-planner/index.js';
import type { CsCapacityResult } from '../../src/models/cs-capacity.js';
import { button, tableRows, uid } from '../helpers/harness.js';
import { DEEP_SHARE_EXAMPLE } from '../fixtures/cs-tiers.js';
import { CS_EXAMPLE } from '../fixtures/seeds.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press } from '../helpers/keyboard.js';

/** docs/models.md §6's worked example. */
const DATA = CS_EXAMPLE;

async function mount(lang = 'en'): Promise<CsCapacityPlanner> {
  const el = await fixture<CsCapacityPlanner>(
    html`<cs-capacity-planner
      lang=${lang}
      storage-key=${uid()}
      .data=${DATA}
      .customerList=${DEEP_SHARE_EXAMPLE.customers}
      .tieringModel=${DEEP_SHARE_EXAMPLE.model}
    ></cs-capacity-planner>`,
  );
  await until(() => el.shadowRoot!.querySelector('[part~="tier-table"]'), 5000, 'the tier table');
  // The storage-key read restores and recomputes (a revops-change of its own): a test's first event must be its own.
  await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 5000, 'storage read');
  // The tiers' own saved state loads after the element's, and its arrival recomputes too: wait for every read.
  await until(() => !(el as unknown as { storagePending(): boolean }).storagePending(), 5000, 'the tiers read');
  await settle(el);
  return el;
}
const mark = (el: Element) =>
  (el.shadowRoot!.querySelector('[data-mark]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('cs-capacity-planner: the deep-service share from the tiers (docs/models.md §6 extras)', () => {
  it('counts the customers by tier; one click sets r2 to the share in focus tiers, marked; edit; revert', async () => {
    const el = await mount();
    expect(tableRows(el, 'tier-table')).to.deep.equal([
      ['A', '1', '20%', '✓'],
      ['B', '1', '20%', '✓'],
      ['C', '3', '60%', ''],
    ]);
    expect(partText(el, 'tiers')).to.contain('1 customer not read');
    setTimeout(() => button(el, 'Use the share from the tiers').click());
    let r = (await oneEvent(el, 'revops-change')).detail as CsCapacityResult;
    await settle(el);
    expect([r.deepCustomerShare, r.capacityPerCsm, r.csms, r.totalHeadcount]).to.deep.equal([0.4, 30, 56, 66]);
    expect($<HTMLInputElement>(el, '#p-deepCustomerShare').value).to.equal('40');
    expect(mark(el)).to.equal('from tiers, 5 customers');
    const f = $<HTMLInputElement>(el, '#p-deepCustomerShare');
    setTimeout(() => {
      f.value = '50';
      f.dispatchEvent(new Event('input'));
    });
    r = (await oneEvent(el, 'revops-change')).detail as CsCapacityResult;
    await settle(el);
    expect(r.deepCustomerShare).to.equal(0.5);
    expect(mark(el)).to.equal('edited Revert to the tiers');
    setTimeout(() => button(el, 'Revert to the tiers').click());
    r = (await oneEvent(el, 'revops-change')).detail as CsCapacityResult;
    expect(r.deepCustomerShare).to.equal(0.4);
    await settle(el);
    setTimeout(() => button(el, 'Back to the share from new customers').click());
    r = (await oneEvent(el, 'revops-change')).detail as CsCapacityResult;
    expect(r.deepCustomerShare).to.be.closeTo(1 / 14, 1e-12);
  });

  it('keyboard, zh-CN and axe', async () => {
    const el = await mount('zh-CN');
    const use = button(el, '使用分层得出的占比');
    await tabTo(use);
    await press('Enter');
    await until(() => mark(el).includes('来自分层'), 5000, 'the mark');
    expect(mark(el)).to.equal('来自分层,5 个客户');
    await expect(el).to.be.accessible();
  });
});
