package org.cartledger.web.record;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.Choices;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.transcript.EntryFacts;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.web.language.ProgramTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each entry in one line in the page's language, worded from the facts the transcript keeps ({@link EntryFacts}):
 * the same facts as the transcript's English summary, with catalog items, tracks and the fixed sets by their names
 * in that language and dates as the pages write them. The words are the summaries bundle's, one pattern per kind
 * of entry and one per optional part. The transcript's own summary stays what its files (the bundle, the PDF, the
 * CSV) print; a line written before the transcript kept facts, or of a kind this page does not know, shows that
 * summary, marked as English. Templates call it as {@code @entrySummaries}.
 */
@Component("entrySummaries")
public class EntrySummaries {

    private static final String ENGLISH = Locale.ENGLISH.toLanguageTag();

    private final MessageSource messages;
    private final ProgramTime time;

    public EntrySummaries(MessageSource messages, ProgramTime time) {
        this.messages = messages;
        this.time = time;
    }

    /** In the page's language. */
    public EntrySummary of(TranscriptEntryView entry) {
        return of(entry, LocaleContextHolder.getLocale());
    }

    public EntrySummary of(TranscriptEntryView entry, Locale locale) {
        Optional<String> worded = entry.facts().isEmpty() ? Optional.empty()
                : new Wording(entry.facts(), locale).of(entry.entryType());
        return worded.map(text -> new EntrySummary(text, null)).orElseGet(() -> new EntrySummary(entry.summary(), ENGLISH));
    }

    /** One entry's facts, worded in one language. */
    private final class Wording {

        private final Map<String, String> facts;
        private final Locale locale;

        Wording(Map<String, String> facts, Locale locale) {
            this.facts = facts;
            this.locale = locale;
        }

        Optional<String> of(String type) {
            String line = switch (type) {
                case "TraineeEnrolled" -> words(type, fact("fullName"), track(fact("track")), date("startDate"), date("endDate"),
                        part(type + ".mentor", "mentorId"), part(type + ".length", "lengthApprovedBy", "lengthReason"));
                case "ProgramExtended" -> words(type, date("previousEndDate"), date("newEndDate"), fact("approvedBy"), fact("reason"));
                case "ProgramCompleted" -> words(type, fact("summary"), part(type + ".waiver", "waiverApprovedBy", "waiverReason"));
                case "TraineeWithdrawn" -> words(type, fact("reason"));
                case "AttendanceRecorded" -> words(type, activity(fact("activityType")), part(type + ".duration", "durationMinutes"),
                        facts.containsKey("presentedCase") ? words(type + ".case", fact("caseTopic")) : "");
                case "ProcedureRecorded" -> words(type, procedure(fact("procedure")), choice("procedureSettings", "setting"),
                        choice("supervisionLevels", "supervisionLevel"), fact("supervisorId"), onBehalf());
                case "SkillSignedOff" -> words(type, skill(fact("skill")), fact("signedOffBy"), onBehalf());
                case "ResearchProgressRecorded" -> words(type, fact("projectTitle"), choice("researchMilestones", "milestone"),
                        part(type + ".summary", "summary"));
                case "RotationEvaluationRecorded" -> words(type, fact("rotation"), fact("evaluatorId"), onBehalf(), levels());
                case "FacultyFeedbackRecorded" -> words(type, fact("facultyId"), onBehalf());
                case "TechnicalCompetencyAssessed" -> words(type, choice("technicalAreas", "area"),
                        facts.containsKey("procedure") ? words(type + ".procedure", procedure(fact("procedure"))) : "",
                        fact("level"), fact("assessorId"), onBehalf());
                case "CommitteeReviewRecorded" -> words(type, month(fact("reviewMonth")), choice("committeeDecisions", "decision"),
                        choice("autonomyLevels", "autonomyGranted"));
                case "EntryCorrected" -> words(type, fact("correctedEntryId"), part(type + ".replacement", "replacementEntryId"),
                        fact("reason"));
                case "TraineeMovedToRequirementSet" -> words(type, fact("version"), fact("reason"));
                default -> null;
            };
            return Optional.ofNullable(line);
        }

        private String fact(String name) {
            return facts.getOrDefault(name, "");
        }

        /** An optional part of the line: its words when the entry has the first of the facts, else nothing. */
        private String part(String key, String... names) {
            if (!facts.containsKey(names[0])) {
                return "";
            }
            return words(key, Arrays.stream(names).map(this::fact).toArray(Object[]::new));
        }

        private String onBehalf() {
            return facts.containsKey("onBehalfOf") ? words("onBehalf") : "";
        }

        private String words(String key, Object... arguments) {
            return messages.getMessage("summary." + key, arguments, locale);
        }

        private String date(String name) {
            try {
                return time.date(LocalDate.parse(fact(name)), locale);
            } catch (DateTimeParseException notADate) {
                return fact(name);
            }
        }

        private String month(String value) {
            try {
                return YearMonth.parse(value).format(DateTimeFormatter.ofPattern(words("monthPattern"), locale));
            } catch (DateTimeParseException notAMonth) {
                return value;
            }
        }

        private String track(String code) {
            return name("track.", code, code);
        }

        private String activity(String code) {
            return name("activity.", code, TrainingCatalog.activityType(code).map(ActivityType::name).orElse(code));
        }

        private String procedure(String code) {
            return name("procedure.", code, TrainingCatalog.procedure(code).map(CatalogItem::name).orElse(code));
        }

        private String skill(String code) {
            return name("skill.", code, TrainingCatalog.skill(code).map(CatalogItem::name).orElse(code));
        }

        /** Rated competencies in the catalog's order, any the catalog no longer lists after them. */
        private String levels() {
            List<String> rated = new ArrayList<>();
            List<String> codes = new ArrayList<>(TrainingCatalog.competencies().stream().map(CatalogItem::code).toList());
            facts.keySet().stream().filter(name -> name.startsWith(EntryFacts.MILESTONE_LEVEL))
                    .map(name -> name.substring(EntryFacts.MILESTONE_LEVEL.length()))
                    .filter(code -> !codes.contains(code)).sorted().forEach(codes::add);
            for (String code : codes) {
                String level = facts.get(EntryFacts.MILESTONE_LEVEL + code);
                if (level != null) {
                    String competency = name("competency.", code, TrainingCatalog.competency(code).map(CatalogItem::name).orElse(code));
                    rated.add(words("level", competency, level));
                }
            }
            return String.join(words("separator"), rated);
        }

        /** A catalog item's or a track's name in this language; the catalog's own (English) where the bundles have none. */
        private String name(String prefix, String code, String otherwise) {
            return messages.getMessage(prefix + code, null, otherwise, locale);
        }

        /** A value of one of {@code GET /api/catalog}'s fixed sets, by its label in this language; its code if unlisted. */
        private String choice(String set, String name) {
            String code = fact(name);
            boolean chinese = locale.getLanguage().equals(Locale.CHINESE.getLanguage());
            return Choices.all().getOrDefault(set, List.of()).stream().filter(choice -> choice.code().equals(code))
                    .map(choice -> chinese ? choice.labelZh() : choice.label()).findFirst().orElse(code);
        }
    }
}
