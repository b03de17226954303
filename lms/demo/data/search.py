"""
Demo search data: the synonym groups a planner's words need (acronyms, their expansions,
older and English names), and a few promoted results, loaded by `seed_search` at the end
of the demo loader, which then builds the search index.

Each group lists words and phrases that mean the same thing in a search: any of them
finds pages that use any other (search.analysis). The variants are the ones the demo
content and Indonesian local government actually use (checked against lms/demo/data:
"SIPD" and "Sistem Informasi Pemerintahan Daerah", "Diskominfo" and "Dinas Komunikasi dan
Informatika", "kunjungan kerja" and "studi banding"). A word that is only part of a
meaning stays out: "dalam jaringan" (daring) would join every "jaringan" (network).

Organisers edit these in the admin (Search > Search synonyms). Like the rest of the
demo loader, a second run creates only what is missing: a group is known by its first
term, and one edited in the admin keeps the edit.
"""

# (variants, note): the first variant names the group (update_or_create key).
SYNONYMS = [
    # Systems and programmes
    (["SIPD", "Sistem Informasi Pemerintahan Daerah"],
     "Sistem perencanaan, penganggaran dan penatausahaan keuangan daerah (Permendagri 70/2019)"),
    (["SPBE", "Sistem Pemerintahan Berbasis Elektronik", "e-government", "e-gov",
      "pemerintahan digital", "pemerintahan elektronik"],
     "Pemerintahan berbasis elektronik (Perpres 95/2018)"),
    (["smart city", "kota cerdas"], "Kota cerdas"),
    (["masterplan", "master plan", "rencana induk"], "Masterplan smart city atau SPBE"),
    (["Sinergo", "Sinergi E-Government"], "Kebijakan e-government Kota Baubau (Perwali 57/2016)"),
    (["peta jalan", "roadmap"], "Peta jalan, misalnya SPBE ke seluruh OPD"),
    (["TIK", "teknologi informasi dan komunikasi", "ICT"], "Teknologi informasi dan komunikasi"),
    (["help desk", "helpdesk", "layanan bantuan"], "Layanan bantuan pengguna (help desk SIPD)"),
    (["pusat data", "data center"], "Pusat data"),
    (["tata kelola", "governance"], "Tata kelola"),
    (["pelayanan publik", "layanan publik", "public service"], "Pelayanan publik"),
    # Institutions and units
    (["OPD", "Organisasi Perangkat Daerah", "SKPD", "Satuan Kerja Perangkat Daerah",
      "perangkat daerah"], "Perangkat daerah (dulu SKPD)"),
    (["ASN", "Aparatur Sipil Negara", "PNS", "Pegawai Negeri Sipil", "pegawai"],
     "Aparatur sipil negara"),
    (["Bappeda", "Badan Perencanaan Pembangunan Daerah", "Bappelitbangda", "Bapperida"],
     "Badan perencanaan daerah (nama berbeda per daerah)"),
    (["BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "BKAD",
      "Badan Keuangan dan Aset Daerah"], "Badan keuangan dan aset daerah"),
    (["Bapenda", "Badan Pendapatan Daerah"], "Badan pendapatan daerah"),
    (["BKPSDM", "BKD", "Badan Kepegawaian Daerah",
      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
     "Badan kepegawaian daerah (nama berbeda per daerah)"),
    (["Diskominfo", "Dinas Komunikasi dan Informatika", "Dinas Kominfo", "Infokom"],
     "Dinas kominfo daerah (dulu Infokom)"),
    (["Kominfo", "Kementerian Komunikasi dan Informatika", "Komdigi",
      "Kementerian Komunikasi dan Digital"], "Kementerian (sejak 2024: Komdigi)"),
    (["Kemendagri", "Kementerian Dalam Negeri", "Kemdagri"], "Kementerian Dalam Negeri"),
    (["KemenPANRB", "KemenPAN-RB", "Kementerian PANRB",
      "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"],
     "Kementerian PANRB"),
    (["DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
     "Dinas penanaman modal dan PTSP"),
    (["PTSP", "Pelayanan Terpadu Satu Pintu"], "Pelayanan terpadu satu pintu"),
    (["Ditjen", "Direktorat Jenderal"], "Direktorat jenderal"),
    (["Ditjen Bina Keuda", "Direktorat Jenderal Bina Keuangan Daerah"],
     "Ditjen Kemendagri untuk keuangan daerah"),
    (["Ditjen Bina Bangda", "Direktorat Jenderal Bina Pembangunan Daerah"],
     "Ditjen Kemendagri untuk pembangunan daerah"),
    (["Ditjen Aptika", "Direktorat Jenderal Aplikasi Informatika"],
     "Ditjen Kominfo untuk aplikasi informatika"),
    (["Pemda", "pemerintah daerah"], "Pemerintah daerah"),
    (["Pemkot", "pemerintah kota"], "Pemerintah kota"),
    (["Pemkab", "pemerintah kabupaten"], "Pemerintah kabupaten"),
    (["Pemprov", "pemerintah provinsi"], "Pemerintah provinsi"),
    # Officials
    (["Sekda", "Sekretaris Daerah"], "Sekretaris daerah"),
    (["Setda", "Sekretariat Daerah"], "Sekretariat daerah"),
    (["Wagub", "Wakil Gubernur"], "Wakil gubernur"),
    (["Wawali", "Wakil Wali Kota", "Wakil Walikota"], "Wakil wali kota"),
    (["wali kota", "walikota"], "Wali kota (kedua ejaan dipakai)"),
    (["TAPD", "Tim Anggaran Pemerintah Daerah"], "Tim anggaran pemerintah daerah"),
    (["BUD", "Bendahara Umum Daerah"], "Bendahara umum daerah"),
    (["KPA", "Kuasa Pengguna Anggaran"], "Kuasa pengguna anggaran"),
    (["PPK", "Pejabat Penatausahaan Keuangan"], "Pejabat penatausahaan keuangan (PPK-SKPD)"),
    # Regulations
    (["Permendagri", "Peraturan Menteri Dalam Negeri"], "Peraturan Menteri Dalam Negeri"),
    (["PermenPANRB", "Peraturan Menteri PANRB",
      "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"],
     "Peraturan Menteri PANRB"),
    (["Perpres", "Peraturan Presiden"], "Peraturan presiden"),
    (["Inpres", "Instruksi Presiden"], "Instruksi presiden"),
    (["Perwali", "Peraturan Wali Kota", "Peraturan Walikota"], "Peraturan wali kota"),
    (["Perbup", "Peraturan Bupati"], "Peraturan bupati"),
    (["Pergub", "Peraturan Gubernur"], "Peraturan gubernur"),
    (["Perda", "Peraturan Daerah"], "Peraturan daerah"),
    (["SK", "Surat Keputusan"], "Surat keputusan, misalnya SK tim SIPD"),
    (["SOP", "standar operasional prosedur", "prosedur operasional standar"],
     "Standar operasional prosedur"),
    # Planning and budgeting documents
    (["RKPD", "Rencana Kerja Pemerintah Daerah"], "Rencana kerja tahunan pemerintah daerah"),
    (["RPJMD", "Rencana Pembangunan Jangka Menengah Daerah"], "Rencana lima tahunan daerah"),
    (["Renstra", "Rencana Strategis"], "Rencana strategis OPD"),
    (["Renja", "Rencana Kerja"], "Rencana kerja tahunan OPD"),
    (["RKA", "Rencana Kerja dan Anggaran"], "Rencana kerja dan anggaran (RKA-SKPD)"),
    (["DPA", "Dokumen Pelaksanaan Anggaran"], "Dokumen pelaksanaan anggaran"),
    (["KUA", "Kebijakan Umum Anggaran"], "Kebijakan umum anggaran (KUA-PPAS)"),
    (["PPAS", "Prioritas dan Plafon Anggaran Sementara"],
     "Prioritas dan plafon anggaran sementara (KUA-PPAS)"),
    (["APBD", "Anggaran Pendapatan dan Belanja Daerah"], "Anggaran pendapatan dan belanja daerah"),
    (["SPD", "Surat Penyediaan Dana"], "Surat penyediaan dana"),
    (["SPP", "Surat Permintaan Pembayaran"], "Surat permintaan pembayaran"),
    (["SPM", "Surat Perintah Membayar"], "Surat perintah membayar"),
    (["SP2D", "Surat Perintah Pencairan Dana"], "Surat perintah pencairan dana"),
    (["SSH", "Standar Satuan Harga", "standar harga"], "Standar satuan harga"),
    (["TPP", "tambahan penghasilan pegawai"], "Tambahan penghasilan pegawai"),
    (["anggaran", "budget"], "Anggaran (istilah Inggris)"),
    (["perencanaan", "planning"], "Perencanaan (istilah Inggris)"),
    # Learning and visits
    (["bimtek", "bimbingan teknis"], "Bimbingan teknis"),
    (["pelatihan", "training", "diklat", "pendidikan dan pelatihan"], "Pelatihan dan diklat"),
    (["studi banding", "study visit", "kunjungan kerja", "kunker", "studi tiru",
      "benchmarking"], "Belajar langsung ke daerah yang sudah berhasil"),
    (["pendampingan", "mentoring", "asistensi"], "Pendampingan antardaerah"),
    (["studi kasus", "case study", "praktik baik", "best practice", "praktik terbaik"],
     "Studi kasus dan praktik baik"),
    (["rencana tindak lanjut", "RTL", "follow-up plan"], "Rencana tindak lanjut setelah kunjungan"),
    (["JP", "jam pelajaran"], "Jam pelajaran pada sertifikat"),
    (["absensi", "attendance", "kehadiran", "presensi", "daftar hadir"],
     "Kehadiran (Sipolima, presensi sesi)"),
    (["daring", "online", "jarak jauh", "virtual", "Zoom", "konferensi video",
      "video conference"], "Daring, jarak jauh"),
    (["luring", "offline", "tatap muka"], "Luring, tatap muka"),
    (["narasumber", "fasilitator", "trainer", "instruktur"], "Fasilitator dan narasumber"),
    (["pre-test", "pretest", "tes awal"], "Tes awal kursus"),
    (["post-test", "posttest", "tes akhir"], "Tes akhir kursus"),
    (["sertifikat", "certificate"], "Sertifikat"),
    # Places
    (["Konut", "Konawe Utara"], "Kabupaten Konawe Utara"),
    (["Malut", "Maluku Utara"], "Provinsi Maluku Utara"),
    (["Sulsel", "Sulawesi Selatan"], "Provinsi Sulawesi Selatan"),
    (["Sultra", "Sulawesi Tenggara"], "Provinsi Sulawesi Tenggara"),
    (["Jatim", "Jawa Timur"], "Provinsi Jawa Timur"),
    (["Jateng", "Jawa Tengah"], "Provinsi Jawa Tengah"),
    (["Baubau", "Bau-Bau"], "Kota Baubau (kedua ejaan dipakai)"),
]

# (query, page slug, description): shown above the results for exactly that query.
PROMOTIONS = [
    ("sipd", "baubau-menerapkan-sipd",
     "Bagaimana Kota Baubau menjalankan SIPD di semua OPD, lalu mengajarkannya ke Konawe Utara."),
    ("spbe", "sulsel-spbe-di-hampir-semua-opd",
     "Sulawesi Selatan: SPBE di hampir semua OPD, rujukan nasional penerapan Perpres 95/2018."),
    ("studi banding", "tujuh-langkah-studi-banding-yang-berbuah-hasil",
     "Tujuh langkah agar studi banding tidak berhenti sebagai laporan perjalanan."),
    ("smart city", "bimtek-masterplan-smart-city-baubau",
     "Bimtek empat tahap yang menghasilkan Masterplan Smart City Kota Baubau."),
]


def seed_search(counter=None) -> None:
    """
    Create the synonym groups that are missing (a group is found by its first term, so
    a group edited in the admin is left as it is) and the promoted results (by query
    and page), then rebuild the search index once: the last step of the demo loader,
    so that every seeded database can be searched.
    """
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import Page

    from search.models import SynonymGroup
    from search.synonym_signals import rebuild_deferred, rebuild_now

    def count(kind: str, created: bool) -> None:
        if counter is not None:
            counter.add(kind, created=created)

    existing = {group.term_list()[0].casefold() for group in SynonymGroup.objects.all()
                if group.term_list()}
    with rebuild_deferred():  # one rebuild below, not one per group
        for variants, note in SYNONYMS:
            created = variants[0].casefold() not in existing
            if created:
                SynonymGroup.objects.create(terms=", ".join(variants), note=note)
            count("search synonym groups", created)
    for order, (query, slug, description) in enumerate(PROMOTIONS):
        page = Page.objects.filter(slug=slug).order_by("path").first()
        if page is not None:
            _promotion, created = SearchPromotion.objects.get_or_create(
                query=Query.get(query), page=page,
                defaults={"description": description, "sort_order": order})
            count("promoted search results", created)
    rebuild_now()
