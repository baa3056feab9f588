// A React 19 app (test/hosts/react, bundled during this run) using the npm package by name.
import { expect } from '@open-wc/testing';
import { until, partText, SEED_LEAD } from '../helpers/fixtures.js';

const DECISION_MAKER = { values: { ...SEED_LEAD, contactRole: 'decision-maker' } };

interface ReactHost {
  render(props: Record<string, unknown>): void;
  unmount(): void;
}

describe('host: React 19', () => {
  it('sets data as a property, binds onrevops-change, follows new props', async () => {
    // @ts-expect-error built by the test server (test/hosts/build.js)
    const { mount } = (await import('/test/hosts/react/bundle.js')) as { mount: (t: Element) => ReactHost };
    const target = document.createElement('div');
    document.body.append(target);
    const app = mount(target);
    const card = await until(() => target.querySelector('lead-score-card'), 5000);
    await until(() => partText(card, 'score') === '68.5', 5000, 'the card to score');
    expect(card.getAttribute('data'), 'a property, not an attribute').to.equal(null);
    expect(partText(card, 'tier')).to.equal('B · 中高价值');
    await until(() => target.querySelector('.last')?.textContent === 'B 68.5', 5000, 'the onrevops-change handler');

    app.render({ lead: DECISION_MAKER, locale: 'en' });
    await until(() => partText(card, 'score') === '76.5', 5000, 'the new lead');
    await until(() => partText(card, 'tier') === 'B · Mid-high value', 5000, 'the new locale');
    await until(() => target.querySelector('.last')?.textContent === 'B 76.5', 5000, 'the second event');
    app.unmount();
    target.remove();
  });
});
