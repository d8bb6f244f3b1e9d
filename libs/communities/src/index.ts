export * from './communities.module';
export * from './communities-errors';
export * from './visibility/community-access';
export * from './visibility/community-access.sql';
export {
  blockedByArchive,
  CommunityAccessService,
  CommunityViewer,
  CommunityWithAccess,
} from './visibility/community-access.service';
export { CommunityEntity } from './communities/community.entity';
// The GraphQL type, for fields of other contexts that point at a community (a post's community).
export { CommunityModel } from './communities/community.model';
export { toCommunityModel } from './communities/community.mapper';
export { secretSlug, slugFromName } from './communities/community-slug';
export { Communities1764000000300 } from './migrations/1764000000300-communities';
