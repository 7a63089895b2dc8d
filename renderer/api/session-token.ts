/**
 * The HTTP host's token arrives in the URL fragment (`#token=…`), which never reaches a
 * server log. It is read once, kept in sessionStorage so a reload still works, and taken
 * out of the address bar so it is not copied, bookmarked or shown in a screenshot.
 */
const STORAGE_KEY = 'rapport.token';

let cachedToken: string | null | undefined;

function takeTokenFromFragment(): string | null {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  if (!token) return null;
  fragment.delete('token');
  const rest = fragment.toString();
  const cleanUrl = window.location.pathname + window.location.search + (rest ? `#${rest}` : '');
  window.history.replaceState(window.history.state, '', cleanUrl);
  return token;
}

export function sessionToken(): string | null {
  if (cachedToken !== undefined) return cachedToken;
  const fromFragment = takeTokenFromFragment();
  if (fromFragment) sessionStorage.setItem(STORAGE_KEY, fromFragment);
  cachedToken = fromFragment ?? sessionStorage.getItem(STORAGE_KEY);
  return cachedToken;
}
