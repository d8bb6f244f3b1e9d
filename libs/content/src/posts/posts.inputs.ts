import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PostClassificationEnum, PostKindEnum, PostLanguageEnum } from './post.model';

export const MAX_TITLE_LENGTH = 200;
export const MAX_POST_BODY_LENGTH = 20_000;

@InputType()
export class CreatePostInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The community to post in; leave it out to post on your profile.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be a community id' })
  communityId?: string | null;

  @Field(() => PostKindEnum, { defaultValue: PostKindEnum.DISCUSSION })
  @IsEnum(PostKindEnum)
  kind: PostKindEnum = PostKindEnum.DISCUSSION;

  @Field(() => String, { nullable: true, description: `At most ${MAX_TITLE_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TITLE_LENGTH, { message: `title must be at most ${MAX_TITLE_LENGTH} characters` })
  title?: string | null;

  @Field({
    description:
      `Markdown, at most ${MAX_POST_BODY_LENGTH} characters. #hashtags tag topics; @handle (the part of an ` +
      'e-mail address before the @) mentions a colleague.',
  })
  @IsString()
  @MaxLength(MAX_POST_BODY_LENGTH, { message: `body must be at most ${MAX_POST_BODY_LENGTH} characters` })
  @Matches(/\S/, { message: 'body must not be empty' })
  body!: string;

  @Field(() => PostClassificationEnum, { defaultValue: PostClassificationEnum.INTERNAL })
  @IsEnum(PostClassificationEnum)
  classification: PostClassificationEnum = PostClassificationEnum.INTERNAL;

  @Field(() => PostLanguageEnum, { nullable: true, description: 'Defaults to your interface language.' })
  @IsOptional()
  @IsEnum(PostLanguageEnum)
  language?: PostLanguageEnum | null;
}

/** Fields left out stay as they are. The kind and the place of a post do not change. */
@InputType()
export class UpdatePostInput {
  @Field(() => String, { nullable: true, description: 'null removes the title.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TITLE_LENGTH, { message: `title must be at most ${MAX_TITLE_LENGTH} characters` })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_POST_BODY_LENGTH, { message: `body must be at most ${MAX_POST_BODY_LENGTH} characters` })
  @Matches(/\S/, { message: 'body must not be empty' })
  body?: string | null;

  @Field(() => PostClassificationEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PostClassificationEnum)
  classification?: PostClassificationEnum | null;

  @Field(() => PostLanguageEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PostLanguageEnum)
  language?: PostLanguageEnum | null;
}

@ArgsType()
export class PreviewMarkdownArgs {
  @Field({ description: 'Markdown, at most 20000 characters.' })
  @IsString()
  @MaxLength(MAX_POST_BODY_LENGTH, { message: `markdown must be at most ${MAX_POST_BODY_LENGTH} characters` })
  markdown!: string;
}
