// Browser figures for a large JSON `data` attribute (issue 11): an element already painted gets
// 100,000 rows as attribute text; a PerformanceObserver counts the long tasks (> 50 ms) from the
// attribute set until the element has painted its result. The text is parsed in slices between frames
// (components/shared/json-slices.ts), so the parse adds no long task; what the element then does with
// the rows is its own work. Figures, never assertions.

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
      const tasks = [];
      const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
      obs.observe({ type: 'longtask', buffered: false });
      const t0 = performance.now();
      el.setAttribute('data', text);
      const setMs = performance.now() - t0;
      while (!isDone(el)) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      const ms = performance.now() - t0;
      obs.disconnect();
      stage.textContent = '';
      return {
        dataAttribute100kMB: Math.round((text.length / 1e6) * 10) / 10,
        dataAttribute100kSetAttributeMs: Math.round(setMs),
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
