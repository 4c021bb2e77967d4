package vn.cchc.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed with Hồ Ngọc Đức's algorithm (astronomical new moons and solar terms
 * after Jean Meeus) at UTC+7. The zone matters: a new moon shortly before midnight in Hà Nội is the next day in
 * Beijing, which is why Vietnam's Tết 2007 was on 17 February and China's on 18 February.
 */
final class LunarCalendar {

    /** Hà Nội's offset from UTC in hours; Vietnam has used it for the lunar calendar since 1968. */
    static final double TIME_ZONE = 7.0;

    /** Julian day number of 1970-01-01, so that {@link LocalDate#toEpochDay()} gives Julian day numbers. */
    private static final long EPOCH_JULIAN_DAY = 2440588;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_1900 = 2415021.076998695;

    private LunarCalendar() {
    }

    /** The lunar date of a solar date. */
    static LunarDate toLunar(LocalDate solar) {
        long dayNumber = julianDay(solar);
        long k = (long) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        int yy = solar.getYear();
        long a11 = lunarMonth11(yy);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = lunarMonth11(yy - 1);
        } else {
            lunarYear = yy + 1;
            b11 = lunarMonth11(yy + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                month = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(day, month, lunarYear, leap);
    }

    /** The solar date of a lunar date; a leap month that the year does not have is refused. */
    static LocalDate toSolar(LunarDate lunar) {
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int off = lunar.month() - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException("no leap month " + lunar.month() + " in lunar year " + lunar.year());
            } else if (lunar.leap() || off >= leapOff) {
                off += 1;
            }
        } else if (lunar.leap()) {
            throw new IllegalArgumentException("lunar year " + lunar.year() + " has no leap month");
        }
        return solarDate(newMoonDay(k + off) + lunar.day() - 1);
    }

    /** The first day of the lunar year (mùng 1 Tết) that begins in the given solar year. */
    static LocalDate lunarNewYear(int year) {
        return toSolar(new LunarDate(1, 1, year, false));
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + EPOCH_JULIAN_DAY;
    }

    private static LocalDate solarDate(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - EPOCH_JULIAN_DAY);
    }

    /** Julian day (with fraction) of the k-th new moon after the one of 1900-01-01. */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** Local (UTC+7) day number of the k-th new moon. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude in radians, 0 to 2π, at a Julian day. */
    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** Which of the twelve 30° sectors (major solar terms) the sun is in at the start of a local day. */
    private static int sunSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** Day number of the start of the 11th lunar month (the one holding the winter solstice) of a solar year. */
    private static long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (sunSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** In a 13-month year, the offset after month 11 of the first month without a major solar term (the leap one). */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int last;
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
