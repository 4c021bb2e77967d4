package vn.cchc.calendar;

/** A date of the Vietnamese lunar calendar (âm lịch); {@code leap} marks a day of the leap month (tháng nhuận). */
record LunarDate(int day, int month, int year, boolean leap) {

    LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new IllegalArgumentException("no lunar date " + day + "/" + month);
        }
    }
}
