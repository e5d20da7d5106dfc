package org.cartledger.web.entries;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.Choice;
import org.cartledger.api.catalog.Choices;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.http.input.TextRule;
import org.cartledger.web.entries.FormField.Input;
import org.cartledger.web.language.ProgramTime;
import org.cartledger.web.language.TypedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The entry forms, built from the program's catalog (the same data as {@code GET /api/catalog}): what can be
 * attended or performed, the competencies and their milestone levels, and the fixed sets with their English and
 * Chinese labels ({@link Choices}). Nothing here lists a code; a code added to the catalog appears in the form.
 * Catalog items have English names only; their Chinese names are in the entries bundle, under the item's code.
 */
@Component
public class EntryForms {

    static final String DATE = "date";
    static final String LEVEL_PREFIX = "level.";
    /** The most frequent attendance, first on the list: rounds are daily. */
    private static final String DAILY_ROUNDS = "DAILY_CLINICAL_ROUNDS";
    private static final int NOTES_MAX = 4000;

    private final MessageSource messages;
    private final ProgramTime time;

    public EntryForms(MessageSource messages, ProgramTime time) {
        this.messages = messages;
        this.time = time;
    }

    /**
     * The fields of a kind's form for a trainee: research progress suggests the titles of the trainee's projects
     * so far (from the dashboard), so that progress on one project is recorded under one title.
     */
    public List<FormField> fields(EntryKind kind, Locale locale, List<String> projectTitles) {
        return fields(kind, locale).stream().map(field -> !field.name().equals("projectTitle") ? field
                : new FormField(field.name(), field.label(), field.input(),
                        projectTitles.stream().map(title -> new Option(title, title, null)).toList(), field.required(),
                        field.maxLength(), field.initial())).toList();
    }

    /** The fields of a kind's form, in the page's language, starting with the day it happened (today). */
    public List<FormField> fields(EntryKind kind, Locale locale) {
        List<FormField> fields = new ArrayList<>();
        fields.add(new FormField(DATE, word("entry.field.date", locale), Input.DATE, List.of(), true, 0,
                time.today().toString()));
        switch (kind) {
            case PROCEDURE -> {
                fields.add(choice("procedure", locale, items(TrainingCatalog.procedures(), CatalogItem::code, CatalogItem::name,
                        "procedure.", locale), true, null));
                fields.add(choice("setting", locale, choices("procedureSettings", locale), true, null));
                fields.add(choice("supervisionLevel", locale, choices("supervisionLevels", locale), true, null));
                fields.add(text("notes", Input.TEXTAREA, false, NOTES_MAX, locale));
            }
            case ATTENDANCE -> {
                List<Option> activities = items(TrainingCatalog.activityTypes(), ActivityType::code, ActivityType::name, "activity.", locale);
                fields.add(choice("activityType", locale, activities, true,
                        TrainingCatalog.activityType(DAILY_ROUNDS).map(ActivityType::code).orElse(null)));
                fields.add(new FormField("presentedCase", word("entry.field.presentedCase", locale), Input.YES_NO, List.of(), false, 0, null));
                fields.add(text("caseTopic", Input.TEXT, false, 500, locale));
                fields.add(new FormField("durationMinutes", word("entry.field.durationMinutes", locale), Input.NUMBER, List.of(), false,
                        24 * 60, null));
                fields.add(text("notes", Input.TEXTAREA, false, NOTES_MAX, locale));
            }
            case ROTATION_EVALUATION -> {
                fields.add(text("rotation", Input.TEXT, true, 200, locale));
                for (CatalogItem competency : TrainingCatalog.competencies()) {
                    fields.add(new FormField(LEVEL_PREFIX + competency.code(), name("competency.", competency.code(), competency.name(), locale),
                            Input.LEVEL, milestoneLevels(locale), true, 0, null));
                }
                fields.add(text("comments", Input.TEXTAREA, false, NOTES_MAX, locale));
            }
            case FEEDBACK -> {
                fields.add(text("strengths", Input.TEXTAREA, false, NOTES_MAX, locale));
                fields.add(text("areasForImprovement", Input.TEXTAREA, false, NOTES_MAX, locale));
                fields.add(text("careerDevelopment", Input.TEXTAREA, false, NOTES_MAX, locale));
            }
            case TECHNICAL_ASSESSMENT -> {
                fields.add(choice("area", locale, choices("technicalAreas", locale), true, null));
                fields.add(choice("procedure", locale, items(TrainingCatalog.procedures(), CatalogItem::code, CatalogItem::name,
                        "procedure.", locale), false, null));
                fields.add(new FormField("level", word("entry.field.level", locale), Input.LEVEL, milestoneLevels(locale), true, 0, null));
                fields.add(text("comments", Input.TEXTAREA, false, NOTES_MAX, locale));
            }
            case RESEARCH -> {
                fields.add(text("projectTitle", Input.TEXT, true, 500, locale));
                fields.add(choice("milestone", locale, choices("researchMilestones", locale), true, null));
                fields.add(text("summary", Input.TEXTAREA, false, NOTES_MAX, locale));
            }
        }
        return fields;
    }

    /**
     * When an entry on a chosen day happened: now, for today (what was just done); noon in the program's zone
     * for another day, which the form does not ask the hour of.
     */
    public static java.time.Instant occurredAt(LocalDate day, java.time.Instant now, java.time.ZoneId zone) {
        return day.equals(now.atZone(zone).toLocalDate()) ? now : day.atTime(12, 0).atZone(zone).toInstant();
    }

    /** The catalog's milestone levels, lowest first, each with what it means. */
    public List<Option> milestoneLevels(Locale locale) {
        return IntStream.rangeClosed(TrainingCatalog.LOWEST_MILESTONE_LEVEL, TrainingCatalog.HIGHEST_MILESTONE_LEVEL)
                .mapToObj(level -> new Option(String.valueOf(level), String.valueOf(level), word("milestone." + level, locale)))
                .toList();
    }

    /**
     * The form as sent, read against its fields: a value the form does not offer, a day that is not a date,
     * text too long or with a control character, or a required field left blank is a problem of that field.
     */
    public FilledForm read(EntryKind kind, List<FormField> fields, Function<String, String> parameter) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (FormField field : fields) {
            String sent = parameter.apply(field.name());
            String value = TypedText.of(sent);
            String problem = value == null ? (field.required() ? required(field) : null) : problem(field, value);
            if (problem != null) {
                problems.put(field.name(), problem);
            }
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        if (kind == EntryKind.FEEDBACK && problems.isEmpty()
                && fields.stream().filter(f -> f.input() == Input.TEXTAREA).noneMatch(f -> values.containsKey(f.name()))) {
            problems.put("strengths", "entry.problem.feedbackEmpty");
        }
        return new FilledForm(values, problems);
    }

    private static String required(FormField field) {
        return field.options().isEmpty() ? "entry.problem.required" : "entry.problem.choose";
    }

    private static String problem(FormField field, String value) {
        return switch (field.input()) {
            case CHOICE, LIST, LEVEL -> field.offers(value) ? null : "entry.problem.notOffered";
            case YES_NO -> value.equals("true") ? null : "entry.problem.notOffered";
            case DATE -> isDate(value) ? null : "entry.problem.notADate";
            case NUMBER -> isNumberUpTo(value, field.maxLength()) ? null : "entry.problem.notANumber";
            case TEXT, TEXTAREA -> value.length() > field.maxLength() ? "entry.problem.tooLong"
                    : TextRule.allows(value, field.input() == Input.TEXTAREA) ? null : "entry.problem.control";
        };
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isNumberUpTo(String value, int max) {
        if (!value.matches("[0-9]{1,9}")) {
            return false;
        }
        int number = Integer.parseInt(value);
        return number >= 1 && number <= max;
    }

    private FormField choice(String name, Locale locale, List<Option> options, boolean required, String initial) {
        return new FormField(name, word("entry.field." + name, locale), options.size() > 6 ? Input.LIST : Input.CHOICE, options,
                required, 0, initial);
    }

    private FormField text(String name, Input input, boolean required, int maxLength, Locale locale) {
        return new FormField(name, word("entry.field." + name, locale), input, List.of(), required, maxLength, null);
    }

    /** A fixed set of {@code GET /api/catalog}'s choices, with the label of the page's language. */
    private static List<Option> choices(String set, Locale locale) {
        List<Choice> choices = Choices.all().get(set);
        if (choices == null) {
            throw new IllegalStateException("The catalog has no choices named " + set);
        }
        boolean chinese = locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        return choices.stream().map(choice -> new Option(choice.code(), chinese ? choice.labelZh() : choice.label(), null)).toList();
    }

    private <T> List<Option> items(List<T> items, Function<T, String> code, Function<T, String> englishName, String prefix, Locale locale) {
        return items.stream().map(item -> new Option(code.apply(item), name(prefix, code.apply(item), englishName.apply(item), locale), null))
                .toList();
    }

    /** A catalog item's name in the page's language; the catalog's own (English) where the bundle has none. */
    private String name(String prefix, String code, String englishName, Locale locale) {
        return messages.getMessage(prefix + code, null, englishName, locale);
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
