// The portal's two languages: Spanish first, English available. `t(key, params)` looks a key
// up in the current language's dictionary and fills `{name}` placeholders; a missing key shows
// itself (`[key]`) rather than an empty screen, and the tests check that both dictionaries hold
// the same keys. Each area of the portal keeps its texts in its own file under `messages/`,
// keys prefixed by area.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import * as common from './messages/common.js';
import * as tenders from './messages/tenders.js';
import * as registries from './messages/registries.js';
import * as network from './messages/network.js';
import * as oversight from './messages/oversight.js';
import * as anonymity from './messages/anonymity.js';

const AREAS = [common, tenders, registries, network, anonymity, oversight];

/** Every area's texts merged, per language. */
export const DICTIONARIES = {
  es: Object.assign({}, ...AREAS.map((area) => area.es)),
  en: Object.assign({}, ...AREAS.map((area) => area.en)),
};
const { es } = DICTIONARIES;
export const LANGUAGES = ['es', 'en'];

const STORAGE_KEY = 'bmx.language';

/** The language kept from the last visit, else Spanish. */
export function initialLanguage() {
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(kept)) return kept;
  } catch {
    // Storage disabled: Spanish.
  }
  return 'es';
}

export function keepLanguage(language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
  document.documentElement.lang = language;
}

/** The translation function of `language`. */
export function translator(language) {
  const dictionary = DICTIONARIES[language] ?? es;
  return (key, params = {}) => {
    const text = dictionary[key] ?? es[key];
    if (text == null) return `[${key}]`;
    return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`).toString());
  };
}

export const LanguageContext = createContext({ language: 'es', t: translator('es'), setLanguage: () => {} });

/** `{ language, t, setLanguage }` of the page. */
export const useI18n = () => useContext(LanguageContext);
