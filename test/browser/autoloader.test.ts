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

/**
 * Locale chunks the page has requested so far (dist/loader/<module>.<locale>-<hash>.js), as `<module>.<locale>`;
 * a shared module chunk such as `tiering-card.styles` is not one.
 */
const localeChunks = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/dist\/loader\/([a-z-]+\.[a-z]{2}(?:-[A-Z]{2})?)-[\w-]{8}\.js$/.exec(e.name)?.[1])
    .filter((t): t is string => !!t);

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

  it('loads Chinese strings only once a zh-CN element is shown, for the modules on the page', async () => {
    // The page so far shows English only: no locale chunk came.
    expect(localeChunks()).to.deep.equal([]);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<funnel-forecast id="zh" lang="zh-CN" src="/demo/data/funnel-forecast.json"></funnel-forecast>',
    );
    const el = document.getElementById('zh')!;
    // revops-change goes out after the render that shows the result: the title then is that render's.
    let firstTitle: string | undefined;
    el.addEventListener('revops-change', () => (firstTitle ??= el.shadowRoot!.querySelector('h2')?.textContent ?? ''));
    await until(() => el.shadowRoot?.querySelector('svg[role="img"]'), 10000, 'the zh-CN funnel chart');
    await until(() => firstTitle !== undefined, 5000, 'the first result');
    // Rendered once its strings were in: the first render is already Chinese.
    expect(firstTitle).to.match(/[\u4e00-\u9fff]/);
    const zh = localeChunks();
    expect(zh).to.include.members(['funnel-forecast.zh-CN', 'planners.zh-CN', 'common.zh-CN']);
    expect(zh.every((c) => c.endsWith('.zh-CN'))).to.equal(true);
    // Strings of elements this page never loaded stay on the server.
    for (const other of ['churn-alerts', 'opportunity-alerts', 'lead-flow', 'cs-capacity-planner', 'risk'])
      expect(zh, other).to.not.include(`${other}.zh-CN`);
  });

  // Last: it reads chunks with fetch(), which the tests above would count as requests.
  it('requests with a tag’s chunk the shared chunks it imports (all of the funnel’s), by modulepreload, each once', async () => {
    const loader = performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/loader/'));
    const file = (url: string) => url.split('/').pop()!;
    const names = loader.map((e) => file(e.name));
    expect(names.length, 'each file once').to.equal(new Set(names).size);
    /** The chunks an element chunk of this page imports (static, at any depth: its own imports list them all). */
    const importsOf = async (tag: string) => {
      const chunk = loader.find((e) => new RegExp(`/${tag}-[\\w-]{8}\\.js$`).test(e.name))!;
      const text = await (await fetch(chunk.name)).text();
      return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!);
    };
    const funnel = await importsOf('funnel-forecast');
    const card = await importsOf('lead-score-card');
    expect(funnel.length).to.be.greaterThan(2);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
      file(l.href),
    );
    // All of the funnel's, asked for before its chunk had come (its chunk names them only once it is read);
    // nothing that the page's tags do not import.
    expect(links).to.include.members(funnel);
    const came = (loader.find((e) => /\/funnel-forecast-[\w-]{8}\.js$/.test(e.name)) as PerformanceResourceTiming)
      .responseEnd;
    for (const f of funnel) expect(loader.find((e) => file(e.name) === f)!.startTime, f).to.be.below(came);
    expect(links.filter((f) => !funnel.includes(f) && !card.includes(f))).to.deep.equal([]);
  });
});
