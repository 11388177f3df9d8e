package ru.registratura.interfaces.shared.web;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The help centre's Markdown as safe HTML (commonmark): raw HTML in the text is escaped, so a {@code <script>} or an
 * {@code onclick} shows as text and never reaches a page as markup; links and images keep only safe protocols
 * (no {@code javascript:}); a heading is at least an {@code h2} ({@code #} and {@code ##} alike), so that an
 * article's own headings follow the page's {@code h1} (its title). The one place where such HTML is written unescaped ({@code escape="false"}).
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(2, heading.getLevel()));
                visitChildren(heading);
            }
        });
        return RENDERER.render(document);
    }
}
