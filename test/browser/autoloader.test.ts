// dist/autoloader.js (built): a page that uses one element loads that element's chunk and no other's.
// Nothing is imported statically here: the autoloader is the only way the elements get defined.
import { expect } from '@open-wc/testing';
import { until, partText } from '../helpers/fixtures.js';
import { ALL_TAGS } from '../helpers/tags.js';

const TAGS: readonly string[] = ALL_TAGS;

/** Element chunks the page has requested so far (dist/loader/<tag>-<hash>.js). */
const requested = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/dist\/loader\/([a-z-]+)-[\w-]{8}\.js$/.exec(e.name)?.[1])
    .filter((t): t is string => !!t && TAGS.includes(t));

describe('autoloader', () => {
  it('loads the chunk of a tag in the page, and only that one', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<funnel-forecast id="ff" lang="en" src="/demo/data/funnel-forecast.json"></funnel-forecast>',
    );
    expect(customElements.get('funnel-forecast')).to.equal(undefined);
    // @ts-expect-error a built file, no declaration
    await import('/dist/autoloader.js');
    const el = document.getElementById('ff')!;
    await until(() => el.shadowRoot?.querySelector('svg[role="img"]'), 10000, 'the funnel chart');
    expect(requested()).to.deep.equal(['funnel-forecast']);
    for (const tag of TAGS.filter((t) => t !== 'funnel-forecast'))
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('loads a tag added later, inside an open shadow root of a host element', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    await until(() => requested().length === 1, 2000, 'the first chunk');
    // The host's shadow root is watched since the host was added: content rendered into it later is seen.
    shadow.innerHTML = '<lead-score-card lang="en" src="/demo/data/lead-score-card.json"></lead-score-card>';
    const card = shadow.querySelector('lead-score-card')!;
    await until(() => partText(card, 'score'), 10000, 'the card to score the demo lead');
    expect(requested().sort()).to.deep.equal(['funnel-forecast', 'lead-score-card']);
    host.remove();
  });

  it('loads each chunk once, however many of its tags appear', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<funnel-forecast></funnel-forecast><funnel-forecast></funnel-forecast>',
    );
    await until(() => customElements.get('funnel-forecast'), 2000);
    expect(requested().filter((t) => t === 'funnel-forecast')).to.have.length(1);
  });
});
