import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@relais/jobs';
import { SamlStateRepository } from './saml-state.repository';

export const SAML_CLEANUP_QUEUE = 'identity.saml-cleanup';

/** Forgets login requests and used assertions an hour after they expired. Idempotent. */
@Injectable()
export class SamlCleanupJob implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly state: SamlStateRepository,
  ) {}

  onModuleInit(): void {
    this.registry.define({
      queue: SAML_CLEANUP_QUEUE,
      retryLimit: 3,
      cron: '*/30 * * * *',
      handle: () => this.state.deleteExpired(),
    });
  }
}
