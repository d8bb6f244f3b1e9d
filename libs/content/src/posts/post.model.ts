import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '@relais/identity';

export enum PostKindEnum {
  DISCUSSION = 'discussion',
  QUESTION = 'question',
  BEST_PRACTICE = 'best_practice',
  ANNOUNCEMENT = 'announcement',
}
export enum PostClassificationEnum {
  PUBLIC_ELIGIBLE = 'public_eligible',
  INTERNAL = 'internal',
  CONFIDENTIAL = 'confidential',
}
export enum PostLanguageEnum {
  fr = 'fr',
  en = 'en',
}
export enum CommunityVisibilityEnum {
  OPEN = 'open',
  PRIVATE = 'private',
  SECRET = 'secret',
}
registerEnumType(PostKindEnum, {
  name: 'PostKind',
  description: 'ANNOUNCEMENT is for the moderators of a community.',
});
registerEnumType(PostClassificationEnum, {
  name: 'PostClassification',
  description:
    'PUBLIC_ELIGIBLE may be proposed for publication outside (with consent and approval); INTERNAL stays ' +
    'inside; CONFIDENTIAL never leaves the organisation and is marked as such.',
});
registerEnumType(PostLanguageEnum, { name: 'PostLanguage' });
registerEnumType(CommunityVisibilityEnum, { name: 'PostCommunityVisibility' });

@ObjectType('PostCommunity', { description: 'The community a post was written in.' })
export class PostCommunityModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => CommunityVisibilityEnum)
  visibility!: CommunityVisibilityEnum;
}

@ObjectType('PostTopic', { description: 'A topic a post is tagged with through a hashtag.' })
export class PostTopicModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field({ description: 'In the language of the person asking.' })
  label!: string;
}

@ObjectType('PostPermissions', { description: 'What the person asking may do with a post.' })
export class PostPermissionsModel {
  @Field()
  edit!: boolean;

  @Field()
  delete!: boolean;

  @Field()
  comment!: boolean;

  @Field()
  react!: boolean;

  @Field()
  pin!: boolean;

  @Field()
  acceptAnswer!: boolean;
}

@ObjectType('Post', { description: 'A post in a community or on its author’s profile.' })
export class PostModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PostKindEnum)
  kind!: PostKindEnum;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field({
    description: 'Sanitized HTML rendered from the markdown: no script, event handler or javascript: link.',
  })
  bodyHtml!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The markdown source, for its author only (to edit it).',
  })
  bodyMarkdown!: string | null;

  @Field(() => PostClassificationEnum)
  classification!: PostClassificationEnum;

  @Field({ description: 'True for a confidential post: it never leaves the organisation.' })
  confidential!: boolean;

  @Field(() => PostLanguageEnum)
  language!: PostLanguageEnum;

  @Field({ description: 'Pinned at the top of its community by a moderator.' })
  pinned!: boolean;

  @Field({ description: 'Changed by its author after it was posted.' })
  edited!: boolean;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field()
  createdAt!: Date;

  /** Read by field resolvers; not fields themselves. */
  authorId!: string;
  communityId!: string | null;
  acceptedCommentId!: string | null;
}

@ObjectType('PostConnection')
export class PostConnectionModel {
  @Field(() => [PostModel])
  nodes!: PostModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
