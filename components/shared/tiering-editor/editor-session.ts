/**
 * One host's model editor (loaded on first use): the undo history of the model being edited, its
 * validation issues by cell, and what happens after each edit — a valid model is put in force (saved,
 * shared), an invalid one stays here with its problems shown at their fields and is never saved.
 */
import type { TemplateResult } from 'lit';
import type { Issue } from '../../../src/schemas/issues.js';
import {
  edit,
  editable,
  editorCells,
  issuesByCell,
  moveItem,
  record,
  redo,
  startHistory,
  undo,
  type Edit,
  type EditHistory,
} from '../../../src/views/tiering-editor.js';
import type { EditorHost } from './editor-host.js';
import { EDITOR_CSS } from './editor.styles.js';
import { renderEditor } from './editor-view.js';

let sheet: CSSStyleSheet | undefined;

export class EditorSession {
  history: EditHistory;
  issues: readonly Issue[] = [];
  byCell = new Map<string, Issue[]>();
  /** What the status line says after the last edit ('' before any). */
  status: 'saved' | 'invalid' | '' = '';
  /** The model this editor last saw in force: another model in force (tuning, import, provider) is taken in. */
  private inForce: unknown;

  constructor(readonly host: EditorHost) {
    this.inForce = host.model();
    this.history = startHistory(editable(this.inForce));
    this.check();
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(EDITOR_CSS);
    }
    const root = host.root;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Take in a model put in force elsewhere, as an undoable step (not while the user's draft has problems). */
  sync(): void {
    const m = this.host.model();
    if (m === this.inForce || this.issues.length) return;
    this.inForce = m;
    this.history = record(this.history, editable(m));
    this.check();
  }

  /** Which factors are open (by position; a new factor opens, the flags move with their factor). */
  private opened: boolean[] = [];

  /** A factor is shown open when the user opened it, or while it has a problem. */
  isOpen(i: number): boolean {
    if (this.opened[i]) return true;
    const base = `factors.${i}.`;
    for (const cell of this.byCell.keys()) if (cell === `factors.${i}` || cell.startsWith(base)) return true;
    return false;
  }

  setOpen(i: number, open: boolean): void {
    this.opened[i] = open;
  }

  apply(e: Edit, focusId?: string): void {
    const before = this.history;
    this.go(edit(this.history, e), focusId);
    if (this.history === before) return;
    const open = Array.from({ length: before.present.factors.length }, (_, k) => !!this.opened[k]);
    if (e.op === 'add-factor') open.push(true);
    else if (e.op === 'remove-factor') open.splice(e.factor, 1);
    this.opened = e.op === 'move-factor' ? moveItem(open, e.factor, e.to) : open;
  }

  undo(): void {
    this.go(undo(this.history));
  }

  redo(): void {
    this.go(redo(this.history));
  }

  /** Ctrl/⌘+Z undoes, Ctrl/⌘+Y or Ctrl/⌘+Shift+Z redoes. */
  onKeydown(e: KeyboardEvent): void {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) this.undo();
    else if (k === 'y' || (k === 'z' && e.shiftKey)) this.redo();
    else return;
    e.preventDefault();
  }

  private go(h: EditHistory, focusId?: string): void {
    if (h === this.history) return this.rendered(focusId);
    this.history = h;
    this.check();
    this.status = this.issues.length ? 'invalid' : 'saved';
    if (!this.issues.length) {
      this.inForce = h.present;
      this.host.save(h.present);
    }
    this.rendered(focusId);
  }

  /** Render the host again, then move keyboard focus to the element with this id (the moved or added item). */
  private rendered(focusId?: string): void {
    void this.host.update().then(() => {
      if (focusId) this.host.root.querySelector<HTMLElement>(`#${focusId}`)?.focus();
    });
  }

  private check(): void {
    this.issues = this.host.validate(this.history.present);
    this.byCell = issuesByCell(this.issues, editorCells(this.history.present));
  }

  render(): TemplateResult {
    this.sync();
    return renderEditor(this);
  }
}
