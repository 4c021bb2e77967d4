package vn.cchc.plan.parse;

import vn.cchc.directory.AgencyResolver;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a plan's {@link DocumentModel} into a {@link ParsedPlan}. The layout decides the task reader: a task
 * table, a quarterly orientation, else prose. Rejects text that is not a plan.
 */
public final class PlanDocumentParser {

    private final AgencyCells agencies;
    private final Clock clock;

    public PlanDocumentParser(AgencyResolver resolver, Clock clock) {
        this.agencies = new AgencyCells(resolver);
        this.clock = clock;
    }

    /** A plain text, read as {@link TextDocuments} reads an uploaded text file. */
    public ParsedPlan parse(String text, LocalDate fallbackDate) {
        return parse(TextDocuments.read(text), fallbackDate);
    }

    ParsedPlan parse(DocumentModel model, LocalDate fallbackDate) {
        List<String> lines = model.lines();
        String text = model.text();
        List<DocumentModel.Table> tables = model.tables();
        Set<DocumentModel.Table> taskTables = TaskTableReader.taskTables(tables);
        List<String> running = model.proseLines(taskTables);
        List<String> logical = LogicalLines.of(HeaderFragments.cells(running));

        DocumentMetadataReader metadataReader = new DocumentMetadataReader();
        String ownNumber = DocumentMetadataReader.number(text).number();
        List<DocumentReference> unranked = new ReferenceReader().read(logical, ownNumber);
        PlanDocument read = metadataReader.read(lines, fallbackDate, unranked);
        PlanDocument document = withReferences(read, new ImplementedDocuments(read.title(), logical).rank(unranked));

        int planYear = document.year() != null ? document.year()
                : fallbackDate != null ? fallbackDate.getYear() : LocalDate.now(clock).getYear();
        LocalDate onDate = document.date() != null ? document.date()
                : fallbackDate != null ? fallbackDate : LocalDate.of(planYear, 1, 1);

        List<PlanTask> tasks = new ArrayList<>(new TaskTableReader(agencies).read(tables, planYear, onDate));
        boolean tabular = !tasks.isEmpty();
        if (!tabular && OrientationReader.applies(running)) {
            tasks.addAll(new OrientationReader(agencies).read(running, planYear, onDate));
        }
        ProseReader.Result prose = new ProseReader(agencies).read(logical, planYear, onDate, tasks.isEmpty());
        tasks.addAll(prose.tasks());

        List<String> warnings = new ArrayList<>(metadataReader.warnings());
        warnings.addAll(TaskTableReader.warnings(tables));
        if (!tabular && (document.type() != null || document.number() != null)) {
            warnings.add(0, ParsedPlan.NO_TASK_TABLE + (tasks.isEmpty() ? "." : "; các nhiệm vụ dưới đây đọc từ phần lời văn."));
        }
        if (tasks.isEmpty() && !isAdministrativeDocument(document, logical)) {
            throw new PlanParseException(PlanParseException.Reason.NOT_A_PLAN,
                    "Tệp không phải là văn bản hành chính (kế hoạch, quyết định, chỉ thị, công văn): không tìm thấy số, "
                            + "ngày ban hành, căn cứ hay các phần mục đích, nhiệm vụ.");
        }
        if (tasks.isEmpty() && !warnings.contains(ParsedPlan.NO_TASK_TABLE + ".")) {
            warnings.add(0, ParsedPlan.NO_TASK_TABLE + ".");
        }
        return new ParsedPlan(document, prose.targets(), tasks, prose.narrative(), warnings,
                tabular ? TaskTableReader.sections(tables) : List.of());
    }

    private static final java.util.regex.Pattern PLAN_PART = java.util.regex.Pattern.compile(
            "^[IVX]{1,5}[.\\-]?\\s+(MỤC ĐÍCH|MỤC TIÊU|NỘI DUNG|NHIỆM VỤ|TỔ CHỨC THỰC HIỆN|CĂN CỨ)");

    /** A number, a date, a type, a reference or the parts of a plan: anything else is not ours to read. */
    private static boolean isAdministrativeDocument(PlanDocument d, List<String> logical) {
        return d.number() != null || d.type() != null || d.date() != null || !d.references().isEmpty()
                || logical.stream().anyMatch(l -> PLAN_PART.matcher(l).find());
    }

    private static PlanDocument withReferences(PlanDocument d, List<DocumentReference> references) {
        return new PlanDocument(d.number(), d.type(), d.title(), d.issuer(), d.place(), d.date(), d.signer(), d.year(),
                references);
    }
}
