import { startTestApi, TestApi } from '../support/test-api';

describe('smoke', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('signs in and answers me', async () => {
    const client = await api.signIn('camille.martin@example.com');
    const data = await client.ok<{ me: { email: string; displayName: string } }>(
      '{ me { email displayName } }',
    );
    expect(data.me).toEqual({ email: 'camille.martin@example.com', displayName: 'Camille Martin' });
  });
});
