package vn.cchc.plan.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quarterly orientation table whose extraction broke cells into loose paragraphs (seed 000):
 * "Quý I" blocks open a quarter, blocks that name agencies (they open with an agency's head word, or continue
 * a name left dangling on "," or "-") are agency cells, the others content bundles. A media cell (newspaper,
 * radio-TV) is the lead of its bundle and, being merged in the original, of the bundles below it in the
 * quarter; any other agency cell is the bundle's coordinating bodies.
 */
final class OrientationReader {

    private static final Pattern HEADER = Pattern.compile("^TT\\s+Nội dung");
    private static final Pattern QUARTER = Pattern.compile("^Qu[ýí]\\s+(IV|III|II|I)\\.?$");
    private static final Pattern TRAILING_AGENCY = Pattern.compile("^(.*\\S)\\s+(Sở\\s+\\p{Lu}[\\p{L} ]{1,40})$");
    /** Where a media cell's lead ends and the next cell's body begins: an agency head word after a plain space. */
    private static final Pattern NEXT_BODY = Pattern.compile(
            "[.,;]?\\s+(?=(?:Sở|Văn phòng|UBND|Ủy ban|Uỷ ban|Trung tâm|Công an|Thanh tra)\\s+\\p{Lu})");

    private final AgencyCells agencies;

    OrientationReader(AgencyCells agencies) {
        this.agencies = agencies;
    }

    private static final class Bundle {
        int quarter;
        final StringBuilder content = new StringBuilder();
        String lead;
        final List<String> coordinate = new ArrayList<>();
    }

    static boolean applies(List<String> lines) {
        return lines.stream().anyMatch(l -> HEADER.matcher(l.strip()).find())
                && lines.stream().anyMatch(l -> l.strip().matches("Qu[ýí]\\s*(I{1,3}|IV)?"));
    }

    List<PlanTask> read(List<String> lines, int planYear, LocalDate onDate) {
        List<List<String>> blocks = blocks(lines);
        List<Bundle> bundles = new ArrayList<>();
        int quarter = 0;
        String pendingAgency = null;
        for (List<String> block : blocks) {
            String joined = VietnameseText.clean(String.join(" ", block));
            Matcher q = QUARTER.matcher(joined);
            if (q.matches()) {
                quarter = roman(q.group(1));
                moveQuarterEvaluation(bundles, quarter, q.group(1));
                continue;
            }
            if (quarter == 0) {
                continue;
            }
            boolean agencyCell = pendingAgency != null || AgencyCells.opensWithAgency(joined.replaceFirst("^[-–+]\\s*", ""));
            Bundle last = bundles.isEmpty() ? null : bundles.get(bundles.size() - 1);
            if (!agencyCell) {
                if (last != null && Character.isLowerCase(joined.codePointAt(0))) {
                    last.content.append(' ').append(joined);
                    continue;
                }
                Bundle bundle = new Bundle();
                bundle.quarter = quarter;
                Matcher trailing = TRAILING_AGENCY.matcher(joined);
                if (trailing.matches() && !trailing.group(1).endsWith(".")) {
                    bundle.content.append(trailing.group(1));
                    bundle.coordinate.add(trailing.group(2));
                } else {
                    bundle.content.append(joined);
                }
                bundles.add(bundle);
                pendingAgency = null;
                continue;
            }
            if (last == null) {
                continue;
            }
            String agency = pendingAgency == null ? joined : pendingAgency + " " + joined;
            if (agency.endsWith(",") || agency.endsWith("-")) {
                pendingAgency = agency;
                continue;
            }
            pendingAgency = null;
            attach(last, agency);
        }
        // A merged lead cell also covers the rows above its (vertically centred) text within the quarter.
        java.util.Map<Integer, String> firstLead = new java.util.HashMap<>();
        bundles.stream().filter(b -> b.lead != null).forEach(b -> firstLead.putIfAbsent(b.quarter, b.lead));
        List<PlanTask> tasks = new ArrayList<>();
        String lead = null;
        int currentQuarter = 0;
        int ordinal = 0;
        for (Bundle bundle : bundles) {
            if (bundle.quarter != currentQuarter) {
                currentQuarter = bundle.quarter;
                ordinal = 0;
                lead = firstLead.get(currentQuarter);
            }
            if (bundle.lead != null) {
                lead = bundle.lead;
            }
            String quarterText = "Quý " + toRoman(bundle.quarter);
            ParsedDeadline deadline = DeadlineParser.parse(quarterText + "/" + planYear, planYear);
            deadline = new ParsedDeadline(quarterText, deadline.kind(), deadline.milestones(), null, deadline.warnings());
            List<AgencyRef> coordinate = new ArrayList<>();
            bundle.coordinate.forEach(c -> coordinate.addAll(agencies.refs(c, onDate)));
            List<String> warnings = lead == null
                    ? List.of("Không tìm thấy cơ quan chủ trì cho nhóm nội dung này; cần nhập thủ công.") : List.of();
            tasks.add(new PlanTask(quarterText, String.valueOf(++ordinal), ReformArea.PROPAGANDA,
                    VietnameseText.clean(bundle.content.toString()), null, agencies.refs(lead, onDate), coordinate,
                    deadline, null, bundle.quarter, warnings));
        }
        return tasks;
    }

    private static void attach(Bundle bundle, String agency) {
        String folded = VietnameseText.fold(agency);
        boolean media = folded.startsWith("dai phat thanh") || folded.startsWith("bao ");
        if (!media) {
            bundle.coordinate.add(agency);
            return;
        }
        Matcher next = NEXT_BODY.matcher(agency);
        if (next.find()) {
            bundle.lead = agency.substring(0, next.start());
            bundle.coordinate.add(agency.substring(next.end()));
        } else {
            bundle.lead = agency;
        }
    }

    /**
     * A quarter's label sits mid-way down its merged cell, so the bundle evaluating "Quý III/…" can come out
     * just before the "Quý III" label: such a bundle, not the first of its quarter, belongs to the new quarter.
     */
    private static void moveQuarterEvaluation(List<Bundle> bundles, int quarter, String romanLabel) {
        if (bundles.size() < 2) {
            return;
        }
        Bundle last = bundles.get(bundles.size() - 1);
        Bundle before = bundles.get(bundles.size() - 2);
        boolean mentions = Pattern.compile("Quý\\s+" + romanLabel + "/\\d{4}").matcher(last.content).find();
        if (mentions && last.quarter == quarter - 1 && before.quarter == last.quarter && last.lead == null) {
            last.quarter = quarter;
        }
    }

    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            String stripped = line.strip();
            if (HEADER.matcher(stripped).find()) {
                inTable = true;
                if (!current.isEmpty()) {
                    blocks.add(current);
                }
                current = new ArrayList<>();
                continue;
            }
            if (!inTable) {
                continue;
            }
            if (stripped.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                }
                current = new ArrayList<>();
                continue;
            }
            // A header wrapped over two lines: the second names a column ("… Cơ quan phối hợp") and is no cell.
            if (current.isEmpty() && names(stripped)) {
                continue;
            }
            current.add(stripped);
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static boolean names(String line) {
        String folded = VietnameseText.fold(line);
        return folded.contains("co quan phoi hop") || folded.contains("co quan chu tri");
    }

    private static int roman(String roman) {
        return switch (roman) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            default -> 4;
        };
    }

    private static String toRoman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
