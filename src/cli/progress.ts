/** A progress reporter the pipeline calls between stages and while reading. */
export interface Progress {
  /** A stage started (`reading`, `segmenting` …). */
  stage(name: string): void;
  /** `done` of `total` units of the current stage. */
  tick(done: number, total?: number): void;
  /** Clears the line. */
  end(): void;
}

/** A progress reporter that prints nothing (non-TTY, `--quiet`, embedding). */
export const silentProgress: Progress = { stage() {}, tick() {}, end() {} };

/**
 * A one-line progress bar on a TTY stream (stderr), redrawn at most every 100 ms so it never slows the run.
 */
export function createTtyProgress(stream: NodeJS.WriteStream): Progress {
  let name = '';
  let last = 0;
  const draw = (text: string): void => {
    stream.write(`\r\x1b[2K${text}`);
  };
  return {
    stage(stage) {
      name = stage;
      draw(`${name} …`);
    },
    tick(done, total) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      if (total && total > 0) {
        const width = 24;
        const filled = Math.round((done / total) * width);
        draw(`${name} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      } else {
        draw(`${name} ${done}`);
      }
    },
    end() {
      stream.write('\r\x1b[2K');
    },
  };
}
