/**
 * Command-line analysis over the same pure code the app's worker runs.
 *   npm run analyze -- within --centers <file> --targets <file> --radius <metres> [--out <file>]
 *   npm run analyze -- per-street --streets <file> --features <file> [--out <file>]
 * Bad input exits with code 2, a message on stderr, and no output file. See src/analysis/cli.ts.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { runCli } from '../src/analysis/cli';

const code = runCli(process.argv.slice(2), {
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFile: (p, data) => {
    // write then rename, so a failed write never leaves a partial output file
    const tmp = `${p}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, data, 'utf8');
      renameSync(tmp, p);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  },
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
process.exitCode = code;
