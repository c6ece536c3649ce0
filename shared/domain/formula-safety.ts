// Spreadsheet formula injection: a cell whose text starts with = + - @ (or a tab or carriage
// return) is run as a formula when a CSV is opened in Excel, and names of sites, suppliers and
// columns in imported files may be hostile. Every CSV this app writes escapes such text with a
// leading apostrophe (OWASP "CSV injection"), through this one rule.

/**
 * The start of text a spreadsheet would read as a formula. Anchored at the start only:
 * papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the `s` flag, so text like
 * "=1+1\nx" (a newline after the formula) slips through it. Pass this as `escapeFormulae` instead.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** "=SUM(A1)" → "'=SUM(A1)"; other text unchanged. */
export function escapeFormulaText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
