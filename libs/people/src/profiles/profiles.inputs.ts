import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { PageArgs } from '@relais/common';
import { LocaleCode } from '@relais/identity';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO6391,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateIf,
} from 'class-validator';

export const MAX_BIO_LENGTH = 5000;
export const MAX_LANGUAGES = 10;

/** Omitted fields stay as they are; null clears a field (an empty bio, no languages, no avatar). */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Markdown, at most 5000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BIO_LENGTH, {
    message: `bioMarkdown must be at most ${MAX_BIO_LENGTH} characters; shorten your bio`,
  })
  bioMarkdown?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO 639-1 codes of the languages you speak, e.g. ["fr", "en"]; at most 10, no repeats.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LANGUAGES, { message: `languages must list at most ${MAX_LANGUAGES} languages` })
  @ArrayUnique({ message: 'languages must not repeat a language' })
  @IsISO6391({
    each: true,
    message: 'languages must be lower-case ISO 639-1 codes such as fr, en, de or es',
  })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'At most 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'title must be at most 120 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'department must be at most 120 characters' })
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'Site or city; at most 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'location must be at most 120 characters' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'An http or https address; at most 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'avatarUrl must be at most 500 characters' })
  @IsUrl(
    {
      protocols: ['http', 'https'],
      require_protocol: true,
      require_valid_protocol: true,
      require_tld: false,
    },
    { message: 'avatarUrl must be an http:// or https:// address of an image' },
  )
  avatarUrl?: string | null;

  @Field(() => LocaleCode, { nullable: true, description: 'The language Relais speaks to you in.' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(Object.values(LocaleCode), { message: 'locale must be fr or en; it cannot be removed' })
  locale?: LocaleCode;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the name or the handle; accents and case ignored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string | null;
}
