// opportunity-alert-panel: a bad field's path named in words beside the path (commit 9ff1685, issue 12): a deal
// field (`opportunities.N.fields.<key>`) by the host's label (codeLabels kind `field`, per locale), else our name,
// else the key; a row field by our name. The Node test (test/node/opportunity-risk-view.test.ts) checks the pure
// namer; this one the element's wiring: the host's labels, the locale, a change of labels, the invalid-row alert.
import { expect, oneEvent } from '@open-wc/testing';
import '../../components/opportunity-alert-panel/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { partText, settle, until } from '../helpers/fixtures.js';

// o5 has amount −5: the one invalid row (test/fixtures/opportunity-alerts.json).
const DATA = (await (await fetch('/test/fixtures/opportunity-alerts.json')).json()) as Record<string, unknown>;
const LABELS = { field: { budget: { en: 'Budget owner', 'zh-CN': '预算负责人' }, amount: 'Deal size' } };

/** The panel's word for a path, as its alerts put it beside the path. */
const labelOf = (el: OpportunityAlertPanel, path: string): string | undefined =>
  (el as unknown as { fieldLabel(p: string): string | undefined }).fieldLabel(path);

describe('opportunity-alert-panel: field labels of bad paths', () => {
  it('a deal field by the host label in each locale; a row field by our name; the invalid row keeps its path', async () => {
    const el = document.createElement('opportunity-alert-panel');
    el.lang = 'en';
    el.codeLabels = LABELS;
    el.data = structuredClone(DATA);
    setTimeout(() => document.body.append(el));
    const ev = await oneEvent(el, 'revops-invalid');
    // The event carries the model's issues unchanged (path and message); the words are the panel's.
    expect((ev.detail as InvalidDetail).issues.map((i) => i.path)).to.deep.equal(['opportunities.4.amount']);
    await settle(el);
    expect(labelOf(el, 'opportunities.4.fields.budget')).to.equal('Budget owner');
    expect(labelOf(el, 'opportunities.4.fields.need')).to.equal('need');
    // `amount` is a row field, not a deal field: our name, whatever the field labels say.
    expect(labelOf(el, 'opportunities.4.amount')).to.equal('Amount');
    const bad = partText(el, 'invalid');
    expect(bad).to.contain('opportunities.4.amount').and.contain('(Amount)');
    el.lang = 'zh-CN';
    await until(() => labelOf(el, 'opportunities.4.fields.budget') === '预算负责人', 5000, 'the Chinese label');
    // Without the host's labels: our name in the locale (预算), else the key.
    el.codeLabels = undefined;
    await settle(el);
    expect(labelOf(el, 'opportunities.4.fields.budget')).to.equal('预算');
    expect(labelOf(el, 'opportunities.4.fields.region')).to.equal('region');
    el.remove();
  });
});
