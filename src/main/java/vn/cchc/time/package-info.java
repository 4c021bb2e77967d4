/**
 * Owns "now" for the whole application: one injectable {@link java.time.Clock} in the province's time zone
 * (Asia/Ho_Chi_Minh), so that tests and seeders can pin a date and no module reads the server's zone or calls
 * {@code LocalDate.now()} on its own. Has no tables and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.cchc.time;
