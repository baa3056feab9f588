// What a host sees when it touches an element before the library has defined it (LWC, loadScript,
// a late <script>), and the LWC-legal event names. No static import of an element: the tests define them.
import { expect, oneEvent } from '@open-wc/testing';
import type { LeadScoreCard } from '../../components/lead-score-card/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { SEED_LEAD, settle, partText } from '../helpers/fixtures.js';

describe('before and after upgrade', () => {
  it('a data property set before the element is defined is applied after upgrade', async () => {
    const el: LeadScoreCard = document.createElement('lead-score-card');
    el.setAttribute('lang', 'en');
    (el as unknown as { data: unknown }).data = { values: SEED_LEAD };
    document.body.append(el);
    expect(customElements.get('lead-score-card')).to.equal(undefined);
    await import('../../components/lead-score-card/index.js');
    await settle(el);
    expect(partText(el, 'score')).to.equal('68.5');
    el.remove();
  });

  it('"[object Object]" as the data attribute says what happened, in the alert and in revops-invalid', async () => {
    await import('../../components/lead-score-card/index.js');
    const el: LeadScoreCard = document.createElement('lead-score-card');
    el.setAttribute('lang', 'en');
    // A JavaScript host passing the object itself: setAttribute turns it into text.
    el.setAttribute('data', { values: SEED_LEAD } as unknown as string);
    const invalid = oneEvent(el, 'revops-invalid');
    document.body.append(el);
    const detail = ((await invalid) as CustomEvent<InvalidDetail>).detail;
    expect(detail.source).to.equal('data');
    expect(detail.issues[0]!.message).to.contain('reads "[object Object]"');
    expect(detail.issues[0]!.message).to.contain('Set the data property once the library has loaded');
    await settle(el);
    expect(partText(el, 'error')).to.contain('[object Object]');
    // Setting the property afterwards (what a host's next render does) recovers.
    el.data = { values: SEED_LEAD };
    await settle(el);
    expect(partText(el, 'error')).to.equal('');
    expect(partText(el, 'score')).to.equal('68.5');
    el.lang = 'zh-CN';
    el.setAttribute('data', '[object Object]');
    await settle(el);
    expect(partText(el, 'error')).to.contain('请在库加载后设置 data 属性');
    el.remove();
  });

  it('every revops-* event also goes out under its LWC-legal name, with the same detail', async () => {
    await import('../../components/lead-score-card/index.js');
    const el: LeadScoreCard = document.createElement('lead-score-card');
    el.setAttribute('lang', 'en');
    el.data = { values: SEED_LEAD };
    const seen: string[] = [];
    const details: unknown[] = [];
    for (const name of ['revops-change', 'revopschange', 'revops-invalid', 'revopsinvalid'])
      el.addEventListener(name, (e) => {
        seen.push(name);
        details.push((e as CustomEvent).detail);
      });
    const bubbled = oneEvent(document.body, 'revopschange');
    document.body.append(el);
    await bubbled;
    expect(seen.slice(0, 2)).to.deep.equal(['revops-change', 'revopschange']);
    expect(details[0]).to.equal(details[1]);
    el.setAttribute('data', '{');
    await settle(el);
    expect(seen.slice(2)).to.deep.equal(['revops-invalid', 'revopsinvalid']);
    el.remove();
  });
});
