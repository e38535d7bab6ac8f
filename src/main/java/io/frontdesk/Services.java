package io.frontdesk;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.AuthService;
import io.frontdesk.account.UserService;
import io.frontdesk.channel.ChannelService;
import io.frontdesk.chat.ChatService;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ScheduleService;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.event.CustomerEventService;
import io.frontdesk.mailbox.MailboxFieldService;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.mailbox.RoutingService;
import io.frontdesk.organization.OrganizationService;
import io.frontdesk.ratelimit.RateLimiter;
import io.frontdesk.rating.RatingService;
import io.frontdesk.report.ReportService;
import io.frontdesk.savedreply.SavedReplyService;
import io.frontdesk.tag.TagService;
import io.frontdesk.team.TeamService;
import io.frontdesk.webhook.WebhookService;
import io.frontdesk.workflow.WorkflowService;

/**
 * The core services every dialect is built on, built once by {@link Application} and handed whole to each dialect's
 * route table, so that a new feature adds a component here instead of a parameter to three long constructors. It only
 * holds references: what depends on what is decided where the services are constructed.
 */
public record Services(AuthService auth, AccountService accounts, UserService users, RateLimiter rateLimiter,
                       MailboxService mailboxes, MailboxFieldService mailboxFields, RoutingService routing,
                       CustomerService customers, CustomerEventService events, TagService tags,
                       ConversationService conversations, ScheduleService schedules, ChannelService channels,
                       ChatService chats, OrganizationService organizations, SavedReplyService savedReplies,
                       TeamService teams, RatingService ratings, WorkflowService workflows, ReportService reports,
                       WebhookService webhooks) {
}
