/** The `time` stage: finds the reference date, then recognises and normalises every time expression. */
import { setLayer } from '../../model/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { annotateTimexes } from './annotate.js';
import { resolveReference } from './publication.js';
import { timeReport } from './report.js';

export function createTimeStage(): Stage {
  return {
    run(doc, ctx) {
      const ref = resolveReference(doc, ctx.published);
      setLayer(doc, 'timexes', annotateTimexes(doc, ref.date));
    },
    report: timeReport,
  };
}
