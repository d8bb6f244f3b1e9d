import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { DataLoaderBag, keysetCursor, notFound, renderMarkdown, textKey } from '@relais/common';
import { UsersService, Viewer } from '@relais/identity';
import type DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { PersonRecord } from './person-record';
import { toPersonModel } from './person.mapper';
import { PersonConnectionModel, PersonModel } from './person.model';
import { searchWords } from '../topics/topic-terms';
import { canSeePerson, seesDeactivatedPeople } from './person-visibility';
import { PeopleArgs, UpdateProfileInput } from './profiles.inputs';
import { ProfilesRepository } from './profiles.repository';

/** An optional text field as stored: trimmed, and null when nothing is left. */
function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
}

const DIRECTORY = 'people';
const directoryCursor = keysetCursor({ name: textKey({ maxLength: 200 }), id: 'uuid' });

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    private readonly profiles: ProfilesRepository,
    private readonly users: UsersService,
  ) {}

  /** The person whatever the viewer, or null when there is no such account (for checks inside services). */
  async findRecord(id: string, manager?: EntityManager): Promise<PersonRecord | null> {
    return (await this.profiles.findPeople([id], manager))[0] ?? null;
  }

  /** The person as this viewer sees them; NOT_FOUND, identical to a missing id, when they may not. */
  async getVisible(viewer: Viewer, id: string): Promise<PersonModel> {
    const person = await this.findRecord(id);
    if (!person || !canSeePerson(viewer, person)) throw notFound('This person');
    return toPersonModel(person, viewer);
  }

  /** The directory in name order, filtered by words of the name or handle (mention autocomplete, pickers). */
  async page(viewer: Viewer, args: PeopleArgs): Promise<PersonConnectionModel> {
    const { rows, hasNextPage } = await this.profiles.page({
      words: searchWords(args.search),
      first: args.first,
      after: directoryCursor.decodeAfter(DIRECTORY, args.after),
      seesDeactivated: seesDeactivatedPeople(viewer),
    });
    const last = rows[rows.length - 1];
    return {
      nodes: rows.map((person) => toPersonModel(person, viewer)),
      pageInfo: {
        hasNextPage,
        endCursor: last ? directoryCursor.encode(DIRECTORY, { name: last.displayName, id: last.id }) : null,
      },
    };
  }

  /** People as this viewer sees them, in the order of `ids`; null for those missing or hidden. */
  async visiblePeople(viewer: Viewer, ids: readonly string[]): Promise<Array<PersonModel | null>> {
    const byId = new Map((await this.profiles.findPeople(ids)).map((person) => [person.id, person]));
    return ids.map((id) => {
      const person = byId.get(id);
      return person && canSeePerson(viewer, person) ? toPersonModel(person, viewer) : null;
    });
  }

  /** Per-request loader of people by id, for fields of other contexts that point at a person (authors...). */
  personLoader(loaders: DataLoaderBag, viewer: Viewer): DataLoader<string, PersonModel | null> {
    return loaders.get<string, PersonModel | null>('people.personById', (ids) =>
      this.visiblePeople(viewer, ids),
    );
  }

  /**
   * Updates the signed-in person's profile and directory fields in one transaction. Omitted fields stay as
   * they are; the bio is rendered to sanitised HTML here, once, not on every read.
   */
  async updateMine(viewer: Viewer, input: UpdateProfileInput): Promise<PersonModel> {
    const bioMarkdown = input.bioMarkdown === undefined ? undefined : (input.bioMarkdown ?? '').trim();
    await this.dataSource.transaction(async (manager) => {
      await this.users.updateDirectoryFields(
        viewer.userId,
        {
          title: optionalText(input.title),
          department: optionalText(input.department),
          location: optionalText(input.location),
          locale: input.locale,
        },
        manager,
      );
      await this.profiles.upsert(
        viewer.userId,
        {
          bioMarkdown,
          bioHtml: bioMarkdown === undefined ? undefined : renderMarkdown(bioMarkdown).html,
          languages: input.languages === undefined ? undefined : (input.languages ?? []),
          avatarUrl: optionalText(input.avatarUrl),
        },
        manager,
      );
      await this.indexed.record(manager, { people: [viewer.userId] });
    });
    return this.getVisible(viewer, viewer.userId);
  }
}
