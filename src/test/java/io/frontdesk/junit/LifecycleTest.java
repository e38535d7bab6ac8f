package io.frontdesk.junit;

import io.frontdesk.testing.Client;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which tests share a server: a PER_RUN server outlives the class that started it and serves every class asking for
 * the same settings; other settings get a server of their own. Isolation NONE gives first start's account.
 */
@Frontdesk(lifecycle = Lifecycle.PER_RUN, isolation = Isolation.NONE)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class LifecycleTest {

    private static final AtomicReference<URI> FIRST = new AtomicReference<>();

    @Nested
    @Order(1)
    class FirstClass {

        @Test
        void starts_or_finds_the_run_server(FrontdeskSandbox sandbox, SandboxAccount account) {
            FIRST.set(sandbox.baseUrl());
            assertThat(account).isEqualTo(sandbox.firstAccount().orElseThrow());
            assertThat(new Client(sandbox.baseUrl().toString(), Map.of()).get("/health/ready").status())
                    .isEqualTo(200);
        }
    }

    @Nested
    @Order(2)
    @Frontdesk(lifecycle = Lifecycle.PER_RUN, isolation = Isolation.RESET)
    class SameSettingsOtherIsolation {

        @Test
        void shares_it_after_the_first_class_ended(FrontdeskSandbox sandbox) {
            assertThat(FIRST.get()).as("the first class ran").isNotNull();
            assertThat(sandbox.baseUrl()).isEqualTo(FIRST.get());
            assertThat(new Client(sandbox.baseUrl().toString(), Map.of()).get("/health/ready").status())
                    .isEqualTo(200);
        }
    }

    @Nested
    @Order(3)
    @Frontdesk(lifecycle = Lifecycle.PER_RUN, settings = "request-journal-size=7")
    class OtherSettings {

        @Test
        void get_a_server_of_their_own(FrontdeskSandbox sandbox) {
            assertThat(sandbox.baseUrl()).isNotEqualTo(FIRST.get());
        }
    }

    @Nested
    @Order(4)
    @Frontdesk
    class PerClass {

        private static final AtomicReference<FrontdeskSandbox> OUTER = new AtomicReference<>();

        @Test
        void a_class_server_is_its_own(FrontdeskSandbox sandbox) {
            OUTER.set(sandbox);
            assertThat(sandbox.baseUrl()).isNotEqualTo(FIRST.get());
        }

        @Nested
        class InsideIt {

            @Test
            void a_nested_class_shares_its_outer_class_server(FrontdeskSandbox sandbox) {
                assertThat(sandbox).isSameAs(OUTER.get());
            }
        }
    }

    @Frontdesk(settings = "database-url")
    static final class WithoutValue {
    }

    @Frontdesk(settings = {"request-journal-size = 7", "capture-mail=true"})
    static final class TwoSettings {
    }

    @Test
    void settings_are_key_value_pairs_and_their_order_does_not_split_a_run_server() {
        assertThatThrownBy(() -> ExtensionOptions.of(WithoutValue.class.getAnnotation(Frontdesk.class)))
                .isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining("key=value");
        ExtensionOptions annotated = ExtensionOptions.of(TwoSettings.class.getAnnotation(Frontdesk.class));
        assertThat(annotated.settings()).containsExactlyInAnyOrderEntriesOf(Map.of("request-journal-size", "7",
                "capture-mail", "true"));
        ExtensionOptions reversed = new ExtensionOptions(Lifecycle.PER_RUN, Isolation.RESET,
                Map.of("capture-mail", "true", "request-journal-size", "7"));
        assertThat(reversed.runKey()).isEqualTo(annotated.runKey());
        assertThat(reversed.runKey()).isNotEqualTo(ExtensionOptions.DEFAULTS.runKey());
    }

    @Test
    void unknown_settings_are_refused_before_anything_starts() {
        assertThatThrownBy(() -> EmbeddedFrontdesk.start(Map.of("no-such-key", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-key");
    }
}
