/**
 * Dates are read by the one date reader in core/dates.ts; these names remain for the HTML
 * modules that import them from here.
 */
import { findDate } from '../../../../core/dates.js';

export { dayFirst, normalizeDate } from '../../../../core/dates.js';

/** The first date in free text as ISO `YYYY-MM-DD`; `dayFirst` reads `05/07/2022` as the 5th of July. */
export function findDateInText(text: string, dayFirst = false): string | undefined {
  return findDate(text, { dayFirst })?.iso;
}
