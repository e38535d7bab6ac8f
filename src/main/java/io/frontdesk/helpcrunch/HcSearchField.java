package io.frontdesk.helpcrunch;

import io.frontdesk.customer.CustomerAttribute;

import java.util.Arrays;
import java.util.Optional;

/** The fields `POST /customers/search` filters on, with the type that decides which operators and values apply. */
enum HcSearchField {
    ID("customers.id", Type.NUMBER, CustomerAttribute.ID),
    NAME("customers.name", Type.TEXT, CustomerAttribute.FULL_NAME),
    EMAIL("customers.email", Type.TEXT, CustomerAttribute.EMAIL),
    USER_ID("customers.userId", Type.TEXT, CustomerAttribute.EXTERNAL_ID),
    COMPANY("customers.company", Type.TEXT, CustomerAttribute.ORGANIZATION),
    PHONE("customers.phone", Type.TEXT, CustomerAttribute.PHONE),
    CITY("customers.city", Type.TEXT, CustomerAttribute.CITY),
    COUNTRY_CODE("customers.countryCode", Type.TEXT, CustomerAttribute.COUNTRY),
    REGION_CODE("customers.regionCode", Type.TEXT, CustomerAttribute.REGION),
    LAST_SEEN("customers.lastSeen", Type.DATE, CustomerAttribute.LAST_SEEN),
    FIRST_SEEN("customers.firstSeen", Type.DATE, CustomerAttribute.FIRST_SEEN),
    CREATED_AT("customers.createdAt", Type.DATE, CustomerAttribute.CREATED_AT),
    TAGS("customers.tagsData", Type.TAGS, null),
    TELEGRAM_ID("customers.telegramId", Type.UNSTORED, null),
    FACEBOOK_ID("customers.facebookId", Type.UNSTORED, null),
    INSTAGRAM_ID("customers.instagramId", Type.UNSTORED, null),
    VIBER_ID("customers.viberId", Type.UNSTORED, null),
    WHATSAPP_ID("customers.whatsappId", Type.UNSTORED, null);

    /**
     * TEXT takes strings, NUMBER whole numbers, DATE UNIX timestamps, TAGS an array of `{name}`; UNSTORED fields are
     * messenger ids that only HelpCrunch's own channels set, which this server never stores: they are strings that no
     * customer has.
     */
    enum Type { TEXT, NUMBER, DATE, TAGS, UNSTORED }

    private final String wire;
    private final Type type;
    private final CustomerAttribute attribute;

    HcSearchField(String wire, Type type, CustomerAttribute attribute) {
        this.wire = wire;
        this.type = type;
        this.attribute = attribute;
    }

    String wire() {
        return wire;
    }

    Type type() {
        return type;
    }

    /** The core attribute compared; null for tags and unstored fields. */
    CustomerAttribute attribute() {
        return attribute;
    }

    static Optional<HcSearchField> byWire(String name) {
        return Arrays.stream(values()).filter(field -> field.wire.equals(name)).findFirst();
    }
}
