import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../main/electron/external-links';

describe('isAllowedExternalUrl', () => {
  it('accepts web, mail and phone links', () => {
    for (const url of [
      'https://example.com/',
      'http://example.com/path?q=1#x',
      'HTTPS://Example.COM',
      'mailto:ana@example.com',
      'mailto:ana@example.com?subject=Hello%20there',
      'tel:+40721234567',
      'tel:0721-234-567',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
  });

  it('refuses schemes that run code, read files or launch other programs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'file:///etc/passwd',
      'file://server/share/x.exe',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'app://rapport/index.html',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'ssh://host',
      'vscode://file/etc/passwd',
      'blob:https://example.com/1234',
      'about:blank',
      'ftp://example.com/file',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses malformed, hostless and credential-carrying links', () => {
    for (const url of ['', 'example.com', '//example.com', 'https://', 'http://', 'https://exa mple.com/', 'https://user:pass@example.com/', 'https://bank.example@evil.example/']) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
