import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '@relais/identity';

@ObjectType('Topic', {
  description: 'A professional topic of the taxonomy, named in French and English, with synonyms.',
})
export class TopicModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable key, used in URLs and by setMyTopics; never changes.' })
  slug!: string;

  @Field()
  labelFr!: string;

  @Field()
  labelEn!: string;

  @Field(() => [String], { description: 'Other French wordings people search with.' })
  synonymsFr!: string[];

  @Field(() => [String], { description: 'Other English wordings people search with.' })
  synonymsEn!: string[];

  /** Read by the `parent` field resolver; not a field itself. */
  parentId!: string | null;
}

@ObjectType('TopicConnection')
export class TopicConnectionModel {
  @Field(() => [TopicModel])
  nodes!: TopicModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
