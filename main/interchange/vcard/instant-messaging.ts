/**
 * Instant messaging: RFC 4770/6350 IMPP (`xmpp:alice@example.com`, Google's
 * `X-SERVICE-TYPE=Skype`) and the older per-service properties (X-AIM, X-JABBER, X-SKYPE…).
 * A service name is what Rapport stores; a URI scheme is what IMPP needs.
 */
import { firstParam, formatParamValue } from './params';
import type { ParamMap } from './params';

/** Old per-service properties and the service they name. */
export const IM_PROPERTY_SERVICES: Record<string, string> = {
  'X-AIM': 'aim',
  'X-JABBER': 'xmpp',
  'X-XMPP': 'xmpp',
  'X-SKYPE': 'skype',
  'X-SKYPE-USERNAME': 'skype',
  'X-ICQ': 'icq',
  'X-MSN': 'msn',
  'X-YAHOO': 'yahoo',
  'X-QQ': 'qq',
  'X-GADUGADU': 'gadugadu',
  'X-GOOGLE-TALK': 'gtalk',
  'X-GOOGLE TALK': 'gtalk',
  'X-GTALK': 'gtalk',
  'X-SAMETIME': 'sametime',
  'X-GROUPWISE': 'groupwise',
  'X-TWITTER': 'twitter',
  'X-TELEGRAM': 'telegram',
};

const SCHEME_SERVICES: Record<string, string> = { msnim: 'msn', ymsgr: 'yahoo', gg: 'gadugadu' };
const SERVICE_SCHEMES: Record<string, string> = {
  aim: 'aim', xmpp: 'xmpp', msn: 'msnim', yahoo: 'ymsgr', skype: 'skype', icq: 'icq', sip: 'sip', gadugadu: 'gg',
  qq: 'x-apple', gtalk: 'xmpp',
};

/** Different names for one service, so X-JABBER and IMPP;X-SERVICE-TYPE=jabber agree. */
const SERVICE_ALIASES: Record<string, string> = {
  jabber: 'xmpp', googletalk: 'gtalk', 'google talk': 'gtalk', 'google-talk': 'gtalk', 'gadu-gadu': 'gadugadu',
  // Apple's scheme for "a service I have no scheme for" names no service.
  'x-apple': '',
};

const canonicalService = (service: string): string => SERVICE_ALIASES[service] ?? service;

export interface ImValue {
  service: string;
  handle: string;
}

/** Reads an IMPP value, or an old per-service property (`serviceFromName`). */
export function readIm(value: string, params: ParamMap, serviceFromName?: string): ImValue {
  const text = value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):(.*)$/is.exec(text);
  const declared = firstParam(params, 'X-SERVICE-TYPE')?.trim().toLowerCase();
  if (serviceFromName) return { service: canonicalService(declared || serviceFromName), handle: text };
  if (!scheme) return { service: canonicalService(declared ?? ''), handle: text };
  const schemeName = (scheme[1] ?? '').toLowerCase();
  return { service: canonicalService(declared || (SCHEME_SERVICES[schemeName] ?? schemeName)), handle: (scheme[2] ?? '').trim() };
}

/**
 * How an IM is written as IMPP: the service travels in X-SERVICE-TYPE (which wins on
 * reading), the scheme is the service's own where it has one.
 */
export function imppFor(im: ImValue): { params: string[]; uri: string } {
  // A handle that looks like `scheme:…` would be read back as that service; Apple's
  // "no particular service" scheme keeps it whole.
  if (im.service === '') return { params: [], uri: /^[a-z][a-z0-9+.-]*:/i.test(im.handle) ? `x-apple:${im.handle}` : im.handle };
  const scheme = SERVICE_SCHEMES[im.service] ?? (/^[a-z][a-z0-9+.-]*$/.test(im.service) ? im.service : 'x-apple');
  return { params: [`X-SERVICE-TYPE=${formatParamValue(im.service)}`], uri: `${scheme}:${im.handle}` };
}
