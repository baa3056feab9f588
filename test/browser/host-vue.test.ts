// A Vue 3 app (test/hosts/vue, bundled during this run, template compiled by Vue) using the npm package by name.
import { expect } from '@open-wc/testing';
import { until, partText, SEED_LEAD } from '../helpers/fixtures.js';

const DECISION_MAKER = { values: { ...SEED_LEAD, contactRole: 'decision-maker' } };

interface VueHost {
  setLead(v: unknown): void;
  setLocale(v: string): void;
  unmount(): void;
}

describe('host: Vue 3', () => {
  it('isCustomElement, :data as a property, @revops-change, reactive updates', async () => {
    // @ts-expect-error built by the test server (test/hosts/build.js)
    const { mount } = (await import('/test/hosts/vue/bundle.js')) as { mount: (t: Element) => VueHost };
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const target = document.createElement('div');
    document.body.append(target);
    const app = mount(target);
    console.warn = warn;
    expect(warnings.filter((w) => w.includes('Failed to resolve component'))).to.deep.equal([]);
    const card = await until(() => target.querySelector('lead-score-card'), 5000);
    await until(() => partText(card, 'score') === '68.5', 5000, 'the card to score');
    expect(card.getAttribute('data'), 'a property, not an attribute').to.equal(null);
    expect(partText(card, 'tier')).to.equal('B · 中高价值');
    await until(() => target.querySelector('.last')?.textContent === 'B 68.5', 5000, 'the @revops-change handler');

    app.setLead(DECISION_MAKER);
    app.setLocale('en');
    await until(() => partText(card, 'score') === '76.5', 5000, 'the new lead');
    await until(() => partText(card, 'tier') === 'B · Mid-high value', 5000, 'the new locale');
    await until(() => target.querySelector('.last')?.textContent === 'B 76.5', 5000, 'the second event');
    app.unmount();
    target.remove();
  });
});
