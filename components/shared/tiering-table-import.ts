/**
 * A tiering table's CRM import: a lead or customer list (import kinds
 * `lead-list` / `customer-list`, docs/import.md "Record lists") from a file,
 * pasted rows, or the host's own records with a `field-map`, through the
 * shared import view the risk panels use (PanelImport: the mapping step
 * pre-filled from the CRM's column names, saved under the storage-key,
 * problems grouped with their lines, cancel). The list is read with the
 * factors of the model in force, so a model's own factor is found by its key
 * or label; an edit that only changes weights or scores does not re-import.
 */
import type { CompiledModel } from '../../src/models/tiering.js';
import type { ImportFactor } from '../../src/views/import-core.js';
import type { ImportHost } from './import/import-controller.js';
import { PanelImport } from './risk/risk-import.js';

export interface TableImportOptions {
  kind: 'lead-list' | 'customer-list';
  namespace: string;
  storageKey: () => string | null | undefined;
  /** The model the list is scored by (its factors are what the import reads). */
  model: () => CompiledModel | undefined;
  changed: () => void;
}

interface FactorsMemo {
  key: string;
  factors: readonly ImportFactor[];
}

/** The model's factors as the import reads them: the same array while their keys, kinds, labels and option values stay. */
function factorsOf(cm: CompiledModel | undefined, last: FactorsMemo | undefined): FactorsMemo {
  const factors = cm?.model.factors ?? [];
  const key = JSON.stringify(
    factors.map((f) => [f.key, f.kind, f.label, 'options' in f ? f.options.map((x) => [x.value, x.label]) : null]),
  );
  return last?.key === key ? last : { key, factors };
}

export class TableImport extends PanelImport {
  constructor(host: ImportHost, o: TableImportOptions) {
    let memo: FactorsMemo | undefined;
    super(host, {
      kind: o.kind,
      namespace: o.namespace,
      storageKey: o.storageKey,
      factors: () => (memo = factorsOf(o.model(), memo)).factors,
      changed: o.changed,
    });
  }
}
