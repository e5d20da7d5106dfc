package org.cartledger.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The link to the other language keeps the page's own query and changes only the language. */
class LanguageLinksTest {

    @Test
    void thePagesQueryIsKeptAndOnlyTheLanguageChanges() {
        assertThat(LanguageLinks.of(null, "zh-CN")).isEqualTo("?lang=zh-CN");
        assertThat(LanguageLinks.of("", "en")).isEqualTo("?lang=en");
        assertThat(LanguageLinks.of("on=2026-11-01", "zh-CN")).isEqualTo("?on=2026-11-01&lang=zh-CN");
        assertThat(LanguageLinks.of("q=%E5%B0%8F%E6%98%8E&lang=en", "zh-CN")).isEqualTo("?q=%E5%B0%8F%E6%98%8E&lang=zh-CN");
        assertThat(LanguageLinks.of("lang=zh-CN&review=e-1&lang", "en")).isEqualTo("?review=e-1&lang=en");
        assertThat(LanguageLinks.of("language=x", "en")).as("only the parameter itself").isEqualTo("?language=x&lang=en");
    }
}
