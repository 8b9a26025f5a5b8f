/**
 * Natural hazards are no actors (src/stages/acts/disaster-rules.ts; manual ASSAULT: "deliberate
 * actions"), on our own sentences: a typhoon that struck or areas hit by floods code no ASSAULT,
 * while people's violence and acts done to disaster victims still code.
 */
import { describe, expect, it } from 'vitest';
import { codedActs } from './coded-acts.js';

const acts = codedActs();
const types = (text: string): string[] => acts(text).map((a) => a.type);

describe('acts disaster rules', () => {
  it('codes no ASSAULT for a hazard as subject, passive agent or shared subject of a participle', () => {
    expect(types('A devastating typhoon has struck northern China, killing more than 400 people.')).toEqual(
      [],
    );
    expect(types('Thousands of people were hit by floods and landslides in Bhutan.')).toEqual([]);
    // the relative clause's verb (the main verb after it is not followed back to the hazard)
    const relative = acts('The earthquake that struck on Monday destroyed the port.');
    expect(relative.map((a) => a.trigger.text)).not.toContain('struck');
  });

  it('keeps deliberate violence and acts against disaster victims', () => {
    expect(types('Rebels attacked the town, killing 40 people.')).toEqual(['ASSAULT', 'ASSAULT']);
    expect(
      types('Border officials detained two women who carried aid for the earthquake victims.'),
    ).toContain('COERCE');
    expect(
      types('Two women with aid for the earthquake victims have been detained by border officials.'),
    ).toContain('COERCE');
  });
});
