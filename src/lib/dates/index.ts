/**
 * The one place for dates: calendar-day arithmetic (calendar.ts), wall-clock times (wall-clock.ts),
 * today and a day's length (clock.ts), and the words people read (words.ts for days, time-words.ts for
 * times and lengths). Split small because each workbook page's first load carries only what it uses. Nothing else in src formats or counts dates.
 */
export * from './calendar';
export * from './clock';
export * from './time-words';
export * from './wall-clock';
export * from './words';
