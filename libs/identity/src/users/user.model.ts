import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../roles/role';

export enum LocaleCode {
  fr = 'fr',
  en = 'en',
}
export enum AccountStatus {
  active = 'active',
  deactivated = 'deactivated',
}
registerEnumType(LocaleCode, { name: 'Locale', description: 'Interface language of a person.' });
registerEnumType(AccountStatus, { name: 'AccountStatus' });
registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do; every active person is a member.',
});

@ObjectType('User', { description: 'A person with an account in the organisation.' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => LocaleCode)
  locale!: LocaleCode;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field()
  createdAt!: Date;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('UserConnection')
export class UserConnectionModel {
  @Field(() => [UserModel])
  nodes!: UserModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}

@ObjectType('SignInResult')
export class SignInResultModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field()
  expiresAt!: Date;
}

@ObjectType('SignInAccount', { description: 'An account offered by the development sign-in page.' })
export class SignInAccountModel {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;
}

@ObjectType('SignInOptions', { description: 'How people may sign in here.' })
export class SignInOptionsModel {
  @Field({ description: 'Development sign-in is open (never in production nor when SSO is configured).' })
  devSignIn!: boolean;

  @Field({ description: 'Single sign-on through the organisation’s SAML identity provider is configured.' })
  sso!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Where to send the browser to sign in with SSO; add `?returnTo=/path`.',
  })
  ssoLoginPath!: string | null;

  @Field(() => [SignInAccountModel], {
    description: 'With development sign-in only: the first accounts of the organisation, to pick one.',
  })
  devAccounts!: SignInAccountModel[];
}
