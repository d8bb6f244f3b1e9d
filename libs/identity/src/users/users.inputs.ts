import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Role } from '../roles/role';

@InputType()
export class DevSignInInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address, e.g. camille.martin@example.com' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Used when the account does not exist yet.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;
}

@InputType()
export class RoleChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;

  @Field(() => Role)
  @IsIn(Object.values(Role))
  role!: Role;
}

@ArgsType()
export class PageArgs {
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
