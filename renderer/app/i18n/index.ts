/**
 * i18next set-up. zh-CN is the default; en-US is complete. The chosen language is remembered in
 * localStorage (a UI preference, not workspace data) so the first paint is already in the right language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { featureResources } from './featureResources';
import zhCN from './zh-CN.json';
import enUS from './en-US.json';

export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
const STORAGE_KEY = 'jiangxin.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this session only.
  }
  await i18n.changeLanguage(language);
}

export function initI18n(language: Language = storedLanguage()): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: {
        'zh-CN': { translation: { ...zhCN, ...featureResources['zh-CN'] } },
        'en-US': { translation: { ...enUS, ...featureResources['en-US'] } },
      },
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  return i18n;
}

export { i18n };
