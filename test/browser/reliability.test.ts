import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../components/index.js';
import type { SalesOrgDesigner } from '../../components/sales-org-designer/sales-org-designer.js';
import type { InvalidDetail, RevopsElement } from '../../components/shared/revops-element.js';
import { parseInSlices } from '../../components/shared/json-slices.js';
import { partText, until } from '../helpers/fixtures.js';

interface Counters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
  jsHeapUsed: number;
}
const counters = () => executeServerCommand<Counters, undefined>('dom-counters');

/** Wait until an async condition holds (polling), or fail after `ms`. */
async function eventually(fn: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!(await fn())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('reliability', () => {
  describe('persistence that cannot leak', () => {
    it('300 quick create/remove cycles of an element with storage-key leave no DOM behind', async function () {
      this.timeout(60_000);
      const stage = document.createElement('div');
      document.body.append(stage);
      const cycle = async (i: number) => {
        const el = document.createElement('sales-org-designer');
        el.setAttribute('storage-key', `leak-${i % 7}`);
        stage.append(el);
        await el.updateComplete;
        // Removed before its saved state has been read (storage loads on demand, IndexedDB answers later).
        el.remove();
      };
      for (let i = 0; i < 20; i++) await cycle(i);
      const before = await counters();
      for (let i = 0; i < 300; i++) await cycle(i);
      // The removed elements can go once their storage promises have resolved; a leak never goes.
      // One designer renders ~330 nodes: 300 retained elements would add ~100,000.
      let grew = { nodes: 0, listeners: 0 };
      await eventually(
        async () => {
          const after = await counters();
          grew = { nodes: after.nodes - before.nodes, listeners: after.jsEventListeners - before.jsEventListeners };
          return grew.nodes < 2000 && grew.listeners < 300;
        },
        15_000,
        'the removed elements to be collected',
      ).catch((e: Error) => {
        throw new Error(`${e.message}: retained ${JSON.stringify(grew)}`);
      });
      stage.remove();
      expect(grew.nodes).to.be.below(2000);
      expect(grew.listeners).to.be.below(300);
    });
  });

  describe('saved state merged per field and kept in sync', () => {
    const designer = (key: string) =>
      fixture<SalesOrgDesigner>(html`<sales-org-designer lang="en" storage-key=${key}></sales-org-designer>`);
    const ready = (el: SalesOrgDesigner) =>
      until(() => el.shadowRoot?.querySelector('[part~=verdict]'), 5000, 'result');
    const both = (el: Pick<SalesOrgDesigner, 'input'>) => el.input.repCost === 250_000 && el.input.opsCost === 50_000;

    it('two elements on one page: A sets rep cost, B sets ops cost → both survive, each sees the other’s edit', async () => {
      const key = `merge-${Math.random().toString(36).slice(2)}`;
      const a = await designer(key);
      const b = await designer(key);
      await ready(a);
      await ready(b);
      // Both edit before either has written: each save carries only its own field.
      a.setParam('repCost', 250_000);
      b.setParam('opsCost', 50_000);
      await until(() => both(a) && both(b), 5000, 'each element to show both edits');
      // What is stored has both: a third element with the key opens on them.
      a.remove();
      b.remove();
      const c = await designer(key);
      await ready(c);
      await until(() => both(c), 5000, 'a new element to load both edits');
    });

    it('two pages (iframes) with one storage-key see each other’s edits', async () => {
      const key = `tabs-${Math.random().toString(36).slice(2)}`;
      const page = async () => {
        const frame = document.createElement('iframe');
        frame.srcdoc = `<!doctype html><html lang="en"><body>
          <sales-org-designer storage-key="${key}"></sales-org-designer>
          <script type="module">import '/components/sales-org-designer/index.ts';</script></body></html>`;
        document.body.append(frame);
        const el = await until(
          () =>
            frame.contentDocument?.querySelector<SalesOrgDesigner & HTMLElement>('sales-org-designer')?.shadowRoot
              ? frame.contentDocument.querySelector<SalesOrgDesigner & HTMLElement>('sales-org-designer')
              : null,
          10_000,
          'the element in the frame',
        );
        await ready(el);
        return { frame, el };
      };
      const one = await page();
      const two = await page();
      try {
        one.el.setParam('repCost', 250_000);
        await until(() => two.el.input.repCost === 250_000, 5000, 'page 2 to see page 1’s edit');
        two.el.setParam('opsCost', 50_000);
        await until(() => both(one.el) && both(two.el), 5000, 'both pages to show both edits');
      } finally {
        one.frame.remove();
        two.frame.remove();
      }
    });
  });

  describe('fetch with a deadline', () => {
    const TAGS = [
      'lead-score-card',
      'customer-value-card',
      'opportunity-alert-panel',
      'churn-alert-panel',
      'funnel-forecast',
      'sales-target-planner',
      'sales-org-designer',
      'cs-capacity-planner',
      'lead-flow-monitor',
    ];
    const uid = () => Math.random().toString(36).slice(2);
    const openRequests = async (id: string) => Number(await (await fetch(`/__test/open?id=${id}`)).text());
    const alertOf = (el: Element) => el.shadowRoot?.querySelector('[part~=error]');
    const make = async (tag: string, attrs: Record<string, string>) => {
      const el = document.createElement(tag) as RevopsElement;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      const invalid: CustomEvent<InvalidDetail>[] = [];
      el.addEventListener('revops-invalid', (e) => invalid.push(e));
      document.body.append(el);
      await el.updateComplete;
      return { el, invalid };
    };

    it('every element: a src that never answers ends in an alert naming the URL, revops-invalid and a retry', async function () {
      this.timeout(30_000);
      for (const tag of TAGS) {
        const url = `/__test/hang?id=${tag}-${uid()}`;
        const { el, invalid } = await make(tag, { lang: 'en', src: url, 'src-timeout': '0.5' });
        try {
          const alert = await until(() => alertOf(el), 5000, `${tag}: the alert`);
          expect(alert.textContent, tag).to.contain(`src="${url}"`);
          expect(alert.textContent, tag).to.contain('no answer in 0.5 s');
          await until(() => invalid.length, 2000, `${tag}: revops-invalid`);
          expect(invalid[0]!.detail.source, tag).to.equal('data');
          expect(invalid[0]!.detail.issues[0]!.message, tag).to.contain(url);
          expect(alert.querySelector('button[part~=retry]')?.textContent?.trim(), tag).to.equal('Retry');
          expect(el.shadowRoot!.querySelector('[part~=loading]'), `${tag}: still loading`).to.equal(null);
          await expect(el).to.be.accessible();
        } finally {
          el.remove();
        }
      }
    });

    it('says it in zh-CN, and the same for a model-src', async () => {
      const url = `/__test/hang?id=zh-${uid()}`;
      const { el } = await make('opportunity-alert-panel', {
        lang: 'zh-CN',
        'model-src': url,
        'src-timeout': '0.5',
        data: JSON.stringify({ asOf: '2026-03-31', opportunities: [] }),
      });
      try {
        const alert = await until(() => alertOf(el), 5000, 'the alert');
        expect(alert.textContent).to.contain(`model-src="${url}"`);
        expect(alert.textContent).to.contain('0.5 秒内没有响应');
        expect(alert.querySelector('button[part~=retry]')?.textContent?.trim()).to.equal('重试');
      } finally {
        el.remove();
      }
    });

    it('a body that stalls mid-stream ends in an alert too', async () => {
      const url = `/__test/stall?bytes=2048&id=${uid()}`;
      const { el, invalid } = await make('lead-score-card', { lang: 'en', src: url, 'src-timeout': '0.5' });
      try {
        const alert = await until(() => alertOf(el), 5000, 'the alert');
        expect(alert.textContent).to.contain(url);
        expect(alert.textContent).to.contain('the answer stopped after 2 KB: no data in 0.5 s');
        await until(() => invalid.length, 2000, 'revops-invalid');
      } finally {
        el.remove();
      }
    });

    it('Retry loads the URL again', async () => {
      const url = `/__test/flaky?id=${uid()}&fixture=opportunity-alerts`;
      const { el } = await make('opportunity-alert-panel', { lang: 'en', src: url, 'src-timeout': '0.5' });
      try {
        const retry = await until(
          () => alertOf(el)?.querySelector<HTMLButtonElement>('button[part~=retry]'),
          5000,
          'the retry button',
        );
        retry.click();
        await until(() => el.shadowRoot!.querySelector('.item'), 5000, 'the rows after the retry');
        expect(alertOf(el)?.textContent ?? '').not.to.contain('no answer');
      } finally {
        el.remove();
      }
    });

    it('the request is aborted on disconnect and when src changes', async () => {
      const a = uid();
      const { el } = await make('lead-score-card', { lang: 'en', src: `/__test/hang?id=${a}`, 'src-timeout': '60' });
      await eventually(async () => (await openRequests(a)) === 1, 5000, 'the request to be open');
      el.setAttribute('src', '/test/fixtures/seed-lead.json');
      await eventually(async () => (await openRequests(a)) === 0, 5000, 'the request to be aborted on a new src');
      await until(() => partText(el, 'score'), 5000, 'the new src to load');
      const b = uid();
      el.setAttribute('src', `/__test/hang?id=${b}`);
      await eventually(async () => (await openRequests(b)) === 1, 5000, 'the second request to be open');
      el.remove();
      await eventually(async () => (await openRequests(b)) === 0, 5000, 'the request to be aborted on disconnect');
      // Connected again, it loads again (and stops again when removed).
      document.body.append(el);
      await eventually(async () => (await openRequests(b)) === 1, 5000, 'the load to start again on reconnect');
      el.remove();
      await eventually(async () => (await openRequests(b)) === 0, 5000, 'the request to be aborted again');
    });

    it('a large body shows the megabytes so far and a progress bar', async function () {
      this.timeout(20_000);
      const id = uid();
      const url = `/__test/slow?id=${id}&bytes=1500000&total=3000000&fixture=opportunity-alerts`;
      const { el } = await make('opportunity-alert-panel', { lang: 'en', src: url, 'src-timeout': '30' });
      try {
        const bar = await until(
          () => el.shadowRoot!.querySelector<HTMLProgressElement>('[part~=loading] progress'),
          5000,
          'the progress bar',
        );
        await until(() => bar.value === 1_500_000, 5000, 'the first half to be counted');
        expect(bar.max).to.equal(3_000_000);
        expect(partText(el, 'loading')).to.contain('Loading… 1.5 MB');
        await expect(el).to.be.accessible();
        await fetch(`/__test/release?id=${id}`);
        await until(() => el.shadowRoot!.querySelector('.item'), 10_000, 'the rows once the body is in');
        expect(el.shadowRoot!.querySelector('[part~=loading]')).to.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  describe('large inputs never block', () => {
    const opportunities = (n: number) => ({
      asOf: '2026-03-31',
      opportunities: Array.from({ length: n }, (_, i) => ({
        id: `o${i}`,
        name: `Opportunity "${i}" [x] {y}`,
        amount: (i % 900) * 1000,
        stage: ['qualify', 'solution', 'proposal', 'negotiation'][i % 4],
        stageEnteredAt: '2026-03-01',
        fields: { need: i % 3 ? 'yes' : '', notes: 'a \\ "quoted" ] } text' },
        activities: [{ type: 'call', at: '2026-03-20' }],
      })),
    });

    it('parseInSlices gives what JSON.parse gives, for lists, objects, escapes and prototype keys', async () => {
      const big = JSON.stringify(opportunities(4000));
      expect(big.length).to.be.above(600_000);
      expect(await parseInSlices(big)).to.deep.equal(JSON.parse(big));
      const list = JSON.stringify(opportunities(4000).opportunities);
      expect(await parseInSlices(`  ${list}\n`)).to.deep.equal(JSON.parse(list));
      const proto = `{"__proto__": {"polluted": true}, "rows": ${list}, "rows": [1]}`;
      const parsed = (await parseInSlices(proto)) as Record<string, unknown>;
      expect(parsed).to.deep.equal(JSON.parse(proto));
      expect(Object.prototype.hasOwnProperty.call(parsed, '__proto__')).to.equal(true);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      for (const bad of [`${list},`, `{"a": ${list}`, `[${list.slice(1, -1)},]`, `${list} x`]) {
        let message = '';
        try {
          JSON.parse(bad);
        } catch (e) {
          message = (e as Error).message;
        }
        let got = '';
        await parseInSlices(bad).catch((e: Error) => (got = e.message));
        expect(got, bad.slice(-20)).to.equal(message);
      }
    });

    it('a large data attribute is parsed between frames: the element shows Loading… first, then the result', async () => {
      const input = opportunities(4000);
      const el = document.createElement('opportunity-alert-panel') as RevopsElement;
      el.setAttribute('lang', 'en');
      document.body.append(el);
      try {
        el.setAttribute('data', JSON.stringify(input));
        await el.updateComplete;
        // The update after setting the attribute did not wait for the parse: it says it is loading.
        expect(el.shadowRoot!.querySelector('[part~=loading]'), 'loading while parsing').not.to.equal(null);
        await until(() => el.shadowRoot!.querySelector('.item'), 10_000, 'the rows');
        expect(el.data).to.deep.equal(input);
      } finally {
        el.remove();
      }
    });

    it('invalid large JSON in an attribute says so, as small invalid JSON does', async () => {
      const el = document.createElement('opportunity-alert-panel') as RevopsElement;
      el.setAttribute('lang', 'en');
      document.body.append(el);
      try {
        el.setAttribute('data', `${JSON.stringify(opportunities(3000))}}`);
        const alert = await until(() => el.shadowRoot!.querySelector('[part~=error]'), 10_000, 'the alert');
        expect(alert.textContent).to.contain('the data attribute is not valid JSON');
      } finally {
        el.remove();
      }
    });
  });

  describe('demo pages pass axe', () => {
    interface AxeResult {
      violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
    }
    const load = async (path: string) => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:1280px;height:900px;border:0';
      frame.src = path;
      document.body.append(frame);
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window &
        typeof globalThis & { axe?: { run(c: unknown, o: unknown): Promise<AxeResult> } };
      // Every element defined, rendered, and past loading.
      await until(
        () => {
          const els = [...doc.querySelectorAll('*')].filter(
            (e) => e.localName.includes('-') && e.localName !== 'revops-provider',
          );
          return (
            els.length > 0 &&
            els.every(
              (e) =>
                win.customElements.get(e.localName) && e.shadowRoot && !e.shadowRoot.querySelector('[part~=loading]'),
            )
          );
        },
        15_000,
        `${path}: the elements to render`,
      );
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      doc.head.append(script);
      await new Promise((r) => script.addEventListener('load', r, { once: true }));
      return { frame, doc, axe: win.axe! };
    };

    for (const path of ['/demo/index.html', '/demo/crm.html', '/demo/intranet.html']) {
      it(`${path} has no axe violations`, async function () {
        this.timeout(60_000);
        const { frame, doc, axe } = await load(path);
        try {
          const r = await axe.run(doc, { resultTypes: ['violations'] });
          const found = r.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
          );
          expect(found, found.join('\n')).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  });
});
