"""
Demo programmes (training app): the real events of DESIGN.md as programmes with their
sessions, registrations, attendance and certificates, and one upcoming programme open
for registration.

- The Smart City master plan bimtek of Kota Baubau: 4 stages over about 4 months with
  experts from Kominfo, ASN of every OPD, closed formally on 25 Nov 2021. The stage days
  follow the timeline of the case study "Bimtek empat tahap menghasilkan Masterplan Smart
  City Kota Baubau" (lms/demo/data/casestudies.py; illustrative except the closing).
- Konawe Utara's capacity-building day on SIPD in the Aula Kantor Wali Kota Baubau,
  24 Sep 2021 (the delegation of people.py, registered by its coordinator).
- Kabupaten Tuban mentoring Kota Baubau on SIPD over Zoom (dates as in the Tuban case
  study, illustrative), held in Tuban's zone, WIB.
- The Maluku Utara working visit to Sulawesi Selatan on SPBE, 5 Dec 2022, in WITA (the
  delegation lives in WIT).
- An upcoming bimtek in 2027, open for registration.

Every person is fictional; real officials appear by position only (the certificate
signer is "Kepala Bappeda Kota Baubau" without a name). NIPs follow the NIP rule and
are unique (tests/training/test_demo_programmes.py checks them). Times are local to the
zone named (a session's `timezone`, else the host region's). In `attendance`, each
person has one letter per session in order: h hadir, i izin, s sakit, a alpa; people not
listed were present at every session. People are a NIP (of `PEOPLE` or a delegation
member) or a demo username. Plain data only: no imports.
"""

# Fictional ASN of Kota Baubau (OPDs from directory.py) taking part in the programmes.
# The first two are the contacts named in the Smart City case study.
PEOPLE = [
    {"nip": "198806112011012004", "full_name": "Sitti Hardianti, S.T.",
     "position": "Perencana Ahli Muda", "rank": "III/c", "agency": "Bappeda",
     "phone": "0812-0000-4235", "email": "sitti.hardianti@example.id"},
    {"nip": "198703252010011005", "full_name": "Muhammad Asrul Sani, S.Kom.",
     "position": "Pranata Komputer Ahli Muda", "rank": "III/c", "agency": "Diskominfo",
     "phone": "0812-0000-4234", "email": "asrul.sani@example.id"},
    {"nip": "199001172015031002", "full_name": "La Ode Muhammad Fajrin, S.E.",
     "position": "Analis Keuangan Daerah", "rank": "III/b", "agency": "BPKAD",
     "phone": "0812-0000-3003", "email": "laode.fajrin@example.id"},
    {"nip": "199204082017082001", "full_name": "Wa Ode Siti Nurjannah, S.Sos.",
     "position": "Analis Sumber Daya Manusia Aparatur", "rank": "III/a", "agency": "BKPSDM",
     "phone": "0812-0000-3004", "email": "waode.nurjannah@example.id"},
    {"nip": "198512192009031003", "full_name": "Ahmad Yani Kasim, S.IP.",
     "position": "Kepala Subbagian Perencanaan", "rank": "III/d", "agency": "Setda",
     "phone": "0812-0000-3005", "email": "ahmadyani.kasim@example.id"},
    {"nip": "198909232014022002", "full_name": "Nur Hikmah Saleh, S.T.",
     "position": "Kepala Subbidang Infrastruktur dan Kewilayahan", "rank": "III/c",
     "agency": "Bappeda", "phone": "0812-0000-3006", "email": "nurhikmah.saleh@example.id"},
    {"nip": "199406302019031006", "full_name": "La Ode Rusdin, S.Kom.",
     "position": "Pranata Komputer Ahli Pertama", "rank": "III/a", "agency": "Diskominfo",
     "phone": "0812-0000-3007", "email": "laode.rusdin@example.id"},
    {"nip": "198311052008012007", "full_name": "Wa Ode Hasnia, S.E., M.M.",
     "position": "Kepala Subbidang Anggaran", "rank": "III/d", "agency": "BPKAD",
     "phone": "0812-0000-3008", "email": "waode.hasnia@example.id"},
    {"nip": "198802142012121001", "full_name": "Andi Baso Rahman, S.H.",
     "position": "Analis Kebijakan Ahli Pertama", "rank": "III/b", "agency": "Setda",
     "phone": "0812-0000-3009", "email": "andibaso.rahman@example.id"},
    {"nip": "198607222010011008", "full_name": "La Ode Abdul Gafur, S.Pd.",
     "position": "Pengelola Data Kepegawaian", "rank": "III/b", "agency": "BKPSDM",
     "phone": "0812-0000-3010", "email": "laode.gafur@example.id"},
]

SMART_CITY_PEOPLE = [person["nip"] for person in PEOPLE]

PROGRAMMES = [
    {
        "slug": "bimtek-masterplan-smart-city-kota-baubau",
        "title": "Bimtek Penyusunan Masterplan Smart City Kota Baubau",
        "kind": "bimtek",
        "host_region": "kota-baubau",
        "host_agency": "Bappeda",
        "topics": ["smart-city", "e-government"],
        "courses": ["menyusun-masterplan-smart-city"],
        "summary": (
            "Bimbingan teknis empat tahap selama sekitar empat bulan, bersama tenaga ahli "
            "Kementerian Kominfo, tempat ASN dari setiap OPD Kota Baubau menyusun sendiri "
            "Masterplan Smart City kotanya. Ditutup secara resmi pada 25 November 2021."
        ),
        "description": (
            "<p>Kota Baubau tidak menyerahkan masterplan kota cerdasnya kepada konsultan. "
            "Bappeda mengundang perwakilan setiap OPD mengikuti bimbingan teknis dalam "
            "empat tahap, dengan tenaga ahli dari Kementerian Komunikasi dan Informatika "
            "sebagai narasumber dan pembimbing, dan fasilitator Bappeda yang menjaga "
            "drafnya di antara tahap.</p>"
            "<p>Di antara tahap, peserta membawa pulang tugas: data kondisi kota, usulan "
            "program dan <i>quick win</i> dari OPD masing-masing. Tahap terakhir "
            "menyempurnakan dokumen, dan bimtek ditutup secara resmi pada 25 November "
            "2021.</p>"
            "<p>Sertifikat diberikan kepada peserta yang hadir paling sedikit 80% sesi.</p>"
        ),
        "jp_hours": 32,
        "capacity": 30,
        "min_attendance_percent": 80,
        "require_post_test": False,
        "signer_name": "",
        "signer_title": "Kepala Bappeda Kota Baubau",
        "created_at": "2021-07-05T10:00",
        "registered_at": "2021-07-19T09:00",
        "registration_deadline": "2021-07-26T23:59",
        "closed_on": "2021-11-25",
        "stages": [
            ("Tahap 1: Pemahaman konsep dan analisis kondisi kota",
             "Konsep kota cerdas dan enam dimensinya; memotret kondisi Kota Baubau."),
            ("Tahap 2: Visi, strategi dan dimensi kota cerdas",
             "Merumuskan visi dan strategi per dimensi dari hasil analisis."),
            ("Tahap 3: Penyusunan program dan quick win",
             "Program per OPD, quick win yang terlihat hasilnya dalam setahun."),
            ("Tahap 4: Penyempurnaan dokumen dan penutupan",
             "Membaca ulang masterplan bersama, lalu penutupan resmi."),
        ],
        "sessions": [
            {"stage": 1, "title": "Tahap 1, hari 1: Konsep kota cerdas",
             "start": "2021-08-02T08:30", "end": "2021-08-02T12:00",
             "venue": "Ruang Rapat Bappeda Kota Baubau"},
            {"stage": 1, "title": "Tahap 1, hari 2: Analisis kondisi kota",
             "start": "2021-08-03T08:30", "end": "2021-08-03T12:00",
             "venue": "Ruang Rapat Bappeda Kota Baubau"},
            {"stage": 2, "title": "Tahap 2, hari 1: Visi dan strategi",
             "start": "2021-09-06T08:30", "end": "2021-09-06T12:00",
             "venue": "Ruang Rapat Bappeda Kota Baubau"},
            {"stage": 2, "title": "Tahap 2, hari 2: Dimensi kota cerdas",
             "start": "2021-09-07T08:30", "end": "2021-09-07T12:00",
             "venue": "Ruang Rapat Bappeda Kota Baubau"},
            {"stage": 3, "title": "Tahap 3, hari 1: Program per OPD",
             "start": "2021-10-11T08:30", "end": "2021-10-11T12:00",
             "venue": "Ruang Rapat Bappeda Kota Baubau"},
            {"stage": 3, "title": "Tahap 3, hari 2: Memilih quick win",
             "start": "2021-10-12T08:30", "end": "2021-10-12T12:00",
             "venue": "Ruang Rapat Bappeda Kota Baubau"},
            {"stage": 4, "title": "Tahap 4, hari 1: Penyempurnaan dokumen",
             "start": "2021-11-24T08:30", "end": "2021-11-24T12:00",
             "venue": "Ruang Rapat Bappeda Kota Baubau"},
            {"stage": 4, "title": "Tahap 4, hari 2: Pemaparan akhir dan penutupan resmi",
             "start": "2021-11-25T08:30", "end": "2021-11-25T12:00",
             "venue": "Aula Kantor Wali Kota Baubau"},
        ],
        "facilitators": ["fasilitator"],
        "registration": {"by": "penyelenggara", "people": SMART_CITY_PEOPLE},
        "attendance": {
            "by": "fasilitator",
            "marks": {
                "199001172015031002": "hhhhhhih",
                "199204082017082001": "hhhshhhh",
                "198311052008012007": "ihhhhhhh",
                # misses too many (4 of 8, needs 80%): refused a certificate
                "198607222010011008": "hhhiaaih",
            },
        },
        "certificates": {"by": "penyelenggara", "issued_at": "2021-11-25T15:00"},
    },
    {
        "slug": "peningkatan-kapasitas-sipd-kabupaten-konawe-utara",
        "title": "Peningkatan Kapasitas SIPD Kabupaten Konawe Utara",
        "kind": "studi_banding",
        "host_region": "kota-baubau",
        "host_agency": "Bappeda",
        "topics": ["sipd"],
        "courses": ["sipd-dari-perencanaan-hingga-penatausahaan"],
        "summary": (
            "Atas permintaan Kabupaten Konawe Utara, Kota Baubau memfasilitasi peningkatan "
            "kapasitas aparatur dalam penerapan SIPD: sehari di Aula Kantor Wali Kota "
            "Baubau, 24 September 2021."
        ),
        "description": (
            "<p>Delegasi Kabupaten Konawe Utara dipimpin oleh Sekretaris Daerah Kabupaten "
            "Konawe Utara dan diterima oleh Sekretaris Daerah Kota Baubau. Bappeda Kota "
            "Baubau memaparkan cara Baubau menjalankan SIPD sesuai Permendagri 70/2019, "
            "dari perencanaan hingga penatausahaan keuangan, lalu menjawab pertanyaan OPD "
            "Konawe Utara.</p>"
            "<p>Setelah kunjungan, anggota delegasi melanjutkan belajar lewat kursus SIPD "
            "di Lintas.</p>"
        ),
        "jp_hours": 6,
        "capacity": 20,
        "min_attendance_percent": 80,
        "require_post_test": False,
        "signer_name": "",
        "signer_title": "Kepala Bappeda Kota Baubau",
        "created_at": "2021-09-06T10:00",
        "registered_at": "2021-09-13T10:00",
        "registration_deadline": "2021-09-20T23:59",
        "closed_on": "2021-09-24",
        "stages": [],
        "sessions": [
            {"stage": None, "title": "Paparan penerapan SIPD Kota Baubau dan diskusi",
             "start": "2021-09-24T09:00", "end": "2021-09-24T14:00",
             "venue": "Aula Kantor Wali Kota Baubau"},
        ],
        "facilitators": ["fasilitator"],
        "registration": {"by": "koordinator.konut",
                         "delegation": "Delegasi Kabupaten Konawe Utara ke Kota Baubau: SIPD"},
        "attendance": {"by": "penyelenggara", "marks": {}},
        "certificates": {"by": "penyelenggara", "issued_at": "2021-09-27T10:00"},
    },
    {
        "slug": "pendampingan-sipd-kabupaten-tuban-untuk-kota-baubau",
        "title": "Pendampingan SIPD Kabupaten Tuban untuk Kota Baubau",
        "kind": "mentoring",
        "host_region": "kab-tuban",
        "host_agency": "Bappeda",
        "topics": ["sipd"],
        "courses": [],
        "summary": (
            "Kabupaten Tuban mendampingi tim Kota Baubau menjalankan SIPD lewat Zoom: tiga "
            "sesi dari perencanaan hingga penganggaran, tanpa perjalanan dinas."
        ),
        "description": (
            "<p>Setelah pelatihan SIPD Kemendagri di Jakarta, Kota Baubau mencari daerah "
            "yang sudah berhasil lewat grup WhatsApp sekretaris daerah. Kabupaten Tuban "
            "bersedia mendampingi dari jarak jauh.</p>"
            "<p>Setiap sesi dibuka dengan pertanyaan yang dikirim tim Baubau sebelumnya; "
            "Tuban memperagakan langsung di SIPD. Jam sesi mengikuti waktu Tuban (WIB), "
            "satu jam lebih awal dari jam di Baubau (WITA).</p>"
        ),
        "jp_hours": 9,
        "capacity": 15,
        "min_attendance_percent": 80,
        "require_post_test": False,
        "signer_name": "",
        "signer_title": "Kepala Bappeda Kabupaten Tuban",
        "created_at": "2021-03-29T10:00",
        "registered_at": "2021-04-05T10:00",
        "registration_deadline": "2021-04-09T23:59",
        "closed_on": "2021-06-30",
        "stages": [],
        "sessions": [
            {"stage": None, "title": "Sesi 1: Alur perencanaan di SIPD (RKPD dan Renja)",
             "start": "2021-04-12T09:00", "end": "2021-04-12T11:30",
             "meeting_url": "https://zoom.us/j/81230412001"},
            {"stage": None, "title": "Sesi 2: Dari KUA-PPAS ke RKA-SKPD",
             "start": "2021-05-17T09:00", "end": "2021-05-17T11:30",
             "meeting_url": "https://zoom.us/j/81230517002"},
            {"stage": None, "title": "Sesi 3: Penganggaran dan penatausahaan bersama BPKAD",
             "start": "2021-06-30T09:00", "end": "2021-06-30T11:30",
             "meeting_url": "https://zoom.us/j/81230630003"},
        ],
        "facilitators": [],
        "registration": {"by": "penyelenggara", "people": [
            "fasilitator", "198806112011012004", "198909232014022002",
            "199001172015031002", "198311052008012007", "198512192009031003"]},
        "attendance": {
            "by": "penyelenggara",
            "marks": {"198512192009031003": "hih", "199001172015031002": "hhs"},
        },
        "certificates": None,
    },
    {
        "slug": "kunker-maluku-utara-ke-sulawesi-selatan-spbe",
        "title": "Kunjungan Kerja Provinsi Maluku Utara ke Provinsi Sulawesi Selatan: SPBE",
        "kind": "studi_banding",
        "host_region": "prov-sulawesi-selatan",
        "host_agency": "Diskominfo-SP",
        "topics": ["spbe"],
        "courses": ["spbe-untuk-seluruh-opd"],
        "summary": (
            "Delegasi Provinsi Maluku Utara belajar penerapan SPBE dari Provinsi Sulawesi "
            "Selatan, rujukan nasional SPBE, di Makassar pada 5 Desember 2022."
        ),
        "description": (
            "<p>Baru lima OPD Maluku Utara (keuangan, Bappeda, pendapatan, perizinan dan "
            "Infokom) yang menjalankan SPBE. Kunjungan yang dipimpin Wakil Gubernur Maluku "
            "Utara ini mempelajari cara Sulawesi Selatan membawa SPBE ke seluruh OPD.</p>"
            "<p>Sesi berlangsung di Makassar dalam WITA; delegasi datang dari zona WIT. "
            "Tindak lanjutnya: OPD Maluku Utara melakukan studi banding sendiri, atau "
            "mengundang Sulawesi Selatan menjadi narasumber di Maluku Utara.</p>"
        ),
        "jp_hours": 4,
        "capacity": 20,
        "min_attendance_percent": 80,
        "require_post_test": False,
        "signer_name": "",
        "signer_title": "",
        "created_at": "2022-11-14T10:00",
        "registered_at": "2022-11-21T10:00",
        "registration_deadline": "2022-11-30T23:59",
        "closed_on": "2022-12-05",
        "stages": [],
        "sessions": [
            {"stage": None, "title": "Paparan penerapan SPBE Provinsi Sulawesi Selatan",
             "start": "2022-12-05T09:00", "end": "2022-12-05T13:00",
             "venue": "Kantor Gubernur Sulawesi Selatan, Makassar"},
        ],
        "facilitators": [],
        "registration": {"by": "koordinator.malut",
                         "delegation": "Delegasi Provinsi Maluku Utara ke Provinsi Sulawesi "
                                       "Selatan: SPBE"},
        "attendance": {"by": "penyelenggara", "marks": {}},
        "certificates": None,
    },
    {
        "slug": "bimtek-sipd-penatausahaan-keuangan-sultra-2027",
        "title": "Bimtek SIPD Penatausahaan Keuangan Daerah bagi Kabupaten/Kota di "
                 "Sulawesi Tenggara",
        "kind": "bimtek",
        "host_region": "kota-baubau",
        "host_agency": "Bappeda",
        "topics": ["sipd"],
        "courses": ["sipd-dari-perencanaan-hingga-penatausahaan"],
        "summary": (
            "Kota Baubau membagikan pengalamannya menjalankan SIPD kepada kabupaten/kota di "
            "Sulawesi Tenggara: dua hari tatap muka di Baubau dan satu sesi daring tindak "
            "lanjut. Pendaftaran dibuka sampai 19 Februari 2027."
        ),
        "description": (
            "<p>Bimtek untuk perencana Bappeda, pengelola keuangan BPKAD dan kepala "
            "subbagian perencanaan OPD. Hari pertama membahas penganggaran di SIPD, hari "
            "kedua penatausahaan; dua minggu kemudian peserta membawa kendala dari "
            "daerahnya ke sesi daring.</p>"
            "<p>Peserta menyelesaikan kursus SIPD di Lintas sebelum dan selama bimtek. "
            "Sertifikat (20 JP) diberikan kepada peserta yang hadir paling sedikit 80% "
            "sesi dan lulus post-test kursus.</p>"
            "<p>Koordinator daerah dapat mendaftarkan seluruh delegasinya sekaligus.</p>"
        ),
        "jp_hours": 20,
        "capacity": 40,
        "min_attendance_percent": 80,
        "require_post_test": True,
        "signer_name": "",
        "signer_title": "Kepala Bappeda Kota Baubau",
        "created_at": None,  # upcoming: as the services stamped it (the seed run)
        "registered_at": None,
        "registration_deadline": "2027-02-19T23:59",
        "closed_on": None,
        "stages": [],
        "sessions": [
            {"stage": None, "title": "Hari 1: Penganggaran di SIPD",
             "start": "2027-03-02T08:30", "end": "2027-03-02T15:30",
             "venue": "Aula Kantor Wali Kota Baubau"},
            {"stage": None, "title": "Hari 2: Penatausahaan keuangan di SIPD",
             "start": "2027-03-03T08:30", "end": "2027-03-03T15:30",
             "venue": "Aula Kantor Wali Kota Baubau"},
            {"stage": None, "title": "Sesi daring: kendala dari daerah",
             "start": "2027-03-17T09:00", "end": "2027-03-17T11:00",
             "meeting_url": "https://zoom.us/j/81270317004"},
        ],
        "facilitators": ["fasilitator"],
        "registration": {"by": "koordinator.konut", "people": [
            "198511232010011007", "198704092011011003", "199002182015032002"]},
        "attendance": None,
        "certificates": None,
    },
]

# Every NIP written above, for the test that runs each through validate_nip.
ALL_NIPS = [person["nip"] for person in PEOPLE]
