export * from './descriptor.js';
export { ENTITY_TYPES, type EntityMention, type EntityType } from './types.js';
