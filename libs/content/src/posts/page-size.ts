import { badInput } from '@relais/common';

/** Field arguments are not always run through the validation pipe: nested page sizes are checked here. */
export function assertPageSize(first: number, field = 'first'): void {
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw badInput(`${field} must be between 1 and 100.`, { [field]: ['must be between 1 and 100'] });
  }
}
