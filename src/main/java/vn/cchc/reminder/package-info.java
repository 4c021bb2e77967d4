/**
 * Owns the reminders of what a person owes and the escalation of what stays overdue. Every day a db-scheduler job
 * asks each {@link vn.cchc.reminder.ReminderSource} bean what units owe on that day, counted in working days by the
 * calendar (plan tasks due in 7 and in 1 working days and weekly while overdue, indicator reports due and missed,
 * self-assessment and explanation deadlines of the scoring rounds, reform reports due and missed), and sends them to the units' officers through
 * the notification module, which keeps each notice once. After a configurable number of working days overdue the
 * unit's head and the steering-committee members who follow the unit are told, once per thing and level
 * (table {@code reminder_escalation}, shown to the standing agency at /reminders/escalations). The sources read
 * through the owning modules' query APIs; this module has no copy of their data. {@code ./cchc reminders --on D}
 * prints a day's reminders as JSON without sending them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "calendar", "command", "directory",
        "indicator", "notification", "page", "plan", "reformreport", "scoring", "security", "time", "vietnamese"})
package vn.cchc.reminder;
