/**
 * <lead-score-table> importing a CRM export on a page whose Content-Security-Policy forbids inline styles
 * (`style-src 'self'`, no 'unsafe-inline'): the import view, its mapping and result, and the scored list
 * write no style attribute the policy would drop, and the list's rows are placed (CSSOM only). The whole
 * file runs under the policy: it is set before the elements load.
 */
import { expect, html } from '@open-wc/testing';
import { mount } from '../helpers/harness.js';
import { settle, until } from '../helpers/fixtures.js';
import { blockedStyles, underPolicy } from '../helpers/csp.js';
import { chooseFile, fixtureFile, imported } from '../helpers/import.js';

const violations = underPolicy();
await import('../../components/lead-score-table/index.js');
type Table = import('../../components/lead-score-table/index.js').LeadScoreTable;

describe('lead-score-table import under a strict style policy', () => {
  it('a 销售易 export read, mapped and scored: no style attribute, rows placed', async () => {
    const el = await mount<Table>(html`<lead-score-table lang="zh-CN"></lead-score-table>`);
    chooseFile(el, '#import-file', await fixtureFile('crm/xiaoshouyi/lead-list.csv'));
    await imported(el.imports.main);
    const root = el.shadowRoot!;
    await until(() => root.querySelectorAll('.item').length > 5, 8000, 'rows');
    root.querySelector<HTMLButtonElement>('.head[data-pos="0"]')!.click();
    await settle(el);
    expect(blockedStyles(root.querySelectorAll('*'))).to.deep.equal([]);
    expect(violations.filter((v) => v.target === el).map((v) => v.directive)).to.deep.equal([]);
    // The import view is there, with its mapping and the grouped problems.
    expect(root.querySelector('[part~="import-mapping"]')).to.not.equal(null);
    expect(root.querySelector('[part~="import-errors"] li[data-code="missing-value"]')).to.not.equal(null);
    // Rows placed by the CSSOM: distinct tops in list order.
    const pos = (r: Element) => Number(r.getAttribute('aria-posinset'));
    const rows = [...root.querySelectorAll<HTMLElement>('.item')].sort((a, b) => pos(a) - pos(b));
    const tops = rows.map((r) => r.getBoundingClientRect().top);
    for (let i = 1; i < tops.length; i++) expect(tops[i]).to.be.greaterThan(tops[i - 1]!);
  });
});
