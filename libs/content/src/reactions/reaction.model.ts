import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** A few kinds, as colleagues react at work; one per person per post or comment. */
export enum ReactionKindEnum {
  LIKE = 'like',
  CELEBRATE = 'celebrate',
  SUPPORT = 'support',
  INSIGHTFUL = 'insightful',
  CURIOUS = 'curious',
}
export type ReactionKind = `${ReactionKindEnum}`;

export enum ReactionSubjectTypeEnum {
  POST = 'post',
  COMMENT = 'comment',
}
export type ReactionSubjectType = `${ReactionSubjectTypeEnum}`;

registerEnumType(ReactionKindEnum, { name: 'ReactionKind' });
registerEnumType(ReactionSubjectTypeEnum, { name: 'ReactionSubjectType' });

@ObjectType('ReactionCount')
export class ReactionCountModel {
  @Field(() => ReactionKindEnum)
  kind!: ReactionKindEnum;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ReactionState', { description: 'The reactions on a post or a comment after a change.' })
export class ReactionStateModel {
  @Field(() => ReactionSubjectTypeEnum)
  subjectType!: ReactionSubjectTypeEnum;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ReactionKindEnum, { nullable: true })
  myReaction!: ReactionKindEnum | null;

  @Field(() => [ReactionCountModel], { description: 'Kinds with at least one reaction, most used first.' })
  reactionCounts!: ReactionCountModel[];
}
