/** What connector files share from the layers below (one import line for each connector file). */
export * from '../runtime/index.js';
export type { plan } from '../specs/index.js';
