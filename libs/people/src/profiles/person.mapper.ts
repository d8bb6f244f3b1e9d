import { AccountStatus, LocaleCode, Viewer } from '@relais/identity';
import { PersonRecord } from './person-record';
import { PersonModel } from './person.model';
import { canSeeAccountStatus, canSeeBioSource } from './person-visibility';

/**
 * Record to GraphQL model, field by field and for one viewer: a new column never reaches the API by accident,
 * and fields only some viewers may read are null for the others. Callers have checked `canSeePerson`.
 */
export function toPersonModel(person: PersonRecord, viewer: Viewer): PersonModel {
  return {
    id: person.id,
    displayName: person.displayName,
    handle: person.handle,
    title: person.title,
    department: person.department,
    location: person.location,
    locale: person.locale as LocaleCode,
    avatarUrl: person.avatarUrl,
    bioHtml: person.bioHtml,
    bioMarkdown: canSeeBioSource(viewer, person) ? person.bioMarkdown : null,
    languages: person.languages,
    status: canSeeAccountStatus(viewer) ? (person.status as AccountStatus) : null,
    createdAt: person.createdAt,
  };
}
