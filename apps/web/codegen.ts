import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web app's GraphQL types, generated from the committed schema and the documents written with
 * `graphql()` in src: `npm run codegen` rewrites src/gql, and the lint step checks it is up to date.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
