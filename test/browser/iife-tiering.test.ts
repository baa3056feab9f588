// dist/revops-tiering.iife.js (built) on a page with tiering cards: a card without history scores from the script
// alone — no file beside it is requested (the history part, the import view, the Chinese strings) — and the
// history part (import, validity check, calibration: dist/revops-tiering/tiering-history-<hash>.js) comes in when
// a card is given a history or the user opens its validity section.
import { expect } from '@open-wc/testing';
import { classicScript, partText, SEED_LEAD, until } from '../helpers/fixtures.js';

/** Script files the page requested other than the script itself, as names without their hash. */
const requested = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /\/dist\/revops-tiering[./]/.test(n) && !n.endsWith('/revops-tiering.iife.js'))
    .map((n) => n.replace(/^.*\/dist\//, '').replace(/-[\w-]{8}\.js$/, ''));

const card = (id: string): HTMLElement => {
  const el = document.createElement('lead-score-card');
  el.id = id;
  el.lang = 'en';
  el.setAttribute('data', JSON.stringify({ values: SEED_LEAD }));
  document.body.append(el);
  return el;
};

const HISTORY = Array.from({ length: 40 }, (_, i) => ({
  values: { ...SEED_LEAD, channel: i % 2 ? 'referral' : 'purchased-list' },
  converted: i % 4 === 0,
}));

describe('tiering one-file script: the history part on first use', function () {
  this.timeout(20000);

  it('a card without history scores and paints with no file beside the script', async () => {
    const el = card('plain');
    let changed = false;
    el.addEventListener('revops-change', () => (changed = true));
    await classicScript('/dist/revops-tiering.iife.js');
    expect(customElements.get('lead-score-card'), 'defined as the script runs').to.be.a('function');
    await until(() => changed && partText(el, 'score'), 10000, 'the card to score the lead');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // The validity section is there, closed: its body comes with the history part.
    const section = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="validity"]')!;
    expect(section.open).to.equal(false);
    expect(section.querySelector('summary')!.textContent).to.equal('Validity check');
    expect(requested()).to.deep.equal([]);
  });

  it('opening the validity section loads the history part and shows the import view, open', async () => {
    const el = document.getElementById('plain')!;
    const section = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="validity"]')!;
    section.querySelector('summary')!.click();
    const text = await until(() => el.shadowRoot!.querySelector('#history-text'), 10000, 'the import view');
    expect(text.localName).to.equal('textarea');
    expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="validity"]')!.open).to.equal(true);
    expect(requested()).to.include('revops-tiering/tiering-history');
  });

  it('a card given a history checks it with the history part', async () => {
    const el = card('with-history') as HTMLElement & { history?: unknown[] };
    el.history = HISTORY;
    const rows = await until(
      () => el.shadowRoot?.querySelectorAll('[part~="validity-table"] tbody tr').length,
      10000,
      'the validity table',
    );
    expect(rows).to.equal(4);
    expect(partText(el, 'score')).to.not.equal('');
  });
});
