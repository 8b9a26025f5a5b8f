import { describe, expect, it } from 'vitest';
import { CUE_PATTERNS } from '../../../../src/stages/claims/lexicon.js';
import { CUE_PIECES } from '../../../../src/stages/claims/responses.js';

/** Own sentences: every form of every response cue (CUE_PATTERNS), each at least once. */
const SENTENCES = [
  'The ministry denied the report. It denies it. Denying that was easy. A denial of the claims came later.',
  'Officials refuted the account and refutes, refuting it; the lab debunked it, debunks it, debunking it.',
  'She dismissed the claims. He dismisses reports. Dismissing the idea, they rejected the allegations, rejects this, rejecting those.',
  'He called it a hoax, calls it fake, calling it lies; labeled it false, labelled it untrue, labels it; branded it and described it.',
  'The claim is lying. They are lies. It was untrue. It were not true. That is baseless, unsubstantiated, fabricated, fake, flat out wrong.',
  'The report was unsubstantiated and not true, even untrue.',
  'He confirmed it, confirms, confirming; acknowledged, acknowledges, acknowledging; conceded, concedes, conceding; verified, verifies.',
  'She admit it, admits it, admitted it, admitting it.',
  'He was absolutely right; it is correct, was accurate, is mostly true, exactly right, entirely right, completely right.',
  'The group rated it "Mostly True" and labeled True; rated True.',
  'They disputed it, disputes, disputing, contested, contests, contesting, took issue, takes issue, pushed back, pushes back.',
  'He exaggerated, exaggerates, exaggerating, overstated, overstates, overstating, misrepresented, misrepresents, misrepresenting, mischaracterized, mischaracterises, distorted, distorts, distorting; misleading.',
  'They questioned the claims, questions the report, questioning this.',
  'He retracted, retracts, retracting, walked back, walks back, walking back, apologized for saying, apologises for claiming.',
];

describe('CUE_PIECES', () => {
  it('is found in every match of every response cue pattern', () => {
    let matches = 0;
    for (const p of CUE_PATTERNS) {
      let own = 0;
      for (const s of SENTENCES) {
        for (const m of s.matchAll(new RegExp(p.re.source, p.re.flags))) {
          own++;
          expect(CUE_PIECES.test(m[0]), `${p.re.source} matched '${m[0]}'`).toBe(true);
        }
      }
      expect(own, `no sentence has a cue of ${p.re.source}`).toBeGreaterThan(0);
      matches += own;
    }
    expect(matches).toBeGreaterThan(50);
  });

  it('rules out a sentence with no cue', () => {
    expect(CUE_PIECES.test('The minister met his counterpart in Oslo on Tuesday.')).toBe(false);
  });
});
