package tr.manset.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import tr.manset.system.text.FormText;

/**
 * The imprint and contact form as posted, cleaned: one-line fields on one line, addresses and the
 * editors list keeping their line breaks. Field names are the form's input names.
 */
public record ImprintForm(String ownerName, String ownerCompany, String responsibleEditor, String editors, String address,
                          String email, String phone, String uetsAddress, String hostName, String hostAddress,
                          String newsTipEmail, String correctionEmail, String contactText, Long version) {

    static final int LINE_MAX = 200;
    static final int BLOCK_MAX = 2_000;
    static final int TEXT_MAX = 5_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]*");

    public ImprintForm {
        ownerName = FormText.line(ownerName);
        ownerCompany = FormText.line(ownerCompany);
        responsibleEditor = FormText.line(responsibleEditor);
        editors = FormText.block(editors);
        address = FormText.block(address);
        email = FormText.line(email);
        phone = FormText.line(phone);
        uetsAddress = FormText.line(uetsAddress);
        hostName = FormText.line(hostName);
        hostAddress = FormText.block(hostAddress);
        newsTipEmail = FormText.line(newsTipEmail);
        correctionEmail = FormText.line(correctionEmail);
        contactText = FormText.block(contactText);
    }

    static ImprintForm of(Imprint imprint, String contactText) {
        return new ImprintForm(imprint.ownerName(), imprint.ownerCompany(), imprint.responsibleEditor(), imprint.editors(),
            imprint.address(), imprint.email(), imprint.phone(), imprint.uetsAddress(), imprint.hostName(),
            imprint.hostAddress(), imprint.newsTipEmail(), imprint.correctionEmail(), contactText, imprint.version());
    }

    /** The same input, to be saved over the given version (after a conflict was shown). */
    ImprintForm over(long newerVersion) {
        return new ImprintForm(ownerName, ownerCompany, responsibleEditor, editors, address, email, phone, uetsAddress,
            hostName, hostAddress, newsTipEmail, correctionEmail, contactText, newerVersion);
    }

    Imprint toImprint() {
        return new Imprint(ownerName, ownerCompany, responsibleEditor, editors, address, email, phone, uetsAddress,
            hostName, hostAddress, newsTipEmail, correctionEmail, contactText, version == null ? -1 : version, null);
    }

    /** What is wrong, by field name, in Turkish; empty when the form can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (ownerName.isEmpty()) {
            problems.put("ownerName", "İmtiyaz sahibinin adını yazın (şirketse, şirket adına imtiyaz sahibi olan kişinin adını).");
        }
        if (responsibleEditor.isEmpty()) {
            problems.put("responsibleEditor", "Sorumlu yazı işleri müdürünün adını yazın.");
        }
        email("email", email, "E-posta", problems);
        email("newsTipEmail", newsTipEmail, "Haber ihbarı e-postası", problems);
        email("correctionEmail", correctionEmail, "Düzeltme talepleri e-postası", problems);
        if (!PHONE.matcher(phone).matches()) {
            problems.put("phone", "Telefon numarası yalnızca rakam, boşluk, +, - ve parantez içerebilir.");
        }
        tooLong("ownerName", ownerName, LINE_MAX, problems);
        tooLong("ownerCompany", ownerCompany, LINE_MAX, problems);
        tooLong("responsibleEditor", responsibleEditor, LINE_MAX, problems);
        tooLong("phone", phone, LINE_MAX, problems);
        tooLong("uetsAddress", uetsAddress, LINE_MAX, problems);
        tooLong("hostName", hostName, LINE_MAX, problems);
        tooLong("editors", editors, BLOCK_MAX, problems);
        tooLong("address", address, BLOCK_MAX, problems);
        tooLong("hostAddress", hostAddress, BLOCK_MAX, problems);
        tooLong("contactText", contactText, TEXT_MAX, problems);
        if (version == null) {
            problems.put("version", "Form eksik gönderildi; sayfayı yenileyip yeniden deneyin.");
        }
        return problems;
    }

    private static void email(String field, String value, String label, Map<String, String> problems) {
        if (!value.isEmpty() && (value.length() > LINE_MAX || !EMAIL.matcher(value).matches())) {
            problems.put(field, label + " geçerli bir e-posta adresi değil (örnek: iletisim@alanadi.com.tr).");
        }
    }

    private static void tooLong(String field, String value, int max, Map<String, String> problems) {
        if (FormText.length(value) > max && !problems.containsKey(field)) {
            problems.put(field, "Bu alan en fazla " + max + " karakter olabilir.");
        }
    }
}
