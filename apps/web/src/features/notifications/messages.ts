export const notifications = {
  fr: {
    title: 'Notifications',
  },
  en: {
    title: 'Notifications',
  },
};
