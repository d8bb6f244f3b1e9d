import { Communities1764000000300 } from '@relais/communities';
import { Content1764000000400 } from '@relais/content';
import { DatabaseExtensions1764000000000, RateLimit1764000000050 } from '@relais/database';
import { Identity1764000000100, Sso1764000000150 } from '@relais/identity';
import { Notifications1764000000250 } from '@relais/notifications';
import { People1764000000200 } from '@relais/people';
import { Search1764000000500, SearchIndexes1764000000510 } from '@relais/search';

/** Every context's migrations, in the order they apply. A new context adds its own here. */
export const PLATFORM_MIGRATIONS = [
  DatabaseExtensions1764000000000,
  RateLimit1764000000050,
  Identity1764000000100,
  Sso1764000000150,
  People1764000000200,
  Notifications1764000000250,
  Communities1764000000300,
  Content1764000000400,
  Search1764000000500,
  SearchIndexes1764000000510,
];
