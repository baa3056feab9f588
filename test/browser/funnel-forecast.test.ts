import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/funnel-forecast/index.js';
import type { FunnelForecast } from '../../components/funnel-forecast/index.js';
import type { FunnelResult, FunnelTeamResult } from '../../src/models/funnel.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { uid, edit, button, figure, tableRows, change } from '../helpers/harness.js';
import { emulateMedia } from '@web/test-runner-commands';
import { FUNNEL_EXAMPLE as EXAMPLE } from '../fixtures/seeds.js';
import { settle, partText, $, until, zhWorded, saved } from '../helpers/fixtures.js';
import { tabTo, press, type, selectAll, deepActive } from '../helpers/keyboard.js';

describe('funnel-forecast: the worked example and the four ways in', () => {
  it('renders docs/models.md §3a: expected 410,000, gap 290,000; 29 high intent, 97 intent, 484 leads; 4,834 calls', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    expect(figure(el, 'expected')).to.equal('CN¥410,000');
    expect(figure(el, 'forecast')).to.equal('CN¥710,000');
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
    expect(figure(el, 'attainment')).to.equal('71%');
    expect(figure(el, 'needed')).to.equal('29');
    expect(tableRows(el, 'funnel-table').map((r) => r.slice(0, 5))).to.deep.equal([
      ['Leads', '200', '20', '1.2%', '484'],
      ['Intent', '30', '30', '6%', '97'],
      ['High intent', '10', '40', '20%', '29'],
      ['Negotiation', '4', '50', '50%', '—'],
    ]);
    expect(tableRows(el, 'activity-table')[0]!.slice(0, 4)).to.deep.equal(['Calls', '0.1', '', '4,834']);
    const chart = $(el, '[part~="funnel-chart"] svg');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.contain('Gap CN¥290,000').and.contain('Won (expected) 8.2');
    expect(partText(el, 'advice'))
      .to.contain('CN¥290,000')
      .and.contain('29')
      .and.contain('484 Leads')
      .and.contain('4,834');
  });

  it('opens on the worked example without data', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en"></funnel-forecast>`);
    await settle(el);
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
  });

  it('JSON attribute, child script and src give the same numbers', async () => {
    const a = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" data=${JSON.stringify(EXAMPLE)}></funnel-forecast>`,
    );
    const b = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en"
        ><script type="application/json">
          ${JSON.stringify(EXAMPLE)}
        </script></funnel-forecast
      >`,
    );
    await settle(a);
    await settle(b);
    expect(figure(a, 'gap')).to.equal('CN¥290,000');
    expect(figure(b, 'gap')).to.equal('CN¥290,000');
    const c = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" src="/demo/data/funnel-forecast.json"></funnel-forecast>`,
    );
    await until(() => c.shadowRoot!.querySelector('[data-key="gap"]'), 3000, 'result from src');
    // Demo: expected 1,483,812, forecast 1,903,812, gap 696,188; 47 high intent needed > 40: order value rises.
    expect(figure(c, 'gap')).to.equal('CN¥696,188');
    expect(figure(c, 'needed')).to.equal('47');
    expect(figure(c, 'requiredAcv')).to.equal('CN¥62,951');
  });

  it('kebab-case attributes override data; edits override attributes; reset goes back', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast
        lang="en"
        .data=${EXAMPLE}
        target="1,100,000"
        conversion="0.2, 0.3, 0.4, 0.5"
        high-intent-stage="intent"
      ></funnel-forecast>`,
    );
    await settle(el);
    // gap 390,000; rawNeed(intent) = 390000 / 50000 / 0.06 = 130; lead 650
    expect(figure(el, 'gap')).to.equal('CN¥390,000');
    expect(figure(el, 'needed')).to.equal('130');
    expect($<HTMLSelectElement>(el, '#p-highIntentStage').value).to.equal('intent');
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
  it('reads 万 and 亿 as typed; a number in the wrong form names the field in words, with the last result marked', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="zh-CN" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    // Forecast 710,000 with the example's 1,000,000 target: a 2,000,000 target leaves 1,290,000.
    edit(el, 'p-target', '200万');
    await settle(el);
    // Shown back in myriads once committed (zh-CN money).
    expect($<HTMLInputElement>(el, '#p-target').value).to.equal('200万');
    expect(figure(el, 'gap')).to.equal('¥1,290,000');
    edit(el, 'p-target', '0.01亿');
    await settle(el);
    expect(figure(el, 'gap')).to.equal('¥290,000');
    edit(el, 'p-target', '200万万');
    await settle(el);
    const msg = $(el, '#p-target-d').textContent;
    expect(msg).to.contain('不是数字').and.contain('260万');
    expect(figure(el, 'gap')).to.equal('¥290,000');
    expect(partText(el, 'results')).to.contain('上一次有效的结果');
    edit(el, 'p-conversion-1', '-5%');
    edit(el, 'p-target', '100万');
    await settle(el);
    expect($(el, '#p-conversion-1-d').textContent).to.contain('必须 > 0 %').and.not.contain('-0.05');
    await expect(el).to.be.accessible();
  });

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
    // The inline message names the field in plain words; the alert names the path.
    expect(msg.textContent.trim()).to.equal('Conversion · Intent must be ≤ 100 %');
    expect($(el, '[role="alert"]').textContent).to.contain('conversion.1').and.contain('must be ≤ 100 %');
    expect($(el, '[role="alert"]').textContent).not.to.contain('got');
    // The results kept are marked as the last valid ones.
    expect(partText(el, 'results')).to.contain('Last valid result');
    expect(figure(el, 'gap')).to.equal('CN¥290,000'); // last good result
    edit(el, 'p-acv', 'lots');
    await settle(el);
    expect($<HTMLInputElement>(el, '#p-acv').value).to.equal('lots');
    // The text typed stays in the field; the message says what to type instead.
    expect(el.shadowRoot!.querySelector('#p-acv-d')!.textContent.trim()).to.equal(
      'Order value is not a number (type digits, e.g. 2600000, 260万 or 15%)',
    );
    edit(el, 'p-conversion-1', '30');
    edit(el, 'p-acv', '50,000');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect($<HTMLInputElement>(el, '#p-acv').value).to.equal('50,000');
  });

  it('bad JSON in data names data and keeps the last result', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" data=${JSON.stringify(EXAMPLE)}></funnel-forecast>`,
    );
    await settle(el);
    el.setAttribute('data', '{"target": ');
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('not valid JSON');
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
  });

  it('infeasible high-intent supply: the order value to reach (seed step 5)', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${{ ...EXAMPLE, maxNewHighIntent: 20 }}></funnel-forecast>`,
    );
    await settle(el);
    // 700,000 / (8.2 + 20·0.2) = 57,377.05
    expect(figure(el, 'requiredAcv')).to.equal('CN¥57,377');
    const step = $(el, '[data-step="acv"]').textContent;
    expect(step).to.contain('Raise the order value to').and.contain('CN¥57,377').and.contain('+14.8%');
    expect(partText(el, 'advice')).to.contain('Not feasible');
  });

  it('an activity over capacity is not feasible', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast
        lang="en"
        .data=${{ ...EXAMPLE, activities: [{ key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 4000 }] }}
      ></funnel-forecast>`,
    );
    await settle(el);
    expect(tableRows(el, 'activity-table')[0]!.slice(3, 5)).to.deep.equal(['4,834', 'Not feasible']);
    edit(el, 'p-activities-0-capacity', '5000');
    await settle(el);
    expect(tableRows(el, 'activity-table')[0]!.slice(3, 5)).to.deep.equal(['4,834', 'Feasible']);
  });

  it('renders HTML-looking stage names as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast
        lang="en"
        .data=${{ ...EXAMPLE, stages: EXAMPLE.stages.map((s, i) => (i ? s : { ...s, label: evil })) }}
      ></funnel-forecast>`,
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
    // Each rep's new high-intent customers needed too.
    expect(tableRows(el, 'rep-table')).to.deep.equal([
      ['Ann', 'CN¥1,000,000', 'CN¥710,000', 'CN¥290,000', '29', 'Feasible'],
      ['Bo', 'CN¥600,000', 'CN¥710,000', 'CN¥0', '0', 'Feasible'],
      ['Cy', 'CN¥1'],
    ]);
    const foot = [...el.shadowRoot!.querySelectorAll('[part~="rep-table"] tfoot td')].map((c) => c.textContent.trim());
    expect(foot).to.deep.equal(['CN¥1,600,000', 'CN¥1,420,000', 'CN¥290,000']);
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
    expect(partText(el, 'results')).to.contain('reps.2.acv');
    expect(partText(el, 'advice')).to.contain('Ann:').and.contain('Bo: No gap');
    const d = await new Promise<FunnelTeamResult>((resolve) => {
      el.addEventListener('revops-change', (e) => resolve((e as CustomEvent<FunnelTeamResult>).detail), { once: true });
      el.data = { reps: team.reps.slice(0, 2) };
    });
    expect(d.total.gap).to.be.closeTo(290_000, 1e-6);
    expect(d.total.needed).to.deep.equal({ lead: 484, intent: 97, highIntent: 29 });
  });
});

describe('funnel-forecast: scenarios, export, locale, keyboard, accessibility', () => {
  it('named scenarios: save, survive a reload, load, duplicate, compare', async () => {
    const key = `ff-${uid()}`;
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" storage-key=${key} .data=${EXAMPLE}></funnel-forecast>`,
    );
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
    await saved(el);
    el.remove();

    const again = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" storage-key=${key} .data=${EXAMPLE}></funnel-forecast>`,
    );
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
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" storage-key=${key} .data=${EXAMPLE}></funnel-forecast>`,
    );
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    edit(el, 'p-acv', '5o,000');
    await settle(el);
    await saved(el);
    el.remove();
    const again = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" storage-key=${key} .data=${EXAMPLE}></funnel-forecast>`,
    );
    await until(() => $<HTMLInputElement>(again, '#p-acv').value === '5o,000', 3000, 'restored text');
    await settle(again);
    expect($(again, '#p-acv-d').textContent).to.contain('Order value is not a number');
    expect($(again, '[role="alert"]').textContent).to.contain('acv');
  });

  it('exports JSON for admins, CSV and Excel for people', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      button(el, 'Export JSON').click();
      button(el, 'Export CSV').click();
      button(el, 'Export Excel').click();
      await until(() => blobs.length === 3);
    } finally {
      URL.createObjectURL = create;
      // The stand-in is an own property of the anchor prototype: deleting it brings back HTMLElement's click.
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    }
    expect(names).to.deep.equal(['funnel-forecast.json', 'funnel-forecast.csv', 'funnel-forecast.xlsx']);
    const json = JSON.parse(await blobs[0]!.text()) as { input: { target: number }; output: { needed: unknown } };
    expect(json.input.target).to.equal(1_000_000);
    expect(json.output.needed).to.deep.equal({ lead: 484, intent: 97, highIntent: 29 });
    const csv = (await blobs[1]!.text()).replace(/^\uFEFF/, '');
    expect(csv).not.to.contain('path,value');
    const sections = csv.split('\n\n');
    expect(sections.map((s) => s.split('\n')[0])).to.deep.equal(['Results', 'Stage', 'Activity']);
    expect(sections[1]).to.match(/\nHigh intent,[^\n]*,29(\n|$)/);
    expect(sections[2]!.split('\n')[1]).to.equal(
      'Activity,Stage,Yield (customers per unit),Capacity,New needed,Feasible',
    );
    expect(sections[2]).to.contain(',4834,');
    const xlsx = new Uint8Array(await blobs[2]!.arrayBuffer());
    expect(blobs[2]!.type).to.equal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String.fromCharCode(xlsx[0]!, xlsx[1]!)).to.equal('PK');
  });

  it('zh-CN labels and Intl money in the element currency', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="zh-CN" currency="USD" .data=${EXAMPLE}></funnel-forecast>`,
    );
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
      const el = await fixture<FunnelForecast>(
        html`<funnel-forecast
          lang="en"
          theme=${theme}
          .data=${{ ...EXAMPLE, maxNewHighIntent: 20 }}
        ></funnel-forecast>`,
      );
      await settle(el);
      edit(el, 'p-acv', '-1');
      await settle(el);
      await expect(el).to.be.accessible();
    }
    const team = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${{ reps: [{ ...EXAMPLE, id: 1, name: 'Ann' }] }}></funnel-forecast>`,
    );
    await settle(team);
    await expect(team).to.be.accessible();
  });
});

/** Every number an SVG chart draws must be finite: no NaN rectangles after a typo. */
const chartNumbers = (el: Element, part: string): number[] =>
  [...el.shadowRoot!.querySelectorAll(`[part~="${part}"] svg rect, [part~="${part}"] svg line`)].flatMap((n) =>
    ['x', 'y', 'width', 'height', 'x1', 'x2'].filter((a) => n.hasAttribute(a)).map((a) => Number(n.getAttribute(a))),
  );

describe('funnel-forecast: a typo keeps the last good view', () => {
  it('chart, figures and advice stay those of the last good result and its input', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${{ ...EXAMPLE, maxNewHighIntent: 20 }}></funnel-forecast>`,
    );
    await settle(el);
    const label = $(el, '[part~="funnel-chart"] svg').getAttribute('aria-label');
    const rects = chartNumbers(el, 'funnel-chart');
    const advice = partText(el, 'advice');
    expect(advice).to.contain('+14.8%');
    for (const [id, text] of [
      ['p-acv', '0'],
      ['p-target', 'abc'],
      ['p-achieved', '-5'],
    ] as const) {
      edit(el, id, text);
      await settle(el);
      expect($(el, `#${id}`).getAttribute('aria-invalid'), id).to.equal('true');
      expect($(el, '[part~="funnel-chart"] svg').getAttribute('aria-label'), id).to.equal(label);
      expect(chartNumbers(el, 'funnel-chart'), id).to.deep.equal(rects);
      expect(chartNumbers(el, 'funnel-chart').every(Number.isFinite)).to.equal(true);
      expect(partText(el, 'advice'), id).to.equal(advice);
      expect(partText(el, 'advice')).not.to.contain('∞');
      expect(figure(el, 'requiredAcv')).to.equal('CN¥57,377');
      edit(el, id, id === 'p-acv' ? '50,000' : id === 'p-target' ? '1,000,000' : '300,000');
      await settle(el);
    }
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('funnel-forecast: editing the funnel', () => {
  it('compares scenarios in words: a stage added is one row, rates in %', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    el.saveScenario('Base');
    $<HTMLInputElement>(el, '#ns').value = 'Demo';
    button(el, 'Add a stage').click();
    await settle(el);
    edit(el, 'p-conversion-0', '25');
    await settle(el);
    el.saveScenario('Demo');
    await settle(el);
    change($<HTMLSelectElement>(el, '#p-sc'), 'Base');
    change($<HTMLSelectElement>(el, '#sc-pick'), 'Demo');
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('[part~="scenario-diff"] li')].map((li) => li.textContent.trim());
    expect(partText(el, 'scenario-diff')).to.contain('Base → Demo');
    expect(items).to.include('Stage “Demo” added');
    expect(items).to.include('Conversion · Leads: 20 % → 25 %');
    expect(items.join(' ')).not.to.contain('{');
  });

  it("names stages and activities in the scenario comparison by the host's labels", async () => {
    const labels = { stage: { intent: 'Qualified' }, activity: { calls: { en: 'Phone calls', 'zh-CN': '电话' } } };
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .codeLabels=${labels} .data=${EXAMPLE}></funnel-forecast>`,
    );
    await settle(el);
    el.saveScenario('Base');
    $<HTMLButtonElement>(el, 'button[aria-label="Remove Qualified"]').click();
    await settle(el);
    $<HTMLButtonElement>(el, 'button[aria-label="Remove Phone calls"]').click();
    await settle(el);
    el.saveScenario('Lean');
    await settle(el);
    change($<HTMLSelectElement>(el, '#p-sc'), 'Base');
    change($<HTMLSelectElement>(el, '#sc-pick'), 'Lean');
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('[part~="scenario-diff"] li')].map((li) => li.textContent.trim());
    expect(items.filter((x) => x.includes('removed'))).to.deep.equal([
      'Stage “Qualified” removed',
      'Activity “Phone calls” removed',
    ]);
    expect(items.join(' ')).not.to.contain('intent”').and.not.contain('“calls');
  });

  it('adds and removes stages and activities, and moves an activity to another stage', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    $<HTMLInputElement>(el, '#ns').value = 'Demo booked';
    button(el, 'Add a stage').click();
    await settle(el);
    // A new bottom stage with count 0 and rate 100 %: nothing changes until it is filled in.
    expect(tableRows(el, 'funnel-table').map((r) => r[0])).to.deep.equal([
      'Leads',
      'Intent',
      'High intent',
      'Negotiation',
      'Demo booked',
    ]);
    expect(tableRows(el, 'funnel-table')[4]!.slice(1, 3)).to.deep.equal(['0', '100']);
    expect(figure(el, 'gap')).to.equal('CN¥290,000');
    $<HTMLButtonElement>(el, 'button[aria-label="Remove Intent"]').click();
    await settle(el);
    // lead 200, high intent 10, negotiation 4; rates 0.2, 0.4, 0.5 (and 1): pWin 0.04, 0.2, 0.5 → expected 600,000, gap 100,000
    expect(figure(el, 'gap')).to.equal('CN¥100,000');
    expect(tableRows(el, 'funnel-table').map((r) => r[0])).to.deep.equal([
      'Leads',
      'High intent',
      'Negotiation',
      'Demo booked',
    ]);
    expect(tableRows(el, 'activity-table')[0]!.slice(0, 4)).to.deep.equal(['Calls', '0.1', '', '500']); // 10 high intent ← 50 leads ← 500 calls
    change($<HTMLSelectElement>(el, '#p-kind'), 'visits');
    button(el, 'Add an activity').click();
    await settle(el);
    expect(tableRows(el, 'activity-table').map((r) => r[0])).to.deep.equal(['Calls', 'Visits']);
    change($<HTMLSelectElement>(el, '#p-activities-1-stage'), 'highIntent');
    await settle(el);
    expect(tableRows(el, 'activity-table')[1]!.slice(3, 5)).to.deep.equal(['10', 'Feasible']); // yield 1 a visit at the high-intent stage
    $<HTMLButtonElement>(el, 'button[aria-label="Remove Calls"]').click();
    await settle(el);
    expect(tableRows(el, 'activity-table').map((r) => r[0])).to.deep.equal(['Visits']);
    expect(partText(el, 'advice')).to.contain('Visits: 10').and.not.contain('Calls');
    await expect(el).to.be.accessible();
  });

  it('keeps edits by leaf path: later data still flows into other fields; an edited field is marked and can be reverted', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    edit(el, 'p-stages-2-count', '20');
    await settle(el);
    expect($(el, '#p-stages-2-count').closest('.field')!.classList.contains('ed')).to.equal(true);
    expect($(el, '#p-stages-1-count').closest('.field')!.classList.contains('ed')).to.equal(false);
    el.data = { ...EXAMPLE, stages: EXAMPLE.stages.map((s, i) => (i ? s : { ...s, count: 300 })) };
    await settle(el);
    expect(tableRows(el, 'funnel-table').map((r) => r[1])).to.deep.equal(['300', '30', '20', '4']);
    const revert = el.shadowRoot!.querySelector<HTMLButtonElement>('#p-stages-2-count ~ button.rv')!;
    expect(revert.getAttribute('aria-label')).to.equal('Revert to the page’s data: In pipeline · High intent');
    revert.click();
    await settle(el);
    expect(tableRows(el, 'funnel-table').map((r) => r[1])).to.deep.equal(['300', '30', '10', '4']);
    expect(el.shadowRoot!.querySelector('button.rv')).to.equal(null);
  });
});

describe('funnel-forecast: team mode editing', () => {
  const rep = (id: string, name: string, target: number) => ({ ...EXAMPLE, id, name, target });

  it('a rep picker opens the editor for that rep; the team chart, the needs per stage and activity; add and remove reps', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast
        lang="en"
        .data=${{ reps: [rep('a', 'Ann', 1_000_000), rep('b', 'Bo', 600_000)] }}
      ></funnel-forecast>`,
    );
    await settle(el);
    const chart = $(el, '[part~="rep-chart"] svg');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label'))
      .to.contain('Ann: Target CN¥1,000,000, Gap CN¥290,000')
      .and.contain('Bo: Target CN¥600,000, Gap CN¥0');
    expect(tableRows(el, 'rollup-table')).to.deep.equal([
      ['Leads', '484'],
      ['Intent', '97'],
      ['High intent', '29'],
      ['Calls', '4,834'],
    ]);
    change($<HTMLSelectElement>(el, '#p-rep'), '1');
    await settle(el);
    expect($<HTMLInputElement>(el, '#p-reps-1-target').value).to.equal('600,000');
    edit(el, 'p-reps-1-target', '800,000'); // Bo: gap 800,000 − 710,000 = 90,000 → 9 high intent
    await settle(el);
    expect(tableRows(el, 'rep-table')[1]).to.deep.equal([
      'Bo',
      'CN¥800,000',
      'CN¥710,000',
      'CN¥90,000',
      '9',
      'Feasible',
    ]);
    expect(figure(el, 'gap')).to.equal('CN¥380,000');
    // Bo's own funnel below the team, edited in place.
    edit(el, 'p-reps-1-stages-2-count', '12'); // +2 · 0.2 · 50,000 = +20,000 expected
    await settle(el);
    expect(tableRows(el, 'rep-table')[1]!.slice(2, 4)).to.deep.equal(['CN¥730,000', 'CN¥70,000']);
    // A typo in a rep keeps the last good team result.
    setTimeout(() => edit(el, 'p-reps-1-acv', 'x'));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.deep.equal(['reps.1.acv']);
    await settle(el);
    expect($(el, '#p-reps-1-acv').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#p-reps-1-acv-d').textContent).to.contain('Order value is not a number');
    expect(tableRows(el, 'rep-table')[1]!.slice(0, 4)).to.deep.equal(['Bo', 'CN¥800,000', 'CN¥730,000', 'CN¥70,000']);
    edit(el, 'p-reps-1-acv', '50000');
    await settle(el);
    button(el, 'Add a rep').click();
    await settle(el);
    expect(tableRows(el, 'rep-table').map((r) => r[0])).to.deep.equal(['Ann', 'Bo', 'Rep 3']);
    button(el, 'Remove this rep').click(); // the new rep is not selected: Bo is
    await settle(el);
    expect(tableRows(el, 'rep-table').map((r) => r[0])).to.deep.equal(['Ann', 'Rep 3']);
    await expect(el).to.be.accessible();
  });
});

describe('funnel-forecast: comparing scenarios A and B', () => {
  it('two pickers side by side, rows matched by key, the parameters that differ; modified badge; undo a load', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    el.saveScenario('Base');
    await settle(el);
    edit(el, 'p-acv', '60000');
    await settle(el);
    expect(partText(el, 'scenario')).to.equal('Base · modified');
    el.saveScenario('Big');
    edit(el, 'p-maxNewHighIntent', '10'); // infeasible: a figure only this input has
    await settle(el);
    expect(partText(el, 'scenario')).to.equal('Big · modified');
    change($<HTMLSelectElement>(el, '#p-sc'), 'Base');
    change($<HTMLSelectElement>(el, '#sc-pick'), 'Big');
    await settle(el);
    const head = [...el.shadowRoot!.querySelectorAll('[part~="figures"] thead th')].map((c) => c.textContent.trim());
    expect(head).to.deep.equal(['Field', 'Current', 'A: Base', 'B: Big']);
    const rows = tableRows(el, 'figures');
    expect(rows.find((r) => r[0] === 'Gap')).to.deep.equal(['Gap', 'CN¥208,000', 'CN¥290,000', 'CN¥208,000']);
    expect(rows.findIndex((r) => r[0] === 'Gap')).to.equal(2);
    // Matched by key: the order value needed exists only in the current result.
    // 700,000 / (8.2 + 10 · 0.2) = 68,627.45
    expect(rows.find((r) => r[0] === 'Order value needed')).to.deep.equal([
      'Order value needed',
      'CN¥68,627',
      '—',
      '—',
    ]);
    expect(partText(el, 'scenario-diff')).to.contain('Base → Big').and.contain('Order value: CN¥50,000 → CN¥60,000');
    // Load A over unsaved edits: an undo is offered and restores them.
    change($<HTMLSelectElement>(el, '#sc-pick'), 'Base');
    button(el, 'Load').click();
    await settle(el);
    expect($<HTMLInputElement>(el, '#p-acv').value).to.equal('50,000');
    expect(partText(el, 'scenario')).to.equal('Base');
    button(el, 'Undo').click();
    await settle(el);
    expect($<HTMLInputElement>(el, '#p-acv').value).to.equal('60,000');
    expect($<HTMLInputElement>(el, '#p-maxNewHighIntent').value).to.equal('10');
    expect(partText(el, 'scenario')).to.equal('Big · modified');
  });
});

describe('funnel-forecast: chart labels', () => {
  it('the label gutter fits the longest stage name: no label is clipped at the left edge', async () => {
    const long = 'Qualified opportunity with budget';
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast
        lang="en"
        .data=${{ ...EXAMPLE, stages: EXAMPLE.stages.map((s, i) => (i === 1 ? { ...s, label: long } : s)) }}
      ></funnel-forecast>`,
    );
    await settle(el);
    const texts = [
      ...el.shadowRoot!.querySelectorAll<SVGTextElement>('[part~="funnel-chart"] text[text-anchor="end"]'),
    ];
    expect(texts.map((t) => t.textContent)).to.include(long);
    for (const t of texts) expect(t.getBBox().x, t.textContent).to.be.at.least(0);
    const zh = await fixture<FunnelForecast>(html`<funnel-forecast lang="zh-CN" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(zh);
    for (const t of zh.shadowRoot!.querySelectorAll<SVGTextElement>('[part~="funnel-chart"] text[text-anchor="end"]'))
      expect(t.getBBox().x).to.be.at.least(0);
  });
});

describe('funnel-forecast: print and zh-CN', () => {
  it('print: one column, tables unclipped, inputs printed as values, no sliders or scenarios', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${EXAMPLE}></funnel-forecast>`);
    await settle(el);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.cols')).gridTemplateColumns.split(' ').length).to.equal(1);
      expect(getComputedStyle($(el, '.table-wrap')).overflowX).to.equal('visible');
      const input = getComputedStyle($(el, '#p-target'));
      expect(input.borderTopWidth).to.equal('0px');
      expect(getComputedStyle($(el, '[part~="funnel-table"] input[type="range"]')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="scenarios"]')).display).to.equal('none');
      expect(getComputedStyle($(el, 'button')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle($(el, '#p-target')).borderTopWidth).not.to.equal('0px');
  });

  it('zh-CN: the order value needed, the maximum and the messages in Chinese', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="zh-CN" .data=${{ ...EXAMPLE, maxNewHighIntent: 20 }}></funnel-forecast>`,
    );
    await settle(el);
    expect(tableRows(el, 'figures').find((r) => r[0] === '需提升到的客单价')).to.deep.equal([
      '需提升到的客单价',
      '¥57,377',
    ]);
    expect(partText(el, 'advice')).to.contain('(上限 20)').and.not.contain('max');
    edit(el, 'p-conversion-1', '130');
    // The message's Chinese wording loads on first use: wait for it, not for a number of frames.
    await until(
      () => zhWorded(el.shadowRoot!.querySelector('#p-conversion-1-d')?.textContent ?? ''),
      5000,
      'the Chinese wording',
    );
    expect($(el, '#p-conversion-1-d').textContent).to.contain('转化率 · 意向客户 必须 ≤ 1');
  });
});
