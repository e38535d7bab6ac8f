package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.tag.Tag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/**
 * `frontdesk tags …`: renaming, recolouring and deleting an account's tags. No dialect's API writes tags (Help Scout
 * 2.0 only lists them; tagging creates them), so this is where `tag.updated` and `tag.deleted` come from.
 */
@Command(name = "tags", mixinStandardHelpOptions = true,
        description = "Rename, recolour or delete an account's tags.",
        subcommands = {TagsCommand.Rename.class, TagsCommand.Delete.class})
public final class TagsCommand {

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Rename and/or recolour a tag; its conversations and customers keep it.")
    static final class Rename extends AccountCommand {
        @Option(names = "--id", required = true, description = "Tag id")
        long id;
        @Option(names = "--name", description = "The new name (unique in the account)")
        String name;
        @Option(names = "--color", description = "The new color, like #c377e0")
        String color;

        @Override
        int run(Application app) {
            Tag tag = app.tags().update(account, null, id, name, color);
            System.out.println("tag_id=" + tag.id() + "\tname=" + tag.name() + "\tcolor=" + tag.color());
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a tag; it is removed from every conversation and customer.")
    static final class Delete extends AccountCommand {
        @Option(names = "--id", required = true, description = "Tag id")
        long id;

        @Override
        int run(Application app) {
            app.tags().delete(account, null, id);
            System.out.println("deleted=" + id);
            return 0;
        }
    }
}
