import { DEAD_LETTER_QUEUE } from '@relais/jobs';
import type { Locator, Page } from 'playwright-core';
import { PgBoss } from 'pg-boss';
import type { TestApi } from '../../support/test-api';

/**
 * A job that failed its only attempt, as pg-boss records it in the dead-letter queue: sent to a queue of its
 * own (that nothing consumes, so a retry leaves it waiting there), fetched and failed by a second pg-boss
 * client on the test database. Returns the dead letter's id, the one `deadLetterJobs` lists.
 */
export async function createDeadLetter(
  api: TestApi,
  queue: string,
  data: object,
  errorMessage: string,
): Promise<string> {
  const boss = new PgBoss({
    connectionString: api.config.database.url!,
    schema: 'pgboss',
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    if (!(await boss.getQueue(queue))) {
      await boss.createQueue(queue, { retryLimit: 0, deadLetter: DEAD_LETTER_QUEUE });
    }
    const sourceId = await boss.send(queue, data, { retryLimit: 0 });
    const [job] = await boss.fetch(queue);
    if (!job || job.id !== sourceId) throw new Error(`could not fetch the job ${sourceId} of ${queue}`);
    await boss.fail(queue, job.id, { message: errorMessage });
    const rows: Array<{ id: string }> = await api.db.query(
      `SELECT id FROM pgboss.job WHERE name = $1 AND source_id = $2`,
      [DEAD_LETTER_QUEUE, sourceId],
    );
    if (rows.length !== 1) throw new Error(`the job ${sourceId} did not reach the dead-letter queue`);
    return rows[0]!.id;
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

/**
 * Chooses a topic in one of the admin topic pickers with the keyboard only: types, walks the options with
 * the down arrow to the one of `slug`, presses Enter.
 */
export async function pickTopic(page: Page, picker: Locator, text: string, slug: string): Promise<void> {
  const input = picker.getByRole('combobox');
  await input.fill('');
  await input.pressSequentially(text);
  const options = picker.getByRole('option');
  await options.first().waitFor();
  const texts = await options.allTextContents();
  const index = texts.findIndex((option) => option.includes(`· ${slug}`));
  if (index < 0) throw new Error(`no option for ${slug} among ${JSON.stringify(texts)}`);
  for (let i = 0; i <= index; i++) await input.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  await expectText(page.locator(`[id="${active}"]`), `· ${slug}`);
  await input.press('Enter');
  await expectText(picker.getByTestId(`${await picker.getAttribute('data-testid')}-selected`), `(${slug})`);
}

async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor();
}
