/** The claims stage: claims, truth responses with their links, and positions (issue #20). */
import { setLayer } from '../../model/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildClaims } from './build.js';
import { claimsReport } from './report.js';

export function createClaimsStage(): Stage {
  return {
    run(doc) {
      setLayer(doc, 'claims', buildClaims(doc));
    },
    report(doc) {
      return doc.layers.claims ? claimsReport(doc.layers.claims) : undefined;
    },
  };
}
