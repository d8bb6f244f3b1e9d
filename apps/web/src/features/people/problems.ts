import type { CombinedError } from 'urql';

/**
 * The api's complaints about each field of a form: `extensions.fields` of a domain error, and the messages of
 * input validation (`extensions.problems`, each starting with the field's name, e.g. "title must be at most
 * 120 characters").
 */
export function fieldProblems(error: CombinedError | undefined | null): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fields[field] ??= []).push(message);
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const extensions = graphQLError.extensions as {
      fields?: Record<string, string[]>;
      problems?: unknown;
    };
    for (const [field, messages] of Object.entries(extensions.fields ?? {})) {
      for (const message of messages) add(field.replace(/^input\./, ''), message);
    }
    if (Array.isArray(extensions.problems)) {
      for (const problem of extensions.problems) {
        if (typeof problem !== 'string') continue;
        const field = /^([A-Za-z]+)(\.\d+)? /.exec(problem)?.[1];
        if (field) add(field, problem);
      }
    }
  }
  return fields;
}
