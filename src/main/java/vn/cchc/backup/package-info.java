/**
 * Owns backup and restore of the application's database: {@code ./cchc backup FILE} writes every table of the schema
 * (uploaded files included: they are stored in PostgreSQL) into one archive taken in one snapshot, and
 * {@code ./cchc restore FILE} loads an archive into a database of the same schema version in one transaction.
 * Stores nothing of its own and has no tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"command", "audit", "vietnamese"})
package vn.cchc.backup;
