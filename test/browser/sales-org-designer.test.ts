import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import '../../components/sales-org-designer/index.js';
import type { SalesOrgDesigner } from '../../components/sales-org-designer/index.js';
import type { SalesOrgResult } from '../../src/models/sales-org.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { uid, edit, button, figure, tableRows } from '../helpers/harness.js';
import { SALES_ORG_EXAMPLE as EXAMPLE } from '../fixtures/seeds.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press, type, selectAll, deepActive } from '../helpers/keyboard.js';

/** The apply button of a break-even row, by lever label. */
const applyOf = (el: Element, lever: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="break-even"] tbody tr')]
    .find((tr) => tr.children[0]!.textContent.trim() === lever)
    ?.querySelector('button');

describe('sales-org-designer', () => {
  it('renders MODELS.md §4: 20 reps, managers 3 and 1, revenue 7.2M, labour 6M, management 2.3M, margin −1.1M → 不健康', async () => {
    const el = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer lang="zh-CN" .data=${EXAMPLE}></sales-org-designer>`,
    );
    await settle(el);
    expect($(el, '[part~="verdict"] strong').textContent).to.equal('不健康');
    expect($(el, '[part~="verdict"]').dataset.healthy).to.equal('false');
    expect(figure(el, 'reps')).to.equal('20');
    expect(figure(el, 'managers')).to.equal('4');
    expect(figure(el, 'headcount')).to.equal('24');
    expect(figure(el, 'revenue')).to.equal('¥7,200,000');
    expect(figure(el, 'margin')).to.equal('-¥1,100,000');
    expect(tableRows(el, 'waterfall-table')).to.deep.equal([
      ['销售额', '¥7,200,000'],
      ['销售人力成本', '-¥6,000,000'],
      ['销售管理与运营成本', '-¥2,300,000'],
      ['利润', '-¥1,100,000'],
    ]);
    expect(tableRows(el, 'org-table')).to.deep.equal([
      ['销售', '20', '', ''],
      ['1级经理', '3', '8', '¥500,000'],
      ['2级经理', '1', '5', '¥800,000'],
    ]);
    // Break-evens in the seed's order: spans, P, PCU, rep cost, ops cost, target.
    const be = tableRows(el, 'break-even').map((r) => [r[0], r[3]]);
    expect(be).to.deep.equal([
      ['第 1 层管理宽幅', '至少 20'],
      ['第 2 层管理宽幅', '单靠这个杠杆无法达到健康'],
      ['平均合同额 P', '至少 ¥13,833.33…'], // the model's value; Apply sets 13,833.34
      ['人均客户数 PCU', '至少 38'],
      ['销售人均成本', '至多 ¥245,000'],
      ['运营成本', '单靠这个杠杆无法达到健康'],
      ['新签客户目标', '复盘增长目标与达成路径'],
    ]);
  });

  it('"apply" on a break-even makes the verdict 健康 and fires revops-change', async () => {
    for (const lever of ['平均合同额 P', '人均客户数 PCU', '销售人均成本']) {
      const el = await fixture<SalesOrgDesigner>(
        html`<sales-org-designer lang="zh-CN" .data=${EXAMPLE}></sales-org-designer>`,
      );
      await settle(el);
      setTimeout(() => applyOf(el, lever)!.click());
      const ev = await oneEvent(el, 'revops-change');
      expect((ev.detail as SalesOrgResult).healthy, lever).to.equal(true);
      await settle(el);
      expect($(el, '[part~="verdict"] strong').textContent).to.equal('健康');
    }
  });

  it('a span break-even applies too (a target the spans can fix)', async () => {
    // 20 reps; level 1 span 8 → 3 managers (1.5M); with span 20 → 1 manager: margin 7.2 − 6 − 0.5 − 0.8 + 0.6 ≥ 0
    const el = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer lang="en" .data=${{ ...EXAMPLE, avgContractValue: 13_500 }}></sales-org-designer>`,
    );
    await settle(el);
    expect(partText(el, 'verdict')).to.contain('Not healthy');
    const apply = applyOf(el, 'Span of control, level 1')!;
    expect(apply.getAttribute('aria-label')).to.match(/Apply Span of control, level 1 = \d+/);
    apply.click();
    await settle(el);
    expect(partText(el, 'verdict')).to.contain('Healthy');
  });

  it('spans stop at one manager; levels can be added and removed', async () => {
    const el = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer
        lang="en"
        .data=${{ ...EXAMPLE, spans: [8, 5, 4], managerCosts: [500_000, 800_000, 1_000_000] }}
      ></sales-org-designer>`,
    );
    await settle(el);
    expect(tableRows(el, 'org-table').map((r) => r[1])).to.deep.equal(['20', '3', '1']);
    expect(el.shadowRoot!.querySelectorAll('[part~="org-chart"] .mgr').length).to.equal(4);
    button(el, 'Remove the top level').click();
    button(el, 'Remove the top level').click();
    await settle(el);
    // One level of span 8: three first-line managers and no one above them.
    expect(tableRows(el, 'org-table').map((r) => r[1])).to.deep.equal(['20', '3']);
    button(el, 'Add a level').click();
    await settle(el);
    expect(tableRows(el, 'levels')).to.deep.equal([
      ['Level 1', '8', '500,000'],
      ['Level 2', '8', '500,000'],
    ]);
    expect(tableRows(el, 'org-table').map((r) => r[1])).to.deep.equal(['20', '3', '1']);
  });

  it('an invalid parameter shows its message and keeps the last good result; attributes set parameters', async () => {
    const el = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer
        lang="en"
        new-customers-target="600"
        avg-contract-value="12000"
        customers-per-rep="30"
        rep-cost="300000"
        spans="8, 5"
        manager-costs="500000, 800000"
      ></sales-org-designer>`,
    );
    await settle(el);
    expect(figure(el, 'margin')).to.equal('-CN¥1,100,000');
    setTimeout(() => edit(el, 'p-newCustomersTarget', '600.5'));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues[0]!.path).to.equal('newCustomersTarget');
    await settle(el);
    expect($(el, '#p-newCustomersTarget-d').textContent.trim()).to.equal(
      'New customers to sign must be a whole number',
    );
    expect(figure(el, 'margin')).to.equal('-CN¥1,100,000');
    el.setAttribute('manager-costs', '500000');
    edit(el, 'p-newCustomersTarget', '600');
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('managerCosts needs one cost per level');
  });

  it('scenarios survive a reload and compare side by side', async () => {
    const key = `so-${uid()}`;
    const el = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer lang="en" storage-key=${key}></sales-org-designer>`,
    );
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    applyOf(el, 'Cost per rep')!.click();
    await settle(el);
    const name = $<HTMLInputElement>(el, '#sc-name');
    name.value = 'Cheaper reps';
    name.dispatchEvent(new Event('input'));
    await settle(el);
    button(el, 'Save').click();
    await settle(el);
    await aTimeout(400);
    el.remove();
    const again = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer lang="en" storage-key=${key}></sales-org-designer>`,
    );
    await until(() => again.shadowRoot!.querySelector('#sc-pick option:nth-child(2)'), 3000, 'restored scenario');
    button(again, 'Reset to defaults').click();
    const pick = $<HTMLSelectElement>(again, '#sc-pick');
    pick.value = 'Cheaper reps';
    pick.dispatchEvent(new Event('change'));
    await settle(again);
    expect(tableRows(again, 'figures')[0]).to.deep.equal(['Business health', 'Not healthy', 'Healthy']);
  });

  it('keyboard alone: change P, then apply the rep-cost break-even', async () => {
    const el = await fixture<SalesOrgDesigner>(html`<sales-org-designer lang="en"></sales-org-designer>`);
    await settle(el);
    const p = $<HTMLInputElement>(el, '#p-avgContractValue');
    await tabTo(p);
    await selectAll();
    await type('13000');
    await settle(el);
    expect(figure(el, 'revenue')).to.equal('CN¥7,800,000');
    const apply = applyOf(el, 'Cost per rep')!;
    await tabTo(apply);
    await press('Enter');
    await settle(el);
    expect(partText(el, 'verdict')).to.contain('Healthy');
    expect($<HTMLInputElement>(el, '#p-repCost').value).to.equal('275,000'); // (7.8M − 2.3M) / 20
    // The applied button is gone: the focus stays in the break-even table, not on the page's body.
    const active = deepActive();
    expect(active).to.not.equal(document.body);
    expect(active?.closest('[part~="break-even"]'), active?.outerHTML).to.not.equal(null);
    await press('Tab'); // and the next Tab goes on from there, not from the top
    expect(deepActive()?.closest('[part~="break-even"], [part~="scenarios"], [part~="parameters"]')).to.not.equal(null);
  });

  it('has no axe violations, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<SalesOrgDesigner>(
        html`<sales-org-designer
          lang="en"
          theme=${theme}
          .data=${{ ...EXAMPLE, grossMarginRate: 0.9 }}
        ></sales-org-designer>`,
      );
      await settle(el);
      await expect(el).to.be.accessible();
    }
  });

  it('apply sets P to the break-even rounded up to the cent; waterfall labels wrap under their column', async () => {
    const el = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer lang="en" .data=${{ ...EXAMPLE, grossMarginRate: 0.9 }}></sales-org-designer>`,
    );
    await settle(el);
    const heads = [...el.shadowRoot!.querySelectorAll('[part~="break-even"] thead th')].map((c) =>
      c.textContent.trim(),
    );
    expect(heads[3]).to.equal('Break-even');
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="waterfall"] text.tick')].filter((t) =>
      t.querySelector('tspan'),
    );
    const lines = labels.map((t) => [...t.querySelectorAll('tspan')].map((x) => x.textContent));
    expect(lines).to.deep.include(['Management', 'and', 'operations']);
    expect(lines).to.deep.include(['Revenue']);
    // No two labels overlap: each stays within its column.
    const boxes = labels.map((t) => (t as SVGTextElement).getBBox());
    boxes.slice(1).forEach((b, i) => expect(b.x).to.be.at.least(boxes[i]!.x + boxes[i]!.width - 0.5));
    const apply = applyOf(el, 'Average contract value P')!;
    apply.click();
    await settle(el);
    // (6,000,000 + 2,300,000) / (600 · 0.9) = 15,370.37…, applied as 15,370.38
    expect($<HTMLInputElement>(el, '#p-avgContractValue').value).to.equal('15,370.38');
    expect(partText(el, 'verdict')).to.contain('Healthy');
  });

  it('a typo keeps the waterfall, the org chart and the break-evens of the last good result', async () => {
    const el = await fixture<SalesOrgDesigner>(
      html`<sales-org-designer lang="en" .data=${EXAMPLE}></sales-org-designer>`,
    );
    await settle(el);
    const bars = () =>
      [...el.shadowRoot!.querySelectorAll('[part~="waterfall"] rect')].map(
        (r) => `${r.getAttribute('y')} ${r.getAttribute('height')}`,
      );
    const before = bars();
    const be = tableRows(el, 'break-even');
    edit(el, 'p-spans-0', '0');
    await settle(el);
    expect($(el, '#p-spans-0').getAttribute('aria-invalid')).to.equal('true');
    expect(bars()).to.deep.equal(before);
    expect(tableRows(el, 'break-even').map((r) => r.slice(0, 4))).to.deep.equal(be.map((r) => r.slice(0, 4)));
    expect(tableRows(el, 'org-table').map((r) => r[2])).to.deep.equal(['', '8', '5']);
  });
});
