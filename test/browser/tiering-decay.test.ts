// The tiering cards score ageing factors (docs/models.md §1, engagement that ages) as of data.asOf.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-score-card/index.js';
import type { LeadScoreCard } from '../../components/lead-score-card/index.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { SEED_LEAD, settle, partText, $ } from '../helpers/fixtures.js';

const MODEL = {
  ...LEAD_PRESET,
  factors: LEAD_PRESET.factors.map((f) => (f.key === 'interest' ? { ...f, decay: { halfLifeDays: 30 } } : f)),
};
const DATED = { ...SEED_LEAD, interest: { value: SEED_LEAD.interest, date: '2026-01-01' } };

describe('lead-score-card: engagement that ages', () => {
  it('60 days after the webinar interest scores 15 (aged to 25 %), the lead 61.75', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .model=${MODEL}
        .data=${{ values: DATED, asOf: '2026-03-02' }}
      ></lead-score-card>`,
    );
    await settle(el);
    expect(partText(el, 'score')).to.equal('61.8');
    const aged = $(el, '.aged');
    expect(aged.dataset.decay).to.equal('0.25');
    expect(aged.textContent).to.contain('aged to 25%');
    expect(el.shadowRoot!.querySelectorAll('.aged').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('300 days on the lead falls to C and routes to SDR; in Chinese the note reads 衰减至', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="zh-CN"
        .model=${MODEL}
        .data=${{ values: DATED, asOf: '2026-10-28' }}
      ></lead-score-card>`,
    );
    await settle(el);
    expect($(el, '[part~="tier"]').dataset.tier).to.equal('C');
    expect($(el, '[part~="route"]').dataset.route).to.equal('sdr');
    expect($(el, '.aged').textContent).to.contain('衰减至');
  });

  it('a bad asOf is reported and the last result stays', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .model=${MODEL}
        .data=${{ values: DATED, asOf: '2026-03-02' }}
      ></lead-score-card>`,
    );
    await settle(el);
    el.data = { values: DATED, asOf: 'next week' };
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('asOf');
    expect(partText(el, 'score')).to.equal('61.8');
  });
});
