/**
 * Both risk panels on a page whose Content-Security-Policy forbids inline
 * styles (`style-src 'self'`, no 'unsafe-inline'), as many intranets serve
 * it. Such a policy blocks every `style` attribute a template writes (the
 * attribute stays, its declarations are dropped and a violation is
 * reported), but not styles set through the CSSOM. This whole file runs
 * under the policy: it is set before the elements load.
 */
import { expect, html } from '@open-wc/testing';
import { mount } from '../helpers/harness.js';
import { settle, until } from '../helpers/fixtures.js';
import { blockedStyles, underPolicy } from '../helpers/csp.js';

const violations = underPolicy();
await import('../../components/opportunity-alert-panel/index.js');
await import('../../components/churn-alert-panel/index.js');

const demo = async (tag: string) => (await (await fetch(`/demo/data/${tag}.json`)).json()) as unknown;

/** Every element of a shadow root and of the shadow roots inside it. */
function* allElements(root: ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/** Render a panel with its demo data, open its first row and its rules, and check what the policy would break. */
async function check(tag: 'opportunity-alert-panel' | 'churn-alert-panel') {
  const data = await demo(tag);
  const el = await mount<HTMLElement>(
    tag === 'opportunity-alert-panel'
      ? html`<opportunity-alert-panel lang="en" .data=${data}></opportunity-alert-panel>`
      : html`<churn-alert-panel lang="en" .data=${data}></churn-alert-panel>`,
  );
  const root = el.shadowRoot!;
  await until(() => root.querySelectorAll('.item').length > 5, 3000, `${tag} rows`);
  root.querySelector<HTMLButtonElement>('.head[data-pos="0"]')!.click();
  root.querySelector<HTMLDetailsElement>('[part~="rules"]')!.open = true;
  await settle(el);

  expect(blockedStyles(allElements(root)), `${tag}: style attributes a strict CSP drops`).to.deep.equal([]);
  expect(violations.filter((v) => v.target === el).map((v) => v.directive)).to.deep.equal([]);

  // The rows are placed: each at its own height, in list order, the list as tall as its rows.
  const pos = (r: Element) => Number(r.getAttribute('aria-posinset'));
  const rows = [...root.querySelectorAll<HTMLElement>('.item')].sort((a, b) => pos(a) - pos(b));
  const tops = rows.map((r) => r.getBoundingClientRect().top);
  expect(new Set(tops).size, `${tag}: distinct row positions`).to.equal(tops.length);
  for (let i = 1; i < tops.length; i++) expect(tops[i]).to.be.greaterThan(tops[i - 1]!);
  const closed = root.querySelector<HTMLElement>('.item:not(.open)')!.getBoundingClientRect().height;
  const setSize = Number(rows[0]!.getAttribute('aria-setsize'));
  expect(root.querySelector('.sizer')!.getBoundingClientRect().height).to.be.at.least(setSize * closed);
  return el;
}

describe('risk panels under a strict style policy (no inline styles)', () => {
  it('opportunity-alert-panel: demo data, a row open, the rules shown: no style attribute, rows placed', async () => {
    await check('opportunity-alert-panel');
  });

  it('churn-alert-panel: demo data, a row open, the grid and the rules shown: no style attribute, rows placed', async () => {
    const el = await check('churn-alert-panel');
    // The value × risk cells are shaded by a presentation attribute, which the policy allows.
    const cells = [...el.shadowRoot!.querySelectorAll('[part~="grid"] g.cell rect')];
    expect(cells.length).to.be.greaterThan(0);
    for (const rect of cells) expect(Number(getComputedStyle(rect).fillOpacity)).to.be.within(0.08, 0.68);
  });
});
