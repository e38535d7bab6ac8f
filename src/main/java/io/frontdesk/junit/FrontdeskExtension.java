package io.frontdesk.junit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JUnit 5 extension behind {@link Frontdesk} (docs/sandbox.md, "JUnit 5 extension"): starts an in-process sandbox
 * once per class or once per run, gives each test its account as {@link Isolation} says, loads the packs named by
 * {@link FrontdeskFixture}, and resolves {@link FrontdeskSandbox}, {@link AdminClient}, {@link SandboxAccount} and
 * {@code List<SandboxAccount>} parameters.
 *
 * <p>Registered by {@code @Frontdesk(...)}, by {@code @ExtendWith(FrontdeskExtension.class)} (the defaults), or in a
 * static field, when a setting is known only at run time:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FrontdeskExtension FRONTDESK = FrontdeskExtension.builder()
 *         .isolation(Isolation.RESET)
 *         .setting("database-url", System.getenv("MY_TEST_DATABASE_URL"))
 *         .build();
 * }</pre>
 */
public final class FrontdeskExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            FrontdeskExtension.class);
    private static final String ACCOUNTS = "accounts";

    /** Null when the options come from the test class's {@link Frontdesk} annotation. */
    private final ExtensionOptions registered;

    /** For {@code @Frontdesk} and {@code @ExtendWith}: options from the annotation, else the defaults. */
    public FrontdeskExtension() {
        this(null);
    }

    private FrontdeskExtension(ExtensionOptions registered) {
        this.registered = registered;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // Only the class that started a PER_CLASS server holds it in its own store level (a @Nested class sees its
        // outer class's); stopping it here, not when the store closes, stops it before the afterAll of extensions
        // registered earlier (a database they drop, say).
        EmbeddedFrontdesk own = context.getStore(NAMESPACE).remove(options(context).classKey(),
                EmbeddedFrontdesk.class);
        if (own != null) {
            own.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionOptions options = options(context);
        FrontdeskSandbox sandbox = sandbox(context);
        AdminClient admin = sandbox.admin();
        List<String> packs = Fixtures.named(context);
        SandboxAccount account = switch (options.isolation()) {
            // a test with packs gets their accounts instead, deleted after it just the same
            case THROWAWAY_ACCOUNT -> packs.isEmpty() ? admin.createAccount() : null;
            case RESET -> {
                SandboxAccount first = admin.resetAll();
                resetClock(admin);
                yield first;
            }
            case NONE -> sandbox.firstAccount().orElse(null);
        };
        boolean throwaway = options.isolation() == Isolation.THROWAWAY_ACCOUNT;
        List<SandboxAccount> loaded = new ArrayList<>();
        try {
            for (String pack : packs) {
                loaded.addAll(admin.loadFixtureResource(pack));
            }
        } finally {
            // stored before a failed pack's exception goes on, so afterEach deletes what the earlier packs made
            List<SandboxAccount> all = !loaded.isEmpty() ? loaded : account == null ? List.of() : List.of(account);
            context.getStore(NAMESPACE).put(ACCOUNTS, new TestAccounts(all.isEmpty() ? null : all.get(0), all,
                    throwaway ? all : List.of()));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (options(context).isolation() != Isolation.THROWAWAY_ACCOUNT) {
            return;
        }
        AdminClient admin = sandbox(context).admin();
        TestAccounts accounts = context.getStore(NAMESPACE).remove(ACCOUNTS, TestAccounts.class);
        if (accounts != null) {
            for (SandboxAccount account : accounts.throwaway()) {
                try {
                    admin.deleteAccount(account.id());
                } catch (AdminException e) {
                    if (e.status() != 404) {
                        throw e;
                    }
                }
            }
        }
        // what a test changes beyond its account: the one clock and the fault rules
        resetClock(admin);
        admin.clearFaults();
    }

    /** A server started with {@code clock-control=false} has a clock that cannot be moved, so none to put back. */
    private static void resetClock(AdminClient admin) {
        try {
            admin.resetClock();
        } catch (AdminException e) {
            if (e.status() != 409) {
                throw e;
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FrontdeskSandbox.class || type == AdminClient.class || type == SandboxAccount.class
                || type == List.class && listOfAccounts(parameter.getParameter().getParameterizedType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == FrontdeskSandbox.class) {
            return sandbox(context);
        }
        if (type == AdminClient.class) {
            return sandbox(context).admin();
        }
        TestAccounts accounts = context.getStore(NAMESPACE).get(ACCOUNTS, TestAccounts.class);
        if (accounts == null || context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("A SandboxAccount belongs to one test: take it in a @Test, "
                    + "@BeforeEach or @AfterEach method (FrontdeskSandbox and AdminClient serve the whole class)");
        }
        if (type == SandboxAccount.class) {
            if (accounts.account() == null) {
                throw new ParameterResolutionException("Isolation.NONE on a store kept from an earlier run has no "
                        + "known account: use THROWAWAY_ACCOUNT or RESET, or AdminClient.createAccount()");
            }
            return accounts.account();
        }
        return accounts.all();
    }

    private static boolean listOfAccounts(Type type) {
        return type instanceof ParameterizedType list && list.getActualTypeArguments().length == 1
                && list.getActualTypeArguments()[0] == SandboxAccount.class;
    }

    /** The server of this class (started here if it is the first to ask) or of the run. */
    private FrontdeskSandbox sandbox(ExtensionContext context) {
        ExtensionOptions options = options(context);
        if (options.lifecycle() == Lifecycle.PER_RUN) {
            return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(options.runKey(),
                    key -> start(options), EmbeddedFrontdesk.class).sandbox();
        }
        ExtensionContext owner = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(options.classKey(), key -> start(options),
                EmbeddedFrontdesk.class).sandbox();
    }

    private static EmbeddedFrontdesk start(ExtensionOptions options) {
        try {
            return EmbeddedFrontdesk.start(options.settings());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
    }

    private ExtensionOptions options(ExtensionContext context) {
        if (registered != null) {
            return registered;
        }
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestMethod().isEmpty() && c.getTestClass().isPresent()) {
                Frontdesk annotation = Fixtures.annotation(c.getTestClass().get(), Frontdesk.class);
                if (annotation != null) {
                    return ExtensionOptions.of(annotation);
                }
            }
        }
        return ExtensionOptions.DEFAULTS;
    }

    /** Options for {@code @RegisterExtension}. */
    public static final class Builder {

        private Lifecycle lifecycle = Lifecycle.PER_CLASS;
        private Isolation isolation = Isolation.THROWAWAY_ACCOUNT;
        private final Map<String, String> settings = new TreeMap<>();

        private Builder() {
        }

        public Builder lifecycle(Lifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        public Builder isolation(Isolation isolation) {
            this.isolation = isolation;
            return this;
        }

        /** A server setting by its config-file key ({@code database-url}, {@code rate-limit-default-mode}, …). */
        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        public FrontdeskExtension build() {
            return new FrontdeskExtension(new ExtensionOptions(lifecycle, isolation, settings));
        }
    }
}
