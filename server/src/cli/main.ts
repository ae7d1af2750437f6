#!/usr/bin/env node
import { run } from './run';

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: never a stack trace for the user, but say what happened.
    process.stderr.write(`charterlint: internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);
