/**
 * Registered benchmark tasks. Each issue that adds a capability adds its task
 * here (descriptor static, implementation imported lazily).
 */

import { ACTOR_CODES_TASK } from './actor-codes/descriptor.js';
import { actorsTaskDescriptor } from './actors/index.js';
import { ACTS_TASK } from './acts/descriptor.js';
import { CLAIMS_TASK } from './claims/descriptor.js';
import { EXTRACT_READABILITY_TASK, EXTRACT_TASK } from './extract/descriptor.js';
import { IDENTITY_TASK } from './identity/descriptor.js';
import { NER_TASK } from './ner/descriptor.js';
import { POS_TASK } from './pos/descriptor.js';
import { QUOTES_TASK } from './quotes/descriptor.js';
import type { TaskDescriptor } from './task.js';
import { TIME_TASK } from './time/descriptor.js';

export const TASK_REGISTRY: readonly TaskDescriptor[] = [
  POS_TASK,
  NER_TASK,
  TIME_TASK,
  EXTRACT_TASK,
  EXTRACT_READABILITY_TASK,
  QUOTES_TASK,
  actorsTaskDescriptor,
  ACTS_TASK,
  ACTOR_CODES_TASK,
  IDENTITY_TASK,
  CLAIMS_TASK,
];
