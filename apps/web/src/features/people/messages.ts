export const people = {
  fr: {
    title: 'Personnes',
  },
  en: {
    title: 'People',
  },
};
