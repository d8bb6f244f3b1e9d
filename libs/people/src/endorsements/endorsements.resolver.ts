import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { CurrentViewer, Viewer } from '@relais/identity';
import { PersonModel, PersonTopicModel } from '../profiles/person.model';
import { PeopleService } from '../profiles/people.service';
import { EndorsementArgs, EndorsersArgs } from './endorsements.inputs';
import { EndorsementsService } from './endorsements.service';

@Resolver(() => PersonModel)
export class EndorsementsResolver {
  constructor(
    private readonly endorsementsService: EndorsementsService,
    private readonly people: PeopleService,
  ) {}

  @Mutation(() => PersonModel, {
    description:
      'Endorses a colleague on a topic they list as expertise, ask-me or mentor. Never yourself; ' +
      'CONFLICT (ALREADY_ENDORSED) when you already did.',
  })
  async endorse(
    @CurrentViewer() viewer: Viewer,
    @Args() { personId, topicSlug }: EndorsementArgs,
  ): Promise<PersonModel> {
    await this.endorsementsService.endorse(viewer, personId, topicSlug);
    return this.people.getVisible(viewer, personId);
  }

  @Mutation(() => PersonModel, {
    description:
      'Takes back your endorsement of a colleague on a topic; NOT_FOUND (NOT_ENDORSED) when there is none.',
  })
  async unendorse(
    @CurrentViewer() viewer: Viewer,
    @Args() { personId, topicSlug }: EndorsementArgs,
  ): Promise<PersonModel> {
    await this.endorsementsService.unendorse(viewer, personId, topicSlug);
    return this.people.getVisible(viewer, personId);
  }

  @ResolveField(() => [PersonModel], {
    nullable: true,
    description: 'Colleagues who endorsed this person on a topic, newest first (only people you can see).',
  })
  endorsements(
    @Parent() person: PersonModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
    @Args() { topicSlug }: EndorsersArgs,
  ): Promise<PersonModel[]> {
    return this.endorsementsService.endorsersLoader(ctx.loaders, viewer).load(`${person.id}|${topicSlug}`);
  }
}

@Resolver(() => PersonTopicModel)
export class PersonTopicEndorsementsResolver {
  constructor(private readonly endorsements: EndorsementsService) {}

  @ResolveField(() => Int, {
    description: 'How many colleagues you can see endorsed the person on this topic.',
  })
  async endorsementCount(
    @Parent() entry: PersonTopicModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<number> {
    return (
      await this.endorsements.summaryLoader(ctx.loaders, viewer).load(`${entry.personId}|${entry.topic.id}`)
    ).count;
  }

  @ResolveField(() => Boolean, { description: 'Whether you endorsed the person on this topic.' })
  async endorsedByMe(
    @Parent() entry: PersonTopicModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    return (
      await this.endorsements.summaryLoader(ctx.loaders, viewer).load(`${entry.personId}|${entry.topic.id}`)
    ).endorsedByMe;
  }
}
