import { DEMO_EMAIL_DOMAIN, emailLocalPart, Gender } from './organisation.data';

export type DemoRole = 'admin' | 'community_manager' | 'comms_reviewer' | 'auditor';

/**
 * The people to sign in as, the same whatever the seed: the README names them, the start banner prints
 * them. Each shows another side of the product (see `shows`).
 */
export interface DemoAccount {
  key: 'admin' | 'communityManager' | 'commsReviewer' | 'employee' | 'englishEmployee' | 'auditor';
  firstName: string;
  lastName: string;
  gender: Gender;
  email: string;
  roles: readonly DemoRole[];
  locale: 'fr' | 'en';
  departmentKey: string;
  /** Index in the department's titles. */
  titleIndex: number;
  site: string;
  /** What signing in as this person shows, for the banner and the README. */
  shows: string;
}

const account = (a: Omit<DemoAccount, 'email'>): DemoAccount => ({
  ...a,
  email: `${emailLocalPart(a.firstName, a.lastName)}@${DEMO_EMAIL_DOMAIN}`,
});

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account({
    key: 'admin',
    firstName: 'Camille',
    lastName: 'Martin',
    gender: 'f',
    roles: ['admin'],
    locale: 'fr',
    departmentKey: 'executive',
    titleIndex: 1,
    site: 'Paris',
    shows: 'administrator',
  }),
  account({
    key: 'communityManager',
    firstName: 'Léa',
    lastName: 'Dubois',
    gender: 'f',
    roles: ['community_manager'],
    locale: 'fr',
    departmentKey: 'marketing',
    titleIndex: 0,
    site: 'Lyon',
    shows: 'community manager, owner of several communities',
  }),
  account({
    key: 'commsReviewer',
    firstName: 'Thomas',
    lastName: 'Bernard',
    gender: 'm',
    roles: ['comms_reviewer'],
    locale: 'fr',
    departmentKey: 'marketing',
    titleIndex: 3,
    site: 'Paris',
    shows: 'communications reviewer',
  }),
  account({
    key: 'employee',
    firstName: 'Hugo',
    lastName: 'Petit',
    gender: 'm',
    roles: [],
    locale: 'fr',
    departmentKey: 'engineering',
    titleIndex: 0,
    site: 'Lyon',
    shows: 'employee (French), invited to a secret community',
  }),
  account({
    key: 'englishEmployee',
    firstName: 'Olivia',
    lastName: 'Bennett',
    gender: 'f',
    roles: [],
    locale: 'en',
    departmentKey: 'product',
    titleIndex: 2,
    site: 'Montréal',
    shows: 'employee (English)',
  }),
  account({
    key: 'auditor',
    firstName: 'Nathalie',
    lastName: 'Roux',
    gender: 'f',
    roles: ['auditor'],
    locale: 'fr',
    departmentKey: 'finance',
    titleIndex: 3,
    site: 'Paris',
    shows: 'auditor',
  }),
];

export function demoAccount(key: DemoAccount['key']): DemoAccount {
  return DEMO_ACCOUNTS.find((a) => a.key === key)!;
}
