// Words instead of codes (issue 12): host labels read leniently, looked up per locale, with the element's own name
// and then the code as fallbacks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeLabel, labeller, readLabels } from '../../src/views/code-labels.js';

describe('code labels', () => {
  it('a label per locale, else English, else Chinese, else the built-in name, else the code', () => {
    const labels = {
      source: { sem: { en: 'Search ads', 'zh-CN': '搜索广告' }, seo: 'SEO', fair: { 'zh-CN': '展会' } },
    };
    assert.equal(codeLabel(labels, 'source', 'sem', 'en'), 'Search ads');
    assert.equal(codeLabel(labels, 'source', 'sem', 'zh-CN'), '搜索广告');
    assert.equal(codeLabel(labels, 'source', 'seo', 'zh-CN'), 'SEO');
    assert.equal(codeLabel(labels, 'source', 'fair', 'en'), '展会');
    assert.equal(codeLabel(labels, 'stage', 'demo', 'en', 'Demo'), 'Demo');
    assert.equal(codeLabel(labels, 'source', 'website-direct', 'en'), 'website-direct');
    assert.equal(codeLabel(undefined, 'route', 'telesales', 'en', 'Telesales'), 'Telesales');
    assert.equal(labeller(labels, 'zh-CN')('source', 'sem'), '搜索广告');
  });

  it('no labels is no issue; a good map is kept whole', () => {
    assert.deepEqual(readLabels(undefined), { labels: {}, issues: [] });
    assert.deepEqual(readLabels(null), { labels: {}, issues: [] });
    const good = { businessLine: { A: 'Enterprise' }, route: { telesales: { en: 'Telesales', 'zh-CN': '电销' } } };
    assert.deepEqual(readLabels(good), { labels: good, issues: [] });
  });

  it('every kind the elements show is a kind a host can label', () => {
    const all = {
      ...Object.fromEntries(
        [
          'source',
          'businessLine',
          'stage',
          'activity',
          'field',
          'route',
          'factor',
          'option',
          'tier',
          'signal',
          'team',
          'group',
        ].map((k) => [k, { x: k }]),
      ),
    };
    const r = readLabels(all);
    assert.deepEqual(r.issues, []);
    assert.equal(codeLabel(r.labels, 'factor', 'x', 'en'), 'factor');
    assert.equal(codeLabel(r.labels, 'activity', 'x', 'zh-CN'), 'activity');
  });

  it('a bad entry is reported by its path and dropped; the other entries and kinds stay', () => {
    const r = readLabels({ source: { sem: 'Search ads', seo: 7, event: '' }, stage: { demo: 'Demo' }, sources: {} });
    assert.deepEqual(r.labels, { source: { sem: 'Search ads' }, stage: { demo: 'Demo' } });
    const paths = r.issues.map((i) => i.path);
    assert.ok(paths.includes('labels.source.seo'), paths.join(' '));
    assert.ok(paths.includes('labels.source.event'), paths.join(' '));
    // The misspelt kind is named, not silently ignored.
    const unknown = r.issues.find((i) => i.path === 'labels');
    assert.ok(unknown, 'unknown kind reported');
    assert.match(unknown.message, /sources/);
    for (const i of r.issues) assert.ok((i as { code?: string }).code, `${i.path} has a code`);
  });

  it('a map that is not an object is one issue at labels, and no label', () => {
    const r = readLabels('sem=Search ads');
    assert.deepEqual(r.labels, {});
    assert.equal(r.issues.length, 1);
    assert.equal(r.issues[0]!.path, 'labels');
    const k = readLabels({ source: ['sem'] });
    assert.deepEqual(k.labels, {});
    assert.equal(k.issues[0]!.path, 'labels.source');
  });
});
