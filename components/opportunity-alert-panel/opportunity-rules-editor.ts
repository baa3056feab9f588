/**
 * The opportunity panel's rule fields: per stage its standard days, idle
 * days, required fields and activities (a table), then the thresholds and
 * the key-account amount, then the change-flag thresholds (issue 14).
 * Fields and activities are picked from named choices, never typed as
 * keys (opportunity-rule-pickers.ts). An edit changes one value of the user's overlay,
 * keyed by stage so it follows its stage (or by position in a stage list
 * the user imported).
 */
import { html, type TemplateResult } from 'lit';
import type { PipelineRules } from '../../src/models/opportunities.js';
import { OPPORTUNITY } from '../../src/i18n/opportunity-alerts.js';
import { numberField } from '../shared/risk/rules-editor.js';
import { stageLabel, type OpportunityContext } from './opportunity-row.js';
import {
  changeThresholdsFieldset,
  requiredActivitiesCell,
  requiredFieldsCell,
  type TuneStage,
} from './opportunity-rule-pickers.js';

/** The value of a number input; an emptied field gives NaN (the model names it). */
const num = (e: Event): number => {
  const t = (e.target as HTMLInputElement).value.trim();
  return t === '' ? NaN : Number(t);
};

/** Change one field of a stage: keyed by stage (so it follows the stage), or by position in a stage list the user imported. */
function tuneStage(c: OpportunityContext, i: number, key: string, field: string, value: unknown): void {
  const o = c.tuned as { stages?: unknown } | undefined;
  c.tuneAt(Array.isArray(o?.stages) ? ['stages', i, field] : ['stages', key, field], value);
}

function stageRow(
  c: OpportunityContext,
  stages: PipelineRules['stages'],
  s: PipelineRules['stages'][number],
  i: number,
): TemplateResult {
  const t = OPPORTUNITY[c.loc];
  const name = stageLabel(c, s.key);
  const tune: TuneStage = (at, key, field, value) => tuneStage(c, at, key, field, value);
  return html`<tr>
    <th scope="row">${name}</th>
    <td>
      <input
        id="r-std-${i}"
        type="number"
        min="0"
        step="any"
        aria-label="${t.standardDays} · ${name}"
        .value=${String(s.standardDays)}
        aria-invalid=${c.badRule(`rules.stages.${i}.standardDays`)}
        @change=${(e: Event) => tuneStage(c, i, s.key, 'standardDays', num(e))}
      />
    </td>
    <td>
      <input
        id="r-idle-${i}"
        type="number"
        min="0"
        step="any"
        aria-label="${t.maxIdleDays} · ${name}"
        .value=${String(s.maxIdleDays)}
        aria-invalid=${c.badRule(`rules.stages.${i}.maxIdleDays`)}
        @change=${(e: Event) => tuneStage(c, i, s.key, 'maxIdleDays', num(e))}
      />
    </td>
    <td>${requiredFieldsCell(c, stages, s, i, tune)}</td>
    <td>${requiredActivitiesCell(c, stages, s, i, tune)}</td>
  </tr>`;
}

export function opportunityRulesFields(c: OpportunityContext, rules: PipelineRules): TemplateResult {
  const t = OPPORTUNITY[c.loc];
  const th = rules.thresholds ?? {};
  const threshold = (id: string, key: keyof PipelineRules['thresholds'], scale = 1) =>
    numberField({
      id,
      label: t[key],
      value: th[key],
      invalid: c.badRule(`rules.thresholds.${key}`),
      set: (v) => c.tuneAt(['thresholds', key], v),
      scale,
    });
  return html`<div class="table-wrap">
      <table class="stages">
        <caption class="visually-hidden">
          ${t.rulesStage}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.rulesStage}</th>
            <th scope="col">${t.standardDays}</th>
            <th scope="col">${t.maxIdleDays}</th>
            <th scope="col">${t.requiredFields}</th>
            <th scope="col">${t.requiredActivities}</th>
          </tr>
        </thead>
        <tbody>
          ${(rules.stages ?? []).map((s, i) => stageRow(c, rules.stages ?? [], s, i))}
        </tbody>
      </table>
    </div>
    <fieldset>
      <legend>${t.thresholds}</legend>
      <div class="grid">
        ${threshold('r-cw', 'completenessWarn', 100)} ${threshold('r-cc', 'completenessCritical', 100)}
        ${threshold('r-yw', 'cycleWarn')} ${threshold('r-yc', 'cycleCritical')}
        ${threshold('r-if', 'idleCriticalFactor')}
        ${numberField({
          id: 'r-key',
          label: t.keyAccountMinAmount,
          value: rules.keyAccountMinAmount,
          invalid: c.badRule('rules.keyAccountMinAmount'),
          set: (v) => c.tuneAt(['keyAccountMinAmount'], v),
        })}
      </div>
    </fieldset>
    ${changeThresholdsFieldset(c, rules)}`;
}
