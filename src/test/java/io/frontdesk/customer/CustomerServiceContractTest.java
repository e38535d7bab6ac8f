package io.frontdesk.customer;

import io.frontdesk.core.Change;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.tag.TagInput;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer rules every dialect relies on, against the real store on each database. */
@ParameterizedClass
@EnumSource(Backend.class)
class CustomerServiceContractTest {

    @Parameter
    Backend backend;

    CustomerService customers;
    long account;

    @BeforeEach
    void setUp() {
        Tenant tenant = backend.tenant();
        customers = tenant.server().app().customers();
        account = tenant.accountId();
    }

    private Customer created(NewCustomer command) {
        return customers.get(account, customers.create(account, null, command));
    }

    private Customer vernon() {
        return created(new NewCustomer(
                Map.of(CustomerField.FIRST_NAME, "Vernon", CustomerField.LAST_NAME, "Bear"),
                List.of(new NewEntry(EntryKind.EMAIL, "VBear@mywork.com", "work"),
                        new NewEntry(EntryKind.PHONE, "222-333-4444", "home")),
                AddressChange.replace(List.of("123 West Main St", "Suite 123"), "Dallas", "TX", "74206", "US"),
                List.of(new PropertyChange("Plan", "gold", true)),
                List.of(new TagInput("vip", "#ff0000"))));
    }

    @Test
    void a_created_customer_comes_back_with_everything_attached() {
        Customer created = vernon();
        Customer read = customers.get(account, created.id());
        assertThat(read.firstName()).isEqualTo("Vernon");
        assertThat(read.entries(EntryKind.EMAIL)).extracting(Entry::value).containsExactly("VBear@mywork.com");
        assertThat(read.entries(EntryKind.PHONE)).extracting(Entry::type).containsExactly("home");
        assertThat(read.address().lines()).containsExactly("123 West Main St", "Suite 123");
        assertThat(read.address().city()).isEqualTo("Dallas");
        assertThat(read.properties()).singleElement().satisfies(p -> {
            assertThat(p.definition().name()).isEqualTo("Plan");
            assertThat(p.typed()).isEqualTo("gold");
        });
        assertThat(read.tags()).singleElement().satisfies(t -> assertThat(t.color()).isEqualTo("#ff0000"));
    }

    @Test
    void an_email_belongs_to_one_customer_of_an_account_whatever_its_case() {
        vernon();
        assertThatThrownBy(() -> customers.create(account, null, new NewCustomer(Map.of(),
                List.of(new NewEntry(EntryKind.EMAIL, "vbear@MYWORK.com", null)), null, List.of(), List.of())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
    }

    @Test
    void a_rejected_update_changes_nothing() {
        Customer created = vernon();
        Customer other = created(new NewCustomer(Map.of(CustomerField.FIRST_NAME, "Other"),
                List.of(new NewEntry(EntryKind.EMAIL, "other@x.com", null)), null, List.of(), List.of()));
        CustomerUpdate update = new CustomerUpdate().set(CustomerField.FIRST_NAME, "Changed")
                .entry(new EntryChange.Add(new NewEntry(EntryKind.EMAIL, "other@x.com", null)));
        assertThatThrownBy(() -> customers.update(account, null, created.id(), update))
                .isInstanceOf(ApiException.class);
        assertThat(customers.get(account, created.id()).firstName()).isEqualTo("Vernon");
        assertThat(customers.get(account, other.id()).entries(EntryKind.EMAIL)).hasSize(1);
    }

    @Test
    void updates_change_entries_address_properties_and_tags_in_one_go() {
        Customer created = vernon();
        long emailId = created.entries(EntryKind.EMAIL).get(0).id();
        Customer updated = customers.update(account, null, created.id(), new CustomerUpdate()
                .set(CustomerField.LAST_NAME, null)
                .entry(new EntryChange.Update(EntryKind.EMAIL, emailId, null, "home"))
                .entry(new EntryChange.Add(new NewEntry(EntryKind.WEBSITE, "http://example.com", null)))
                .address(new AddressChange(false, Change.keep(), Change.set("Austin"), Change.keep(), Change.keep(),
                        Change.keep()))
                .property(new PropertyChange("Plan", new BigDecimal("3"), true))
                .tags(new io.frontdesk.customer.TagChange.Add(List.of(new TagInput("lead", null)))));
        assertThat(updated.lastName()).isNull();
        assertThat(updated.entries(EntryKind.EMAIL).get(0).type()).isEqualTo("home");
        assertThat(updated.entries(EntryKind.WEBSITE)).hasSize(1);
        assertThat(updated.address().city()).isEqualTo("Austin");
        assertThat(updated.address().state()).isEqualTo("TX");
        assertThat(updated.properties().get(0).typed()).isEqualTo(new BigDecimal("3"));
        assertThat(updated.tags()).extracting(t -> t.name() + t.color()).containsExactly("lead#c377e0", "vip#ff0000");
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
    }

    @Test
    void search_filters_sorts_and_pages() {
        vernon();
        for (String name : List.of("Amanda", "amanda", "Zed")) {
            customers.create(account, null, new NewCustomer(Map.of(CustomerField.FIRST_NAME, name), List.of(), null,
                    List.of(), List.of()));
        }
        var amandas = customers.search(account, new CustomerQuery(new CustomerCriterion.Compare(
                CustomerAttribute.FIRST_NAME, CustomerCriterion.Operator.EQ, "AMANDA"), CustomerSort.CREATED_AT,
                SortOrder.DESC, new PageRequest(1, 50), null));
        assertThat(amandas.total()).isEqualTo(2);
        var page = customers.search(account, new CustomerQuery(CustomerCriterion.all(), CustomerSort.FIRST_NAME,
                SortOrder.ASC, new PageRequest(2, 2), null));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(Customer::firstName).containsExactly("Vernon", "Zed");
        var byEmail = customers.search(account, new CustomerQuery(new CustomerCriterion.Compare(
                CustomerAttribute.EMAIL, CustomerCriterion.Operator.CONTAINS, "mywork"), CustomerSort.CREATED_AT,
                SortOrder.DESC, new PageRequest(1, 50), null));
        assertThat(byEmail.items()).extracting(Customer::firstName).containsExactly("Vernon");
        var byDomain = customers.search(account, new CustomerQuery(new CustomerCriterion.Compare(
                CustomerAttribute.EMAIL_DOMAIN, CustomerCriterion.Operator.EQ, "mywork.com"), CustomerSort.CREATED_AT,
                SortOrder.DESC, new PageRequest(1, 50), null));
        assertThat(byDomain.total()).isEqualTo(1);
    }

    @Test
    void the_unfiltered_total_follows_creates_and_deletes_and_stays_per_account() {
        Customer first = vernon();
        customers.create(account, null, new NewCustomer(Map.of(CustomerField.FIRST_NAME, "Two"), List.of(), null,
                List.of(), List.of()));
        backend.tenant().server().app().customers().create(backend.tenant().accountId(), null, new NewCustomer(
                Map.of(CustomerField.FIRST_NAME, "Elsewhere"), List.of(), null, List.of(), List.of()));
        customers.delete(account, null, first.id());
        var all = customers.search(account, new CustomerQuery(CustomerCriterion.all(), CustomerSort.CREATED_AT,
                SortOrder.DESC, new PageRequest(1, 50), null));
        assertThat(all.total()).isEqualTo(1).isEqualTo(all.items().size());
    }

    @Test
    void deleting_a_customer_removes_it() {
        Customer created = vernon();
        customers.delete(account, null, created.id());
        assertThat(customers.find(account, created.id())).isEmpty();
        assertThat(customers.findIdByEmail(account, "vbear@mywork.com")).isEmpty();
    }
}
