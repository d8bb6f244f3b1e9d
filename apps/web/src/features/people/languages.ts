/** Languages as ISO 639-1 codes: parsing the comma list of the profile form, naming them for people. */

export const MAX_LANGUAGES = 10;

export interface ParsedLanguages {
  codes: string[];
  /** Entries that are not ISO 639-1 codes. */
  unknown: string[];
  repeated: string[];
}

/** "fr, EN es" -> fr, en, es; accepts commas, semicolons and spaces between codes. */
export function parseLanguages(text: string): ParsedLanguages {
  const entries = text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  const codes: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const entry of entries) {
    if (!isLanguageCode(entry)) unknown.push(entry);
    else if (codes.includes(entry)) repeated.push(entry);
    else codes.push(entry);
  }
  return { codes, unknown, repeated };
}

/** Two letters that the browser's language data knows as a language (Intl names unknown codes by the code). */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code);
    return name !== undefined && name.toLowerCase() !== code;
  } catch {
    return true;
  }
}

/** "français" in the interface's language; the code itself when the browser does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Français, anglais et espagnol": the languages named in a sentence of the interface's language. */
export function languageList(codes: readonly string[], locale: string): string {
  const names = codes.map((code) => languageName(code, locale));
  let text: string;
  try {
    text = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  } catch {
    text = names.join(', ');
  }
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
