// Calibrate is disabled with a reason below 30 history rows or 5 conversions; the proposal shows how many
// rows support each tier before and after (issue 13, src/views/tiering-calibration.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-score-card/index.js';
import '../../components/customer-value-card/index.js';
import type { LeadScoreCard } from '../../components/lead-score-card/index.js';
import type { CustomerValueCard } from '../../components/customer-value-card/index.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { THREE_OPTIONS, THREE_OPTIONS_HISTORY } from '../fixtures/tiering-models.js';

const MODEL = THREE_OPTIONS;
const HISTORY = THREE_OPTIONS_HISTORY;

const button = (el: Element) => $<HTMLButtonElement>(el, '#calibrate');

describe('tiering cards: the calibration guard', () => {
  it('29 rows: disabled, the reason tied to the button; the check still runs', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .model=${MODEL}
        .data=${{ values: { q: 'hi' } }}
        .history=${HISTORY.slice(0, 29)}
      ></lead-score-card>`,
    );
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="validity-table"]'), 3000, 'the check');
    expect(button(el).disabled).to.equal(true);
    expect(button(el).getAttribute('aria-describedby')).to.equal('calibrate-reason');
    expect(partText(el, 'calibrate-reason')).to.equal(
      'Calibrate needs at least 30 history rows; this history has 29. Weights tuned on fewer follow noise.',
    );
    expect(await el.calibrate()).to.equal(undefined);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="calibration"]')).to.equal(null);
    expect(partText(el, 'validity')).to.contain('this history has 29');
  });

  it('40 rows with 4 conversions: disabled for conversions (in Chinese too)', async () => {
    const history = HISTORY.map((r, i) => ({ ...r, converted: i < 4 }));
    const el = await fixture<CustomerValueCard>(
      html`<customer-value-card
        lang="zh-CN"
        .model=${MODEL}
        .data=${{ values: { q: 'hi' } }}
        .history=${history}
      ></customer-value-card>`,
    );
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="calibrate-reason"]'), 3000, 'the reason');
    expect(button(el).disabled).to.equal(true);
    expect(partText(el, 'calibrate-reason')).to.contain('校准至少需要 5 次转化;当前只有 4 次');
  });

  it('40 rows, 8 conversions: enabled; the proposal shows the rows of each tier before and after', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .model=${MODEL}
        .data=${{ values: { q: 'hi' } }}
        .history=${HISTORY}
      ></lead-score-card>`,
    );
    await settle(el);
    await until(() => el.shadowRoot!.querySelector('[part~="validity-table"]'), 3000, 'the check');
    expect(button(el).disabled).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="calibrate-reason"]')).to.equal(null);
    button(el).click();
    await until(() => el.shadowRoot!.querySelector('[part~="calibration"]'), 5000, 'the proposal');
    await settle(el);
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="calibration"] tbody tr')]
      .map((tr) => [...tr.children].map((c) => c.textContent.trim()))
      .filter((r) => r[0]!.startsWith('Rows'));
    // Before: A 10 (6), B 10 (2), C 0, D 20. After B moves to 80, A to 90, C to 53.33: mid falls to C.
    expect(rows).to.deep.equal([
      ['Rows · A', '10 (6 converted)', '10 (6 converted)'],
      ['Rows · B', '10 (2 converted)', '0 (0 converted)'],
      ['Rows · C', '0 (0 converted)', '10 (2 converted)'],
      ['Rows · D', '20 (0 converted)', '20 (0 converted)'],
    ]);
    await expect(el).to.be.accessible();
  });
});
