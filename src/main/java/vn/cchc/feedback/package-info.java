/**
 * Owns feedback on administrative regulations and services (phản ánh, kiến nghị; Decree 20/2008/NĐ-CP as amended by
 * Decree 92/2017/NĐ-CP): the public form at /public/feedback (no account; contact details as the decree requires,
 * attachments checked by content, a quota per address) that gives a tracking code once the case is stored; the
 * standing agency's acceptance or refusal, routing to the responsible unit (suggested by the directory's agency
 * resolver, confirmed by the standing agency), the unit's answer, a question to the citizen that stops the clock, and
 * publication by someone other than the answerer with the citizen's personal data masked; the time limits in working
 * days as data (table {@code feedback_time_limit}); reminders through the reminder module, the figures of the units'
 * reform reports and the Decision 766 indicator 5.2 (answered on time) computed from the cases.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "calendar", "directory", "files",
        "indicator", "page", "reformreport", "reminder", "security", "time", "vietnamese"})
package vn.cchc.feedback;
