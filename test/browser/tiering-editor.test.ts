// The tiering model editor (issue 13 part 1): every part of the model edited with the keyboard only,
// problems shown at the field and never saved, undo/redo, sub-scores by class, the JSON round trip,
// storage, the provider (a table re-scores), Chinese, axe, 400 px.
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import '../../components/lead-score-card/index.js';
import '../../components/customer-value-card/index.js';
import '../../components/lead-score-table/index.js';
import '../../components/revops-provider/index.js';
import type { LeadScoreCard } from '../../components/lead-score-card/index.js';
import type { CustomerValueCard } from '../../components/customer-value-card/index.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { SEED_CUSTOMER, SEED_LEAD, settle, partText, $, until } from '../helpers/fixtures.js';
import { captureDownload, uid } from '../helpers/harness.js';
import { sendKeys } from '@web/test-runner-commands';
import { tabTo, press, type, selectAll, deepActive } from '../helpers/keyboard.js';

/** Ctrl + a key, as a user presses it. */
async function ctrl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

type Card = LeadScoreCard | CustomerValueCard;

/** Press Tab (or Shift+Tab) from where the focus is until `target` has it. */
async function tabToward(target: Element, back = false, max = 400): Promise<void> {
  for (let i = 0; i < max && deepActive() !== target; i++) {
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
  }
  if (deepActive() !== target) throw new Error(`${target.id} is not reachable with Tab`);
}

/** Open the editor with the keyboard (Tab to its summary, Enter) and wait until it is in. */
async function openEditor(el: Card): Promise<void> {
  await tabTo($(el, '[part~="editor"] > summary'));
  await press('Enter');
  await until(() => el.shadowRoot!.querySelector('[part~="model-editor"]'), 8000, 'the editor loaded');
  await settle(el);
}

/** Replace the text of the focused field and leave it with Tab (its change applies the edit). */
async function retype(text: string): Promise<void> {
  await selectAll();
  await type(text);
  await press('Tab');
}

const model = (el: Card) => el.modelEditor.editor!.history.present;
const focusedId = () => (deepActive() as HTMLElement | null)?.id;

describe('tiering model editor: keyboard only', () => {
  it('adds a factor with a class, options, a band factor, a tier; undo and redo; nothing invalid is saved', async function () {
    this.timeout(120000);
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .data=${{ values: { ...SEED_LEAD, region: 'north', size: 7 } }}
      ></lead-score-card>`,
    );
    await settle(el);
    expect(partText(el, 'score')).to.equal('68.5');
    await openEditor(el);

    // A factor: key, label, weight 10 %, class; its option north scores 100; a second option; move it; remove it.
    await tabToward($(el, '#ed-add-factor'));
    await press('Enter');
    await until(() => focusedId() === 'ed-factors-7-key', 3000, 'focus on the new key');
    await retype('region');
    await type('Region');
    await press('Tab'); // → kind
    await press('Tab'); // → weight
    await retype('10');
    await retype('fit'); // class
    expect(model(el).factors[7]).to.deep.include({ key: 'region', label: 'Region', weight: 0.1, class: 'fit' });
    await tabToward($(el, '#ed-factors-7-options-0-value'));
    await retype('north');
    await press('Tab'); // label → score
    await retype('100');
    // (68.5 + 0.1 × 100) / 1.1 = 71.36
    await until(() => partText(el, 'score') === '71.4', 3000, 'the card re-scored');
    await tabToward($(el, '#ed-add-option-7'));
    await press('Enter');
    await until(() => focusedId() === 'ed-factors-7-options-1-value', 3000, 'focus on the new option');
    await retype('south');
    await tabToward($(el, '#ed-o7-1-up'));
    await press('Enter');
    expect(model(el).factors[7]!.options!.map((o) => o.value)).to.deep.equal(['south', 'north']);
    await until(() => focusedId() === 'ed-o7-0-down', 3000, 'focus follows the moved option');
    await tabToward($(el, '#ed-o7-0-remove'));
    await press('Enter');
    expect(model(el).factors[7]!.options!.map((o) => o.value)).to.deep.equal(['north']);

    // A number factor: kind changed with the keyboard, a reference, bands (min, score), a half-life.
    await tabToward($(el, '#ed-new-kind'));
    await press('ArrowDown');
    await press('ArrowDown'); // → Number bands
    await tabToward($(el, '#ed-add-factor'));
    await press('Enter');
    await until(() => focusedId() === 'ed-factors-8-key', 3000, 'focus on the second new key');
    await retype('size');
    expect(model(el).factors[8]!.kind).to.equal('bands');
    await tabToward($(el, '#ed-factors-8-weight'));
    await retype('10');
    await tabToward($(el, '#ed-factors-8-reference'));
    await retype('2');
    await tabToward($(el, '#ed-factors-8-decay-halfLifeDays'));
    await retype('30');
    await tabToward($(el, '#ed-add-band-8'));
    await press('Enter');
    await until(() => focusedId() === 'ed-factors-8-bands-1-min', 3000, 'focus on the new band');
    await retype('3');
    await retype('80'); // score
    // size 7 / reference 2 = 3.5 ≥ 3 → 80; (78.5 + 0.1 × 80) / 1.2 = 72.08
    await until(() => partText(el, 'score') === '72.1', 3000, 'the band counts');
    expect(model(el).factors[8]).to.deep.include({ reference: 2, decay: { halfLifeDays: 30 } });

    // A multi-choice cap on interest: 40 caps its 60 → (78.5 − 0.15 × 20 + 8) / 1.2 = 69.58
    await tabToward($(el, '#ed-f-6'), true);
    await press('Enter'); // open interest
    await tabToward($(el, '#ed-factors-6-cap'));
    await retype('40');
    await until(() => partText(el, 'score') === '69.6', 3000, 'the cap counts');

    // A tier S ≥ 65 with a strategy, a focus tier: the record moves to S and the card says its strategy.
    await tabToward($(el, '#ed-add-tier'));
    await press('Enter');
    await until(() => focusedId() === 'ed-tiers-4-key', 3000, 'focus on the new tier');
    await retype('S');
    await retype('Star'); // label
    await retype('65'); // min score
    await retype('Call within the hour'); // strategy
    await press('Space'); // focus
    await until(() => $(el, '[part~="tier"]').dataset.tier === 'S', 3000, 'tier S');
    expect(partText(el, 'strategy')).to.contain('Call within the hour');
    expect(model(el).focusTiers).to.deep.equal(['A', 'B', 'S']);
    // A class sub-score on the card: fit = region 100 × 0.1 / 1.2
    expect(partText(el, 'classes')).to.contain('fit');
    expect(partText(el, 'classes')).to.contain('8.3 of 8.3');

    // Invalid: an option score of 120 is shown at its field, and the model in force stays.
    await tabToward($(el, '#ed-f-0'), true);
    await press('Enter'); // open channel
    await tabToward($(el, '#ed-factors-0-options-0-score'));
    await retype('120');
    const cell = $<HTMLInputElement>(el, '#ed-factors-0-options-0-score');
    await until(() => cell.getAttribute('aria-invalid') === 'true', 3000, 'the cell marked');
    const msg = $(el, '#ed-factors-0-options-0-score-issue').textContent;
    expect(msg).to.match(/100/);
    expect(cell.getAttribute('aria-describedby')).to.equal('ed-factors-0-options-0-score-issue');
    expect(partText(el, 'score')).to.equal('69.6');
    expect(el.shadowRoot!.querySelector('.ed-status')!.textContent).to.contain('not saved');

    // Ctrl+Z takes the bad score back; Ctrl+Y brings it again; Ctrl+Z once more.
    await ctrl('z');
    await until(() => cell.getAttribute('aria-invalid') === 'false', 3000, 'undone');
    expect(model(el).factors[0]!.options![0]!.score).to.equal(80);
    await ctrl('y');
    await until(() => cell.getAttribute('aria-invalid') === 'true', 3000, 'redone');
    await ctrl('z');
    await until(() => cell.getAttribute('aria-invalid') === 'false', 3000, 'undone again');

    // Remove the tier and the factors again with their buttons.
    await tabToward($(el, '#ed-t-4-remove'));
    await press('Enter');
    await tabToward($(el, '#ed-f-8-remove'), true);
    await press('Enter');
    await tabToward($(el, '#ed-f-7-remove'), true);
    await press('Enter');
    // The preset with interest capped at 40: 68.5 − 0.15 × 20
    await until(() => partText(el, 'score') === '65.5', 3000, 'back to the preset but the cap');
    expect(model(el).factors.map((f) => f.key)).to.deep.equal(LEAD_PRESET.factors.map((f) => f.key));
    await tabToward($(el, '#ed-f-0-down'), true);
    await press('Enter');
    expect(model(el).factors[1]!.key).to.equal('channel');
  });
});

describe('tiering model editor: saving, sharing, round trip', () => {
  it('an edited model exported and imported again is the same JSON', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await settle(el);
    const s = (await el.modelEditor.show())!;
    s.apply({ op: 'add-factor', kind: 'multi' });
    s.apply({ op: 'set-factor', factor: 7, field: 'class', value: 'engagement' });
    s.apply({ op: 'set-tier', tier: 0, field: 'strategy', value: 'Visit' });
    await settle(el);
    const edited = model(el);
    const exportButton = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent.trim() === 'Export JSON',
    )!;
    const { text } = await captureDownload(() => exportButton.click());
    expect(JSON.parse(text)).to.deep.equal(edited);
    el.resetModel();
    await settle(el);
    const box = $<HTMLTextAreaElement>(el, '#import-text');
    box.value = text;
    box.dispatchEvent(new Event('input'));
    await settle(el);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Import JSON')!.click();
    await settle(el);
    await until(() => JSON.stringify(model(el)) === JSON.stringify(edited), 3000, 'the editor took the import');
    expect(partText(el, 'score')).to.equal('68.5');
    expect($(el, '[part~="tier"]').dataset.tier).to.equal('B');
    expect(partText(el, 'strategy')).to.contain('Deep, personalised follow-up');
    expect(JSON.stringify(JSON.parse(text), null, 2)).to.equal(text);
  });

  it('the last valid edit is saved under storage-key; an invalid one is not', async () => {
    const key = `editor-${uid()}`;
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${key} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await until(() => partText(el, 'score') === '68.5', 3000, 'the first score');
    const s = (await el.modelEditor.show())!;
    s.apply({ op: 'set-option', factor: 0, option: 0, field: 'score', value: 100 }); // channel 80 → 100: +2
    s.apply({ op: 'set-tier', tier: 1, field: 'minScore', value: null }); // invalid: not saved
    await until(() => partText(el, 'score') === '70.5', 3000, 'the edit in force');
    await aTimeout(400);
    el.remove();
    const again = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" storage-key=${key} .data=${{ values: SEED_LEAD }}></lead-score-card>`,
    );
    await until(() => partText(again, 'score') === '70.5', 3000, 'the saved model');
    const s2 = (await again.modelEditor.show())!;
    expect(s2.history.present.tiers[1]!.minScore).to.equal(60);
  });

  it('edit in a card under a provider: a table re-scores', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<revops-provider>
        <lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>
        <lead-score-table lang="en" .data=${[{ id: 'L1', name: 'Acme', values: SEED_LEAD }]}></lead-score-table>
      </revops-provider>`,
    );
    const card = wrap.querySelector('lead-score-card')!;
    const table = wrap.querySelector('lead-score-table')!;
    await settle(card);
    await until(() => table.shadowRoot!.querySelector('[part~="row"] .num'));
    const s = (await card.modelEditor.show())!;
    s.apply({ op: 'set-option', factor: 0, option: 0, field: 'score', value: 100 });
    await until(
      () => table.shadowRoot!.querySelector('[part~="row"] .num')!.textContent.trim() === '70.5',
      3000,
      'the table re-scored',
    );
    // An invalid edit is not shared.
    s.apply({ op: 'set-factor', factor: 1, field: 'key', value: 'channel' });
    await settle(card);
    await aTimeout(50);
    expect(table.shadowRoot!.querySelector('[part~="row"] .num')!.textContent.trim()).to.equal('70.5');
  });
});

describe('tiering model editor: Chinese, axe, 400 px', () => {
  it('customer card in Chinese: the editor and its problems speak Chinese', async () => {
    const el = await fixture<CustomerValueCard>(
      html`<customer-value-card lang="zh-CN" .data=${{ values: SEED_CUSTOMER }}></customer-value-card>`,
    );
    await settle(el);
    const s = (await el.modelEditor.show())!;
    await settle(el);
    expect($(el, '[part~="editor"] > summary').textContent).to.contain('编辑模型');
    expect($(el, '#ed-add-factor').textContent).to.contain('添加因素');
    s.apply({ op: 'set-band', factor: 0, band: 1, field: 'min', value: -1 });
    await settle(el);
    expect($(el, '#ed-factors-0-bands-1-min-issue').textContent).to.match(/[\u4e00-\u9fff]/);
    expect(el.shadowRoot!.querySelector('.ed-status')!.textContent).to.contain('修正之前不会保存');
  });

  it('axe clean with problems shown, and no wider than a 400 px column', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div class="narrow"><lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card></div>`,
    );
    wrap.style.width = '400px';
    const el = wrap.querySelector('lead-score-card')!;
    await settle(el);
    const s = (await el.modelEditor.show())!;
    s.apply({ op: 'set-option', factor: 1, option: 0, field: 'score', value: 130 });
    s.apply({ op: 'add-tier' });
    await settle(el);
    await expect(el).to.be.accessible();
    const editor = $(el, '[part~="model-editor"]');
    expect(editor.scrollWidth).to.be.at.most(editor.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(400);
  });
});
