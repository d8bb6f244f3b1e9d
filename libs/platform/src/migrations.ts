import { DatabaseExtensions1764000000000, RateLimit1764000000050 } from '@relais/database';
import { Identity1764000000100 } from '@relais/identity';

/** Every context's migrations, in the order they apply. A new context adds its own here. */
export const PLATFORM_MIGRATIONS = [
  DatabaseExtensions1764000000000,
  RateLimit1764000000050,
  Identity1764000000100,
];
