/**
 * Every string is translated: each language's files carry exactly the English keys, none
 * empty, and the same {{placeholders}} (a translation that drops {{name}} shows a hole).
 * Plural forms differ by language (Romanian has _few, Hebrew _two), so a key is compared
 * by its stem: "count_one" and "count_few" are both "count".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = join(import.meta.dirname, '../../../renderer/i18n');
const languages = ['he', 'fa', 'ro', 'tl'];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Each key stem with its texts (one per plural form). */
function read(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, text] of flatten(JSON.parse(readFileSync(join(folder, file), 'utf8')) as Tree)) {
    const stem = key.replace(pluralSuffix, '');
    out.set(stem, [...(out.get(stem) ?? []), text]);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]!).sort();
}

const englishFiles = readdirSync(folder).filter((file) => /^en(-[a-z]+)?\.json$/.test(file));

describe('translations', () => {
  it('finds the English namespaces', () => {
    expect(englishFiles).toContain('en.json');
    expect(englishFiles).toContain('en-files.json');
  });

  for (const englishFile of englishFiles) {
    for (const language of languages) {
      const file = englishFile.replace(/^en/, language);
      it(`${file} has every key of ${englishFile}, none empty, same placeholders`, () => {
        const english = read(englishFile);
        const translated = read(file);
        expect([...translated.keys()].filter((key) => !english.has(key)), 'keys English does not have').toEqual([]);
        expect([...english.keys()].filter((key) => !translated.has(key)), 'keys missing').toEqual([]);
        for (const [key, texts] of translated) {
          const expected = placeholders(english.get(key)!.at(-1)!);
          for (const text of texts) {
            expect(text.trim(), `${file}: ${key} is empty`).not.toBe('');
            // A singular form may say "one" in words instead of {{count}}.
            expect(placeholders(text).filter((name) => name !== 'count'), `${file}: ${key} placeholders`).toEqual(expected.filter((name) => name !== 'count'));
          }
        }
      });
    }
  }
});
