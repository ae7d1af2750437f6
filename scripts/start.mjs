// `npm start`: lints samples/ and prints the report, then the coverage table.
// The exit code of a real run is shown, not propagated: the incomplete samples are meant to fail.
import { spawnSync } from 'node:child_process';

const cli = ['dist/cli.js', 'samples'];
const color = process.stdout.isTTY ? ['--color'] : [];
const report = spawnSync(process.execPath, [...cli, ...color], { stdio: 'inherit' });
spawnSync(process.execPath, [...cli, '--format', 'summary', ...color], { stdio: 'inherit' });
console.log(`\ncharterlint exited with code ${report.status} (0 clean, 1 lint errors, 2 usage or configuration error).`);
console.log('In CI, run: npx charterlint <files> --format sarif -o charterlint.sarif');
