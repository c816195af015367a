// The registry module's public surface for other modules (ARCHITECTURE.md: another module only
// through its index.ts). The decisions module writes award entries with `createLedgerEntries(tx, …)`
// inside the transaction that issues a decision.
export { correctLedgerEntries, createLedgerEntries, revokeLedgerEntries, type LedgerCorrection, type LedgerEntryInput } from './registry.ledger.js';
export { registryRoutes } from './registry.routes.js';
export { indexPendingNames } from './name-index.js';
