package vn.cchc.demo;

import vn.cchc.plan.PlanDraft;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Seed 001 (the steering committee's yearly plan, 02/KH-BCĐ of 25/01/2024) as if it were this year's: the same
 * sections, tasks and agencies, each deadline phrase read again with the seed's year replaced by the current one,
 * the title and number marked as sample data. Whatever day the demo is loaded, a few tasks fall due within the next
 * {@link #WINDOW_DAYS} days and a few are already past their deadline: when the moved deadlines alone do not give
 * that, some later tasks get a dated deadline inside the window or before today (still in this year).
 */
final class CurrentYearPlan {

    public static final String MARK = "[Dữ liệu mẫu] ";
    public static final String NUMBER_SUFFIX = "-MẪU";
    public static final int WINDOW_DAYS = 30;
    static final int AT_LEAST = 3;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private CurrentYearPlan() {
    }

    public static PlanDraft from(PlanDraft seed, LocalDate today) {
        int year = today.getYear();
        int seedYear = seed.year();
        Pattern seedYearWord = Pattern.compile("\\b" + seedYear + "\\b");
        List<PlanDraft.Task> tasks = new ArrayList<>();
        for (PlanDraft.Task t : seed.tasks()) {
            String text = t.deadlineText() == null ? null : seedYearWord.matcher(t.deadlineText()).replaceAll(String.valueOf(year));
            tasks.add(text == null ? t : t.withDeadline(text, year));
        }
        LocalDate windowEnd = min(today.plusDays(WINDOW_DAYS), LocalDate.of(year, 12, 31));
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        long dueSoon = tasks.stream().filter(t -> within(due(t), today, windowEnd)).count();
        long overdue = tasks.stream().filter(t -> due(t) != null && due(t).isBefore(today)).count();
        // Only tasks due after the window are re-dated, so a task already due soon or overdue keeps its own deadline.
        int k = 0;
        for (int i = 0; i < tasks.size() && (dueSoon < AT_LEAST || overdue < AT_LEAST && today.isAfter(yearStart)); i++) {
            PlanDraft.Task t = tasks.get(i);
            if (due(t) == null || !due(t).isAfter(windowEnd)) {
                continue;
            }
            k++;
            LocalDate day;
            if (dueSoon < AT_LEAST) {
                day = min(today.plusDays(7L * k), windowEnd);
                dueSoon++;
            } else {
                day = max(today.minusDays(10L * k), yearStart);
                overdue++;
            }
            tasks.set(i, t.withDeadline("Trước ngày " + DMY.format(day), year));
        }
        String title = seed.title() == null ? null : seedYearWord.matcher(seed.title()).replaceAll(String.valueOf(year));
        LocalDate date = seed.date() == null ? null : seed.date().withYear(year);
        return new PlanDraft(seed.number() + NUMBER_SUFFIX, seed.type(), MARK + title, seed.issuer(), seed.place(), date,
                seed.signer(), seed.signerTitle(), year, seed.theme(), seed.purposes(), seed.requirements(),
                seed.references(), seed.targets(), tasks, List.of(), seed.sourceText());
    }

    /** The deadline a task is followed by: its last milestone, as the plan's task lists take it. */
    static LocalDate due(PlanDraft.Task t) {
        return t.milestones().isEmpty() ? null : t.milestones().get(t.milestones().size() - 1).due();
    }

    private static boolean within(LocalDate due, LocalDate from, LocalDate to) {
        return due != null && !due.isBefore(from) && !due.isAfter(to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
