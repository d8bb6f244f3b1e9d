import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';

export const MARK_READ_MAX_IDS = 500;

@ArgsType()
export class NotificationsPageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'after must be a cursor returned by a previous page' })
  after?: string;
}

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
