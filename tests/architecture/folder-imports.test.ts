import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

/** Every .ts file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative modules a file imports or re-exports, types included, static and dynamic. */
export function importedSpecifiers(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;\s])(?:import|export)\s[^;'"]*?from\s*['"](\.[^'"]+)['"]|(?:^|[;\s])import\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(pattern)) found.push((m[1] ?? m[2] ?? m[3])!);
  return found;
}

/** The folder of src/ a file belongs to; `(src)` for the entry files at its top. */
function folderOf(path: string): string {
  const parts = relative(src, path).split(sep);
  return parts.length > 1 ? parts[0]! : '(src)';
}

/** Folder → folder edges, each with the first file import that makes it. */
function folderEdges(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(src)) {
    const from = folderOf(file);
    for (const spec of importedSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(src + sep)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      if (!out.has(to)) out.set(to, `${relative(root, file)} -> ${spec}`);
      edges.set(from, out);
    }
  }
  return edges;
}

/** Strongly connected components of more than one folder (Tarjan): each is a set of folders importing each other. */
function cycles(edges: Map<string, Map<string, string>>): string[][] {
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])])].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of [...(edges.get(v)?.keys() ?? [])].sort()) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return found;
}

describe('the house reads as a pipeline', () => {
  it('reads imports of every kind (static, type-only, re-exports, dynamic)', () => {
    const text = `import { a } from './a.js';\nimport type { B } from '../b/b.js';\nexport { c } from './c.js';\nexport * from './d.js';\nconst e = await import('../e/e.js');\nimport './f.js';\nimport { z } from 'zod';`;
    expect(importedSpecifiers(text)).toEqual(['./a.js', '../b/b.js', './c.js', './d.js', '../e/e.js', './f.js']);
  });

  it('no folder of src/ imports one that imports it back, directly or around a loop (types count)', () => {
    const edges = folderEdges();
    const described = cycles(edges).map((component) =>
      component.flatMap((from) => component.filter((to) => edges.get(from)?.has(to)).map((to) => `${from} -> ${to}: ${edges.get(from)!.get(to)}`)),
    );
    expect(described).toEqual([]);
  });

  it('only the CLI imports the entry files at the top of src/', () => {
    const edges = folderEdges();
    const into = [...edges].filter(([, to]) => to.has('(src)')).map(([from, to]) => `${from}: ${to.get('(src)')}`);
    expect(into.filter((edge) => !edge.startsWith('cli:'))).toEqual([]);
  });

  it('src/ imports only node built-ins and runtime (or optional) dependencies: nothing of tests or benches', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const runtime = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {})]);
    // tsx is looked up only when the library runs from its TypeScript sources (tests, benches), to start a worker.
    const sourcesOnly = new Set(['src/parallel/spawn-worker.ts: tsx/package.json']);
    const wrong: string[] = [];
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      const bare = [...text.matchAll(/(?:from\s*|import\(\s*|require\(\s*|\)\(\s*)['"]([^.'"][^'"]*)['"]/g)].map((m) => m[1]!);
      for (const spec of bare) {
        if (spec.startsWith('node:')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        const at = `${relative(root, file)}: ${spec}`;
        if (!runtime.has(name) && !sourcesOnly.has(at)) wrong.push(at);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the README stage table lists every folder of src/ and no other', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The pipeline'), readme.indexOf('\n## ', readme.indexOf('## The pipeline') + 1));
    const listed = [...section.matchAll(/^\|[^\n]*\| `src\/([a-z-]+)` \|$/gm)].map((m) => m[1]!);
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...folders].sort());
  });
});
