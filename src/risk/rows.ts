/**
 * The rows of a risk assessment, built when they are read. A list assessed
 * in a worker comes back as facets (typed columns, engine.ts) plus the
 * order; the page rebuilds a row object only when it is shown, opened,
 * exported or read by the host. The models assess each row on its own (the
 * output row of an input row does not depend on the other rows: a node test
 * checks it), so re-assessing the input rows of a window of the output in one
 * small model call gives exactly the rows the worker produced.
 * Pure: no DOM, runs in Node, workers and the page.
 */
import { assessIndexed, type RiskAssessment, type RiskJob, type RiskRow } from './engine.js';

/** Rows re-assessed per model call when a row is first read. */
export const ROW_BATCH = 64;

export class RowStore<R extends RiskRow = RiskRow> {
  readonly length: number;
  private readonly rows: (R | undefined)[];
  private missing: number;

  /**
   * `job` is what the assessment ran with (kind, model, asOf, rules), `index`
   * the input index of each output row; `rows`, when given, are the output
   * rows already at hand (an assessment on the page).
   */
  constructor(
    private readonly job: Omit<RiskJob, 'list'>,
    private readonly list: readonly unknown[],
    private readonly index: Int32Array,
    rows?: readonly R[],
  ) {
    this.length = index.length;
    if (rows) {
      this.rows = rows as R[];
      this.missing = 0;
    } else {
      this.rows = new Array<R | undefined>(this.length);
      this.missing = this.length;
    }
  }

  /** Whether every row is built (nothing left to assess). */
  get complete(): boolean {
    return this.missing === 0;
  }

  /** The output row at position k (0 ≤ k < length). */
  get(k: number): R {
    const hit = this.rows[k];
    if (hit) return hit;
    if (k < 0 || k >= this.length || !Number.isInteger(k)) throw new RangeError(`no output row ${k}`);
    const from = k - (k % ROW_BATCH);
    this.build(from, Math.min(this.length, from + ROW_BATCH));
    return this.rows[k]!;
  }

  /** Every row, in output order (built at once where missing). */
  all(): R[] {
    if (this.missing) this.build(0, this.length);
    return this.rows as R[];
  }

  /** Re-assess the input rows of output rows [from, to) that are not built yet. */
  private build(from: number, to: number): void {
    const at: number[] = [];
    const recs: unknown[] = [];
    for (let k = from; k < to; k++) {
      if (this.rows[k]) continue;
      at.push(k);
      recs.push(this.list[this.index[k]!]);
    }
    if (!recs.length) return;
    const { result, index } = assessIndexed({ ...this.job, list: recs });
    const rows = result.rows as R[];
    for (let j = 0; j < rows.length; j++) {
      const k = at[index[j]!]!;
      if (!this.rows[k]) this.missing--;
      this.rows[k] = rows[j]!;
    }
    if (rows.length !== recs.length) throw new Error('a row assessed before could not be assessed again');
  }
}

/**
 * The model output `{ rows, summary, invalid }` whose `rows` are built when
 * first read (then kept): a host that only reads the summary never pays for
 * 100,000 row objects. JSON, structuredClone and deep equality read it as a
 * plain property.
 */
export function lazyAssessment<A extends RiskAssessment>(
  store: RowStore,
  summary: A['summary'],
  invalid: A['invalid'],
): A {
  const out = {} as A;
  Object.defineProperty(out, 'rows', {
    enumerable: true,
    configurable: true,
    get(): RiskRow[] {
      const rows = store.all();
      Object.defineProperty(out, 'rows', { value: rows, enumerable: true, writable: true, configurable: true });
      return rows;
    },
  });
  out.summary = summary;
  out.invalid = invalid;
  return out;
}
