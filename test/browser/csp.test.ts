// Every element, built (dist/), with its demo data, in frames served with a strict Content-Security-Policy
// (test/csp/policy.js, set by the middleware in web-test-runner.config.js): no violation, tier badges keep
// their colours, the risk panels show their rows. The runner's own page cannot run under such a policy
// (it inlines its scripts), so the elements live in a same-origin iframe the test drives.
import { expect } from '@open-wc/testing';
import { LEAD_PRESET, CUSTOMER_PRESET } from '../../src/models/presets.js';
import { until } from '../helpers/fixtures.js';
import { ELEMENT_TAGS as TAGS } from '../helpers/tags.js';
import { historyOf } from '../../bench/cases/funnel-forecast.js';

interface Violation {
  step: string;
  element: string;
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type CspWindow = Window & typeof globalThis & { __csp: { step: string; log: Violation[] } };

const FRAMES = [
  { name: 'ES build', url: '/test/csp/frame-es.html' },
  { name: 'ES build, Trusted Types required', url: '/test/csp/frame-es.html?tt' },
  { name: 'IIFE build', url: '/test/csp/frame-iife.html' },
];

const TIERS: Record<string, readonly { key: string }[]> = {
  'lead-score-card': LEAD_PRESET.tiers,
  'customer-value-card': CUSTOMER_PRESET.tiers,
};

const frames = (win: Window, n = 3) =>
  new Promise<void>((done) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : done());
    step(n);
  });

/** One line per distinct violation, with how often it happened. */
const describeViolations = (list: Violation[]) => {
  const counts = new Map<string, number>();
  for (const v of list) {
    const line = `${v.directive} in <${v.element || 'page'}>: ${v.sample || v.blocked} (${v.source})`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, n]) => `${n} × ${line}`).join('; ');
};

for (const variant of FRAMES) {
  describe(`strict CSP · ${variant.name}`, function () {
    this.timeout(30000);
    let frame: HTMLIFrameElement;
    let win: CspWindow;
    let provider: HTMLElement;

    before(async () => {
      frame = document.createElement('iframe');
      frame.title = variant.name;
      frame.style.width = '1280px';
      frame.style.height = '900px';
      frame.src = variant.url;
      document.body.append(frame);
      win = await until(
        () => {
          const w = frame.contentWindow as CspWindow | null;
          return w?.__csp &&
            w.document.readyState === 'complete' &&
            w.customElements.get('lead-score-card') &&
            w.customElements.get('revops-provider')
            ? w
            : undefined;
        },
        15000,
        'the elements defined in the frame',
      );
      provider = win.document.createElement('revops-provider');
      provider.setAttribute('locale', 'en');
      win.document.body.append(provider);
      await frames(win);
    });

    after(() => frame.remove());

    it('loads without a violation', () => {
      const seen = win.__csp.log.filter((v) => v.step === 'load');
      expect(seen.length, `violations: ${describeViolations(seen)}`).to.equal(0);
    });

    it('shows zh-CN from the strings file beside the build, with no violation, and no other locale for English', async () => {
      const zhFiles = () =>
        win.performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => /\/dist\/.*zh-CN[\w.-]*\.js$/.test(n));
      expect(zhFiles(), 'an English page loads no Chinese').to.deep.equal([]);
      win.__csp.step = 'zh-CN';
      const zh = win.document.createElement('revops-provider');
      zh.setAttribute('locale', 'zh-CN');
      const card = win.document.createElement('lead-score-card');
      card.setAttribute('src', '/demo/data/lead-score-card.json');
      let changed = false;
      card.addEventListener('revops-change', () => (changed = true));
      zh.append(card);
      win.document.body.append(zh);
      await until(() => changed, 15000, 'the zh-CN card to render');
      await frames(win, 2);
      expect(card.shadowRoot!.querySelector('[part~="tier"]')!.textContent).to.match(/[\u4e00-\u9fff]/);
      const seen = win.__csp.log.filter((v) => v.step === 'zh-CN');
      expect(seen.length, `violations: ${describeViolations(seen)}`).to.equal(0);
      expect(zhFiles().length).to.be.greaterThan(0);
      if (variant.url.includes('iife'))
        expect(zhFiles().map((n) => n.split('/').pop())).to.deep.equal(['revops-elements.zh-CN.js']);
      zh.remove();
    });

    for (const tag of TAGS) {
      describe(tag, () => {
        let el: HTMLElement;
        before(async () => {
          win.__csp.step = tag;
          el = win.document.createElement(tag);
          el.setAttribute('src', `/demo/data/${tag}.json`);
          let changed = false;
          el.addEventListener('revops-change', () => (changed = true));
          provider.append(el);
          await until(() => changed, 15000, `${tag} to render its result`);
          await frames(win, 4);
        });

        it('renders its demo data with no violation', () => {
          const seen = win.__csp.log.filter((v) => v.step === tag || v.element === tag);
          expect(seen.length, `violations: ${describeViolations(seen)}`).to.equal(0);
        });

        const tiers = TIERS[tag];
        if (tiers)
          it("colours the tier badge with the tier's token", () => {
            // The badge's colour is the tier's token, not the grey every badge has by default.
            const badge = el.shadowRoot!.querySelector<HTMLElement>('[part~="tier"]')!;
            const index = tiers.findIndex((t) => t.key === badge.dataset.tier) + 1;
            expect(index, `tier ${badge.dataset.tier}`).to.be.greaterThan(0);
            const probe = win.document.createElement('span');
            probe.style.setProperty('background-color', `var(--_tier-${index})`); // CSSOM: allowed by the policy
            el.shadowRoot!.append(probe);
            const want = win.getComputedStyle(probe).backgroundColor;
            probe.remove();
            expect(want).to.not.equal('rgba(0, 0, 0, 0)');
            expect(win.getComputedStyle(badge).backgroundColor).to.equal(want);
          });

        if (tag === 'lead-score-card')
          it('checks a pasted CSV history with no violation (no eval in the CSV reader)', async () => {
            win.__csp.step = `${tag} history`;
            const root = el.shadowRoot!;
            root.querySelectorAll('details').forEach((d) => (d.open = true));
            await frames(win);
            root.querySelector<HTMLTextAreaElement>('#history-text')!.value = await (
              await fetch('/demo/data/lead-history.csv')
            ).text();
            [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check')!.click();
            await frames(win, 4);
            const seen = win.__csp.log.filter((v) => v.step === `${tag} history`);
            expect(seen.length, `violations: ${describeViolations(seen)}`).to.equal(0);
            await until(() => root.querySelector('[part~="validity-table"] tbody tr'), 5000, 'the validity table');
          });

        if (tag === 'opportunity-alert-panel' || tag === 'churn-alert-panel')
          it('assesses a list in its worker with no violation', async () => {
            win.__csp.step = `${tag} worker`;
            const panel = win.document.createElement(tag) as HTMLElement & {
              assessedIn: { where: string } | null;
            };
            panel.setAttribute('worker-threshold', '1'); // the demo list goes to the worker
            panel.setAttribute('src', `/demo/data/${tag}.json`);
            provider.append(panel);
            await until(() => panel.assessedIn, 15000, `${tag} to assess its list`);
            await frames(win, 4);
            const seen = win.__csp.log.filter((v) => v.step === `${tag} worker`);
            panel.remove();
            expect(seen.length, `violations: ${describeViolations(seen)}`).to.equal(0);
            // Where Trusted Types are required a worker needs a trusted script URL; without one the panel
            // may assess on the page, but it must not trip the policy.
            if (!variant.url.includes('?tt')) expect(panel.assessedIn!.where).to.equal('worker');
          });

        if (tag === 'funnel-forecast')
          it('learns the rates of a large history in its worker with no violation', async () => {
            win.__csp.step = `${tag} rates worker`;
            const f = win.document.createElement(tag) as HTMLElement & { history?: unknown[] };
            f.setAttribute('history-as-of', '2025-12-31');
            f.history = historyOf(20_001); // more than the page learns at once: the rates worker
            provider.append(f);
            const where = await until(
              () => f.shadowRoot?.querySelector<HTMLElement>('[part~="history"]')?.dataset.learnedIn,
              20000,
              'the rates to be learned',
            );
            await frames(win, 4);
            const seen = win.__csp.log.filter((v) => v.step === `${tag} rates worker`);
            f.remove();
            expect(seen.length, `violations: ${describeViolations(seen)}`).to.equal(0);
            if (!variant.url.includes('?tt')) expect(where).to.equal('worker');
          });

        if (tag === 'opportunity-alert-panel' || tag === 'churn-alert-panel')
          it('shows its rows, each at its own position', () => {
            const root = el.shadowRoot!;
            const list = root.querySelector<HTMLElement>('[part~="list"]')!.getBoundingClientRect();
            const rows = [...root.querySelectorAll<HTMLElement>('[role="listitem"]')]
              .map((r) => r.getBoundingClientRect())
              .filter((r) => r.height > 0 && r.bottom > list.top && r.top < list.bottom);
            expect(rows.length, 'rows inside the list').to.be.greaterThan(2);
            expect(new Set(rows.map((r) => Math.round(r.top))).size, 'distinct row positions').to.equal(rows.length);
          });
      });
    }
  });
}

describe('strict CSP · setting inline styles', () => {
  it("styleProps sets them through the CSSOM on every render; Lit's styleMap writes the attribute on the first", async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/style-props-frame.html';
    document.body.append(frame);
    type W = CspWindow & { __render?: (how: string, top: number) => void };
    const win = await until(() => (frame.contentWindow as W | null)?.__render && (frame.contentWindow as W), 10000);
    for (const top of [10, 20]) {
      win.__render!('styleProps', top);
      win.__render!('styleMap', top);
    }
    await frames(win);
    const p = (id: string) => win.document.querySelector<HTMLElement>(`#${id} p`)!;
    expect(p('styleProps').style.top).to.equal('20px');
    expect(p('styleProps').style.getPropertyValue('--h')).to.equal('0.2');
    expect(win.__csp.log.filter((v) => v.step === 'styleProps')).to.deep.equal([]);
    // styleMap: the first render's attribute is blocked; the second render goes through the CSSOM.
    expect(win.__csp.log.filter((v) => v.step === 'styleMap').map((v) => v.directive)).to.deep.equal([
      'style-src-attr',
    ]);
    frame.remove();
  });
});
