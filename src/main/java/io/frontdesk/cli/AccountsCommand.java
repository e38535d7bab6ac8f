package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.account.Account;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.ratelimit.RateLimitChange;
import io.frontdesk.ratelimit.RateLimitSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;


/** `frontdesk accounts …` and `frontdesk users …`: tenants and their agents. */
@Command(name = "accounts", mixinStandardHelpOptions = true, description = "Create and list accounts.",
        subcommands = {AccountsCommand.Create.class, AccountsCommand.ListAll.class, AccountsCommand.Set.class,
                AccountsCommand.AddUser.class})
public final class AccountsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an account and its owner.")
    static final class Create extends StoreCommand {
        @Option(names = "--name", required = true, description = "Account name")
        String name;
        @Option(names = "--owner-email", required = true, description = "Owner's email")
        String email;
        @Option(names = "--owner-first-name", defaultValue = "Account", description = "Owner's first name")
        String firstName;
        @Option(names = "--owner-last-name", defaultValue = "Owner", description = "Owner's last name")
        String lastName;

        @Override
        int run(Application app) {
            User owner = app.accounts().createAccount(name, firstName, lastName, email);
            System.out.println("account_id=" + owner.accountId());
            System.out.println("owner_user_id=" + owner.id());
            return 0;
        }
    }

    /** One account a line: id, name, then every setting `accounts set` changes, as `name=value`. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts and their settings.")
    static final class ListAll extends StoreCommand {

        @Override
        int run(Application app) {
            for (Account account : app.accounts().accounts()) {
                System.out.println(account.id() + "\t" + account.name() + "\tstrict-put=" + account.strictPut()
                        + "\tlock-closed-after-days=" + (account.lockClosedAfterDays() == null ? "off"
                        : account.lockClosedAfterDays())
                        + "\t" + app.rateLimits().settings(account.id()).describe().replace(' ', '\t'));
            }
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change an account's settings.")
    static final class Set extends AccountCommand {
        @Option(names = "--strict-put", arity = "1",
                description = "HelpCrunch PUT replaces the whole customer (true) or only the fields sent (false)")
        Boolean strictPut;
        @Option(names = "--lock-closed-after-days", paramLabel = "N|off",
                description = "Refuse every change (412) to conversations closed more than N days ago; off = never")
        String lockClosedAfterDays;
        @Mixin
        RateLimitOptions rateLimits;

        @Override
        void check() {
            if (strictPut == null && lockClosedAfterDays == null && !rateLimits.any()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Name at least one setting: --strict-put, --lock-closed-after-days or --rate-limit-…");
            }
            lockDays();
            rateLimits.change(spec);
        }

        @Override
        int run(Application app) {
            if (strictPut != null) {
                app.accounts().setStrictPut(account, strictPut);
                System.out.println("account " + account + " strict-put=" + strictPut);
            }
            if (lockClosedAfterDays != null) {
                Integer lockDays = lockDays();
                app.accounts().setLockClosedAfterDays(account, lockDays);
                System.out.println("account " + account + " lock-closed-after-days="
                        + (lockDays == null ? "off" : lockDays));
            }
            RateLimitChange rateLimitChange = rateLimits.change(spec);
            if (rateLimitChange.changesAnything()) {
                RateLimitSettings limits = app.rateLimits().change(account, rateLimitChange);
                System.out.println("account " + account + " " + limits.describe());
            }
            return 0;
        }

        /** `off` (or `none`) turns the lock off; otherwise a whole number of days, at least 1. */
        private Integer lockDays() {
            if (lockClosedAfterDays == null || lockClosedAfterDays.equalsIgnoreCase("off")
                    || lockClosedAfterDays.equalsIgnoreCase("none")) {
                return null;
            }
            try {
                return Integer.valueOf(lockClosedAfterDays.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--lock-closed-after-days takes a number of days or off, not '" + lockClosedAfterDays + "'");
            }
        }
    }

    @Command(name = "add-user", mixinStandardHelpOptions = true, description = "Add a user (agent) to an account.")
    static final class AddUser extends AccountCommand {
        @Option(names = "--email", required = true, description = "Email")
        String email;
        @Option(names = "--first-name", required = true, description = "First name")
        String firstName;
        @Option(names = "--last-name", required = true, description = "Last name")
        String lastName;
        @Option(names = "--role", defaultValue = "user", description = "owner, admin or user (default: user)")
        String role;

        @Override
        int run(Application app) {
            User user = app.accounts().createUser(account, firstName, lastName, email, Role.parse(role));
            System.out.println("user_id=" + user.id());
            return 0;
        }
    }
}
