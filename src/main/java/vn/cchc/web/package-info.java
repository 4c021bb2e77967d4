/**
 * Owns the UI shell: the layout and navigation, the home page fitted to each role, breadcrumbs,
 * error pages, and problem-detail (RFC 9457) errors for the JSON API. Business screens live in their modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "indicator", "page", "plan", "scoring", "security", "vietnamese"})
package vn.cchc.web;
