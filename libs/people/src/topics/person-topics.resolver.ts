import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { CurrentViewer, Viewer } from '@relais/identity';
import { PersonModel, PersonTopicModel } from '../profiles/person.model';
import { PeopleService } from '../profiles/people.service';
import { PersonTopicsService } from './person-topics.service';
import { TopicKind } from './topic-kind';
import { toTopicModel } from './topic.mapper';
import { SetMyTopicsArgs } from './topics.inputs';

@Resolver(() => PersonModel)
export class PersonTopicsResolver {
  constructor(
    private readonly personTopics: PersonTopicsService,
    private readonly people: PeopleService,
  ) {}

  @Mutation(() => PersonModel, {
    description:
      'Replaces your list of topics of one kind, in the order given (at most 30). An unknown slug changes nothing.',
  })
  async setMyTopics(
    @CurrentViewer() viewer: Viewer,
    @Args() { kind, slugs }: SetMyTopicsArgs,
  ): Promise<PersonModel> {
    await this.personTopics.setMine(viewer.userId, kind, slugs);
    return this.people.getVisible(viewer, viewer.userId);
  }

  @ResolveField(() => [PersonTopicModel], {
    description: 'Topics the person lists, of one kind or all, in their order.',
  })
  async topics(
    @Parent() person: PersonModel,
    @Context() ctx: GraphqlContext,
    @Args('kind', { type: () => TopicKind, nullable: true }) kind?: TopicKind | null,
  ): Promise<PersonTopicModel[]> {
    const listed = await this.personTopics.listedLoader(ctx.loaders).load(person.id);
    return listed
      .filter((entry) => !kind || entry.kind === kind)
      .map((entry) => ({ topic: toTopicModel(entry.topic), kind: entry.kind, personId: entry.userId }));
  }
}
