export * from './error-codes';
export * from './dataloader-bag';
export * from './request-context';
export * from './markdown/markdown';
export * from './pagination/keyset-cursor';
export * from './pagination/page.args';
