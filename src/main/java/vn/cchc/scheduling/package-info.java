/**
 * Owns scheduled jobs that run once across all nodes: db-scheduler over the shared PostgreSQL (table
 * {@code scheduled_tasks}); a node claims a due execution with a versioned update, so two nodes never run the same
 * execution. Modules contribute jobs as db-scheduler {@code Task} beans (recurring ones start themselves); this
 * module builds and starts the scheduler outside command mode and shows the administrator the jobs at /admin/jobs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"page"})
package vn.cchc.scheduling;
