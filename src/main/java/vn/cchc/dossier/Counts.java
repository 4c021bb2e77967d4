package vn.cchc.dossier;

import vn.cchc.indicator.Measure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The summed aggregates of one unit (or field, or the province) for a period: flows within the period and
 * the dossiers still open (and open and overdue) at its end.
 */
record Counts(long received, long receivedOnline, long receivedDigitised, long receivedSynced, long receivedFee,
                     long receivedPaidOnline, long receivedComplaint, long finished, long finishedOnTime,
                     long finishedLate, long finishedLateApology, BigDecimal processingDays, long resultBase,
                     long electronicResult, long openAtEnd, long overdueAtEnd) {

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(received + o.received, receivedOnline + o.receivedOnline, receivedDigitised + o.receivedDigitised,
                receivedSynced + o.receivedSynced, receivedFee + o.receivedFee, receivedPaidOnline + o.receivedPaidOnline,
                receivedComplaint + o.receivedComplaint, finished + o.finished, finishedOnTime + o.finishedOnTime,
                finishedLate + o.finishedLate, finishedLateApology + o.finishedLateApology,
                processingDays.add(o.processingDays), resultBase + o.resultBase, electronicResult + o.electronicResult,
                openAtEnd + o.openAtEnd, overdueAtEnd + o.overdueAtEnd);
    }

    /** Late in the period: finished late, plus still open and overdue at its end. */
    public long late() {
        return finishedLate + overdueAtEnd;
    }

    /** Dossiers handled in the period (766 indicator 2.1's denominator): finished in it, or open at its end. */
    public long handled() {
        return finished + openAtEnd;
    }

    public long onTimeOrNotDue() {
        return finishedOnTime + (openAtEnd - overdueAtEnd);
    }

    public boolean empty() {
        return received == 0 && finished == 0 && openAtEnd == 0;
    }

    /** The computed indicators, by catalogue code. */
    public Map<String, Measure> measures() {
        Map<String, Measure> m = new LinkedHashMap<>();
        m.put("CS766_1_4", Measure.of(receivedSynced, received));
        m.put("CS766_2_1", Measure.of(onTimeOrNotDue(), handled()));
        m.put("CS766_2_2", new Measure(processingDays, BigDecimal.valueOf(finished)));
        m.put("CS766_3_3", Measure.of(receivedOnline, received));
        m.put("CS766_3_6", Measure.of(receivedPaidOnline, receivedFee));
        m.put("CS766_4_1", Measure.of(electronicResult, resultBase));
        m.put("CS766_4_2", Measure.of(receivedDigitised, received));
        m.put("CS766_5_4", satisfaction());
        m.put("HS_TIEP_NHAN", Measure.count(received));
        m.put("HS_HOAN_THANH", Measure.count(finished));
        m.put("HS_TRE_HAN", Measure.count(late()));
        m.put("KH_HS_XIN_LOI", Measure.of(finishedLateApology, finishedLate));
        m.put("KH_HS_TON_DONG", Measure.count(overdueAtEnd));
        return m;
    }

    /** A computed ratio in %, or null without a denominator. */
    public BigDecimal percent(String code) {
        Measure m = measures().get(code);
        return m == null ? null : m.value(vn.cchc.indicator.IndicatorMeasure.RATIO);
    }

    /** Average processing days of the finished dossiers (766 indicator 2.2), or null. */
    public BigDecimal averageDays() {
        return new Measure(processingDays, BigDecimal.valueOf(finished)).value(vn.cchc.indicator.IndicatorMeasure.AMOUNT);
    }

    /** 766 indicator 5.4: 100 % − (late rate + complaint rate), as one exact fraction. */
    Measure satisfaction() {
        long d = handled();
        if (d == 0) {
            return Measure.of(0, 0);
        }
        if (received == 0) {
            return Measure.of(d - late(), d);
        }
        BigDecimal den = BigDecimal.valueOf(d).multiply(BigDecimal.valueOf(received));
        BigDecimal num = den.subtract(BigDecimal.valueOf(late()).multiply(BigDecimal.valueOf(received)))
                .subtract(BigDecimal.valueOf(receivedComplaint).multiply(BigDecimal.valueOf(d)));
        return new Measure(num.max(BigDecimal.ZERO), den);
    }
}
