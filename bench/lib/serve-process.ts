/**
 * The built HTTP host in a child process, as the Playwright suite starts it: it prints
 * the address with its token once it listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const OPEN_URL = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/;

export interface ServeProcess {
  url: string;
  stop(): Promise<void>;
}

export const SERVER_SCRIPT = path.join('dist', 'main', 'serve.cjs');

export function startServer(databasePath: string, timeoutMs = 60_000): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [SERVER_SCRIPT, '--db', databasePath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the server did not start in time:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = OPEN_URL.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[0], stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${String(code)}):\n${output}`));
    });
  });
}
