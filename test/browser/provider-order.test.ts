// A bundler may define the cards before <revops-provider> (Vite did with `import 'revops-elements'`).
// This page defines lead-score-card first and the provider only after both elements are in the page:
// no static import of either, so the order is the one written here.
import { expect } from '@open-wc/testing';
import type { LeadScoreCard } from '../../components/lead-score-card/index.js';
import type { RevopsProvider } from '../../components/revops-provider/index.js';
import { SEED_LEAD, settle, partText, $, until } from '../helpers/fixtures.js';

// contactRole counts 60 % instead of 20 % in the shared model: (68.5 − 12 + 0.6·60) / 1.4 = 66.07… → 66.1.
const sharedLead = async () => {
  const { LEAD_PRESET } = await import('../../src/models/presets.js');
  return {
    ...LEAD_PRESET,
    factors: LEAD_PRESET.factors.map((f) => (f.key === 'contactRole' ? { ...f, weight: 0.6 } : f)),
  };
};

describe('provider defined after its consumers', () => {
  it('reaches a card defined and connected before it: zh-CN text, currency, shared model', async () => {
    await import('../../components/lead-score-card/index.js');
    expect(customElements.get('revops-provider')).to.equal(undefined);

    const provider: RevopsProvider = document.createElement('revops-provider');
    provider.setAttribute('locale', 'zh-CN');
    provider.setAttribute('currency', 'USD');
    provider.setAttribute('models', JSON.stringify({ lead: await sharedLead() }));
    const card: LeadScoreCard = document.createElement('lead-score-card');
    card.data = { values: SEED_LEAD };
    card.history = [
      { values: SEED_LEAD, converted: true, amount: 1200 },
      { values: { ...SEED_LEAD, contactRole: 'end-user' }, converted: false },
    ];
    provider.append(card);
    document.body.append(provider);
    await settle(card);
    // Before the provider exists the card renders in the page's language with the preset.
    expect(partText(card, 'header')).to.contain('Lead value');
    expect(partText(card, 'score')).to.equal('68.5');

    await import('../../components/revops-provider/index.js');
    await until(() => partText(card, 'header').includes('线索价值'), 3000, 'zh-CN from the provider');
    await settle(card);
    expect(partText(card, 'tier')).to.equal('B · 中高价值');
    expect(partText(card, 'score')).to.equal('66.1');
    expect($(card, '[part~="model-source"]').dataset.from).to.equal('shared');
    card.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    await settle(card);
    expect(partText(card, 'validity')).to.contain('US$1,200');
    provider.remove();
  });
});
