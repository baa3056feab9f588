/** opportunity-alert-panel with change flags from history (issue 14): the worked example o3 of docs/models.md §2 extras. */
import { expect, html } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/index.js';
import { mount } from '../helpers/harness.js';
import { until } from '../helpers/fixtures.js';

const O3 = {
  id: 'o3',
  name: 'Globex',
  owner: 'Liu',
  amount: 300000,
  stage: 'solution',
  stageEnteredAt: '2026-03-20',
  expectedCloseDate: '2026-06-15',
  nextStep: ' ',
  contacts: ['Liu'],
  activities: [
    { type: 'visit', at: '2026-03-25' },
    { type: 'demo', at: '2026-03-25' },
  ],
  history: [
    { field: 'expectedCloseDate', from: '2026-03-31', to: '2026-04-30', at: '2026-02-01' },
    { field: 'amount', from: 500000, to: 400000, at: '2026-03-01' },
    { field: 'stage', from: 'proposal', to: 'solution', at: '2026-03-10' },
    { field: 'expectedCloseDate', from: '2026-04-30', to: '2026-06-30', at: '2026-03-15' },
  ],
};
const DATA = { asOf: '2026-03-31', opportunities: [O3] };
/** The chips' titles once the row is painted. */
const chips = (el: Element) =>
  until(
    () => {
      const c = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chip')].map((x) => x.title);
      return c.length ? c : null;
    },
    5000,
    'chips',
  );

describe('opportunity-alert-panel: change flags (issue 14)', () => {
  it('chips by dimension, the flags in words, the suggestions; axe clean', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="en" currency="USD" .data=${DATA}></opportunity-alert-panel>`,
    );
    expect(await chips(el)).to.deep.equal([
      'Amount decreased',
      'No next step, Single-threaded',
      'Close date pushed, Stage moved back',
    ]);
    const lines = await until(() => {
      const li = [...el.shadowRoot!.querySelectorAll('.signal-list li')];
      return li.length ? li.map((x) => x.textContent.replace(/\s+/g, ' ').trim()) : null;
    });
    expect(lines[0]).to.contain('Close date pushed 2 times, 91 days in all; last on');
    expect(lines[1]).to.contain('Amount down 40% from its peak $500,000 to $300,000.');
    expect(lines[2]).to.contain('Moved back 1 time; last from Proposal to Solution');
    expect(lines[3]).to.contain('No next step is recorded.');
    expect(lines[4]).to.contain('1 contact engaged (at least 2 wanted).');
    const suggestions = [...el.shadowRoot!.querySelectorAll('[data-suggestion]')].map((x) =>
      x.getAttribute('data-suggestion'),
    );
    expect(suggestions).to.deep.equal([
      'requalify-close-date',
      'review-amount',
      'review-stage-regression',
      'set-next-step',
      'multi-thread',
    ]);
    await expect(el).to.be.accessible();
  });

  it('zh-CN words', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="zh-CN" .data=${DATA}></opportunity-alert-panel>`,
    );
    expect(await chips(el)).to.deep.equal(['金额下降', '无下一步, 单线联系', '成交日期推迟, 阶段倒退']);
  });
});
