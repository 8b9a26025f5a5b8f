import type { ModelInfo } from '../../src/learn/model-info.js';

/** Header info for models built inside tests. */
export const TEST_MODEL_INFO: ModelInfo = {
  name: 'test-model',
  version: '0',
  task: 'test',
  builtBy: 'a test',
  data: {},
  settings: {},
  scores: {},
};
