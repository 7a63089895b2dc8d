import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseDatabasePath, readDbArgument } from '../../../main/electron/command-line';

const userData = path.resolve('/home/ana/.local/share/Rapport');

describe('chooseDatabasePath', () => {
  it('prefers --db, then RAPPORT_DB, then userData/rapport.sqlite', () => {
    expect(chooseDatabasePath(['electron', '.', '--db', 'a.sqlite'], { RAPPORT_DB: '/b.sqlite' }, userData)).toBe(path.resolve('a.sqlite'));
    expect(chooseDatabasePath(['electron', '.'], { RAPPORT_DB: '/b.sqlite' }, userData)).toBe(path.resolve('/b.sqlite'));
    expect(chooseDatabasePath(['/opt/Rapport/rapport'], {}, userData)).toBe(path.join(userData, 'rapport.sqlite'));
  });

  it('reads --db=PATH and tolerates Chromium switches and positionals around it', () => {
    expect(readDbArgument(['/opt/Rapport/rapport', '--no-sandbox', '--db=/data/x.sqlite', 'extra'])).toBe('/data/x.sqlite');
    expect(readDbArgument(['electron', '/work/main', '--enable-logging', '--db', '/data/y.sqlite'])).toBe('/data/y.sqlite');
    expect(readDbArgument(['electron', '/work/main', '--inspect=9229'])).toBeUndefined();
  });
});
