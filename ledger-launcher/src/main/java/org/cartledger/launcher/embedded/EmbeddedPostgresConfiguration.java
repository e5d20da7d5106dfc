package org.cartledger.launcher.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured, the ledger starts a real PostgreSQL of its own, so that a newcomer
 * needs nothing installed. Its data directory survives restarts: the ledger is still there tomorrow.
 * Set {@code SPRING_DATASOURCE_URL} (and user and password) to use another server instead.
 *
 * <p>The server is stopped by this context only, as the last thing it destroys: the pool and every
 * bean that reads or writes (Axon's processors, the read models) depend on it, so Spring stops them
 * first. The library's own JVM shutdown hook is left out, because on SIGTERM it ran beside Spring's
 * and cut the processors off mid-work.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedServer embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        Files.createDirectories(dataDirectory);
        new OrphanedServer(dataDirectory, properties.port()).stopIfRunning();
        return new EmbeddedServer(DurablePostgres.start(dataDirectory, properties.port()));
    }

    @Bean
    public DataSource dataSource(EmbeddedServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        // names the pool's connections in pg_stat_activity, and in EmbeddedServer's word on any left open
        dataSource.addDataSourceProperty("ApplicationName", "ledger");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("ledger");
        return dataSource;
    }
}
