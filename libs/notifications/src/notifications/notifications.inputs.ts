import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

export const MARK_READ_MAX_IDS = 500;

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], {
    nullable: true,
    description: `These notifications (at most ${MARK_READ_MAX_IDS}), or all.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MARK_READ_MAX_IDS, { message: `ids must list at most ${MARK_READ_MAX_IDS} notifications` })
  @IsUUID('all', { each: true, message: 'ids must be notification ids' })
  ids?: string[] | null;
}
