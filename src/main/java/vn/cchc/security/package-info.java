/**
 * Owns users, roles, sign-in and what a signed-in user may change: form login with lockout,
 * sessions in PostgreSQL, the unit scope of every write ({@link vn.cchc.security.UnitAccess}),
 * user administration and the first administrator of an installation, forgotten passwords (single-use reset links
 * whose mail the notification module sends on {@link vn.cchc.security.PasswordResetRequested}) and an administrator's
 * forced password change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "page", "vietnamese"})
package vn.cchc.security;
