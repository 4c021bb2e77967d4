/**
 * Owns plans, tasks, targets and progress: the province's administrative-reform plans, the tasks and
 * numeric targets they assign to units, and the follow-up of those tasks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "command", "directory", "document", "files", "page", "scoring", "search", "security", "spreadsheet", "time", "vietnamese"})
package vn.cchc.plan;
