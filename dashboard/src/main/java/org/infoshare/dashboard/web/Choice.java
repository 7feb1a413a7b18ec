package org.infoshare.dashboard.web;

import java.util.List;

/** One answer a select or a radio group offers: the value sent and the words shown. */
@io.quarkus.qute.TemplateData
public record Choice(String value, String label) {

    static final List<Choice> YES_NO = List.of(new Choice("yes", "Yes"), new Choice("no", "No"));

    static final List<Choice> CAPACITY = List.of(
            new Choice("HAS_CAPACITY", "Has capacity to decide"),
            new Choice("LACKS_CAPACITY", "Lacks capacity to decide (a proxy consents for them)"),
            new Choice("NOT_ASSESSED", "Not assessed"));

    static final List<Choice> CAPTURE = List.of(
            new Choice("WRITTEN", "Written (signed on paper)"),
            new Choice("VERBAL", "Verbal (by word of mouth)"),
            new Choice("ONLINE", "Online form"),
            new Choice("RECORDED", "Audio or video recording"));

    static final List<Choice> LAWFUL_BASIS = List.of(
            new Choice("A", "6(1)(a) consent"),
            new Choice("B", "6(1)(b) contract"),
            new Choice("C", "6(1)(c) legal obligation"),
            new Choice("D", "6(1)(d) vital interests"),
            new Choice("E", "6(1)(e) public task"),
            new Choice("F", "6(1)(f) legitimate interests"));

    static final List<Choice> ARTICLE_9 = List.of(
            new Choice("A", "9(2)(a) explicit consent"),
            new Choice("B", "9(2)(b) employment and social protection law"),
            new Choice("C", "9(2)(c) vital interests of someone unable to consent"),
            new Choice("D", "9(2)(d) not-for-profit body"),
            new Choice("E", "9(2)(e) made public by the person"),
            new Choice("F", "9(2)(f) legal claims"),
            new Choice("G", "9(2)(g) substantial public interest"),
            new Choice("H", "9(2)(h) health or social care"),
            new Choice("I", "9(2)(i) public health"),
            new Choice("J", "9(2)(j) archiving, research or statistics"));

    static final List<Choice> PROXY_KIND = List.of(
            new Choice("LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE", "Lasting power of attorney, health and welfare"),
            new Choice("LASTING_POWER_OF_ATTORNEY_PROPERTY_AND_FINANCIAL_AFFAIRS", "Lasting power of attorney, property and financial affairs"),
            new Choice("COURT_ORDER", "Court of Protection order"),
            new Choice("DEPUTYSHIP_PERSONAL_WELFARE", "Deputyship, personal welfare"),
            new Choice("DEPUTYSHIP_PROPERTY_AND_AFFAIRS", "Deputyship, property and affairs"));

    /** The channels a withdrawal is taken by on this form (the person's own web page has its own). */
    static final List<Choice> WITHDRAWAL_CHANNEL = List.of(
            new Choice("PHONE", "By phone"),
            new Choice("LETTER", "By letter"),
            new Choice("IN_PERSON", "In person"));

    static final List<Choice> WITHDRAWAL_SCOPE = List.of(
            new Choice("whole", "The whole consent"),
            new Choice("part", "Part of it: the purposes or recipients named below"));

    static final List<Choice> SHARE_BASIS = List.of(
            new Choice("CONSENT", "The person's consent"),
            new Choice("SERIOUS_HARM", "To prevent serious harm"),
            new Choice("PUBLIC_INTEREST", "Public interest"),
            new Choice("LEGAL_DUTY", "A legal duty (a court order and the like)"));

    static final List<Choice> SENSITIVITY = List.of(
            new Choice("PUBLIC", "Public"),
            new Choice("INTERNAL", "Internal"),
            new Choice("CONFIDENTIAL", "Confidential"),
            new Choice("SPECIAL_CATEGORY", "Special category (health and the like)"));

    static final List<Choice> CERTAINTY = List.of(
            new Choice("SUSPECTED", "Suspected"),
            new Choice("CONFIRMED", "Confirmed"));
}
