/** Entry point of the `rapport` command (bundled to dist/main/cli.cjs). */
import { runCli } from './cli/run-cli';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTty: Boolean(process.stdout.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`rapport: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
