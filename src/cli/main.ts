#!/usr/bin/env node
import { HotspotsError } from '../core/errors.js';
import { parseCliArgs } from './parse-cli-args.js';
import { runCommand } from './run-command.js';

/**
 * The `complaint-hotspots` command. Exit codes (README): 0 done, 1 fatal runtime error, 2 usage or
 * config error. Every error is one line on stderr naming the file, row or option at fault; no stack trace unless
 * `DEBUG` is set.
 */
async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    return await runCommand(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  } catch (error) {
    if (process.env.DEBUG) console.error(error);
    if (error instanceof HotspotsError) {
      process.stderr.write(`complaint-hotspots: ${error.message.split('\n')[0]}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`complaint-hotspots: unexpected error: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
