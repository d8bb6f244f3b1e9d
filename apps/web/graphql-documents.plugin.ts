import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Plugin } from 'vite';

const GENERATED = path.resolve(__dirname, 'src/gql/graphql.ts');
const VIRTUAL = '\0relais-graphql-document:';
/** One generated document per line: `export const NameDocument = {…} as unknown as DocumentNode<…>;` */
const EXPORTED = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const CALL = /\bgraphql\(\s*`\s*(query|mutation|subscription|fragment)\s+(\w+)[^`]*`\s*\)/g;

/**
 * At build time, replaces each `graphql(\`query Name …\`)` with the generated `NameDocument` (fragments:
 * `NameFragmentDoc`) from src/gql/graphql.ts, as graphql-codegen's client-preset optimiser does, each as a
 * module of its own. The `graphql()` function looks documents up in a map of all of them, and
 * src/gql/graphql.ts holds them all, so either would put every screen's documents into the first page's
 * scripts; one module per document goes to the chunk of the screen that uses it. Types are unchanged:
 * TypeScript still reads the `graphql()` calls.
 */
export function graphqlDocuments(): Plugin {
  let documents: Map<string, string> | null = null;
  const documentSource = (name: string): string => {
    documents ??= new Map(
      [...fs.readFileSync(GENERATED, 'utf8').matchAll(EXPORTED)].map((match) => [match[1]!, match[2]!]),
    );
    const source = documents.get(name);
    if (!source) throw new Error(`${name} is not in src/gql/graphql.ts: run \`npm run codegen\``);
    return source;
  };
  return {
    name: 'relais-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = null;
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? id : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      return `export const ${name} = ${documentSource(name)};`;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (
        !/\.(ts|tsx)$/.test(file) ||
        file.includes(`${path.sep}gql${path.sep}`) ||
        !code.includes('graphql(')
      ) {
        return null;
      }
      const used = new Set<string>();
      const replaced = code.replace(CALL, (_call, kind: string, name: string) => {
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        used.add(exported);
        return exported;
      });
      if (used.size === 0) return null;
      const imports = [...used].map((name) => `import { ${name} } from ${JSON.stringify(VIRTUAL + name)};`);
      return { code: `${imports.join('\n')}\n${replaced}`, map: null };
    },
  };
}
