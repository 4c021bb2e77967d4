package vn.cchc.plan.parse;

import vn.cchc.directory.AgencyResolver;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a plan's text into a {@link ParsedPlan}. The layout decides the task reader: a tab-separated task
 * table, a quarterly orientation, else prose. Rejects text that is not a plan.
 */
public final class PlanDocumentParser {

    private final AgencyCells agencies;
    private final Clock clock;

    public PlanDocumentParser(AgencyResolver resolver, Clock clock) {
        this.agencies = new AgencyCells(resolver);
        this.clock = clock;
    }

    public ParsedPlan parse(String text, LocalDate fallbackDate) {
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").split("\n", -1));
        List<String> logical = LogicalLines.of(lines.stream().filter(l -> !l.contains("\t")).toList());

        DocumentMetadataReader metadataReader = new DocumentMetadataReader();
        String ownNumber = DocumentMetadataReader.number(text).number();
        List<DocumentReference> references = new ReferenceReader().read(logical, ownNumber);
        PlanDocument document = metadataReader.read(lines, fallbackDate, references);

        int planYear = document.year() != null ? document.year()
                : fallbackDate != null ? fallbackDate.getYear() : LocalDate.now(clock).getYear();
        LocalDate onDate = document.date() != null ? document.date()
                : fallbackDate != null ? fallbackDate : LocalDate.of(planYear, 1, 1);

        List<PlanTask> tasks = new ArrayList<>(new TaskTableReader(agencies).read(lines, planYear, onDate));
        boolean tabular = !tasks.isEmpty();
        if (!tabular && OrientationReader.applies(lines)) {
            tasks.addAll(new OrientationReader(agencies).read(lines, planYear, onDate));
        }
        ProseReader.Result prose = new ProseReader(agencies).read(logical, planYear, onDate, tasks.isEmpty());
        tasks.addAll(prose.tasks());

        if (tasks.isEmpty() || document.number() == null && document.type() == null) {
            throw new PlanParseException(PlanParseException.Reason.NOT_A_PLAN,
                    "Tệp không phải là kế hoạch: không tìm thấy số, loại văn bản hoặc danh sách nhiệm vụ.");
        }
        return new ParsedPlan(document, prose.targets(), tasks, prose.narrative());
    }
}
