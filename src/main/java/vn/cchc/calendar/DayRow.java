package vn.cchc.calendar;

/** A row of a calendar table as typed: the date (dd/MM/yyyy or yyyy-MM-dd), the kind's name and the reason. */
record DayRow(String date, String kind, String reason) {
}
