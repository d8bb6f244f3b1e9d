/**
 * Just enough of a browser to walk a SAML login over HTTP: a cookie jar per host (cookies ignore ports, so
 * the IdP and Relais on 127.0.0.1 share it, as in a real browser), manual redirects that keep every
 * Set-Cookie, and reading the hidden fields of the IdP's forms.
 */
export interface Page {
  status: number;
  url: string;
  location: string | undefined;
  headers: Headers;
  body: string;
}

export class TestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  async request(method: 'GET' | 'POST', url: string, form?: Record<string, string>): Promise<Page> {
    const target = new URL(url);
    const headers: Record<string, string> = {};
    const cookies = [...(this.jar.get(target.hostname) ?? new Map<string, string>())]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    if (cookies) headers.cookie = cookies;
    let body: string | undefined;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    const res = await fetch(url, { method, headers, body, redirect: 'manual' });
    this.store(target.hostname, res.headers.getSetCookie());
    const location = res.headers.get('location') ?? undefined;
    return {
      status: res.status,
      url,
      location: location ? new URL(location, url).toString() : undefined,
      headers: res.headers,
      body: await res.text(),
    };
  }

  /** GETs `url` and follows redirects (keeping cookies) until a page that is not a redirect. */
  async get(url: string, maxRedirects = 10): Promise<Page> {
    let page = await this.request('GET', url);
    for (let i = 0; page.location && page.status >= 300 && page.status < 400; i++) {
      if (i >= maxRedirects) throw new Error(`too many redirects from ${url}`);
      page = await this.request('GET', page.location);
    }
    return page;
  }

  private store(host: string, setCookies: string[]): void {
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key, val] = a.split('=').map((s) => s.trim().toLowerCase());
        return (
          (key === 'max-age' && Number(val) <= 0) || (key === 'expires' && Date.parse(val ?? '') < Date.now())
        );
      });
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(host, cookies);
  }
}

export interface HtmlForm {
  action: string;
  fields: Record<string, string>;
}

/** The first form of a page, with its action made absolute and its inputs' values decoded. */
export function readForm(page: Page): HtmlForm {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(page.body);
  if (!form) throw new Error(`no form on ${page.url} (status ${page.status}):\n${page.body.slice(0, 1500)}`);
  const action = attribute(form[1]!, 'action') ?? page.url;
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input\b([^>]*)>/gi)) {
    const name = attribute(input[1]!, 'name');
    if (name) fields[name] = attribute(input[1]!, 'value') ?? '';
  }
  return { action: new URL(decodeEntities(action), page.url).toString(), fields };
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? decodeEntities(match[2] ?? match[3] ?? '') : undefined;
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
