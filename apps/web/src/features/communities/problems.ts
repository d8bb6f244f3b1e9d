import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { apiProblem, ApiProblem } from '../../lib/graphql';

/** The fields of the community forms that the api may find fault with. */
export const COMMUNITY_FIELDS = ['name', 'slug', 'description', 'visibility', 'topics'] as const;
export type CommunityField = (typeof COMMUNITY_FIELDS)[number];

export interface FormProblems {
  /** One message per field, in the interface's language. */
  fields: Partial<Record<CommunityField, string>>;
  /** What cannot be shown beside a field. */
  general: ApiProblem | null;
}

/** The form field an api field path names: `name`, `input.name`, `topics.3`. */
function fieldOf(path: string): CommunityField | null {
  const first = path.replace(/^input\./, '').split('.')[0] ?? '';
  return (COMMUNITY_FIELDS as readonly string[]).includes(first) ? (first as CommunityField) : null;
}

/**
 * Splits what the api said about a create or update form: messages about a field go beside that field
 * (translated: the api speaks English), the rest above the submit button.
 */
export function formProblems(error: CombinedError | undefined, t: TFunction): FormProblems {
  const problem = apiProblem(error);
  if (!problem) return { fields: {}, general: null };
  const extensions = (error?.graphQLErrors[0]?.extensions ?? {}) as { reason?: string };
  const named = new Set<CommunityField>();
  for (const key of Object.keys(problem.fields)) {
    const field = fieldOf(key);
    if (field) named.add(field);
  }
  if (extensions.reason === 'SLUG_TAKEN' || extensions.reason === 'SLUG_REQUIRED') named.add('slug');
  if (extensions.reason === 'UNKNOWN_TOPIC') named.add('topics');
  const fields: FormProblems['fields'] = {};
  for (const field of named) {
    fields[field] =
      field === 'slug' && extensions.reason === 'SLUG_TAKEN'
        ? t('communities:errors.slugTaken')
        : field === 'slug' && extensions.reason === 'SLUG_REQUIRED'
          ? t('communities:errors.slugRequired')
          : t(`communities:errors.${field}`);
  }
  return { fields, general: named.size ? null : problem };
}
