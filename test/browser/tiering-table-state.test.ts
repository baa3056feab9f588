// The tiering tables' saved state (storage-key: filters, sort, the edited model), the model editor in a
// table, and the .xlsx export beside the CSV (issue 13 parts 1 and 2).
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { readSheet } from 'read-excel-file/browser';
import '../../components/lead-score-table/index.js';
import type { LeadScoreTable } from '../../components/lead-score-table/index.js';
import { SEED_LEAD, settle, partText, $, until } from '../helpers/fixtures.js';
import { uid } from '../helpers/harness.js';

const RECORDS = [
  { id: 'L1', name: 'Acme', values: SEED_LEAD },
  { id: 'L3', name: 'Gamma', values: { channel: 'other' } },
  { id: 'L5', name: 'Delta', values: { ...SEED_LEAD, contactRole: 'decision-maker' } },
];

const rowNames = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="row"]')]
    .map((b) => [Number((b as HTMLElement).dataset.pos), b.querySelector('.cell')!.textContent.trim()] as const)
    .sort((a, b) => a[0] - b[0])
    .map((x) => x[1]);

function choose(el: Element, id: string, value: string): void {
  const s = $<HTMLSelectElement>(el, `#${id}`);
  s.value = value;
  s.dispatchEvent(new Event('change'));
}

const scoreOf = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('[part~="row"]')]
    .find((b) => b.querySelector('.cell')!.textContent.trim() === name)
    ?.querySelector('.num')
    ?.textContent.trim();

describe('tiering table: storage-key', () => {
  it('the tier filter, the sort and a model edited in the table come back under the same key', async () => {
    const key = `table-${uid()}`;
    const el = await fixture<LeadScoreTable>(
      html`<lead-score-table lang="en" storage-key=${key} .data=${RECORDS}></lead-score-table>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'), 3000, 'rows');
    choose(el, 'sort', 'name');
    choose(el, 'sort-dir', 'asc');
    await settle(el);
    expect(rowNames(el)).to.deep.equal(['Acme', 'Delta', 'Gamma']);
    const s = (await el.modelEditor.show())!;
    // Channel website-direct 80 → 100: Acme 68.5 → 70.5, Delta 76.5 → 78.5
    s.apply({ op: 'set-option', factor: 0, option: 0, field: 'score', value: 100 });
    await until(() => scoreOf(el, 'Acme') === '70.5', 3000, 'the table re-scored');
    choose(el, 'tier-filter', 'B');
    await settle(el);
    expect(rowNames(el)).to.deep.equal(['Acme', 'Delta']);
    await aTimeout(400); // the save is debounced
    el.remove();
    const again = await fixture<LeadScoreTable>(
      html`<lead-score-table lang="en" storage-key=${key} .data=${RECORDS}></lead-score-table>`,
    );
    await until(() => scoreOf(again, 'Acme') === '70.5', 3000, 'the saved model');
    expect(rowNames(again)).to.deep.equal(['Acme', 'Delta']);
    expect($<HTMLSelectElement>(again, '#sort').value).to.equal('name');
    expect($<HTMLSelectElement>(again, '#sort-dir').value).to.equal('asc');
    expect($<HTMLSelectElement>(again, '#tier-filter').value).to.equal('B');
  });

  it('an invalid edit in the table is shown at its field and not used', async () => {
    const el = await fixture<LeadScoreTable>(html`<lead-score-table lang="en" .data=${RECORDS}></lead-score-table>`);
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'), 3000, 'rows');
    const s = (await el.modelEditor.show())!;
    s.apply({ op: 'set-tier', tier: 0, field: 'minScore', value: null });
    await settle(el);
    expect($(el, '#ed-tiers-0-minScore').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#ed-tiers-0-minScore-issue').textContent.trim()).to.equal('expected a number, got null');
    expect(scoreOf(el, 'Acme')).to.equal('68.5');
    expect(partText(el, 'count')).to.contain('3');
    await expect(el).to.be.accessible();
  });
});

describe('tiering table: .xlsx export', () => {
  it('Export Excel saves the rows shown as a workbook with the CSV columns', async () => {
    const el = await fixture<LeadScoreTable>(html`<lead-score-table lang="en" .data=${RECORDS}></lead-score-table>`);
    await until(() => el.shadowRoot!.querySelector('[part~="row"]'), 3000, 'rows');
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
    Object.defineProperty(URL, 'createObjectURL', {
      value: (b: Blob) => (blobs.push(b), 'blob:test'),
      configurable: true,
      writable: true,
    });
    // An own property of the anchor prototype: deleting it brings back HTMLElement's click.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      $<HTMLButtonElement>(el, '#export-xlsx').click();
      await until(() => blobs.length === 1, 5000, 'the workbook');
    } finally {
      Object.defineProperty(URL, 'createObjectURL', create);
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    }
    expect(names).to.deep.equal(['lead-score-table.xlsx']);
    const rows = (await readSheet(blobs[0]!)) as unknown[][];
    expect(rows[0]!.slice(0, 7)).to.deep.equal(['id', 'name', 'score', 'tier', 'focus', 'route', 'reason']);
    // score descending: Delta 76.5 B, Acme 68.5 B, Gamma 4 D
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[5]])).to.deep.equal([
      ['L5', 76.5, 'B', 'telesales'],
      ['L1', 68.5, 'B', 'telesales'],
      ['L3', 4, 'D', 'nurture'],
    ]);
  });
});
