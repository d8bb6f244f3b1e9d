import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { SCIM_CONTENT_TYPE, ScimExceptionFilter } from './scim-error';
import { ScimGroupsService } from './scim-groups.service';
import { ScimTokenGuard } from './scim-token.guard';
import { ENTERPRISE_SCHEMA, USER_SCHEMA } from './scim-user';
import { ScimUsersService } from './scim-users.service';
import { GROUP_SCHEMA } from './scim-groups.service';

/** Sends a SCIM resource with SCIM's media type. */
function send(res: Response, status: number, body: unknown): void {
  const resource = body as { meta?: { location?: string } };
  if (status === 201 && resource.meta?.location) res.setHeader('Location', resource.meta.location);
  res.status(status).type(SCIM_CONTENT_TYPE).send(JSON.stringify(body));
}

/**
 * SCIM 2.0 (RFC 7643/7644) as Entra ID and Okta call it. No session: the IdP authenticates with the bearer
 * token (SCIM_TOKEN); the rate limit is skipped, as an initial sync sends thousands of requests.
 */
@Public()
@SkipThrottle()
@UseGuards(ScimTokenGuard)
@UseFilters(ScimExceptionFilter)
@Controller('scim/v2')
export class ScimController {
  constructor(
    private readonly users: ScimUsersService,
    private readonly groups: ScimGroupsService,
  ) {}

  @Get('ServiceProviderConfig')
  serviceProviderConfig(@Res() res: Response): void {
    send(res, 200, {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
      authenticationSchemes: [
        {
          type: 'oauthbearertoken',
          name: 'Bearer token',
          description: 'The SCIM_TOKEN of this Relais.',
          primary: true,
        },
      ],
    });
  }

  @Get('ResourceTypes')
  resourceTypes(@Res() res: Response): void {
    send(res, 200, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 2,
      Resources: [
        {
          schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
          id: 'User',
          name: 'User',
          endpoint: '/Users',
          schema: USER_SCHEMA,
          schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }],
        },
        {
          schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
          id: 'Group',
          name: 'Group',
          endpoint: '/Groups',
          schema: GROUP_SCHEMA,
        },
      ],
    });
  }

  @Post('Users')
  async createUser(@Body() body: unknown, @Res() res: Response): Promise<void> {
    send(res, 201, await this.users.create(body));
  }

  @Get('Users')
  async listUsers(
    @Query('filter') filter: unknown,
    @Query('startIndex') startIndex: unknown,
    @Query('count') count: unknown,
    @Res() res: Response,
  ): Promise<void> {
    send(res, 200, await this.users.list(filter, startIndex, count));
  }

  @Get('Users/:id')
  async getUser(@Param('id') id: string, @Res() res: Response): Promise<void> {
    send(res, 200, await this.users.get(id));
  }

  @Put('Users/:id')
  async replaceUser(@Param('id') id: string, @Body() body: unknown, @Res() res: Response): Promise<void> {
    send(res, 200, await this.users.replace(id, body));
  }

  @Patch('Users/:id')
  async patchUser(@Param('id') id: string, @Body() body: unknown, @Res() res: Response): Promise<void> {
    send(res, 200, await this.users.patch(id, body));
  }

  @Delete('Users/:id')
  @HttpCode(204)
  async deleteUser(@Param('id') id: string): Promise<void> {
    await this.users.delete(id);
  }

  @Post('Groups')
  async createGroup(@Body() body: unknown, @Res() res: Response): Promise<void> {
    send(res, 201, await this.groups.create(body));
  }

  @Get('Groups')
  async listGroups(
    @Query('filter') filter: unknown,
    @Query('startIndex') startIndex: unknown,
    @Query('count') count: unknown,
    @Query('excludedAttributes') excludedAttributes: unknown,
    @Res() res: Response,
  ): Promise<void> {
    send(res, 200, await this.groups.list(filter, startIndex, count, excludedAttributes));
  }

  @Get('Groups/:id')
  async getGroup(
    @Param('id') id: string,
    @Query('excludedAttributes') excludedAttributes: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const withMembers = !(typeof excludedAttributes === 'string' && /\bmembers\b/i.test(excludedAttributes));
    send(res, 200, await this.groups.get(id, withMembers));
  }

  @Put('Groups/:id')
  async replaceGroup(@Param('id') id: string, @Body() body: unknown, @Res() res: Response): Promise<void> {
    send(res, 200, await this.groups.replace(id, body));
  }

  /** 204 as Entra ID expects; Okta accepts it too. */
  @Patch('Groups/:id')
  @HttpCode(204)
  async patchGroup(@Param('id') id: string, @Body() body: unknown): Promise<void> {
    await this.groups.patch(id, body);
  }

  @Delete('Groups/:id')
  @HttpCode(204)
  async deleteGroup(@Param('id') id: string): Promise<void> {
    await this.groups.delete(id);
  }
}
