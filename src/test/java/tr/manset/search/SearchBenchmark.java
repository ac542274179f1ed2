package tr.manset.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import tr.manset.system.SiteProperties;

/**
 * Builds a search index of N synthetic Turkish stories (100,000 unless told) in a temporary
 * directory and measures the real code path: {@link SearchIndex} writes it as a rebuild does
 * ({@link SearchFields#toDocument}, {@link TurkishAnalysis#perField()}, one commit), then
 * {@link Search} answers a fixed mix of reader searches (with highlighting), related-story
 * look-ups and suggestions. No Spring, no database. Run it with {@code bench/search.sh}.
 *
 * <p>The stories are generated from a fixed seed, so every run indexes the same text: headlines
 * of about 8 words, spots of about 20 and bodies of about 250 in paragraphs, from word lists with
 * inflected nouns (case, plural and possessive suffixes following vowel harmony), verbs, and
 * proper nouns with apostrophes ("Ankara'da"); 7 sections, each with nouns, set phrases and tags
 * of its own, 49 tags, 40 authors, publication dates over the two years before the fixed clock.
 * Each story is about a few nouns, places, phrases and a person that it keeps repeating, and
 * draws its other nouns from a long tail of 20,000 invented stems that follow vowel harmony: so
 * a listed word is in a few per cent of the stories, as a real one is, not in nearly all of them.
 *
 * <p>Arguments: {@code [articles] [measured rounds]}; {@code -Dbench.keep=true} keeps the index.
 */
public final class SearchBenchmark {

    static final long SEED = 20261129L;
    static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    static final Duration SPAN = Duration.ofDays(730);
    static final int WARMUP_ROUNDS = 2;
    static final int RELATED_LOOKUPS = 200;
    /** As the article page and the suggestion endpoint ask. */
    static final int RELATED_LIMIT = 6;
    static final int SUGGEST_LIMIT = 8;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("manset-searchbench");
        Runtime rt = Runtime.getRuntime();
        System.out.printf("Manşet search benchmark: %,d articles, seed %d, %d warm-up + %d measured rounds%n",
            articles, SEED, WARMUP_ROUNDS, rounds);
        System.out.printf("JVM %s (%s), %d processors, max heap %d MB, index in %s%n", Runtime.version(),
            System.getProperty("java.vm.vendor"), rt.availableProcessors(), rt.maxMemory() >> 20, dir);
        SiteProperties site = new SiteProperties(dir, "Manşet", "http://localhost", false, null);
        try {
            build(site, articles);
            measure(site, articles, rounds);
        } finally {
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println("index kept in " + dir.resolve("search-index"));
            } else {
                delete(dir);
            }
        }
    }

    // ---------------------------------------------------------------- building

    /** As {@code IndexFeed.rebuild}: delete all, put every story, commit, refresh; then close (merges finish). */
    private static void build(SiteProperties site, int articles) throws IOException {
        Stories stories = new Stories(SEED);
        SearchIndex index = new SearchIndex(site);
        long generating = 0;
        long indexing = 0;
        long words = 0;
        long chars = 0;
        long began = System.nanoTime();
        index.deleteAll();
        for (int id = 1; id <= articles; id++) {
            long t0 = System.nanoTime();
            SearchDocument story = stories.story(id, articles);
            long t1 = System.nanoTime();
            index.put(story);
            long t2 = System.nanoTime();
            generating += t1 - t0;
            indexing += t2 - t1;
            words += count(story.headline()) + count(story.spot()) + count(story.body());
            chars += story.headline().length() + story.spot().length() + story.body().length();
        }
        long t3 = System.nanoTime();
        index.commit(1);
        index.refresh();
        long t4 = System.nanoTime();
        long buildNanos = indexing + (t4 - t3);
        long sizeAtCommit = index.size();
        int segmentsAtCommit = index.search(searcher -> searcher.getIndexReader().leaves().size());
        index.destroy();
        long closed = System.nanoTime();

        System.out.printf("generated      : %,d articles, %.0f words and %.1f KB of text each on average, %,d ms generating%n",
            articles, (double) words / articles, chars / 1024.0 / articles, generating / 1_000_000);
        System.out.printf("index build    : %,d ms, %,.0f docs/s (put every story, commit, refresh; generation excluded;"
                + " %,d ms wall clock with it)%n",
            buildNanos / 1_000_000, articles / (buildNanos / 1e9), (t4 - began) / 1_000_000);
        System.out.printf("merges         : finished %,d ms after the commit (on close)%n", (closed - t4) / 1_000_000);
        SearchIndex reopened = new SearchIndex(site);
        try {
            if (reopened.needsRebuild() || reopened.documents() != articles) {
                throw new IllegalStateException("the reopened index wants a rebuild or lost stories");
            }
            System.out.printf("index size     : %.1f MB after the commit (%d segments), %.1f MB after merges (%d segments)%n",
                sizeAtCommit / 1048576.0, segmentsAtCommit, reopened.size() / 1048576.0,
                reopened.search(searcher -> searcher.getIndexReader().leaves().size()));
        } finally {
            reopened.destroy();
        }
    }

    private static int count(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    // ---------------------------------------------------------------- measuring

    record Named(String label, SearchRequest request) {}

    /** The reader searches: single words, inflected and ASCII-typed forms, several words, phrases, filters, orders, pages. */
    static List<Named> queries(Stories stories) {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        List<Named> mix = new ArrayList<>();
        for (String q : List.of(
                // single words
                "deprem", "enflasyon", "seçim", "Ankara", "hastane", "yatırım", "festival",
                // inflected forms
                "görüşmelerde", "bakanlığı", "İstanbul'da", "belediyesinin", "seçimlerde", "hastaneye", "Türkiye'nin",
                // typed without Turkish letters
                "gorusme", "secim", "bakanligi", "istanbulda", "saglik", "ogrenciler",
                // several words
                "merkez bankası faiz", "konut kira", "takım transfer", "yapay zekâ yatırım",
                "belediye meclisi toplantı kararı", "doktor hasta tedavi", "saglik bakanligi asi kampanyasi",
                // phrases
                "\"merkez bankası\"", "\"faiz kararı\"",
                // a rare word, a word no story has, words of which no story has all (falls back to any)
                "bienal", "kuantumfizik", "enflasyon zeytinova")) {
            mix.add(new Named(q, SearchRequest.of(q)));
        }
        mix.add(new Named("toplantı, section ekonomi", new SearchRequest("toplantı", "ekonomi", "", null, null, false, 1)));
        mix.add(new Named("maç, section spor", new SearchRequest("maç", "spor", "", null, null, false, 1)));
        mix.add(new Named("deprem, newest first", new SearchRequest("deprem", "", "", null, null, true, 1)));
        mix.add(new Named("enflasyon, newest first", new SearchRequest("enflasyon", "", "", null, null, true, 1)));
        mix.add(new Named("seçim, page 2", new SearchRequest("seçim", "", "", null, null, false, 2)));
        mix.add(new Named("festival, page 2", new SearchRequest("festival", "", "", null, null, false, 2)));
        mix.add(new Named("yangın, last 3 months", new SearchRequest("yangın", "", "", today.minusMonths(3), today, false, 1)));
        String author = stories.authorSlugs.getFirst();
        mix.add(new Named("açıklama, by one author", new SearchRequest("açıklama", "", author, null, null, false, 1)));
        return mix;
    }

    /** What a reader has typed so far into the search box. */
    static final List<String> TYPED = List.of("gör", "ank", "ankara'da dep", "merkez ban", "sec", "ist", "yapay z", "enf",
        "de", "bakan", "hastaneye", "türkiye'nin ek", "festival", "sağlık bakanlığı aşı");

    private static void measure(SiteProperties site, int articles, int rounds) throws IOException {
        SearchIndex index = new SearchIndex(site);
        try {
            Search search = new Search(index, Clock.fixed(NOW, ZoneOffset.UTC));
            List<Named> mix = queries(new Stories(SEED));
            Random pick = new Random(SEED + 1);
            long[] relatedIds = pick.longs(RELATED_LOOKUPS, 1, articles + 1L).toArray();

            long[] totals = new long[mix.size()];
            for (int i = 0; i < mix.size(); i++) {
                totals[i] = search.search(mix.get(i).request()).total();
            }
            long[][] perQuery = new long[mix.size()][rounds];
            long[] searches = new long[mix.size() * rounds];
            long[] related = new long[relatedIds.length * rounds];
            long[] suggestions = new long[TYPED.size() * rounds];
            long sink = 0;
            for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
                boolean measured = round >= 0;
                for (int i = 0; i < mix.size(); i++) {
                    long t0 = System.nanoTime();
                    sink += search.search(mix.get(i).request()).hits().size();
                    long took = System.nanoTime() - t0;
                    if (measured) {
                        perQuery[i][round] = took;
                        searches[round * mix.size() + i] = took;
                    }
                }
                for (int i = 0; i < relatedIds.length; i++) {
                    long t0 = System.nanoTime();
                    sink += search.related(relatedIds[i], RELATED_LIMIT).size();
                    long took = System.nanoTime() - t0;
                    if (measured) {
                        related[round * relatedIds.length + i] = took;
                    }
                }
                for (int i = 0; i < TYPED.size(); i++) {
                    long t0 = System.nanoTime();
                    sink += search.suggest(TYPED.get(i), SUGGEST_LIMIT).size();
                    long took = System.nanoTime() - t0;
                    if (measured) {
                        suggestions[round * TYPED.size() + i] = took;
                    }
                }
            }

            System.out.printf("search         : %s (%d queries x %d rounds)%n", latencies(searches), mix.size(), rounds);
            System.out.printf("related        : %s (%d stories x %d rounds, %d each)%n", latencies(related), relatedIds.length,
                rounds, RELATED_LIMIT);
            System.out.printf("suggest        : %s (%d inputs x %d rounds, %d each)%n", latencies(suggestions), TYPED.size(),
                rounds, SUGGEST_LIMIT);
            System.out.println();
            System.out.println("per search (p50 / max ms, stories found), slowest first; by relevance, Lucene counts up to 1,000"
                + " and then only says \"at least\":");
            Integer[] order = new Integer[mix.size()];
            Arrays.setAll(order, i -> i);
            long[] medians = new long[mix.size()];
            for (int i = 0; i < mix.size(); i++) {
                long[] sorted = perQuery[i].clone();
                Arrays.sort(sorted);
                medians[i] = percentile(sorted, 0.50);
            }
            Arrays.sort(order, Comparator.comparingLong((Integer i) -> medians[i]).reversed());
            for (int i : order) {
                System.out.printf("  %7.2f / %7.2f  %,7d  %s%n", medians[i] / 1e6,
                    Arrays.stream(perQuery[i]).max().orElse(0) / 1e6, totals[i], mix.get(i).label());
            }
            System.out.printf("(%,d hits, related ids and suggestions returned in all)%n", sink);
        } finally {
            index.destroy();
        }
    }

    private static String latencies(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long total = Arrays.stream(sorted).sum();
        return String.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.0f/s on one thread",
            percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.90) / 1e6, percentile(sorted, 0.99) / 1e6,
            sorted[sorted.length - 1] / 1e6, sorted.length / (total / 1e9));
    }

    /** Nearest rank. */
    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    // ---------------------------------------------------------------- the stories

    /** Deterministic Turkish stories: story(id) is the same text for the same seed and id. */
    static final class Stories {

        static final Locale TR = Locale.forLanguageTag("tr");

        /** A section: its slug and name, the nouns its stories are about, its set phrases and its tags. */
        record Section(String slug, String name, List<String> nouns, List<String> phrases, List<String> tags) {}

        /** What one story is about: the words it keeps coming back to. */
        record Topic(Section section, List<String> nouns, List<String> places, List<String> phrases, List<String> person) {}

        static final List<Section> SECTIONS = List.of(
            new Section("gundem", "Gündem", words("""
                seçim aday parti meclis milletvekili yasa teklif komisyon muhalefet iktidar bakanlık belediye vali
                soruşturma mahkeme dava polis kaza yangın deprem sel afet kurtarma vatandaş açıklama"""),
                List.of("belediye meclisi", "seçim sonuçları", "Milli Eğitim Bakanlığı", "İçişleri Bakanlığı", "arama kurtarma"),
                List.of("Seçim", "Deprem", "Meclis", "Yerel Yönetimler", "Adalet", "Afet", "Trafik")),
            new Section("ekonomi", "Ekonomi", words("""
                enflasyon faiz döviz kur borsa yatırım ihracat ithalat bütçe vergi kredi banka piyasa fiyat maaş
                emekli ücret istihdam işsizlik sanayi üretim şirket sektör büyüme tasarruf"""),
                List.of("Merkez Bankası", "faiz kararı", "asgari ücret", "konut fiyatları", "kamu bankaları"),
                List.of("Enflasyon", "Merkez Bankası", "Borsa", "Asgari Ücret", "Emeklilik", "Dış Ticaret", "Vergi")),
            new Section("dunya", "Dünya", words("""
                zirve anlaşma heyet ateşkes savaş barış kriz yardım göç mülteci sınır büyükelçi diplomasi yaptırım
                müzakere cumhurbaşkanı başbakan parlamento protesto gösteri referandum tatbikat liman koridor"""),
                List.of("Birleşmiş Milletler", "Avrupa Birliği", "Dışişleri Bakanlığı", "insani yardım", "barış görüşmeleri"),
                List.of("Avrupa Birliği", "Orta Doğu", "Göç", "NATO", "Birleşmiş Milletler", "Ukrayna", "Diplomasi")),
            new Section("spor", "Spor", words("""
                maç takım oyuncu lig şampiyonluk transfer taraftar stadyum antrenman sezon puan galibiyet yenilgi
                beraberlik hakem kulüp turnuva madalya rekor sporcu kaleci forvet derbi skor kupa"""),
                List.of("Süper Lig", "milli takım", "teknik direktör", "transfer dönemi", "Avrupa kupaları"),
                List.of("Süper Lig", "Milli Takım", "Basketbol", "Voleybol", "Transfer", "Olimpiyat", "Derbi")),
            new Section("teknoloji", "Teknoloji", words("""
                yazılım uygulama telefon bilgisayar internet veri saldırı güvenlik platform algoritma girişim çip
                işlemci uydu robot ağ sunucu güncelleme kullanıcı gizlilik şifre bulut araç batarya zekâ"""),
                List.of("yapay zekâ", "siber saldırı", "elektrikli araç", "veri merkezi", "enerji santrali"),
                List.of("Yapay Zekâ", "Siber Güvenlik", "Uzay", "Mobil", "Girişimcilik", "Elektrikli Araç", "Yazılım")),
            new Section("kultur-sanat", "Kültür Sanat", words("""
                festival sergi konser film kitap roman şair müze tiyatro sahne oyun yönetmen sanatçı ödül galeri eser
                koleksiyon müzik albüm şarkı dizi sinema opera bale bienal"""),
                List.of("film festivali", "Devlet Tiyatroları", "çağdaş sanat", "halk müziği", "sanat galerisi"),
                List.of("Sinema", "Edebiyat", "Müzik", "Tiyatro", "Festival", "Müze", "Resim")),
            new Section("saglik", "Sağlık", words("""
                hastane doktor hasta aşı salgın virüs tedavi ilaç ameliyat hemşire sağlık beslenme diyabet kanser
                uzman araştırma tanı belirti grip enfeksiyon sigara egzersiz uyku obezite tansiyon"""),
                List.of("Sağlık Bakanlığı", "aşı kampanyası", "sağlık ocağı", "acil servis", "yoğun bakım"),
                List.of("Aşı", "Salgın", "Beslenme", "Kanser", "Hastaneler", "Ruh Sağlığı", "Çocuk Sağlığı")));

        static final List<String> NOUNS = words("""
            görüşme toplantı karar açıklama bakanlık belediye meclis hükümet başkan vatandaş proje yatırım bölge şehir
            ülke halk yol köprü okul öğrenci öğretmen hastane çalışma rapor sonuç süreç gelişme tepki iddia konu
            hava sıcaklık yağış tarım çiftçi ürün fiyat pazar ekmek su enerji elektrik doğalgaz konut kira ev aile
            çocuk kadın genç işçi sendika grev emekli vergi kurum haber kamuoyu gündem program plan hedef talep
            destek eğitim üniversite sınav bilim çevre orman deniz liman ulaşım metro otoyol havalimanı tren turizm
            otel festival kampanya toplum güvenlik bakan kurul yönetim merkez sistem dönem yıl ay hafta gün""");

        static final List<String> ADJECTIVES = words("""
            yeni büyük küçük önemli kritik son ilk genel yerel ulusal uluslararası ekonomik siyasi sosyal kültürel
            tarihi güçlü zor kolay hızlı yavaş yüksek düşük ağır hafif geniş ortak özel resmi acil olağanüstü beklenen
            sürpriz tartışmalı yoğun sert sıcak soğuk güvenli riskli dijital yerli yabancı uzun kısa yıllık aylık
            haftalık kalıcı geçici kapsamlı""");

        static final List<String> FUNCTION_WORDS = words("""
            ve bir bu ile için da de çok daha en gibi olarak ancak ise sonra önce göre kadar her bazı tüm yeniden
            ayrıca özellikle yaklaşık hem şu üzere""");

        static final List<String> VERBS = List.of(
            "açıkladı", "bildirdi", "duyurdu", "belirtti", "söyledi", "ifade etti", "vurguladı", "kaydetti",
            "değerlendirdi", "görüştü", "görüşecek", "başladı", "başlıyor", "başlayacak", "sürüyor", "devam ediyor",
            "tamamlandı", "yapıldı", "yapılacak", "gerçekleştirildi", "düzenlendi", "düzenlenecek", "açıldı", "kapandı",
            "arttı", "azaldı", "yükseldi", "düştü", "geriledi", "artıyor", "geriliyor", "yükselecek", "onaylandı",
            "reddedildi", "kabul edildi", "imzalandı", "toplandı", "karar verdi", "uyardı", "eleştirdi", "tepki gösterdi",
            "çağrı yaptı", "ziyaret etti", "katıldı", "kazandı", "kaybetti", "yenildi", "tamamladı", "hazırlanıyor",
            "planlanıyor", "bekleniyor", "açıklanacak", "gözaltına alındı", "tutuklandı", "serbest bırakıldı",
            "yaralandı", "hayatını kaybetti", "kurtarıldı", "tahliye edildi", "etkiledi", "yaşandı", "meydana geldi",
            "sona erdi", "ertelendi", "iptal edildi", "değiştirildi", "güncellendi", "yayımlandı", "sunuldu", "tanıttı",
            "geliştirdi", "üretti", "rekor kırdı", "sahneye çıktı", "ödül aldı", "gösterime girdi", "taburcu oldu",
            "önerdi", "istedi", "sordu");

        static final List<String> PLACES = words("""
            Türkiye Ankara İstanbul İzmir Bursa Antalya Adana Konya Gaziantep Trabzon Diyarbakır Eskişehir Samsun
            Kayseri Mersin Erzurum Van Malatya Hatay Muğla Çanakkale Edirne Rize Sakarya Denizli Almanya Fransa
            Yunanistan Rusya Ukrayna İran Irak Suriye Mısır Japonya Çin Hindistan Brezilya İngiltere İtalya İspanya
            Azerbaycan Gürcistan Bulgaristan Paris Berlin Londra Moskova Brüksel Washington Tahran Bakü Atina Kahire""");

        static final List<String> TITLES = List.of("Bakan", "Başkan", "Vali", "Milletvekili", "Prof. Dr.", "Doç. Dr.",
            "Teknik Direktör", "Genel Müdür", "Büyükelçi", "Yönetmen");

        static final List<String> FIRST_NAMES = words("""
            Ahmet Mehmet Ayşe Fatma Mustafa Zeynep Emre Elif Burak Selin Murat Deniz Can Ece Hakan Gül Kemal Derya
            Serkan Aslı İpek Oğuz Şule Tolga""");

        static final List<String> LAST_NAMES = words("""
            Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara
            Koç Kurt Özkan Şimşek Erdem Güneş Akın Uçar""");

        /**
         * Invented word stems for the long tail of a real vocabulary: with only the few hundred words
         * above, every word would be in most stories and every search would match most of the index.
         */
        static final int INVENTED = 20_000;

        final List<String> authorNames = new ArrayList<>();
        final List<String> authorSlugs = new ArrayList<>();
        final List<String> invented;
        private final long seed;

        Stories(long seed) {
            this.seed = seed;
            Random random = new Random(seed);
            Set<String> names = new LinkedHashSet<>();
            while (names.size() < 40) {
                names.add(FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                    + LAST_NAMES.get(random.nextInt(LAST_NAMES.size())));
            }
            for (String name : names) {
                authorNames.add(name);
                authorSlugs.add(slug(name));
            }
            this.invented = invent(random, INVENTED);
        }

        /** Story {@code id} of {@code total}: ids grow with the publication date, as they do in the newsroom. */
        SearchDocument story(long id, int total) {
            Random random = new Random(seed * 1_000_003L + id);
            Topic topic = topic(random, SECTIONS.get(random.nextInt(SECTIONS.size())));
            Section section = topic.section();
            String headline = capitalise(String.join(" ", phrase(random, topic, 5 + random.nextInt(5), 85, true)));
            String spot = sentences(random, topic, 14 + random.nextInt(7), 60);
            StringBuilder body = new StringBuilder();
            int words = 190 + random.nextInt(61);
            while (words > 0) {
                int paragraph = Math.min(words, 40 + random.nextInt(40));
                if (!body.isEmpty()) {
                    body.append("\n\n");
                }
                body.append(sentences(random, topic, paragraph, 45));
                words -= paragraph;
            }
            Set<String> tags = new LinkedHashSet<>();
            int tagCount = 1 + random.nextInt(4);
            while (tags.size() < tagCount) {
                Section from = random.nextInt(10) == 0 ? SECTIONS.get(random.nextInt(SECTIONS.size())) : section;
                tags.add(from.tags().get(random.nextInt(from.tags().size())));
            }
            List<Integer> byline = new ArrayList<>(List.of(random.nextInt(authorNames.size())));
            if (random.nextInt(10) == 0) {
                int second = random.nextInt(authorNames.size());
                if (second != byline.getFirst()) {
                    byline.add(second);
                }
            }
            long start = NOW.minus(SPAN).toEpochMilli();
            long published = start + (long) ((double) SPAN.toMillis() * (id - 1) / Math.max(1, total))
                + random.nextInt(3_600_000);
            Instant at = Instant.ofEpochMilli(Math.min(published, NOW.toEpochMilli() - 60_000));
            return new SearchDocument(id, headline, spot, body.toString(), List.copyOf(tags), section.slug(), section.name(),
                byline.stream().map(authorSlugs::get).toList(), byline.stream().map(authorNames::get).toList(), at, at,
                "/" + section.slug() + "/" + slug(headline) + "-" + id);
        }

        /** Four nouns of the section and four of everyday news, one or two places, up to two set phrases, a person. */
        private static Topic topic(Random random, Section section) {
            Set<String> nouns = new LinkedHashSet<>();
            while (nouns.size() < 4) {
                nouns.add(section.nouns().get(random.nextInt(section.nouns().size())));
            }
            while (nouns.size() < 8) {
                nouns.add(NOUNS.get(random.nextInt(NOUNS.size())));
            }
            Set<String> places = new LinkedHashSet<>();
            int placeCount = 1 + random.nextInt(2);
            while (places.size() < placeCount) {
                places.add(pick(random, PLACES));
            }
            Set<String> phrases = new LinkedHashSet<>();
            int phraseCount = random.nextInt(3);
            while (phrases.size() < phraseCount) {
                phrases.add(section.phrases().get(random.nextInt(section.phrases().size())));
            }
            List<String> person = List.of(pick(random, TITLES), pick(random, FIRST_NAMES), pick(random, LAST_NAMES));
            return new Topic(section, List.copyOf(nouns), List.copyOf(places), List.copyOf(phrases), person);
        }

        /** Sentences of about {@code words} words in all. */
        private String sentences(Random random, Topic topic, int words, int focus) {
            StringBuilder text = new StringBuilder();
            while (words > 0) {
                int length = Math.min(words, 7 + random.nextInt(10));
                if (words - length < 4) {
                    length = words;
                }
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(capitalise(String.join(" ", phrase(random, topic, length, focus, false)))).append('.');
                words -= length;
            }
            return text.toString();
        }

        /**
         * A subject, then noun phrases and small words, then a verb: {@code length} words, give or take
         * one. {@code focus} in a hundred nouns are the story's own.
         */
        private List<String> phrase(Random random, Topic topic, int length, int focus, boolean headline) {
            List<String> out = new ArrayList<>();
            switch (random.nextInt(4)) {
                case 0 -> out.add(proper(place(random, topic), random));
                case 1 -> {
                    List<String> person = random.nextInt(4) > 0 ? topic.person()
                        : List.of(pick(random, TITLES), pick(random, FIRST_NAMES), pick(random, LAST_NAMES));
                    out.add(person.get(0));
                    out.add(person.get(1));
                    out.add(random.nextBoolean() ? person.get(2) : proper(person.get(2), random));
                }
                case 2 -> out.add(topic.phrases().isEmpty() || random.nextBoolean()
                    ? pick(random, ADJECTIVES) : setPhrase(random, topic));
                default -> {
                    out.add(pick(random, ADJECTIVES));
                    out.add(inflect(noun(random, topic, focus), random));
                }
            }
            while (out.size() < length - 1) {
                int slot = random.nextInt(100);
                if (slot < 35) {
                    out.add(inflect(noun(random, topic, focus), random));
                } else if (slot < 55) {
                    out.add(pick(random, ADJECTIVES));
                    out.add(noun(random, topic, focus));
                } else if (slot < 70 && !headline) {
                    out.add(pick(random, FUNCTION_WORDS));
                } else if (slot < 76) {
                    out.add(proper(place(random, topic), random));
                } else if (slot < 82) {
                    out.add(random.nextBoolean() ? "yüzde " + (1 + random.nextInt(99)) : (2 + random.nextInt(998)) + " milyon");
                } else if (slot < 96 || topic.phrases().isEmpty()) {
                    out.add(noun(random, topic, focus));
                } else {
                    out.add(setPhrase(random, topic));
                }
            }
            out.add(pick(random, VERBS));
            return out;
        }

        /**
         * {@code focus} in a hundred: one of the story's own nouns; six in a hundred: any everyday or
         * section noun; the rest: the long tail of rarer words.
         */
        private String noun(Random random, Topic topic, int focus) {
            int r = random.nextInt(100);
            if (r < focus) {
                return topic.nouns().get(random.nextInt(topic.nouns().size()));
            }
            if (r < focus + 6) {
                List<String> nouns = random.nextBoolean() ? topic.section().nouns() : NOUNS;
                return nouns.get(random.nextInt(nouns.size()));
            }
            return pick(random, invented);
        }

        private static String place(Random random, Topic topic) {
            return random.nextInt(4) > 0 ? topic.places().get(random.nextInt(topic.places().size())) : pick(random, PLACES);
        }

        private static String setPhrase(Random random, Topic topic) {
            String phrase = topic.phrases().get(random.nextInt(topic.phrases().size()));
            // a name takes its genitive after an apostrophe: "Merkez Bankası'nın", "Süper Lig'in"
            return Character.isUpperCase(phrase.charAt(0)) && random.nextInt(3) == 0
                ? phrase + "'" + (endsInVowel(phrase) ? "n" : "") + fourWay(phrase) + "n" : phrase;
        }

        /** Stems of two or three syllables that follow vowel harmony ("kelmer", "tasırgan"), none a listed word. */
        private static List<String> invent(Random random, int count) {
            Set<String> known = new java.util.HashSet<>();
            for (List<String> list : List.of(NOUNS, ADJECTIVES, FUNCTION_WORDS, VERBS)) {
                list.forEach(word -> known.add(word.toLowerCase(TR)));
            }
            SECTIONS.forEach(section -> known.addAll(section.nouns()));
            PLACES.forEach(place -> known.add(place.toLowerCase(TR)));
            String onsets = "bbcçddgghkkklmmnnpprrsssştttvyyz";
            String codas = "klmnnrrsştz";
            String vowels = "aeıioöuü";
            Set<String> words = new LinkedHashSet<>();
            while (words.size() < count) {
                StringBuilder word = new StringBuilder();
                int syllables = 2 + random.nextInt(2);
                for (int i = 0; i < syllables; i++) {
                    word.append(onsets.charAt(random.nextInt(onsets.length())));
                    String sofar = word.toString();
                    word.append(i == 0 ? vowels.charAt(random.nextInt(vowels.length()))
                        : random.nextInt(3) == 0 ? fourWay(sofar) : twoWay(sofar));
                    if (random.nextInt(3) == 0) {
                        word.append(codas.charAt(random.nextInt(codas.length())));
                    }
                }
                if (!known.contains(word.toString())) {
                    words.add(word.toString());
                }
            }
            return List.copyOf(words);
        }

        /** Common words first: a skewed pick, as word frequencies are. */
        static String pick(Random random, List<String> words) {
            double u = random.nextDouble();
            return words.get((int) (words.size() * u * u));
        }

        // ------------------------------------------------------------ Turkish suffixes

        /** A noun as it appears in running text: bare half the time, else with case, plural or possessive suffixes. */
        static String inflect(String noun, Random random) {
            return switch (random.nextInt(16)) {
                case 0, 1, 2, 3, 4, 5, 6 -> noun;
                case 7 -> plural(noun);
                case 8 -> locative(noun);
                case 9 -> locative(noun) + "n";
                case 10 -> dative(noun);
                case 11 -> genitive(noun);
                case 12 -> possessive(noun);
                case 13 -> possessive(noun) + "n" + fourWay(possessive(noun)) + "n";
                case 14 -> locative(plural(noun));
                default -> random.nextBoolean() ? plural(noun) + fourWay(plural(noun)) : possessive(noun) + "nd" + twoWay(noun);
            };
        }

        /** A proper noun: bare, or a suffix after an apostrophe ("Ankara'da", "Paris'ten", "Türkiye'nin"). */
        static String proper(String name, Random random) {
            return switch (random.nextInt(6)) {
                case 0, 1 -> name;
                case 2 -> name + "'" + locative(name).substring(name.length());
                case 3 -> name + "'" + locative(name).substring(name.length()) + "n";
                case 4 -> name + "'" + (endsInVowel(name) ? "n" : "") + fourWay(name) + "n";
                default -> name + "'" + (endsInVowel(name) ? "y" : "") + twoWay(name);
            };
        }

        static String plural(String noun) {
            return noun + "l" + twoWay(noun) + "r";
        }

        static String locative(String noun) {
            return noun + (endsHard(noun) ? "t" : "d") + twoWay(noun);
        }

        static String dative(String noun) {
            return endsInVowel(noun) ? noun + "y" + twoWay(noun) : soften(noun) + twoWay(noun);
        }

        static String genitive(String noun) {
            return endsInVowel(noun) ? noun + "n" + fourWay(noun) + "n" : soften(noun) + fourWay(noun) + "n";
        }

        /** His or her: "bakanlık" → "bakanlığı", "belediye" → "belediyesi". */
        static String possessive(String noun) {
            return endsInVowel(noun) ? noun + "s" + fourWay(noun) : soften(noun) + fourWay(noun);
        }

        /** Words of more than one syllable soften a final k, ç or p before a vowel. */
        static String soften(String noun) {
            if (vowels(noun) < 2) {
                return noun;
            }
            char last = noun.charAt(noun.length() - 1);
            String head = noun.substring(0, noun.length() - 1);
            return switch (last) {
                case 'k' -> head + "ğ";
                case 'ç' -> head + "c";
                case 'p' -> head + "b";
                default -> noun;
            };
        }

        static char twoWay(String word) {
            return front(lastVowel(word)) ? 'e' : 'a';
        }

        static char fourWay(String word) {
            char v = lastVowel(word);
            return front(v) ? (rounded(v) ? 'ü' : 'i') : (rounded(v) ? 'u' : 'ı');
        }

        private static char lastVowel(String word) {
            for (int i = word.length() - 1; i >= 0; i--) {
                char c = lower(word.charAt(i));
                if (c == 'â') {
                    return 'a';
                }
                if (isVowel(c)) {
                    return c;
                }
            }
            return 'e';
        }

        private static int vowels(String word) {
            int vowels = 0;
            for (int i = 0; i < word.length(); i++) {
                vowels += isVowel(lower(word.charAt(i))) ? 1 : 0;
            }
            return vowels;
        }

        private static boolean isVowel(char lower) {
            return "aeıioöuüâ".indexOf(lower) >= 0;
        }

        /** Turkish lower case of one letter, without the cost of a locale-aware String.toLowerCase. */
        private static char lower(char c) {
            return c == 'I' ? 'ı' : c == 'İ' ? 'i' : Character.toLowerCase(c);
        }

        private static boolean front(char vowel) {
            return "eiöü".indexOf(vowel) >= 0;
        }

        private static boolean rounded(char vowel) {
            return "oöuü".indexOf(vowel) >= 0;
        }

        private static boolean endsInVowel(String word) {
            return isVowel(lower(word.charAt(word.length() - 1)));
        }

        private static boolean endsHard(String word) {
            return "fstkçşhp".indexOf(lower(word.charAt(word.length() - 1))) >= 0;
        }

        static String capitalise(String text) {
            int first = text.codePointAt(0);
            int next = Character.charCount(first);
            return new String(Character.toChars(first)).toUpperCase(TR) + text.substring(next);
        }

        static String slug(String text) {
            String folded = Normalizer.normalize(text.toLowerCase(TR).replace('ı', 'i'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
            return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }

        private static List<String> words(String text) {
            return List.of(text.strip().split("\\s+"));
        }

        /** Prints a few stories, to see what is indexed: {@code SearchBenchmark$Stories [count]}. */
        public static void main(String[] args) {
            Stories stories = new Stories(SEED);
            int count = args.length > 0 ? Integer.parseInt(args[0]) : 2;
            for (int id = 1; id <= count; id++) {
                SearchDocument story = stories.story(id, 100_000);
                System.out.println(story.id() + " " + story.publishedAt() + " " + story.path());
                System.out.println(story.categoryName() + " | " + story.tags() + " | " + story.authorNames());
                System.out.println("# " + story.headline());
                System.out.println("> " + story.spot());
                System.out.println(story.body());
                System.out.println();
            }
        }
    }
}
