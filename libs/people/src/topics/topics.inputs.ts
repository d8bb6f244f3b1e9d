import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { PageArgs } from '@relais/common';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { TopicKind } from './topic-kind';

/** A list of synonyms in one language, with the same limits wherever topics are written. */
const SynonymList = (field: string, description: string) =>
  applyDecorators(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(50, { message: `${field} must hold at most 50 synonyms` }),
    IsString({ each: true }),
    MaxLength(120, { each: true, message: 'each synonym must be at most 120 characters' }),
  );

export const TOPIC_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The most topics a person lists under one kind. */
export const MAX_TOPICS_PER_KIND = 30;

const SLUG_MESSAGE =
  'must be a slug: lower-case letters and digits in words joined by hyphens, e.g. data-protection';
const NOT_BLANK = /\S/;

@ArgsType()
export class TopicsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only the direct children of this topic.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  parentSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all appear in a label or synonym, in French or English; accents and case ignored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string | null;
}

@InputType()
export class CreateTopicInput {
  @Field({ description: 'Stable key, never changed later.' })
  @IsString()
  @MaxLength(80, { message: 'slug must be at most 80 characters' })
  @Matches(TOPIC_SLUG, { message: `slug ${SLUG_MESSAGE}` })
  slug!: string;

  @Field()
  @IsString()
  @MaxLength(120, { message: 'labelFr must be at most 120 characters' })
  @Matches(NOT_BLANK, { message: 'labelFr must not be empty' })
  labelFr!: string;

  @Field()
  @IsString()
  @MaxLength(120, { message: 'labelEn must be at most 120 characters' })
  @Matches(NOT_BLANK, { message: 'labelEn must not be empty' })
  labelEn!: string;

  @SynonymList('synonymsFr', 'At most 50, each at most 120 characters.')
  synonymsFr?: string[] | null;

  @SynonymList('synonymsEn', 'At most 50, each at most 120 characters.')
  synonymsEn?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The slug of the parent topic; none for a root.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  parentSlug?: string | null;
}

/** Omitted fields stay as they are; `parentSlug: null` makes the topic a root. */
@InputType()
export class UpdateTopicInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsString({ message: 'labelFr cannot be removed; send a new label or leave it out' })
  @MaxLength(120, { message: 'labelFr must be at most 120 characters' })
  @Matches(NOT_BLANK, { message: 'labelFr must not be empty' })
  labelFr?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsString({ message: 'labelEn cannot be removed; send a new label or leave it out' })
  @MaxLength(120, { message: 'labelEn must be at most 120 characters' })
  @Matches(NOT_BLANK, { message: 'labelEn must not be empty' })
  labelEn?: string;

  @SynonymList('synonymsFr', 'Replaces the French synonyms; null or [] removes them.')
  synonymsFr?: string[] | null;

  @SynonymList('synonymsEn', 'Replaces the English synonyms; null or [] removes them.')
  synonymsEn?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The new parent’s slug; null makes the topic a root.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  parentSlug?: string | null;
}

@ArgsType()
export class TopicSlugArgs {
  @Field()
  @IsString()
  @MaxLength(80, { message: 'slug must be at most 80 characters' })
  slug!: string;
}

@ArgsType()
export class MergeTopicsArgs {
  @Field({ description: 'The topic that disappears.' })
  @IsString()
  @MaxLength(80, { message: 'fromSlug must be at most 80 characters' })
  fromSlug!: string;

  @Field({ description: 'The topic that remains and receives everything tagged with the other.' })
  @IsString()
  @MaxLength(80, { message: 'intoSlug must be at most 80 characters' })
  intoSlug!: string;
}

@ArgsType()
export class SetMyTopicsArgs {
  @Field(() => TopicKind)
  @IsIn(Object.values(TopicKind))
  kind!: TopicKind;

  @Field(() => [String], {
    description: 'Topic slugs in the order to show them; at most 30. [] empties the list.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_TOPICS_PER_KIND, {
    message: `slugs must list at most ${MAX_TOPICS_PER_KIND} topics; keep the ones that matter most`,
  })
  @IsString({ each: true })
  @MaxLength(80, { each: true, message: 'each slug must be at most 80 characters' })
  slugs!: string[];
}
