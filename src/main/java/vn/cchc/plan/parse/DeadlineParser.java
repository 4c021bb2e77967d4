package vn.cchc.plan.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text "thời gian hoàn thành" of a plan. The grammar is in docs/deadline-grammar.md.
 * Matching runs on folded text (no diacritics, lower case, single spaces) so "Quí", "QUÝ" and
 * "quy" read the same. A phrase is DATED only when every word is accounted for: a phrase with
 * words we do not understand becomes UNSPECIFIED with a warning rather than a guessed date.
 */
public final class DeadlineParser {

    private enum Window { DAY, MONTH_RANGE, MONTH, QUARTER, HALF_FIRST, HALF_SECOND, NINE_MONTHS, YEAR, YEAR_WORD }

    private record Rule(Window window, Pattern pattern) {
    }

    /** One window found in the phrase; year is null when the phrase leaves it to context. */
    private record Item(int start, int end, Window window, int a, int b, Integer year, int part) {

        Item(int start, int end, Window window, int a, int b, Integer year) {
            this(start, end, window, a, b, year, 0);
        }

        Item qualified(int part) {
            return new Item(start, end, window, a, b, year, part);
        }
    }

    /** "đầu" / "giữa" / "cuối" right before a month, quarter or year: the first, middle or last third of it. */
    private static final Pattern QUALIFIER = Pattern.compile("\\b(dau|giua|cuoi)\\s*$");
    /** Words that make a date inside a sentence a deadline ("… trước ngày 30/9/2023", "trong năm 2024"). */
    private static final Pattern CUE = Pattern.compile(
            "(?:truoc|han|hoan thanh|xong|trong|het|vao|cuoi|dau|giua|den)\\s*(?:ngay|thang|nam|sang ngay|7h00 sang ngay)?\\s*$");

    private static final String YEAR_TAIL = "(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?";

    // Order matters: earlier rules claim their span first (a day date before a month, a range before a month).
    private static final List<Rule> RULES = List.of(
            new Rule(Window.MONTH_RANGE, Pattern.compile(
                    "(?:tu\\s+)?thang\\s*(\\d{1,2})\\s*(?:-|–|den)\\s*(?:thang\\s*)?(\\d{1,2})(?!\\d)" + YEAR_TAIL)),
            new Rule(Window.DAY, Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?!\\d)")),
            new Rule(Window.DAY, Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?")),
            new Rule(Window.DAY, Pattern.compile("ngay\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])")),
            new Rule(Window.DAY, Pattern.compile("(?<=truoc\\s)(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])")),
            new Rule(Window.HALF_FIRST, Pattern.compile("(?<!\\d)0?6\\s+thang\\s+dau(?:\\s+nam)?(?:\\s*/?\\s*(\\d{4}))?")),
            new Rule(Window.HALF_SECOND, Pattern.compile("(?<!\\d)0?6\\s+thang\\s+cuoi(?:\\s+nam)?(?:\\s*/?\\s*(\\d{4}))?")),
            new Rule(Window.NINE_MONTHS, Pattern.compile("(?<!\\d)0?9\\s+thang(?:\\s+dau)?(?:\\s+nam)?(?:\\s*/?\\s*(\\d{4}))?")),
            new Rule(Window.QUARTER, Pattern.compile("\\bqu[yi]\\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])" + YEAR_TAIL)),
            new Rule(Window.MONTH, Pattern.compile("\\bthang\\s*(\\d{1,2})(?!\\d)" + YEAR_TAIL)),
            new Rule(Window.YEAR, Pattern.compile("\\bnam\\s*(\\d{4})(?!\\d)")),
            new Rule(Window.YEAR_WORD, Pattern.compile("\\b(trong|cuoi|dau|giua|het|ca)\\s+nam\\b(?!\\s*\\d)")),
            new Rule(Window.YEAR, Pattern.compile("(?<![\\d/])((?:20|19)\\d{2})(?![\\d/])")));

    /** "quý I,II/2024", "quý I - II", "tháng 11, 12/2024": one period word shared by a list of numbers. */
    private static final Pattern SHARED_QUARTER = Pattern.compile(
            "\\b(qu[yi])\\s*(?:iv|iii|ii|i|[1-4])(?:\\s*(?:,|-|–|va)\\s*(?:iv|iii|ii|i|[1-4])(?![a-z0-9]))+");
    private static final Pattern SHARED_MONTH = Pattern.compile(
            "\\b(thang)\\s*\\d{1,2}(?:\\s*(?:,|va)\\s*\\d{1,2}(?!\\d|\\s*[/.]\\s*\\d{1,2}\\s*[/.]))+");
    private static final Pattern LISTED_NUMBER = Pattern.compile("(,|-|–|\\bva)(\\s*)(iv|iii|ii|i|[1-4]|\\d{1,2})(?![a-z])");
    private static final Pattern ROUND = Pattern.compile("\\b(?:dot|lan)\\s*(?:thu\\s*)?\\d+\\b");
    private static final Set<String> FILLER = Set.of(
            "truoc", "ngay", "cuoi", "dau", "giua", "het", "trong", "dot", "lan", "va", "den", "tu", "hoan",
            "thanh", "xong", "cham", "nhat", "vao", "khoang", "thoi", "gian", "han", "chu", "moc");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    private static final Pattern WEEKLY = Pattern.compile("\\b(?:hang|moi)\\s+tuan\\b|dinh\\s+ky\\s+(?:hang\\s+)?tuan");
    private static final Pattern MONTHLY = Pattern.compile("\\b(?:hang|moi)\\s+thang\\b|dinh\\s+ky\\s+(?:hang\\s+)?thang");
    private static final Pattern QUARTERLY = Pattern.compile("\\b(?:hang|moi)\\s+qu[yi]\\b|dinh\\s+ky\\s+(?:hang\\s+)?qu[yi]");
    private static final Pattern HALF_YEARLY = Pattern.compile(
            "\\b(?:hang|moi)\\s+(?:6|sau)\\s+thang\\b|\\b6\\s+thang\\s*(?:/|mot)\\s*lan|dinh\\s+ky\\s+6\\s+thang|nua\\s+nam\\s+mot\\s+lan");
    private static final Pattern YEARLY = Pattern.compile("\\b(?:hang|moi)\\s+nam\\b|dinh\\s+ky\\s+(?:hang\\s+)?nam");
    private static final Pattern PERIODIC = Pattern.compile("\\bdinh\\s+ky\\b");
    private static final Pattern ONGOING = Pattern.compile("\\bthuong\\s+xuyen\\b|\\blien\\s+tuc\\b");
    private static final Pattern ON_DEMAND = Pattern.compile(
            "\\bkhi\\s+co\\s+yeu\\s+cau\\b|\\bdot\\s+xuat\\b|\\btheo\\s+yeu\\s+cau\\b|\\bkhi\\s+phat\\s+sinh\\b");
    private static final Pattern ROADMAP = Pattern.compile("\\blo\\s+trinh\\b|\\btien\\s+do\\b.*\\btheo\\s+quy\\s+dinh\\s+tai\\b");

    private DeadlineParser() {
    }

    /**
     * @param text     the phrase as printed (may span lines, any case, with or without diacritics)
     * @param planYear the plan's year, used when the phrase names a month or quarter without a year
     */
    public static ParsedDeadline parse(String text, int planYear) {
        if (VietnameseText.isBlank(text)) {
            return ParsedDeadline.absent();
        }
        String shown = VietnameseText.clean(text);
        String folded = spelledOut(VietnameseText.fold(text));
        List<String> warnings = new ArrayList<>();

        List<Item> items = findWindows(folded);
        boolean allUnderstood = leftoverWords(folded, items).isEmpty();
        List<Milestone> milestones = toMilestones(items, planYear, shown, warnings);

        Recurrence recurrence = recurrence(folded);
        if (recurrence != null || PERIODIC.matcher(folded).find()) {
            return new ParsedDeadline(shown, DeadlineKind.RECURRING, milestones, recurrence, warnings);
        }
        if (ONGOING.matcher(folded).find()) {
            return new ParsedDeadline(shown, DeadlineKind.ONGOING, milestones, null, warnings);
        }
        if (ON_DEMAND.matcher(folded).find()) {
            return new ParsedDeadline(shown, DeadlineKind.ON_DEMAND, milestones, null, warnings);
        }
        if (ROADMAP.matcher(folded).find()) {
            return new ParsedDeadline(shown, DeadlineKind.ROADMAP, milestones, null, warnings);
        }
        if (!milestones.isEmpty() && allUnderstood) {
            return new ParsedDeadline(shown, DeadlineKind.DATED, milestones, null, warnings);
        }
        warnings.add("Không hiểu thời hạn \"" + shown + "\": giữ nguyên văn bản, cần nhập mốc thời gian thủ công.");
        return new ParsedDeadline(shown, DeadlineKind.UNSPECIFIED, List.of(), null, warnings);
    }

    /** The period word written out before every number of a list it is shared by ("quý I, quý II/2024"). */
    private static String spelledOut(String folded) {
        return spell(spell(folded, SHARED_QUARTER), SHARED_MONTH);
    }

    private static String spell(String folded, Pattern shared) {
        Matcher m = shared.matcher(folded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            String list = LISTED_NUMBER.matcher(m.group()).replaceAll("$1$2" + word + " $3");
            m.appendReplacement(out, Matcher.quoteReplacement(list));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Item> findWindows(String folded) {
        boolean[] claimed = new boolean[folded.length()];
        List<Item> items = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(folded);
            while (m.find()) {
                if (isClaimed(claimed, m.start(), m.end())) {
                    continue;
                }
                Item item = toItem(rule.window(), m);
                if (item == null) {
                    continue;
                }
                Matcher q = QUALIFIER.matcher(folded.substring(0, m.start()));
                if (item.part() == 0 && q.find() && (item.window() == Window.MONTH || item.window() == Window.QUARTER
                        || item.window() == Window.YEAR)) {
                    item = item.qualified(partOf(q.group(1)));
                }
                for (int i = m.start(); i < m.end(); i++) {
                    claimed[i] = true;
                }
                items.add(item);
            }
        }
        items.sort(Comparator.comparingInt(Item::start));
        return items;
    }

    private static boolean isClaimed(boolean[] claimed, int start, int end) {
        for (int i = start; i < end; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    private static Item toItem(Window window, Matcher m) {
        return switch (window) {
            case DAY -> m.groupCount() == 4
                    ? new Item(m.start(), m.end(), window, num(m, 1), num(m, 3), year(m, 4))
                    : new Item(m.start(), m.end(), window, num(m, 1), num(m, 2), m.groupCount() >= 3 ? year(m, 3) : null);
            case MONTH_RANGE -> new Item(m.start(), m.end(), window, num(m, 1), num(m, 2), year(m, 3));
            case MONTH -> new Item(m.start(), m.end(), window, num(m, 1), 0, year(m, 2));
            case QUARTER -> new Item(m.start(), m.end(), window, quarter(m.group(1)), 0, year(m, 2));
            case HALF_FIRST, HALF_SECOND, NINE_MONTHS, YEAR -> new Item(m.start(), m.end(), window, 0, 0, year(m, 1));
            case YEAR_WORD -> new Item(m.start(), m.end(), window, 0, 0, null, partOf(m.group(1)));
        };
    }

    private static int partOf(String word) {
        return switch (word) {
            case "dau" -> 1;
            case "giua" -> 2;
            case "cuoi" -> 3;
            default -> 0;
        };
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Integer year(Matcher m, int group) {
        return m.groupCount() >= group && m.group(group) != null ? Integer.valueOf(m.group(group)) : null;
    }

    private static int quarter(String token) {
        return switch (token) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static List<String> leftoverWords(String folded, List<Item> items) {
        StringBuilder rest = new StringBuilder(folded);
        for (Item item : items) {
            for (int i = item.start(); i < item.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String remaining = ROUND.matcher(rest).replaceAll(" ");
        List<String> unknown = new ArrayList<>();
        Matcher m = TOKEN.matcher(remaining);
        while (m.find()) {
            if (!FILLER.contains(m.group())) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    /** A window without its own year takes the next year written after it ("Quý II, Quý IV/2024"), else the one before, else the plan's. */
    private static List<Milestone> toMilestones(List<Item> items, int planYear, String shown, List<String> warnings) {
        Set<Milestone> result = new LinkedHashSet<>();
        Milestone previous = null;
        boolean previousQualified = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int year = item.year() != null ? item.year() : contextYear(items, i, planYear);
            try {
                Milestone m = milestone(item, year);
                boolean qualified = item.part() > 0;
                // "Cuối quý I, đầu quý II": two qualified parts that touch are one window across both.
                if (qualified && previousQualified && m.from() != null && m.from().equals(previous.due().plusDays(1))) {
                    result.remove(previous);
                    m = new Milestone(m.due(), m.precision(), previous.from());
                }
                result.add(m);
                previous = m;
                previousQualified = qualified;
            } catch (DateTimeException | IllegalArgumentException e) {
                warnings.add("Mốc thời gian không hợp lệ trong \"" + shown + "\": bỏ qua mốc này.");
            }
        }
        List<Milestone> sorted = new ArrayList<>(result);
        sorted.sort(Comparator.comparing(Milestone::due));
        return sorted;
    }

    private static int contextYear(List<Item> items, int index, int planYear) {
        for (int j = index + 1; j < items.size(); j++) {
            if (items.get(j).year() != null) {
                return items.get(j).year();
            }
        }
        for (int j = index - 1; j >= 0; j--) {
            if (items.get(j).year() != null) {
                return items.get(j).year();
            }
        }
        return planYear;
    }

    private static Milestone milestone(Item item, int year) {
        Milestone whole = wholeWindow(item, year);
        if (item.part() == 0) {
            return whole;
        }
        return switch (item.window()) {
            case MONTH -> {
                // A month's thirds are its ten-day periods (thượng, trung, hạ tuần).
                LocalDate first = whole.due().withDayOfMonth(1);
                LocalDate from = first.plusDays(10L * (item.part() - 1));
                LocalDate due = item.part() == 3 ? whole.due() : first.plusDays(10L * item.part() - 1);
                yield new Milestone(due, Precision.MONTH, from);
            }
            case QUARTER -> {
                YearMonth month = YearMonth.of(year, (item.a() - 1) * 3 + item.part());
                yield new Milestone(month.atEndOfMonth(), Precision.QUARTER, month.atDay(1));
            }
            case YEAR, YEAR_WORD -> {
                YearMonth first = YearMonth.of(year, (item.part() - 1) * 4 + 1);
                yield new Milestone(first.plusMonths(3).atEndOfMonth(), Precision.YEAR, first.atDay(1));
            }
            default -> whole;
        };
    }

    private static Milestone wholeWindow(Item item, int year) {
        return switch (item.window()) {
            case DAY -> new Milestone(LocalDate.of(year, item.b(), item.a()), Precision.DAY);
            case MONTH -> new Milestone(YearMonth.of(year, item.a()).atEndOfMonth(), Precision.MONTH);
            case MONTH_RANGE -> {
                if (item.b() < item.a()) {
                    throw new IllegalArgumentException("range runs backwards");
                }
                YearMonth.of(year, item.a());
                yield new Milestone(YearMonth.of(year, item.b()).atEndOfMonth(), Precision.MONTH);
            }
            case QUARTER -> new Milestone(YearMonth.of(year, item.a() * 3).atEndOfMonth(), Precision.QUARTER);
            case HALF_FIRST -> new Milestone(LocalDate.of(year, 6, 30), Precision.HALF_YEAR);
            case HALF_SECOND -> new Milestone(LocalDate.of(year, 12, 31), Precision.HALF_YEAR);
            case NINE_MONTHS -> new Milestone(LocalDate.of(year, 9, 30), Precision.QUARTER);
            case YEAR, YEAR_WORD -> new Milestone(LocalDate.of(year, 12, 31), Precision.YEAR);
        };
    }

    /**
     * The deadline a sentence states ("… Hoàn thành trước ngày 30/9/2023.", "thực hiện theo lộ trình trong năm
     * 2024", "… định kỳ 6 tháng, hằng năm"): the whole sentence when the grammar reads it all, else its recurrence,
     * roadmap, or the dates a deadline word introduces. A date that only identifies a document ("Nghị quyết số
     * 76/NQ-CP ngày 15/7/2021") is not a deadline; a sentence without one is UNSPECIFIED without a warning.
     */
    public static ParsedDeadline inSentence(String sentence, int planYear) {
        ParsedDeadline whole = parse(sentence, planYear);
        if (whole.understood() || VietnameseText.isBlank(sentence)) {
            return whole;
        }
        String folded = spelledOut(VietnameseText.fold(sentence));
        List<String> warnings = new ArrayList<>();
        List<Item> cued = findWindows(folded).stream()
                .filter(i -> i.part() > 0 || i.window() == Window.HALF_FIRST || i.window() == Window.HALF_SECOND
                        || CUE.matcher(folded.substring(0, i.start())).find()).toList();
        List<Milestone> milestones = toMilestones(cued, planYear, VietnameseText.clean(sentence), warnings);
        String shown = VietnameseText.clean(sentence);
        Recurrence recurrence = recurrence(folded);
        if (recurrence != null) {
            return new ParsedDeadline(shown, DeadlineKind.RECURRING, milestones, recurrence, warnings);
        }
        if (ROADMAP.matcher(folded).find()) {
            return new ParsedDeadline(shown, DeadlineKind.ROADMAP, milestones, null, warnings);
        }
        if (!milestones.isEmpty()) {
            return new ParsedDeadline(shown, DeadlineKind.DATED, milestones, null, warnings);
        }
        if (ONGOING.matcher(folded).find()) { // "… phối hợp với Thanh tra tỉnh thực hiện thường xuyên."
            return new ParsedDeadline(shown, DeadlineKind.ONGOING, milestones, null, warnings);
        }
        return ParsedDeadline.absent();
    }

    private static Recurrence recurrence(String folded) {
        if (WEEKLY.matcher(folded).find()) {
            return Recurrence.WEEKLY;
        }
        if (HALF_YEARLY.matcher(folded).find()) {
            return Recurrence.HALF_YEARLY;
        }
        if (MONTHLY.matcher(folded).find()) {
            return Recurrence.MONTHLY;
        }
        if (QUARTERLY.matcher(folded).find()) {
            return Recurrence.QUARTERLY;
        }
        if (YEARLY.matcher(folded).find()) {
            return Recurrence.YEARLY;
        }
        return null;
    }
}
