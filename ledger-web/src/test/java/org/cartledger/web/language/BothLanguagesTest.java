package org.cartledger.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.junit.jupiter.api.Test;

/** Every page speaks both languages: no word in one bundle is missing from the other, nor any skill of the catalog. */
class BothLanguagesTest {

    @Test
    void englishAndChineseHaveTheSameWords() throws IOException {
        for (String bundle : LanguageConfiguration.BUNDLES) {
            assertThat(bundle(bundle, "zh_CN").stringPropertyNames()).as(bundle)
                    .isEqualTo(bundle(bundle, "en").stringPropertyNames());
        }
    }

    /**
     * A message with arguments is read by MessageFormat, which takes a single apostrophe as a quote and drops it
     * ("the ledger's key" shows as "the ledgers key"): there it must be doubled. The scripts' words ({@code .js.})
     * are handed over unformatted and fill in their own arguments.
     */
    @Test
    void anApostropheInAMessageWithArgumentsIsDoubled() throws IOException {
        for (String bundle : LanguageConfiguration.BUNDLES) {
            for (String language : java.util.List.of("en", "zh_CN")) {
                Properties words = bundle(bundle, language);
                for (String key : words.stringPropertyNames()) {
                    String value = words.getProperty(key);
                    if (!key.contains(".js.") && value.matches("(?s).*\\{\\d+[^}]*}.*")) {
                        assertThat(value.replace("''", "")).as(bundle + "_" + language + " " + key).doesNotContain("'");
                    }
                }
            }
        }
    }

    @Test
    void noWordIsInTwoBundles() throws IOException {
        java.util.Map<String, String> seenIn = new java.util.HashMap<>();
        for (String bundle : LanguageConfiguration.BUNDLES) {
            for (String key : bundle(bundle, "en").stringPropertyNames()) {
                assertThat(seenIn.put(key, bundle)).as(key + " in " + bundle).isNull();
            }
        }
    }

    @Test
    void everySkillOfTheCatalogHasANameInBothLanguages() throws IOException {
        Properties english = bundle("en");
        Properties chinese = bundle("zh_CN");
        for (CatalogItem skill : TrainingCatalog.skills()) {
            assertThat(english.getProperty("skill." + skill.code())).as(skill.code()).isEqualTo(skill.name());
            assertThat(chinese.getProperty("skill." + skill.code())).as(skill.code()).isNotBlank();
        }
    }

    /** The entry forms and the committee's charts name every activity and procedure, the ones added later too. */
    @Test
    void everyActivityAndProcedureOfTheCatalogHasANameInBothLanguages() throws IOException {
        for (String language : java.util.List.of("en", "zh_CN")) {
            Properties entries = bundle("web/entries", language);
            Properties committee = bundle("web/committee", language);
            for (org.cartledger.api.catalog.ActivityType activity : TrainingCatalog.activityTypes()) {
                assertThat(entries.getProperty("activity." + activity.code())).as(language + " " + activity.code()).isNotBlank();
                assertThat(committee.getProperty("committee.activity." + activity.code())).as(language + " " + activity.code()).isNotBlank();
            }
            for (CatalogItem procedure : TrainingCatalog.procedures()) {
                assertThat(entries.getProperty("procedure." + procedure.code())).as(language + " " + procedure.code()).isNotBlank();
                assertThat(committee.getProperty("committee.procedure." + procedure.code())).as(language + " " + procedure.code()).isNotBlank();
            }
        }
    }

    @Test
    void everyKindOfEntryHasANameInBothLanguages() throws IOException {
        for (String language : java.util.List.of("en", "zh_CN")) {
            Properties record = bundle("web/record", language);
            for (Class<?> kind : org.cartledger.api.recording.LedgerEntryEvent.class.getPermittedSubclasses()) {
                String type = kind.getSimpleName().replaceFirst("Event$", "");
                assertThat(record.getProperty("entryType." + type)).as(language + " " + type).isNotBlank();
            }
        }
    }

    @Test
    void onlyEnglishAndSimplifiedChineseAreChosenByTheLink() {
        assertThat(OnlyOurLanguages.spoken("zh-CN")).contains(java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(OnlyOurLanguages.spoken("zh")).contains(java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(OnlyOurLanguages.spoken("en")).contains(java.util.Locale.ENGLISH);
        assertThat(OnlyOurLanguages.spoken("fr")).isEmpty();
    }

    private static Properties bundle(String suffix) throws IOException {
        return bundle("web/messages", suffix);
    }

    private static Properties bundle(String basename, String suffix) throws IOException {
        Properties properties = new Properties();
        var stream = BothLanguagesTest.class.getResourceAsStream("/" + basename + "_" + suffix + ".properties");
        assertThat(stream).as(basename + "_" + suffix + ".properties").isNotNull();
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
