package tr.manset.reads;

import java.util.List;
import java.util.Locale;

/**
 * Tells readers from robots by the User-Agent header. A view counts when the page's beacon or
 * pixel reaches the server, which crawlers rarely do; these are the ones that do (link previews,
 * headless browsers, search engines rendering pages). The list is short on purpose: a substring
 * here matches case-insensitively anywhere in the header, and no header at all is no reader.
 * The price of a short list: the odd phone whose model name contains one (Cubot's) is not counted.
 */
final class Readers {

    /** Lower-case substrings of robots' User-Agent headers. */
    static final List<String> ROBOTS = List.of(
        "bot",                  // Googlebot, bingbot, YandexBot, Twitterbot, TelegramBot, WhatsApp's and Slack's bots …
        "crawl",                // crawlers that say so
        "spider",               // Baiduspider, Sogou web spider
        "slurp",                // Yahoo! Slurp
        "preview",              // link previews: Skype, Outlook, "Google Web Preview"
        "headless",             // HeadlessChrome and other scripted browsers
        "facebookexternalhit",  // Facebook's link preview, which names no bot
        "lighthouse");          // page-speed audits

    private Readers() {}

    static boolean isRobot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return ROBOTS.stream().anyMatch(agent::contains);
    }
}
