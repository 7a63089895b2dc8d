import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/electron/app-origin';
import { resolveRendererFile } from '../../../main/electron/renderer-files';
import { makeTempDir } from '../../support/test-database';

let dir: string;
let rendererDir: string;
beforeAll(() => {
  dir = makeTempDir('rapport-renderer-files-');
  rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), '');
  // A secret beside the renderer folder, with a name that shares its prefix.
  fs.mkdirSync(path.join(dir, 'renderer-secrets'));
  fs.writeFileSync(path.join(dir, 'renderer-secrets', 'key.txt'), 'secret');
  fs.writeFileSync(path.join(dir, 'rapport.sqlite'), '');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const resolve = (url: string) => resolveRendererFile(rendererDir, url, APP_ORIGIN);

describe('resolveRendererFile', () => {
  it('serves files from the renderer folder with their content type', () => {
    expect(resolve('app://rapport/index.html')).toEqual({ file: path.join(rendererDir, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolve('app://rapport/assets/index-abc.js?v=1')).toEqual({
      file: path.join(rendererDir, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('answers the root and client-side routes with index.html, but not missing assets', () => {
    expect(resolve('app://rapport/')?.file).toBe(path.join(rendererDir, 'index.html'));
    expect(resolve('app://rapport/contacts/42')?.file).toBe(path.join(rendererDir, 'index.html'));
    expect(resolve('app://rapport/assets/missing.js')).toBeNull();
  });

  it('never reaches outside the renderer folder', () => {
    for (const url of [
      'app://rapport/../rapport.sqlite',
      'app://rapport/%2e%2e/rapport.sqlite',
      'app://rapport/%2E%2E%2Frapport.sqlite',
      'app://rapport/..%2f..%2frapport.sqlite',
      'app://rapport/%2e%2e/renderer-secrets/key.txt',
      'app://rapport/assets/..%5c..%5crapport.sqlite',
      'app://rapport/%00index.html',
      'app://rapport/%E0%A4%A',
    ]) {
      const found = resolve(url);
      expect(found === null || found.file === path.join(rendererDir, 'index.html'), url).toBe(true);
    }
  });

  it('refuses other hosts and schemes', () => {
    expect(resolve('app://other/index.html')).toBeNull();
    expect(resolve('file:///index.html')).toBeNull();
    expect(resolve('not a url')).toBeNull();
  });
});
