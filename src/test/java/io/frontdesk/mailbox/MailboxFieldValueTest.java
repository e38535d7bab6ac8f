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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link MailboxFieldService#validateValue} for every field type, against fields stored on each database. */
@ParameterizedClass
@EnumSource(Backend.class)
class MailboxFieldValueTest {

    @Parameter
    Backend backend;

    @Test
    void dropdown_takes_an_option_id_or_label_and_answers_the_id() {
        MailboxField plan = field(FieldType.DROPDOWN, "Trial", "Paid");
        String trial = Long.toString(plan.options().get(0).id());
        String paid = Long.toString(plan.options().get(1).id());

        assertThat(MailboxFieldService.validateValue(plan, trial)).isEqualTo(trial);
        assertThat(MailboxFieldService.validateValue(plan, " " + paid + " ")).isEqualTo(paid);
        assertThat(MailboxFieldService.validateValue(plan, "Paid")).isEqualTo(paid);
        assertThat(MailboxFieldService.validateValue(plan, "trial")).isEqualTo(trial);
        assertThat(plan.text(paid)).isEqualTo("Paid");
        assertInvalid(plan, "Enterprise");
        assertInvalid(plan, "999999999");
    }

    @Test
    void number_takes_integers_and_decimals_only() {
        MailboxField seats = field(FieldType.NUMBER);

        assertThat(MailboxFieldService.validateValue(seats, "42")).isEqualTo("42");
        assertThat(MailboxFieldService.validateValue(seats, " -3.25 ")).isEqualTo("-3.25");
        for (String bad : List.of("4 2", "1e3", "12abc", "NaN", "1,000", ".5", "+1", "0x10")) {
            assertInvalid(seats, bad);
        }
    }

    @Test
    void date_takes_a_real_calendar_day_as_yyyy_mm_dd() {
        MailboxField renewal = field(FieldType.DATE);

        assertThat(MailboxFieldService.validateValue(renewal, "2024-02-29")).isEqualTo("2024-02-29");
        for (String bad : List.of("2023-02-29", "2024-13-01", "29/02/2024", "2024-2-9", "2024-02-29T10:00:00Z")) {
            assertInvalid(renewal, bad);
        }
    }

    @Test
    void single_line_holds_255_characters_and_multi_line_65535() {
        MailboxField line = field(FieldType.SINGLE_LINE);
        MailboxField text = field(FieldType.MULTI_LINE);

        assertThat(MailboxFieldService.validateValue(line, " keep spaces ")).isEqualTo(" keep spaces ");
        assertThat(MailboxFieldService.validateValue(line, "x".repeat(255))).hasSize(255);
        assertInvalid(line, "x".repeat(256));
        assertThat(MailboxFieldService.validateValue(text, "line 1\nline 2")).isEqualTo("line 1\nline 2");
        assertThat(MailboxFieldService.validateValue(text, "x".repeat(65_535))).hasSize(65_535);
        assertInvalid(text, "x".repeat(65_536));
    }

    @Test
    void null_or_blank_is_no_value_for_every_type_even_a_required_one() {
        Tenant tenant = backend.tenant();
        MailboxField required = tenant.server().app().mailboxFields().create(tenant.accountId(),
                tenant.mailbox().id(), "Plan", FieldType.DROPDOWN, true, 1, List.of("Trial"));

        assertThat(MailboxFieldService.validateValue(required, null)).isNull();
        for (FieldType type : FieldType.values()) {
            MailboxField field = new MailboxField(1, 1, "F", type, true, 1, List.of());
            assertThat(MailboxFieldService.validateValue(field, "  ")).as(type.name()).isNull();
        }
    }

    @Test
    void errors_name_the_path_the_caller_gives() {
        MailboxField seats = field(FieldType.NUMBER);

        assertThatThrownBy(() -> MailboxFieldService.validateValue(seats, "many", "fields[2].value"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                    FieldError error = e.errors().get(0);
                    assertThat(error.path()).isEqualTo("fields[2].value");
                    assertThat(error.rejectedValue()).isEqualTo("many");
                    assertThat(error.code()).isEqualTo("InvalidValue");
                });
    }

    @Test
    void types_are_read_in_every_spelling_clients_and_people_use() {
        assertThat(FieldType.parse("dropdown")).isEqualTo(FieldType.DROPDOWN);
        assertThat(FieldType.parse("SINGLE_LINE")).isEqualTo(FieldType.SINGLE_LINE);
        assertThat(FieldType.parse("single-line")).isEqualTo(FieldType.SINGLE_LINE);
        assertThat(FieldType.parse(" MultiLine ")).isEqualTo(FieldType.MULTI_LINE);
        assertThat(FieldType.parse("number")).isEqualTo(FieldType.NUMBER);
        assertThat(FieldType.parse("Date")).isEqualTo(FieldType.DATE);
        assertThatThrownBy(() -> FieldType.parse("checkbox")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> FieldType.parse(null)).isInstanceOf(ApiException.class);
    }

    /** A field of this type stored in a fresh tenant's mailbox, read back through the service. */
    private MailboxField field(FieldType type, String... options) {
        Tenant tenant = backend.tenant();
        MailboxFieldService fields = tenant.server().app().mailboxFields();
        fields.create(tenant.accountId(), tenant.mailbox().id(), "Field", type, false, 1, List.of(options));
        return fields.list(tenant.accountId(), tenant.mailbox().id()).get(0);
    }

    private static void assertInvalid(MailboxField field, String value) {
        assertThatThrownBy(() -> MailboxFieldService.validateValue(field, value)).as(value)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                    assertThat(e.errors()).extracting(FieldError::path).containsExactly("value");
                });
    }
}
