import { freePort } from '../../support/process';
import { startTestApi, TestApi } from '../../support/test-api';
import { startTestIdp, TestIdp } from './idp';

export const ROLE_MAP =
  'relais-admins=admin,relais-admins=auditor,sales=community_manager,comms=comms_reviewer';

export interface SsoStack {
  api: TestApi;
  idp: TestIdp;
  /** http://127.0.0.1:<port> of the api. */
  base: string;
  close(): Promise<void>;
}

/**
 * The api configured for SSO against a real SimpleSAMLphp IdP: the api's port is chosen first, because the
 * IdP must know the ACS it posts to and the api must know its own public URL.
 */
export async function startSsoStack(env: Record<string, string> = {}): Promise<SsoStack> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const idp = await startTestIdp({ spAcs: `${base}/auth/saml/callback`, spEntityId: 'relais' });
  let api: TestApi;
  try {
    api = await startTestApi(
      {
        PUBLIC_URL: base,
        SAML_IDP_METADATA_URL: idp.metadataUrl,
        SAML_SP_ENTITY_ID: 'relais',
        SAML_ROLE_MAP: ROLE_MAP,
        SAML_CLOCK_SKEW_SECONDS: '5',
        ...env,
      },
      { port },
    );
  } catch (error) {
    await idp.stop();
    throw error;
  }
  return {
    api,
    idp,
    base,
    close: async () => {
      await api.close();
      await idp.stop();
    },
  };
}
