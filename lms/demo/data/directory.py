"""
Demo directory: real regions, their OPDs, topics and regulations, from the reports in
DESIGN.md. Region codes are Kemendagri's. People are in `people.py` and are fictional.
"""

# slug, name, short name, kind, Kemendagri code, parent slug, time zone
REGIONS = [
    ("kemendagri", "Kementerian Dalam Negeri", "Kemendagri", "ministry", "", None, "Asia/Jakarta"),
    ("kominfo", "Kementerian Komunikasi dan Informatika", "Kominfo", "ministry", "", None,
     "Asia/Jakarta"),
    ("prov-sulawesi-tenggara", "Provinsi Sulawesi Tenggara", "Sultra", "province", "74", None,
     "Asia/Makassar"),
    ("kota-baubau", "Kota Baubau", "Baubau", "city", "74.72", "prov-sulawesi-tenggara",
     "Asia/Makassar"),
    ("kab-konawe-utara", "Kabupaten Konawe Utara", "Konut", "regency", "74.09",
     "prov-sulawesi-tenggara", "Asia/Makassar"),
    ("prov-jawa-timur", "Provinsi Jawa Timur", "Jatim", "province", "35", None, "Asia/Jakarta"),
    ("kab-tuban", "Kabupaten Tuban", "Tuban", "regency", "35.23", "prov-jawa-timur",
     "Asia/Jakarta"),
    ("kab-gresik", "Kabupaten Gresik", "Gresik", "regency", "35.25", "prov-jawa-timur",
     "Asia/Jakarta"),
    ("kab-bojonegoro", "Kabupaten Bojonegoro", "Bojonegoro", "regency", "35.22",
     "prov-jawa-timur", "Asia/Jakarta"),
    ("prov-jawa-tengah", "Provinsi Jawa Tengah", "Jateng", "province", "33", None,
     "Asia/Jakarta"),
    ("kota-semarang", "Kota Semarang", "Semarang", "city", "33.74", "prov-jawa-tengah",
     "Asia/Jakarta"),
    ("prov-sulawesi-selatan", "Provinsi Sulawesi Selatan", "Sulsel", "province", "73", None,
     "Asia/Makassar"),
    ("prov-maluku-utara", "Provinsi Maluku Utara", "Malut", "province", "82", None,
     "Asia/Jayapura"),
]

# region slug, acronym, full name
AGENCIES = [
    ("kota-baubau", "Setda", "Sekretariat Daerah Kota Baubau"),
    ("kota-baubau", "Bappeda", "Badan Perencanaan Pembangunan Daerah Kota Baubau"),
    ("kota-baubau", "BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah Kota Baubau"),
    ("kota-baubau", "Diskominfo", "Dinas Komunikasi dan Informatika Kota Baubau"),
    ("kota-baubau", "BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Baubau"),
    ("kab-konawe-utara", "Setda", "Sekretariat Daerah Kabupaten Konawe Utara"),
    ("kab-konawe-utara", "Bappeda", "Badan Perencanaan Pembangunan Daerah Kabupaten Konawe Utara"),
    ("kab-konawe-utara", "BPKAD",
     "Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Konawe Utara"),
    ("kab-konawe-utara", "Diskominfo", "Dinas Komunikasi dan Informatika Kabupaten Konawe Utara"),
    ("kab-tuban", "Bappeda", "Badan Perencanaan Pembangunan Daerah Kabupaten Tuban"),
    ("kab-tuban", "BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Tuban"),
    ("kab-gresik", "Bappeda", "Badan Perencanaan Pembangunan Daerah Kabupaten Gresik"),
    ("kab-bojonegoro", "Bappeda", "Badan Perencanaan Pembangunan Daerah Kabupaten Bojonegoro"),
    ("kota-semarang", "Bappeda", "Badan Perencanaan Pembangunan Daerah Kota Semarang"),
    ("kota-semarang", "Diskominfo", "Dinas Komunikasi dan Informatika Kota Semarang"),
    ("prov-sulawesi-selatan", "Diskominfo-SP",
     "Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi Sulawesi Selatan"),
    ("prov-sulawesi-selatan", "Bappelitbangda",
     "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Provinsi Sulawesi Selatan"),
    ("prov-sulawesi-selatan", "BKD", "Badan Kepegawaian Daerah Provinsi Sulawesi Selatan"),
    ("prov-maluku-utara", "Bappeda", "Badan Perencanaan Pembangunan Daerah Provinsi Maluku Utara"),
    ("prov-maluku-utara", "BPKAD",
     "Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Maluku Utara"),
    ("prov-maluku-utara", "Bapenda", "Badan Pendapatan Daerah Provinsi Maluku Utara"),
    ("prov-maluku-utara", "DPMPTSP",
     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Maluku Utara"),
    ("prov-maluku-utara", "Diskominfo",
     "Dinas Komunikasi, Informatika dan Persandian Provinsi Maluku Utara"),
    ("prov-sulawesi-tenggara", "Diskominfo",
     "Dinas Komunikasi dan Informatika Provinsi Sulawesi Tenggara"),
    ("kemendagri", "Ditjen Bina Bangda", "Direktorat Jenderal Bina Pembangunan Daerah"),
    ("kemendagri", "Ditjen Bina Keuda", "Direktorat Jenderal Bina Keuangan Daerah"),
    ("kominfo", "Ditjen Aptika", "Direktorat Jenderal Aplikasi Informatika"),
]

# slug, name, description
TOPICS = [
    ("sipd", "SIPD",
     "Sistem Informasi Pemerintahan Daerah: perencanaan, penganggaran dan penatausahaan "
     "keuangan daerah dalam satu sistem, sesuai Permendagri 70/2019."),
    ("spbe", "SPBE",
     "Sistem Pemerintahan Berbasis Elektronik: tata kelola, layanan dan infrastruktur TIK "
     "pemerintahan sesuai Perpres 95/2018."),
    ("smart-city", "Smart City",
     "Kota cerdas: masterplan, quick win dan tata kelola kota berbasis data dan teknologi."),
    ("e-government", "E-Government",
     "Pemanfaatan teknologi informasi untuk pelayanan publik dan administrasi pemerintahan."),
    ("manajemen-kinerja-asn", "Manajemen Kinerja ASN",
     "Pengukuran kehadiran dan kinerja aparatur sipil negara serta kaitannya dengan tunjangan."),
]

# short name, kind, number, year, title, issuer, issuing region slug
REGULATIONS = [
    ("Permendagri 70/2019", "permen", "70", 2019, "Sistem Informasi Pemerintahan Daerah",
     "Menteri Dalam Negeri", "kemendagri"),
    ("Inpres 3/2003", "inpres", "3", 2003,
     "Kebijakan dan Strategi Nasional Pengembangan E-Government", "Presiden Republik Indonesia",
     None),
    ("Perwali Baubau 57/2016", "perwali", "57", 2016,
     "Sinergi E-Government (Sinergo) di Lingkungan Pemerintah Kota Baubau", "Wali Kota Baubau",
     "kota-baubau"),
    ("Perpres 95/2018", "perpres", "95", 2018, "Sistem Pemerintahan Berbasis Elektronik",
     "Presiden Republik Indonesia", None),
    ("PermenPANRB 59/2020", "permen", "59", 2020,
     "Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik",
     "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", None),
]
