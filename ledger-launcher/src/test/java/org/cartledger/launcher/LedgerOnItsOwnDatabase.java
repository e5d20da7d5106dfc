package org.cartledger.launcher;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.lang.reflect.Modifier;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class that talks to one running ledger: creates a private database, starts the whole
 * ledger on it, fills the class's static fields of type {@link TestDatabase}, {@link RunningLedger}
 * and {@link EventStoreRows}, and stops and drops everything after the class; with the class's
 * {@link LedgerProperties}, if it has any. It runs before the
 * class's own {@code @BeforeAll}, so that can record what its tests start from.
 */
final class LedgerOnItsOwnDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LedgerOnItsOwnDatabase.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        TestDatabase database = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>(database.springProperties());
        LedgerProperties settings = context.getRequiredTestClass().getAnnotation(LedgerProperties.class);
        if (settings != null) {
            for (String setting : settings.value()) {
                properties.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        RunningLedger ledger = RunningLedger.start(properties);
        context.getStore(NAMESPACE).put(TestDatabase.class, database);
        context.getStore(NAMESPACE).put(RunningLedger.class, ledger);
        EventStoreRows store = new EventStoreRows(database);
        for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object value = field.getType() == TestDatabase.class ? database
                    : field.getType() == RunningLedger.class ? ledger
                    : field.getType() == EventStoreRows.class ? store : null;
            if (value != null) {
                field.setAccessible(true);
                field.set(null, value);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        context.getStore(NAMESPACE).get(RunningLedger.class, RunningLedger.class).close();
        context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class).close();
    }
}
