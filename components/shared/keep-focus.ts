/**
 * Run an action of a button in a table row (Apply, Accept) and keep the focus there: on the button
 * if it is still shown, else on the next row's button (or the previous one), else on the row's first
 * cell, so the keyboard does not start again from the top of the page.
 */
export async function keepFocus(host: { updateComplete: Promise<unknown> }, e: Event, act: () => void): Promise<void> {
  const btn = e.currentTarget as HTMLElement;
  const table = btn.closest('table');
  const at = table ? [...table.rows].indexOf(btn.closest('tr')!) : -1;
  act();
  await host.updateComplete;
  if (btn.isConnected) return btn.focus();
  if (!table?.isConnected || at < 0) return;
  const rows = [...table.rows];
  const near = [...rows.slice(at), ...rows.slice(0, at).reverse()];
  const next = near.map((r) => r.querySelector<HTMLElement>('button')).find((b) => b);
  if (next) return next.focus();
  const cell = rows[Math.min(at, rows.length - 1)]?.cells[0];
  if (!cell) return;
  cell.tabIndex = -1;
  cell.focus();
}
