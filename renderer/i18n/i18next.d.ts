/** Makes t() check its keys against the English resource at compile time. */
import 'i18next';
import type { FilesResource, TranslationResource } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TranslationResource; files: FilesResource };
  }
}
