// Preloaded into every Node process the benchmark times (NODE_OPTIONS=--require=…): on exit,
// appends "<pid> <peak resident set size, KB> <user CPU, µs> <system CPU, µs>" to
// $BENCH_MAXRSS_FILE: getrusage(RUSAGE_SELF) from inside the process (all its threads), so no
// /usr/bin/time is needed and every tool is measured alike.
'use strict';
const { appendFileSync } = require('node:fs');

const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      appendFileSync(file, `${process.pid} ${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`);
    } catch {
      // the benchmark reports a missing figure; the tool's own exit is not disturbed
    }
  });
}
