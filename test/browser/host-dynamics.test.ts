// A PCF standard control (test/hosts/pcf, bundled during this run) as Dynamics 365 drives it:
// init → updateView on every field change → getOutputs after notifyOutputChanged → destroy.
import { expect } from '@open-wc/testing';
import { until, partText, SEED_LEAD } from '../helpers/fixtures.js';

interface Control {
  init(context: unknown, notify: () => void, state: unknown, container: HTMLDivElement): void;
  updateView(context: unknown): void;
  getOutputs(): { tier?: string; score?: number };
  destroy(): void;
}

const context = (lead: unknown, languageId: number) => ({
  parameters: { leadJson: { raw: lead === null ? null : JSON.stringify(lead) } },
  userSettings: { languageId },
});

describe('host: Dynamics 365 (PCF standard control)', () => {
  it('creates the element, sets data from the bound field, reports outputs, follows updates, cleans up', async () => {
    // @ts-expect-error built by the test server (test/hosts/build.js)
    const { LeadScoreControl } = (await import('/test/hosts/pcf/bundle.js')) as { LeadScoreControl: new () => Control };
    const container = document.createElement('div');
    document.body.append(container);
    let notified = 0;
    const control = new LeadScoreControl();
    control.init(context({ values: SEED_LEAD }, 2052), () => notified++, undefined, container);
    const card = container.querySelector('lead-score-card')!;
    await until(() => partText(card, 'score') === '68.5', 5000, 'the card to score');
    expect(partText(card, 'tier')).to.equal('B · 中高价值');
    await until(() => notified === 1, 2000, 'notifyOutputChanged');
    expect(control.getOutputs()).to.deep.equal({ tier: 'B', score: 68.5 });

    control.updateView(context({ values: { ...SEED_LEAD, contactRole: 'decision-maker' } }, 1033));
    await until(() => partText(card, 'score') === '76.5', 5000, 'the new field value');
    expect(partText(card, 'tier')).to.equal('B · Mid-high value');
    await until(() => control.getOutputs().score === 76.5, 2000, 'the new output');

    // A field that is not JSON: the element names it, and the last result stays.
    control.updateView({ parameters: { leadJson: { raw: '{"values": ' } }, userSettings: { languageId: 1033 } });
    await until(() => partText(card, 'error').includes('not valid JSON'), 5000, 'the JSON message');
    expect(partText(card, 'score')).to.equal('76.5');

    control.destroy();
    expect(container.querySelector('lead-score-card')).to.equal(null);
    container.remove();
  });
});
