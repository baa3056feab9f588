// The Content-Security-Policy the suite is tested under (docs/csp.md explains each directive).
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
].join('; ');

/** The same, with Trusted Types enforced for script sinks. */
export const STRICT_CSP_TRUSTED_TYPES = `${STRICT_CSP}; require-trusted-types-for 'script'`;

/** web-test-runner middleware: the frames under /test/csp/ get the policy (`?tt` adds Trusted Types). */
export function strictCspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html'))
      ctx.set('Content-Security-Policy', 'tt' in ctx.query ? STRICT_CSP_TRUSTED_TYPES : STRICT_CSP);
  };
}
