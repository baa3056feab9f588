import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import { setRiskWorkerFactory, type OpportunityAlertPanel, type OpportunitySelectDetail } from '../../components/opportunity-alert-panel/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { assessOpportunities, type OpportunityAssessment } from '../../src/models/opportunities.js';
import { uid, change, levelCount, rowHead, shownIndexes, mount } from '../helpers/harness.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press, deepActive } from '../helpers/keyboard.js';

// The hand-checked pipeline (o1 critical 13, o4 critical 3, o3 warning 2, o2 ok, o5 invalid), also served for `src`.
const DATA = (await (await fetch('/test/fixtures/opportunity-alerts.json')).json()) as { asOf: string; opportunities: Record<string, unknown>[] };
const clone = () => structuredClone(DATA);
/** Ids of the rendered rows in display order (only rendered rows: fine for short lists). */
const ids = (el: Element) => shownIndexes(el).map((i) => DATA.opportunities[i]!.id);

const panel = (t: ReturnType<typeof html>) => mount<OpportunityAlertPanel>(t);

describe('opportunity-alert-panel: input and the header', () => {
  it('property: counts, amount at risk and key accounts at risk match the model', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${clone()}></opportunity-alert-panel>`);
    const m = assessOpportunities(DATA);
    expect(m.summary).to.deep.equal({ ok: 1, warning: 1, critical: 2, amountAtRisk: 1150000 });
    expect([levelCount(el, 'critical'), levelCount(el, 'warning'), levelCount(el, 'ok')]).to.deep.equal(['2', '1', '1']);
    expect(partText(el, 'amount-at-risk')).to.equal('CN¥1,150,000');
    // o1 (800,000 ≥ 500,000) and o4 (keyAccount: true) are key accounts at warning or critical.
    expect(partText(el, 'key-at-risk')).to.equal('Key accounts at risk: 2 (CN¥850,000)');
    expect(partText(el, 'as-of')).to.equal('As of 2026-03-31');
    // Sorted as MODELS.md says: critical o1 (score 13), critical o4 (3), warning o3, ok o2.
    expect(ids(el)).to.deep.equal(['o1', 'o4', 'o3', 'o2']);
  });

  it('JSON attribute and a bare list', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" data=${JSON.stringify(DATA)}></opportunity-alert-panel>`);
    expect(levelCount(el, 'critical')).to.equal('2');
    const bare = await panel(html`<opportunity-alert-panel lang="en" .data=${DATA.opportunities.slice(0, 2)}></opportunity-alert-panel>`);
    expect(bare.shadowRoot!.querySelectorAll('.item').length).to.equal(2);
  });

  it('child script, and src URL with a loading state', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en"><script type="application/json">${JSON.stringify(DATA)}</script></opportunity-alert-panel>`);
    expect(levelCount(el, 'warning')).to.equal('1');
    const s = await fixture<OpportunityAlertPanel>(html`<opportunity-alert-panel lang="en" src="/test/fixtures/opportunity-alerts.json"></opportunity-alert-panel>`);
    expect(s.shadowRoot!.querySelector('[part~="loading"]')).to.not.equal(null);
    await until(() => s.shadowRoot!.querySelector('[data-count="critical"]')?.textContent === '2', 3000, 'counts from src');
  });

  it('revops-change carries exactly the model output', async () => {
    const el = document.createElement('opportunity-alert-panel') as OpportunityAlertPanel;
    el.lang = 'en';
    el.data = clone();
    setTimeout(() => document.body.append(el));
    const ev = await oneEvent(el, 'revops-change');
    expect(ev.detail as OpportunityAssessment).to.deep.equal(assessOpportunities(DATA));
    el.remove();
  });

  it('one malformed row: every good row renders and the bad one is reported with its field path', async () => {
    const el = document.createElement('opportunity-alert-panel') as OpportunityAlertPanel;
    el.lang = 'en';
    el.data = clone();
    setTimeout(() => document.body.append(el));
    const ev = await oneEvent(el, 'revops-invalid');
    const d = ev.detail as InvalidDetail;
    expect(d.source).to.equal('rows');
    expect(d.issues.map((i) => i.path)).to.deep.equal(['opportunities.4.amount']);
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.item').length).to.equal(4);
    const bad = partText(el, 'invalid');
    expect(bad).to.contain('1 row could not be assessed');
    expect(bad).to.contain('Row 5 (o5)');
    expect(bad).to.contain('opportunities.4.amount');
    expect(bad).to.contain('amount must be ≥ 0');
    el.remove();
  });

  it('a bad asOf shows the alert, fires revops-invalid and keeps the last result', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${clone()}></opportunity-alert-panel>`);
    setTimeout(() => (el.data = { ...clone(), asOf: 'next week' }));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).source).to.equal('data');
    expect((ev.detail as InvalidDetail).issues[0]!.path).to.equal('asOf');
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('asOf');
    expect(levelCount(el, 'critical')).to.equal('2');
  });

  it('without asOf it uses today (UTC) and says so', async () => {
    const { asOf: _, ...rest } = clone();
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${rest}></opportunity-alert-panel>`);
    const today = new Date().toISOString().slice(0, 10);
    expect($(el, '[part~="as-of"]').dataset.asOf).to.equal(today);
    expect(partText(el, 'as-of')).to.contain('today, UTC');
  });

  it('one opportunity renders as a compact card with its details', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${{ asOf: DATA.asOf, opportunities: [DATA.opportunities[0]] }}></opportunity-alert-panel>`);
    expect(el.shadowRoot!.querySelector('[part~="list"]')).to.equal(null);
    const card = partText(el, 'card');
    expect(card).to.contain('Acme expansion');
    expect(card).to.contain('30 days in stage against a standard of 14 (2.14×)');
    expect(partText(el, 'plan')).to.contain('Response plan');
  });

  it('zh-CN wording and number formats', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="zh-CN" .data=${clone()}></opportunity-alert-panel>`);
    expect(partText(el, 'header')).to.contain('商机预警');
    expect(partText(el, 'counts')).to.contain('高危');
    expect(partText(el, 'amount-at-risk')).to.equal('¥1,150,000');
    expect(partText(el, 'as-of')).to.equal('评估日 2026-03-31');
  });
});

describe('opportunity-alert-panel: rows, details and events', () => {
  it('signal chips by dimension on each row', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${clone()}></opportunity-alert-panel>`);
    const chips = (pos: number) => [...rowHead(el, pos).querySelectorAll<HTMLElement>('.chip')].map((c) => `${c.dataset.dim}:${c.className.split('lvl-')[1]}`);
    expect(chips(0)).to.deep.equal(['info:warning', 'action:critical', 'cycle:critical']); // o1
    expect(chips(1)).to.deep.equal(['info:critical']); // o4 (key account, no fields)
    expect(chips(2)).to.deep.equal(['action:warning']); // o3: shortfall + idle
    expect(chips(3)).to.deep.equal([]); // o2
    expect(rowHead(el, 2).textContent).to.contain('Action ×2');
  });

  it('keyboard: arrows move, Enter opens the row and fires revops-select with the id, Escape closes', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${clone()}></opportunity-alert-panel>`);
    await tabTo(rowHead(el, 0));
    await press('ArrowDown');
    await settle(el);
    expect(deepActive()).to.equal(rowHead(el, 1));
    expect(rowHead(el, 0).tabIndex).to.equal(-1);
    expect(rowHead(el, 1).tabIndex).to.equal(0);
    await press('ArrowDown');
    await settle(el);
    setTimeout(() => press('Enter'));
    const ev = await oneEvent(el, 'revops-select');
    const d = ev.detail as OpportunitySelectDetail;
    expect(d.id).to.equal('o3');
    expect(d.index).to.equal(2);
    expect(d.result.level).to.equal('warning');
    expect((d.record as { name: string }).name).to.equal('Gamma renewal');
    await settle(el);
    expect(rowHead(el, 2).getAttribute('aria-expanded')).to.equal('true');
    const detail = $(el, '#d2').textContent!.replace(/\s+/g, ' ');
    // solution: visit 1 + demo 1 required, one visit done → compliance 50 %, day 21 of 21 (≥ 10.5: warning).
    expect(detail).to.contain('Still to do: 1 × demo. Compliance 50%, day 21 of 21.');
    expect(detail).to.contain('No activity for 9 days (max 7, critical after 14); last on 2026-03-22.');
    expect(detail).to.contain('Schedule the follow-up activities the stage requires.');
    expect(detail).to.not.contain('Response plan'); // not a key account
    await press('Escape');
    await settle(el);
    expect(rowHead(el, 2).getAttribute('aria-expanded')).to.equal('false');
    await press('Home');
    await settle(el);
    expect(deepActive()).to.equal(rowHead(el, 0));
    await press('End');
    await settle(el);
    expect(deepActive()).to.equal(rowHead(el, 3));
  });

  it('a key account shows every signal with its numbers and a response plan whose ticks persist', async () => {
    const key = `plan-${uid()}`;
    const el = await panel(html`<opportunity-alert-panel lang="en" storage-key=${key} .data=${clone()}></opportunity-alert-panel>`);
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    rowHead(el, 0).click();
    await settle(el);
    const text = $(el, '#d0').textContent!.replace(/\s+/g, ' ');
    // proposal: fields of stages 0..2 = 6, 3 filled → 50 % (not below 0.5: warning).
    expect(text).to.contain('Missing decision maker, timeline, competitors: completeness 50% of 6 required fields.');
    expect(text).to.contain('30 days in stage against a standard of 14 (2.14×).');
    expect(text).to.contain('Still to do: 1 × proposal. Compliance 0%, day 30 of 14.');
    expect(text).to.contain('No activity for 11 days (max 5, critical after 10); last on 2026-03-20.');
    expect(text).to.contain('Expected close 2026-03-15 passed 16 days ago.');
    const plan = partText(el, 'plan');
    expect(plan).to.contain('0 of 5 done');
    $<HTMLInputElement>(el, '#plan-0-idle').click();
    await settle(el);
    expect(partText(el, 'plan')).to.contain('1 of 5 done');
    await aTimeout(300);
    el.remove();
    const again = await panel(html`<opportunity-alert-panel lang="en" storage-key=${key} .data=${clone()}></opportunity-alert-panel>`);
    await until(() => (again as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    rowHead(again, 0).click();
    await settle(again);
    expect($<HTMLInputElement>(again, '#plan-0-idle').checked).to.equal(true);
  });

  it('renders HTML-looking names as inert text', async () => {
    (window as unknown as { __pwned?: number }).__pwned = 0;
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${clone()}></opportunity-alert-panel>`);
    rowHead(el, 1).click();
    await settle(el);
    await aTimeout(50);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(rowHead(el, 1).textContent).to.contain('Delta <img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(0);
  });
});

describe('opportunity-alert-panel: filters, sort and CSV', () => {
  it('filters by level, dimension, owner, stage, key accounts and text', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${clone()}></opportunity-alert-panel>`);
    change($<HTMLSelectElement>(el, '#f-level'), 'critical');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o1', 'o4']);
    expect(partText(el, 'count')).to.contain('Showing 2 of 4');
    change($<HTMLSelectElement>(el, '#f-level'), 'risk');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o1', 'o4', 'o3']);
    change($<HTMLSelectElement>(el, '#f-level'), '');
    change($<HTMLSelectElement>(el, '#f-dim'), 'info');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o1', 'o4']);
    change($<HTMLSelectElement>(el, '#f-dim'), 'action');
    change($<HTMLSelectElement>(el, '#f-owner'), 'Alice');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o1', 'o3']);
    change($<HTMLSelectElement>(el, '#f-stage'), 'solution');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o3']);
    el.clearFilters();
    await settle(el);
    $<HTMLInputElement>(el, '#f-key').click();
    await settle(el);
    expect(ids(el)).to.deep.equal(['o1', 'o4']);
    el.clearFilters();
    change($<HTMLInputElement>(el, '#f-q'), 'GAMMA', 'input');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o3']);
    change($<HTMLInputElement>(el, '#f-q'), 'carol', 'input'); // owner
    await settle(el);
    expect(ids(el)).to.deep.equal(['o4']);
    change($<HTMLInputElement>(el, '#f-q'), 'nothing like this', 'input');
    await settle(el);
    expect(partText(el, 'no-match')).to.equal('No rows match the filters.');
  });

  it('sort choices: amount, days in stage against the standard, idle, name; filters and sort persist', async () => {
    const key = `sort-${uid()}`;
    const el = await panel(html`<opportunity-alert-panel lang="en" storage-key=${key} .data=${clone()}></opportunity-alert-panel>`);
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    change($<HTMLSelectElement>(el, '#f-sort'), 'amount');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o1', 'o3', 'o2', 'o4']);
    change($<HTMLSelectElement>(el, '#f-sort'), 'cycle');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o1', 'o3', 'o4', 'o2']); // 2.14, 1.0, 0.79, 0.5
    change($<HTMLSelectElement>(el, '#f-sort'), 'idle');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o1', 'o3', 'o4', 'o2']); // 11, 9, 3, 0
    change($<HTMLSelectElement>(el, '#f-sort'), 'name');
    await settle(el);
    expect(ids(el)).to.deep.equal(['o1', 'o2', 'o4', 'o3']); // Acme, Beta, Delta, Gamma
    change($<HTMLSelectElement>(el, '#f-owner'), 'Alice');
    await settle(el);
    await aTimeout(300);
    el.remove();
    const again = await panel(html`<opportunity-alert-panel lang="en" storage-key=${key} .data=${clone()}></opportunity-alert-panel>`);
    await until(() => ids(again).join() === 'o1,o3', 3000, 'restored filters and sort');
    expect($<HTMLSelectElement>(again, '#f-sort').value).to.equal('name');
    expect($<HTMLSelectElement>(again, '#f-owner').value).to.equal('Alice');
  });

  it('CSV export of the assessed list (the rows shown)', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${clone()}></opportunity-alert-panel>`);
    const lines = el.csv().split('\n');
    expect(lines[0]).to.equal('id,name,owner,stage,amount,keyAccount,level,riskScore,completeness,compliance,daysInStage,cycleRatio,daysIdle,signals,suggestions');
    expect(lines.length).to.equal(5);
    expect(lines[1]).to.equal(
      'o1,Acme expansion,Alice,proposal,800000,true,critical,13,0.5,0,30,2.142857142857143,11,missing-fields:warning;stage-overdue:critical;activity-shortfall:critical;idle:critical;close-date-passed:critical,complete-missing-fields;review-stage-plan;schedule-required-activities;contact-now;confirm-close-date;key-account-response-plan',
    );
    expect(lines[2]).to.equal('o4,"Delta <img src=x onerror=""window.__pwned=1"">",Carol,negotiation,50000,true,critical,3,0,1,11,0.7857142857142857,3,missing-fields:critical,complete-missing-fields;key-account-response-plan');
    expect(lines[4]).to.equal('o2,Beta pilot,Bob,qualify,120000,false,ok,0,0,1,7,0.5,0,,');
    change($<HTMLSelectElement>(el, '#f-level'), 'warning');
    await settle(el);
    expect(el.csv().split('\n').map((l) => l.split(',')[0])).to.deep.equal(['id', 'o3']);
    // The button downloads the same text.
    let blob: Blob | undefined;
    const orig = URL.createObjectURL;
    URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:x');
    try {
      $<HTMLButtonElement>(el, '[part~="export"]').click();
    } finally {
      URL.createObjectURL = orig;
    }
    expect(await blob!.text()).to.equal(el.csv());
  });
});

describe('opportunity-alert-panel: rules', () => {
  it('editing the key-account amount changes levels and persists; reset brings the defaults back', async () => {
    const key = `rules-${uid()}`;
    const el = await panel(html`<opportunity-alert-panel lang="en" storage-key=${key} .data=${clone()}></opportunity-alert-panel>`);
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    $<HTMLDetailsElement>(el, '[part~="rules"]').open = true;
    setTimeout(() => change($<HTMLInputElement>(el, '#r-key'), '100000'));
    const ev = await oneEvent(el, 'revops-change');
    // From 100,000 o2 and o3 become key accounts with no fields: missing-fields critical.
    expect((ev.detail as OpportunityAssessment).summary).to.deep.equal({ ok: 0, warning: 0, critical: 4, amountAtRisk: 1270000 });
    await settle(el);
    expect(levelCount(el, 'critical')).to.equal('4');
    expect($(el, '[part~="rules-source"]').dataset.source).to.equal('tuned');
    await aTimeout(300);
    el.remove();
    const again = await panel(html`<opportunity-alert-panel lang="en" storage-key=${key} .data=${clone()}></opportunity-alert-panel>`);
    await until(() => again.shadowRoot!.querySelector('[data-count="critical"]')?.textContent === '4', 3000, 'restored rules');
    expect($<HTMLInputElement>(again, '#r-key').value).to.equal('100000');
    [...again.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Reset rules')!.click();
    await settle(again);
    expect(levelCount(again, 'critical')).to.equal('2');
  });

  it('stage rules: standard days and required activities; a bad value is flagged and the last result kept', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${clone()}></opportunity-alert-panel>`);
    change($<HTMLInputElement>(el, '#r-std-1'), '10'); // solution 21 → 10: o3 21/10 > 1.5 → critical
    await settle(el);
    expect(levelCount(el, 'critical')).to.equal('3');
    change($<HTMLInputElement>(el, '#r-acts-0'), 'call:0'); // qualify needs no calls now
    await settle(el);
    expect(el.csv()).to.contain('o2,Beta pilot');
    change($<HTMLInputElement>(el, '#r-acts-0'), 'call two');
    await settle(el);
    expect($<HTMLInputElement>(el, '#r-acts-0').getAttribute('aria-invalid')).to.equal('true');
    setTimeout(() => change($<HTMLInputElement>(el, '#r-std-1'), '0'));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).source).to.equal('rules');
    expect((ev.detail as InvalidDetail).issues[0]!.path).to.equal('rules.stages.1.standardDays');
    await settle(el);
    expect($<HTMLInputElement>(el, '#r-std-1').getAttribute('aria-invalid')).to.equal('true');
    expect(levelCount(el, 'critical')).to.equal('3');
  });

  it('precedence: tuned > model channel > data.rules > defaults', async () => {
    const data = { ...clone(), rules: { keyAccountMinAmount: 10_000_000 } }; // o1 no longer key by amount
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${data}></opportunity-alert-panel>`);
    expect($(el, '[part~="rules-source"]').dataset.source).to.equal('data');
    expect(partText(el, 'key-at-risk')).to.contain(': 1 ');
    el.model = { rules: { keyAccountMinAmount: 100000 } };
    await settle(el);
    expect($(el, '[part~="rules-source"]').dataset.source).to.equal('model');
    expect(levelCount(el, 'critical')).to.equal('4');
    change($<HTMLInputElement>(el, '#r-key'), '900000');
    await settle(el);
    expect($(el, '[part~="rules-source"]').dataset.source).to.equal('tuned');
    expect(partText(el, 'key-at-risk')).to.contain(': 1 '); // only o4 (keyAccount: true)
  });
});

describe('opportunity-alert-panel: team view', () => {
  it('days in stage against the standard per stage, with its table', async () => {
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${clone()}></opportunity-alert-panel>`);
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="team-table"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['Qualify', '1', '7', '7', '14', '0'],
      ['Solution', '1', '21', '21', '21', '0'],
      ['Proposal', '1', '30', '30', '14', '1'],
      ['Negotiation', '1', '11', '11', '14', '0'],
    ]);
    expect(el.shadowRoot!.querySelector('[part~="chart"] svg')!.getAttribute('aria-label')).to.contain('Proposal: median 30 days, standard 14, 1 open');
    change($<HTMLSelectElement>(el, '#f-owner'), 'Alice');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="team-table"] tbody tr')!.textContent).to.contain('0');
  });
});

/** n generated opportunities (deterministic). */
function many(n: number) {
  const stages = ['qualify', 'solution', 'proposal', 'negotiation'];
  return {
    asOf: '2026-03-31',
    opportunities: Array.from({ length: n }, (_, i) => ({
      id: `g${i % 997 === 0 ? 'dup' : i}`,
      name: `Opportunity ${i}`,
      owner: `rep${i % 7}`,
      amount: (i * 7919) % 1_000_000,
      stage: stages[i % 4],
      stageEnteredAt: `2026-0${1 + (i % 3)}-${String(1 + (i % 27)).padStart(2, '0')}`,
      activities: i % 5 ? [{ type: 'call', at: '2026-03-2' + (i % 10) }] : [],
    })),
  };
}

describe('opportunity-alert-panel: large lists', () => {
  afterEach(() => setRiskWorkerFactory(undefined));

  it('virtualises: a few dozen rows in the DOM; End reaches the last row', async () => {
    const data = many(5000);
    const el = await panel(html`<opportunity-alert-panel lang="en" .data=${data}></opportunity-alert-panel>`);
    expect(el.assessedIn!.where).to.equal('page');
    const rendered = el.shadowRoot!.querySelectorAll('.item').length;
    expect(rendered).to.be.greaterThan(5).and.lessThan(80);
    await tabTo(rowHead(el, 0));
    await press('End');
    await settle(el);
    expect(deepActive()).to.equal(rowHead(el, 4999));
    const list = $(el, '.list');
    expect(list.scrollTop).to.be.greaterThan(1000);
    list.scrollTop = 0;
    await until(() => el.shadowRoot!.querySelector('.head[data-pos="0"]'), 2000, 'first row after scrolling back');
  });

  it('above worker-threshold: main-thread slices with progress, same result as the model', async () => {
    setRiskWorkerFactory(null);
    const data = many(12000);
    const el = document.createElement('opportunity-alert-panel') as OpportunityAlertPanel;
    el.lang = 'en';
    el.workerThreshold = 1000;
    el.data = data;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="progress"] progress')).to.not.equal(null);
    const ev = await oneEvent(el, 'revops-change');
    expect(ev.detail).to.deep.equal(assessOpportunities(data));
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="progress"]')).to.equal(null);
    expect(el.csv().split('\n').length).to.equal(12001);
    expect(el.assessedIn!.where).to.equal('slices');
    el.remove();
  });

  it('above worker-threshold with a worker: same result as the model', async () => {
    setRiskWorkerFactory(() => new Worker(new URL('../../src/worker/risk-worker.ts', import.meta.url), { type: 'module' }));
    const data = many(12000);
    const el = document.createElement('opportunity-alert-panel') as OpportunityAlertPanel;
    el.lang = 'en';
    el.workerThreshold = 1000;
    el.data = data;
    document.body.append(el);
    const ev = await oneEvent(el, 'revops-change');
    expect(ev.detail).to.deep.equal(assessOpportunities(data));
    expect(el.assessedIn!.where).to.equal('worker');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.item').length).to.be.greaterThan(5);
    el.remove();
  });
});

describe('opportunity-alert-panel: accessibility', () => {
  it('has no axe violations, light and dark, with a row open and the rules shown', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await panel(html`<opportunity-alert-panel lang="en" theme=${theme} .data=${clone()}></opportunity-alert-panel>`);
      rowHead(el, 0).click();
      $<HTMLDetailsElement>(el, '[part~="rules"]').open = true;
      await settle(el);
      await expect(el).to.be.accessible();
    }
  });
});
