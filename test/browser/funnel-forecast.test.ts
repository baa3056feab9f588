import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import '../../components/funnel-forecast/index.js';
import type { FunnelForecast } from '../../components/funnel-forecast/index.js';
import type { FunnelResult, FunnelTeamResult } from '../../src/models/funnel.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { uid, edit, button, figure, tableRows } from '../helpers/harness.js';
import { FUNNEL_EXAMPLE as EXAMPLE } from '../fixtures/seeds.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press, type, selectAll, deepActive } from '../helpers/keyboard.js';




describe('funnel-forecast: the worked example and the four ways in', () => {
  it('renders MODELS.md §3a: expected 410,000, gap 290,000; 29 high intent, 97 intent, 484 leads; 4,834 calls', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    expect(figure(el, 'expected')).to.equal('CN¥410,000');
    expect(figure(el, 'forecast')).to.equal('CN¥710,000');
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
    expect(figure(el, 'attainment')).to.equal('71%');
    expect(figure(el, 'needed')).to.equal('29');
    expect(tableRows(el, 'funnel-table')).to.deep.equal([
      ['Leads', '200', '20', '1.2%', '484'],
      ['Intent', '30', '30', '6%', '97'],
      ['High intent', '10', '40', '20%', '29'],
      ['Negotiation', '4', '50', '50%', '—'],
    ]);
    expect(tableRows(el, 'activity-table')[0]!.slice(0, 4)).to.deep.equal(['Calls', '0.1', '', '4,834']);
    const chart = $(el, '[part~="funnel-chart"] svg');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.contain('Gap CN¥290,000').and.contain('Won (expected) 8.2');
    expect(partText(el, 'advice')).to.contain('CN¥290,000').and.contain('29').and.contain('484 Leads').and.contain('4,834');
  });

  it('opens on the worked example without data', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en"></funnel-forecast>`);
    await settle(el);
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
  });

  it('JSON attribute, child script and src give the same numbers', async () => {
    const a = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" data=${JSON.stringify(EXAMPLE)}></funnel-forecast>`);
    const b = await fixture<FunnelForecast>(html`<funnel-forecast lang="en"><script type="application/json">${JSON.stringify(EXAMPLE)}</script></funnel-forecast>`);
    await settle(a);
    await settle(b);
    expect(figure(a, 'gap')).to.equal('CN¥290,000');
    expect(figure(b, 'gap')).to.equal('CN¥290,000');
    const c = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" src="/demo/data/funnel-forecast.json"></funnel-forecast>`);
    await until(() => c.shadowRoot!.querySelector('[data-key="gap"]'), 3000, 'result from src');
    // Demo: expected 1,483,812, forecast 1,903,812, gap 696,188; 47 high intent needed > 40: order value rises.
    expect(figure(c, 'gap')).to.equal('CN¥696,188');
    expect(figure(c, 'needed')).to.equal('47');
    expect(figure(c, 'requiredAcv')).to.equal('CN¥62,951');
  });

  it('kebab-case attributes override data; edits override attributes; reset goes back', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${EXAMPLE} target="1,100,000" conversion="0.2, 0.3, 0.4, 0.5" high-intent-stage="intent"></funnel-forecast>`,
    );
    await settle(el);
    // gap 390,000; rawNeed(intent) = 390000 / 50000 / 0.06 = 130; lead 650
    expect(figure(el, 'gap')).to.equal('CN¥390,000');
    expect(figure(el, 'needed')).to.equal('130');
    expect($<HTMLSelectElement>(el, '#p-hi').value).to.equal('intent');
    edit(el, 'p-target', '1000000');
    await settle(el);
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
    el.setAttribute('target', '2000000'); // the user's edit still wins
    await settle(el);
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
    button(el, 'Reset to defaults').click();
    await settle(el);
    expect(figure(el, 'gap')).to.equal('CN¥1,290,000');
  });
});

describe('funnel-forecast: edits, events and errors', () => {
  it('an edited rate updates the figures, the chart and the table, and fires revops-change with the model output', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    const label = $(el, '[part~="funnel-chart"] svg').getAttribute('aria-label');
    setTimeout(() => edit(el, 'p-conversion-3', '100')); // negotiation → won 50 % → 100 %
    const ev = await oneEvent(el, 'revops-change');
    const d = ev.detail as FunnelResult;
    // Σ count·pWin = 200·0.024 + 30·0.12 + 10·0.4 + 4·1 = 16.4 → 820,000 ≥ 700,000: no gap
    expect(d.expectedPipelineRevenue).to.be.closeTo(820_000, 1e-6);
    expect(d.gap).to.equal(0);
    await settle(el);
    expect(figure(el, 'gap')).to.equal('CN¥0');
    expect($(el, '[part~="funnel-chart"] svg').getAttribute('aria-label')).not.to.equal(label);
    expect(partText(el, 'advice')).to.contain('No gap');
  });

  it('an invalid value shows the message by the field, keeps the last good result and the typed text, fires revops-invalid', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    setTimeout(() => edit(el, 'p-conversion-1', '130'));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.deep.equal(['conversion.1']);
    await settle(el);
    const input = $<HTMLInputElement>(el, '#p-conversion-1');
    expect(input.value).to.equal('130');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const msg = $(el, `#${input.getAttribute('aria-describedby')}`);
    expect(msg.textContent).to.contain('conversion.1 must be ≤ 1');
    expect($(el, '[role="alert"]').textContent).to.contain('conversion.1');
    expect(figure(el, 'gap')).to.equal('CN¥290,000'); // last good result
    edit(el, 'p-acv', 'lots');
    await settle(el);
    expect($<HTMLInputElement>(el, '#p-acv').value).to.equal('lots');
    expect(el.shadowRoot!.querySelector('#p-acv-d')!.textContent).to.contain('acv expected a number, got the text "lots"');
    edit(el, 'p-conversion-1', '30');
    edit(el, 'p-acv', '50,000');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect($<HTMLInputElement>(el, '#p-acv').value).to.equal('50,000');
  });

  it('bad JSON in data names data and keeps the last result', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" data=${JSON.stringify(EXAMPLE)}></funnel-forecast>`);
    await settle(el);
    el.setAttribute('data', '{"target": ');
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('not valid JSON');
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
  });

  it('infeasible high-intent supply: the order value to reach (seed step 5)', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${{ ...EXAMPLE, maxNewHighIntent: 20 }}></funnel-forecast>`);
    await settle(el);
    // 700,000 / (8.2 + 20·0.2) = 57,377.05
    expect(figure(el, 'requiredAcv')).to.equal('CN¥57,377');
    const step = $(el, '[data-step="acv"]').textContent!;
    expect(step).to.contain('Raise the order value to').and.contain('CN¥57,377').and.contain('+14.8%');
    expect(partText(el, 'advice')).to.contain('Not feasible');
  });

  it('an activity over capacity is not feasible', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${{ ...EXAMPLE, activities: [{ key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 4000 }] }}></funnel-forecast>`,
    );
    await settle(el);
    expect(tableRows(el, 'activity-table')[0]!.slice(3)).to.deep.equal(['4,834', 'Not feasible']);
    edit(el, 'p-activities-0-capacity', '5000');
    await settle(el);
    expect(tableRows(el, 'activity-table')[0]!.slice(3)).to.deep.equal(['4,834', 'Feasible']);
  });

  it('renders HTML-looking stage names as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${{ ...EXAMPLE, stages: EXAMPLE.stages.map((s, i) => (i ? s : { ...s, label: evil })) }}></funnel-forecast>`,
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(partText(el, 'funnel-table')).to.contain('<img src=x');
  });
});

describe('funnel-forecast: team mode', () => {
  const rep = (id: string, name: string, target: number) => ({ ...EXAMPLE, id, name, target });

  it('each rep has their own gap; the roll-up sums them; a bad rep is reported and skipped', async () => {
    const team = { reps: [rep('a', 'Ann', 1_000_000), rep('b', 'Bo', 600_000), { ...rep('c', 'Cy', 1), acv: -1 }] };
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${team}></funnel-forecast>`);
    await settle(el);
    expect(tableRows(el, 'rep-table')).to.deep.equal([
      ['Ann', 'CN¥1,000,000', 'CN¥710,000', 'CN¥290,000', 'Feasible'],
      ['Bo', 'CN¥600,000', 'CN¥710,000', 'CN¥0', 'Feasible'],
      ['Cy', 'CN¥1'],
    ]);
    const foot = [...el.shadowRoot!.querySelectorAll('[part~="rep-table"] tfoot td')].map((c) => c.textContent!.trim());
    expect(foot).to.deep.equal(['CN¥1,600,000', 'CN¥1,420,000', 'CN¥290,000']);
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
    expect(partText(el, 'results')).to.contain('reps.2.acv');
    expect(partText(el, 'advice')).to.contain('Ann:').and.contain('Bo: No gap');
    const d = (await new Promise<FunnelTeamResult>((resolve) => {
      el.addEventListener('revops-change', (e) => resolve((e as CustomEvent<FunnelTeamResult>).detail), { once: true });
      el.data = { reps: team.reps.slice(0, 2) };
    }));
    expect(d.total.gap).to.be.closeTo(290_000, 1e-6);
    expect(d.total.needed).to.deep.equal({ lead: 484, intent: 97, highIntent: 29 });
  });
});

describe('funnel-forecast: scenarios, export, locale, keyboard, accessibility', () => {
  it('named scenarios: save, survive a reload, load, duplicate, compare', async () => {
    const key = `ff-${uid()}`;
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" storage-key=${key} .data=${EXAMPLE}></funnel-forecast>`);
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    edit(el, 'p-acv', '60000');
    await settle(el);
    const name = $<HTMLInputElement>(el, '#sc-name');
    name.value = 'Bigger deals';
    name.dispatchEvent(new Event('input'));
    await settle(el);
    button(el, 'Save').click();
    await settle(el);
    expect(partText(el, 'scenario')).to.equal('Bigger deals');
    await aTimeout(400); // the save is debounced
    el.remove();

    const again = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" storage-key=${key} .data=${EXAMPLE}></funnel-forecast>`);
    await until(() => again.shadowRoot!.querySelector('#sc-pick option:nth-child(2)'), 3000, 'restored scenario');
    // The edit itself survived too: acv 60,000 → expected 492,000, gap 208,000.
    expect(figure(again, 'gap')).to.equal('CN¥208,000');
    button(again, 'Reset to defaults').click();
    await settle(again);
    expect(figure(again, 'gap')).to.equal('CN¥290,000');
    const pick = $<HTMLSelectElement>(again, '#sc-pick');
    pick.value = 'Bigger deals';
    pick.dispatchEvent(new Event('change'));
    await settle(again);
    // Compared side by side with the parameters in force.
    const gapRow = tableRows(again, 'figures').find((r) => r[0] === 'Gap')!;
    expect(gapRow).to.deep.equal(['Gap', 'CN¥290,000', 'CN¥208,000']);
    button(again, 'Duplicate').click();
    await settle(again);
    expect([...pick.options].map((o) => o.textContent)).to.deep.equal(['—', 'Bigger deals', 'Bigger deals (2)']);
    pick.value = 'Bigger deals';
    pick.dispatchEvent(new Event('change'));
    button(again, 'Load').click();
    await settle(again);
    expect(figure(again, 'gap')).to.equal('CN¥208,000');
    expect($<HTMLInputElement>(again, '#p-acv').value).to.equal('60,000');
    button(again, 'Delete').click();
    await settle(again);
    expect([...pick.options].map((o) => o.textContent)).to.deep.equal(['—', 'Bigger deals (2)']);
  });

  it('nothing typed is lost: an invalid value survives a reload with its message', async () => {
    const key = `ff-bad-${uid()}`;
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" storage-key=${key} .data=${EXAMPLE}></funnel-forecast>`);
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    edit(el, 'p-acv', '5o,000');
    await settle(el);
    await aTimeout(400);
    el.remove();
    const again = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" storage-key=${key} .data=${EXAMPLE}></funnel-forecast>`);
    await until(() => $<HTMLInputElement>(again, '#p-acv').value === '5o,000', 3000, 'restored text');
    await settle(again);
    expect($(again, '#p-acv-d').textContent).to.contain('acv expected a number');
    expect($(again, '[role="alert"]').textContent).to.contain('acv');
  });

  it('exports JSON and CSV', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:test');
    HTMLAnchorElement.prototype.click = () => {};
    try {
      button(el, 'Export JSON').click();
      button(el, 'Export CSV').click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.input.target).to.equal(1_000_000);
    expect(json.output.needed).to.deep.equal({ lead: 484, intent: 97, highIntent: 29 });
    const csv = await blobs[1]!.text();
    expect(csv.split('\r\n')[0]).to.equal('path,value');
    expect(csv).to.contain('output.needed.highIntent,29').and.contain('output.activities.0.needed,4834');
  });

  it('zh-CN labels and Intl money in the element currency', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="zh-CN" currency="USD" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    expect(partText(el, 'header')).to.contain('漏斗预测');
    expect(figure(el, 'gap')).to.equal('US$290,000');
    expect(tableRows(el, 'funnel-table')[2]![0]).to.equal('高意向客户');
    expect(partText(el, 'parameters')).to.contain('客单价 (USD)');
  });

  it('keyboard alone: type a target, move a conversion slider', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    const target = $<HTMLInputElement>(el, '#p-target');
    await tabTo(target);
    await selectAll();
    await type('1200000');
    await settle(el);
    expect(figure(el, 'gap')).to.equal('CN¥490,000');
    const slider = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="funnel-table"] input[type="range"]')[3]!;
    await tabTo(slider);
    expect(deepActive()).to.equal(slider);
    await press('ArrowRight'); // 50 % → 51 %
    await settle(el);
    expect($<HTMLInputElement>(el, '#p-conversion-3').value).to.equal('51');
    expect(figure(el, 'expected')).to.equal('CN¥418,200'); // 410,000 · 1.02
  });

  it('has no axe violations, light and dark, with an invalid field', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" theme=${theme} .data=${{ ...EXAMPLE, maxNewHighIntent: 20 }}></funnel-forecast>`);
      await settle(el);
      edit(el, 'p-acv', '-1');
      await settle(el);
      await expect(el).to.be.accessible();
    }
    const team = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${{ reps: [{ ...EXAMPLE, id: 1, name: 'Ann' }] }}></funnel-forecast>`);
    await settle(team);
    await expect(team).to.be.accessible();
  });
});
