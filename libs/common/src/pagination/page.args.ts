import { Type } from '@nestjs/common';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** The arguments of a keyset-paginated list: how many items, and after which cursor. */
export interface PageArgsShape {
  first: number;
  after?: string | null;
}

export interface PageArgsOptions {
  /** The page size when `first` is not given. */
  defaultFirst?: number;
  /** The largest page a client may ask for. */
  maxFirst?: number;
  /** The GraphQL description of `after`, if the list says more than the default about its cursors. */
  afterDescription?: string;
}

/** Longer than any cursor `keysetCursor` writes; a bound so that no one sends megabytes to be decoded. */
const CURSOR_TEXT = /^[A-Za-z0-9_-]{1,300}$/;

/**
 * A base class for the arguments of a list whose page size or description differs from `PageArgs`:
 * `class DeadLetterArgs extends pageArgs({ defaultFirst: 50, maxFirst: 200 }) {}`.
 */
export function pageArgs(options: PageArgsOptions = {}): Type<PageArgsShape> {
  const { defaultFirst = 20, maxFirst = 100, afterDescription } = options;

  @ArgsType()
  class PageArgsBase implements PageArgsShape {
    @Field(() => Int, { defaultValue: defaultFirst, description: `At most ${maxFirst}.` })
    @IsInt()
    @Min(1)
    @Max(maxFirst)
    first = defaultFirst;

    @Field(() => String, { nullable: true, ...(afterDescription ? { description: afterDescription } : {}) })
    @IsOptional()
    @IsString()
    @Matches(CURSOR_TEXT, { message: 'after must be a cursor returned by a previous page' })
    after?: string | null;
  }
  return PageArgsBase;
}

/** `first` (1 to 100, 20 by default) and `after`, the endCursor of the previous page. */
@ArgsType()
export class PageArgs extends pageArgs() {}
