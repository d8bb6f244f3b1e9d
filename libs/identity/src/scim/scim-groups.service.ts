import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { DataSource, EntityManager } from 'typeorm';
import { SsoAccountsService } from '../saml/sso-accounts.service';
import { ScimError, scimInvalid, scimNotFound } from './scim-error';
import { pageOf, parseEqualityFilter } from './scim-filter';
import { operationsOf } from './scim-user';
import { LIST_SCHEMA, ScimList } from './scim-users.service';
import { GroupMember, ScimGroupRow, ScimRepository } from './scim.repository';

export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * SCIM Groups: an IdP pushes groups and their members; SAML_ROLE_MAP turns membership into roles (a group
 * matches by its displayName or its externalId, so Entra ID's object ids work in the map as for SAML).
 * Every change of membership re-derives the mapped roles of the people it touches, in its transaction.
 */
@Injectable()
export class ScimGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
    private readonly scim: ScimRepository,
    private readonly accounts: SsoAccountsService,
  ) {}

  async create(body: unknown): Promise<Record<string, unknown>> {
    const { displayName, externalId, members } = readGroup(body);
    const group = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`relais:scim-group:${displayName}`]);
      if (await this.scim.findGroupByName(displayName, manager)) {
        throw new ScimError(409, `A group named ${displayName} exists already.`, 'uniqueness');
      }
      const created = await this.scim.insertGroup(displayName, externalId, manager);
      await this.changeMembers(created.id, members, [], manager);
      return created;
    });
    return this.get(group.id);
  }

  async get(id: string, withMembers = true): Promise<Record<string, unknown>> {
    const group = UUID.test(id) ? await this.scim.findGroup(id) : null;
    if (!group) throw scimNotFound('Group', id);
    const members = withMembers ? ((await this.scim.members([id])).get(id) ?? []) : undefined;
    return this.toResource(group, members);
  }

  async list(
    filter: unknown,
    startIndex: unknown,
    count: unknown,
    excludedAttributes: unknown,
  ): Promise<ScimList<Record<string, unknown>>> {
    const where =
      typeof filter === 'string' && filter.trim()
        ? (parseEqualityFilter(filter, ['displayname', 'externalid']) as {
            attribute: 'displayname' | 'externalid';
            value: string;
          })
        : undefined;
    const page = pageOf(startIndex, count);
    const { total, rows } = await this.scim.pageGroups(where, page.offset, page.limit);
    const withMembers = !(typeof excludedAttributes === 'string' && /\bmembers\b/i.test(excludedAttributes));
    const members = withMembers
      ? await this.scim.members(rows.map((g) => g.id))
      : new Map<string, GroupMember[]>();
    return {
      schemas: [LIST_SCHEMA],
      totalResults: total,
      startIndex: page.startIndex,
      itemsPerPage: rows.length,
      Resources: rows.map((g) => this.toResource(g, withMembers ? (members.get(g.id) ?? []) : undefined)),
    };
  }

  /** PUT: the group's name and its whole member list. */
  async replace(id: string, body: unknown): Promise<Record<string, unknown>> {
    const { displayName, externalId, members } = readGroup(body);
    await this.dataSource.transaction(async (manager) => {
      const group = await this.lock(id, manager);
      await this.rename(group, displayName, externalId, manager);
      const current = await this.scim.memberIds(id, manager);
      await this.changeMembers(
        id,
        members.filter((m) => !current.includes(m)),
        current.filter((m) => !members.includes(m)),
        manager,
      );
    });
    return this.get(id);
  }

  /**
   * PATCH as Entra ID sends it (`{"op":"Add","path":"members","value":[{"value":id}]}`, Remove likewise) and
   * as Okta does (`{"op":"remove","path":"members[value eq \"id\"]"}`, `{"op":"replace","value":{"displayName":..}}`).
   */
  async patch(id: string, body: unknown): Promise<void> {
    const operations = operationsOf(body);
    await this.dataSource.transaction(async (manager) => {
      const group = await this.lock(id, manager);
      let { displayName, externalId } = group;
      const add = new Set<string>();
      const remove = new Set<string>();
      let replaceAll: string[] | undefined;
      for (const op of operations) {
        const path = op.path?.trim();
        const memberFilter = path ? /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(path) : null;
        if (memberFilter) {
          if (op.op !== 'remove')
            throw scimInvalid('Only remove applies to members[value eq "..."].', 'invalidPath');
          remove.add(memberFilter[1]!);
        } else if (path && path.toLowerCase() === 'members') {
          const ids = memberIds(op.value);
          if (op.op === 'add') ids.forEach((m) => (add.add(m), remove.delete(m)));
          else if (op.op === 'remove') {
            // Entra ID names the members to remove; without a value, all go.
            (op.value === undefined ? await this.scim.memberIds(id, manager) : ids).forEach(
              (m) => (remove.add(m), add.delete(m)),
            );
          } else replaceAll = ids;
        } else if (!path || path.toLowerCase() === 'displayname' || path.toLowerCase() === 'externalid') {
          const value = path ? { [path]: op.value } : op.value;
          if (typeof value !== 'object' || value === null)
            throw scimInvalid('A group update needs an object value.');
          for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
            if (key.toLowerCase() === 'displayname') displayName = requiredName(v);
            else if (key.toLowerCase() === 'externalid') externalId = typeof v === 'string' && v ? v : null;
            else if (key.toLowerCase() === 'members') memberIds(v).forEach((m) => add.add(m));
          }
        } else {
          throw scimInvalid(`Unsupported path ${path} for a group.`, 'invalidPath');
        }
      }
      await this.rename(group, displayName, externalId, manager);
      const current = await this.scim.memberIds(id, manager);
      if (replaceAll) {
        await this.changeMembers(
          id,
          replaceAll.filter((m) => !current.includes(m)),
          current.filter((m) => !replaceAll!.includes(m)),
          manager,
        );
      }
      await this.changeMembers(id, [...add], [...remove], manager);
      await this.scim.touchGroup(id, manager);
    });
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lock(id, manager);
      const members = await this.scim.memberIds(id, manager);
      await this.scim.deleteGroup(id, manager);
      for (const userId of members) await this.resyncRoles(userId, manager);
    });
  }

  private async lock(id: string, manager: EntityManager): Promise<ScimGroupRow> {
    const group = UUID.test(id) ? await this.scim.lockGroup(id, manager) : null;
    if (!group) throw scimNotFound('Group', id);
    return group;
  }

  /** A renamed group may now map to other roles: its members' roles follow. */
  private async rename(
    group: ScimGroupRow,
    displayName: string,
    externalId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    if (displayName === group.displayName && externalId === group.externalId) return;
    const other = await this.scim.findGroupByName(displayName, manager);
    if (other && other.id !== group.id)
      throw new ScimError(409, `A group named ${displayName} exists already.`, 'uniqueness');
    await this.scim.updateGroup(group.id, displayName, externalId, manager);
    for (const userId of await this.scim.memberIds(group.id, manager))
      await this.resyncRoles(userId, manager);
  }

  private async changeMembers(
    groupId: string,
    add: string[],
    remove: string[],
    manager: EntityManager,
  ): Promise<void> {
    if (add.length) {
      const known = await this.scim.existingUserIds(add, manager);
      const unknown = add.filter((id) => !known.has(id));
      if (unknown.length)
        throw scimInvalid(`Unknown member(s): ${unknown.join(', ')}. Provision the users first.`);
      await this.scim.addMembers(groupId, add, manager);
    }
    const removable = remove.filter((id) => UUID.test(id));
    if (removable.length) await this.scim.removeMembers(groupId, removable, manager);
    for (const userId of new Set([...add, ...removable])) await this.resyncRoles(userId, manager);
  }

  private async resyncRoles(userId: string, manager: EntityManager): Promise<void> {
    await this.accounts.syncMappedRoles(userId, await this.scim.groupKeysOf(userId, manager), manager);
  }

  private toResource(group: ScimGroupRow, members: GroupMember[] | undefined): Record<string, unknown> {
    const base = this.config.http.publicUrl;
    return {
      schemas: [GROUP_SCHEMA],
      id: group.id,
      displayName: group.displayName,
      ...(group.externalId ? { externalId: group.externalId } : {}),
      ...(members
        ? {
            members: members.map((m) => ({
              value: m.userId,
              display: m.displayName,
              $ref: `${base}/scim/v2/Users/${m.userId}`,
            })),
          }
        : {}),
      meta: {
        resourceType: 'Group',
        created: group.createdAt.toISOString(),
        lastModified: group.updatedAt.toISOString(),
        location: `${base}/scim/v2/Groups/${group.id}`,
      },
    };
  }
}

function readGroup(body: unknown): { displayName: string; externalId: string | null; members: string[] } {
  if (typeof body !== 'object' || body === null)
    throw scimInvalid('The body must be a SCIM Group object.', 'invalidSyntax');
  const b = body as Record<string, unknown>;
  return {
    displayName: requiredName(b.displayName),
    externalId: typeof b.externalId === 'string' && b.externalId ? b.externalId : null,
    members: b.members === undefined ? [] : memberIds(b.members),
  };
}

function requiredName(value: unknown): string {
  if (typeof value !== 'string' || !value.trim() || value.length > 256) {
    throw scimInvalid('displayName is required (at most 256 characters).');
  }
  return value.trim();
}

function memberIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map((entry) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).value : entry;
    if (typeof id !== 'string' || !id) throw scimInvalid('Each member needs a value (the user id).');
    return id;
  });
}
