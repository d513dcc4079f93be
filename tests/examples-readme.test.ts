import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');
const readme = read('README.md');

/** The code of the README's first fenced block of `lang` after `heading`. */
function snippet(heading: string, lang: string): string {
  const at = readme.indexOf(heading);
  const start = readme.indexOf(`\`\`\`${lang}\n`, at) + lang.length + 4;
  return readme.slice(start, readme.indexOf('```', start));
}

/** A line of code without its trailing `// …` comment and outer blanks. */
const code = (line: string): string => line.replace(/\s+\/\/ .*$/, '').trim();
const importedNames = (text: string): string[] => [...text.matchAll(/import \{([^}]+)\} from 'complaint-hotspots[^']*'/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim()));

describe('the examples and the README snippets of the three journeys', () => {
  it('are at most half as long as when issue 19 was filed (explore 64, nightly 21, ticket-system 41 lines)', () => {
    const lines = (path: string) => read(path).split('\n').length - 1;
    expect(lines('examples/explore.ts')).toBeLessThanOrEqual(32);
    expect(lines('examples/nightly.sh')).toBeLessThanOrEqual(10);
    expect(lines('examples/ticket-system.ts')).toBeLessThanOrEqual(20);
  });

  it('exploration: every line of the README snippet is a line of examples/explore.ts', () => {
    const example = new Set(read('examples/explore.ts').split('\n').map(code));
    const lines = snippet('### 3. An analyst exploring', 'ts').split('\n').map(code).filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(8);
    expect(lines.filter((l) => !example.has(l) && !l.startsWith('import {'))).toEqual([]);
    expect(importedNames(lines.join('\n')).filter((n) => !importedNames(read('examples/explore.ts')).includes(n))).toEqual([]);
  });

  it('ticket system: the README snippet imports and calls what examples/ticket-system.ts does', () => {
    const example = read('examples/ticket-system.ts');
    const text = snippet('### 2. Embedded in a ticket system', 'ts');
    expect(importedNames(text).filter((n) => !importedNames(example).includes(n))).toEqual([]);
    for (const call of ['await createClassifier({ state', '.classify({ id']) {
      expect(text, call).toContain(call);
      expect(example, call).toContain(call);
    }
  });

  it('nightly: the README runs examples/nightly.sh with the settings it reads, and it runs analyze --roll-up', () => {
    const script = read('examples/nightly.sh');
    const text = snippet('### 1. A nightly batch', 'sh') + readme.slice(readme.indexOf('`examples/nightly.sh` is a cron-ready'), readme.indexOf('**What the state keeps'));
    for (const setting of ['STATE', 'REPORTS', 'KEEP_DAYS=400', 'KEEP_REPORTS=90']) {
      expect(text, setting).toContain(setting);
      expect(script, setting).toContain(setting.replace(/=(\d+)/, ':-$1'));
    }
    expect(script).toMatch(/analyze .*--state .*\n.*--keep-days .*--roll-up/);
    expect(text).toContain('bash examples/nightly.sh /data/exports/$(date -d yesterday +\\%F).csv');
    expect(script).toContain('bash examples/nightly.sh /data/exports/$(date -d yesterday +\\%F).csv');
  });
});
