/**
 * The scenario file (docs/models.md §4 extras, "Sharing the plan"): one
 * planner's parameters in force — the scenario a planner saves (name, model
 * input, time) with a header saying what it is — as JSON another element
 * imports. sales-target-planner exports its plan in it; sales-org-designer
 * reads it back (or a planner's `{ input, output }` JSON export) and checks
 * the plan with §3b's own rules, naming the field of the file at fault.
 */
import * as z from 'zod/mini';
import { opt, plainObject, text } from '../schemas/common.js';
import { codedIssue, isModelInputError, ModelInputError, movedIssue, parseOrThrow } from '../schemas/issues.js';
import { EN_TEXT } from '../i18n/issues/en-text.js';
import { planHeadcount, type HeadcountPlan } from './headcount.js';

export const SCENARIO_FORMAT = 'revops-elements/scenario';

export interface ScenarioFile {
  format: typeof SCENARIO_FORMAT;
  version: 1;
  /** The tag of the element whose parameters these are. */
  element: string;
  name: string;
  /** ISO time the file was written. */
  at: string;
  /** The model input (the parameters in force). */
  input: Record<string, unknown>;
}

/** The file of one scenario of `element`. */
export function scenarioFile(
  element: string,
  scenario: { name: string; input: Record<string, unknown>; at: string },
): ScenarioFile {
  return { format: SCENARIO_FORMAT, version: 1, element, name: scenario.name, at: scenario.at, input: scenario.input };
}

/** A scenario file of a headcount plan, or (without `format`) a planner's `{ input, output }` JSON export. */
const planFileSchema = z.object({
  format: z.optional(z.literal(SCENARIO_FORMAT)),
  version: z.optional(z.literal(1)),
  element: z.optional(z.literal('sales-target-planner')),
  name: opt(text),
  input: plainObject,
});

export interface PlanFileRead {
  /** The scenario's name ('' when the file has none). */
  name: string;
  /** §3b's input, as in the file. */
  input: Record<string, unknown>;
  /** §3b's plan of that input (the check that it can be used). */
  plan: HeadcountPlan;
}

/**
 * Read a plan file's text. Throws ModelInputError naming the field at fault:
 * `file` (empty, not JSON), `format`, `version`, `element`, `name`, `input`,
 * or `input.<path>` for a parameter §3b rejects (`input.hires.3`).
 */
export function readPlanFile(json: string): PlanFileRead {
  if (!json.trim()) throw new ModelInputError([codedIssue('file', `file ${EN_TEXT.empty_text()}`, 'empty_text', {})]);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ModelInputError([codedIssue('file', `file ${EN_TEXT.not_json({ why })}`, 'not_json', { why })]);
  }
  const v = parseOrThrow(planFileSchema, raw);
  try {
    return { name: v.name ?? '', input: v.input, plan: planHeadcount(v.input) };
  } catch (e) {
    if (!isModelInputError(e)) throw e;
    throw new ModelInputError(
      e.issues.map((i) => {
        const path = i.path ? `input.${i.path}` : 'input';
        return movedIssue(i, path, i.path && i.message.startsWith(i.path) ? `input.${i.message}` : i.message);
      }),
    );
  }
}
