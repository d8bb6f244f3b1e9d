import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PageArgs, pageArgs } from './page.args';

function problems<T extends object>(type: new () => T, plain: object): string[] {
  return validateSync(plainToInstance(type, plain)).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
}

describe('page arguments', () => {
  it('ask for 20 items from the start by default', () => {
    const args = plainToInstance(PageArgs, {});
    expect(args.first).toBe(20);
    expect(args.after).toBeUndefined();
    expect(problems(PageArgs, {})).toEqual([]);
  });

  it.each([1, 100])('accept a page of %p', (first) => {
    expect(problems(PageArgs, { first, after: 'AbC_-09' })).toEqual([]);
  });

  it.each([0, -1, 101, 2.5])('refuse a page of %p', (first) => {
    expect(problems(PageArgs, { first })).not.toEqual([]);
  });

  it.each(['', 'not a cursor!', 'A'.repeat(301), 'abc='])(
    'refuse %p as a cursor, telling what to send',
    (after) => {
      expect(problems(PageArgs, { after })).toEqual(['after must be a cursor returned by a previous page']);
    },
  );

  it('accept no cursor, null included', () => {
    expect(problems(PageArgs, { after: null })).toEqual([]);
  });

  it('take another default and maximum when a list needs them', () => {
    class BigPageArgs extends pageArgs({ defaultFirst: 50, maxFirst: 200 }) {}
    expect(plainToInstance(BigPageArgs, {}).first).toBe(50);
    expect(problems(BigPageArgs, { first: 200 })).toEqual([]);
    expect(problems(BigPageArgs, { first: 201 })).not.toEqual([]);
    expect(problems(PageArgs, { first: 200 })).not.toEqual([]);
  });

  it('let a list add its own arguments', () => {
    class SearchArgs extends PageArgs {
      search?: string;
    }
    expect(plainToInstance(SearchArgs, { search: 'x' }).first).toBe(20);
    expect(problems(SearchArgs, { first: 101 })).not.toEqual([]);
  });
});
