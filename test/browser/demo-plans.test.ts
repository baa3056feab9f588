// The demo's plans people own (issue 14): the gallery's pipeline panel and the CRM opportunity panel open with the
// plans demo/plans.ts saves under their storage-key, and a state already saved there is left as it was.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/fixtures.js';
import { defaultStore } from '../../src/storage/index.js';
import { formatDay } from '../../src/i18n/risk.js';
import { openPlan, planAction } from '../../src/models/plans.js';
import { PLANS } from '../../src/i18n/plans/en.js';
import { savedOf } from '../../src/views/risk-input.js';

/** Load a demo page in a frame (same origin: the same IndexedDB as this page). */
async function loadPage(path: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1280px;height:900px;border:0'; // the test page only
  frame.src = path;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { frame, doc: frame.contentDocument! };
}

/** The rows of a panel's plan list once it has `n`: record, owner, due, plan cell and the overdue badge. */
async function planRows(panel: Element, n: number) {
  const rows = await until(
    () => {
      const trs = [...(panel.shadowRoot?.querySelectorAll('[part="plans-table"] tbody tr') ?? [])];
      return trs.length === n ? trs : null;
    },
    20_000,
    `${panel.localName} lists ${n} plans`,
  );
  return rows.map((tr) => ({
    key: tr.getAttribute('data-row'),
    cells: [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
    overdue: tr.querySelector('.badge.overdue')?.textContent.trim() ?? null,
  }));
}

/** A single-record panel's plan (its card shows the plan, not the list): owner, due date and the overdue badge. */
async function recordPlan(panel: Element, owner: string) {
  const section = await until(
    () => {
      const sec = panel.shadowRoot?.querySelector('[part="record-plan"]');
      return sec?.querySelector<HTMLInputElement>('input[id$="-owner"]')?.value === owner ? sec : null;
    },
    20_000,
    `${panel.localName} shows the plan owned by ${owner}`,
  );
  return {
    due: section.querySelector<HTMLInputElement>('input[id$="-due"]')!.value,
    overdue: panel.shadowRoot!.querySelector('[part="plan-overdue"]')?.textContent.trim() ?? null,
  };
}

/** Run `body` with `key` of the store set to `value` (undefined: nothing saved), and put back what was there. */
async function withStored(key: string, value: unknown, body: () => Promise<void>): Promise<void> {
  const store = defaultStore();
  const before = await store.get(key);
  if (value === undefined) await store.del(key);
  else await store.set(key, value);
  try {
    await body();
  } finally {
    if (before === undefined) await store.del(key);
    else await store.set(key, before);
  }
}

describe('demo: plans people own', () => {
  it('the gallery pipeline panel lists the demo plans: owner, due date, the overdue one first and marked', async function () {
    this.timeout(60_000);
    await withStored('opportunity-alert-panel:demo-opps', undefined, async () => {
      const { frame, doc } = await loadPage('/demo/index.html');
      try {
        const panel = doc.querySelector('opportunity-alert-panel[storage-key="demo-opps"]')!;
        const rows = await planRows(panel, 2);
        // demo/data/opportunity-alert-panel.json is as of 2026-03-31; the riskiest two with signals are
        // OPP-1058 (陈静, 4 signals, 1 done) and OPP-1062 (李娜, 3 signals, 2 done).
        expect(rows.map((r) => r.key)).to.deep.equal(['OPP-1058', 'OPP-1062']);
        expect(rows[0]!.cells[1]).to.equal('陈静');
        expect(rows[0]!.cells[2]).to.equal(formatDay('2026-03-28', 'en'));
        expect(rows[0]!.overdue).to.equal('Overdue by 3 days');
        expect(rows[0]!.cells[3]).to.contain(`Open · ${PLANS.progress(1, 4)}`);
        expect(rows[1]!.cells[3]).to.contain(`Open · ${PLANS.progress(2, 3)}`);
        expect(rows[1]!.cells[1]).to.equal('李娜');
        expect(rows[1]!.cells[2]).to.equal(formatDay('2026-04-07', 'en'));
        expect(rows[1]!.overdue).to.equal(null);
        // The caption says what the list shows.
        const caption = doc.querySelector('[data-caption="opportunities"]')!;
        await until(() => caption.textContent.includes('Overdue by 3 days'), 10_000, 'caption names the overdue plan');
        expect(caption.textContent).to.contain('陈静').and.contain('李娜');
        // What the demo saved reads back as the panel's saved state (the review note kept).
        const stored = (await defaultStore().get('opportunity-alert-panel:demo-opps')) as {
          v: number;
          plans: Record<string, { review: string | null; steps: { status: string }[] }>;
        };
        expect(stored.v).to.equal(2);
        expect(stored.plans['OPP-1058']!.review).to.contain('budget review');
        expect(stored.plans['OPP-1062']!.steps.map((s) => s.status)).to.deep.equal(['done', 'done', 'todo']);
      } finally {
        frame.remove();
      }
    });
  });

  it('the CRM opportunity panel shows its overdue plan, and a visitor’s saved state is never overwritten', async function () {
    this.timeout(60_000);
    const key = 'opportunity-alert-panel:crm-opp';
    await withStored(key, undefined, async () => {
      const { frame, doc } = await loadPage('/demo/crm.html#opportunity');
      try {
        expect(await recordPlan(doc.getElementById('opp-one')!, '李娜')).to.deep.equal({
          due: '2026-03-28',
          overdue: 'Overdue by 3 days',
        });
      } finally {
        frame.remove();
      }
    });
    // A visitor's own plan (their owner, no due date) saved before: the page shows it and the store keeps it as it was.
    const mine = savedOf({
      tuned: undefined,
      filters: {},
      sort: 'risk',
      plan: {},
      plans: {
        'OPP-1062': planAction(
          openPlan('OPP-1062', { key: 'response-plan', steps: [{ key: 'idle.s1', text: 'Call' }] }, '2026-03-30'),
          { type: 'assign', owner: 'Visitor' },
        ),
      },
    });
    await withStored(key, mine, async () => {
      const { frame, doc } = await loadPage('/demo/crm.html#opportunity');
      try {
        expect(await recordPlan(doc.getElementById('opp-one')!, 'Visitor')).to.deep.equal({ due: '', overdue: null });
        expect(await defaultStore().get(key)).to.deep.equal(mine);
      } finally {
        frame.remove();
      }
    });
  });
});
