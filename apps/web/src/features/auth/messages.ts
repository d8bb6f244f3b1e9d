export const auth = {
  fr: {
    title: 'Connexion',
    tagline: 'Le réseau social de votre organisation, avec un pont maîtrisé vers LinkedIn et Mastodon.',
    sso: 'Se connecter avec l’authentification unique de mon organisation',
    dev: {
      title: 'Connexion de développement',
      hint: 'Choisissez une personne de démonstration, ou saisissez une adresse e-mail.',
      email: 'Adresse e-mail',
      submit: 'Se connecter',
    },
    none: 'Aucun moyen de connexion n’est configuré. Contactez votre administrateur.',
  },
  en: {
    title: 'Sign in',
    tagline: 'Your organisation’s social network, with a governed bridge to LinkedIn and Mastodon.',
    sso: 'Sign in with my organisation’s single sign-on',
    dev: {
      title: 'Development sign-in',
      hint: 'Pick a demo person, or type an e-mail address.',
      email: 'E-mail address',
      submit: 'Sign in',
    },
    none: 'No way to sign in is configured. Contact your administrator.',
  },
};
