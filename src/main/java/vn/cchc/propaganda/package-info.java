/**
 * Owns propaganda outputs: what each unit published or held (news articles, reportages, broadcasts, conferences,
 * banners, leaflets, social-media posts) for a content of a propaganda orientation or plan, which is a task of the
 * plan module, and the outlets (cơ quan báo chí) they appeared in; the tallies by quarter, kind and outlet, and a
 * quarter's planned contents against what was delivered. Puts the outputs by kind into the units' reform report
 * appendix (an {@link vn.cchc.reformreport.AppendixSource}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "files", "page", "plan", "reformreport", "security", "vietnamese"})
package vn.cchc.propaganda;
