package tr.manset.subscription;

import java.time.Instant;
import java.util.List;

/** A consent a subscriber gave by confirming, and when they withdrew it (null while it stands). */
record Consent(String version, List<String> lists, Instant requestedAt, Instant givenAt, Instant withdrawnAt) {}
