/**
 * Owns the leader's view of the units they follow ("Đơn vị tôi theo dõi", /leader/units): per followed unit its
 * tasks by state, what is overdue and by how many days, its indicator reporting record, its latest published index
 * and rank with the change since the previous year, and its last progress update; the directions to those units that
 * have not been acknowledged within the allowed working days. Holds no data of its own: it reads
 * the owning modules' query APIs, each once for all the units of a page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "directory", "indicator", "page", "plan",
        "scoring", "security"})
package vn.cchc.leader;
