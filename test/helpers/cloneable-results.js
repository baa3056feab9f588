// A web-test-runner plugin that keeps a failed assertion from hiding a whole test file.
//
// The dev server's browser side sends each file's results with `stable(message)`, which starts with
// `structuredClone(message)` (@web/dev-server-core 0.7.x and 1.0.x, modernweb-dev/web#2967, #2772). A chai
// error keeps the values it compared as `actual` / `expected`: when one is a DOM node (`expect(deepActive())
// .to.equal(row)`) or a function, structuredClone throws, the results are never sent, and wtr waits for its
// 180 s limit and reports "Browser tests did not finish" for the file, with none of its results and not the
// failure. This plugin swaps that call for one that falls back to a copy in which a node reads as its opening
// tag and a function as its name, so the failure is reported like any other.
export const WEB_SOCKET_MODULE = '/__web-dev-server__web-socket.js';
const CALL = 'var target = structuredClone(obj)';

/** Browser code: structuredClone, or, for what it cannot clone, a copy with nodes and functions described. */
export const CLONEABLE_SOURCE = `
function revopsCloneable(value) {
  try {
    return structuredClone(value);
  } catch {
    // A DOM node, a function, a window, …: described below, everything else copied as it is.
  }
  var copies = new Map();
  var describe = function (n) {
    if (n.nodeType === 1) {
      var tag = n.cloneNode(false).outerHTML;
      return tag.slice(0, tag.indexOf('>') + 1);
    }
    return '[' + n.nodeName + ']';
  };
  var walk = function (v) {
    if (typeof v === 'function') return '[Function ' + (v.name || 'anonymous') + ']';
    if (typeof v === 'symbol') return v.toString();
    if (typeof v !== 'object' || v === null) return v;
    if (typeof Node === 'function' && v instanceof Node) return describe(v);
    if (typeof Window === 'function' && v instanceof Window) return '[Window]';
    if (copies.has(v)) return copies.get(v);
    var proto = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) {
      try {
        var c = structuredClone(v);
        copies.set(v, c);
        return c;
      } catch {
        // Not cloneable (a class instance holding a node or a function): its own fields below.
      }
    }
    var out = Array.isArray(v) ? [] : {};
    copies.set(v, out);
    for (var k of Object.keys(v)) out[k] = walk(v[k]);
    return out;
  };
  return walk(value);
}
`;

/** The dev server's web socket module with the safe clone, or the body unchanged when its code has moved on. */
export function patchWebSocketModule(body) {
  if (!body.includes(CALL)) return null;
  return body.replace(CALL, 'var target = revopsCloneable(obj)') + CLONEABLE_SOURCE;
}

export function cloneableResultsPlugin() {
  let warned = false;
  return {
    name: 'revops-cloneable-results',
    transform(context) {
      if (context.path !== WEB_SOCKET_MODULE || typeof context.body !== 'string') return undefined;
      const body = patchWebSocketModule(context.body);
      if (body === null) {
        if (!warned)
          console.warn(
            `cloneable-results: ${WEB_SOCKET_MODULE} no longer calls structuredClone as expected; not patched`,
          );
        warned = true;
        return undefined;
      }
      return { body };
    },
  };
}
