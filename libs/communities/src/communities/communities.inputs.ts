import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { pageArgs } from '@relais/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CommunityVisibilityValue } from './community-enums';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './community-slug';

const SLUG_MESSAGE =
  'slug must be lower-case letters and digits in words joined by single hyphens, e.g. data-science';
const TOPIC_MESSAGE = 'each topic must be a topic slug, e.g. data-science';
const BLANK = /\S/;

@ArgsType()
export class SlugArgs {
  @Field()
  @IsString()
  @MaxLength(80, { message: 'slug must be at most 80 characters' })
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug!: string;
}

@InputType('CommunityFilter')
export class CommunityFilterInput {
  @Field(() => CommunityVisibilityValue, { nullable: true })
  @IsOptional()
  @IsEnum(CommunityVisibilityValue)
  visibility?: CommunityVisibilityValue;

  @Field(() => String, { nullable: true, description: 'Communities tagged with this topic.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  @Matches(SLUG_PATTERN, { message: 'topicSlug must be a topic slug, e.g. data-science' })
  topicSlug?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  official?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only the communities I am an active member of.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => String, { nullable: true, description: 'A part of the name; accents and case are ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Archived communities too.' })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

/** The directory, the members and the join requests of a community. */
@ArgsType()
export class ListPageArgs extends pageArgs({ afterDescription: 'The endCursor of the previous page.' }) {}

@ArgsType()
export class CommunitiesArgs extends ListPageArgs {
  @Field(() => CommunityFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommunityFilterInput)
  filter?: CommunityFilterInput;
}

@InputType()
export class CreateCommunityInput {
  @Field()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  @Matches(BLANK, { message: 'name must not be blank' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The address of the community; derived from the name when absent. A secret community’s slug gets a ' +
      'random suffix, so that nobody can find it by guessing.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SLUG_LENGTH, { message: `slug must be at most ${MAX_SLUG_LENGTH} characters` })
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;

  @Field(() => String, {
    nullable: true,
    defaultValue: '',
    description: 'Markdown, at most 5000 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string;

  @Field(() => CommunityVisibilityValue)
  @IsEnum(CommunityVisibilityValue)
  visibility!: CommunityVisibilityValue;

  @Field(() => [String], { nullable: true, defaultValue: [], description: 'Topic slugs, at most 10.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'topics must list at most 10 topics' })
  @IsString({ each: true })
  @Matches(SLUG_PATTERN, { each: true, message: TOPIC_MESSAGE })
  topics?: string[];
}

@InputType()
export class UpdateCommunityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  @Matches(BLANK, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Markdown, at most 5000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string;

  @Field(() => CommunityVisibilityValue, {
    nullable: true,
    description: 'Becoming SECRET gives the community a new slug with a random suffix.',
  })
  @IsOptional()
  @IsEnum(CommunityVisibilityValue)
  visibility?: CommunityVisibilityValue;

  @Field(() => [String], { nullable: true, description: 'Replaces the topics; at most 10.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'topics must list at most 10 topics' })
  @IsString({ each: true })
  @Matches(SLUG_PATTERN, { each: true, message: TOPIC_MESSAGE })
  topics?: string[];
}

@ArgsType()
export class UpdateCommunityArgs extends SlugArgs {
  @Field(() => UpdateCommunityInput)
  @ValidateNested()
  @Type(() => UpdateCommunityInput)
  input!: UpdateCommunityInput;
}

@ArgsType()
export class SetOfficialArgs extends SlugArgs {
  @Field()
  @IsBoolean()
  official!: boolean;
}
