import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ViewerGuard } from './auth/viewer.guard';
import { RoleAssignmentEntity } from './roles/role-assignment.entity';
import { RolesRepository } from './roles/roles.repository';
import { RolesService } from './roles/roles.service';
import { SamlBodyMiddleware } from './saml/saml-body.middleware';
import { SamlCleanupJob } from './saml/saml-cleanup.job';
import { SamlIdpService } from './saml/saml-idp.service';
import { SamlLoginService } from './saml/saml-login.service';
import { SamlStateRepository } from './saml/saml-state.repository';
import { SamlController } from './saml/saml.controller';
import { SamlCallbackGuard, SamlLoginGuard } from './saml/saml.guards';
import { SamlStrategy } from './saml/saml.strategy';
import { SsoAccountsService } from './saml/sso-accounts.service';
import { ScimBodyMiddleware } from './scim/scim-body.middleware';
import { ScimGroupsService } from './scim/scim-groups.service';
import { ScimTokenGuard } from './scim/scim-token.guard';
import { ScimUsersService } from './scim/scim-users.service';
import { ScimController } from './scim/scim.controller';
import { ScimRepository } from './scim/scim.repository';
import { SessionCleanupJob } from './sessions/session-cleanup.job';
import { SessionEntity } from './sessions/session.entity';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsResolver } from './sessions/sessions.resolver';
import { SessionsService } from './sessions/sessions.service';
import { UserEntity } from './users/user.entity';
import { UsersRepository } from './users/users.repository';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, RoleAssignmentEntity, SessionEntity])],
  providers: [
    UsersRepository,
    RolesRepository,
    SessionsRepository,
    UsersService,
    RolesService,
    SessionsService,
    UsersResolver,
    SessionsResolver,
    SessionCleanupJob,
    SamlStateRepository,
    SamlIdpService,
    SsoAccountsService,
    SamlLoginService,
    SamlStrategy,
    SamlLoginGuard,
    SamlCallbackGuard,
    SamlCleanupJob,
    ScimRepository,
    ScimUsersService,
    ScimGroupsService,
    ScimTokenGuard,
    { provide: APP_GUARD, useClass: ViewerGuard },
  ],
  controllers: [SamlController, ScimController],
  exports: [UsersService, RolesService, SessionsService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SamlBodyMiddleware).forRoutes({ path: 'auth/saml/callback', method: RequestMethod.POST });
    consumer.apply(ScimBodyMiddleware).forRoutes({ path: 'scim/v2/*path', method: RequestMethod.ALL });
  }
}
