import { html, type TemplateResult } from 'lit';
import type { LeadFlowRules } from '../../src/models/lead-flow.js';
import { dayNumber, isoDay } from '../../src/models/math.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import type { ActionStrings } from '../../src/i18n/actions.js';
import { formatDay, type LeadFlowStrings } from '../../src/i18n/lead-flow.js';
import type { Labeller } from '../../src/views/code-labels.js';

/** What every template of the monitor reads: the strings and formats of the UI language, the rules in force, the leads' fields. */
export interface LeadFlowContext {
  t: LeadFlowStrings;
  actions: ActionStrings;
  fmt: Formatter;
  locale: Locale;
  rules: LeadFlowRules;
  /** A lead's field by lead id (text or number; null when absent). */
  field: (id: unknown, key: string) => string | number | null;
  /** The host's words for a code (`codeLabels`: sources, business lines, teams, groups), else the code. */
  label: Labeller;
}

/** A lead's source or business line in words (a dash when the lead has none). */
export function codedField(ctx: LeadFlowContext, id: unknown, key: 'source' | 'businessLine'): string {
  const v = ctx.field(id, key);
  return v == null ? '—' : ctx.label(key, String(v));
}

/** A date cell: the UTC calendar day the model reads, as the locale writes it (the ISO day in `datetime`). */
export function dateCell(ctx: LeadFlowContext, v: unknown): TemplateResult | string {
  if (typeof v !== 'string' || !v) return '—';
  const d = dayNumber(v);
  return Number.isNaN(d) ? v : html`<time datetime=${isoDay(d)}>${formatDay(ctx.locale, d)}</time>`;
}
