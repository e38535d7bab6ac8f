package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.account.Account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * `GET /organization` (helpcrunch-more.md §18): the account. `domain` is HelpCrunch's account sub-domain, here the
 * account's name as a slug; `chatEnabled` says whether chats can reach the account, that is whether it has an active
 * application; `teamOnline` is true, Frontdesk keeping no agent presence the widget could hide the team by.
 */
@JsonPropertyOrder({"id", "domain", "teamOnline", "chatEnabled"})
record HcOrganization(long id, String domain, boolean teamOnline, boolean chatEnabled) {

    static HcOrganization of(Account account, boolean chatEnabled) {
        return new HcOrganization(account.id(), domain(account.name(), account.id()), true, chatEnabled);
    }

    /** `Acme, Inc.` → `acme-inc`; a name without letters or digits falls back to `account-<id>`. */
    static String domain(String name, long id) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 63) {
            slug = slug.substring(0, 63).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "account-" + id : slug;
    }
}
