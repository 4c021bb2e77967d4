/**
 * Owns the working-day calendar: per year, the public holidays of Labour Code art. 112 (Tết and Hùng Kings' day
 * included), compensatory days, the government's swapped days and make-up working days, as data an administrator
 * maintains (tables {@code calendar_year}, {@code calendar_day}, seeded 2024–2027); the Vietnamese lunar calendar
 * (UTC+7) that proposes a year's table; and {@link vn.cchc.calendar.WorkingDays}, the working-day arithmetic every
 * deadline and SLA uses. Pages under /calendar, API under /api/v1/calendar, the {@code working-days} command, and
 * the daily job that makes sure next year has a (proposed) table.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "command", "page", "security", "time"})
package vn.cchc.calendar;
