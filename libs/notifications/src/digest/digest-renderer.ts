import i18next, { i18n } from 'i18next';
import { NOTIFICATION_KINDS, NotificationKind } from '../notifications/notification-kind';
import { DIGEST_RESOURCES, DigestLocale } from './digest.locales';

export type DigestCounts = Partial<Record<NotificationKind, number>>;

export interface DigestInput {
  /** The person's language (users.locale); anything but English is French, the default. */
  locale: string;
  /** The recipient's own name, for the greeting. */
  displayName: string;
  counts: DigestCounts;
  /** The app's notifications page, e.g. https://relais.example.com/notifications. */
  notificationsUrl: string;
}

export interface RenderedDigest {
  locale: DigestLocale;
  total: number;
  subject: string;
  text: string;
  html: string;
}

let instance: i18n | undefined;

/** One i18next instance of our own (never the global one another library might configure). */
function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: DIGEST_RESOURCES,
      lng: 'fr',
      fallbackLng: false,
      supportedLngs: ['fr', 'en'],
      defaultNS: 'digest',
      ns: ['digest'],
      // Resources are in memory: initialise synchronously.
      initAsync: false,
      // The text part is plain text; the HTML part escapes every value itself.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** The counts per kind as a daily e-mail in the person's language: kinds and counts only, and a link. */
export function renderDigest(input: DigestInput): RenderedDigest {
  const locale: DigestLocale = input.locale === 'en' ? 'en' : 'fr';
  const t = translator().getFixedT(locale, 'digest');
  const lines = NOTIFICATION_KINDS.filter((kind) => (input.counts[kind] ?? 0) > 0).map((kind) =>
    t(`kind.${kind}`, { count: input.counts[kind]! }),
  );
  const total = NOTIFICATION_KINDS.reduce((sum, kind) => sum + (input.counts[kind] ?? 0), 0);
  const subject = t('subject', { count: total });
  const greeting = t('greeting', { name: input.displayName });
  const intro = t('intro');
  const action = t('action');
  const footer = t('footer');
  const text = [
    greeting,
    '',
    intro,
    ...lines.map((line) => `- ${line}`),
    '',
    t('actionLine', { url: input.notificationsUrl }),
    '',
    '--',
    footer,
    '',
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2933">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    `<p><a href="${escapeHtml(input.notificationsUrl)}">${escapeHtml(action)}</a></p>`,
    `<p style="color: #616e7c; font-size: 12px">${escapeHtml(footer)}</p>`,
    '</body></html>',
    '',
  ].join('\n');
  return { locale, total, subject, text, html };
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
