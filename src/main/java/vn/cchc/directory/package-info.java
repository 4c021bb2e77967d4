/**
 * Owns the province's directory of units: departments, communes and wards, party and council bodies,
 * former district-level units, their validity in time, successors after mergers and aliases.
 * Also turns an agency phrase from a document into units and groups ({@link vn.cchc.directory.AgencyResolver}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "page", "search", "spreadsheet", "time", "vietnamese"})
package vn.cchc.directory;
