// The tiering cards' validity history through the shared import view (kind `history`): the guard (no factor
// column mapped → refused, Calibrate disabled with the reason; fewer than 30 rows or 5 conversions → a
// warning), footers and blank lines never counted as rows, a GB18030 export, and a field-map for the host's
// raw history records.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-score-card/index.js';
import '../../components/customer-value-card/index.js';
import type { LeadScoreCard } from '../../components/lead-score-card/index.js';
import type { CustomerValueCard } from '../../components/customer-value-card/index.js';
import { $, partText, SEED_CUSTOMER, SEED_LEAD, settle, until } from '../helpers/fixtures.js';
import { press, tabTo } from '../helpers/keyboard.js';
import { chooseFile, counts, fieldSelect, fixtureFile, imported } from '../helpers/import.js';

const P = 'history-';
type Card = LeadScoreCard | CustomerValueCard;

const table = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="validity-table"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent.trim()),
  );
const calibrateButton = (el: Element) => $<HTMLButtonElement>(el, '#calibrate');

async function card(): Promise<LeadScoreCard> {
  const el = await fixture<LeadScoreCard>(
    html`<lead-score-card lang="en" .data=${{ values: SEED_LEAD }}></lead-score-card>`,
  );
  await settle(el);
  return el;
}

async function paste(el: Card, text: string): Promise<void> {
  $<HTMLTextAreaElement>(el, `#${P}text`).value = text;
  $<HTMLButtonElement>(el, `#${P}read`).click();
  await imported(el.importer);
  await settle(el);
}

/** 40 leads: a converted column and a channel column under a name no preset knows. */
const UNNAMED = [
  'id,converted,Lead origin',
  ...Array.from(
    { length: 40 },
    (_, i) => `h${i},${i % 4 === 0 ? 'yes' : 'no'},${i % 2 ? 'referral' : 'purchased-list'}`,
  ),
].join('\n');

describe('validity history: the guard', () => {
  it('refuses to validate or calibrate when no factor column is mapped, until one is', async () => {
    const el = await card();
    await paste(el, UNNAMED);
    expect(counts(el, P)).to.include({ read: '40', mapped: '40' });
    // Every row would score 0 and land in tier D: no check, Calibrate disabled with the reason.
    expect(partText(el, 'history-guard')).to.contain('No factor column is mapped');
    expect(el.shadowRoot!.querySelector('[part~="validity-table"]')).to.equal(null);
    const calibrate = calibrateButton(el);
    expect(calibrate.disabled).to.equal(true);
    expect(calibrate.getAttribute('aria-describedby')).to.equal('history-guard');
    expect(partText(el, 'calibrate-reason')).to.equal('Calibrate needs history with at least one factor column.');
    expect(await el.calibrate()).to.equal(undefined);

    // Map the channel factor to "Lead origin" with the keyboard.
    const channel = fieldSelect(el, P, 'values.channel');
    expect(channel.value).to.equal('');
    await tabTo(channel);
    await press('l'); // the column "Lead origin"
    await until(() => el.shadowRoot!.querySelector('[part~="validity-table"]'), 3000, 'the check');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="history-guard"]')).to.equal(null);
    expect(calibrateButton(el).disabled).to.equal(false);
    // Referrals (channel 80) convert 0 of 20, purchased lists (channel 20) 10 of 20: the other factors are
    // missing, so every row is in D (the score is the channel's share only).
    const rows = table(el);
    expect(rows.map((r) => r[1])).to.deep.equal(['0', '0', '0', '40']);
    expect(rows[3]![3]).to.equal('10');
  });

  it('warns, and still checks, with fewer than 30 rows or fewer than 5 conversions', async () => {
    const el = await card();
    const csv = [
      'id,converted,channel,contactRole',
      ...Array.from({ length: 20 }, (_, i) => `w${i},${i < 3 ? 'true' : 'false'},referral,decision-maker`),
    ].join('\n');
    await paste(el, csv);
    await until(() => el.shadowRoot!.querySelector('[part~="validity-table"]'), 3000, 'the check');
    const warnings = [...el.shadowRoot!.querySelectorAll('[part~="history-warning"] li')].map((li) => li.textContent);
    expect(warnings).to.deep.equal([
      'Only 20 rows: with fewer than 30, the check says little.',
      'Only 3 conversions: with fewer than 5, conversion rates per tier say little.',
    ]);
    expect(calibrateButton(el).disabled).to.equal(false);
  });
});

describe('validity history: real exports', () => {
  it('a Salesforce report: the footer and blank lines are not rows', async () => {
    const el = await card();
    chooseFile(el, `#${P}file`, await fixtureFile('crm/salesforce-report/leads.csv'));
    await imported(el.importer);
    await until(() => el.shadowRoot!.querySelector('[part~="validity-table"]'), 5000, 'the check');
    expect(counts(el, P)).to.include({ read: '800', mapped: '800', blank: '2', footers: '5' });
    expect(table(el).reduce((s, r) => s + Number(r[1]!.replace(/,/g, '')), 0)).to.equal(800);
    expect(partText(el, 'validation')).to.contain('leads.csv · 800 historical rows');
    expect(el.shadowRoot!.querySelector('[part~="history-warning"]')).to.equal(null);
  });

  it('a GB18030 export of 纷享销客: decoded, its source read as the channel factor, 100 of 800 converted', async () => {
    const el = await card();
    const file = await fixtureFile('crm/fxiaoke/leads.csv');
    chooseFile(el, `#${P}file`, file);
    await imported(el.importer);
    await until(() => el.shadowRoot!.querySelector('[part~="validity-table"]'), 5000, 'the check');
    expect(partText(el, 'validity')).to.contain('leads.csv · CSV (GB18030)');
    expect(counts(el, P)).to.include({ read: '800', mapped: '800', titles: '1' });
    expect(table(el).reduce((s, r) => s + Number(r[3]!), 0)).to.equal(100);
    expect(fieldSelect(el, P, 'source').selectedOptions[0]!.textContent.trim()).to.equal('来源');
  });

  it('the host’s raw history with a field-map (customer-value-card)', async () => {
    const history = Array.from({ length: 30 }, (_, i) => ({
      AccountId: `A${i}`,
      Tenure_Months__c: 6 + i,
      Seats__c: 10 + i * 3,
      Renewed__c: i % 3 === 0 ? 'Yes' : 'No',
    }));
    const el = await fixture<CustomerValueCard>(
      html`<customer-value-card
        lang="en"
        .data=${{ values: SEED_CUSTOMER }}
        field-map=${JSON.stringify({
          fields: {
            id: 'AccountId',
            'values.tenureMonths': 'Tenure_Months__c',
            'values.users': 'Seats__c',
            converted: 'Renewed__c',
          },
        })}
        .history=${history}
      ></customer-value-card>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part~="validity-table"]'), 5000, 'the check');
    expect(table(el).reduce((s, r) => s + Number(r[1]!), 0)).to.equal(30);
    expect(table(el).reduce((s, r) => s + Number(r[3]!), 0)).to.equal(10);
    expect(partText(el, 'import')).to.not.contain('No factor column');
  });

  it('has no axe violations with the import view, the guard and the check shown', async () => {
    const el = await card();
    await paste(el, UNNAMED);
    await expect(el).to.be.accessible();
    chooseFile(el, `#${P}file`, await fixtureFile('crm/hubspot/contacts.csv'));
    await until(() => el.shadowRoot!.querySelector('[part~="validity-table"]'), 5000, 'the check');
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
