#!/usr/bin/env node
import { lintFileJob } from './lintFile';
import { isLintWorker, serveJobs } from './pool';
import { run } from './run';

if (isLintWorker()) {
  // A copy of this bundle started by the run to lint files on another core (cli/pool.ts).
  serveJobs(lintFileJob);
} else {
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
}
