import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTime, predictTime } from '../../../../src/eval/time/task.js';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-08" functionInDocument="CREATION_TIME">2024-11-08</TIMEX3></DCT>
<TEXT>Q&amp;A: the ministers met on Thursday and will meet again within 24 hours.</TEXT>
</TimeML>
`;

describe('time task', () => {
  it('predicts TIMEX3 into plain TimeML, scores its own output perfectly, and survives a broken file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-time-'));
    const input = join(dir, 'in');
    const output = join(dir, 'out');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(input);
    writeFileSync(join(input, 'a.tml'), DOC);
    writeFileSync(join(input, 'broken.tml'), '<TimeML>no text</TimeML>');
    await expect(predictTime(input, output)).rejects.toThrow(/broken\.tml/);
    const out = readFileSync(join(output, 'a.tml'), 'utf8');
    expect(out).toContain('<TIMEX3 tid="t1" type="DATE" value="2024-11-07">Thursday</TIMEX3>');
    expect(out).toContain('<TIMEX3 tid="t2" type="DURATION" value="PT24H">24 hours</TIMEX3>');
    expect(out.replace(/<TIMEX3 tid="t\d+"[^>]*>|<\/TIMEX3>(?!<\/DCT>)/g, '')).toBe(
      DOC.replace(/<TIMEX3 tid="t0"[^>]*>|<\/TIMEX3>(?!<\/DCT>)/g, ''),
    );
    const report = await evaluateTime(output);
    expect(report.metrics['valueF1']).toBe(1);
  });
});
