package org.cartledger.web.language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the pages show them: in the program's time zone (Asia/Shanghai by default,
 * {@code ledger.program-time-zone}), whatever the server's or the browser's, and in the page's language.
 * Templates call it as {@code @programTime}.
 */
@Component("programTime")
public class ProgramTime {

    private final ZoneId zone;

    public ProgramTime(@Value("${ledger.program-time-zone}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** An instant, as a date and time in the program's zone, with the zone named. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** An instant, as a machine-readable time for {@code <time datetime>}, in the program's zone. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    public String date(LocalDate date) {
        return date(date, LocaleContextHolder.getLocale());
    }

    public String date(LocalDate date, java.util.Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A month, as a committee review names it: "May 2025", "2025年5月". */
    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("zh".equals(locale.getLanguage()) ? "y年M月" : "MMM y", locale).format(month);
    }

    /** The day an instant falls on in the program's zone. */
    public LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Today, in the program's zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
