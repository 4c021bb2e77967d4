/**
 * Owns notices to users: the in-app inbox (tables {@code notification}, one per user, thing and reason), each
 * user's choice of e-mail (at once, a daily digest, none; {@code notification_preference}) and the mail outbox
 * ({@code mail_outbox}) that a scheduled job sends through SMTP with retries, so an unreachable mail server never
 * blocks a user's action. Notices come from other modules' events (plan, indicator, scoring); a module with a new
 * reason to tell someone adds a listener here that calls {@link vn.cchc.notification.Notifications#send}.
 * Pages: /notifications (inbox, settings), /admin/mail (the outbox for the administrator).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "directory", "indicator", "page", "plan", "reformreport", "scoring", "security", "time", "vietnamese"})
package vn.cchc.notification;
