// Browser figures for a large JSON `data` attribute (issue 11): an element already painted gets
// 100,000 rows as attribute text; a PerformanceObserver counts the long tasks (> 50 ms) from the
// attribute set until the element has painted its result. The text is parsed in slices between frames
// (components/shared/json-slices.ts), so the parse adds no long task; what the element then does with
// the rows is its own work. The host's own `setAttribute` call is a task of the host's in which the browser
// copies the text into the attribute (~10 ms a MB here, the same on a plain <div>: `…SetAttributeDivMs`):
// it is reported on its own (`…SetTaskMs`) and left out of the element's long tasks. Figures, never assertions.

/**
 * The element's data is `base` with `generator(100000)` (sent as source text, so it must not use outer
 * variables) laid over it; `done` is a condition on `el` (source text) that holds once the data is in.
 */
export async function largeAttributeFigures(page, tag, { generator, base = {}, done, attrs = {} }) {
  return page.evaluate(
    async (tag, genSrc, base, doneSrc, attrs) => {
      const generate = new Function(`return (${genSrc})`)();
      const isDone = new Function('el', `return (${doneSrc})`);
      const text = JSON.stringify({ ...base, ...generate(100_000) });
      const stage = document.getElementById('stage');
      stage.textContent = '';
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      stage.appendChild(el);
      await el.updateComplete;
      // After the element's first paint, and after the task that built the text.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      // The browser's cost of the text as an attribute, on an element that does nothing with it.
      const div = document.createElement('div');
      const d0 = performance.now();
      div.setAttribute('data-x', text);
      const divMs = performance.now() - d0;
      div.removeAttribute('data-x');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      const entries = [];
      const obs = new PerformanceObserver((l) => entries.push(...l.getEntries()));
      obs.observe({ type: 'longtask', buffered: false });
      const t0 = performance.now();
      el.setAttribute('data', text);
      const setMs = performance.now() - t0;
      while (!isDone(el)) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      const ms = performance.now() - t0;
      obs.disconnect();
      stage.textContent = '';
      // The task that holds the host's setAttribute call (it began before the call and ended after it).
      const isSet = (e) => e.startTime <= t0 && e.startTime + e.duration >= t0 + setMs;
      const setTask = entries.find(isSet);
      const tasks = entries.filter((e) => !isSet(e)).map((e) => e.duration);
      return {
        dataAttribute100kMB: Math.round((text.length / 1e6) * 10) / 10,
        dataAttribute100kSetAttributeMs: Math.round(setMs),
        dataAttribute100kSetAttributeDivMs: Math.round(divMs),
        dataAttribute100kSetTaskMs: Math.round(setTask?.duration ?? 0),
        dataAttribute100kToPaintMs: Math.round(ms),
        dataAttribute100kLongTasks: tasks.length,
        dataAttribute100kLongestTaskMs: Math.round(Math.max(0, ...tasks)),
      };
    },
    tag,
    generator.toString(),
    base,
    done,
    attrs,
  );
}
