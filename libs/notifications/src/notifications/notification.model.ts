import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '@relais/identity';

export enum NotificationKindCode {
  MENTION = 'mention',
  REPLY = 'reply',
  REACTION = 'reaction',
  JOIN_REQUEST = 'join_request',
  JOIN_DECISION = 'join_decision',
  ACCEPTED_ANSWER = 'accepted_answer',
  INVITATION = 'invitation',
  EXPERT_QUESTION = 'expert_question',
}
export enum NotificationSubjectTypeCode {
  POST = 'post',
  COMMENT = 'comment',
  COMMUNITY = 'community',
}
registerEnumType(NotificationKindCode, {
  name: 'NotificationKind',
  description: 'What happened.',
  valuesMap: {
    MENTION: { description: 'Someone mentioned you in a post or comment.' },
    REPLY: { description: 'Someone replied to your post or comment.' },
    REACTION: { description: 'Someone reacted to your post.' },
    JOIN_REQUEST: { description: 'Someone asked to join a community you moderate.' },
    JOIN_DECISION: { description: 'Your request to join a community was decided; `data` says how.' },
    ACCEPTED_ANSWER: { description: 'Your answer was accepted.' },
    INVITATION: { description: 'You were invited to a community.' },
    EXPERT_QUESTION: {
      description:
        'A colleague asked a question on a topic you know about; `data.topic` is its slug (ask an expert).',
    },
  },
});
registerEnumType(NotificationSubjectTypeCode, {
  name: 'NotificationSubjectType',
  description: 'What `subjectId` names.',
});

@ObjectType('NotificationActor', { description: 'Who caused a notification.' })
export class NotificationActorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@ObjectType('Notification', {
  description:
    'Something that happened to you. Only ids: load the subject to show it; it is listed only while you may see it.',
})
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindCode)
  kind!: NotificationKindCode;

  @Field(() => NotificationActorModel, {
    nullable: true,
    description: 'Null when nobody in particular caused it, or the account is deactivated.',
  })
  actor!: NotificationActorModel | null;

  @Field(() => NotificationSubjectTypeCode)
  subjectType!: NotificationSubjectTypeCode;

  @Field(() => ID)
  subjectId!: string;

  @Field({
    description:
      'Extra facts as a JSON object, e.g. {"approved":true} or {"postId":"…"}; ids and flags, never text.',
  })
  data!: string;

  @Field()
  createdAt!: Date;

  @Field()
  read!: boolean;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionModel {
  @Field(() => [NotificationModel])
  nodes!: NotificationModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
