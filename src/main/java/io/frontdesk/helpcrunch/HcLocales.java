package io.frontdesk.helpcrunch;

import java.util.Set;

/**
 * HelpCrunch's `locale`: "a string according to the ISO 639-1 standard". These are the 183 codes ISO 639-1 lists
 * today, lower case as the standard writes them. Withdrawn codes that Java still knows (`iw`, `in`, `ji`, `mo`, `bh`)
 * are not accepted, because a client reading them back would not find them in a current table either.
 */
final class HcLocales {

    private static final Set<String> ISO_639_1 = Set.of(String.join(" ",
            "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy",
            "da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht",
            "hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky",
            "la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny",
            "oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss",
            "st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo",
            "za zh zu").split(" "));

    private HcLocales() {
    }

    /** True for a current ISO 639-1 code written in lower case (`uk`, not `UK` or `uk-UA`). */
    static boolean valid(String code) {
        return code != null && ISO_639_1.contains(code);
    }
}
