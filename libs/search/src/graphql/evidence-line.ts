import i18next, { i18n } from 'i18next';
import type { DeclaredKind } from '../expertise/expertise-score';

/** The facts behind one person's rank on one topic, as stored in expertise_scores. */
export interface EvidenceFacts {
  topicLabel: string;
  declared: readonly DeclaredKind[];
  posts: number;
  bestPractices: number;
  comments: number;
  acceptedAnswers: number;
  endorsements: number;
}

const RESOURCES = {
  en: {
    evidence: {
      acceptedAnswers_one: '{{count, number}} accepted answer on {{topic}}',
      acceptedAnswers_other: '{{count, number}} accepted answers on {{topic}}',
      bestPractices_one: '{{count, number}} best practice on {{topic}}',
      bestPractices_other: '{{count, number}} best practices on {{topic}}',
      posts_one: '{{count, number}} post on {{topic}}',
      posts_other: '{{count, number}} posts on {{topic}}',
      comments_one: '{{count, number}} comment on {{topic}}',
      comments_other: '{{count, number}} comments on {{topic}}',
      endorsements_one: 'endorsed by {{count, number}} colleague',
      endorsements_other: 'endorsed by {{count, number}} colleagues',
      endorsementsOn_one: 'endorsed on {{topic}} by {{count, number}} colleague',
      endorsementsOn_other: 'endorsed on {{topic}} by {{count, number}} colleagues',
      declared: {
        expertise: 'lists {{topic}} as an expertise',
        mentor: 'mentors on {{topic}}',
        ask_me: 'answers questions on {{topic}}',
      },
    },
  },
  fr: {
    evidence: {
      acceptedAnswers_one: '{{count, number}} réponse acceptée sur {{topic}}',
      acceptedAnswers_other: '{{count, number}} réponses acceptées sur {{topic}}',
      bestPractices_one: '{{count, number}} bonne pratique sur {{topic}}',
      bestPractices_other: '{{count, number}} bonnes pratiques sur {{topic}}',
      posts_one: '{{count, number}} publication sur {{topic}}',
      posts_other: '{{count, number}} publications sur {{topic}}',
      comments_one: '{{count, number}} commentaire sur {{topic}}',
      comments_other: '{{count, number}} commentaires sur {{topic}}',
      endorsements_one: 'recommandé par {{count, number}} collègue',
      endorsements_other: 'recommandé par {{count, number}} collègues',
      endorsementsOn_one: 'recommandé sur {{topic}} par {{count, number}} collègue',
      endorsementsOn_other: 'recommandé sur {{topic}} par {{count, number}} collègues',
      declared: {
        expertise: 'déclare une expertise en {{topic}}',
        mentor: 'mentor en {{topic}}',
        ask_me: 'répond aux questions sur {{topic}}',
      },
    },
  },
} as const;

let instance: i18n | null = null;

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: RESOURCES,
      lng: 'fr',
      fallbackLng: 'en',
      supportedLngs: ['fr', 'en'],
      defaultNS: 'evidence',
      ns: ['evidence'],
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  return instance;
}

/** Activity first, strongest kind first: what a searcher weighs most. */
const ACTIVITY = ['acceptedAnswers', 'bestPractices', 'posts', 'comments'] as const;

/**
 * One sentence saying why a person ranks on a topic, in the viewer's language: up to two kinds of activity
 * and the endorsements ("12 réponses acceptées sur Kubernetes, recommandé par 5 collègues"); a bare
 * declaration when there is nothing else. Null when there is nothing to say.
 */
export function evidenceLine(facts: EvidenceFacts, locale: 'fr' | 'en'): string | null {
  const t = translator().getFixedT(locale, 'evidence');
  const topic = facts.topicLabel;
  const parts: string[] = [];
  for (const kind of ACTIVITY) {
    if (facts[kind] > 0 && parts.length < 2) parts.push(t(kind, { count: facts[kind], topic }));
  }
  if (facts.endorsements > 0) {
    parts.push(
      parts.length > 0
        ? t('endorsements', { count: facts.endorsements })
        : t('endorsementsOn', { count: facts.endorsements, topic }),
    );
  }
  if (parts.length === 0) {
    const declared = (['expertise', 'mentor', 'ask_me'] as const).find((kind) =>
      facts.declared.includes(kind),
    );
    if (!declared) return null;
    parts.push(t(`declared.${declared}`, { topic }));
  }
  const line = parts.join(', ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
