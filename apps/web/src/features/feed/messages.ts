export const feed = {
  fr: {
    title: 'Fil d’actualité',
  },
  en: {
    title: 'Feed',
  },
};
