package vn.cchc.plan.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plans written as prose: Roman parts, numbered headings, "a)" and "-" items. Items under a
 * "NHIỆM VỤ" part become tasks of the reform area their heading names; under "TỔ CHỨC THỰC HIỆN" each
 * numbered role ("2.1. Sở Nội vụ", "1. Văn phòng - Thống kê:") leads the items below it, and a numbered
 * sentence ("1. Giao Văn phòng Sở hướng dẫn ...") is a task of its subject. Objectives yield targets;
 * purposes, requirements, audiences, contents and forms are kept as narrative.
 */
final class ProseReader {

    private enum Part { OBJECTIVES, TASKS, RESPONSIBILITIES, OTHER }

    private enum Bucket { PURPOSES, REQUIREMENTS, AUDIENCES, CONTENTS, FORMS, BUDGET, NONE }

    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})[.\\-]\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.\\s+(.+)$");
    private static final Pattern LETTERED = Pattern.compile("^(?:-\\s*)?([a-zđ])\\)\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^[-+•]\\s*(.+)$");
    private static final Pattern PAREN_NUMBERED = Pattern.compile("^\\((\\d+)\\)\\s+(.+)$");
    private static final Pattern THEME = Pattern.compile("^Chủ đề[^:]*:\\s*[“\"]?(.+?)[”\"]?\\.?$");
    private static final Pattern CONTENT_DEADLINE = Pattern.compile(
            "trước ngày\\s+\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}|(?:đến\\s+)?hết năm\\s+\\d{4}", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSIGNMENT = Pattern.compile("(?<!\\p{L})[Gg]iao\\s");
    private static final Pattern SUBJECT_END = Pattern.compile(
            "\\s+(?:hướng dẫn|tham gia|lồng ghép|chủ trì|phối hợp|thực hiện|tổ chức|có trách nhiệm|chịu trách nhiệm|triển khai"
                    + "|xây dựng|căn cứ|chủ động|tham mưu|khẩn trương|rà soát|theo dõi)\\b");

    record Result(List<PlanTask> tasks, List<PlanTarget> targets, PlanNarrative narrative) {
    }

    private final AgencyCells agencies;
    private final TargetReader targetReader = new TargetReader();

    ProseReader(AgencyCells agencies) {
        this.agencies = agencies;
    }

    Result read(List<String> lines, int planYear, LocalDate onDate, boolean readTasks) {
        List<PlanTask> tasks = new ArrayList<>();
        List<PlanTarget> targets = new ArrayList<>();
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < Bucket.values().length; i++) {
            buckets.add(new ArrayList<>());
        }
        String theme = null;
        Part part = Part.OTHER;
        String roman = null;
        String sub = null;
        List<ReformArea> subAreas = List.of();
        Bucket bucket = Bucket.NONE;
        String role = null;
        int ordinal = 0;
        // Numbered paragraphs outside a tasks part are tasks only when they assign someone or set a deadline.
        List<PlanTask> loose = new ArrayList<>();
        List<PlanTask> current = null;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("\t") || line.startsWith("Nơi nhận") || line.startsWith("Trên đây")) {
                if (!line.contains("\t")) {
                    part = Part.OTHER;
                    bucket = Bucket.NONE;
                }
                continue;
            }
            Matcher themeMatch = THEME.matcher(line);
            if (themeMatch.find()) {
                theme = themeMatch.group(1).trim();
                continue;
            }
            Matcher romanMatch = ROMAN.matcher(line);
            if (romanMatch.matches() && isHeading(romanMatch.group(2))) {
                roman = romanMatch.group(1);
                String folded = VietnameseText.fold(romanMatch.group(2));
                part = folded.contains("to chuc thuc hien") ? Part.RESPONSIBILITIES
                        : folded.contains("muc tieu") ? Part.OBJECTIVES
                        : folded.contains("nhiem vu") && !folded.contains("giai phap") ? Part.TASKS : Part.OTHER;
                bucket = bucketOf(folded, Bucket.NONE);
                sub = null;
                role = null;
                subAreas = List.of();
                continue;
            }
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches() && isHeading(numbered.group(2)) && part != Part.RESPONSIBILITIES && part != Part.OBJECTIVES) {
                sub = numbered.group(1);
                ordinal = 0;
                subAreas = ReformAreaClassifier.areasOfHeading(numbered.group(2));
                bucket = bucketOf(VietnameseText.fold(numbered.group(2)), bucket);
                continue;
            }
            switch (part) {
                case OBJECTIVES -> {
                    targets.addAll(targetReader.read(line));
                    continue;
                }
                case TASKS -> {
                    if (!readTasks) {
                        continue;
                    }
                    ProseAssignments.ListField field = ProseAssignments.listField(line);
                    if (field != null) {
                        applyToLast(current, field, onDate, planYear);
                        continue;
                    }
                    Matcher item = LETTERED.matcher(line);
                    Matcher paren = PAREN_NUMBERED.matcher(line);
                    String number = item.matches() ? item.group(1) : paren.matches() ? paren.group(1)
                            : numbered.matches() ? numbered.group(1) : null;
                    String content = item.matches() ? item.group(2) : paren.matches() ? paren.group(2)
                            : numbered.matches() ? numbered.group(2) : null;
                    if (content == null && sub != null && !BULLET.matcher(line).matches() && !line.endsWith(":")
                            && !line.startsWith("(")) {
                        content = line; // a paragraph under a numbered heading is one task of it
                        number = String.valueOf(++ordinal);
                    }
                    if (content != null) {
                        tasks.add(task(section(roman, sub), number, ReformAreaClassifier.classify(subAreas, content),
                                content, List.of(), planYear, onDate));
                        current = tasks;
                        if (content.matches("(?s).*giảm\\s+\\d+.*%.*")) {
                            targets.addAll(targetReader.read(content));
                        }
                    }
                    continue;
                }
                case RESPONSIBILITIES -> {
                    if (LogicalLines.isUpperHeading(line)) {
                        continue;
                    }
                    if (numbered.matches()) {
                        String text = numbered.group(2);
                        String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
                        boolean roleHeading = text.endsWith(":") || isItem(next) || NUMBERED.matcher(next).matches()
                                && next.startsWith(numbered.group(1) + ".")
                                || !next.isEmpty() && !NUMBERED.matcher(next).matches() && !next.startsWith("Trên đây")
                                && !next.startsWith("Nơi nhận");
                        sub = numbered.group(1);
                        ordinal = 0;
                        String name = text.replaceAll("[:.]+$", "").trim();
                        if (VietnameseText.fold(name).startsWith("kinh phi")) {
                            role = null;
                            bucket = Bucket.BUDGET;
                        } else if (roleHeading) {
                            role = name;
                            bucket = Bucket.NONE;
                        } else if (readTasks) {
                            role = null;
                            tasks.add(task(section(roman, null), sub, ReformAreaClassifier.classify(List.of(), text), text,
                                    agencies.refs(subject(text), onDate), planYear, onDate));
                        }
                        continue;
                    }
                    if (bucket == Bucket.BUDGET) {
                        buckets.get(Bucket.BUDGET.ordinal()).add(line);
                        continue;
                    }
                    if (role != null && readTasks) {
                        Matcher lettered = LETTERED.matcher(line);
                        Matcher bullet = BULLET.matcher(line);
                        String content = lettered.matches() ? lettered.group(2) : bullet.matches() ? bullet.group(1) : line;
                        String number = lettered.matches() ? lettered.group(1) : String.valueOf(++ordinal);
                        tasks.add(task(section(roman, sub), number, ReformAreaClassifier.classify(List.of(), content), content,
                                agencies.refs(role, onDate), planYear, onDate));
                    }
                    continue;
                }
                default -> {
                    if (readTasks && part == Part.OTHER) {
                        ProseAssignments.ListField field = ProseAssignments.listField(line);
                        Matcher paren = PAREN_NUMBERED.matcher(line);
                        if (field != null && current == loose) {
                            applyToLast(loose, field, onDate, planYear);
                            continue;
                        }
                        if (paren.matches() || numbered.matches() && !isHeading(numbered.group(2))) {
                            String content = paren.matches() ? paren.group(2) : numbered.group(2);
                            loose.add(task(section(roman, paren.matches() ? sub : null),
                                    paren.matches() ? paren.group(1) : numbered.group(1),
                                    ReformAreaClassifier.classify(subAreas, content), content, List.of(), planYear, onDate));
                            current = loose;
                            continue;
                        }
                    }
                }
            }
            Matcher bullet = BULLET.matcher(line);
            boolean intro = !bullet.matches() && (line.endsWith(":") || VietnameseText.fold(line).endsWith(" sau"));
            if (bucket != Bucket.NONE && !intro) {
                buckets.get(bucket.ordinal()).add(bullet.matches() ? bullet.group(1) : line);
            }
        }
        loose.stream().filter(t -> !t.lead().isEmpty() || t.deadline().understood()).forEach(tasks::add);
        List<String> budget = buckets.get(Bucket.BUDGET.ordinal());
        PlanNarrative narrative = new PlanNarrative(theme, buckets.get(Bucket.PURPOSES.ordinal()),
                buckets.get(Bucket.REQUIREMENTS.ordinal()), buckets.get(Bucket.AUDIENCES.ordinal()),
                buckets.get(Bucket.CONTENTS.ordinal()), buckets.get(Bucket.FORMS.ordinal()),
                budget.isEmpty() ? null : String.join(" ", budget));
        return new Result(tasks, targets, narrative);
    }

    private PlanTask task(String section, String number, ReformArea area, String content, List<AgencyRef> lead, int planYear,
                          LocalDate onDate) {
        Matcher due = CONTENT_DEADLINE.matcher(content);
        ParsedDeadline deadline = due.find() ? DeadlineParser.parse(due.group(), planYear) : ParsedDeadline.absent();
        List<AgencyRef> leads = lead;
        List<AgencyRef> coordinate = List.of();
        String[] assigned = lead.isEmpty() ? ProseAssignments.inSentence(content) : null;
        if (assigned != null) {
            leads = agencies.refs(ProseAssignments.agencyList(assigned[0]), onDate);
            coordinate = agencies.refs(ProseAssignments.agencyList(assigned[1]), onDate);
            Matcher assignment = ASSIGNMENT.matcher(content);
            if (!deadline.understood() && assignment.find()) {
                // "Giao X chủ trì, phối hợp với Y thực hiện thường xuyên / trong Quý III/2024": the when of the
                // assignment, read from it and what follows, never from the task's own words before it.
                deadline = DeadlineParser.inSentence(content.substring(assignment.start()), planYear);
            }
        }
        return new PlanTask(section, number, area, VietnameseText.clean(content), null, leads, coordinate, deadline, null, null,
                deadline.warnings());
    }

    private void applyToLast(List<PlanTask> list, ProseAssignments.ListField field, LocalDate onDate, int planYear) {
        if (list != null && !list.isEmpty()) {
            int last = list.size() - 1;
            list.set(last, ProseAssignments.apply(list.get(last), field, agencies, onDate, planYear));
        }
    }

    private static String section(String roman, String sub) {
        if (roman == null) {
            return sub;
        }
        return sub == null ? roman : roman + "." + sub;
    }

    /** A heading is short and does not read as a sentence; objective "1. 100% văn bản ..." is not a heading. */
    private static boolean isHeading(String text) {
        String bare = text.replaceAll("[:.]+$", "");
        return bare.split("\\s+").length <= 14 && !bare.contains(". ") && !PERCENT_OR_DIGIT_START.matcher(bare).find();
    }

    private static final Pattern PERCENT_OR_DIGIT_START = Pattern.compile("^\\d|%");

    private static boolean isItem(String line) {
        return LETTERED.matcher(line).matches() || BULLET.matcher(line).matches();
    }

    private static Bucket bucketOf(String folded, Bucket current) {
        if (folded.startsWith("muc dich")) {
            return Bucket.PURPOSES;
        }
        if (folded.startsWith("yeu cau")) {
            return Bucket.REQUIREMENTS;
        }
        if (folded.startsWith("doi tuong")) {
            return Bucket.AUDIENCES;
        }
        if (folded.startsWith("noi dung")) {
            return Bucket.CONTENTS;
        }
        if (folded.startsWith("hinh thuc")) {
            return Bucket.FORMS;
        }
        if (folded.startsWith("kinh phi")) {
            return Bucket.BUDGET;
        }
        return current == Bucket.NONE ? Bucket.NONE : Bucket.NONE;
    }

    /** "Giao Văn phòng Sở hướng dẫn ..." → "Văn phòng Sở": the words before the first duty verb. */
    static String subject(String sentence) {
        String text = sentence.replaceFirst("^Giao\\s+", "");
        Matcher verb = SUBJECT_END.matcher(text);
        return verb.find() ? text.substring(0, verb.start()).replaceAll("[,;\\s]+$", "") : text;
    }
}
