/**
 * What the demo people write, in French and English: posts of each kind, comments, answers, replies and
 * bios. Templates are filled with a topic of the taxonomy, something people of that field work on, a site,
 * and numbers, so two thousand posts read like an organisation's and not like lorem ipsum.
 *
 * French slots are placed where no contraction is needed ("sur {thing}", never "de {thing}").
 */

export type Language = 'fr' | 'en';
export type PostKind = 'discussion' | 'question' | 'best_practice' | 'announcement';

export interface PostContext {
  /** The topic's label as written inside a sentence ("protection des données personnelles", "Kubernetes"). */
  topic: string;
  /** The same, capitalised, to start a sentence or a title. */
  Topic: string;
  /** Something people of the topic's field work on, with its article ("la revue de code"). */
  thing: string;
  /** The same, capitalised. */
  Thing: string;
  /** Hashtags, e.g. "#kubernetes #devops". */
  tags: string;
  site: string;
  /** A small count (2 to 40). */
  n: number;
  weeks: number;
  /** A date in the near future of the post, as the language writes it ("12 mars", "12 March"). */
  date: string;
}

export interface PostText {
  title: string | null;
  body: string;
}

type PostTemplate = (c: PostContext) => PostText;

const t = (title: string | null, body: string): PostText => ({ title, body });

export const POST_TEMPLATES: Record<Language, Record<PostKind, readonly PostTemplate[]>> = {
  fr: {
    discussion: [
      (c) =>
        t(
          null,
          `Petit retour d’expérience sur ${c.thing} : après ${c.weeks} semaines d’essai à ${c.site}, l’équipe a gagné un temps précieux. Le plus dur a été de changer les habitudes, pas l’outil.\n\nQui a tenté la même chose ? ${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `On lance un groupe de travail « ${c.topic} » à ${c.site}. L’idée : se retrouver toutes les deux semaines, 45 minutes, pour partager nos pratiques sur ${c.thing}. Inscrivez-vous en commentaire ! ${c.tags}`,
        ),
      (c) =>
        t(
          `Compte rendu de l’atelier ${c.topic}`,
          `Merci aux ${c.n} participants de l’atelier d’hier. Ce qu’on retient :\n\n- ${c.thing} mérite un vrai cadrage ;\n- les équipes de ${c.site} ont une longueur d’avance ;\n- on refait un point dans un mois.\n\n${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `Lu ce matin un très bon article sur le thème « ${c.topic} », qui rejoint ce qu’on vit sur ${c.thing}. En résumé : commencer petit, mesurer, puis généraliser. Vous êtes d’accord ? ${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `Question de fond sur ${c.thing} : est-ce qu’on en fait trop ? On a compté ${c.n} réunions par mois sur le sujet à ${c.site}. Je suis preneur de vos avis. ${c.tags}`,
        ),
      (c) =>
        t(
          `Démo vendredi : ${c.topic}`,
          `Vendredi à 11 h, démo de 20 minutes sur ${c.thing}. Le lien est dans l’invitation, l’enregistrement sera partagé ici ensuite. ${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `Bravo à l’équipe de ${c.site} qui a bouclé son chantier sur ${c.thing} avec ${c.weeks} semaines d’avance ! Un bel exemple de ce qu’on peut faire en ${c.topic}. ${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `Je cherche des volontaires pour relire notre guide sur ${c.thing}. ${c.n} pages, rien de bien méchant, et vos retours feront la différence. ${c.tags}`,
        ),
      (c) =>
        t(
          `Veille ${c.topic} du mois`,
          `Ma sélection du mois :\n\n1. un retour d’expérience sur ${c.thing} ;\n2. une conférence sur le thème « ${c.topic} », à revoir en replay ;\n3. un outil open source testé à ${c.site}.\n\nBonne lecture ! ${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `Après ${c.n} entretiens avec des collègues, un constat : ${c.thing} reste le sujet où on a le plus besoin d’entraide. Je propose qu’on en fasse le thème du prochain café « ${c.topic} ». ${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `${c.Thing} : on a enfin un tableau de bord partagé entre ${c.site} et les autres sites. Ce n’est pas parfait, mais c’est un bon début. Vos suggestions sont les bienvenues. ${c.tags}`,
        ),
    ],
    question: [
      (c) =>
        t(
          `Quelqu’un a déjà travaillé sur ${c.thing} ?`,
          `Nous démarrons à ${c.site} et je cherche des retours concrets : par où commencer, quels pièges éviter ? Toute expérience en ${c.topic} m’intéresse. ${c.tags}`,
        ),
      (c) =>
        t(
          `Quels indicateurs pour ${c.thing} ?`,
          `On nous demande des indicateurs d’ici ${c.weeks} semaines. Vous suivez quoi, concrètement ? ${c.tags}`,
        ),
      (c) =>
        t(
          `Besoin d’un avis d’expert en ${c.topic}`,
          `Sur un projet client, on bloque sur ${c.thing}. Quelqu’un aurait 30 minutes cette semaine pour en parler ? ${c.tags}`,
        ),
      (c) =>
        t(
          `Quel outil pour ${c.thing} ?`,
          `On hésite entre deux solutions pour ${c.thing}. Vos retours d’usage, même rapides, seront précieux. ${c.tags}`,
        ),
      (c) =>
        t(
          `Formation en ${c.topic} : laquelle recommandez-vous ?`,
          `J’ai un budget formation cette année et j’aimerais progresser en ${c.topic}, notamment sur ${c.thing}. Des recommandations ? ${c.tags}`,
        ),
      (c) =>
        t(
          `${c.Thing} : bonne pratique ou fausse bonne idée ?`,
          `On m’a conseillé de tout revoir sur ${c.thing}. Est-ce que ça tient à l’échelle de ${c.n} personnes ? ${c.tags}`,
        ),
      (c) =>
        t(
          `Un modèle de document pour ${c.thing} ?`,
          `Quelqu’un a un modèle à partager ? Je ne voudrais pas réinventer la roue. ${c.tags}`,
        ),
      (c) =>
        t(
          `Qui contacter à ${c.site} pour ${c.thing} ?`,
          `Je viens d’arriver sur le site de ${c.site} et je ne sais pas à qui m’adresser pour ${c.thing}. Merci d’avance ! ${c.tags}`,
        ),
    ],
    best_practice: [
      (c) =>
        t(
          `Bonnes pratiques : ${c.thing} en 4 points`,
          `1. **Cadrer** : un objectif, un responsable, une date.\n2. **Documenter** au fil de l’eau, pas à la fin.\n3. **Mesurer** avant et après.\n4. **Partager** le retour d’expérience ici.\n\nCe sont les leçons de nos ${c.n} derniers projets à ${c.site}. ${c.tags}`,
        ),
      (c) =>
        t(
          `Check-list ${c.topic} avant une mise en production`,
          `- vérifier les accès et les droits ;\n- relire ce qui touche à ${c.thing} avec un binôme ;\n- prévoir un retour arrière ;\n- prévenir les équipes de ${c.site}.\n\n${c.tags}`,
        ),
      (c) =>
        t(
          `Le guide ${c.topic} mis à jour`,
          `La nouvelle version du guide est en ligne. Principales nouveautés : une section sur ${c.thing} et des exemples concrets venus de ${c.site}. ${c.tags}`,
        ),
      (c) =>
        t(
          `Trois erreurs à éviter sur ${c.thing}`,
          `1. Vouloir tout faire d’un coup.\n2. Oublier les utilisateurs finaux.\n3. Ne pas mesurer.\n\nÀ compléter en commentaire ! ${c.tags}`,
        ),
      (c) =>
        t(
          `Notre méthode pour ${c.thing}`,
          `Depuis ${c.weeks} semaines, on applique une règle simple à ${c.site} : *une décision, une trace écrite*. Résultat : moins de réunions et des décisions qu’on retrouve. ${c.tags}`,
        ),
      (c) =>
        t(
          `Mémo : ${c.topic} en une page`,
          `On a condensé l’essentiel sur une page, à garder sous la main. Le support est dans l’espace documentaire ; vos retours sont bienvenus. ${c.tags}`,
        ),
      (c) =>
        t(
          `Retour d’expérience : ${c.thing}`,
          `> Ce qui nous a fait gagner le plus de temps, c’est d’impliquer les utilisateurs dès le départ.\n\nC’est la conclusion de notre projet à ${c.site}, mené en ${c.weeks} semaines. Détails et chiffres dans le wiki. ${c.tags}`,
        ),
    ],
    announcement: [
      (c) =>
        t(
          `Atelier ${c.topic} le ${c.date} à ${c.site}`,
          `Inscriptions ouvertes ! Au programme : ${c.thing}, retours d’expérience et temps d’échange. Places limitées à ${c.n} personnes. ${c.tags}`,
        ),
      (c) =>
        t(
          `Nouvelle version de la charte « ${c.topic} »`,
          `La charte a été mise à jour. Merci de la relire avant la fin du mois ; les principaux changements portent sur ${c.thing}. ${c.tags}`,
        ),
      (c) =>
        t(
          `Webinaire le ${c.date} : ${c.thing}`,
          `Rendez-vous à 12 h 30 pour un webinaire de 45 minutes. Le replay sera disponible ici. ${c.tags}`,
        ),
      (c) =>
        t(
          'Bienvenue aux nouveaux membres !',
          `La communauté compte désormais plus de ${c.n} membres. Présentez-vous et partagez vos sujets du moment, en particulier sur ${c.topic}. ${c.tags}`,
        ),
      (c) =>
        t(
          `Appel à contributions : ${c.topic}`,
          `Nous préparons un recueil de bonnes pratiques sur ${c.thing}. Envoyez vos exemples d’ici ${c.weeks} semaines. ${c.tags}`,
        ),
      (c) =>
        t(
          `Rappel : café ${c.topic} le ${c.date}`,
          `Le café mensuel a lieu à 9 h à ${c.site} et en visio. Thème du jour : ${c.thing}. ${c.tags}`,
        ),
    ],
  },
  en: {
    discussion: [
      (c) =>
        t(
          null,
          `A quick lesson learned on ${c.thing}: after a ${c.weeks}-week trial in ${c.site}, the team saved a lot of time. The hard part was changing habits, not the tool.\n\nHas anyone tried the same? ${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `We are starting a working group on ${c.topic} in ${c.site}: 45 minutes every other week to share how we handle ${c.thing}. Comment below to join! ${c.tags}`,
        ),
      (c) =>
        t(
          `Notes from the ${c.topic} workshop`,
          `Thanks to the ${c.n} people who came yesterday. Key takeaways:\n\n- ${c.thing} needs a clear owner;\n- the ${c.site} team is ahead of the rest of us;\n- we meet again in a month.\n\n${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `Read a great article on ${c.topic} this morning, very close to what we see with ${c.thing}. In short: start small, measure, then scale. Do you agree? ${c.tags}`,
        ),
      (c) =>
        t(
          `Demo on Friday: ${c.topic}`,
          `Friday at 11am, a 20-minute demo on ${c.thing}. The link is in the invitation and the recording will be shared here. ${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `Kudos to the ${c.site} team for finishing their work on ${c.thing} ${c.weeks} weeks early! A great example of what we can do with ${c.topic}. ${c.tags}`,
        ),
      (c) =>
        t(
          null,
          `Looking for volunteers to review our guide on ${c.thing}. It is ${c.n} pages long and your feedback will make a real difference. ${c.tags}`,
        ),
      (c) =>
        t(
          `${c.Topic} reading list of the month`,
          `My picks this month:\n\n1. a case study on ${c.thing};\n2. a conference talk on ${c.topic}, now on replay;\n3. an open source tool we tried in ${c.site}.\n\nEnjoy! ${c.tags}`,
        ),
    ],
    question: [
      (c) =>
        t(
          `Has anyone worked on ${c.thing}?`,
          `We are getting started in ${c.site} and I am looking for real-world feedback: where to start, what to avoid? Any experience with ${c.topic} is welcome. ${c.tags}`,
        ),
      (c) =>
        t(
          `Which metrics for ${c.thing}?`,
          `We have been asked for metrics within ${c.weeks} weeks. What do you actually track? ${c.tags}`,
        ),
      (c) =>
        t(
          `Need an expert opinion on ${c.topic}`,
          `We are stuck on ${c.thing} for a customer project. Would anyone have 30 minutes this week to talk it through? ${c.tags}`,
        ),
      (c) =>
        t(
          `Which tool for ${c.thing}?`,
          `We are hesitating between two options for ${c.thing}. Even quick feedback from real use would help a lot. ${c.tags}`,
        ),
      (c) =>
        t(
          `Which ${c.topic} training would you recommend?`,
          `I have a training budget this year and would like to improve on ${c.topic}, especially ${c.thing}. Any recommendations? ${c.tags}`,
        ),
      (c) =>
        t(
          `A template for ${c.thing}?`,
          `Does anyone have a template to share? I would rather not reinvent the wheel. ${c.tags}`,
        ),
    ],
    best_practice: [
      (c) =>
        t(
          `Best practices: ${c.thing} in 4 steps`,
          `1. **Scope it**: one goal, one owner, one date.\n2. **Document** as you go, not at the end.\n3. **Measure** before and after.\n4. **Share** what you learned here.\n\nThese are the lessons of our last ${c.n} projects in ${c.site}. ${c.tags}`,
        ),
      (c) =>
        t(
          `${c.Topic} checklist before going live`,
          `- check access rights;\n- have a peer review everything related to ${c.thing};\n- plan a rollback;\n- warn the ${c.site} teams.\n\n${c.tags}`,
        ),
      (c) =>
        t(
          `Three mistakes to avoid with ${c.thing}`,
          `1. Trying to do everything at once.\n2. Forgetting the end users.\n3. Not measuring.\n\nAdd yours in the comments! ${c.tags}`,
        ),
      (c) =>
        t(
          `How we handle ${c.thing}`,
          `For ${c.weeks} weeks we have followed one simple rule in ${c.site}: *one decision, one written record*. Fewer meetings, and decisions we can find again. ${c.tags}`,
        ),
      (c) =>
        t(
          `Lessons learned: ${c.thing}`,
          `> What saved us the most time was involving users from day one.\n\nThat is the conclusion of our ${c.weeks}-week project in ${c.site}. Details and figures are on the wiki. ${c.tags}`,
        ),
    ],
    announcement: [
      (c) =>
        t(
          `${c.Topic} workshop on ${c.date} in ${c.site}`,
          `Registration is open! On the agenda: ${c.thing}, case studies and open discussion. Limited to ${c.n} people. ${c.tags}`,
        ),
      (c) =>
        t(
          `Webinar on ${c.date}: ${c.thing}`,
          `Join us at 12:30 for a 45-minute webinar. The replay will be posted here. ${c.tags}`,
        ),
      (c) =>
        t(
          'Welcome to our new members!',
          `The community now has more than ${c.n} members. Introduce yourself and share what you are working on, especially around ${c.topic}. ${c.tags}`,
        ),
      (c) =>
        t(
          `Call for contributions: ${c.topic}`,
          `We are putting together a collection of good practices on ${c.thing}. Send your examples within ${c.weeks} weeks. ${c.tags}`,
        ),
    ],
  },
};

/** A sentence that mentions a colleague ({m} is the @handle), appended to a post. */
export const MENTION_SENTENCES: Record<Language, readonly string[]> = {
  fr: [
    'Merci à {m} pour son aide.',
    '{m}, qu’en penses-tu ?',
    'cc {m}',
    'Je mets {m} dans la boucle, c’est un sujet à suivre.',
    '{m} a travaillé sur un cas proche : n’hésitez pas à lui écrire.',
  ],
  en: [
    'Thanks to {m} for the help.',
    '{m}, what do you think?',
    'cc {m}',
    'Looping in {m}, who knows this topic well.',
  ],
};

export interface CommentContext {
  thing: string;
  site: string;
  weeks: number;
}

type CommentTemplate = (c: CommentContext) => string;

export const COMMENT_TEMPLATES: Record<Language, readonly CommentTemplate[]> = {
  fr: [
    () => 'Merci pour le partage, très clair.',
    (c) => `Super initiative ! Je relaie auprès de l’équipe de ${c.site}.`,
    () => 'On a eu exactement le même sujet l’an dernier, je te fais suivre nos notes.',
    () => 'Est-ce que les supports seront partagés ?',
    () => '+1, surtout sur le deuxième point.',
    () => 'Intéressant. Vous avez mesuré le gain de temps ?',
    () => 'Je m’inscris pour la prochaine session.',
    (c) => `Ça rejoint ce qu’on observe à ${c.site}.`,
    (c) => `Attention quand même sur ${c.thing}, ça peut vite devenir lourd.`,
    () => 'Bravo à toute l’équipe 👏',
    () => 'Je découvre, merci ! Une formation est-elle prévue ?',
    () => 'Très utile, je garde ça sous le coude.',
  ],
  en: [
    () => 'Thanks for sharing, very clear.',
    (c) => `Great initiative! I will pass it on to the ${c.site} team.`,
    () => 'We had exactly the same issue last year, I will send you our notes.',
    () => 'Will the slides be shared?',
    () => '+1, especially on the second point.',
    () => 'Interesting. Did you measure the time saved?',
    (c) => `That matches what we see in ${c.site}.`,
    (c) => `Be careful with ${c.thing} though, it can get heavy quickly.`,
    () => 'Well done, everyone 👏',
    () => 'Very useful, bookmarking this.',
  ],
};

/** Answers to a question: the ones an asker accepts. */
export const ANSWER_TEMPLATES: Record<Language, readonly CommentTemplate[]> = {
  fr: [
    (c) =>
      `Oui, on l’a fait à ${c.site} l’an dernier. Le plus important : **impliquer les utilisateurs tôt** et mesurer avant de généraliser.`,
    (c) => `Je te conseille de commencer par un pilote sur une seule équipe, ${c.weeks} semaines maximum.`,
    () =>
      'On utilise un modèle simple, je te l’envoie. En résumé : objectif, périmètre, responsable, indicateurs.',
    (c) => `Regarde le guide publié dans la communauté, la partie sur ${c.thing} répond à ta question.`,
    () => 'On a testé les deux : le premier est plus simple, le second plus complet mais plus cher.',
    () => 'Je peux t’en parler 30 minutes jeudi si tu veux, j’ai traité un cas très proche.',
  ],
  en: [
    (c) =>
      `Yes, we did it in ${c.site} last year. The key: **involve users early** and measure before you scale.`,
    (c) => `I would start with a pilot on a single team, ${c.weeks} weeks at most.`,
    () => 'We use a simple template, I will send it to you. In short: goal, scope, owner, metrics.',
    (c) => `Have a look at the guide posted in the community, the part on ${c.thing} answers your question.`,
    () => 'We tried both: the first is simpler, the second more complete but more expensive.',
  ],
};

export const REPLY_TEMPLATES: Record<Language, readonly string[]> = {
  fr: [
    'Merci !',
    'Merci, c’est noté.',
    'Bonne idée, je regarde ça.',
    'Avec plaisir, je t’envoie le lien.',
    'Tout à fait d’accord.',
    'Je te fais un retour d’ici la fin de la semaine.',
    'Top, merci pour la réactivité !',
  ],
  en: [
    'Thanks!',
    'Thanks, noted.',
    'Good idea, I will look into it.',
    'Happy to, I will send you the link.',
    'Fully agree.',
    'I will get back to you by the end of the week.',
  ],
};

export interface BioContext {
  title: string;
  site: string;
  year: number;
  expertise: string;
  other: string;
  askMe: string;
}

export const BIO_TEMPLATES: Record<Language, ReadonlyArray<(c: BioContext) => string>> = {
  fr: [
    (c) =>
      `${c.title} à ${c.site} depuis ${c.year}. Je travaille surtout en **${c.expertise}** et en ${c.other}.\n\nDemandez-moi tout en ${c.askMe} !`,
    (c) =>
      `Basé·e à ${c.site}. ${c.title}. Mes sujets : **${c.expertise}**, ${c.other}. J’aime partager ce que j’apprends, en particulier en ${c.askMe}.`,
    (c) =>
      `Dans la maison depuis ${c.year}, ${c.title.charAt(0).toLowerCase() + c.title.slice(1)} à ${c.site}.\n\n- Expertise : ${c.expertise}\n- Aussi : ${c.other}`,
    (c) =>
      `${c.title}. Je peux vous aider en ${c.expertise} et en ${c.askMe}. Toujours partant·e pour un café à ${c.site}.`,
  ],
  en: [
    (c) =>
      `${c.title} in ${c.site} since ${c.year}. I mostly work on **${c.expertise}** and ${c.other}.\n\nAsk me anything about ${c.askMe}!`,
    (c) =>
      `Based in ${c.site}. ${c.title}, passionate about ${c.expertise}. Happy to share what I learn, especially about ${c.askMe}.`,
    (c) => `${c.title} (${c.site}, since ${c.year}).\n\n- Expertise: ${c.expertise}\n- Also: ${c.other}`,
  ],
};

/** What people work on, by root topic of the taxonomy, each with its article. */
export const THINGS: Record<string, Record<Language, readonly string[]>> = {
  'software-engineering': {
    fr: [
      'la revue de code',
      'nos tests automatisés',
      'la dette technique',
      'la migration vers Java 21',
      'le découpage en microservices',
    ],
    en: [
      'code reviews',
      'our automated tests',
      'technical debt',
      'the Java 21 migration',
      'splitting the monolith',
    ],
  },
  'data-and-ai': {
    fr: [
      'la qualité des données',
      'la mise en production des modèles',
      'nos tableaux de bord',
      'l’assistant basé sur l’IA générative',
      'le catalogue de données',
    ],
    en: [
      'data quality',
      'taking models to production',
      'our dashboards',
      'the generative AI assistant',
      'the data catalogue',
    ],
  },
  'cloud-and-infrastructure': {
    fr: [
      'la migration vers le cloud',
      'les astreintes',
      'nos pipelines de déploiement',
      'la supervision',
      'la maîtrise des coûts cloud',
    ],
    en: [
      'the cloud migration',
      'on-call duty',
      'our deployment pipelines',
      'monitoring',
      'cloud cost control',
    ],
  },
  cybersecurity: {
    fr: [
      'la campagne anti-hameçonnage',
      'le déploiement de la MFA',
      'la revue des accès',
      'les tests d’intrusion',
      'la sensibilisation des équipes',
    ],
    en: [
      'the phishing campaign',
      'the MFA roll-out',
      'access reviews',
      'penetration tests',
      'security awareness',
    ],
  },
  'product-and-design': {
    fr: [
      'les entretiens utilisateurs',
      'notre design system',
      'l’accessibilité de nos applications',
      'la priorisation de la roadmap',
      'les tests utilisateurs',
    ],
    en: [
      'user interviews',
      'our design system',
      'the accessibility of our apps',
      'roadmap prioritisation',
      'usability testing',
    ],
  },
  'project-and-agile-management': {
    fr: [
      'les rétrospectives',
      'le PI planning',
      'le suivi des risques projet',
      'les comités de pilotage',
      'la conduite du changement',
    ],
    en: [
      'retrospectives',
      'PI planning',
      'project risk tracking',
      'steering committees',
      'change management',
    ],
  },
  'sales-and-customer-relations': {
    fr: [
      'les réponses aux appels d’offres',
      'la préparation des soutenances',
      'le suivi des comptes clés',
      'la satisfaction client',
      'le CRM',
    ],
    en: ['tender responses', 'pitch preparation', 'key account plans', 'customer satisfaction', 'the CRM'],
  },
  'marketing-and-communication': {
    fr: [
      'la newsletter interne',
      'nos posts LinkedIn',
      'le calendrier éditorial',
      'le salon de septembre',
      'la charte des réseaux sociaux',
    ],
    en: [
      'the internal newsletter',
      'our LinkedIn posts',
      'the editorial calendar',
      'the September trade fair',
      'the social media guidelines',
    ],
  },
  'finance-and-accounting': {
    fr: [
      'la clôture mensuelle',
      'le budget de l’an prochain',
      'les rapprochements bancaires',
      'les notes de frais',
      'le reporting groupe',
    ],
    en: [
      'the monthly close',
      'next year’s budget',
      'bank reconciliations',
      'expense reports',
      'group reporting',
    ],
  },
  'human-resources-and-learning': {
    fr: [
      'l’intégration des nouveaux arrivants',
      'les entretiens annuels',
      'le plan de formation',
      'la cooptation',
      'le télétravail',
    ],
    en: ['onboarding newcomers', 'annual reviews', 'the training plan', 'employee referrals', 'remote work'],
  },
  'legal-and-compliance': {
    fr: [
      'le registre des traitements',
      'les analyses d’impact',
      'les clauses contractuelles types',
      'la cartographie des risques',
      'le dispositif anticorruption',
    ],
    en: [
      'the records of processing',
      'impact assessments',
      'standard contractual clauses',
      'the risk map',
      'the anti-corruption programme',
    ],
  },
  operations: {
    fr: [
      'les chantiers 5S',
      'la démarche qualité',
      'l’automatisation des processus',
      'le plan de continuité',
      'la sécurité sur les sites',
    ],
    en: [
      '5S workshops',
      'the quality approach',
      'process automation',
      'the continuity plan',
      'on-site safety',
    ],
  },
  'supply-chain-and-purchasing': {
    fr: [
      'l’évaluation des fournisseurs',
      'les délais de livraison',
      'les critères RSE dans les achats',
      'la renégociation des contrats',
      'les stocks de sécurité',
    ],
    en: [
      'supplier evaluation',
      'delivery lead times',
      'sustainability criteria in purchasing',
      'contract renegotiation',
      'safety stock',
    ],
  },
  'sustainability-and-csr': {
    fr: [
      'le bilan carbone',
      'l’allongement de la durée de vie des PC',
      'le reporting CSRD',
      'la mobilité douce',
      'la sobriété numérique',
    ],
    en: [
      'the carbon footprint',
      'extending laptop lifetimes',
      'CSRD reporting',
      'green commuting',
      'digital sobriety',
    ],
  },
  'languages-and-soft-skills': {
    fr: [
      'la prise de parole en public',
      'les réunions en anglais',
      'le feedback entre pairs',
      'l’animation d’ateliers',
      'l’écriture de synthèses',
    ],
    en: ['public speaking', 'meetings in English', 'peer feedback', 'running workshops', 'writing summaries'],
  },
};

export const MONTHS: Record<Language, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
