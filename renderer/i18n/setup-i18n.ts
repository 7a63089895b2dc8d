/**
 * i18next for the whole window. The document's lang and dir follow the language, so the
 * layout (written with CSS logical properties) mirrors for Hebrew and Persian.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { textDirection } from './languages';
import { resources } from './resources';

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}

export async function setupI18n(language: string): Promise<void> {
  i18next.on('languageChanged', applyToDocument);
  await i18next.use(initReactI18next).init({
    resources,
    ns: ['translation', 'files', 'activities', 'followups', 'deals', 'insights', 'sync'],
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders; escaping here too would show &amp; to the person.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(i18next.language);
}
