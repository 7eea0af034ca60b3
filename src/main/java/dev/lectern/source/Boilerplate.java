package dev.lectern.source;

/** What a conversion leaves out, each with the words the account uses for one and for several. */
public enum Boilerplate {
    NAVIGATION("navigation block", "navigation blocks"),
    HEADER("page header", "page headers"),
    BYLINE("byline or date line", "bylines and date lines"),
    FOOTER("page footer", "page footers"),
    COOKIE_BANNER("cookie or consent banner", "cookie and consent banners"),
    ADVERTISEMENT("advertisement", "advertisements"),
    SHARE_BUTTONS("share bar", "share bars"),
    NEWSLETTER("newsletter or subscription box", "newsletter and subscription boxes"),
    FIGURE_CAPTION("figure or caption", "figures and captions"),
    RELATED_LINKS("related-links list", "related-links lists"),
    LINK_BLOCK("block of links", "blocks of links"),
    COMMENTS("comments section", "comments sections"),
    SIDEBAR("sidebar", "sidebars"),
    FORM("form", "forms"),
    TABLE("table", "tables"),
    CITATION_MARKS("citation mark", "citation marks"),
    REFERENCES("reference list or note", "reference lists and notes"),
    SCRIPT_OR_STYLE("script or style", "scripts and styles"),
    OUTSIDE_MAIN_TEXT("text block outside the main text", "text blocks outside the main text"),
    HEADING("heading", "headings"),
    RULE("horizontal rule", "horizontal rules"),
    FRONT_MATTER("front-matter block", "front-matter blocks"),
    CODE_BLOCK("code block", "code blocks"),
    HTML_BLOCK("raw HTML block", "raw HTML blocks"),
    IMAGE("image", "images"),
    RUNNING_HEADER("running header line", "running header lines"),
    RUNNING_FOOTER("running footer line", "running footer lines"),
    PAGE_NUMBER("page number", "page numbers");

    private final String one;
    private final String many;

    Boilerplate(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** "1 page header", "3 scripts and styles". */
    public String counted(int n) {
        return n + " " + (n == 1 ? one : many);
    }
}
