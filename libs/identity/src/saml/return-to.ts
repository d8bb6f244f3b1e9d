/** Where a person lands after signing in when they asked for nothing, or for somewhere we do not send people. */
export const DEFAULT_RETURN_TO = '/';

const BASE = 'http://relais.invalid';

/**
 * A path of this app to return to after sign-in, or `/`. Only relative paths are kept: `//evil.example`,
 * `/\evil.example`, `https://evil.example` and anything with control characters would leave the app.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return DEFAULT_RETURN_TO;
  // Browsers treat a backslash as a slash and drop tabs and line breaks: refuse rather than guess.
  if (
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\') ||
    [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
  ) {
    return DEFAULT_RETURN_TO;
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return DEFAULT_RETURN_TO;
  }
  if (url.origin !== BASE) return DEFAULT_RETURN_TO;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Neither the SAML routes nor the API are pages to land on.
  if (/^\/(auth\/|graphql|scim\/)/.test(url.pathname)) return DEFAULT_RETURN_TO;
  return path;
}
