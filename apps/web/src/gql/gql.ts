/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation SaveLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.SaveLocaleDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      devSignIn\n      sso\n      ssoLoginPath\n      devAccounts {\n        email\n        displayName\n        title\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation DevSignIn($email: String!) {\n    devSignIn(input: { email: $email }) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.DevSignInDocument,
    "\n  query QuickSearch($q: String!) {\n    people(search: $q, first: 10) {\n      nodes {\n        id\n        displayName\n        title\n        department\n      }\n    }\n    topics(search: $q, first: 10) {\n      nodes {\n        id\n        slug\n        label\n      }\n    }\n    communities(filter: { search: $q }, first: 10) {\n      nodes {\n        id\n        slug\n        name\n        visibility\n      }\n    }\n  }\n": typeof types.QuickSearchDocument,
};
const documents: Documents = {
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation SaveLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.SaveLocaleDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      devSignIn\n      sso\n      ssoLoginPath\n      devAccounts {\n        email\n        displayName\n        title\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation DevSignIn($email: String!) {\n    devSignIn(input: { email: $email }) {\n      user {\n        id\n      }\n    }\n  }\n": types.DevSignInDocument,
    "\n  query QuickSearch($q: String!) {\n    people(search: $q, first: 10) {\n      nodes {\n        id\n        displayName\n        title\n        department\n      }\n    }\n    topics(search: $q, first: 10) {\n      nodes {\n        id\n        slug\n        label\n      }\n    }\n    communities(filter: { search: $q }, first: 10) {\n      nodes {\n        id\n        slug\n        name\n        visibility\n      }\n    }\n  }\n": types.QuickSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      devSignIn\n      sso\n      ssoLoginPath\n      devAccounts {\n        email\n        displayName\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      devSignIn\n      sso\n      ssoLoginPath\n      devAccounts {\n        email\n        displayName\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevSignIn($email: String!) {\n    devSignIn(input: { email: $email }) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevSignIn($email: String!) {\n    devSignIn(input: { email: $email }) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickSearch($q: String!) {\n    people(search: $q, first: 10) {\n      nodes {\n        id\n        displayName\n        title\n        department\n      }\n    }\n    topics(search: $q, first: 10) {\n      nodes {\n        id\n        slug\n        label\n      }\n    }\n    communities(filter: { search: $q }, first: 10) {\n      nodes {\n        id\n        slug\n        name\n        visibility\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuickSearch($q: String!) {\n    people(search: $q, first: 10) {\n      nodes {\n        id\n        displayName\n        title\n        department\n      }\n    }\n    topics(search: $q, first: 10) {\n      nodes {\n        id\n        slug\n        label\n      }\n    }\n    communities(filter: { search: $q }, first: 10) {\n      nodes {\n        id\n        slug\n        name\n        visibility\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;