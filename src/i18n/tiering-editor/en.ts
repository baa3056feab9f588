/** English. Strings of the tiering model editor (loaded with the editor, not with the cards). */

export interface TieringEditorStrings {
  hint: string;
  factors: string;
  /** A factor's heading: its position and key. */
  factorHeading: (n: number, key: string) => string;
  key: string;
  label: string;
  kind: string;
  kinds: Record<'options' | 'multi' | 'bands', string>;
  weightPct: string;
  factorClass: string;
  cap: string;
  reference: string;
  halfLife: string;
  options: string;
  optionValue: string;
  score: string;
  bands: string;
  bandMin: string;
  /** An option's, band's or tier's row name in its controls' labels. */
  optionRow: (factor: string, n: number) => string;
  bandRow: (factor: string, n: number) => string;
  tiers: string;
  tierRow: (key: string) => string;
  minScore: string;
  strategy: string;
  focus: string;
  addFactor: string;
  addFactorKind: string;
  addOption: (factor: string) => string;
  addBand: (factor: string) => string;
  addTier: string;
  moveUp: (what: string) => string;
  moveDown: (what: string) => string;
  remove: (what: string) => string;
  undo: string;
  redo: string;
  /** What the status line says after an edit. */
  saved: string;
  notSaved: (n: number) => string;
}

export const TIERING_EDITOR: TieringEditorStrings = {
  hint: 'Every change applies at once when the model is valid; a problem is shown at its field and nothing is saved until it is fixed. Ctrl+Z undoes, Ctrl+Y redoes.',
  factors: 'Factors',
  factorHeading: (n, key) => `Factor ${n}: ${key}`,
  key: 'Key',
  label: 'Label',
  kind: 'Kind',
  kinds: { options: 'One option', multi: 'Several options', bands: 'Number bands' },
  weightPct: 'Weight (%)',
  factorClass: 'Class',
  cap: 'Cap',
  reference: 'Reference value',
  halfLife: 'Half-life (days)',
  options: 'Options',
  optionValue: 'Value',
  score: 'Score',
  bands: 'Bands',
  bandMin: 'From',
  optionRow: (factor, n) => `${factor} option ${n}`,
  bandRow: (factor, n) => `${factor} band ${n}`,
  tiers: 'Tiers',
  tierRow: (key) => `tier ${key}`,
  minScore: 'Min score',
  strategy: 'Strategy',
  focus: 'Focus',
  addFactor: 'Add factor',
  addFactorKind: 'Kind of the new factor',
  addOption: (factor) => `Add an option to ${factor}`,
  addBand: (factor) => `Add a band to ${factor}`,
  addTier: 'Add tier',
  moveUp: (what) => `Move ${what} up`,
  moveDown: (what) => `Move ${what} down`,
  remove: (what) => `Remove ${what}`,
  undo: 'Undo',
  redo: 'Redo',
  saved: 'Saved: this is the model in force.',
  notSaved: (n) =>
    n === 1 ? '1 problem: not saved until it is fixed.' : `${n} problems: not saved until they are fixed.`,
};
