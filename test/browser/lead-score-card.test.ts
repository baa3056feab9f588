import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/lead-score-card/index.js';
import type { LeadScoreCard, LeadScoreDetail } from '../../components/lead-score-card/index.js';
import { SEED_LEAD, settle, partText, $ } from '../helpers/fixtures.js';

describe('lead-score-card', () => {
  it('shows the seed example: 68.5, tier B, focus, telesales', async () => {
    const el = await fixture<LeadScoreCard>(html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>`);
    await settle(el);
    expect(partText(el, 'score')).to.equal('68.5');
    expect(partText(el, 'tier')).to.contain('B');
    expect(partText(el, 'strategy')).to.contain('Deep');
    expect($(el, '[part~="route"]').dataset.route).to.equal('telesales');
  });
});
