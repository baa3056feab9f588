// dist/revops-elements.iife.js (built) on a page that uses one element: the script defines the provider
// and the tiering cards itself, and loads any other element's code (a file beside it,
// dist/revops-elements/<tag>-<hash>.js) only when that tag appears or `RevopsElements.load(tag)` asks.
import { expect } from '@open-wc/testing';
import { classicScript, until, partText } from '../helpers/fixtures.js';
import { ELEMENT_TAGS } from '../helpers/tags.js';

interface Script {
  load(tag: string): Promise<CustomElementConstructor>;
}

const script = classicScript;

/** Files the page requested from beside the script (dist/revops-elements/…), as names without their hash. */
const besideScript = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/dist\/revops-elements\/([\w-]+)-[\w-]{8}\.js$/.exec(e.name)?.[1])
    .filter((n): n is string => !!n);
const elementFiles = () => besideScript().filter((n) => (ELEMENT_TAGS as readonly string[]).includes(n));
const zhFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /zh-CN[\w.-]*\.js$/.test(n));

describe('one-file script: elements on first use', function () {
  this.timeout(20000);

  it("a page with one lead-score-card requests no other element's file, and no Chinese", async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<lead-score-card id="card" lang="en" src="/demo/data/lead-score-card.json"></lead-score-card>',
    );
    await script('/dist/revops-elements.iife.js');
    expect(customElements.get('lead-score-card'), 'defined as the script runs').to.be.a('function');
    expect(customElements.get('revops-provider')).to.be.a('function');
    const card = document.getElementById('card')!;
    await until(() => partText(card, 'score'), 10000, 'the card to score the demo lead');
    // Only the reader of its `src` (loaded on first use too): no element's file, none they share.
    expect(besideScript()).to.deep.equal(['json-fetch']);
    expect(zhFiles()).to.deep.equal([]);
    for (const tag of ELEMENT_TAGS.filter((t) => t !== 'lead-score-card' && t !== 'customer-value-card'))
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it("a funnel-forecast added later loads its own file and no other element's", async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<funnel-forecast id="ff" lang="en" src="/demo/data/funnel-forecast.json"></funnel-forecast>',
    );
    const ff = document.getElementById('ff')!;
    await until(() => ff.shadowRoot?.querySelector('svg[role="img"]'), 10000, 'the funnel chart');
    expect(elementFiles()).to.deep.equal(['funnel-forecast']);
    expect(customElements.get('opportunity-alert-panel')).to.equal(undefined);
  });

  it('RevopsElements.load(tag) defines a tag that is not in the page, and only that one', async () => {
    const api = (window as unknown as { RevopsElements: Script }).RevopsElements;
    const ctor = await api.load('churn-alert-panel');
    expect(ctor).to.equal(customElements.get('churn-alert-panel'));
    expect('data' in ctor.prototype, 'its properties exist before it is rendered').to.equal(true);
    expect(elementFiles().sort()).to.deep.equal(['churn-alert-panel', 'funnel-forecast']);
    expect(customElements.get('opportunity-alert-panel')).to.equal(undefined);
  });
});

type CspWindow = Window &
  typeof globalThis & { __csp: { step: string; log: { directive: string; blocked: string }[] } };

describe('one-file script: elements on first use under a strict CSP with Trusted Types', function () {
  this.timeout(40000);

  it("loads the elements' files beside the script with no violation", async () => {
    const frame = document.createElement('iframe');
    frame.title = 'IIFE build, Trusted Types required';
    frame.src = '/test/csp/frame-iife.html?tt';
    document.body.append(frame);
    try {
      const win = await until(
        () => {
          const w = frame.contentWindow as CspWindow | null;
          return w?.__csp && w.document.readyState === 'complete' && w.customElements.get('lead-score-card')
            ? w
            : undefined;
        },
        15000,
        'the script in the frame',
      );
      const shown = ['funnel-forecast', 'churn-alert-panel'].map((tag) => {
        const el = win.document.createElement(tag);
        el.setAttribute('lang', 'en');
        el.setAttribute('src', `/demo/data/${tag}.json`);
        const changed = new Promise<void>((resolve) => el.addEventListener('revops-change', () => resolve()));
        win.document.body.append(el);
        return changed;
      });
      await Promise.all(shown);
      const files = win.performance
        .getEntriesByType('resource')
        .map((e) => /\/dist\/revops-elements\/([\w-]+)-[\w-]{8}\.js$/.exec(e.name)?.[1])
        .filter((n): n is string => !!n && (ELEMENT_TAGS as readonly string[]).includes(n));
      expect(files.sort()).to.deep.equal(['churn-alert-panel', 'funnel-forecast']);
      expect(win.__csp.log, JSON.stringify(win.__csp.log)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
