/** How serious a collected problem is. `error` rows are rejected; `warning` and `info` do not lose data. */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A problem that did not stop the run, collected rather than thrown (as vfile does).
 * Written into `report.json` under `messages`.
 */
export interface Message {
  severity: Severity;
  /** Stable code, e.g. `no-time-column`, `traditional-converted`. */
  code: string;
  /** One line saying what was expected and what came. */
  message: string;
  file?: string;
  row?: number;
}

/** A collector stages push messages into. */
export class Messages {
  readonly list: Message[] = [];

  /** Adds a message. */
  push(severity: Severity, code: string, message: string, where: { file?: string; row?: number } = {}): void {
    this.list.push({ severity, code, message, ...where });
  }

  /** Adds a warning. */
  warn(code: string, message: string, where?: { file?: string; row?: number }): void {
    this.push('warning', code, message, where);
  }

  /** Adds an info message. */
  info(code: string, message: string, where?: { file?: string; row?: number }): void {
    this.push('info', code, message, where);
  }
}
