import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import '../../components/cs-capacity-planner/index.js';
import type { CsCapacityPlanner } from '../../components/cs-capacity-planner/index.js';
import type { CsCapacityResult } from '../../src/models/cs-capacity.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { uid, edit, button, figure, tableRows, change } from '../helpers/harness.js';
import { CS_EXAMPLE as EXAMPLE } from '../fixtures/seeds.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press, type, selectAll } from '../helpers/keyboard.js';

const SEGMENTS = {
  segments: [
    {
      key: 'ka',
      label: 'KA',
      customers: 50,
      monthlyNewCustomers: 2,
      serviceHoursPerCsm: 120,
      deepHoursPerCustomer: 20,
      deepHoursShare: 0.8,
      deepCustomerShare: 0.5,
      spans: [5],
    },
    {
      key: 'smb',
      label: 'SMB',
      customers: 1000,
      monthlyNewCustomers: 50,
      serviceHoursPerCsm: 120,
      deepHoursPerCustomer: 4,
      deepHoursShare: 0.3,
      deepCustomerShare: 0.05,
      standardHoursPerCustomer: 0.5,
      spans: [10, 5],
    },
    { key: 'bad', customers: -1, serviceHoursPerCsm: 1, deepHoursPerCustomer: 1, deepHoursShare: 0.5, spans: [1] },
  ],
};

describe('cs-capacity-planner', () => {
  it('renders MODELS.md §6: B 1680, r2 1/14, capacity 168, 10 CSMs, managers 2 and 1, total 13', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="en" .data=${EXAMPLE}></cs-capacity-planner>`,
    );
    await settle(el);
    expect(figure(el, 'base')).to.equal('1,680');
    expect(figure(el, 'r2')).to.equal('7.1%');
    expect(figure(el, 'capacity')).to.equal('168');
    expect(figure(el, 'csms')).to.equal('10');
    expect(figure(el, 'managers')).to.equal('3');
    expect(figure(el, 'total')).to.equal('13');
    // The formula with the user's own numbers.
    expect(partText(el, 'formula')).to.contain('r1·T / (r2·T1) = 0.6 × 120 / (0.0714 × 6)').and.contain('n = 168');
    // The spans stop at one manager: R3 is not used.
    expect(tableRows(el, 'org-table')).to.deep.equal([
      ['CSMs', '10', ''],
      ['L1 manager', '2', '8'],
      ['L2 manager', '1', '4'],
    ]);
    const proj = tableRows(el, 'projection-table');
    expect(proj[0]).to.deep.equal(['0', '1,200', '8']);
    expect(proj[4]).to.deep.equal(['4', '1,360', '9']);
    expect(proj[12]).to.deep.equal(['12', '1,680', '10']);
    expect($(el, '[part~="projection"] svg').getAttribute('aria-label')).to.contain('12: 1,680 / 10');
    expect(partText(el, 'split')).to.contain('72 h').and.contain('48 h');
    expect(partText(el, 'advice')).to.contain('from a 3-month cycle').and.contain('room for 0 more customers');
  });

  it('r2 given instead of derived; churn in the base; revops-change carries the model output', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="en" .data=${EXAMPLE}></cs-capacity-planner>`,
    );
    await settle(el);
    setTimeout(() => edit(el, 'p-deepCustomerShare', '10'));
    const ev = await oneEvent(el, 'revops-change');
    // 0.6 × 120 / (0.1 × 6) = 120 → ⌈1680 / 120⌉ = 14
    expect((ev.detail as CsCapacityResult).capacityPerCsm).to.equal(120);
    await settle(el);
    expect(figure(el, 'csms')).to.equal('14');
    expect(partText(el, 'advice')).to.contain('(given)');
    // Churn: 1000 · 0.9² = 810 at month 2; capacity 0.5 × 100 / (0.1 × 10) = 50 → 17 CSMs.
    el.data = {
      customers: 1000,
      monthlyChurnRate: 0.1,
      horizonMonths: 2,
      serviceHoursPerCsm: 100,
      deepHoursPerCustomer: 10,
      deepHoursShare: 0.5,
      deepCustomerShare: 0.1,
      spans: [8],
    };
    button(el, 'Reset to defaults').click();
    await settle(el);
    expect(figure(el, 'base')).to.equal('810');
    expect(figure(el, 'csms')).to.equal('17');
    expect(partText(el, 'advice')).to.contain('add a level'); // 3 first-line managers and no span above
  });

  it('the standard-service bound when T2 is given, and a capacity below 1 is refused with the last result kept', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner
        lang="en"
        .data=${{ ...EXAMPLE, standardHoursPerCustomer: 0.5 }}
      ></cs-capacity-planner>`,
    );
    await settle(el);
    // standard bound: 0.4 × 120 / ((13/14) × 0.5) = 103.38 → 103 < 168
    expect(figure(el, 'capacity')).to.equal('103');
    expect(partText(el, 'formula')).to.contain('(1−r1)·T / ((1−r2)·T2)').and.contain('n = min(…) = 103');
    setTimeout(() => edit(el, 'p-serviceHoursPerCsm', '0.5'));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues[0]!.message).to.contain('fewer than 1 customer');
    await settle(el);
    expect(figure(el, 'capacity')).to.equal('103');
    expect($<HTMLInputElement>(el, '#p-serviceHoursPerCsm').value).to.equal('0.5');
    edit(el, 'p-deepHoursShare', '150');
    await settle(el);
    expect($(el, '#p-deepHoursShare').getAttribute('aria-invalid')).to.equal('true');
    // In the units typed (150 %), not the model's fraction: "must be ≤ 100 %", without "got 1.5".
    expect($(el, '#p-deepHoursShare-d').textContent.trim()).to.equal(
      'Share of hours on deep service r1 must be ≤ 100 %',
    );
  });

  it('segments: each with its own T1, r1, r2, summed; a bad segment is reported', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="zh-CN" .data=${SEGMENTS}></cs-capacity-planner>`,
    );
    await settle(el);
    expect(tableRows(el, 'segment-table')).to.deep.equal([
      ['KA', '74', '50%', '9', '9', '2'],
      ['SMB', '1,600', '5%', '176', '10', '1'],
    ]);
    const foot = [...el.shadowRoot!.querySelectorAll('[part~="segment-table"] tfoot td')].map((c) =>
      c.textContent.trim(),
    );
    expect(foot).to.deep.equal(['1,674', '', '', '19', '4']);
    expect(figure(el, 'total')).to.equal('23');
    expect(partText(el, 'results')).to.contain('segments.2.customers');
    edit(el, 'p-segments-0-deepHoursPerCustomer', '10'); // KA: 96 / (0.5 × 10) = 19 → ⌈74 / 19⌉ = 4
    await settle(el);
    expect(tableRows(el, 'segment-table')[0]!.slice(3, 5)).to.deep.equal(['19', '4']);
  });

  it('attributes per parameter; scenarios survive a reload', async () => {
    const key = `cs-${uid()}`;
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner
        lang="en"
        storage-key=${key}
        customers="1200"
        monthly-new-customers="40"
        service-hours-per-csm="120"
        deep-hours-per-customer="6"
        deep-hours-share="0.6"
        spans="8,4,5"
      ></cs-capacity-planner>`,
    );
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    await settle(el);
    expect(figure(el, 'csms')).to.equal('10');
    edit(el, 'p-keyAccounts', '60'); // r2 = (120 + 60) / 1680 → capacity ⌊72 / (0.10714 × 6)⌋ = 112 → 15 CSMs
    await settle(el);
    expect(figure(el, 'csms')).to.equal('15');
    const name = $<HTMLInputElement>(el, '#sc-name');
    name.value = 'With KAs';
    name.dispatchEvent(new Event('input'));
    await settle(el);
    button(el, 'Save').click();
    await aTimeout(400);
    el.remove();
    const again = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner
        lang="en"
        storage-key=${key}
        customers="1200"
        monthly-new-customers="40"
        service-hours-per-csm="120"
        deep-hours-per-customer="6"
        deep-hours-share="0.6"
        spans="8,4,5"
      ></cs-capacity-planner>`,
    );
    await until(() => again.shadowRoot!.querySelector('#sc-pick option:nth-child(2)'), 3000, 'restored scenario');
    await settle(again);
    expect(figure(again, 'csms')).to.equal('15');
    expect(partText(again, 'scenario')).to.equal('With KAs');
  });

  it('keyboard alone: type T, add a level with Enter', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="en" .data=${{ ...EXAMPLE, spans: [2] }}></cs-capacity-planner>`,
    );
    await settle(el);
    const t = $<HTMLInputElement>(el, '#p-serviceHoursPerCsm');
    await tabTo(t);
    await selectAll();
    await type('60'); // 0.6 × 60 / (1/14 × 6) = 84 → 20 CSMs
    await settle(el);
    expect(figure(el, 'csms')).to.equal('20');
    expect(figure(el, 'managers')).to.equal('10');
    const add = button(el, 'Add a level');
    await tabTo(add);
    await press('Enter');
    await settle(el);
    expect(tableRows(el, 'org-table').map((r) => r[1])).to.deep.equal(['20', '10', '5']);
  });

  it('has no axe violations, light and dark, single and segments', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<CsCapacityPlanner>(
        html`<cs-capacity-planner
          lang="en"
          theme=${theme}
          .data=${{ ...EXAMPLE, standardHoursPerCustomer: 0.5 }}
        ></cs-capacity-planner>`,
      );
      await settle(el);
      el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
      await expect(el).to.be.accessible();
    }
    const seg = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="en" .data=${SEGMENTS}></cs-capacity-planner>`,
    );
    await settle(seg);
    await expect(seg).to.be.accessible();
  });
});

describe('cs-capacity-planner: segments editing, the last good view, zh-CN, print', () => {
  it('a bad segment cell is marked where it is typed, and the last good result stays', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="en" .data=${SEGMENTS}></cs-capacity-planner>`,
    );
    await settle(el);
    // The page's own bad segment is reported and skipped, its cell marked.
    expect($(el, '#p-segments-2-customers').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#p-segments-2-customers-d').textContent).to.contain('Paying customers today · bad must be ≥ 0');
    const before = tableRows(el, 'segment-table');
    setTimeout(() => edit(el, 'p-segments-0-customers', '-5'));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.include('segments.0.customers');
    await settle(el);
    expect($(el, '#p-segments-0-customers').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#p-segments-0-customers-d').textContent).to.contain('Paying customers today · KA must be ≥ 0');
    expect($(el, '[role="alert"]').textContent).to.contain('segments.0.customers');
    expect(tableRows(el, 'segment-table')).to.deep.equal(before); // KA is still planned from its last good numbers
    expect(figure(el, 'total')).to.equal('23');
    edit(el, 'p-segments-0-customers', '50');
    await settle(el);
    expect($(el, '#p-segments-0-customers').getAttribute('aria-invalid')).to.equal('false');
  });

  it('add and remove segments; one segment’s details with its own formula and split; the combined spans', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="en" .data=${{ segments: SEGMENTS.segments.slice(0, 2) }}></cs-capacity-planner>`,
    );
    await settle(el);
    expect(partText(el, 'formula')).to.contain('r1·T / (r2·T1) = 0.8 × 120 / (0.5 × 20)').and.contain('n = 9');
    change($<HTMLSelectElement>(el, '#p-seg'), '1');
    await settle(el);
    // SMB: deep 0.3 × 120 / (0.05 × 4) = 180, standard 0.7 × 120 / (0.95 × 0.5) = 176.8 → 176 binds
    expect(partText(el, 'formula')).to.contain('n = min(…) = 176').and.contain('(binds)');
    expect(partText(el, 'split')).to.contain('36 h / 84 h');
    expect($<HTMLInputElement>(el, '#p-segments-1-label').value).to.equal('SMB');
    button(el, 'Add a segment').click();
    await settle(el);
    expect(tableRows(el, 'segment-table').map((r) => r[0])).to.deep.equal(['KA', 'SMB', 'Segment 3']);
    expect(figure(el, 'csms')).to.equal('29'); // a copy of SMB: 10 more CSMs
    $<HTMLButtonElement>(el, 'button[aria-label="Remove KA"]').click();
    await settle(el);
    expect(tableRows(el, 'segment-table').map((r) => r[0])).to.deep.equal(['SMB', 'Segment 3']);
    // The combined organisation: the first segment's spans [10, 5] until it has its own.
    expect(tableRows(el, 'org-table').map((r) => r[1])).to.deep.equal(['20', '2', '1']);
    button(el, 'Give it its own spans of control').click();
    await settle(el);
    edit(el, 'p-spans-0', '20');
    await settle(el);
    expect(tableRows(el, 'org-table').map((r) => r[1])).to.deep.equal(['20', '1']);
    expect(partText(el, 'advice'))
      .to.contain('SMB: Deep service: 5% of customers (given).')
      .and.contain('Managers by the spans of control: L1 manager 1.');
    await expect(el).to.be.accessible();
  });

  it('a typo keeps the split, the formula and the advice of the last good result', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="en" .data=${EXAMPLE}></cs-capacity-planner>`,
    );
    await settle(el);
    const split = partText(el, 'split');
    const advice = partText(el, 'advice');
    const rects = [...el.shadowRoot!.querySelectorAll('[part~="split"] rect')].map((r) => r.getAttribute('width'));
    edit(el, 'p-serviceHoursPerCsm', 'abc');
    await settle(el);
    edit(el, 'p-deepHoursShare', '');
    await settle(el);
    expect(partText(el, 'split')).to.equal(split);
    expect(partText(el, 'advice')).to.equal(advice);
    expect(partText(el, 'advice')).to.contain('72 h').and.not.contain(' 0 h');
    expect(
      [...el.shadowRoot!.querySelectorAll('[part~="split"] rect')].map((r) => r.getAttribute('width')),
    ).to.deep.equal(rects);
    expect(partText(el, 'formula')).to.contain('0.6 × 120');
  });

  it('zh-CN: hours, the smaller bound and the segment column heads with units', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner
        lang="zh-CN"
        .data=${{ ...EXAMPLE, standardHoursPerCustomer: 0.5 }}
      ></cs-capacity-planner>`,
    );
    await settle(el);
    expect(partText(el, 'split')).to.contain('72 小时').and.not.contain(' h');
    expect(partText(el, 'formula')).to.contain('n = 取两者较小值 = 103').and.not.contain('min(');
    expect(partText(el, 'advice')).to.contain('72 小时');
    const seg = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="zh-CN" .data=${SEGMENTS}></cs-capacity-planner>`,
    );
    await settle(seg);
    const head = [...seg.shadowRoot!.querySelectorAll('[part~="segments"] thead th')].map((c) => c.textContent.trim());
    expect(head.slice(3, 7)).to.deep.equal(['T (小时/月)', 'T1 (小时/月)', 'r1 (%)', 'r2 (%)']);
  });

  it('printing opens the projection table and closes it again after', async () => {
    const el = await fixture<CsCapacityPlanner>(
      html`<cs-capacity-planner lang="en" .data=${EXAMPLE}></cs-capacity-planner>`,
    );
    await settle(el);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details:not([part])')!;
    expect(details.open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).to.equal(false);
  });
});
