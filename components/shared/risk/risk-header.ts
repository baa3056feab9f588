/**
 * Templates of a risk panel's top: the title with the as-of date, the
 * progress of a background assessment, the level counts and the rows
 * figure the summaries show, a level badge, and the report of rows that
 * could not be assessed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Level, LevelCounts } from '../../../src/models/signals.js';
import type { InvalidRow, Issue } from '../../../src/schemas/issues.js';
import type { RiskStrings } from '../../../src/i18n/risk.js';
import type { Formatter } from '../../../src/i18n/format.js';
import { overallProgress, type AssessPhase } from '../../../src/views/risk-view.js';

export function panelHeader(
  title: string,
  asOf: { iso: string; shown: string; defaulted: boolean } | null,
  r: RiskStrings,
): TemplateResult {
  return html`<header part="header" class="row">
    <h2 id="title">${title}</h2>
    <span class="spacer"></span>
    ${
      asOf
        ? html`<span part="as-of" class="weak" data-as-of=${asOf.iso}
            >${asOf.defaulted ? r.asOfToday(asOf.shown) : r.asOf(asOf.shown)}</span
          >`
        : nothing
    }
  </header>`;
}

export function progressBar(
  p: { phase: AssessPhase; done: number; total: number } | null,
  r: RiskStrings,
  f: Formatter,
): TemplateResult | typeof nothing {
  if (!p) return nothing;
  const { share, overall } = overallProgress(p.phase, p.done, p.total);
  const text = r.progress[p.phase](f.percent(share, 0));
  return html`<div part="progress" class="progress" role="status" aria-live="polite">
    <label for="progress">${text}</label>
    <progress id="progress" max="100" .value=${Math.round(overall * 100)}>${text}</progress>
  </div>`;
}

export function levelBadge(r: RiskStrings, level: Level): TemplateResult {
  return html`<span class="badge lvl-${level}" part="level" data-level=${level}>${r.levels[level]}</span>`;
}

/** Counts per level, most severe first. */
export function levelCounts(r: RiskStrings, f: Formatter, s: LevelCounts): TemplateResult {
  return html`<ul class="counts" part="counts">
    ${(['critical', 'warning', 'ok'] as const).map(
      (l) =>
        html`<li data-level=${l}>
          <span class="badge lvl-${l}">${r.levels[l]}</span>
          <strong class="num" data-count=${l}>${f.integer(s[l])}</strong>
        </li>`,
    )}
  </ul>`;
}

/** The header figure of rows assessed and rows skipped (bad rows). */
export function rowsFigure(r: RiskStrings, f: Formatter, rows: { assessed: number; skipped: number }): TemplateResult {
  const { assessed, skipped } = rows;
  return html`<div>
    <dt>${r.rowsFigure}</dt>
    <dd part="assessed" data-assessed=${assessed} data-skipped=${skipped}>
      ${r.assessedN(f.integer(assessed))}${
        skipped ? html` · <span class="bad">${r.skippedN(f.integer(skipped))}</span>` : nothing
      }
    </dd>
  </div>`;
}

export interface InvalidRowsProps {
  invalid: readonly InvalidRow[];
  r: RiskStrings;
  /** "Row 5" in the UI's language (input index 4). */
  rowName: (index: number) => string;
  /** The full path of a field of an input row. */
  path: (index: number, rel: string) => string;
  fieldLabel: (path: string) => string | undefined;
  /** A model message in the UI's language. */
  /** An issue in the UI's language, naming its field. */
  issueText: (issue: Issue) => string;
}

/** The rows that could not be assessed, each with its bad fields (open when there are few). */
export function invalidRows(o: InvalidRowsProps): TemplateResult | typeof nothing {
  const { invalid } = o;
  if (!invalid.length) return nothing;
  return html`<details part="invalid" class="invalid" ?open=${invalid.length <= 5}>
    <summary>${o.r.invalidRows(invalid.length)}</summary>
    <ul>
      ${invalid.slice(0, 200).map(
        (b) =>
          html`<li>
            ${o.rowName(b.index)}${b.id !== undefined ? html` (<span class="id">${b.id}</span>)` : nothing}:
            ${b.issues.map((i) => {
              const path = o.path(b.index, i.path);
              const label = o.fieldLabel(path);
              return html`<code>${path}</code>${label ? html` (${label})` : nothing} ${o.issueText(i)} `;
            })}
          </li>`,
      )}
    </ul>
  </details>`;
}
