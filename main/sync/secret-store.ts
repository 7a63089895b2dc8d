/**
 * Where CardDAV passwords live: never in the database. The Electron host keeps them with
 * safeStorage (main/electron/secret-store.ts); the command line keeps nothing and passes
 * the password in for one run; tests use the memory store.
 */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export function createMemorySecretStore(initial: Record<string, string> = {}): SecretStore {
  const secrets = new Map(Object.entries(initial));
  return {
    get: async (key) => secrets.get(key) ?? null,
    set: async (key, value) => {
      secrets.set(key, value);
    },
    delete: async (key) => {
      secrets.delete(key);
    },
  };
}

export const carddavPasswordKey = (accountId: string): string => `carddav:${accountId}`;
