/**
 * Dates are read by the one date reader in core/dates.ts; this name remains for the
 * readers that import it from here.
 */
export { normalizeDate as normalizeIsoDate } from '../../core/dates.js';
