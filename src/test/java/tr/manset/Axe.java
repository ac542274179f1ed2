package tr.manset;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Accessibility checks with axe-core on the page a browser test has open. */
public final class Axe {

    /** WCAG 2.0 and 2.1 at levels A and AA. */
    public static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private Axe() {
    }

    /** No violation of a WCAG A or AA rule, whatever its impact. */
    public static void assertNoViolations(Page page, String what) {
        AxeResults results = axe(page).withTags(WCAG).analyze();
        assertThat(results.getViolations()).as(what + ": " + describe(results.getViolations())).isEmpty();
    }

    /**
     * Every axe rule (WCAG and best practice) runs: none may be violated with a serious or critical
     * impact, and no WCAG A or AA rule may be violated at all.
     */
    public static void assertNoSeriousViolations(Page page, String what) {
        AxeBuilder axe = axe(page);
        // Off by default in axe (WCAG 2.2); Lighthouse checks it, and a finger needs a 24px target.
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        axe.options(axeOptions(Map.of("target-size", on)));
        List<Rule> failed = axe.analyze().getViolations().stream()
            .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()) || rule.getTags().stream().anyMatch(WCAG::contains))
            .toList();
        assertThat(failed).as(what + ": " + describe(failed)).isEmpty();
    }

    /**
     * axe.run in the page itself: the site has no frames, so the frame-by-frame mode (which merges
     * in a fresh browser page each time) only costs time. Full details for violations only.
     */
    private static AxeBuilder axe(Page page) {
        return new AxeBuilder(page).setLegacyMode(true).options(axeOptions(Map.of()));
    }

    private static AxeRunOptions axeOptions(Map<String, AxeRuleOptions> rules) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        if (!rules.isEmpty()) {
            options.setRules(rules);
        }
        return options;
    }

    private static List<String> describe(List<Rule> rules) {
        return rules.stream()
            .map(rule -> rule.getId() + " (" + rule.getImpact() + ") " + rule.getNodes().stream().limit(3).map(n -> n.getHtml()).toList())
            .toList();
    }
}
