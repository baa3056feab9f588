/**
 * fflate with `unzip` on its synchronous path. read-excel-file unzips a
 * workbook with fflate's asynchronous `unzip`, which inflates every entry
 * over 512 KB in a worker it starts from a `blob:` URL — something a strict
 * Content-Security-Policy (`worker-src 'self'`) refuses, and pointless inside
 * our own import worker. The builds and the test server resolve
 * read-excel-file's `fflate` import to this module (vite.plugins.js
 * `syncUnzip`, web-test-runner.config.js), so a workbook is inflated on the
 * thread that reads it and nothing is spawned. Same signature and callback
 * timing (never synchronous) as fflate's `unzip`.
 */
import { unzipSync, type AsyncUnzipOptions, type FlateError, type Unzipped, type UnzipCallback } from 'fflate';

export * from 'fflate';

/** fflate's `unzip`, inflating synchronously; the callback runs on a later microtask, as fflate's does. */
export function unzip(data: Uint8Array, opts: AsyncUnzipOptions | UnzipCallback, cb?: UnzipCallback): () => void {
  const done = (typeof opts === 'function' ? opts : cb)!;
  const options = typeof opts === 'function' ? {} : opts;
  let files: Unzipped | null = null;
  let error: FlateError | null = null;
  try {
    files = unzipSync(data, options);
  } catch (e) {
    error = e as FlateError;
  }
  queueMicrotask(() => (error ? done(error, null as unknown as Unzipped) : done(null, files!)));
  return () => {};
}
