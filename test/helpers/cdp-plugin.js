// A web-test-runner plugin with Chromium DevTools protocol commands for the leak tests:
// `executeServerCommand('dom-counters')` collects garbage (HeapProfiler.collectGarbage) and
// returns Memory.getDOMCounters ({ documents, nodes, jsEventListeners }) and the JS heap in use.
export function cdpPlugin() {
  const sessions = new WeakMap();
  const cdp = async (session) => {
    const page = session.browser.getPage(session.id);
    let client = sessions.get(page);
    if (!client) sessions.set(page, (client = await page.createCDPSession()));
    return client;
  };
  return {
    name: 'revops-cdp-commands',
    async executeCommand({ command, session }) {
      if (command !== 'dom-counters') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('dom-counters needs Chromium through puppeteer');
      const client = await cdp(session);
      // Blink's DOM heap and V8's are collected together; a few passes let weak callbacks settle.
      for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
      const counters = await client.send('Memory.getDOMCounters');
      const heap = await client.send('Runtime.getHeapUsage');
      return { ...counters, jsHeapUsed: heap.usedSize };
    },
  };
}
