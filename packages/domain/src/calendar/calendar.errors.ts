/**
 * The calendar's one error type. `code` is a stable API code (CONTRACT.md: 400 `validation_failed`);
 * `message` is Vietnamese text fit to show a user; `details` carries the offending input.
 *
 * Thrown when: a date is not an ISO `YYYY-MM-DD` calendar date; a date or year lies outside the
 * supported range (1900–2199); `days` is not an integer ≥ 1; a lunar date does not exist; an official
 * schedule given to the calendar is invalid.
 */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  readonly code = 'validation_failed' as const;

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
