import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '@relais/identity';

@ObjectType('Comment', {
  description: 'A comment on a post, or a reply to a top-level comment (one level of replies).',
})
export class CommentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  postId!: string;

  @Field(() => ID, { nullable: true, description: 'The top-level comment this replies to.' })
  parentId!: string | null;

  @Field({ description: 'Sanitized HTML rendered from the markdown.' })
  bodyHtml!: string;

  @Field(() => String, { nullable: true, description: 'The markdown source, for its author only.' })
  bodyMarkdown!: string | null;

  @Field()
  edited!: boolean;

  @Field()
  createdAt!: Date;

  /** Read by field resolvers; not fields themselves. */
  authorId!: string;
}

@ObjectType('CommentConnection')
export class CommentConnectionModel {
  @Field(() => [CommentModel])
  nodes!: CommentModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
