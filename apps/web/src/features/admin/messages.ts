export const admin = {
  fr: {
    title: 'Administration',
  },
  en: {
    title: 'Administration',
  },
};
