export const search = {
  fr: {
    title: 'Recherche',
    titleFor: 'Recherche : {{q}}',
    typeSomething: 'Tapez des mots dans la barre de recherche en haut de la page.',
    nothing: 'Rien ne correspond à « {{q}} ».',
    nothingHint: 'Essayez un autre mot, un nom de famille ou le nom d’un sujet.',
    people: 'Personnes',
    topics: 'Sujets',
    communities: 'Communautés',
  },
  en: {
    title: 'Search',
    titleFor: 'Search: {{q}}',
    typeSomething: 'Type words in the search box at the top of the page.',
    nothing: 'Nothing matches “{{q}}”.',
    nothingHint: 'Try another word, a surname or the name of a topic.',
    people: 'People',
    topics: 'Topics',
    communities: 'Communities',
  },
};
