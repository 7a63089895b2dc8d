/**
 * The few CardDAV requests sync needs (RFC 6352), through tsdav: discovery, the list of
 * cards with their ETags, fetching cards in bulk (addressbook-multiget), and conditional
 * PUT and DELETE so a card changed on the server meanwhile is never overwritten blindly.
 */
import { createAccount, createObject, deleteObject, fetchAddressBooks, fetchVCards, getBasicAuthHeaders, propfind, updateObject } from 'tsdav';
import { RapportError } from '../../../shared/domain/errors';

export interface CarddavCredentials {
  serverUrl: string;
  username: string;
  password: string;
}

export interface ServerCard {
  url: string;
  etag: string | null;
  data: string;
}

export interface CarddavClient {
  discoverAddressBooks(): Promise<{ url: string; displayName: string }[]>;
  /** Every card in the book: absolute URL -> ETag. */
  listEtags(bookUrl: string): Promise<Map<string, string | null>>;
  fetchCards(bookUrl: string, urls: readonly string[]): Promise<ServerCard[]>;
  /** Creates (etag null) or replaces (If-Match etag) a card; returns its new ETag when the server says. */
  putCard(url: string, data: string, etag: string | null): Promise<string | null>;
  deleteCard(url: string, etag: string | null): Promise<void>;
}

/** Thrown when the server refused a conditional write: the card changed there meanwhile. */
export class CardChangedOnServer extends Error {}

function check(response: Response, what: string): void {
  if (response.status === 412) throw new CardChangedOnServer(`${what}: changed on the server meanwhile`);
  if (response.status === 401 || response.status === 403) {
    throw new RapportError('UNAUTHORIZED', `The CardDAV server refused the user name or password (${response.status}).`);
  }
  if (!response.ok) throw new Error(`${what} failed: HTTP ${response.status} ${response.statusText}`);
}

export function createCarddavClient(credentials: CarddavCredentials): CarddavClient {
  const headers = getBasicAuthHeaders({ username: credentials.username, password: credentials.password });
  const absolute = (href: string) => new URL(href, credentials.serverUrl).toString();
  return {
    async discoverAddressBooks() {
      const account = await createAccount({
        account: { serverUrl: credentials.serverUrl, accountType: 'carddav', credentials: { username: credentials.username, password: credentials.password } },
        headers,
      });
      const books = await fetchAddressBooks({ account, headers });
      return books.map((book) => ({ url: absolute(book.url), displayName: typeof book.displayName === 'string' ? book.displayName : '' }));
    },
    async listEtags(bookUrl) {
      const responses = await propfind({ url: bookUrl, props: { 'd:getetag': {} }, depth: '1', headers });
      const cards = new Map<string, string | null>();
      const book = new URL(bookUrl).pathname.replace(/\/?$/, '/');
      for (const response of responses) {
        if (!response.href) continue;
        const url = absolute(response.href);
        if (new URL(url).pathname.replace(/\/?$/, '/') === book) continue;
        const etag: unknown = response.props?.getetag;
        cards.set(url, typeof etag === 'string' ? etag : null);
      }
      return cards;
    },
    async fetchCards(bookUrl, urls) {
      if (urls.length === 0) return [];
      const cards = await fetchVCards({ addressBook: { url: bookUrl }, objectUrls: [...urls], useMultiGet: true, headers });
      return cards
        .filter((card) => typeof card.data === 'string' && card.data.length > 0)
        .map((card) => ({ url: absolute(card.url), etag: card.etag ?? null, data: card.data as string }));
    },
    async putCard(url, data, etag) {
      const response = etag
        ? await updateObject({ url, data, etag, headers: { ...headers, 'content-type': 'text/vcard; charset=utf-8' } })
        : await createObject({ url, data, headers: { ...headers, 'content-type': 'text/vcard; charset=utf-8', 'If-None-Match': '*' } });
      check(response, `PUT ${url}`);
      return response.headers.get('etag');
    },
    async deleteCard(url, etag) {
      const response = await deleteObject({ url, ...(etag ? { etag } : {}), headers });
      if (response.status === 404) return;
      check(response, `DELETE ${url}`);
    },
  };
}
