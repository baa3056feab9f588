/**
 * The opportunity rules editor without typed syntax (issues 12 and 14): a
 * stage's required fields as chips with a picker to add one, its required
 * activities as a count per named type with a picker to add one, and the
 * change-flag thresholds as number fields. Choices and edits are pure
 * functions of src/views/rule-pickers.ts; every key is shown by its name
 * (the host's `codeLabels` for `field` and `activity`, else ours, else the key).
 */
import { html, type TemplateResult } from 'lit';
import type { PipelineRules } from '../../src/models/opportunities.js';
import { DEFAULT_CHANGE_THRESHOLDS } from '../../src/models/opportunity-changes.js';
import { OPPORTUNITY } from '../../src/i18n/opportunity-alerts.js';
import {
  activityChoices,
  CHANGE_THRESHOLD_FIELDS,
  fieldChoices,
  remaining,
  withActivity,
  withField,
  withoutActivity,
  withoutField,
  type Choice,
} from '../../src/views/rule-pickers.js';
import { numberField } from '../shared/risk/rules-editor.js';
import { stageLabel, type OpportunityContext } from './opportunity-row.js';

type Stage = PipelineRules['stages'][number];
/** Change one field of stage i (keyed as the editor keys its stage edits). */
export type TuneStage = (i: number, key: string, field: string, value: unknown) => void;

const nameOf = (choices: readonly Choice[], key: string): string => choices.find((x) => x.key === key)?.label ?? key;

/** An "add" picker: a select whose first option names the action; choosing an item adds it and resets the select. */
function addPicker(id: string, label: string, choices: readonly Choice[], add: (key: string) => void): TemplateResult {
  return html`<select
    id=${id}
    class="picker"
    aria-label=${label}
    ?disabled=${!choices.length}
    @change=${(e: Event) => {
      const sel = e.target as HTMLSelectElement;
      const key = sel.value;
      sel.value = '';
      if (key) add(key);
    }}
  >
    <option value="">${label}…</option>
    ${choices.map((x) => html`<option value=${x.key}>${x.label}</option>`)}
  </select>`;
}

/** A stage's required fields: chips (each with a remove button) and a picker of the others. */
export function requiredFieldsCell(
  c: OpportunityContext,
  stages: readonly Stage[],
  s: Stage,
  i: number,
  tune: TuneStage,
): TemplateResult {
  const t = OPPORTUNITY[c.loc];
  const stage = stageLabel(c, s.key);
  const choices = fieldChoices(stages, t.fieldNames, (k, b) => c.label('field', k, b));
  const chosen = s.requiredFields ?? [];
  return html`<div class="picked" role="group" aria-label="${t.requiredFields} · ${stage}">
    <ul class="chips" data-roving="horizontal">
      ${
        chosen.length
          ? chosen.map(
              (k) =>
                html`<li class="tag" data-field=${k}>
                  ${nameOf(choices, k)}
                  <button
                    type="button"
                    class="remove"
                    aria-label=${t.removeItem(nameOf(choices, k), stage)}
                    @click=${() => tune(i, s.key, 'requiredFields', withoutField(chosen, k))}
                  >
                    ×
                  </button>
                </li>`,
            )
          : html`<li class="weak">${t.noneRequired}</li>`
      }
    </ul>
    ${addPicker(`r-add-field-${i}`, `${t.addField} · ${stage}`, remaining(choices, chosen), (k) =>
      tune(i, s.key, 'requiredFields', withField(chosen, k)),
    )}
  </div>`;
}

/** A stage's required activities: a whole-number count per type (with a remove button) and a picker of the others. */
export function requiredActivitiesCell(
  c: OpportunityContext,
  stages: readonly Stage[],
  s: Stage,
  i: number,
  tune: TuneStage,
): TemplateResult {
  const t = OPPORTUNITY[c.loc];
  const stage = stageLabel(c, s.key);
  const choices = activityChoices(stages, t.activityNames, (k, b) => c.label('activity', k, b));
  const counts = s.requiredActivities ?? {};
  const types = Object.keys(counts);
  return html`<div class="picked" role="group" aria-label="${t.requiredActivities} · ${stage}">
    <ul class="counts">
      ${
        types.length
          ? types.map((k, j) => {
              const name = nameOf(choices, k);
              return html`<li data-activity=${k}>
                <label for="r-act-${i}-${j}">${name}</label>
                <input
                  id="r-act-${i}-${j}"
                  type="number"
                  min="0"
                  step="1"
                  aria-label=${t.countOf(name, stage)}
                  .value=${String(counts[k])}
                  aria-invalid=${c.badRule(`rules.stages.${i}.requiredActivities.${k}`)}
                  @change=${(e: Event) => {
                    const v = (e.target as HTMLInputElement).value.trim();
                    tune(i, s.key, 'requiredActivities', withActivity(counts, k, v === '' ? NaN : Number(v)));
                  }}
                />
                <button
                  type="button"
                  class="remove"
                  aria-label=${t.removeItem(name, stage)}
                  @click=${() => tune(i, s.key, 'requiredActivities', withoutActivity(counts, k))}
                >
                  ×
                </button>
              </li>`;
            })
          : html`<li class="weak">${t.noneRequired}</li>`
      }
    </ul>
    ${addPicker(`r-add-act-${i}`, `${t.addActivity} · ${stage}`, remaining(choices, types), (k) =>
      tune(i, s.key, 'requiredActivities', withActivity(counts, k, 1)),
    )}
  </div>`;
}

/** The change-flag thresholds (issue 14): shares as percentages, counts and days as whole numbers. */
export function changeThresholdsFieldset(c: OpportunityContext, rules: PipelineRules): TemplateResult {
  const t = OPPORTUNITY[c.loc];
  const ch = { ...DEFAULT_CHANGE_THRESHOLDS, ...rules.changes };
  return html`<fieldset part="change-thresholds">
    <legend>${t.changeThresholds}</legend>
    <div class="grid">
      ${CHANGE_THRESHOLD_FIELDS.map((x) =>
        numberField({
          id: `r-ch-${x.key}`,
          label: t.changeThresholdLabels[x.key],
          value: ch[x.key],
          invalid: c.badRule(`rules.changes.${x.key}`),
          set: (v) => c.tuneAt(['changes', x.key], v),
          scale: x.scale,
          step: x.step,
        }),
      )}
    </div>
  </fieldset>`;
}
