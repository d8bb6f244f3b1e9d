import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ViewerGuard } from './auth/viewer.guard';
import { RoleAssignmentEntity } from './roles/role-assignment.entity';
import { RolesRepository } from './roles/roles.repository';
import { RolesService } from './roles/roles.service';
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
    { provide: APP_GUARD, useClass: ViewerGuard },
  ],
  exports: [UsersService, RolesService, SessionsService],
})
export class IdentityModule {}
