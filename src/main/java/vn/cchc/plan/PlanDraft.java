package vn.cchc.plan;

import vn.cchc.plan.parse.AgencyRef;
import vn.cchc.plan.parse.DeadlineKind;
import vn.cchc.plan.parse.DeadlineParser;
import vn.cchc.plan.parse.DocumentReference;
import vn.cchc.plan.parse.Milestone;
import vn.cchc.plan.parse.ParsedDeadline;
import vn.cchc.plan.parse.ParsedPlan;
import vn.cchc.plan.parse.PlanDocument;
import vn.cchc.plan.parse.PlanNarrative;
import vn.cchc.plan.parse.PlanTask;
import vn.cchc.plan.parse.ReformArea;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plan as the officer reviews it before publishing: the parsed fields, editable, with the warnings.
 * Stored as JSON in plan_import (not in the HTTP session) and published by {@link Plans}.
 */
public record PlanDraft(String number, String type, String title, String issuer, String place, LocalDate date,
                        String signer, String signerTitle, Integer year, String theme, String purposes,
                        String requirements, List<Reference> references, List<Target> targets, List<Task> tasks,
                        List<String> warnings, String sourceText) {

    public PlanDraft {
        references = references == null ? List.of() : List.copyOf(references);
        targets = targets == null ? List.of() : List.copyOf(targets);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public record Reference(String number, LocalDate date, String relation) {
    }

    public record Target(String text, String metric, String comparator, BigDecimal value, String unit) {
    }

    /**
     * An agency named in a task: the words as printed, and the unit when it resolved to one, or the group
     * ({@link vn.cchc.directory.AgencyGroup} name) when the words name a collective.
     */
    public record Agency(String name, Long unitId, String group) {

        public Agency(String name, Long unitId) {
            this(name, unitId, null);
        }

        /** Neither a unit nor a group: the officer should check the words. */
        public boolean unresolved() {
            return unitId == null && group == null;
        }
    }

    public record Due(LocalDate due, String precision) {
    }

    /** @param sectionTitle the printed title of the task's section ("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH"), or null */
    public record Task(String section, String number, String area, String content, String directedBy,
                       List<Agency> lead, List<Agency> coordinate, String deadlineText, String deadlineKind,
                       List<Due> milestones, String recurrence, String output, Integer quarter, boolean priority,
                       List<String> warnings, String sectionTitle) {

        public Task {
            lead = lead == null ? List.of() : List.copyOf(lead);
            coordinate = coordinate == null ? List.of() : List.copyOf(coordinate);
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        public Task(String section, String number, String area, String content, String directedBy,
                    List<Agency> lead, List<Agency> coordinate, String deadlineText, String deadlineKind,
                    List<Due> milestones, String recurrence, String output, Integer quarter, boolean priority,
                    List<String> warnings) {
            this(section, number, area, content, directedBy, lead, coordinate, deadlineText, deadlineKind, milestones,
                    recurrence, output, quarter, priority, warnings, null);
        }

        public Task withSectionTitle(String title) {
            return new Task(section, number, area, content, directedBy, lead, coordinate, deadlineText, deadlineKind,
                    milestones, recurrence, output, quarter, priority, warnings, title);
        }

        /** "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH", or the bare section when no title was printed. */
        public String sectionHeading() {
            return vn.cchc.plan.parse.PlanSection.heading(section, sectionTitle);
        }

        public boolean hasUnresolvedAgency() {
            return lead.stream().anyMatch(Agency::unresolved) || coordinate.stream().anyMatch(Agency::unresolved);
        }

        public boolean leadUnresolved() {
            return lead.stream().anyMatch(Agency::unresolved);
        }

        public Task withAgencies(List<Agency> newLead, List<Agency> newCoordinate) {
            return new Task(section, number, area, content, directedBy, newLead, newCoordinate, deadlineText,
                    deadlineKind, milestones, recurrence, output, quarter, priority, warnings, sectionTitle);
        }

        public String leadLines() {
            return String.join("\n", lead.stream().map(Agency::name).toList());
        }

        public String coordinateLines() {
            return String.join("\n", coordinate.stream().map(Agency::name).toList());
        }

        public boolean deadlineUnparsed() {
            return deadlineText != null && !deadlineText.isBlank() && "UNSPECIFIED".equals(deadlineKind);
        }

        public Task withDeadline(String text, int planYear) {
            ParsedDeadline d = DeadlineParser.parse(text, planYear);
            return new Task(section, number, area, content, directedBy, lead, coordinate, blankToNull(text),
                    d.kind().name(), dues(d), d.recurrence() == null ? null : d.recurrence().name(), output, quarter,
                    priority, warnings, sectionTitle);
        }
    }

    /** Builds the draft from the parser's output; unit codes become unit ids through the directory. */
    public static PlanDraft from(ParsedPlan parsed, String sourceText, Function<String, Long> unitIdOfCode) {
        PlanDocument d = parsed.document();
        PlanNarrative n = parsed.narrative();
        List<Reference> refs = new ArrayList<>();
        for (DocumentReference r : d.references()) {
            refs.add(new Reference(r.number(), r.date(), r.relation() == null ? "CITES" : r.relation().name()));
        }
        List<Target> targets = parsed.targets().stream()
                .map(t -> new Target(t.text(), t.metric(), t.comparator(), t.value(), t.unit())).toList();
        List<Task> tasks = new ArrayList<>();
        for (PlanTask t : parsed.tasks()) {
            ParsedDeadline dl = t.deadline();
            tasks.add(new Task(t.section(), t.number(), t.area() == null ? ReformArea.OTHER.name() : t.area().name(),
                    t.content(), t.directedBy(), agencies(t.lead(), unitIdOfCode), agencies(t.coordinate(), unitIdOfCode),
                    dl == null ? null : dl.text(), dl == null ? DeadlineKind.UNSPECIFIED.name() : dl.kind().name(),
                    dl == null ? List.of() : dues(dl), dl == null || dl.recurrence() == null ? null : dl.recurrence().name(),
                    t.output(), t.quarter(), false, t.warnings(), t.section() == null ? null : parsed.sectionTitle(t.section())));
        }
        List<String> warnings = new ArrayList<>(parsed.warnings());
        if (d.number() == null) {
            warnings.add("Không đọc được số, ký hiệu văn bản.");
        }
        if (d.date() == null) {
            warnings.add("Không đọc được ngày ban hành.");
        }
        return new PlanDraft(d.number(), d.type() == null ? null : d.type().name(), d.title(), d.issuer(), d.place(),
                d.date(), d.signer(), null, d.year(), n == null ? null : n.theme(),
                n == null ? null : String.join("\n", n.purposes()), n == null ? null : String.join("\n", n.requirements()),
                refs, targets, tasks, warnings, sourceText);
    }

    static List<Agency> agencies(List<AgencyRef> refs, Function<String, Long> unitIdOfCode) {
        return refs.stream().map(r -> new Agency(r.name(), r.unitCode() == null ? null : unitIdOfCode.apply(r.unitCode())))
                .toList();
    }

    static List<Due> dues(ParsedDeadline d) {
        List<Due> dues = new ArrayList<>();
        for (Milestone m : d.milestones()) {
            dues.add(new Due(m.due(), m.precision().name()));
        }
        return dues;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Same number, issuer and date is the same document: importing it again updates it. */
    public String identityKey() {
        return norm(number) + "|" + norm(issuer) + "|" + (date == null ? (year == null ? "" : "y" + year) : date.toString());
    }

    private static String norm(String s) {
        if (s == null) {
            return "";
        }
        return vn.cchc.vietnamese.VietnameseFolding.fold(s).replaceAll("\\s+", "");
    }

    /** The day that decides which units a group holds: the document's date, else the start of its year. */
    public LocalDate effectiveDate() {
        return date != null ? date : year != null ? LocalDate.of(year, 1, 1) : null;
    }

    /** Agencies no unit was found for get their group, when the words name one. */
    PlanDraft withGroups(java.util.function.BiFunction<String, LocalDate, String> groupOfName) {
        LocalDate on = effectiveDate();
        java.util.function.Function<List<Agency>, List<Agency>> mark = list -> list.stream()
                .map(a -> a.unitId() != null || a.group() != null ? a
                        : new Agency(a.name(), null, groupOfName.apply(a.name(), on)))
                .toList();
        return withTasks(tasks.stream().map(t -> t.withAgencies(mark.apply(t.lead()), mark.apply(t.coordinate()))).toList());
    }

    public PlanDraft withWarnings(List<String> newWarnings) {
        return new PlanDraft(number, type, title, issuer, place, date, signer, signerTitle, year, theme, purposes,
                requirements, references, targets, tasks, newWarnings, sourceText);
    }

    public PlanDraft withTasks(List<Task> newTasks) {
        return new PlanDraft(number, type, title, issuer, place, date, signer, signerTitle, year, theme, purposes,
                requirements, references, targets, newTasks, warnings, sourceText);
    }
}
