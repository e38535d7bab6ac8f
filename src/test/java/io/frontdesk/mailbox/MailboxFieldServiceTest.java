package io.frontdesk.mailbox;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Defining and listing mailbox custom fields through {@link MailboxFieldService}, on both databases. */
@ParameterizedClass
@EnumSource(Backend.class)
class MailboxFieldServiceTest {

    @Parameter
    Backend backend;

    @Test
    void a_created_dropdown_lists_with_its_options_in_the_order_given() {
        Tenant tenant = backend.tenant();
        MailboxFieldService fields = fields(tenant);

        MailboxField created = fields.create(tenant.accountId(), tenant.mailbox().id(), "  Plan ", FieldType.DROPDOWN,
                true, 1, List.of("Trial", " Paid "));

        assertThat(created.name()).isEqualTo("Plan");
        assertThat(created.mailboxId()).isEqualTo(tenant.mailbox().id());
        assertThat(created.options()).extracting(FieldOption::label).containsExactly("Trial", "Paid");
        assertThat(created.options()).extracting(FieldOption::order).containsExactly(1, 2);
        assertThat(fields.list(tenant.accountId(), tenant.mailbox().id())).containsExactly(created);
    }

    @Test
    void fields_list_by_order_then_id_and_only_for_their_mailbox() {
        Tenant tenant = backend.tenant();
        MailboxFieldService fields = fields(tenant);
        long mailbox = tenant.mailbox().id();
        long other = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales", "sales@x.test").id();
        MailboxField late = fields.create(tenant.accountId(), mailbox, "Late", FieldType.DATE, false, 9, List.of());
        MailboxField first = fields.create(tenant.accountId(), mailbox, "First", FieldType.NUMBER, false, 0, List.of());
        MailboxField tieA = fields.create(tenant.accountId(), mailbox, "Tie A", FieldType.SINGLE_LINE, false, 5,
                List.of());
        MailboxField tieB = fields.create(tenant.accountId(), mailbox, "Tie B", FieldType.MULTI_LINE, false, 5,
                List.of());
        MailboxField elsewhere = fields.create(tenant.accountId(), other, "Late", FieldType.DATE, false, 1, List.of());

        assertThat(fields.list(tenant.accountId(), mailbox)).containsExactly(first, tieA, tieB, late);
        assertThat(fields.list(tenant.accountId(), other)).containsExactly(elsewhere);
        Map<Long, List<MailboxField>> both = fields.byMailbox(tenant.accountId(), List.of(mailbox, other, 999999L));
        assertThat(both).containsOnlyKeys(mailbox, other);
        assertThat(both.get(other)).containsExactly(elsewhere);
    }

    @Test
    void another_accounts_mailbox_is_not_found_for_list_and_create() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        MailboxFieldService fields = fields(alice);
        fields.create(alice.accountId(), alice.mailbox().id(), "Plan", FieldType.NUMBER, false, 1, List.of());

        assertNotFound(() -> fields.list(bob.accountId(), alice.mailbox().id()));
        assertNotFound(() -> fields.create(bob.accountId(), alice.mailbox().id(), "Plan", FieldType.NUMBER, false, 1,
                List.of()));
        assertNotFound(() -> fields.list(alice.accountId(), 999_999_999L));
        assertThat(fields.byMailbox(bob.accountId(), List.of(alice.mailbox().id()))).isEmpty();
    }

    @Test
    void every_bad_input_is_reported_at_once_and_nothing_is_stored() {
        Tenant tenant = backend.tenant();
        MailboxFieldService fields = fields(tenant);
        long mailbox = tenant.mailbox().id();

        ApiException e = catchThrowableOfType(ApiException.class, () -> fields.create(tenant.accountId(), mailbox,
                " ", FieldType.DROPDOWN, false, 256, Arrays.asList("A", "", "a", null, "x".repeat(256))));

        assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(e.errors()).extracting(FieldError::path)
                .containsExactly("name", "order", "options[1]", "options[2]", "options[3]", "options[4]");
        assertThat(fields.list(tenant.accountId(), mailbox)).isEmpty();
    }

    @Test
    void dropdowns_need_options_and_other_types_take_none() {
        Tenant tenant = backend.tenant();
        MailboxFieldService fields = fields(tenant);
        long mailbox = tenant.mailbox().id();

        assertInvalid(() -> fields.create(tenant.accountId(), mailbox, "Plan", FieldType.DROPDOWN, false, 1,
                List.of()), "options");
        assertInvalid(() -> fields.create(tenant.accountId(), mailbox, "Plan", FieldType.SINGLE_LINE, false, 1,
                List.of("Trial")), "options");
        assertInvalid(() -> fields.create(tenant.accountId(), mailbox, "x".repeat(101), FieldType.DATE, false, 1,
                List.of()), "name");
        assertInvalid(() -> fields.create(tenant.accountId(), mailbox, "Plan", FieldType.DATE, false, -1,
                List.of()), "order");
        assertInvalid(() -> fields.create(tenant.accountId(), mailbox, "Plan", null, false, 1, List.of()), "type");
        assertThat(fields.create(tenant.accountId(), mailbox, "Plan", FieldType.NUMBER, false, 255, null).options())
                .isEmpty();
    }

    @Test
    void a_name_already_used_in_the_mailbox_ignoring_case_is_a_conflict() {
        Tenant tenant = backend.tenant();
        MailboxFieldService fields = fields(tenant);
        long mailbox = tenant.mailbox().id();
        long other = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales", "sales@x.test").id();
        fields.create(tenant.accountId(), mailbox, "Plan", FieldType.NUMBER, false, 1, List.of());

        assertThatThrownBy(() -> fields.create(tenant.accountId(), mailbox, "PLAN", FieldType.DATE, false, 2,
                List.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.errors()).extracting(FieldError::path).containsExactly("name");
                });
        assertThat(fields.create(tenant.accountId(), other, "Plan", FieldType.DATE, false, 1, List.of()).name())
                .isEqualTo("Plan");
    }

    @Test
    void deleting_a_mailbox_deletes_its_fields_and_options() {
        Tenant tenant = backend.tenant();
        MailboxFieldService fields = fields(tenant);
        long mailbox = tenant.server().app().mailboxes().create(tenant.accountId(), "Gone", "gone@x.test").id();
        fields.create(tenant.accountId(), mailbox, "Plan", FieldType.DROPDOWN, false, 1, List.of("Trial", "Paid"));

        long remaining = tenant.server().app().database().withHandle(h -> {
            h.execute("DELETE FROM mailboxes WHERE id = ?", mailbox);
            return h.createQuery("""
                            SELECT (SELECT COUNT(*) FROM mailbox_fields WHERE mailbox_id = :m)
                                 + (SELECT COUNT(*) FROM mailbox_field_options o
                                    WHERE NOT EXISTS (SELECT 1 FROM mailbox_fields f WHERE f.id = o.field_id))""")
                    .bind("m", mailbox).mapTo(Long.class).one();
        });

        assertThat(remaining).isZero();
    }

    private static MailboxFieldService fields(Tenant tenant) {
        return tenant.server().app().mailboxFields();
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    private static void assertInvalid(Runnable call, String path) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
            assertThat(e.errors()).extracting(FieldError::path).containsExactly(path);
        });
    }
}
