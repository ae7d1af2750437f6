/**
 * Cold-process timings, as CI runs the tools: charterlint's CLI on the mixed corpus, and
 * charterlint next to its peers on exactly the same files (markdownlint-cli2 on the Markdown
 * part, Spectral with bench/spectral-ruleset.yaml on the YAML part).
 */
import path from 'node:path';
import { coldRun, type ColdRun } from './lib/proc';
import { median } from './lib/stats';

export interface ToolTiming {
  tool: string;
  /** Median wall time of a cold process, ms. */
  ms: number;
  /** Median peak RSS, KB. */
  maxRssKB: number;
  /** Median CPU time (user + system, all threads), ms: more than `ms` when the tool uses several cores. */
  cpuMs: number;
  /** Problems the tool reported (from its output), to show that it did the work. */
  problems: number;
  runs: number[];
}

interface Tool {
  name: string;
  args: (dir: string) => string[];
  /** Counts the problems in the output of one run, and checks that every file was read. */
  problems: (run: ColdRun, files: number) => number;
}

export function tools(root: string): Record<'charterlint' | 'markdownlint' | 'spectral', Tool> {
  const bench = path.join(root, 'bench');
  return {
    charterlint: {
      name: 'charterlint',
      args: (dir) => [path.join(root, 'dist', 'cli.js'), dir, '--format', 'json'],
      problems: (run, files) => {
        const reports = JSON.parse(run.stdout) as Array<{ messages: unknown[] }>;
        if (reports.length !== files) throw new Error(`charterlint reported on ${reports.length} files, not ${files}`);
        return reports.reduce((n, r) => n + r.messages.length, 0);
      },
    },
    markdownlint: {
      name: 'markdownlint-cli2',
      args: (dir) => [path.join(bench, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), `${path.relative(root, dir)}/**/*.md`, '--config', path.join(bench, '.markdownlint-cli2.yaml')],
      problems: (run) => run.stderr.split('\n').filter((line) => / MD\d{3}\//.test(line)).length,
    },
    spectral: {
      name: 'Spectral',
      args: (dir) => [path.join(bench, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js'), 'lint', `${path.relative(root, dir)}/*.yaml`, '--ruleset', path.join(bench, 'spectral-ruleset.yaml'), '--format', 'json'],
      problems: (run, files) => {
        const results = JSON.parse(run.stdout) as Array<{ source: string }>;
        const seen = new Set(results.map((r) => r.source)).size;
        if (seen > files) throw new Error(`Spectral reported on ${seen} files, more than the ${files} given`);
        return results.length;
      },
    },
  };
}

/** Times `runs` cold runs of a tool on a folder of `files` documents; exit 1 (problems found) is success. */
export function timeTool(tool: Tool, dir: string, files: number, runs: number, root: string): ToolTiming {
  const samples: ColdRun[] = [];
  for (let i = 0; i < runs; i++) samples.push(coldRun(tool.args(dir), { cwd: root, okStatus: [0, 1] }));
  return {
    tool: tool.name,
    ms: median(samples.map((s) => s.ms)),
    maxRssKB: median(samples.map((s) => s.maxRssKB)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    problems: tool.problems(samples[0]!, files),
    runs: samples.map((s) => s.ms),
  };
}
