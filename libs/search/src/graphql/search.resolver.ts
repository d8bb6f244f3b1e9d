import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { CurrentViewer, Viewer } from '@relais/identity';
import { TopicModel } from '@relais/people';
import {
  RelatedExpertsArgs,
  SearchCommunitiesArgs,
  SearchExpertsArgs,
  SearchPostsArgs,
  SuggestTopicsArgs,
} from './search.inputs';
import {
  CommunitySearchResultModel,
  ExpertHitModel,
  ExpertSearchResultModel,
  PostSearchResultModel,
} from './search.models';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => ExpertSearchResultModel, {
    description:
      'Who knows about something: people ranked by their expertise on the topics the query names (declared, ' +
      'endorsed and shown by posts, answers and best practices), then by where the words appear in their ' +
      'profile. French or English, accents and small typos ignored, synonyms of the taxonomy understood.',
  })
  searchExperts(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SearchExpertsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<ExpertSearchResultModel> {
    return this.search.experts(viewer, args, ctx.loaders);
  }

  @Query(() => [ExpertHitModel], {
    description: 'The people who know a topic best (its sub-topics count at half weight).',
  })
  relatedExperts(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RelatedExpertsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<ExpertHitModel[]> {
    return this.search.relatedExperts(viewer, args, ctx.loaders);
  }

  @Query(() => PostSearchResultModel, { description: 'Posts you may read that match the query, best first.' })
  searchPosts(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SearchPostsArgs,
  ): Promise<PostSearchResultModel> {
    return this.search.searchPosts(viewer, args);
  }

  @Query(() => CommunitySearchResultModel, {
    description: 'Communities you can see whose name, topics or description match the query.',
  })
  searchCommunities(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SearchCommunitiesArgs,
  ): Promise<CommunitySearchResultModel> {
    return this.search.searchCommunities(viewer, args);
  }

  @Query(() => [TopicModel], {
    description:
      'Topics whose name or synonym (French or English) begins with the prefix, for autocompletion.',
  })
  suggestTopics(@Args() args: SuggestTopicsArgs, @Context() ctx: GraphqlContext): Promise<TopicModel[]> {
    return this.search.suggestTopics(args, ctx.loaders);
  }
}
