import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { Role, RequireRoles } from '@relais/identity';
import { TopicKind } from './topic-kind';
import { topicLabel, toTopicModel } from './topic.mapper';
import { TopicConnectionModel, TopicModel } from './topic.model';
import {
  CreateTopicInput,
  MergeTopicsArgs,
  TopicSlugArgs,
  TopicsArgs,
  UpdateTopicInput,
} from './topics.inputs';
import { TopicsService } from './topics.service';

@Resolver(() => TopicModel)
export class TopicsResolver {
  constructor(private readonly topicsService: TopicsService) {}

  @Query(() => TopicConnectionModel, {
    description: 'Topics of the taxonomy by slug, optionally under a parent and matching a search.',
  })
  async topics(@Args() args: TopicsArgs): Promise<TopicConnectionModel> {
    const page = await this.topicsService.page(args);
    return {
      nodes: page.rows.map(toTopicModel),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => TopicModel, { nullable: true, description: 'A topic by slug; NOT_FOUND when there is none.' })
  async topic(@Args() { slug }: TopicSlugArgs): Promise<TopicModel> {
    return toTopicModel(await this.topicsService.getBySlug(slug));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => TopicModel, { description: 'Adds a topic to the taxonomy (admins).' })
  async createTopic(@Args('input') input: CreateTopicInput): Promise<TopicModel> {
    return toTopicModel(await this.topicsService.create(input));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => TopicModel, {
    description: 'Renames a topic, replaces its synonyms or moves it under another parent (admins).',
  })
  async updateTopic(
    @Args() { slug }: TopicSlugArgs,
    @Args('input') input: UpdateTopicInput,
  ): Promise<TopicModel> {
    return toTopicModel(await this.topicsService.update(slug, input));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => TopicModel, {
    description:
      'Merges one topic into another (admins): everything tagged with it is re-tagged with the other, ' +
      'its names become synonyms of the other, then it is deleted. Returns the remaining topic.',
  })
  async mergeTopics(@Args() { fromSlug, intoSlug }: MergeTopicsArgs): Promise<TopicModel> {
    return toTopicModel(await this.topicsService.merge(fromSlug, intoSlug));
  }

  @ResolveField(() => String, { description: 'The label in your language.' })
  label(@Parent() topic: TopicModel, @Context() ctx: GraphqlContext): string {
    return topicLabel(topic, ctx.req.viewer?.locale ?? 'fr');
  }

  @ResolveField(() => TopicModel, { nullable: true })
  async parent(@Parent() topic: TopicModel, @Context() ctx: GraphqlContext): Promise<TopicModel | null> {
    return topic.parentId ? this.topicsService.topicLoader(ctx.loaders).load(topic.parentId) : null;
  }

  @ResolveField(() => [TopicModel], { description: 'Direct sub-topics, by slug.' })
  children(@Parent() topic: TopicModel, @Context() ctx: GraphqlContext): Promise<TopicModel[]> {
    return this.topicsService.childrenLoader(ctx.loaders).load(topic.id);
  }

  @ResolveField(() => Int, { description: 'How many active people list this topic, under this kind or any.' })
  peopleCount(
    @Parent() topic: TopicModel,
    @Context() ctx: GraphqlContext,
    @Args('kind', { type: () => TopicKind, nullable: true }) kind?: TopicKind | null,
  ): Promise<number> {
    return this.topicsService
      .peopleCountLoader(ctx.loaders)
      .load(TopicsService.peopleCountKey(topic.id, kind));
  }
}
