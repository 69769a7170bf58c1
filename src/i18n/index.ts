import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zh } from './locales/zh';
import { en } from './locales/en';

export type Lang = 'zh' | 'en';
export const LANGS: Lang[] = ['zh', 'en'];

/** Chinese first; English is the switch. Keys live in locales/zh.ts (the source of truth). */
export function initI18n(lang: Lang = 'zh') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { zh: { translation: zh }, en: { translation: en } },
      lng: lang,
      fallbackLng: 'zh',
      interpolation: { escapeValue: false }, // React escapes; we never inject HTML
      returnNull: false,
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  return i18next;
}

export { i18next };
export { useTranslation } from 'react-i18next';
