import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorsTask, gumGenre } from '../../../src/eval/actors/task.js';

const GUM_OTHER = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'actors', 'gum-other');

describe('actors eval: GUM genres', () => {
  it.each([
    ['GUM_interview_shalev', 'interview'],
    ['GUM_bio_byron', 'bio'],
    ['GUM_news_afghan', 'news'],
    ['my_own_document', 'other'],
  ])('%s is of genre %s', (stem, genre) => {
    expect(gumGenre(stem)).toBe(genre);
  });

  it.skipIf(!existsSync(GUM_OTHER))('names the genres present when the filter matches none', async () => {
    await expect(actorsTask.evaluate!(GUM_OTHER, undefined, { genres: ['poetry'] })).rejects.toMatchObject({
      code: 'E_TASK_INPUT',
      hint: expect.stringContaining('interview'),
    });
  });
});
