package tr.manset.pages;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tr.manset.system.time.TurkishTime;

/**
 * The imprint (Künye) and contact details of the publication, as the Press Law (5187, as amended
 * by 7418) asks an internet news site to show them. An empty field has not been entered yet.
 *
 * @param ownerName İmtiyaz sahibi: the owner, or for a company the person who holds the licence for it
 * @param ownerCompany the owning company's registered title (ticaret unvanı), or "" for a person
 * @param responsibleEditor Sorumlu Yazı İşleri Müdürü
 * @param editors further editors, one "Görev: Ad Soyad" a line
 * @param uetsAddress the address for electronic notification (Ulusal Elektronik Tebligat Sistemi)
 * @param hostName the hosting provider (yer sağlayıcı)
 * @param contactText the short text on the contact page, in {@link Markup}; "" for the shipped one
 * @param version how many times it was saved
 * @param updatedAt the last save, or null before the first
 */
public record Imprint(String ownerName, String ownerCompany, String responsibleEditor, String editors, String address,
                      String email, String phone, String uetsAddress, String hostName, String hostAddress,
                      String newsTipEmail, String correctionEmail, String contactText, long version, Instant updatedAt) {

    /** A person or company shown on the imprint under a heading: "Haber Müdürü: Ad Soyad". */
    public record Entry(String title, String name) {}

    /** What the Press Law needs at least: who owns the publication and who is responsible for it. */
    public boolean complete() {
        return !ownerName.isBlank() && !responsibleEditor.isBlank();
    }

    /** The owner as an imprint names them: "Şirket A.Ş. adına Ad Soyad", or the person alone. */
    public String owner() {
        if (ownerCompany.isBlank()) {
            return ownerName;
        }
        return ownerName.isBlank() ? ownerCompany : ownerCompany + " adına " + ownerName;
    }

    /** The data controller under the KVKK: the company if there is one, else the owner. */
    public String dataController() {
        return ownerCompany.isBlank() ? ownerName : ownerCompany;
    }

    public List<Entry> editorEntries() {
        return lines(editors).stream().map(line -> {
            int colon = line.indexOf(':');
            return colon > 0 ? new Entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()) : new Entry("", line);
        }).toList();
    }

    public List<String> addressLines() {
        return lines(address);
    }

    public List<String> hostAddressLines() {
        return lines(hostAddress);
    }

    /** The phone number as a tel: link: digits and a leading plus only. */
    public String phoneHref() {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.isEmpty() ? "" : "tel:" + digits;
    }

    public String updated() {
        return updatedAt == null ? "" : TurkishTime.dateTime(updatedAt);
    }

    Imprint withContactText(String text) {
        return new Imprint(ownerName, ownerCompany, responsibleEditor, editors, address, email, phone, uetsAddress,
            hostName, hostAddress, newsTipEmail, correctionEmail, text, version, updatedAt);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
