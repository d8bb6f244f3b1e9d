import type { Language } from '../organisation/texts.data';

/**
 * Bodies of bulk-generated posts and comments: one line of plain text and hashtags, no markdown syntax, no
 * links, no mentions, so that the HTML the API would render is a single escaped paragraph and can be
 * written without running the renderer a million times. A test checks every template against
 * `renderMarkdown`.
 */

export interface BulkTextContext {
  thing: string;
  site: string;
  n: number;
  tags: string;
}

export const BULK_POST_BODIES: Record<Language, ReadonlyArray<(c: BulkTextContext) => string>> = {
  fr: [
    (c) =>
      `Point d’étape sur ${c.thing} à ${c.site} : ${c.n} actions engagées, la suite au prochain comité. ${c.tags}`,
    (c) => `Retour d’expérience sur ${c.thing}, merci à l’équipe de ${c.site} pour le partage. ${c.tags}`,
    (c) => `Qui a déjà travaillé sur ${c.thing} ? Je cherche un retour concret d’ici ${c.n} jours. ${c.tags}`,
    (c) => `Nouvelle version du guide sur ${c.thing}, vos commentaires sont les bienvenus. ${c.tags}`,
    (c) => `Atelier sur ${c.thing} jeudi à ${c.site}, encore ${c.n} places. ${c.tags}`,
  ],
  en: [
    (c) =>
      `Progress update on ${c.thing} in ${c.site}: ${c.n} actions under way, more at the next review. ${c.tags}`,
    (c) => `Lessons learned on ${c.thing}, thanks to the ${c.site} team for sharing. ${c.tags}`,
    (c) => `Has anyone worked on ${c.thing}? Looking for real feedback within ${c.n} days. ${c.tags}`,
    (c) => `New version of the guide on ${c.thing}, comments welcome. ${c.tags}`,
  ],
};

export const BULK_TITLES: Record<
  Language,
  Record<'question' | 'best_practice', (thing: string) => string>
> = {
  fr: {
    question: (thing) => `Une question sur ${thing}`,
    best_practice: (thing) => `Bonnes pratiques : ${thing}`,
  },
  en: { question: (thing) => `A question on ${thing}`, best_practice: (thing) => `Best practices: ${thing}` },
};

export const BULK_COMMENTS: Record<Language, readonly string[]> = {
  fr: [
    'Merci pour le partage, très clair.',
    'On a eu le même sujet l’an dernier.',
    '+1, je relaie à mon équipe.',
  ],
  en: [
    'Thanks for sharing, very clear.',
    'We had the same issue last year.',
    '+1, passing it on to my team.',
  ],
};

/** The HTML `renderMarkdown` gives for one line of plain text: an escaped paragraph. */
export function plainParagraphHtml(text: string): string {
  return `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`;
}
