import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';

export enum FollowTargetTypeEnum {
  USER = 'user',
  COMMUNITY = 'community',
  TOPIC = 'topic',
}
registerEnumType(FollowTargetTypeEnum, {
  name: 'FollowTargetType',
  description: 'Followed people, communities and topics feed the home feed.',
});

@InputType({ description: 'A person, a community or a topic, by id.' })
export class FollowTargetInput {
  @Field(() => FollowTargetTypeEnum)
  @IsEnum(FollowTargetTypeEnum)
  type!: FollowTargetTypeEnum;

  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of a person, a community or a topic' })
  id!: string;
}
