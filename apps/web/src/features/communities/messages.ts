export const communities = {
  fr: {
    title: 'Communautés',
  },
  en: {
    title: 'Communities',
  },
};
