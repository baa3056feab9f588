// A Lightning Web Components app (test/hosts/lwc, compiled with @lwc/rollup-plugin during this run,
// native shadow DOM) hosting the elements through lwc:external, with the library's IIFE loaded the
// way loadScript loads a static resource: a <script> appended after the app's first render.
import { expect } from '@open-wc/testing';
import { until, partText } from '../helpers/fixtures.js';

interface HostModule {
  mount(target: Element, libraryUrl: string): HTMLElement;
}

describe('host: Salesforce Lightning Web Components', function () {
  this.timeout(30000);
  let app: HTMLElement;
  const inApp = <T extends Element>(sel: string) => app.shadowRoot!.querySelector<T>(sel);

  before(async () => {
    // @ts-expect-error built by the test server (test/hosts/build.js)
    const host = (await import('/test/hosts/lwc/bundle.js')) as HostModule;
    expect(customElements.get('lead-score-card')).to.equal(undefined);
    app = host.mount(document.body, '/dist/revops-elements.iife.js');
  });

  it('renders in native shadow DOM and loads the library after its first render', async () => {
    expect(app.shadowRoot, 'native (open) shadow root').to.not.equal(null);
    await until(() => customElements.get('lead-score-card'), 10000, 'the library to load');
    expect(document.querySelectorAll('head > script[src="/dist/revops-elements.iife.js"]')).to.have.length(1);
  });

  it('JSON text given as an attribute before the load is read on upgrade; revopschange reaches the template handler', async () => {
    const card = await until(() => inApp('section.json lead-score-card'), 5000);
    await until(() => partText(card, 'score') === '68.5', 5000, 'the JSON card to score');
    await until(() => inApp('.json-score')?.textContent === '68.5', 5000, 'the onrevopschange handler');
    expect(partText(card, 'tier')).to.equal('B · Mid-high value');
  });

  it('objects as properties once lwc:if shows the elements: provider locale, events in the template', async () => {
    const card = await until(() => inApp('section.objects lead-score-card'), 10000, 'the lwc:if branch');
    await until(() => partText(card, 'score') === '68.5', 5000, 'the object card to score');
    expect((card as HTMLElement & { data: unknown }).data).to.be.an('object');
    expect(card.getAttribute('data')).to.equal(null);
    await until(() => partText(card, 'tier') === 'B · 中高价值', 5000, 'zh-CN from the provider');
    await until(() => inApp('.status')?.textContent === 'revopschange: B 68.5', 5000, 'the status line');
  });

  it('an object bound before the load: a clear revopsinvalid, then the next render recovers', async () => {
    const early = await until(() => inApp('section.early customer-value-card'), 5000);
    await until(() => inApp('.early-message')?.textContent, 5000, 'the early card to report');
    expect(inApp('.early-message')!.textContent).to.contain('reads "[object Object]"');
    await until(() => partText(early, 'score') === '78.5', 5000, 'the early card to recover');
    expect(partText(early, 'error')).to.equal('');
  });
});
