import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
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
