import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents.plugin';

export default defineConfig({
  root: __dirname,
  plugins: [graphqlDocuments(), react()],
  build: {
    outDir: resolve(__dirname, '../../dist/web'),
    emptyOutDir: true,
  },
  server: {
    // `vite` for front-end work: the api runs on 3000 and serves the same routes in production.
    proxy: {
      '/graphql': 'http://localhost:3000',
      '/health': 'http://localhost:3000',
      '/auth': 'http://localhost:3000',
    },
  },
});
