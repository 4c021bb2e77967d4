/**
 * Owns the database connection: starts an embedded PostgreSQL when no external server is
 * configured (spring.datasource.url empty), keeping the application's data under ./data.
 * Flyway migrations of every module run against whatever this module provides.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.cchc.database;
