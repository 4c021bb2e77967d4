/**
 * Owns the demo installation and nothing else: the sample accounts, the five seed plans and a plan for the current
 * year made from seed 001, sample progress, dossiers, indicator reports, scoring rounds, citizens' feedback cases and a
 * satisfaction survey, all marked
 * "[Dữ liệu mẫu]". Every bean here is active only with the {@code demo} profile and writes through the other
 * modules' services, at the moment each step of the sample history happened ({@link vn.cchc.demo.SeedingClock}).
 * No production module refers to this one; it has no tables of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "dossier", "feedback", "indicator", "plan", "scoring", "security", "survey", "time", "vietnamese"})
package vn.cchc.demo;
