/**
 * Which links may leave the app for the system's browser, mail or phone handler. Anything
 * else (javascript:, file:, data:, custom schemes that launch other programs) is dropped:
 * handing an arbitrary URL to shell.openExternal can run code on the machine.
 */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  // Credentials in a link are a classic way to disguise where it really goes.
  return parsed.username === '' && parsed.password === '';
}
