"""
Synthetic search documents for bench/search.py: N records that read like the knowledge
library of many Indonesian local governments, loaded into the database index together
with the real demo records, so that the demo pages are still there among them.

- Text: each document has a main topic (the demo's five are weighted up: they are what
  the site is about; eight more topics such as perizinan, kependudukan, puskesmas, pajak
  daerah). Its sentences are template sentences about that topic's work, and sentences
  of the demo content itself (case studies, articles, courses, programmes): those of
  demo items on the same topic, or ones naming no demo topic, with the demo's region
  names swapped for the document's own region most of the time. So the demo's words
  (SIPD, SPBE, OPD, Bappeda, masterplan ...) occur in hundreds to thousands of
  documents, as they would on a grown site, and the posting lists are long.
- Regions: about 60 real-sounding kabupaten, kota and provinces ("Kabupaten Kolaka",
  "Kota Ternate") created as `directory.Region` rows (slug prefix `gen-`), so facets and
  private records point at real rows. Topics: the five demo topics plus eight more.
- Kinds: case studies, articles, courses, lessons, regulations and programmes in
  roughly the proportions of a grown site; years 2015 to 2027; one case study in
  twelve is internal to its (generated) region.
- Keys and urls cannot collide with the demo: keys from page:1000000 / regulation:1000000
  / programme:1000000 up, urls and slugs start with `gen-`.

Deterministic: the same seed gives the same records. Used as
`load(10_000)`: creates the regions and topics, then `search.indexer.bulk_load` of
`all_records()` + `generate(...)` with the admin-edited synonyms.
"""

import datetime
import html
import itertools
import random
import re
from dataclasses import dataclass

KEY_BASE = 1_000_000

# name, short name, kind, province (for the kabupaten/kota)
GENERATED_REGIONS = [
    ("Kabupaten Kolaka", "Kolaka", "regency", "Sultra"),
    ("Kabupaten Muna", "Muna", "regency", "Sultra"),
    ("Kabupaten Buton", "Buton", "regency", "Sultra"),
    ("Kabupaten Bombana", "Bombana", "regency", "Sultra"),
    ("Kabupaten Wakatobi", "Wakatobi", "regency", "Sultra"),
    ("Kota Kendari", "Kendari", "city", "Sultra"),
    ("Kota Ternate", "Ternate", "city", "Malut"),
    ("Kota Tidore Kepulauan", "Tikep", "city", "Malut"),
    ("Kabupaten Halmahera Barat", "Halbar", "regency", "Malut"),
    ("Kabupaten Halmahera Utara", "Halut", "regency", "Malut"),
    ("Kota Makassar", "Makassar", "city", "Sulsel"),
    ("Kabupaten Gowa", "Gowa", "regency", "Sulsel"),
    ("Kabupaten Maros", "Maros", "regency", "Sulsel"),
    ("Kabupaten Bone", "Bone", "regency", "Sulsel"),
    ("Kabupaten Bantaeng", "Bantaeng", "regency", "Sulsel"),
    ("Kota Parepare", "Parepare", "city", "Sulsel"),
    ("Kota Surabaya", "Surabaya", "city", "Jatim"),
    ("Kabupaten Lamongan", "Lamongan", "regency", "Jatim"),
    ("Kabupaten Sidoarjo", "Sidoarjo", "regency", "Jatim"),
    ("Kabupaten Banyuwangi", "Banyuwangi", "regency", "Jatim"),
    ("Kota Malang", "Malang", "city", "Jatim"),
    ("Kota Madiun", "Madiun", "city", "Jatim"),
    ("Kabupaten Kendal", "Kendal", "regency", "Jateng"),
    ("Kabupaten Banyumas", "Banyumas", "regency", "Jateng"),
    ("Kota Surakarta", "Solo", "city", "Jateng"),
    ("Kota Salatiga", "Salatiga", "city", "Jateng"),
    ("Provinsi Jawa Barat", "Jabar", "province", None),
    ("Kota Bandung", "Bandung", "city", "Jabar"),
    ("Kabupaten Purwakarta", "Purwakarta", "regency", "Jabar"),
    ("Kota Bogor", "Bogor", "city", "Jabar"),
    ("Provinsi DI Yogyakarta", "DIY", "province", None),
    ("Kabupaten Sleman", "Sleman", "regency", "DIY"),
    ("Kabupaten Kulon Progo", "Kulon Progo", "regency", "DIY"),
    ("Provinsi Riau", "Riau", "province", None),
    ("Kota Pekanbaru", "Pekanbaru", "city", "Riau"),
    ("Kabupaten Siak", "Siak", "regency", "Riau"),
    ("Provinsi Sumatera Barat", "Sumbar", "province", None),
    ("Kota Padang", "Padang", "city", "Sumbar"),
    ("Kabupaten Agam", "Agam", "regency", "Sumbar"),
    ("Provinsi Kalimantan Selatan", "Kalsel", "province", None),
    ("Kota Banjarmasin", "Banjarmasin", "city", "Kalsel"),
    ("Kabupaten Tabalong", "Tabalong", "regency", "Kalsel"),
    ("Provinsi Kalimantan Barat", "Kalbar", "province", None),
    ("Kota Pontianak", "Pontianak", "city", "Kalbar"),
    ("Kabupaten Kubu Raya", "Kubu Raya", "regency", "Kalbar"),
    ("Provinsi Sulawesi Utara", "Sulut", "province", None),
    ("Kota Manado", "Manado", "city", "Sulut"),
    ("Kabupaten Minahasa", "Minahasa", "regency", "Sulut"),
    ("Provinsi Gorontalo", "Gorontalo", "province", None),
    ("Kabupaten Bone Bolango", "Bone Bolango", "regency", "Gorontalo"),
    ("Provinsi Sulawesi Tengah", "Sulteng", "province", None),
    ("Kota Palu", "Palu", "city", "Sulteng"),
    ("Kabupaten Sigi", "Sigi", "regency", "Sulteng"),
    ("Provinsi Maluku", "Maluku", "province", None),
    ("Kota Ambon", "Ambon", "city", "Maluku"),
    ("Provinsi Nusa Tenggara Barat", "NTB", "province", None),
    ("Kota Mataram", "Mataram", "city", "NTB"),
    ("Kabupaten Lombok Timur", "Lotim", "regency", "NTB"),
    ("Provinsi Nusa Tenggara Timur", "NTT", "province", None),
    ("Kota Kupang", "Kupang", "city", "NTT"),
    ("Kabupaten Sumba Timur", "Sumba Timur", "regency", "NTT"),
    ("Provinsi Bali", "Bali", "province", None),
    ("Kabupaten Badung", "Badung", "regency", "Bali"),
    ("Kota Denpasar", "Denpasar", "city", "Bali"),
]

# slug, name: topics a grown site has besides the demo's five
GENERATED_TOPICS = [
    ("gen-pelayanan-publik", "Pelayanan Publik"),
    ("gen-keuangan-daerah", "Pajak dan Retribusi Daerah"),
    ("gen-kesehatan", "Kesehatan Digital"),
    ("gen-pendidikan", "Pendidikan"),
    ("gen-kependudukan", "Administrasi Kependudukan"),
    ("gen-kebencanaan", "Kebencanaan"),
    ("gen-satu-data", "Satu Data"),
    ("gen-perizinan", "Perizinan Berusaha"),
]

# topic slug -> things a region works on, for titles and template sentences
OBJECTS = {
    "sipd": ["SIPD", "penganggaran di SIPD", "penatausahaan keuangan daerah", "Renja OPD",
             "RKA-SKPD", "perencanaan pembangunan daerah", "e-planning", "e-budgeting"],
    "spbe": ["SPBE", "arsitektur SPBE", "evaluasi SPBE", "tata kelola TIK", "pusat data daerah",
             "layanan digital terpadu", "manajemen risiko SPBE", "aplikasi umum"],
    "smart-city": ["masterplan smart city", "command center", "quick win kota cerdas",
                   "dashboard kota", "CCTV publik", "wifi publik", "smart governance"],
    "e-government": ["aplikasi persuratan elektronik", "tanda tangan elektronik",
                     "integrasi aplikasi OPD", "portal layanan publik", "website resmi daerah",
                     "e-office"],
    "manajemen-kinerja-asn": ["absensi elektronik ASN", "e-kinerja ASN", "tunjangan kinerja",
                              "presensi berbasis lokasi", "sasaran kinerja pegawai"],
    "gen-pelayanan-publik": ["mal pelayanan publik", "pengaduan masyarakat", "layanan satu pintu",
                             "survei kepuasan masyarakat"],
    "gen-keuangan-daerah": ["pajak daerah online", "retribusi elektronik", "transaksi nontunai",
                            "e-BPHTB", "elektronifikasi transaksi pemda"],
    "gen-kesehatan": ["rekam medis elektronik puskesmas", "sistem rujukan terintegrasi",
                      "data stunting", "antrean puskesmas online"],
    "gen-pendidikan": ["PPDB online", "dapodik", "sekolah digital", "rapor elektronik"],
    "gen-kependudukan": ["layanan kependudukan", "KTP elektronik", "akta kelahiran online",
                         "identitas kependudukan digital"],
    "gen-kebencanaan": ["sistem peringatan dini bencana", "peta rawan bencana",
                        "pusat pengendalian operasi"],
    "gen-satu-data": ["satu data daerah", "portal data terbuka", "walidata", "statistik sektoral"],
    "gen-perizinan": ["perizinan online", "OSS berbasis risiko", "izin usaha mikro",
                      "persetujuan bangunan gedung"],
}
VERBS = ["menerapkan", "menjalankan", "mengembangkan", "membangun", "meluncurkan",
         "mengintegrasikan", "memperluas", "mendigitalkan", "menata", "memperkuat",
         "menyederhanakan", "mengevaluasi"]
NOUNS = ["Penerapan", "Pengembangan", "Pembangunan", "Integrasi", "Perluasan", "Penataan",
         "Evaluasi", "Digitalisasi", "Penguatan"]
OPDS = ["Bappeda", "BPKAD", "Diskominfo", "BKPSDM", "Dinas Kesehatan", "Dinas Pendidikan",
        "Disdukcapil", "DPMPTSP", "Bapenda", "Inspektorat", "Bagian Organisasi Setda",
        "RSUD", "BPBD", "Dinas Sosial"]
PARTNERS = ["Kementerian Dalam Negeri", "Kementerian Kominfo", "Kementerian PANRB", "BPKP",
            "perguruan tinggi setempat", "Ombudsman perwakilan provinsi", "BSSN",
            "pemerintah provinsi"]
OBSTACLES = ["data yang tersebar di banyak aplikasi", "jaringan internet yang belum merata",
             "jumlah operator yang terbatas", "anggaran yang belum dialokasikan",
             "aturan daerah yang belum ada", "pergantian pejabat", "kebiasaan kerja manual",
             "server yang sering mati", "belum adanya standar data"]
TAGS = ["studi banding", "pendampingan", "bimtek", "keuangan daerah", "layanan publik",
        "tata kelola TIK", "inovasi daerah", "kerja sama antardaerah", "perencanaan",
        "kepegawaian", "aplikasi", "peta jalan", "regulasi daerah", "jarak jauh"]
TEMPLATES = [
    "{region} mulai {verb} {object} pada {year} setelah {obstacle} menjadi keluhan OPD.",
    "Tim dari {opd} dan {opd2} menyusun rencana {object} bersama {partner}.",
    "Kendala utama di {short} adalah {obstacle}, sehingga {opd} menunjuk operator di setiap OPD.",
    "Hasilnya, waktu layanan turun dari {a} hari menjadi {b} hari dalam {months} bulan.",
    "{opd} {region} membentuk tim {object} dan mencatat setiap pertanyaan dari OPD.",
    "Sekretaris daerah {region} meminta seluruh OPD memakai {object} paling lambat {year}.",
    "Studi banding ke {region2} membantu tim {short} memahami {object} dari pelaksananya.",
    "Pendampingan oleh {region2} berlangsung {months} bulan, sebagian lewat rapat daring.",
    "Bimtek {object} diikuti {a} ASN dari {b} OPD, dengan sertifikat {c} JP.",
    "{region} menetapkan peraturan kepala daerah tentang {object} pada {year}.",
    "Evaluasi tahun {year} menunjukkan {b} dari {a} OPD sudah menjalankan {object}.",
    "Data {object} kini terhubung dengan {object2}, sehingga tidak diinput berulang kali.",
    "Pelajaran utama: libatkan {opd} sejak awal dan catat setiap kendala {object}.",
    "Kunjungan kerja delegasi {region2} ke {region} membahas {object} dan {object2}.",
]

DEMO_REGION_NAMES = [
    "Kota Baubau", "Kabupaten Konawe Utara", "Kabupaten Tuban", "Provinsi Sulawesi Selatan",
    "Provinsi Maluku Utara", "Kota Semarang", "Kabupaten Gresik", "Kabupaten Bojonegoro",
    "Sulawesi Selatan", "Maluku Utara", "Konawe Utara", "Baubau", "Tuban", "Konut", "Malut",
    "Sulsel",
]
DEMO_REGION_RE = re.compile("|".join(re.escape(name) for name in DEMO_REGION_NAMES))
# Baubau's own applications: another region's documents name their own.
DEMO_APP_RE = re.compile(r"Sipolima|Sinergo")
APP_NAMES = ["Simpeg", "Sipadu", "Simantap", "Sidara", "Sipelita", "Siapik", "Simona",
             "Sigap", "Sikeren", "Simpel", "Sakti", "Sidoel", "Sipandu", "Simonev", "Sipakar",
             "Silayak", "Sijaka", "Sintal", "Simak", "Sipanda"]

# kind -> share of generated documents
KIND_SHARES = [("casestudy", 0.25), ("article", 0.15), ("course", 0.06), ("lesson", 0.42),
               ("regulation", 0.05), ("programme", 0.07)]
URL_PREFIX = {"casestudy": "/studi-kasus/", "article": "/praktik-baik/", "course": "/kursus/",
              "lesson": "/kursus/gen-kursus/modul/", "regulation": "/regulasi/",
              "programme": "/program/"}


@dataclass
class Region:
    id: int | None
    slug: str
    name: str
    short_name: str


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# Words that make a sentence about one of the demo topics (kept out of the generic pool).
TOPIC_WORDS = re.compile(
    r"sipd|spbe|smart city|kota cerdas|masterplan|sinergo|sipolima|e-government|kehadiran|"
    r"permendagri|perpres|permenpanrb|inpres|rkpd|renja|rka|dpa|sp2d|penatausahaan",
    re.IGNORECASE)
# topic slug -> how often it is a generated document's main topic (the demo's topics are
# what this site is about; the others are there so that the demo's words are not in
# every document)
TOPIC_WEIGHTS = {"sipd": 3, "spbe": 3, "smart-city": 2, "e-government": 3,
                 "manajemen-kinerja-asn": 2}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value] if " " in value else []
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return []


def _split(text: str) -> list[str]:
    plain = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())
    return [sentence for sentence in re.split(r"(?<=[.!?:;])\s+", plain)
            if 6 <= len(sentence.split()) <= 45]


def demo_sentences() -> dict[str, list[str]]:
    """The demo content's sentences (HTML stripped, 6 to 45 words), by topic slug of the
    case study, article, course or programme they come from; "" holds the sentences that
    name none of the demo topics' words, usable in a document about anything."""
    from lms.demo.data import casestudies, courses, programmes

    pools: dict[str, set[str]] = {"": set()}
    for item in (casestudies.CASE_STUDIES + casestudies.ARTICLES + courses.COURSES
                 + programmes.PROGRAMMES):
        for sentence in (s for text in _strings(item) for s in _split(text)):
            if TOPIC_WORDS.search(sentence):
                for topic in item.get("topics", []):
                    pools.setdefault(topic, set()).add(sentence)
            else:
                pools[""].add(sentence)
    return {topic: sorted(sentences) for topic, sentences in pools.items()}


class Generator:
    """Makes `DocumentRecord`s; `regions`, `topics` and `regulation_ids` are DB-backed."""

    def __init__(self, regions: list[Region], topics: dict[str, str],
                 regulation_ids: list[str], seed: int = 2026):
        self.random = random.Random(seed)
        self.regions = regions
        self.topics = topics  # slug -> name
        self.regulation_ids = regulation_ids
        self.pools = demo_sentences()
        for sentences in self.pools.values():
            self.random.shuffle(sentences)
        # A few sentences of a pool are common, most are rare (as on a real site).
        self.cum_weights = {
            topic: list(itertools.accumulate(1 / (1 + rank) ** 0.6
                                             for rank in range(len(sentences))))
            for topic, sentences in self.pools.items()}
        self.topic_slugs = list(self.topics)
        self.topic_weights = [TOPIC_WEIGHTS.get(slug, 1) for slug in self.topic_slugs]

    def pick_kind(self) -> str:
        roll, total = self.random.random(), 0.0
        for kind, share in KIND_SHARES:
            total += share
            if roll < total:
                return kind
        return KIND_SHARES[-1][0]

    def fill(self, template: str, region: Region, topic: str) -> str:
        other = self.random.choice(self.regions)
        objects = OBJECTS[topic]
        a = self.random.randint(5, 60)
        return template.format(
            region=region.name, short=region.short_name, region2=other.name,
            verb=self.random.choice(VERBS), object=self.random.choice(objects),
            object2=self.random.choice(objects if self.random.random() < 0.7
                                       else OBJECTS[self.random.choice(list(OBJECTS))]),
            opd=self.random.choice(OPDS), opd2=self.random.choice(OPDS),
            partner=self.random.choice(PARTNERS), obstacle=self.random.choice(OBSTACLES),
            year=self.random.randint(2015, 2027), months=self.random.randint(2, 18),
            a=a, b=self.random.randint(1, a), c=self.random.choice([8, 16, 20, 24, 32]),
        )

    def sentence(self, region: Region, topic: str, templates: list[str]) -> str:
        if self.random.random() < 0.25:
            return self.fill(self.random.choice(templates), region, topic)
        pool = topic if topic in self.pools and self.random.random() < 0.7 else ""
        sentence = self.random.choices(self.pools[pool], cum_weights=self.cum_weights[pool])[0]
        if self.random.random() < 0.9:  # mostly about the document's own region
            sentence = DEMO_REGION_RE.sub(region.name, sentence)
            app = APP_NAMES[sum(map(ord, region.slug)) % len(APP_NAMES)]
            sentence = DEMO_APP_RE.sub(app, sentence)
        return sentence

    def paragraph(self, region: Region, topic: str, count: int, templates: list[str]) -> str:
        return " ".join(self.sentence(region, topic, templates) for _n in range(count))

    def title(self, kind: str, region: Region, topic: str) -> str:
        obj = self.random.choice(OBJECTS[topic])
        other = self.random.choice(self.regions)
        noun = self.random.choice(NOUNS)
        choices = {
            "casestudy": [f"{region.name} {self.random.choice(VERBS)} {obj}",
                          f"{obj[:1].upper()}{obj[1:]}: pengalaman {region.name}",
                          f"{noun} {obj} di {region.name} bersama {other.short_name}"],
            "article": [f"{self.random.randint(3, 9)} langkah {noun.lower()} {obj}",
                        f"Belajar {obj} dari {region.name}",
                        f"Panduan {noun.lower()} {obj} untuk OPD"],
            "course": [f"{noun} {obj}: belajar dari {region.name}",
                       f"Kursus {obj} untuk perangkat daerah"],
            "lesson": [f"{noun} {obj}", f"Memahami {obj} dan {self.random.choice(OBJECTS[topic])}",
                       f"Langkah {self.random.randint(1, 8)}: {obj}"],
            "programme": [f"Bimtek {obj} {region.name}",
                          f"Studi Banding {region.name} ke {other.name}: {obj}",
                          f"Pendampingan {obj} untuk {region.name}"],
        }
        return self.random.choice(choices[kind])

    def record(self, number: int):
        from search.indexer import DocumentRecord

        kind = self.pick_kind()
        region = self.random.choice(self.regions)
        topic = self.random.choices(self.topic_slugs, weights=self.topic_weights)[0]
        topic_slugs = list(dict.fromkeys(
            [topic] + self.random.sample(self.topic_slugs, self.random.choice([0, 0, 1, 1, 2]))))
        if topic not in OBJECTS:
            topic = "e-government"
        year = self.random.randint(2015, 2027)
        day = datetime.date(year, self.random.randint(1, 12), self.random.randint(1, 28))
        tags = self.random.sample(TAGS, self.random.randint(1, 4))
        regulations = (self.random.sample(self.regulation_ids, self.random.randint(1, 2))
                       if self.regulation_ids and self.random.random() < 0.3 else [])
        if kind == "regulation":
            number_in_year = self.random.randint(1, 120)
            short = (f"{self.random.choice(['Perbup', 'Perwali', 'Pergub', 'Perda'])} "
                     f"{region.short_name} {number_in_year}/{year}")
            title = f"{short}: {self.random.choice(NOUNS)} {self.random.choice(OBJECTS[topic])}"
            summary = f"Peraturan daerah {number_in_year}/{year}, {region.name}"
            body = ""
            regulations = [str(KEY_BASE + number)]
        else:
            title = self.title(kind, region, topic)
            templates = self.random.sample(TEMPLATES, 4)  # each author has a few habits
            summary = self.paragraph(region, topic, self.random.randint(2, 3), templates)
            body = " ".join(self.paragraph(region, topic, self.random.randint(3, 6), templates)
                            for _n in range(self.random.randint(2, 6)))
        prefix = {"regulation": "regulation", "programme": "programme"}.get(kind, "page")
        slug = f"gen-{number}-{slugify(title)[:60]}"
        return DocumentRecord(
            key=f"{prefix}:{KEY_BASE + number}", kind=kind,
            url=(f"{URL_PREFIX[kind]}{KEY_BASE + number}/" if kind == "regulation"
                 else f"{URL_PREFIX[kind]}{slug}/"),
            title=title, summary=summary, body=body,
            meta=" ".join([self.topics[t] for t in topic_slugs]
                          + [region.name, region.short_name] + tags),
            date=day, page_id=None, region_name=region.name, topics=topic_slugs,
            regions=[region.slug], regulations=regulations,
            private_region_id=(region.id if kind == "casestudy" and self.random.random() < 1 / 12
                               else None),
        )

    def records(self, count: int) -> list:
        return [self.record(number) for number in range(count)]


def ensure_rows() -> tuple[list[Region], dict[str, str], list[str]]:
    """Create the generated regions and topics (once); return regions, topics, regulations."""
    from directory.models import Region as RegionModel
    from directory.models import Regulation, Topic

    provinces = {r.short_name: r for r in RegionModel.objects.filter(kind="province")}
    existing = set(RegionModel.objects.filter(slug__startswith="gen-")
                   .values_list("slug", flat=True))
    for number, (name, short, kind, parent) in enumerate(GENERATED_REGIONS):
        slug = f"gen-{slugify(name)}"
        if slug in existing:
            continue
        region = RegionModel.objects.create(
            name=name, short_name=short, slug=slug, kind=kind, code=f"99.{number:02d}",
            parent=provinces.get(parent) if kind != "province" else None)
        if kind == "province":
            provinces[short] = region
    for slug, name in GENERATED_TOPICS:
        Topic.objects.get_or_create(slug=slug, defaults={"name": name})
    regions = [Region(r.pk, r.slug, r.name, r.short_name) for r in
               RegionModel.objects.filter(slug__startswith="gen-").order_by("slug")]
    topics = dict(Topic.objects.order_by("slug").values_list("slug", "name"))
    regulation_ids = [str(pk) for pk in Regulation.objects.order_by("pk")
                      .values_list("pk", flat=True)]
    return regions, topics, regulation_ids


def generate(count: int, seed: int = 2026) -> list:
    """`count` generated records (creating their regions and topics when missing)."""
    regions, topics, regulation_ids = ensure_rows()
    return Generator(regions, topics, regulation_ids, seed).records(count)


def load(count: int, seed: int = 2026) -> int:
    """Replace the database index with the demo's records plus `count` generated ones."""
    from search.indexer import all_records, bulk_load, load_synonyms

    records = list(all_records()) + generate(count, seed)
    return bulk_load(records, load_synonyms())
