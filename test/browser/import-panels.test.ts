// The risk panels' CRM import (kinds `opportunities` and `accounts` + `usage`) with the fixtures of
// test/fixtures/crm: closed deals set apart and counted, stages mapped by value, a blank amount shown as
// unknown (assessed as 0, exported blank), accounts with a usage-by-month file joined by account id, wide
// month columns, and raw records with a field-map from the host.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import '../../components/churn-alert-panel/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/index.js';
import type { ChurnAlertPanel } from '../../components/churn-alert-panel/index.js';
import type { OpportunitySummary } from '../../src/models/opportunities.js';
import { $, partText, settle, until } from '../helpers/fixtures.js';
import { press, tabTo, deepActive } from '../helpers/keyboard.js';
import { chooseFile, counts, fixtureFile, imported, valueSelect, viewPart } from '../helpers/import.js';

type Panel = (OpportunityAlertPanel | ChurnAlertPanel) & {
  imports: {
    main: import('../../components/shared/import/import-controller.js').ImportController;
    usage?: import('../../components/shared/import/import-controller.js').ImportController;
  };
  assessment?: { assessed: { list: readonly Record<string, unknown>[]; result: { summary: unknown } } };
};

const listOf = (el: Panel) =>
  (el as unknown as { assessment: { assessed: { list: readonly Record<string, unknown>[] } } }).assessment.assessed
    .list;

async function panel<T extends Panel>(tag: 'opportunity-alert-panel' | 'churn-alert-panel', asOf: string): Promise<T> {
  const el = document.createElement(tag) as unknown as T;
  el.setAttribute('lang', 'en');
  // The page's data gives the as-of date; the imported list replaces its (empty) list.
  (el as unknown as { data: unknown }).data = {
    asOf,
    [tag === 'churn-alert-panel' ? 'accounts' : 'opportunities']: [],
  };
  await fixture(html`<div></div>`).then((d) => d.append(el as unknown as Node));
  await settle(el);
  return el;
}

describe('opportunity-alert-panel: importing a deal export', () => {
  it('Salesforce deals: closed ones set apart and counted, Stalled mapped to a stage, blank amounts unknown', async () => {
    const el = await panel<Panel>('opportunity-alert-panel', '2026-06-30');
    chooseFile(el, '#import-file', await fixtureFile('crm/salesforce-api/opportunities.csv'));
    await imported(el.imports.main);
    await until(() => listOf(el).length === 574, 5000, 'the imported deals assessed');
    await settle(el);
    // 600 deals read: 22 closed (won or lost) set apart, 4 in a stage no rule knows.
    expect(counts(el)).to.deep.equal({ read: '600', mapped: '574', skipped: '26', closed: '22' });
    expect(viewPart(el, 'import-', 'import-closed')).to.equal(
      '22 closed deals (won or lost) are set apart: they need no alert.',
    );
    const stalled = $(el, '[part~="import-errors"] li[data-code="stage-unknown"]');
    expect(stalled.textContent.replace(/\s+/g, ' ')).to.contain(
      '4 rows: stage not recognised — map it lines 97, 275, 463, 640',
    );
    expect(el.shadowRoot!.querySelector('[part~="import-errors"] li[data-code="closed"]')).to.equal(null);

    // Map "Stalled" to the negotiation stage by keyboard, from the group's "Map it".
    stalled.querySelector<HTMLButtonElement>('.map-it')!.click();
    await settle(el);
    const select = valueSelect(el, 'import-', 'stage', 'Stalled');
    expect(deepActive()).to.equal(select);
    await press('n'); // "Negotiation"
    await until(() => listOf(el).length === 578, 5000, 'the remapped deals');
    expect(select.value).to.equal('negotiation');
    // The built-in names read Salesforce's stages.
    expect(valueSelect(el, 'import-', 'stage', 'Closed Won').value).to.equal('closed-won');
    expect(valueSelect(el, 'import-', 'stage', 'Prospecting').value).to.equal('qualify');

    // 37 deals have a blank Amount: assessed (amount 0), shown as unknown, exported blank, no money at risk.
    const unknown = listOf(el).filter((o) => o.amountUnknown === true);
    expect(unknown.length).to.equal(37);
    expect(unknown.every((o) => o.amount === 0)).to.equal(true);
    const csv = el.csv().split('\n');
    const head = csv[0]!.split(',');
    const row = csv.find((l) => l.startsWith('0065g00000xDFr3byQ,'))!.split(',');
    expect(row[head.indexOf('amount')]).to.equal('');
    const summary = (el as unknown as { assessment: { assessed: { result: { summary: OpportunitySummary } } } })
      .assessment.assessed.result.summary;
    const known = listOf(el).filter((o) => o.amountUnknown !== true);
    expect(summary.amountAtRisk).to.be.at.most(known.reduce((s, o) => s + (o.amount as number), 0));
    // In the list the amount cell says unknown.
    el.setFilter('dim', '');
    el.setQuery('0065g00000xDFr3byQ');
    await until(() => el.shadowRoot!.querySelector('[role="listitem"] .amount.unknown'), 5000, 'the unknown amount');
    expect($(el, '[role="listitem"] .amount.unknown').textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Amount: unknown',
    );
  });

  it('HubSpot deals as .xlsx (read in the worker), then the host’s raw records with a field-map', async () => {
    const el = await panel<Panel>('opportunity-alert-panel', '2026-06-30');
    chooseFile(el, '#import-file', await fixtureFile('crm/hubspot/deals.xlsx'));
    await imported(el.imports.main);
    await until(() => listOf(el).length === 584, 5000, 'the deals assessed');
    expect(el.imports.main.readIn?.where).to.equal('worker');
    expect(counts(el)).to.include({ read: '600', mapped: '584', closed: '16', titles: '1' });

    const deals = [
      {
        Id: 'D1',
        Name: 'Acme',
        StageName: 'Proposal/Price Quote',
        Amount: '120000',
        LastStageChangeDate: '2026-05-01',
      },
      { Id: 'D2', Name: 'Initech', StageName: '商务审批中', Amount: '', LastStageChangeDate: '2026-06-01' },
      { Id: 'D3', Name: 'Globex', StageName: 'Closed Won', Amount: '90000', LastStageChangeDate: '2026-06-10' },
    ];
    const host = document.createElement('opportunity-alert-panel') as unknown as Panel;
    host.setAttribute('lang', 'en');
    host.setAttribute(
      'field-map',
      JSON.stringify({
        fields: { id: 'Id', name: 'Name', stage: 'StageName', amount: 'Amount', stageEnteredAt: 'LastStageChangeDate' },
        values: { stage: { 商务审批中: 'negotiation' } },
      }),
    );
    (host as unknown as { data: unknown }).data = deals;
    document.body.append(host);
    try {
      await until(() => host.assessment, 5000, 'the records assessed');
      expect(listOf(host).map((o) => [o.id, o.stage, o.amount, o.amountUnknown ?? false])).to.deep.equal([
        ['D1', 'proposal', 120000, false],
        ['D2', 'negotiation', 0, true],
      ]);
    } finally {
      (host as unknown as Element).remove();
    }
  });
});

describe('churn-alert-panel: importing an account export and its usage', () => {
  it('纷享销客 accounts (GB18030) with a usage-by-month file joined by account id', async () => {
    const el = await panel<Panel>('churn-alert-panel', '2026-06-30');
    chooseFile(el, '#import-file', await fixtureFile('crm/fxiaoke/accounts.csv'));
    await imported(el.imports.main);
    await until(() => listOf(el).length === 500, 5000, 'the accounts assessed');
    expect(counts(el)).to.include({ read: '500', mapped: '500', titles: '1' });
    expect(listOf(el).some((a) => Array.isArray(a.usage))).to.equal(false);

    chooseFile(el, '#usage-file', await fixtureFile('crm/fxiaoke/usage.csv'));
    await imported(el.imports.usage!, 'the usage file');
    await until(() => listOf(el).every((a) => Array.isArray(a.usage)), 5000, 'the usage joined');
    await settle(el);
    expect(counts(el, 'usage-')).to.include({ read: '2,872', mapped: '2,872' });
    expect(partText(el, 'usage-joined')).to.equal('Usage joined: 2,872 monthly points for 500 accounts.');
    const first = listOf(el).find((a) => a.id === 'KH-90000')!;
    expect((first.usage as { month: string; usageRate?: number }[])[0]).to.deep.include({
      month: '2026-01',
      usageRate: 0.8,
    });
  });

  it('HubSpot companies with wide month columns; the mapping step lists each month', async () => {
    const el = await panel<Panel>('churn-alert-panel', '2026-06-30');
    chooseFile(el, '#import-file', await fixtureFile('crm/hubspot/companies.csv'));
    await imported(el.imports.main);
    await until(() => listOf(el).length === 500, 5000, 'the companies assessed');
    const months = [
      ...el.shadowRoot!.querySelectorAll('[data-import="import-"] [part~="import-fields"] tr[data-field^="usage."]'),
    ].map((tr) => tr.querySelector('th')!.textContent.trim());
    expect(months).to.include.members(['Usage rate 2026-01', 'Usage rate 2026-06', 'Active users 2026-05']);
    const hooli = listOf(el).find((a) => a.id === '21000000')!;
    expect((hooli.usage as unknown[]).length).to.equal(6);
  });

  it('has no axe violations with both files imported', async () => {
    const el = await panel<Panel>('churn-alert-panel', '2026-06-30');
    chooseFile(el, '#import-file', await fixtureFile('crm/salesforce-api/accounts.csv'));
    await imported(el.imports.main);
    chooseFile(el, '#usage-file', await fixtureFile('crm/salesforce-api/account-usage.csv'));
    await imported(el.imports.usage!);
    await until(() => listOf(el)?.length === 500, 5000, 'the accounts assessed');
    await settle(el);
    $<HTMLDetailsElement>(el, '[part~="import"]').open = true;
    await tabTo($(el, '#usage-file'));
    await expect(el).to.be.accessible();
  });
});
