// A Power Apps component framework (PCF) standard control hosting <lead-score-card>, as a Dynamics 365
// model-driven form would (the snippet in docs/hosts/dynamics.md). PCF bundles the control's imports,
// so the element comes from the package; the control creates it, sets properties, and reports outputs.
// The ComponentFramework types are reduced here to what the control reads.
import 'revops-elements/lead-score-card.js';

interface Context {
  parameters: { leadJson: { raw: string | null } };
  userSettings: { languageId: number };
}
interface Outputs {
  tier?: string;
  score?: number;
}
type LeadScoreCard = HTMLElement & { data: unknown };

/** LCID → the element's locale (2052 Chinese (PRC), 1028/3076/5124 other Chinese, else English). */
const locale = (lcid: number) => ([2052, 1028, 3076, 5124, 4100].includes(lcid) ? 'zh-CN' : 'en');

export class LeadScoreControl {
  private card!: LeadScoreCard;
  private outputs: Outputs = {};
  private raw: string | null = null;

  init(context: Context, notifyOutputChanged: () => void, _state: unknown, container: HTMLDivElement): void {
    this.card = document.createElement('lead-score-card');
    this.card.addEventListener('revops-change', (e) => {
      const { tier, score } = (e as CustomEvent<{ tier: string; score: number }>).detail;
      this.outputs = { tier, score };
      notifyOutputChanged();
    });
    container.appendChild(this.card);
    this.updateView(context);
  }

  updateView(context: Context): void {
    this.card.lang = locale(context.userSettings.languageId);
    const raw = context.parameters.leadJson.raw;
    // The bound field holds JSON text: parse it when it changes and set the property. Text that is not
    // JSON goes in as the attribute, so the element shows which field is wrong (and keeps its last result).
    if (raw === this.raw) return;
    this.raw = raw;
    try {
      this.card.data = raw === null ? undefined : JSON.parse(raw);
    } catch {
      this.card.setAttribute('data', raw!);
    }
  }

  getOutputs(): Outputs {
    return this.outputs;
  }

  destroy(): void {
    this.card.remove();
  }
}
