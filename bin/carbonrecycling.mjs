#!/usr/bin/env node
// The package's `carbonrecycling` command: runs the bundled CLI (built by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/node/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('The CLI has not been built yet. Run `npm run build` first, or use `npm run -s cli -- <args>` from a clone.\n');
  process.exit(1);
}
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { runCli } = await import(pathToFileURL(cli).href);
process.exitCode = await runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
