/**
 * The one place for dates: calendar-day arithmetic on wall-clock values (calendar.ts) and the words people
 * read (words.ts). Nothing else in src formats or counts dates.
 */
export * from './calendar';
export * from './words';
