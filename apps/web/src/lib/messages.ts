import { auth } from '../features/auth/messages';
import { search } from '../features/search/messages';
import { common } from '../app/messages';
import { feed } from '../features/feed/messages';
import { communities } from '../features/communities/messages';
import { people } from '../features/people/messages';
import { notifications } from '../features/notifications/messages';
import { admin } from '../features/admin/messages';

/**
 * Every text of the interface, French and English, one namespace per feature. Each feature's messages file
 * exports `{ fr, en }` with the same keys (a test compares them).
 */
const namespaces = { common, auth, search, feed, communities, people, notifications, admin };

type Namespaces = typeof namespaces;
export const MESSAGES = {
  fr: Object.fromEntries(Object.entries(namespaces).map(([name, m]) => [name, m.fr])),
  en: Object.fromEntries(Object.entries(namespaces).map(([name, m]) => [name, m.en])),
} as {
  fr: { [N in keyof Namespaces]: Namespaces[N]['fr'] };
  en: { [N in keyof Namespaces]: Namespaces[N]['en'] };
};
