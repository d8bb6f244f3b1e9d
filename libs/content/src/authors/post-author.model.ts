import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PostAuthor', { description: 'Who wrote a post or a comment, or who is mentioned in it.' })
export class PostAuthorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field({ description: 'The handle to mention this person with, e.g. `@camille.martin`.' })
  handle!: string;

  @Field({
    description: 'The account is deactivated (the person left): what they wrote stays, shown as theirs.',
  })
  formerEmployee!: boolean;

  /** Read by the permission fields; not a field itself. */
  active!: boolean;
}
