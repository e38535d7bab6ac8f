package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.core.Page;
import io.frontdesk.customer.Customer;

import java.util.List;

/**
 * The customer list and search envelope: `{"data":[…],"total":N}`, total at the top level (chats, agents and
 * departments use `meta.total`; customers do not).
 */
@JsonPropertyOrder({"data", "total"})
record HcCustomerList(List<HcCustomer> data, long total) {

    static HcCustomerList of(Page<Customer> page) {
        return new HcCustomerList(page.items().stream().map(HcCustomer::of).toList(), page.total());
    }
}
