package vn.cchc.plan.parse;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.directory.AgencyResolver;
import vn.cchc.time.ProvinceTime;
import vn.cchc.files.UploadCheck;
import vn.cchc.files.UploadResult;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the rest of the application calls: bytes of an uploaded document in, {@link ParsedPlan} out.
 * The format is detected from the content, never from the file name (kept only for messages).
 */
public final class PlanParsing {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PlanDocumentParser parser;
    private final PlanTextExtractor extractor = new PlanTextExtractor();
    private final TaskTemplateReader taskTemplates;
    private final Clock clock;

    /** Standalone (tools, parser tests): a document without a year falls back to the current year in Nghệ An. */
    public PlanParsing(AgencyResolver resolver) {
        this(resolver, null, Clock.system(ProvinceTime.ZONE));
    }

    /**
     * @param taskTemplates reader for the .xlsx task template; null until that round trip exists
     * @param clock the application's clock, for the year of a document that names none
     */
    public PlanParsing(AgencyResolver resolver, TaskTemplateReader taskTemplates, Clock clock) {
        this.parser = new PlanDocumentParser(resolver, clock);
        this.taskTemplates = taskTemplates;
        this.clock = clock;
    }

    public ParsedPlan parse(byte[] content, String fileName, LocalDate fallbackDate) {
        return parse(content, fileName, fallbackDate, DEFAULT_MAX_BYTES);
    }

    public ParsedPlan parse(byte[] content, String fileName, LocalDate fallbackDate, long maxBytes) {
        String name = fileName == null || fileName.isBlank() ? "tệp" : "tệp \"" + fileName + "\"";
        if (content == null || content.length == 0) {
            throw new PlanParseException(PlanParseException.Reason.EMPTY, "Không đọc được " + name + ": tệp rỗng.");
        }
        if (content.length > maxBytes) {
            throw new PlanParseException(PlanParseException.Reason.TOO_LARGE, "Không đọc được " + name + ": dung lượng "
                    + megabytes(content.length) + " MB vượt giới hạn " + megabytes(maxBytes) + " MB.");
        }
        // a .docx or .xlsx is a zip: refuse a zip bomb before any reader inflates it
        UploadCheck.containerBreach(content).ifPresent(breach -> {
            throw new PlanParseException(PlanParseException.Reason.TOO_LARGE, "Không đọc được " + name + ": "
                    + (breach == UploadResult.Refusal.TOO_MANY_ENTRIES
                    ? "tệp Word/Excel chứa hơn 1.000 thành phần nén, không phải văn bản thông thường."
                    : "tệp Word/Excel khi giải nén vượt quá 100 MB hoặc có tỉ lệ nén bất thường (quá 100 lần)."));
        });
        SourceFormat format = SourceFormat.sniff(content);
        if (format == SourceFormat.XLSX && taskTemplates != null) {
            int year = fallbackDate != null ? fallbackDate.getYear() : LocalDate.now(clock).getYear();
            return new ParsedPlan(new PlanDocument(null, null, null, null, null, null, null, year, java.util.List.of()),
                    java.util.List.of(), taskTemplates.read(content, year, fileName), PlanNarrative.empty());
        }
        DocumentModel model = extractor.extract(content, format);
        if (model.isBlank()) {
            throw new PlanParseException(PlanParseException.Reason.EMPTY, format == SourceFormat.PDF
                    ? "Không đọc được " + name + ": tệp PDF không có lớp chữ (bản scan hoặc ảnh chụp). Cần tệp PDF có lớp chữ "
                    + "(đã nhận dạng ký tự - OCR) hoặc bản .docx của văn bản."
                    : "Không đọc được " + name + ": tệp không có nội dung chữ.");
        }
        try {
            return parser.parse(model, fallbackDate);
        } catch (PlanParseException e) {
            // The parser sees only text; the officer needs to know which upload it was.
            String message = e.getMessage().startsWith("Tệp ")
                    ? capitalised(name) + " " + e.getMessage().substring(4)
                    : capitalised(name) + ": " + lowerFirst(e.getMessage());
            throw new PlanParseException(e.reason(), message, e);
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The text the parser reads (a .docx's paragraphs and table rows, a PDF's text layer), so a reviewer can
     * see the parsed fields beside their source; null for the .xlsx task template or an unreadable file.
     */
    public String sourceText(byte[] content) {
        SourceFormat format = SourceFormat.sniff(content);
        if (format == SourceFormat.XLSX) {
            return null;
        }
        try {
            return extractor.extract(content, format).text();
        } catch (PlanParseException e) {
            return null;
        }
    }

    public String toJson(ParsedPlan plan) {
        return JSON.writeValueAsString(plan);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
