package io.frontdesk.helpcrunch;

import io.frontdesk.account.AccountService;
import io.frontdesk.channel.Channel;
import io.frontdesk.channel.ChannelService;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.List;

/**
 * `GET /applications` and `GET /organization`, both in the `{data}` envelope without paging: an account has few
 * applications and one organization.
 */
final class HcOrganizationHandler {

    private final AccountService accounts;
    private final ChannelService channels;

    HcOrganizationHandler(AccountService accounts, ChannelService channels) {
        this.accounts = accounts;
        this.channels = channels;
    }

    void applications(Context ctx) {
        List<Channel> all = channels.list(Requests.principal(ctx).accountId());
        HcResponses.json(ctx, 200, new Data<>(all.stream().map(HcApplication::of).toList()));
    }

    void organization(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        boolean chatEnabled = channels.list(account).stream().anyMatch(Channel::active);
        HcResponses.json(ctx, 200, new Data<>(HcOrganization.of(accounts.account(account), chatEnabled)));
    }

    record Data<T>(T data) {
    }
}
