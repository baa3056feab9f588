// lead-score-card with routing rules that test values and the record's CRM fields (docs/models.md §1, value conditions).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/lead-score-card/index.js';
import type { LeadScoreCard, LeadScoreDetail } from '../../components/lead-score-card/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { SEED_LEAD, settle, partText, $ } from '../helpers/fixtures.js';

const RULES = [
  { when: { values: { channel: ['purchased-list'] } }, route: 'sdr', reason: 'purchased-list' },
  { when: { tiers: ['A', 'B'], values: { channel: ['sem', 'seo'] } }, route: 'telesales' },
  {
    when: { fields: { region: ['east', 'north'] }, values: { annualRevenue: { min: 1e9 } } },
    route: 'field-sales-east',
    reason: 'Large accounts in the east',
  },
  { when: {}, route: 'nurture' },
];

describe('lead-score-card: routing by value and CRM field', () => {
  it('routes by data.fields and values to a team name, shown as given; the event carries it', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .rules=${RULES}
        .data=${{ id: 'L1', values: SEED_LEAD, fields: { region: 'east' } }}
      ></lead-score-card>`,
    );
    await settle(el);
    expect($(el, '[part~="route"]').dataset.route).to.equal('field-sales-east');
    expect(partText(el, 'route')).to.contain('field-sales-east');
    expect(partText(el, 'route')).to.contain('Large accounts in the east');
    const ev = oneEvent(el, 'revops-change');
    el.data = { id: 'L1', values: { ...SEED_LEAD, channel: 'sem' }, fields: { region: 'east' } };
    const d = (await ev).detail as LeadScoreDetail;
    expect(d.score).to.equal(66.5);
    expect(d.routing).to.deep.equal({ route: 'telesales', reason: null });
    await settle(el);
    expect(partText(el, 'route')).to.contain('Telesales');
  });

  it('an unknown condition is reported at its path as rules; the last route stays', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    expect($(el, '[part~="route"]').dataset.route).to.equal('telesales');
    setTimeout(() => (el.rules = [{ when: { source: 'sem' }, route: 'sdr' }]));
    const ev = await oneEvent(el, 'revops-invalid');
    const detail = ev.detail as InvalidDetail;
    expect(detail.source).to.equal('rules');
    expect(detail.issues[0]!.path).to.equal('rules.0.when.source');
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('rules.0.when.source is not a known condition');
    expect($(el, '[part~="route"]').dataset.route).to.equal('telesales');
  });

  it('words the unknown condition in Chinese with the path', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="zh-CN"
        .rules=${[{ when: { values: { annualRevenue: { mni: 1 } } }, route: 'x' }]}
        .data=${{ values: SEED_LEAD }}
      ></lead-score-card>`,
    );
    await settle(el);
    const text = $(el, '[role="alert"]').textContent;
    expect(text).to.contain('rules.0.when.values.annualRevenue.mni');
    expect(text).to.contain('不是已知的条件');
    await expect(el).to.be.accessible();
  });
});
