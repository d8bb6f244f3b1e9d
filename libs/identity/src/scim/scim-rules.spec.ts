import { ScimError } from './scim-error';
import { pageOf, parseEqualityFilter } from './scim-filter';
import { applyUserPatch, ENTERPRISE_SCHEMA, fieldsFromResource } from './scim-user';

const base = fieldsFromResource({ userName: 'a@example.com', displayName: 'A', title: 'T' });

describe('applyUserPatch', () => {
  it('takes Entra ID’s one-attribute operations and Okta’s value objects alike', () => {
    const entra = applyUserPatch(base, {
      Operations: [
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Add', path: `${ENTERPRISE_SCHEMA}:department`, value: 'Sales' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'b@example.com' },
        { op: 'Remove', path: 'title' },
      ],
    });
    expect(entra).toMatchObject({ active: false, department: 'Sales', email: 'b@example.com', title: null });
    const okta = applyUserPatch(base, {
      Operations: [{ op: 'replace', value: { active: false, 'name.givenName': 'Al' } }],
    });
    expect(okta).toMatchObject({ active: false, givenName: 'Al', displayName: 'A' });
  });

  it('refuses malformed operations and ignores attributes Relais does not keep', () => {
    expect(() => applyUserPatch(base, {})).toThrow(ScimError);
    expect(() => applyUserPatch(base, { Operations: [{ op: 'move', path: 'x' }] })).toThrow(ScimError);
    expect(() =>
      applyUserPatch(base, { Operations: [{ op: 'replace', path: 'active', value: 'maybe' }] }),
    ).toThrow(ScimError);
    expect(() => applyUserPatch(base, { Operations: [{ op: 'remove', path: 'userName' }] })).toThrow(
      ScimError,
    );
    expect(
      applyUserPatch(base, {
        Operations: [{ op: 'add', path: 'phoneNumbers[type eq "work"].value', value: '1' }],
      }),
    ).toEqual(base);
  });
});

describe('parseEqualityFilter and pageOf', () => {
  it('reads attribute eq "value", with escapes, and nothing else', () => {
    expect(parseEqualityFilter('userName eq "a\\"b@example.com"', ['username'])).toEqual({
      attribute: 'username',
      value: 'a"b@example.com',
    });
    expect(parseEqualityFilter('emails[type eq "work"].value eq "x"', ['emails.value']).attribute).toBe(
      'emails.value',
    );
    expect(() => parseEqualityFilter('userName eq "a" or userName eq "b"', ['username'])).toThrow(ScimError);
    expect(() => parseEqualityFilter('title eq "x"', ['username'])).toThrow(ScimError);
  });

  it('bounds startIndex and count', () => {
    expect(pageOf(undefined, undefined)).toEqual({ offset: 0, limit: 100, startIndex: 1 });
    expect(pageOf('0', '1000')).toEqual({ offset: 0, limit: 200, startIndex: 1 });
    expect(pageOf('11', '-3')).toEqual({ offset: 10, limit: 0, startIndex: 11 });
  });
});
