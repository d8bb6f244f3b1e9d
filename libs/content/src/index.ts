export * from './content.module';
export { ContentErrorReason } from './content-errors';
export * from './visibility/post-visibility';
export * from './visibility/post-visibility.sql';
export { extractHashtags, extractMentions } from './posts/post-markup';
export { PostsService, MAX_PINNED_POSTS } from './posts/posts.service';
export { FeedsService } from './feeds/feeds.service';
export { PostEntity } from './posts/post.entity';
export { Content1764000000400 } from './migrations/1764000000400-content';
// Posts as GraphQL values, for other contexts' results that list posts (search).
export { PostModel, PostKindEnum } from './posts/post.model';
export { toPostModel } from './posts/post.mapper';
