// The realistic export's file-picker path in the page, shared by `npm run bench` (bench/cases/lead-flow-monitor.js)
// and bench/lead-flow-profile.js. `installRealisticPath` is sent to the page once (`page.evaluate`) and defines
// `window.__lfmReal`; the export's text must be in `window.__realCsv`.

/** Runs in the page: defines `window.__lfmReal.prepare` and `.paint`. */
export function installRealisticPath() {
  window.__lfmReal = {
    /**
     * A lead-flow-monitor with a storage-key in `#stage` (960 px wide), its saved state read, its data tab open and
     * the export chosen in its picker (not yet dispatched); the user points at the picker and spends a while in the
     * file dialog — the element starts its import worker then (warmImportWorker); a quarter of a second stands for
     * the dialog. Returns the element.
     */
    async prepare(asOf, key) {
      const stage = document.getElementById('stage');
      stage.textContent = '';
      stage.style.width = '960px';
      const el = document.createElement('lead-flow-monitor');
      el.setAttribute('as-of', asOf);
      el.setAttribute('storage-key', key);
      stage.appendChild(el);
      // The one-file script defines the element once its chunk is in.
      await customElements.whenDefined('lead-flow-monitor');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50)); // the storage read
      el.shadowRoot.querySelector('#tab-data').click();
      await el.updateComplete;
      // The import view's templates load with the tab.
      const t0 = performance.now();
      while (!el.shadowRoot.querySelector('#import-file')) {
        if (performance.now() - t0 > 60_000) throw new Error('the import view did not load in 60 s');
        await new Promise((r) => setTimeout(r, 5));
      }
      const input = el.shadowRoot.querySelector('#import-file');
      const dt = new DataTransfer();
      dt.items.add(new File([window.__realCsv], 'crm-export.csv', { type: 'text/csv' }));
      input.files = dt.files;
      input.focus();
      await new Promise((r) => setTimeout(r, 250));
      return el;
    },
    /**
     * The change event, then the frame that shows the analysed export (marks `pick` and `painted`); `onFrame` is
     * called at each animation frame meanwhile. Returns the milliseconds, the leads read and the rows skipped.
     */
    async paint(el, onFrame) {
      const input = el.shadowRoot.querySelector('#import-file');
      let watching = !!onFrame;
      const watch = () => {
        onFrame(performance.now());
        if (watching) requestAnimationFrame(watch);
      };
      if (onFrame) requestAnimationFrame(watch);
      await new Promise((r) => requestAnimationFrame(() => r()));
      performance.mark('pick');
      const t0 = performance.now();
      onFrame?.(t0);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      while (!(
        el.result &&
        el.shadowRoot.querySelector('[part~="import"] [data-format]') &&
        !el.shadowRoot.querySelector('progress')
      )) {
        // A deadline, so a pick that never ends is reported with what the element shows (not a protocol timeout).
        if (performance.now() - t0 > 120_000) {
          const { refused, readIn, reading } = el.importer;
          throw new Error(
            `no analysed export 120 s after the pick: result ${!!el.result}, reading ${reading?.progress.phase ?? 'no'}, ` +
              `read in ${readIn?.where ?? '?'}${refused ? `, refused: ${refused.message ?? refused.issue?.message}` : ''}`,
          );
        }
        await new Promise((r) => setTimeout(r, 1));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const ms = performance.now() - t0;
      performance.mark('painted');
      watching = false;
      const { pools } = el.result;
      const leads = pools.private + pools.line + pools.company + pools.blacklist;
      const skipped = el.shadowRoot.querySelectorAll('[part~="skipped"] tbody tr').length;
      return { ms, leads, skipped };
    },
  };
}
