/**
 * Registered benchmark tasks. Each issue that adds a capability adds its task
 * here (descriptor static, implementation imported lazily).
 */
import { actorsTaskDescriptor } from './actors/index.js';
import type { TaskDescriptor } from './task.js';

export const TASK_REGISTRY: readonly TaskDescriptor[] = [actorsTaskDescriptor];
