/**
 * The digest's texts, in i18next's JSON v4 format: plural forms by suffix (`_one`, `_other`), chosen with the
 * language's CLDR rules (French counts 0 and 1 as singular). Counts only, never names or text from the network.
 */
export const DIGEST_RESOURCES = {
  en: {
    digest: {
      subject_one: 'You have {{count, number}} new notification',
      subject_other: 'You have {{count, number}} new notifications',
      greeting: 'Hello {{name}},',
      intro: 'Since your last summary, on Relais:',
      kind: {
        mention_one: '{{count, number}} mention',
        mention_other: '{{count, number}} mentions',
        reply_one: '{{count, number}} reply to your posts or comments',
        reply_other: '{{count, number}} replies to your posts or comments',
        reaction_one: '{{count, number}} reaction to your posts',
        reaction_other: '{{count, number}} reactions to your posts',
        join_request_one: '{{count, number}} request to join a community you moderate',
        join_request_other: '{{count, number}} requests to join communities you moderate',
        join_decision_one: '{{count, number}} decision on your request to join a community',
        join_decision_other: '{{count, number}} decisions on your requests to join communities',
        accepted_answer_one: '{{count, number}} accepted answer',
        accepted_answer_other: '{{count, number}} accepted answers',
        invitation_one: '{{count, number}} invitation to join a community',
        invitation_other: '{{count, number}} invitations to join communities',
        expert_question_one: '{{count, number}} question on a topic you know about',
        expert_question_other: '{{count, number}} questions on topics you know about',
      },
      action: 'See your notifications',
      actionLine: 'See your notifications: {{url}}',
      footer:
        'You receive this daily summary because you have unread notifications. It gives counts only: open Relais to read them.',
    },
  },
  fr: {
    digest: {
      subject_one: 'Vous avez {{count, number}} nouvelle notification',
      subject_other: 'Vous avez {{count, number}} nouvelles notifications',
      greeting: 'Bonjour {{name}},',
      intro: 'Depuis votre dernier récapitulatif, sur Relais\u00a0:',
      kind: {
        mention_one: '{{count, number}} mention',
        mention_other: '{{count, number}} mentions',
        reply_one: '{{count, number}} réponse à vos publications ou commentaires',
        reply_other: '{{count, number}} réponses à vos publications ou commentaires',
        reaction_one: '{{count, number}} réaction à vos publications',
        reaction_other: '{{count, number}} réactions à vos publications',
        join_request_one: '{{count, number}} demande d’adhésion à une communauté que vous animez',
        join_request_other: '{{count, number}} demandes d’adhésion aux communautés que vous animez',
        join_decision_one: '{{count, number}} réponse à votre demande d’adhésion',
        join_decision_other: '{{count, number}} réponses à vos demandes d’adhésion',
        accepted_answer_one: '{{count, number}} réponse acceptée',
        accepted_answer_other: '{{count, number}} réponses acceptées',
        invitation_one: '{{count, number}} invitation à rejoindre une communauté',
        invitation_other: '{{count, number}} invitations à rejoindre des communautés',
        expert_question_one: '{{count, number}} question sur un sujet que vous connaissez',
        expert_question_other: '{{count, number}} questions sur des sujets que vous connaissez',
      },
      action: 'Voir vos notifications',
      actionLine: 'Voir vos notifications\u00a0: {{url}}',
      footer:
        'Vous recevez ce récapitulatif quotidien parce que vous avez des notifications non lues. Il ne donne que des nombres\u00a0: ouvrez Relais pour les lire.',
    },
  },
} as const;

export type DigestLocale = keyof typeof DIGEST_RESOURCES;
