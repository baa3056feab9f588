import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import '../../components/lead-score-card/index.js';
import '../../components/revops-provider/index.js';
import type { LeadScoreCard, LeadScoreDetail } from '../../components/lead-score-card/index.js';
import type { RevopsProvider } from '../../components/revops-provider/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { setDefaultStore, type KeyValueStore } from '../../src/storage/index.js';
import { SEED_LEAD, settle, partText, $, until, zhWorded, saved } from '../helpers/fixtures.js';
import { uid, change } from '../helpers/harness.js';
import { tabTo, press, deepActive } from '../helpers/keyboard.js';

const select = (el: Element, id: string) => $<HTMLSelectElement>(el, `#${id}`);

describe('lead-score-card: the four ways in', () => {
  it('property: the seed example scores 68.5 → B, deep follow-up, telesales', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    expect(partText(el, 'score')).to.equal('68.5');
    expect($(el, '[part~="tier"]').dataset.tier).to.equal('B');
    expect(partText(el, 'tier')).to.equal('B · Mid-high value');
    expect(partText(el, 'strategy')).to.contain('Deep, personalised follow-up');
    expect($(el, '[part~="route"]').dataset.route).to.equal('telesales');
    expect(partText(el, 'route')).to.contain('Telesales');
  });

  it('JSON attribute, including flat values without a "values" wrapper', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" data=${JSON.stringify(SEED_LEAD)}></lead-score-card>`,
    );
    await settle(el);
    expect(partText(el, 'score')).to.equal('68.5');
  });

  it('child <script type="application/json">, and the model from a data-model script', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en">
        <script type="application/json">
          { "values": { "q": "mid" } }
        </script>
        <script type="application/json" data-model>
          {
            "factors": [{ "key": "q", "kind": "options", "weight": 1, "options": [{ "value": "mid", "score": 70 }] }],
            "tiers": [
              { "key": "A", "minScore": 80 },
              { "key": "B", "minScore": 60 },
              { "key": "D", "minScore": 0 }
            ],
            "focusTiers": ["A", "B"]
          }
        </script>
      </lead-score-card>`,
    );
    await settle(el);
    expect(partText(el, 'score')).to.equal('70');
    expect($(el, '[part~="tier"]').dataset.tier).to.equal('B');
  });

  it('a child script edited later is read again', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en"
        ><script type="application/json">
          { "values": {} }
        </script></lead-score-card
      >`,
    );
    await settle(el);
    expect(partText(el, 'score')).to.equal('0');
    el.querySelector('script')!.textContent = JSON.stringify({ values: SEED_LEAD });
    await until(() => partText(el, 'score') === '68.5', 2000, 'score after script edit');
  });

  it('src URL with a loading state, and model-src', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" src="/test/fixtures/seed-lead.json"></lead-score-card>`,
    );
    await until(() => partText(el, 'score') === '68.5', 3000, 'score from src');
    expect(partText(el, 'header')).to.contain('Acme SaaS');
    const m = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        data='{"values":{"q":"hi"}}'
        model-src="/test/fixtures/one-factor-model.json"
      ></lead-score-card>`,
    );
    await until(() => partText(m, 'score') === '90', 3000, 'score with model-src');
    expect($(m, '[part~="tier"]').dataset.tier).to.equal('A');
  });

  it('a src that fails shows an alert naming src and the status', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" src="/test/fixtures/missing.json"></lead-score-card>`,
    );
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 3000, 'alert');
    expect(alert.textContent).to.contain('src="/test/fixtures/missing.json"');
    expect(alert.textContent).to.contain('404');
  });

  it('the property wins over the child script and src', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" src="/test/fixtures/seed-lead.json" .data=${{ values: { channel: 'referral' } }}>
        <script type="application/json">
          { "values": { "channel": "other" } }
        </script>
      </lead-score-card>`,
    );
    await settle(el);
    await aTimeout(100);
    expect(partText(el, 'score')).to.equal('9'); // referral 90 × 0.10
  });
});

describe('lead-score-card: what-if, events and errors', () => {
  it('a what-if change moves the score at once and fires revops-change with the model output', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    const role = select(el, 'f-3'); // contactRole
    setTimeout(() => change(role, 'decision-maker'));
    const ev = await oneEvent(el, 'revops-change');
    const d = ev.detail as LeadScoreDetail;
    expect(d.score).to.be.closeTo(76.5, 1e-9); // 68.5 + (100 − 60) × 0.2
    expect(d.tier).to.equal('B');
    expect(d.routing.route).to.equal('telesales');
    expect(d.contributions[3]!.value).to.equal('decision-maker');
    await settle(el);
    expect(partText(el, 'score')).to.equal('76.5');
    expect(partText(el, 'factors')).to.contain('Revert to record');
  });

  it('multi checkboxes and numbers edit too, and an emptied number counts as missing', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    const trial = $<HTMLInputElement>(el, '#f-6-4'); // interest: trial-signup +30
    trial.click();
    await settle(el);
    expect(partText(el, 'score')).to.equal('73'); // interest 60 → 90: +4.5
    change($<HTMLInputElement>(el, '#f-2'), '', 'input'); // annualRevenue cleared
    await settle(el);
    expect(partText(el, 'score')).to.equal('59.5'); // −13.5
    expect(partText(el, 'missing')).to.contain('Business scale');
    expect($(el, '[part~="tier"]').dataset.tier).to.equal('C');
  });

  it('malformed JSON in data shows the alert with the path, fires revops-invalid, and keeps the last result', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" data=${JSON.stringify({ values: SEED_LEAD })}></lead-score-card>`,
    );
    await settle(el);
    setTimeout(() => el.setAttribute('data', '{"values": {"channel": '));
    const ev = await oneEvent(el, 'revops-invalid');
    const d = ev.detail as InvalidDetail;
    expect(d.source).to.equal('data');
    expect(d.issues[0]!.path).to.equal('data');
    await settle(el);
    const alert = $(el, '[role="alert"]');
    expect(alert.textContent).to.contain('data');
    expect(alert.textContent).to.contain('not valid JSON');
    expect(partText(el, 'score')).to.equal('68.5');
  });

  it('an unknown option is reported with the factor path; the last good result stays', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    setTimeout(() => (el.data = { values: { ...SEED_LEAD, channel: 'fax' } }));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.deep.equal(['values.channel']);
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('values.channel');
    expect(partText(el, 'score')).to.equal('68.5');
    el.data = { values: SEED_LEAD };
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('a model with zero-sum weights is rejected, naming model.factors', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .data=${{ values: { q: 'hi' } }}
        .model=${{ factors: [{ key: 'q', kind: 'options', weight: 0, options: [{ value: 'hi', score: 90 }] }], tiers: [{ key: 'A', minScore: 0 }], focusTiers: [] }}
      ></lead-score-card>`,
    );
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('model.factors');
  });

  it('custom routing rules and a local flag route to field sales', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: { ...SEED_LEAD, local: true } }}></lead-score-card>`,
    );
    await settle(el);
    expect($(el, '[part~="route"]').dataset.route).to.equal('field-sales');
    expect(partText(el, 'route')).to.contain('Local demand');
    el.rules = [{ when: {}, route: 'partner-desk', reason: 'all leads go to partners' }];
    await settle(el);
    expect(partText(el, 'route')).to.contain('partner-desk');
    expect(partText(el, 'route')).to.contain('all leads go to partners');
  });

  it('renders text that looks like HTML or a script as inert text', async () => {
    (window as unknown as { __pwned?: number }).__pwned = 0;
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const model = {
      factors: [
        { key: 'q', label: evil, kind: 'options', weight: 1, options: [{ value: 'a', label: evil, score: 90 }] },
      ],
      tiers: [{ key: 'A', label: evil, minScore: 0 }],
      focusTiers: ['A'],
    };
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .model=${model} .data=${{ name: evil, values: { q: 'a' } }}></lead-score-card>`,
    );
    await settle(el);
    await aTimeout(50);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('script').length).to.equal(0);
    expect(partText(el, 'header')).to.contain('<img src=x');
    expect(partText(el, 'tier')).to.contain('<script>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(0);
  });
});

describe('lead-score-card: what-if edits, saved state and the alert, in depth', () => {
  it('what-if edits stay with their record: another record drops them, and the event says when edits apply', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ id: 'L1', values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    setTimeout(() => change(select(el, 'f-3'), 'decision-maker'));
    const edited = await oneEvent(el, 'revops-change');
    expect((edited.detail as LeadScoreDetail).edited).to.equal(true);
    setTimeout(() => (el.data = { id: 'L2', values: { ...SEED_LEAD, contactRole: 'end-user' } }));
    const next = await oneEvent(el, 'revops-change');
    const d = next.detail as LeadScoreDetail;
    // 68.5 − 12 + 0.2 × 30 = 62.5: the edit made on L1 is gone.
    expect(d.score).to.be.closeTo(62.5, 1e-9);
    expect(d.edited).to.equal(false);
    expect(d.contributions[3]!.value).to.equal('end-user');
  });

  it('with a storage-key the first result already has the saved tuning (no flash of the preset)', async () => {
    const key = `first-${uid()}`;
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${key} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await until(() => partText(el, 'score') === '68.5', 3000, 'first score');
    change($<HTMLInputElement>(el, '#w-3'), '60');
    await settle(el);
    await saved(el);
    el.remove();
    const scores: number[] = [];
    const wrap = document.createElement('div');
    wrap.addEventListener('revops-change', (e) => scores.push((e as CustomEvent<LeadScoreDetail>).detail.score));
    document.body.append(wrap);
    const again = document.createElement('lead-score-card');
    again.setAttribute('lang', 'en');
    again.setAttribute('storage-key', key);
    again.data = { values: SEED_LEAD };
    wrap.append(again);
    await until(() => partText(again, 'score') === '66.1', 3000, 'restored score');
    await settle(again);
    expect(scores.map((x) => Math.round(x * 10) / 10)).to.deep.equal([66.1]);
    wrap.remove();
  });

  it('a storage-key with nothing saved starts from the defaults (nothing carries over)', async () => {
    const k1 = `k1-${uid()}`;
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${k1} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await until(() => partText(el, 'score') === '68.5', 3000, 'first score');
    change($<HTMLInputElement>(el, '#w-3'), '60');
    await settle(el);
    expect(partText(el, 'score')).to.equal('66.1');
    el.storageKey = `k2-${uid()}`;
    await until(() => partText(el, 'score') === '68.5', 3000, 'defaults under the new key');
    expect($<HTMLInputElement>(el, '#w-3').value).to.equal('20');
  });

  it('an invalid weight is marked and named, not saved; the last valid tuning is restored', async () => {
    const key = `bad-${uid()}`;
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${key} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await until(() => partText(el, 'score') === '68.5', 3000, 'first score');
    change($<HTMLInputElement>(el, '#w-3'), '60');
    await settle(el);
    change($<HTMLInputElement>(el, '#w-3'), '-5');
    await settle(el);
    const alert = $(el, '[role="alert"]');
    expect(alert.textContent).to.contain('model.factors.3.weight');
    expect(alert.textContent).to.contain('Contact · Weight');
    // In the unit typed: −5 %, not the model's −0.05.
    expect(alert.textContent).to.contain('must be ≥ 0 %').and.not.contain('-0.05');
    expect($<HTMLInputElement>(el, '#w-3').getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(el, '#w-3').value).to.equal('-5');
    expect(partText(el, 'score')).to.equal('66.1'); // the last good result stays
    await saved(el);
    el.remove();
    const again = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${key} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await until(() => partText(again, 'score') === '66.1', 3000, 'last valid tuning');
    expect(again.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('malformed JSON in the rules attribute is reported as rules', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    setTimeout(() => el.setAttribute('rules', '[{"when":'));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).source).to.equal('rules');
    await settle(el);
    expect($(el, '[role="alert"]').textContent).to.contain('rules attribute is not valid JSON');
    expect(partText(el, 'score')).to.equal('68.5');
  });

  it('the alert speaks the UI language and names the field once', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="zh-CN" .data=${{ values: { ...SEED_LEAD, channel: 'fax' } }}></lead-score-card>`,
    );
    // The message's Chinese wording loads on first use: wait for it, not for a number of frames.
    await until(() => zhWorded(el.shadowRoot!.querySelector('[role="alert"] li')?.textContent ?? ''), 5000, 'wording');
    const li = $(el, '[role="alert"] li').textContent.replace(/\s+/g, ' ');
    expect(li).to.contain('values.channel (渠道)');
    expect(li).to.contain('必须是因素 channel 的选项之一');
    expect(li.split('values.channel').length - 1).to.equal(1);
  });

  it('follows a lang change on an ancestor', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en"><lead-score-card .data=${{ values: SEED_LEAD }}></lead-score-card></div>`,
    );
    const el = wrap.querySelector('lead-score-card')!;
    await settle(el);
    expect(partText(el, 'header')).to.contain('Lead value');
    wrap.setAttribute('lang', 'zh-CN');
    await until(() => partText(el, 'header').includes('线索价值'), 2000, 'zh-CN after lang change');
  });
});

describe('lead-score-card: tuning, persistence and the provider', () => {
  it('tuning a weight re-scores, and a storage round trip restores it', async () => {
    const key = `rt-${uid()}`;
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${key} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    // The history and import stores are read too before the card computes: wait for the tuning controls.
    await until(() => el.shadowRoot!.querySelector('#w-3'), 3000, 'the tuning controls');
    // contactRole weight 20 → 60: Σw = 1.4; score = (68.5 − 12 + 0.6·60) / 1.4 = 66.07…
    change($<HTMLInputElement>(el, '#w-3'), '60');
    await settle(el);
    expect(partText(el, 'score')).to.equal('66.1');
    await saved(el);
    el.remove();
    const again = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${key} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await until(() => partText(again, 'score') === '66.1', 3000, 'restored tuning');
    expect($<HTMLInputElement>(again, '#w-3').value).to.equal('60');
    // Reset to defaults brings the preset back.
    const reset = [...again.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Reset to defaults'),
    )!;
    reset.click();
    await settle(again);
    expect(partText(again, 'score')).to.equal('68.5');
    expect($(again, '[part~="model-source"]').dataset.from).to.equal('preset');
  });

  it('what-if edits survive a reload under the same storage-key', async () => {
    const key = `edits-${uid()}`;
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${key} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    change(select(el, 'f-3'), 'decision-maker');
    await settle(el);
    await saved(el);
    el.remove();
    const again = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${key} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await until(() => partText(again, 'score') === '76.5', 3000, 'restored edit');
    expect(select(again, 'f-3').value).to.equal('decision-maker');
  });

  it('without IndexedDB it keeps working in memory and says so', async () => {
    const failing: KeyValueStore = {
      persistent: false,
      get: async () => undefined,
      set: async () => undefined,
      del: async () => undefined,
    };
    setDefaultStore(failing);
    try {
      const el = await fixture<LeadScoreCard>(
        html`<lead-score-card lang="en" storage-key="x" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
      );
      await settle(el);
      expect(partText(el, 'notice')).to.contain('Saving is unavailable');
      expect(partText(el, 'score')).to.equal('68.5');
    } finally {
      setDefaultStore(null);
    }
  });

  it('the provider switches locale for its children', async () => {
    const p = await fixture<RevopsProvider>(
      html`<revops-provider locale="zh-CN"
        ><lead-score-card .data=${{ values: SEED_LEAD }}></lead-score-card
      ></revops-provider>`,
    );
    const el = p.querySelector('lead-score-card')!;
    await settle(el);
    expect(partText(el, 'header')).to.contain('线索价值');
    expect(partText(el, 'tier')).to.equal('B · 中高价值');
    expect(partText(el, 'route')).to.contain('电话销售');
    p.locale = 'en';
    await settle(p);
    await settle(el);
    expect(partText(el, 'header')).to.contain('Lead value');
    expect(partText(el, 'route')).to.contain('Telesales');
  });

  it('two cards under one provider use one tuned model', async () => {
    const p = await fixture<RevopsProvider>(
      html`<revops-provider locale="en">
        <lead-score-card id="a" .data=${{ values: SEED_LEAD }}></lead-score-card>
        <lead-score-card id="b" .data=${{ values: { ...SEED_LEAD, contactRole: 'decision-maker' } }}></lead-score-card>
      </revops-provider>`,
    );
    const a = p.querySelector<LeadScoreCard>('#a')!;
    const b = p.querySelector<LeadScoreCard>('#b')!;
    await settle(a);
    await settle(b);
    expect(partText(b, 'score')).to.equal('76.5');
    change($<HTMLInputElement>(a, '#w-3'), '60'); // contactRole weight 20 → 60, tuned in card a
    await settle(p);
    await settle(a);
    await settle(b);
    expect(partText(a, 'score')).to.equal('66.1');
    // b: (76.5 − 20 + 0.6·100) / 1.4 = 83.21…
    expect(partText(b, 'score')).to.equal('83.2');
    expect($<HTMLInputElement>(b, '#w-3').value).to.equal('60');
  });

  it('formats numbers for the locale', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="de" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    expect(partText(el, 'score')).to.equal('68.5'); // de falls back to en
    const zh = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="zh-Hans-CN" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(zh);
    expect(partText(zh, 'header')).to.contain('线索价值');
  });
});

describe('lead-score-card: validity check and calibration', () => {
  const CSV = [
    'id,q,converted,amount',
    'r1,hi,true,100',
    'r2,hi,false,',
    'r3,mid,yes,50',
    'r4,mid,no,999',
    'r5,mid,0,',
    'r6,lo,1,10',
    'r7,lo,false,',
    'r8,none,false,',
    'bad,bogus,true,',
  ].join('\n');
  const model = {
    factors: [
      {
        key: 'q',
        kind: 'options',
        weight: 1,
        options: [
          { value: 'hi', score: 90 },
          { value: 'mid', score: 70 },
          { value: 'lo', score: 30 },
          { value: 'none', score: 10 },
        ],
      },
    ],
    tiers: [
      { key: 'A', minScore: 80 },
      { key: 'B', minScore: 60 },
      { key: 'C', minScore: 40 },
      { key: 'D', minScore: 0 },
    ],
    focusTiers: ['A', 'B'],
  };

  it('checks pasted CSV history: per-tier table, focus share, AUC; an unknown option is left out and noted', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .model=${model} .data=${{ values: { q: 'hi' } }}></lead-score-card>`,
    );
    await settle(el);
    const ta = $<HTMLTextAreaElement>(el, '#history-text');
    ta.value = CSV;
    const check = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check')!;
    check.click();
    await until(() => el.shadowRoot!.querySelector('[part~="validity-table"] tbody tr'), 5000, 'the validity table');
    await settle(el);
    // The import reads q by the model's options: "bogus" is none of them, so that row's q is left out (noted),
    // and the row scores 0 (tier D) like any row missing every factor.
    expect(partText(el, 'import-warnings')).to.contain('1 row: q is not an option of the model and is left out');
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="validity-table"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent.trim()),
    );
    // A: r1 r2 (r1 converted, 100); B: r3 r4 r5 (r3, 50); D: r6 r7 r8 bad (r6 and bad converted, 10).
    expect(rows).to.deep.equal([
      ['A · High value', '2', '22.2%', '1', '50%', 'CN¥100'],
      ['B · Mid-high value', '3', '33.3%', '1', '33.3%', 'CN¥50'],
      ['C · Mid-low value', '0', '0%', '0', '—', 'CN¥0'],
      ['D · Low value', '4', '44.4%', '2', '50%', 'CN¥10'],
    ]);
    const text = partText(el, 'validation');
    // Positives 90, 70, 30, 0 against negatives 90, 70, 70, 30, 10: (4.5 + 3 + 1.5 + 0) / 20 = 0.45.
    expect(text).to.contain('AUC 0.45');
    expect(text).to.contain('Focus share 55.6%');
    expect(text).to.contain('Check not passed');
    expect(el.shadowRoot!.querySelector('[part~="validity"] svg')!.getAttribute('aria-label')).to.contain(
      'A Share 22.2%',
    );
  });

  it('keyboard alone edits a factor and runs and accepts a calibration', async () => {
    // Budget owners convert, influencers do not; demandMatch is noise that outweighs contactRole in the preset
    // (0.15 × 60 = 9 points against 0.2 × 40 = 8), so the preset ranks some losers above winners.
    const history = Array.from({ length: 40 }, (_, i) => ({
      values: {
        ...SEED_LEAD,
        contactRole: i % 2 ? 'budget-owner' : 'influencer',
        demandMatch: i % 4 < 2 ? 'standard-high' : 'custom-heavy',
      },
      converted: i % 2 === 1,
    }));
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }} .history=${history}></lead-score-card>`,
    );
    await settle(el);
    // Edit contactRole with the keyboard: focus the select, then type to pick "decision-maker".
    const role = select(el, 'f-3');
    await tabTo(role);
    await press('d'); // first option starting with "D": Decision maker
    await settle(el);
    expect(role.value).to.equal('decision-maker');
    expect(partText(el, 'score')).to.equal('76.5');
    // Run calibration with the keyboard.
    const calibrate = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Calibrate',
    )!;
    await tabTo(calibrate);
    await press('Enter');
    await until(() => el.shadowRoot!.querySelector('[part~="calibration"]'), 5000, 'calibration');
    const accept = [...el.shadowRoot!.querySelectorAll('[part~="calibration"] button')].find(
      (b) => b.textContent?.trim() === 'Accept',
    )!;
    await tabTo(accept);
    expect(deepActive()).to.equal(accept);
    await press('Enter');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="calibration"]')).to.equal(null);
    expect(partText(el, 'validity')).to.contain('Calibrated weights and thresholds applied');
    // contactRole is the factor that drives conversion here: its weight rose above 20 %.
    expect(Number($<HTMLInputElement>(el, '#w-3').value)).to.be.greaterThan(20);
  });
});

describe('lead-score-card: accessibility', () => {
  it('has no axe violations, light and dark, with every section open', async function () {
    // Every section includes the model editor (loaded when opened): two axe runs over a large tree.
    this.timeout(30000);
    // 40 rows, 20 conversions: enough for Calibrate (30 rows, 5 conversions), so the proposal is audited too.
    const history = Array.from({ length: 40 }, (_, i) => ({
      values: { ...SEED_LEAD, contactRole: i % 2 ? 'decision-maker' : 'end-user' },
      converted: i % 2 === 1,
    }));
    for (const theme of ['light', 'dark']) {
      const el = await fixture<LeadScoreCard>(
        html`<lead-score-card
          lang="en"
          theme=${theme}
          .data=${{ name: 'Acme', values: { ...SEED_LEAD, contactRole: null } }}
          .history=${history}
        ></lead-score-card>`,
      );
      await settle(el);
      el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
      await until(() => el.shadowRoot!.querySelector('[part~="model-editor"]'), 8000, 'the model editor');
      await el.calibrate();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="calibration"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    }
  });
});
