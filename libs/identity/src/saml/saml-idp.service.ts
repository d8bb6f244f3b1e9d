import * as fs from 'node:fs/promises';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { SamlConfig as NodeSamlConfig } from '@node-saml/node-saml';
import { ValidateInResponseTo } from '@node-saml/node-saml';
import { RELAIS_CONFIG, RelaisConfig, SamlConfig } from '@relais/config';
import { IdpMetadata, parseIdpMetadata } from './idp-metadata';
import { PostgresCacheProvider } from './postgres-cache.provider';
import { SamlRejection } from './saml-response-checks';
import { SamlStateRepository } from './saml-state.repository';

/** How long a person may spend at the IdP between our AuthnRequest and its response. */
export const SAML_REQUEST_TTL_MS = 10 * 60_000;
/** IdP metadata is read again after this long (keys roll over); the last good copy serves meanwhile. */
const METADATA_REFRESH_MS = 6 * 3600_000;
const METADATA_MAX_BYTES = 1024 * 1024;

export interface ResolvedIdp {
  entityId: string | undefined;
  entryPoint: string;
  logoutUrl: string | undefined;
  certs: string[];
}

/**
 * The identity provider as configured: the variables, completed by the IdP's metadata (URL or file) when
 * given. Builds the node-saml options every login and logout uses, with the strict settings in one place.
 */
@Injectable()
export class SamlIdpService implements OnModuleInit {
  private readonly logger = new Logger(SamlIdpService.name);
  private resolved: ResolvedIdp | undefined;
  private loadedAt = 0;
  private loading: Promise<ResolvedIdp> | undefined;
  private readonly cache: PostgresCacheProvider;

  constructor(
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
    state: SamlStateRepository,
  ) {
    this.cache = new PostgresCacheProvider(state, SAML_REQUEST_TTL_MS);
  }

  get enabled(): boolean {
    return this.config.saml !== undefined;
  }

  /** The SAML configuration; callers check `enabled` first. */
  get settings(): SamlConfig {
    if (!this.config.saml) throw new SamlRejection('SSO_OFF', 'single sign-on is not configured', 404);
    return this.config.saml;
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled) return;
    // A slow or absent IdP must not stop Relais from starting: the first login tries again.
    await this.idp().catch((error: unknown) =>
      this.logger.error(`could not read the IdP metadata yet: ${String(error)}`),
    );
  }

  /** The IdP, read from its metadata when configured so, refreshed in the background when old. */
  async idp(): Promise<ResolvedIdp> {
    const saml = this.settings;
    if (this.resolved && Date.now() - this.loadedAt < METADATA_REFRESH_MS) return this.resolved;
    if (this.resolved) {
      void this.reload(saml).catch((error: unknown) =>
        this.logger.warn(`IdP metadata refresh failed, keeping the last copy: ${String(error)}`),
      );
      return this.resolved;
    }
    return this.reload(saml);
  }

  private reload(saml: SamlConfig): Promise<ResolvedIdp> {
    this.loading ??= this.resolve(saml)
      .then((idp) => {
        this.resolved = idp;
        this.loadedAt = Date.now();
        return idp;
      })
      .finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async resolve(saml: SamlConfig): Promise<ResolvedIdp> {
    let metadata: IdpMetadata | undefined;
    if (saml.metadataUrl) {
      metadata = parseIdpMetadata(await fetchMetadata(saml.metadataUrl), saml.idpEntityId);
    } else if (saml.metadataFile) {
      metadata = parseIdpMetadata(await fs.readFile(saml.metadataFile, 'utf8'), saml.idpEntityId);
    }
    const entryPoint = saml.entryPoint ?? metadata?.ssoUrl;
    if (!entryPoint) throw new Error('the IdP metadata has no HTTP-Redirect SingleSignOnService');
    const certs = [...new Set([...saml.idpCerts, ...(metadata?.signingCerts ?? [])])];
    return {
      entityId: saml.idpEntityId ?? metadata?.entityId,
      entryPoint,
      logoutUrl: saml.logoutUrl ?? metadata?.sloUrl,
      certs,
    };
  }

  /** node-saml's options: signed response and assertion, SHA-256, our audience, InResponseTo always. */
  async nodeSamlOptions(): Promise<NodeSamlConfig> {
    const saml = this.settings;
    const idp = await this.idp();
    return {
      entryPoint: idp.entryPoint,
      logoutUrl: idp.logoutUrl,
      idpCert: idp.certs.map(toPem),
      ...(idp.entityId ? { idpIssuer: idp.entityId } : {}),
      issuer: saml.spEntityId,
      audience: saml.spEntityId,
      callbackUrl: saml.acsUrl,
      logoutCallbackUrl: saml.sloUrl,
      identifierFormat: saml.nameIdFormat,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      signatureAlgorithm: 'sha256',
      digestAlgorithm: 'sha256',
      acceptedClockSkewMs: saml.clockSkewMs,
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: SAML_REQUEST_TTL_MS,
      cacheProvider: this.cache,
      // Entra ID and others refuse a login whose method differs from a requested password context.
      disableRequestedAuthnContext: true,
    };
  }
}

async function fetchMetadata(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: 'error' });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  const text = await response.text();
  if (text.length > METADATA_MAX_BYTES) throw new Error(`the metadata at ${url} is over 1 MB`);
  return text;
}

function toPem(base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----`;
}
