// The library loaded twice on one page (the IIFE twice, the ES build after it, the autoloader after
// both): nothing throws, each tag keeps its first definition, and the elements still work together.
import { expect } from '@open-wc/testing';
import { SEED_LEAD, classicScript, until, partText, settle } from '../helpers/fixtures.js';

const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

const script = classicScript;

describe('loading the library twice', () => {
  it('the IIFE twice, then the ES build, then the autoloader: no error, one definition per tag', async () => {
    await script('/dist/revops-elements.iife.js');
    const card = customElements.get('lead-score-card');
    expect(card).to.be.a('function');
    await script('/dist/revops-elements.iife.js');
    // @ts-expect-error a built file, no declaration
    await import('/dist/index.js');
    // @ts-expect-error a built file, no declaration
    await import('/dist/autoloader.js');
    expect(customElements.get('lead-score-card')).to.equal(card);
    expect(errors).to.deep.equal([]);
  });

  it('elements work, with the provider, and send each event once', async () => {
    const provider = document.createElement('revops-provider');
    provider.setAttribute('locale', 'zh-CN');
    const card = document.createElement('lead-score-card') as HTMLElement & {
      data: unknown;
      updateComplete: Promise<unknown>;
    };
    card.data = { values: SEED_LEAD };
    const changes: unknown[] = [];
    card.addEventListener('revops-change', (e) => changes.push((e as CustomEvent).detail));
    provider.append(card);
    document.body.append(provider);
    await until(() => partText(card, 'score') === '68.5', 5000, 'the card to score');
    await settle(card);
    expect(partText(card, 'tier')).to.equal('B · 中高价值');
    expect(changes).to.have.length(1);
    expect(errors).to.deep.equal([]);
    provider.remove();
  });
});
