/** Makes t() check its keys against the English resources at compile time. */
import 'i18next';
import type { AppResources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: AppResources;
  }
}
