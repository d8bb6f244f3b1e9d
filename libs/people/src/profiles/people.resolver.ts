import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@relais/identity';
import { PersonConnectionModel, PersonModel } from './person.model';
import { PeopleService } from './people.service';
import { PeopleArgs, UpdateProfileInput } from './profiles.inputs';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly peopleService: PeopleService) {}

  @Query(() => PersonModel, {
    nullable: true,
    description: 'A colleague’s profile. NOT_FOUND when there is no such person or they are hidden from you.',
  })
  person(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<PersonModel> {
    return this.peopleService.getVisible(viewer, id);
  }

  @Query(() => PersonConnectionModel, {
    description: 'Colleagues in name order, optionally those whose name or handle contains every word.',
  })
  people(@CurrentViewer() viewer: Viewer, @Args() args: PeopleArgs): Promise<PersonConnectionModel> {
    return this.peopleService.page(viewer, args);
  }

  @Mutation(() => PersonModel, {
    description: 'Edits your own profile. Omitted fields stay as they are; null clears a field.',
  })
  updateMyProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateProfileInput,
  ): Promise<PersonModel> {
    return this.peopleService.updateMine(viewer, input);
  }
}
