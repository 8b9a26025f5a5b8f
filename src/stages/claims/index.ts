/** The `claims` stage descriptor: claims, deny/confirm/dispute/retract responses, positions (issue #20). */
import type { StageDescriptor } from '../../pipeline/stage.js';

export type { Claim, ClaimsLayer, Position, PositionEntry, Response, ResponseRelation } from './types.js';

export const CLAIMS_STAGE: StageDescriptor = {
  name: 'claims',
  description:
    'claims, responses that deny/confirm/dispute/retract them (linked to the claims), actor positions by topic',
  requires: ['tokens', 'sentences'],
  // Statements give claims and responders; actors name them; statement dates order positions.
  uses: ['actors', 'quotes', 'statementTimes'],
  provides: ['claims'],
  async load() {
    const { createClaimsStage } = await import('./stage.js');
    return createClaimsStage();
  },
};
