// Loaded first by the strict-CSP frames (a same-origin classic script, so the policy allows it):
// records every securitypolicyviolation with the step the test was at and the element it hit.
(() => {
  const log = [];
  window.__csp = { step: 'load', log };
  // The element whose shadow DOM holds the node that broke the policy (the host of the first shadow root on the path).
  const revopsHost = (path) => {
    const root = path.find((n) => n instanceof ShadowRoot);
    return root ? root.host.localName : '';
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    log.push({
      step: window.__csp.step,
      element: revopsHost(e.composedPath()),
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
    });
  });
})();
