package io.frontdesk.customer;

import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.error.ApiException;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every documented customer search example, and the language's edges, against the real store on each database. */
@ParameterizedClass
@EnumSource(Backend.class)
class CustomerSearchResultTest {

    @Parameter
    Backend backend;

    CustomerService customers;
    Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        customers = tenant.server().app().customers();
        add("John", "Appleseed", "john@appleseed.com", "Apple Inc");
        add("Johnny", "Cash", "johnappleseed@gmail.com", "Sun Records");
        add("Amanda", "Appleseed", "amanda@example.org", null);
        add("Jo_hn", "Under%score", "under_score@gmail.com", "Percent 100%");
        add("Émile", "Zola", "emile@zola.fr", "Les Éditions");
    }

    private void add(String first, String last, String email, String organization) {
        Map<CustomerField, Object> fields = new java.util.HashMap<>();
        fields.put(CustomerField.FIRST_NAME, first);
        fields.put(CustomerField.LAST_NAME, last);
        fields.put(CustomerField.ORGANIZATION, organization);
        customers.create(tenant.accountId(), null, new NewCustomer(fields, List.of(new NewEntry(EntryKind.EMAIL, email,
                null)), null, List.of(), List.of()));
    }

    private List<String> firstNames(String query) {
        return firstNames(query, CustomerSort.FIRST_NAME, SortOrder.ASC);
    }

    private List<String> firstNames(String query, CustomerSort sort, SortOrder order) {
        CustomerSearch.Translation translation = CustomerSearch.translate(query, Instant.now());
        return customers.search(tenant.accountId(), new CustomerQuery(translation.criterion(), sort, order,
                new PageRequest(1, 50), translation.scoreText())).items().stream().map(Customer::firstName).toList();
    }

    @Test
    void first_name_phrase_is_the_whole_name_ignoring_case() {
        assertThat(firstNames("(firstName:\"John\")")).containsExactly("John");
        assertThat(firstNames("(firstName:\"JOHN\")")).containsExactly("John");
    }

    @Test
    void last_name_phrase() {
        assertThat(firstNames("(lastName:\"Appleseed\")")).containsExactly("Amanda", "John");
    }

    @Test
    void or_of_first_names() {
        assertThat(firstNames("(firstName:\"Amanda\" OR firstName:\"Johnny\")")).containsExactly("Amanda", "Johnny");
    }

    @Test
    void and_of_first_and_last_name() {
        assertThat(firstNames("(firstName:\"John\" AND lastName:\"Appleseed\")")).containsExactly("John");
    }

    @Test
    void email_containing() {
        assertThat(firstNames("(email:\"john@appleseed.com\")")).containsExactly("John");
        assertThat(firstNames("(email:\"appleseed\")")).containsExactly("John", "Johnny");
        assertThat(firstNames("(email:\"ohn@appleseed\")")).containsExactly("John");
    }

    @Test
    void a_complete_email_address_is_that_address() {
        assertThat(firstNames("(email:\"ohn@appleseed.com\")")).isEmpty();
        assertThat(firstNames("(email:\"JOHN@Appleseed.com\")")).containsExactly("John");
    }

    @Test
    void grouped_emails() {
        assertThat(firstNames("(email:(\"john@appleseed.com\" OR \"johnappleseed@gmail.com\"))"))
                .containsExactly("John", "Johnny");
    }

    @Test
    void email_domain_is_the_whole_host() {
        assertThat(firstNames("(emailDomain:(\"gmail.com\"))")).containsExactly("Jo_hn", "Johnny");
        assertThat(firstNames("emailDomain:mail.com")).isEmpty();
    }

    @Test
    void modified_since_in_both_forms() {
        assertThat(firstNames("modifiedAt:[2013-11-20T00:00:00Z TO *]")).hasSize(5);
        assertThat(firstNames("(modifiedSince:\"2013-11-20T00:00:00Z\")")).hasSize(5);
        assertThat(firstNames("modifiedAt:[* TO 2013-11-20T00:00:00Z]")).isEmpty();
        assertThat(firstNames("createdAt:[NOW-1DAYS TO NOW+1DAYS]")).hasSize(5);
    }

    @Test
    void bare_terms_match_names_and_emails() {
        assertThat(firstNames("(john@appleseed.com)")).containsExactly("John");
        assertThat(firstNames("(\"john@appleseed.com\" OR \"johnappleseed@gmail.com\")")).containsExactly("John",
                "Johnny");
        assertThat(firstNames("zola")).containsExactly("Émile");
    }

    @Test
    void negation_and_match_all() {
        assertThat(firstNames("*")).hasSize(5);
        assertThat(firstNames("lastName:Appleseed -firstName:Amanda")).containsExactly("John");
        assertThat(firstNames("NOT email:\"gmail.com\"")).containsExactly("Amanda", "John", "Émile");
    }

    @Test
    void like_wildcards_in_values_are_literal() {
        assertThat(firstNames("firstName:\"jo_hn\"")).containsExactly("Jo_hn");
        assertThat(firstNames("firstName:\"jo%\"")).isEmpty();
        assertThat(firstNames("email:\"r_s\"")).containsExactly("Jo_hn");
        assertThat(firstNames("email:\"r%s\"")).isEmpty();
        assertThat(firstNames("lastName:\"under%score\"")).containsExactly("Jo_hn");
        assertThat(firstNames("lastName:\"under_score\"")).isEmpty();
        assertThat(firstNames("organization:\"100%\"")).containsExactly("Jo_hn");
        assertThat(firstNames("organization:\"0_\"")).isEmpty();
    }

    @Test
    void a_trailing_star_is_a_prefix() {
        assertThat(firstNames("firstName:joh*")).containsExactly("John", "Johnny");
        assertThat(firstNames("email:amanda*")).containsExactly("Amanda");
        assertThat(firstNames("email:manda*")).isEmpty();
    }

    @Test
    void score_puts_exact_before_prefix_and_newest_first_within_a_rank() {
        add("Xjohn", "Contained", "xjohn@contained.com", null);
        add("Jay", "Later", "john.later@example.com", null);
        assertThat(firstNames("john", CustomerSort.SCORE, SortOrder.DESC))
                .containsExactly("John", "Jay", "Johnny");
    }

    @Test
    void a_bare_word_finds_emails_that_start_with_it_not_ones_that_merely_contain_it() {
        add("Xjohn", "Contained", "xjohn@contained.com", null);
        assertThat(firstNames("john")).containsExactly("John", "Johnny");
        assertThat(firstNames("email:\"john\"")).containsExactly("John", "Johnny", "Xjohn");
    }

    @Test
    void unknown_fields_and_bad_syntax_are_validation_errors_on_query() {
        assertThatThrownBy(() -> firstNames("shoeSize:12")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errors().get(0).path()).isEqualTo("query"));
        assertThatThrownBy(() -> firstNames("(firstName:\"John\"")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errors().get(0).message()).contains("position"));
        assertThatThrownBy(() -> firstNames("modifiedAt:[yesterday TO *]")).isInstanceOf(ApiException.class);
    }
}
