/**
 * Inputs a demo element (or a caption) takes from data files beside `src`: an element's
 * `data-props='{"customerList": "./data/customer-value-table.json#records"}'` sets those properties (a
 * `#field` picks one field of the file), and a caption's `data-with='{"plan": "./data/…json"}'` adds inputs
 * only its sentence needs (the plan a designer follows through the provider).
 */
type In = Record<string, unknown>;

/** The values of a `data-props` / `data-with` map, fetched relative to `base`. */
export async function filesOf(spec: string | null | undefined, base: string): Promise<In> {
  if (!spec) return {};
  const out: In = {};
  for (const [key, url] of Object.entries(JSON.parse(spec) as Record<string, string>)) {
    const [path, field] = url.split('#');
    const json = (await (await fetch(new URL(path!, base))).json()) as In;
    out[key] = field ? json[field] : json;
  }
  return out;
}

/** Set every `data-props` element's properties from its files. */
export async function wireProps(root: ParentNode, base = document.baseURI): Promise<void> {
  await Promise.all(
    [...root.querySelectorAll('[data-props]')].map(async (el) =>
      Object.assign(el, await filesOf(el.getAttribute('data-props'), base)),
    ),
  );
}
