/**
 * The layer rule of ARCHITECTURE.md is enforced by lint; this checks that the lint rule
 * really refuses what it should (and allows what it should), so it cannot rot silently.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const eslint = new ESLint({ cwd: repoRoot });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the layer rule', () => {
  it.each([
    ['main/core/probe.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['main/core/probe.ts', "import { createDispatcher } from '../api/dispatch';\nexport const x = createDispatcher;"],
    ['main/core/contacts/probe.ts', "import { startHttpHost } from '../../hosts/http-host';\nexport const x = startHttpHost;"],
    ['main/db/probe.ts', "import { createServices } from '../core/services';\nexport const x = createServices;"],
    ['shared/domain/probe.ts', "import fs from 'node:fs';\nexport const x = fs;"],
    ['shared/domain/probe.ts', "import { openDatabase } from '../../main/db/open';\nexport const x = openDatabase;"],
    ['renderer/probe.ts', "import { openDatabase } from '../main/db/open';\nexport const x = openDatabase;"],
    ['renderer/probe.ts', "import Database from 'better-sqlite3';\nexport const x = Database;"],
    ['main/hosts/probe.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['main/core/probe.ts', "import { contract } from '../../shared/api/contract';\nexport const x = contract;"],
    ['main/api/probe.ts', "import { createServices } from '../core/services';\nexport const x = createServices;"],
    ['main/hosts/probe.ts', "import type { IpcMain } from 'electron';\nexport type X = IpcMain;"],
    ['main/electron/probe.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['renderer/probe.ts', "import { contract } from '../shared/api/contract';\nexport const x = contract;"],
  ])('allows %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
