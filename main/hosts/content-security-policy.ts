/**
 * One Content Security Policy for both hosts. No inline scripts, no eval, no remote
 * anything: the interface is entirely local. Photos are shown from data: and blob: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React writes inline styles through the CSSOM, which CSP does not block, so no 'unsafe-inline'.
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
