package io.factdesk.bench;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts every SQL statement Hibernate prepares (queries, lazy loads, flushes), for
 * {@link QueryCountTest}. Test code only: registered with the default persistence unit through
 * {@code @PersistenceUnitExtension}, it leaves each statement as it is. Statements run on a plain JDBC
 * connection (the history's appender) are not Hibernate's and are not counted.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    private static final AtomicLong COUNT = new AtomicLong();

    @Override
    public String inspect(String sql) {
        COUNT.incrementAndGet();
        return sql;
    }

    public static long count() {
        return COUNT.get();
    }
}
