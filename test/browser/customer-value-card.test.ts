import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/customer-value-card/index.js';
import '../../components/revops-provider/index.js';
import type { CustomerValueCard, CustomerValueDetail } from '../../components/customer-value-card/index.js';
import { SEED_CUSTOMER, settle, partText, $ } from '../helpers/fixtures.js';
import { tabTo, selectAll, type } from '../helpers/keyboard.js';

describe('customer-value-card', () => {
  it('shows the seed example: 78.5 → B, deep service', async () => {
    const el = await fixture<CustomerValueCard>(
      html`<customer-value-card lang="en" .data=${{ values: SEED_CUSTOMER }}></customer-value-card>`,
    );
    await settle(el);
    expect(partText(el, 'score')).to.equal('78.5');
    expect($(el, '[part~="tier"]').dataset.tier).to.equal('B');
    expect(partText(el, 'strategy')).to.contain('Deep, personalised service');
    // The payment and usage factors show their reference.
    expect(partText(el, 'factors')).to.contain('divided by the average 600,000');
    expect(partText(el, 'factors')).to.contain('divided by the average 0.7');
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="factor-table"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
    );
    expect(rows.map((r) => [r[2], r[3], r[4]])).to.deep.equal([
      ['70', '15%', '10.5'],
      ['80', '35%', '28'],
      ['80', '20%', '16'],
      ['80', '30%', '24'],
    ]);
  });

  it('a low customer gets standardised service, in zh-CN with Intl numbers', async () => {
    const el = await fixture<CustomerValueCard>(
      html`<customer-value-card
        lang="zh-CN"
        .data=${{ values: { tenureMonths: 2, cumulativePayment: 100000, users: 10, usageRate: 0.2 } }}
      ></customer-value-card>`,
    );
    await settle(el);
    // 30·0.15 + 20·0.35 + 20·0.2 + 20·0.3 = 21.5 → D
    expect(partText(el, 'score')).to.equal('21.5');
    expect(partText(el, 'tier')).to.equal('D · 低价值');
    expect(partText(el, 'strategy')).to.contain('标准化服务与运营');
    expect(partText(el, 'factors')).to.contain('除以平均值 600,000');
  });

  it('previous-score shows the trend with a text alternative, and the event carries it', async () => {
    const el = await fixture<CustomerValueCard>(
      html`<customer-value-card
        lang="en"
        previous-score="75"
        .data=${{ values: SEED_CUSTOMER }}
      ></customer-value-card>`,
    );
    await settle(el);
    expect(partText(el, 'trend')).to.contain('▲ +3.5');
    expect(partText(el, 'trend')).to.contain('Up 3.5 from 75');
    setTimeout(() => el.setAttribute('previous-score', '80'));
    const ev = await oneEvent(el, 'revops-change');
    expect((ev.detail as CustomerValueDetail).trend).to.be.closeTo(-1.5, 1e-9);
    await settle(el);
    expect(partText(el, 'trend')).to.contain('Down 1.5 from 80');
  });

  it('the average payment can be tuned (reference), re-tiering the customer', async () => {
    const el = await fixture<CustomerValueCard>(
      html`<customer-value-card lang="en" .data=${{ values: SEED_CUSTOMER }}></customer-value-card>`,
    );
    await settle(el);
    const ref = $<HTMLInputElement>(el, '#ref-1'); // cumulativePayment reference
    ref.value = '400000';
    ref.dispatchEvent(new Event('change'));
    await settle(el);
    // 800000 / 400000 = 2 → 100: 10.5 + 35 + 16 + 24 = 85.5 → A
    expect(partText(el, 'score')).to.equal('85.5');
    expect($(el, '[part~="tier"]').dataset.tier).to.equal('A');
  });

  it('keyboard alone types a new value into a numeric factor', async () => {
    const el = await fixture<CustomerValueCard>(
      html`<customer-value-card lang="en" .data=${{ values: SEED_CUSTOMER }}></customer-value-card>`,
    );
    await settle(el);
    const tenure = $<HTMLInputElement>(el, '#f-0');
    await tabTo(tenure);
    await selectAll();
    await type('24');
    await settle(el);
    // tenure 24 → 100: 15 + 28 + 16 + 24 = 83 → A
    expect(partText(el, 'score')).to.equal('83');
  });

  it('a non-number for a numeric factor is reported with its path', async () => {
    const el = await fixture<CustomerValueCard>(
      html`<customer-value-card
        lang="en"
        .data=${{ values: { ...SEED_CUSTOMER, users: 'many' } }}
      ></customer-value-card>`,
    );
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('values.users');
  });

  it('has no axe violations in light, dark and auto themes', async () => {
    for (const theme of ['light', 'dark', 'auto']) {
      const el = await fixture<CustomerValueCard>(
        html`<customer-value-card
          lang="en"
          theme=${theme}
          previous-score="80"
          .data=${{ values: SEED_CUSTOMER }}
        ></customer-value-card>`,
      );
      await settle(el);
      el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
      await settle(el);
      await expect(el).to.be.accessible();
    }
  });
});
