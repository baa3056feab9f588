/**
 * What the user changed in the monitor: rule values, channel costs and
 * monthly costs by source, kept with the period and a loaded JSON export
 * under the storage-key (the saved shape: lead-flow-saved.ts). A change is
 * saved and runs the analysis again; once that ran clean it is announced
 * (`revops-rules-change`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Campaign } from '../../src/schemas/lead-flow.js';
import type { ChannelCosts, LeadFlowRuleEdits, PeriodCosts, RuleKey } from '../../src/views/lead-flow-input.js';
import { Persist } from '../shared/persist.js';
import {
  readSaved,
  savedOf,
  withEdit,
  withMonthCost,
  type LeadFlowRulesDetail,
  type LeadFlowSaved,
} from './lead-flow-saved.js';

export interface EditsOptions {
  namespace: string;
  key: () => string | null | undefined;
  /** The rest of what is saved: the period and the loaded JSON export. */
  kept: () => { period: string | null | undefined; loaded: { text: string; label: string } | undefined };
  /** Saved state was read (the edits are in force already): put back the rest, and analyse again. */
  restored: (s: NonNullable<ReturnType<typeof readSaved>>) => void;
  /** An edit changed: analyse again. */
  changed: () => void;
  /** After the analysis: the rules and costs in force, or undefined when the input has issues. */
  inForce: () => Pick<LeadFlowRulesDetail, 'rules' | 'channelCosts' | 'periodCosts'> | undefined;
  announce: (detail: LeadFlowRulesDetail) => void;
}

export class LeadFlowEdits {
  rules: LeadFlowRuleEdits = {};
  costs: ChannelCosts = {};
  periodCosts: PeriodCosts = {};
  readonly persist: Persist<LeadFlowSaved>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: EditsOptions,
  ) {
    this.persist = new Persist<LeadFlowSaved>(host, {
      namespace: o.namespace,
      key: o.key,
      restore: (saved) => {
        const s = readSaved(saved);
        if (!s) return;
        if (s.ruleEdits) this.rules = s.ruleEdits;
        if (s.costEdits) this.costs = s.costEdits;
        if (s.periodCostEdits) this.periodCosts = s.periodCostEdits;
        o.restored(s);
      },
    });
  }

  save(): void {
    this.persist.save(
      savedOf({ ruleEdits: this.rules, costEdits: this.costs, periodCostEdits: this.periodCosts, ...this.o.kept() }),
    );
  }

  setRule(key: RuleKey, value: number | undefined): void {
    this.rules = withEdit(this.rules, key, value);
    this.changed();
  }

  setCampaign(campaign: Campaign | null): void {
    this.rules = { ...this.rules, campaign };
    this.changed();
  }

  setCost(source: string, cost: number | null | undefined): void {
    this.costs = withEdit(this.costs, source, cost);
    this.changed();
  }

  setPeriodCost(source: string, month: string, cost: number | null | undefined): void {
    this.periodCosts = withMonthCost(this.periodCosts, source, month, cost);
    this.changed();
  }

  reset(): void {
    this.rules = {};
    this.costs = {};
    this.periodCosts = {};
    this.changed();
  }

  private changed(): void {
    this.save();
    this.o.changed();
    void this.host.updateComplete.then(() => {
      const f = this.o.inForce();
      if (f)
        this.o.announce({
          rules: f.rules,
          channelCosts: f.channelCosts,
          edits: this.rules,
          costEdits: this.costs,
          periodCosts: f.periodCosts,
        });
    });
  }
}
