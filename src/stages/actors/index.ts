export * from './descriptor.js';
