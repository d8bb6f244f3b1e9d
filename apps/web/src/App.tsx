import { useEffect, useState } from 'react';

type Me = { displayName: string; email: string } | null;

const text = {
  fr: {
    tagline: 'Le réseau social de votre organisation, avec un pont maîtrisé vers LinkedIn et Mastodon.',
    signedInAs: 'Connecté en tant que',
    signedOut: 'Vous n’êtes pas connecté.',
    soon: 'L’application arrive bientôt : en attendant, l’API GraphQL répond sur /graphql.',
  },
  en: {
    tagline: 'Your organisation’s social network, with a governed bridge to LinkedIn and Mastodon.',
    signedInAs: 'Signed in as',
    signedOut: 'You are not signed in.',
    soon: 'The app is on its way: meanwhile the GraphQL API answers on /graphql.',
  },
};

export function App() {
  const locale = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const t = text[locale];
  const [me, setMe] = useState<Me | undefined>(undefined);

  useEffect(() => {
    fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ me { displayName email } }' }),
    })
      .then((res) => res.json())
      .then((body: { data?: { me: Me } }) => setMe(body.data?.me ?? null))
      .catch(() => setMe(null));
  }, []);

  return (
    <main lang={locale}>
      <h1>Relais</h1>
      <p>{t.tagline}</p>
      <p data-testid="session">
        {me === undefined ? '…' : me ? `${t.signedInAs} ${me.displayName}` : t.signedOut}
      </p>
      <p>{t.soon}</p>
    </main>
  );
}
