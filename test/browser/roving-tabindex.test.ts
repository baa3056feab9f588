// One tab stop per group (issue 12): Tab enters a chip group once, the arrows move inside it, the item last
// focused keeps the tab stop; text inputs never rove.
import { expect, fixture, html as fx } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { RovingTabindex } from '../../components/shared/roving-tabindex.js';
import { deepActive, press, tabTo } from '../helpers/keyboard.js';
import { sendKeys } from '@web/test-runner-commands';

class RovingDemo extends LitElement {
  readonly roving = new RovingTabindex(this);
  static override properties = { chips: { type: Array } };
  chips = ['Website', 'Search ads', 'Events'];
  override render() {
    return html`<button id="before">Before</button>
      <div role="group" aria-label="Sources" data-roving="horizontal">
        ${this.chips.map((c) => html`<button type="button" aria-pressed="false">${c}</button>`)}
      </div>
      <fieldset data-roving>
        <legend>Regions</legend>
        <label><input type="checkbox" id="east" />East</label>
        <label><input type="checkbox" id="north" checked />North</label>
        <label>Note <input type="text" id="note" /></label>
      </fieldset>
      <button id="after">After</button>`;
  }
}
customElements.define('roving-demo', RovingDemo);

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const chips = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-roving] button')];

describe('roving tab index', () => {
  it('Tab enters the group once; arrows move; Home and End jump; Tab leaves', async () => {
    const el = await fixture<RovingDemo>(fx`<roving-demo></roving-demo>`);
    await el.updateComplete;
    const [a, b, c] = chips(el);
    expect([a, b, c].map((x) => x!.tabIndex)).to.deep.equal([0, -1, -1]);
    await tabTo($(el, '#before'));
    await press('Tab');
    expect(deepActive()).to.equal(a);
    await press('ArrowRight');
    expect(deepActive()).to.equal(b);
    await press('ArrowDown'); // a row: down is not a move
    expect(deepActive()).to.equal(b);
    await press('End');
    expect(deepActive()).to.equal(c);
    await press('ArrowRight'); // wraps
    expect(deepActive()).to.equal(a);
    await press('ArrowLeft');
    expect(deepActive()).to.equal(c);
    await press('Tab'); // out of the chips, into the checkboxes: the checked one holds the stop
    expect(deepActive()).to.equal($(el, '#north'));
    await press('Tab'); // the text input is not an item of the group: its own stop
    expect(deepActive()).to.equal($(el, '#note'));
    await press('Tab');
    expect(deepActive()).to.equal($(el, '#after'));
    // Back: each group returns to the item last focused.
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await press('Tab');
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(deepActive()).to.equal(c);
    await expect(el).to.be.accessible();
  });

  it('checkboxes: arrows move, Space still ticks; focus moves the tab stop; new items join', async () => {
    const el = await fixture<RovingDemo>(fx`<roving-demo></roving-demo>`);
    await el.updateComplete;
    $(el, '#north').focus();
    await press('ArrowUp');
    expect(deepActive()).to.equal($(el, '#east'));
    await press(' ');
    expect(($(el, '#east') as HTMLInputElement).checked).to.equal(true);
    chips(el)[1]!.focus();
    expect(deepActive(), 'focused').to.equal(chips(el)[1]);
    expect(chips(el).map((x) => x.tabIndex)).to.deep.equal([-1, 0, -1]);
    el.chips = [...el.chips, 'Fairs'];
    await el.updateComplete;
    expect(chips(el).map((x) => x.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
  });
});
