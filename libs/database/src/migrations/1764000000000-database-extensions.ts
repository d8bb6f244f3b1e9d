import { MigrationInterface, QueryRunner } from 'typeorm';

export class DatabaseExtensions1764000000000 implements MigrationInterface {
  name = 'DatabaseExtensions1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    // unaccent() is only STABLE; indexes and generated columns need an IMMUTABLE wrapper that names its dictionary.
    await q.query(`
      CREATE OR REPLACE FUNCTION relais_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS relais_unaccent(text)');
    await q.query('DROP EXTENSION IF EXISTS unaccent');
    await q.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
