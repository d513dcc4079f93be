import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A temp folder removed after the test file; `write(name, data)` returns the file's path. */
export function useTempDir(): { dir: string; write: (name: string, data: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'hotspots-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write: (name, data) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    },
  };
}
