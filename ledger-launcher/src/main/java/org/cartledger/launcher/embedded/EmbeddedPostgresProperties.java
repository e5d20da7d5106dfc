package org.cartledger.launcher.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and listens.
 *
 * @param dataDirectory kept across restarts; {@code ./ledger-data/postgres} unless set
 * @param port          the port it listens on at 127.0.0.1, so psql can look in too
 */
@ConfigurationProperties("ledger.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, Integer port) {

    public EmbeddedPostgresProperties {
        dataDirectory = dataDirectory != null ? dataDirectory : Path.of("ledger-data", "postgres");
        port = port != null ? port : 54329;
    }
}
