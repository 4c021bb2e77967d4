package vn.cchc.notification;

/** A user a notice is for: their id, name (for the mail's salutation) and e-mail address, if any. */
public record Recipient(long userId, String fullName, String email) {
}
