import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_COMMENT_BODY_LENGTH = 10_000;

/** The body of a new or edited comment: the same field and the same checks in both. */
const CommentBody = () =>
  applyDecorators(
    Field({
      description: `Markdown, at most ${MAX_COMMENT_BODY_LENGTH} characters; @handle mentions a colleague.`,
    }),
    IsString(),
    MaxLength(MAX_COMMENT_BODY_LENGTH, {
      message: `body must be at most ${MAX_COMMENT_BODY_LENGTH} characters`,
    }),
    Matches(/\S/, { message: 'body must not be empty' }),
  );

@ArgsType()
export class AddCommentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'postId must be a post id' })
  postId!: string;

  @CommentBody()
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The comment this replies to. Replies have one level: a reply to a reply joins the thread of its ' +
      'top-level comment (and still notifies the person replied to).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a comment id' })
  parentId?: string | null;
}

@ArgsType()
export class UpdateCommentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a comment id' })
  id!: string;

  @CommentBody()
  body!: string;
}

@ArgsType()
export class CommentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a comment id' })
  id!: string;
}

@ArgsType()
export class RepliesArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100, oldest first.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;
}
