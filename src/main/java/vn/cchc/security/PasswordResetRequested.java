package vn.cchc.security;

import java.time.Instant;

/**
 * Someone asked for a reset link of an account that has an e-mail address. Published inside the request's transaction
 * and heard synchronously (the notification module queues the mail in the same transaction), so the link, which
 * {@code path} carries, is never stored anywhere but in the mail itself; {@code resetId} names it without the token.
 */
public record PasswordResetRequested(long resetId, long userId, String email, String fullName, String path,
                                     Instant expiresAt) {
}
