/**
 * Relative links of the project's markdown (README.md and docs/**): every link to a
 * file must reach an existing file, and every `#anchor` a heading (GitHub's slugs) or
 * an explicit `<a id>` / `<a name>` of the target page. Links with a scheme
 * (https:, mailto:) are not checked. Code blocks and code spans are not links.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface LinkProblem {
  file: string;
  line: number;
  link: string;
  problem: string;
}

/** The text with fenced code blocks blanked (same line count). */
function withoutFences(md: string): string {
  let fence: string | null = null;
  return md
    .split('\n')
    .map((line) => {
      const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (m && m[1]!.startsWith(fence[0]!) && m[1]!.length >= fence.length) fence = null;
        return '';
      }
      if (m) fence = m[1]!;
      return m ? '' : line;
    })
    .join('\n');
}

/** The text with fenced code blocks and code spans blanked (same line count). */
export const withoutCode = (md: string): string =>
  withoutFences(md).replace(/(`+)[^`\n][\s\S]*?\1/g, (s) => s.replace(/[^\n]/g, ' '));

/** GitHub's heading slug (github-slugger): lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  // Code spans keep their text as written; outside them raw HTML vanishes, links keep their text, emphasis marks go.
  const text = heading
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2
        ? part.replace(/^`+|`+$/g, '')
        : part
            .replace(/<[^>]*>/g, '')
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/\*\*|__|\*/g, ''),
    )
    .join('');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a page offers: heading slugs (repeats get -1, -2 …) and explicit ids. */
export function anchorsOf(md: string): Set<string> {
  const out = new Set<string>();
  const counts = new Map<string, number>();
  const source = withoutFences(md);
  for (const line of source.split('\n')) {
    const h = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const base = slug(h[1]!);
      const n = counts.get(base) ?? 0;
      counts.set(base, n + 1);
      out.add(n ? `${base}-${n}` : base);
    }
    for (const a of line.matchAll(/<a\s+[^>]*(?:id|name)="([^"]+)"/g)) out.add(a[1]!);
  }
  return out;
}

/** Link targets of a markdown text with their line numbers: inline links, images and reference definitions. */
export function linksOf(md: string): { line: number; target: string }[] {
  const out: { line: number; target: string }[] = [];
  withoutCode(md)
    .split('\n')
    .forEach((text, i) => {
      for (const m of text.matchAll(/!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g))
        out.push({ line: i + 1, target: m[1]! });
      const ref = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(text);
      if (ref) out.push({ line: i + 1, target: ref[1]! });
    });
  return out;
}

const isExternal = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

/** Problems with the relative links of one markdown file (`root` resolves links that start with `/`). */
export function checkFile(file: string, root: string): LinkProblem[] {
  const md = readFileSync(file, 'utf8');
  const problems: LinkProblem[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (path: string) => {
    let a = anchorCache.get(path);
    if (!a) anchorCache.set(path, (a = anchorsOf(readFileSync(path, 'utf8'))));
    return a;
  };
  const name = relative(root, file);
  for (const { line, target } of linksOf(md)) {
    if (isExternal(target)) continue;
    const hash = target.indexOf('#');
    const pathPart = decodeURI(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
    const dest =
      pathPart === '' ? file : pathPart.startsWith('/') ? join(root, pathPart) : resolve(dirname(file), pathPart);
    if (!existsSync(dest)) {
      problems.push({ file: name, line, link: target, problem: `no such file: ${relative(root, dest)}` });
      continue;
    }
    if (anchor === null || anchor === '') continue;
    if (statSync(dest).isDirectory() || !dest.endsWith('.md')) {
      problems.push({ file: name, line, link: target, problem: 'an anchor on something that is not a markdown page' });
      continue;
    }
    if (!anchors(dest).has(anchor))
      problems.push({
        file: name,
        line,
        link: target,
        problem: `no heading or id "${anchor}" in ${relative(root, dest)}`,
      });
  }
  return problems;
}

/** README.md and every markdown file under docs/. */
export function markdownFiles(root: string): string[] {
  const out = [join(root, 'README.md')];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(join(root, 'docs'));
  return out.sort();
}
