/**
 * CardDAV passwords for the desktop app: sealed with Electron's safeStorage (the OS
 * keychain's key) and kept in a small file beside the settings, never in the database.
 * When the OS offers no encryption, nothing is stored: the user is asked again next time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, safeStorage } from 'electron';
import type { SecretStore } from '../sync/secret-store';

export function createSafeStorageSecretStore(file = path.join(app.getPath('userData'), 'secrets.json')): SecretStore {
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const save = (secrets: Record<string, string>): void => {
    fs.writeFileSync(`${file}.partial`, JSON.stringify(secrets), { mode: 0o600 });
    fs.renameSync(`${file}.partial`, file);
  };
  return {
    async get(key) {
      const sealed = read()[key];
      return sealed && safeStorage.isEncryptionAvailable() ? safeStorage.decryptString(Buffer.from(sealed, 'base64')) : null;
    },
    async set(key, value) {
      if (!safeStorage.isEncryptionAvailable()) return;
      save({ ...read(), [key]: safeStorage.encryptString(value).toString('base64') });
    },
    async delete(key) {
      const { [key]: _removed, ...rest } = read();
      save(rest);
    },
  };
}
