package vn.cchc.reformreport;

import vn.cchc.directory.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A unit's reform report as its page shows it, with what the viewer may do. */
record ReportView(UnitRef unit, ReportPeriod period, ReformReportStatus status, int version,
                  Map<String, String> sections, List<Figure> figures, OffsetDateTime submittedAt, String submittedBy,
                  boolean late, String returnReason, String decidedBy, String updatedBy, OffsetDateTime updatedAt,
                  boolean canEdit, boolean canDecide, boolean closed, LocalDate openUntil, boolean canRequestWindow,
                  boolean canDecideWindows, List<ReformReports.Version> versions, List<LateWindows.LateWindow> windows,
                  List<ReportAttachments.Attachment> attachments) {

    /** The parts of the appendix in order, each with its figures. */
    public Map<String, List<Figure>> parts() {
        Map<String, List<Figure>> out = new java.util.LinkedHashMap<>();
        figures.forEach(f -> out.computeIfAbsent(f.part(), k -> new java.util.ArrayList<>()).add(f));
        return out;
    }

    public List<Outline> outline() {
        return List.of(Outline.values());
    }
}
