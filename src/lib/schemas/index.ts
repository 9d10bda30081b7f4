/**
 * The workbook's schemas and types, in one import: `import { meetingSchema, type Meeting } from '…/schemas'`.
 */
export * from './common';
export * from './ids';
export * from './partnership';
export * from './template';
export * from './answers';
export * from './round';
export * from './meeting';
export * from './action';
export * from './goal';
export * from './meta';
export * from './backup';
export * from './rev';
export * from './exchange';
