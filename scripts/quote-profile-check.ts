/**
 * Speech-profile checks (issue 21) on PolNeAR-layout folders: precision/recall/F1 at 30 % and 80 % on the
 * speech-cue subset, for a sample of articles, with and without the complement filter
 * (src/stages/quotes/profile.ts reportsSpeech).
 *
 *   npx tsx scripts/quote-profile-check.ts DIR [--every N] [--offset K]
 *
 * `--every 2 --offset 1` takes every second article from the second on (a dev half); on PolNeAR train,
 * `--every 8` is a sample of 105 articles the profile rules were not tuned on.
 */
import { scoreSpeech } from '../src/eval/quotes/profile-eval.js';
import type { ThresholdScore } from '../src/eval/quotes/score.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dir = process.argv[2];
if (!dir) throw new Error('usage: quote-profile-check.ts DIR [--every N] [--offset K]');
const every = Number(arg('--every') ?? 1);
const offset = Number(arg('--offset') ?? 0);
let n = 0;
const picked = new Set<string>();
const keep = (stem: string): boolean => {
  const take = n++ % every === offset;
  if (take) picked.add(stem);
  return take;
};
const row = (s: ThresholdScore): Record<string, number> => ({
  precision: +s.precision.toFixed(4),
  recall: +s.recall.toFixed(4),
  f1: +s.f1.toFixed(4),
  gold: s.gold,
  predicted: s.predicted,
  speaker: +s.speakerAccuracy.toFixed(4),
});
for (const all of [false, true]) {
  n = 0;
  const s = await scoreSpeech(dir, keep, all);
  console.log(
    JSON.stringify({
      dir,
      every,
      offset,
      articles: picked.size,
      complementFilter: !all,
      at30: row(s.at30),
      at80: row(s.at80),
    }),
  );
}
