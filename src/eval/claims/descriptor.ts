/** The `claims` benchmark task: truth responses linked to claims (issue #20). */
import type { TaskDescriptor } from '../task.js';

export const CLAIMS_TASK: TaskDescriptor = {
  name: 'claims',
  description: 'claims and the responses that deny, confirm, dispute or retract them, with links',
  predictFormat:
    'IN_DIR/<stem>.txt → OUT_DIR/<stem>.json = {"claims": [{id, content, claimant}], "responses": [{id, relation, cue, responder, responder_name, claims}]} (UTF-16 offsets)',
  evalFormat:
    'GOLD_DIR/<stem>.json in ../shared/data/claims/GUIDELINE.md format (text optional) and TEXT_DIR/<stem>.txt: response P/R/F1 (cue overlap, else same sentence and responder or claim overlap), relation and link accuracy over matched pairs',
  load: async () => (await import('./task.js')).claimsTask,
};
