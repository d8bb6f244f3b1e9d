import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PostKindEnum } from '@relais/content';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const CURSOR_TEXT = /^[A-Za-z0-9_-]{1,300}$/;
export const MAX_SEARCH_PAGE = 50;

@ArgsType()
class SearchPageArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_SEARCH_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  first = 20;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of the previous page of the same search.',
  })
  @IsOptional()
  @IsString()
  @Matches(CURSOR_TEXT, { message: 'after must be a cursor returned by a previous page' })
  after?: string | null;
}

@InputType('ExpertSearchFilters')
export class ExpertSearchFiltersInput {
  @Field(() => String, { nullable: true, description: 'A department, as in the departments facet.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  department?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'A language people speak, e.g. fr or en.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  language?: string | null;

  @Field(() => ID, { nullable: true, description: 'Members of this community (one whose content you read).' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be a community id' })
  communityId?: string | null;

  @Field(() => String, { nullable: true, description: 'People who list this topic.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  topicSlug?: string | null;
}

@ArgsType()
export class SearchExpertsArgs extends SearchPageArgs {
  @Field(() => String, {
    defaultValue: '',
    description:
      'Words, names or topics, in French or English; accents, case and small typos do not matter. Empty: ' +
      'everyone matching the filters, best experts first.',
  })
  @IsString()
  @MaxLength(200, { message: 'query must be at most 200 characters' })
  query = '';

  @Field(() => ExpertSearchFiltersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExpertSearchFiltersInput)
  filters?: ExpertSearchFiltersInput | null;
}

@InputType('PostSearchFilters')
export class PostSearchFiltersInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be a community id' })
  communityId?: string | null;

  @Field(() => PostKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PostKindEnum)
  kind?: PostKindEnum | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  topicSlug?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'authorId must be a person id' })
  authorId?: string | null;
}

@ArgsType()
export class SearchPostsArgs extends SearchPageArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(200, { message: 'query must be at most 200 characters' })
  query!: string;

  @Field(() => PostSearchFiltersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostSearchFiltersInput)
  filters?: PostSearchFiltersInput | null;
}

@ArgsType()
export class SearchCommunitiesArgs extends SearchPageArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(200, { message: 'query must be at most 200 characters' })
  query!: string;
}

@ArgsType()
export class SuggestTopicsArgs {
  @Field(() => String, { description: 'The beginning of a topic’s name or synonym, either language.' })
  @IsString()
  @MaxLength(80, { message: 'prefix must be at most 80 characters' })
  prefix!: string;

  @Field(() => Int, { defaultValue: 8, description: 'At most 20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  first = 8;
}

@ArgsType()
export class RelatedExpertsArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(80)
  topicSlug!: string;

  @Field(() => Int, { defaultValue: 5, description: 'At most 20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  first = 5;
}
