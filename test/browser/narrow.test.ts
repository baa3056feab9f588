// Every element in a 400 px CRM side column and in a 1280 px page: nothing wider than the element
// (tables scroll inside their own box), chart text at a readable size whatever the width.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import { settle, until } from '../helpers/fixtures.js';
import { SEED_CUSTOMER, SEED_LEAD } from '../fixtures/seeds.js';

const json = async (name: string): Promise<unknown> =>
  (await fetch(`/test/fixtures/${name}`)).json() as Promise<unknown>;
const LEAD_FLOW = await json('lead-flow.json');
const CHURN = await json('churn-alerts.json');
const OPPORTUNITIES = await json('opportunity-alerts.json');

interface Case {
  tag: string;
  data?: unknown;
  ready: (el: HTMLElement) => boolean;
  /** What the element's compact mode (≤ 420 px) must show, checked in the 400 px column. */
  compact?: (el: HTMLElement) => void;
}
const has = (sel: string) => (el: HTMLElement) => !!el.shadowRoot?.querySelector(sel);
const CASES: Case[] = [
  { tag: 'lead-score-card', data: { values: SEED_LEAD }, ready: has('[part~="score"]') },
  { tag: 'customer-value-card', data: { values: SEED_CUSTOMER }, ready: has('[part~="score"]') },
  {
    tag: 'lead-flow-monitor',
    data: LEAD_FLOW,
    ready: has('svg'),
    // The flow chart top to bottom (issue 12), not the 640-unit left-to-right drawing.
    compact: (el) => {
      const shown = (sel: string) => !!el.shadowRoot!.querySelector(sel)?.getClientRects().length;
      expect(shown('svg.flow-column'), 'column flow chart').to.equal(true);
      expect(shown('svg.flow-wide'), 'wide flow chart').to.equal(false);
    },
  },
  {
    tag: 'lead-score-table',
    data: [1, 2, 3].map((i) => ({ id: `L${i}`, name: `Lead ${i}`, values: SEED_LEAD })),
    ready: has('[part~="list"]'),
  },
  {
    tag: 'customer-value-table',
    data: [1, 2, 3].map((i) => ({ id: `C${i}`, name: `Customer ${i}`, values: SEED_CUSTOMER })),
    ready: has('[part~="list"]'),
  },
  { tag: 'churn-alert-panel', data: CHURN, ready: has('[part~="list"], [part~="row"]') },
  { tag: 'opportunity-alert-panel', data: OPPORTUNITIES, ready: has('[part~="list"], [part~="row"]') },
  { tag: 'funnel-forecast', ready: has('[part~="results"] svg') },
  { tag: 'sales-target-planner', ready: has('[part~="results"] svg') },
  { tag: 'sales-org-designer', ready: has('[part~="results"]') },
  { tag: 'cs-capacity-planner', ready: has('[part~="results"] svg') },
];

/** Every SVG text of the element (open shadow roots included) with its rendered font size in CSS px. */
function chartTextSizes(root: ParentNode): { text: string; px: number }[] {
  const out: { text: string; px: number }[] = [];
  const visit = (r: ParentNode) => {
    for (const t of r.querySelectorAll<SVGTextElement>('svg text')) {
      if (!t.textContent?.trim() || !t.getClientRects().length) continue;
      const m = t.getScreenCTM();
      if (!m) continue;
      const scale = Math.hypot(m.a, m.b);
      out.push({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale });
    }
    for (const e of r.querySelectorAll('*')) if (e.shadowRoot) visit(e.shadowRoot);
  };
  visit(root);
  return out;
}

async function mount(c: Case, width: number, lang = 'en'): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div class="column"></div>`);
  box.style.width = `${width}px`; // test page only: elements themselves never use style attributes
  const el = document.createElement(c.tag);
  el.setAttribute('lang', lang);
  if (c.data !== undefined) (el as unknown as { data: unknown }).data = c.data;
  box.append(el);
  await until(() => c.ready(el), 8000, `${c.tag} rendered`);
  await settle(el);
  return el;
}

for (const c of CASES) {
  describe(`${c.tag}: narrow and wide`, () => {
    for (const lang of ['en', 'zh-CN'])
      it(`in a 400 px column (${lang}): no wider than the column, chart text ≥ 11 px`, async () => {
        const el = await mount(c, 400, lang);
        expect(el.getBoundingClientRect().width).to.be.at.most(400.5);
        expect(el.scrollWidth, 'scroll width').to.be.at.most(el.clientWidth + 1);
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]') ?? el.shadowRoot!.firstElementChild;
        if (base instanceof HTMLElement)
          expect(base.scrollWidth, 'inner scroll width').to.be.at.most(base.clientWidth + 1);
        const small = chartTextSizes(el.shadowRoot!).filter((t) => t.px < 10.95);
        expect(small.slice(0, 3), 'chart text under 11 px').to.deep.equal([]);
        // Every chart is drawn, not squeezed to nothing.
        for (const svg of el.shadowRoot!.querySelectorAll('figure svg[viewBox]'))
          if (svg.getClientRects().length) expect(svg.getBoundingClientRect().width).to.be.at.least(100);
        c.compact?.(el);
      });

    it('in a 1280 px page: chart text ≤ 16 px', async () => {
      const el = await mount(c, 1280);
      const big = chartTextSizes(el.shadowRoot!).filter((t) => t.px > 16.05);
      expect(big, 'chart text over 16 px').to.deep.equal([]);
    });
  });
}
