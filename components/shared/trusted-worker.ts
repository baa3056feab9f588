/**
 * `Worker` that starts where a page requires Trusted Types: the URL of our
 * own worker files goes through a policy. Shared by the risk panels' and the
 * import view's workers; used as `const Worker = trustedWorker(); new
 * Worker(new URL('…', import.meta.url), { type: 'module' })`, the exact
 * pattern bundlers recognise to emit the worker as a file of its own.
 */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | null | undefined;

/**
 * `Worker`, taking its URL through a Trusted Types policy named `revops-elements` where the page
 * requires Trusted Types (`require-trusted-types-for 'script'`), so the worker starts there too.
 * The policy passes only same-origin URLs: the one URL it is given is our own worker file.
 */
export function trustedWorker(): new (url: URL, options: WorkerOptions) => Worker {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } })
    .trustedTypes;
  if (policy === undefined) {
    try {
      policy = tt
        ? tt.createPolicy('revops-elements', {
            createScriptURL: (url: string) => {
              if (new URL(url, location.href).origin !== location.origin)
                throw new TypeError(`revops-elements: not a same-origin worker URL: ${url}`);
              return url;
            },
          })
        : null;
    } catch {
      policy = null; // the page's `trusted-types` directive does not allow the name: plain URLs
    }
  }
  const p = policy;
  return class extends globalThis.Worker {
    constructor(url: URL, options: WorkerOptions) {
      super((p ? p.createScriptURL(url.href) : url) as string | URL, options);
    }
  };
}
