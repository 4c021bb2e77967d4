package vn.cchc.notification;

/** How a user gets their notices by e-mail, besides the inbox. */
enum MailMode {
    IMMEDIATE, DAILY, OFF
}
