import type { CombinedError } from 'urql';
import { apiProblem } from '../../lib/graphql';

/** The api's complaints about each field of a form (`extensions.fields`), keyed by the form's field names. */
export function fieldProblems(error: CombinedError | undefined | null): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(apiProblem(error)?.fields ?? {})) {
    (fields[path.replace(/^input\./, '').replace(/\.\d+$/, '')] ??= []).push(...messages);
  }
  return fields;
}
