import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CommunityModel } from '@relais/communities';
import { PostKindEnum, PostModel } from '@relais/content';
import { PageInfoModel } from '@relais/identity';
import { PersonModel, TopicKind, TopicModel } from '@relais/people';

@ObjectType('HighlightFragment', { description: 'A piece of a field; `match` marks what the query found.' })
export class HighlightFragmentModel {
  @Field()
  text!: string;

  @Field()
  match!: boolean;
}

@ObjectType('SearchHighlight', { description: 'Where the query matched in one field of a result.' })
export class SearchHighlightModel {
  @Field({ description: 'name, title, department, location, bio, body or description.' })
  field!: string;

  @Field(() => [HighlightFragmentModel])
  fragments!: HighlightFragmentModel[];
}

@ObjectType('TopicEvidence', { description: 'What ranks a person on a topic: declarations and evidence.' })
export class TopicEvidenceModel {
  @Field(() => TopicModel)
  topic!: TopicModel;

  @Field(() => Float, { description: 'The expertise score (see expertise-score.ts for the formula).' })
  score!: number;

  @Field(() => [TopicKind], { description: 'How the person lists the topic, if they do.' })
  declaredKinds!: TopicKind[];

  @Field(() => Int, {
    description: 'Posts on the topic (best practices included), where every colleague reads.',
  })
  posts!: number;

  @Field(() => Int)
  bestPractices!: number;

  @Field(() => Int)
  comments!: number;

  @Field(() => Int)
  acceptedAnswers!: number;

  @Field(() => Int, { description: 'Reactions of colleagues on those posts and comments.' })
  reactions!: number;

  @Field(() => Int, { description: 'Distinct active colleagues who endorsed the person on the topic.' })
  endorsements!: number;

  @Field(() => Date, { nullable: true })
  lastEvidenceAt!: Date | null;
}

@ObjectType('ExpertHit', { description: 'A person found by an expert search.' })
export class ExpertHitModel {
  @Field(() => PersonModel)
  person!: PersonModel;

  @Field(() => Float, { description: 'The rank: expertise on the topics searched, then text relevance.' })
  score!: number;

  @Field(() => [TopicModel], { description: 'The person’s topics among those the query names, best first.' })
  matchedTopics!: TopicModel[];

  @Field(() => [TopicEvidenceModel], {
    description: 'Evidence per matched topic, or on the person’s best topics when the query names none.',
  })
  evidence!: TopicEvidenceModel[];

  @Field(() => String, {
    nullable: true,
    description:
      'One sentence in your language, e.g. "12 réponses acceptées sur Kubernetes, recommandé par 5 collègues".',
  })
  evidenceLine!: string | null;

  @Field(() => [SearchHighlightModel])
  highlights!: SearchHighlightModel[];
}

@ObjectType('FacetValue')
export class FacetValueModel {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CommunityFacet')
export class CommunityFacetModel {
  @Field(() => CommunityModel)
  community!: CommunityModel;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TopicFacet')
export class TopicFacetModel {
  @Field(() => TopicModel)
  topic!: TopicModel;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ExpertFacets', {
  description:
    'Counts per filter value. Each facet is counted with the other filters applied but not its own, so a ' +
    'client can switch between its values.',
})
export class ExpertFacetsModel {
  @Field(() => [FacetValueModel])
  departments!: FacetValueModel[];

  @Field(() => [FacetValueModel])
  locations!: FacetValueModel[];

  @Field(() => [FacetValueModel], { description: 'Languages people speak (codes such as fr, en).' })
  languages!: FacetValueModel[];

  @Field(() => [CommunityFacetModel], { description: 'Only communities whose content you may read.' })
  communities!: CommunityFacetModel[];

  @Field(() => [TopicFacetModel])
  topics!: TopicFacetModel[];
}

@ObjectType('ExpertSearchResult')
export class ExpertSearchResultModel {
  @Field(() => [ExpertHitModel])
  nodes!: ExpertHitModel[];

  @Field(() => Int, { description: 'Every person matching, across pages.' })
  totalCount!: number;

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => String, {
    nullable: true,
    description: 'The query as understood after typo correction, when a word was corrected.',
  })
  correctedQuery!: string | null;

  @Field(() => [TopicModel], { description: 'Topics the query names, and their sub-topics.' })
  matchedTopics!: TopicModel[];

  @Field(() => ExpertFacetsModel)
  facets!: ExpertFacetsModel;
}

@ObjectType('PostHit')
export class PostHitModel {
  @Field(() => PostModel)
  post!: PostModel;

  @Field(() => [SearchHighlightModel])
  highlights!: SearchHighlightModel[];
}

@ObjectType('PostKindFacet')
export class PostKindFacetModel {
  @Field(() => PostKindEnum)
  kind!: PostKindEnum;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PostFacets')
export class PostFacetsModel {
  @Field(() => [PostKindFacetModel])
  kinds!: PostKindFacetModel[];

  @Field(() => [CommunityFacetModel])
  communities!: CommunityFacetModel[];

  @Field(() => Int, { description: 'Matching posts on people’s profiles (in no community).' })
  profilePosts!: number;
}

@ObjectType('PostSearchResult')
export class PostSearchResultModel {
  @Field(() => [PostHitModel])
  nodes!: PostHitModel[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => String, { nullable: true })
  correctedQuery!: string | null;

  @Field(() => PostFacetsModel)
  facets!: PostFacetsModel;
}

@ObjectType('CommunityHit')
export class CommunityHitModel {
  @Field(() => CommunityModel)
  community!: CommunityModel;

  @Field(() => [SearchHighlightModel])
  highlights!: SearchHighlightModel[];
}

@ObjectType('CommunitySearchResult')
export class CommunitySearchResultModel {
  @Field(() => [CommunityHitModel])
  nodes!: CommunityHitModel[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => String, { nullable: true })
  correctedQuery!: string | null;
}
