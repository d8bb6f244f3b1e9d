import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AccountStatus, LocaleCode, PageInfoModel } from '@relais/identity';
import { TopicKind } from '../topics/topic-kind';
import { TopicModel } from '../topics/topic.model';

@ObjectType('Person', { description: 'A colleague’s profile in the directory.' })
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'The handle to mention this person with, e.g. `@camille.martin`.' })
  handle!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => LocaleCode, { description: 'The language the person uses Relais in.' })
  locale!: LocaleCode;

  @Field(() => String, { nullable: true })
  avatarUrl!: string | null;

  @Field({ description: 'The bio rendered from markdown and sanitised; empty when there is none.' })
  bioHtml!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The bio’s markdown source: only for the person themself, null for everyone else.',
  })
  bioMarkdown!: string | null;

  @Field(() => [String], { description: 'Languages the person speaks, as ISO 639-1 codes.' })
  languages!: string[];

  @Field(() => AccountStatus, {
    nullable: true,
    description: 'Shown to admins only; null for everyone else.',
  })
  status!: AccountStatus | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('PersonConnection')
export class PersonConnectionModel {
  @Field(() => [PersonModel])
  nodes!: PersonModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}

@ObjectType('PersonTopic', { description: 'A topic a person lists on their profile, under one kind.' })
export class PersonTopicModel {
  @Field(() => TopicModel)
  topic!: TopicModel;

  @Field(() => TopicKind)
  kind!: TopicKind;

  /** Whose topic it is; read by the endorsement fields. */
  personId!: string;
}
