"""
Demo people: one account per role, their ASN profiles, the two real delegations of
DESIGN.md with fictional members, and a trainer's draft course waiting for review.

The regions, OPDs and events are real; every person is fictional. The real delegations
were led by Konut's Sekda and by Malut's vice governor: they are named by position only
(in the purpose text), never given a name; each delegation's `leader` is a fictional
member. NIPs follow the NIP rule (directory.validators: birth date, appointment month,
sex 1/2, 3-digit sequence) and are unique; tests/site/test_seed_demo.py checks them.
Plain data only: this module is also read outside Django (no imports).
"""

DEMO_PASSWORD = "lintas-demo-2026"

# username, first name, last name, email, role shown to the user, superuser?
USERS = [
    ("admin", "Admin", "Lintas", "admin@example.id", "Admin (superuser)", True),
    ("fasilitator", "Wa Ode", "Rahmania", "fasilitator@example.id",
     "Fasilitator (Bappeda Kota Baubau): menulis kursus, mengajukan tinjauan", False),
    ("penyelenggara", "La Ode", "Syamsuddin", "penyelenggara@example.id",
     "Penyelenggara (Bappeda Kota Baubau): meninjau dan menerbitkan", False),
    ("koordinator.konut", "Andi", "Pratama", "koordinator.konut@example.id",
     "Koordinator delegasi Kabupaten Konawe Utara", False),
    ("koordinator.malut", "Nurlaila", "Hasan", "koordinator.malut@example.id",
     "Koordinator delegasi Provinsi Maluku Utara", False),
    ("peserta", "Sitti", "Marlina", "peserta@example.id",
     "Peserta (ASN Bappeda Kabupaten Konawe Utara)", False),
    ("koordinator.baubau", "Muhammad", "Kasim", "koordinator.baubau@example.id",
     "Koordinator Kota Baubau (tuan rumah: meninjau permintaan kunjungan)", False),
    ("koordinator.sulsel", "Andi", "Nurfadillah", "koordinator.sulsel@example.id",
     "Koordinator Provinsi Sulawesi Selatan (tuan rumah kunjungan SPBE)", False),
    ("koordinator.tuban", "Bagus", "Wicaksono", "koordinator.tuban@example.id",
     "Koordinator Kabupaten Tuban (pendamping SIPD Kota Baubau)", False),
]

# username -> the one group (role) of that demo account; the groups come from the
# migration directory/0003_roles (names in directory.roles). The superuser has none.
GROUPS = {
    "fasilitator": "Fasilitator",
    "penyelenggara": "Penyelenggara",
    "koordinator.konut": "Koordinator",
    "koordinator.malut": "Koordinator",
    "peserta": "Peserta",
    "koordinator.baubau": "Koordinator",
    "koordinator.sulsel": "Koordinator",
    "koordinator.tuban": "Koordinator",
}

# username -> ASN profile (directory.Participant); agency is an acronym in the region
PROFILES = {
    "fasilitator": {
        "nip": "198602142010012003",
        "full_name": "Wa Ode Rahmania, S.T., M.T.",
        "position": "Perencana Ahli Muda, Bidang Perencanaan dan Pengendalian",
        "rank": "III/d",
        "region": "kota-baubau",
        "agency": "Bappeda",
        "phone": "0812-0000-0101",
    },
    "penyelenggara": {
        "nip": "197909052005011006",
        "full_name": "La Ode Syamsuddin, S.E., M.Si.",
        "position": "Kepala Bidang Penelitian dan Pengembangan",
        "rank": "IV/a",
        "region": "kota-baubau",
        "agency": "Bappeda",
        "phone": "0812-0000-0102",
    },
    "koordinator.konut": {
        "nip": "198806172011011002",
        "full_name": "Andi Pratama, S.IP.",
        "position": "Kepala Subbagian Kerja Sama Antar Daerah",
        "rank": "III/c",
        "region": "kab-konawe-utara",
        "agency": "Setda",
        "phone": "0812-0000-0103",
    },
    "koordinator.malut": {
        "nip": "198403222009032005",
        "full_name": "Nurlaila Hasan, S.E., M.M.",
        "position": "Perencana Ahli Muda",
        "rank": "III/d",
        "region": "prov-maluku-utara",
        "agency": "Bappeda",
        "phone": "0812-0000-0104",
    },
    "peserta": {
        "nip": "199407082019032001",
        "full_name": "Sitti Marlina, S.Kom.",
        "position": "Perencana Ahli Pertama",
        "rank": "III/a",
        "region": "kab-konawe-utara",
        "agency": "Bappeda",
        "phone": "0812-0000-0105",
    },
    "koordinator.baubau": {
        "nip": "198302112008011004",
        "full_name": "Muhammad Kasim, S.Sos., M.AP.",
        "position": "Kepala Bagian Pemerintahan dan Kerja Sama",
        "rank": "III/d",
        "region": "kota-baubau",
        "agency": "Setda",
        "phone": "0812-0000-0106",
    },
    "koordinator.sulsel": {
        "nip": "198707302011022003",
        "full_name": "Andi Nurfadillah, S.Kom., M.T.",
        "position": "Kepala Seksi Tata Kelola SPBE",
        "rank": "III/c",
        "region": "prov-sulawesi-selatan",
        "agency": "Diskominfo-SP",
        "phone": "0812-0000-0107",
    },
    "koordinator.tuban": {
        "nip": "198110062006041002",
        "full_name": "Bagus Wicaksono, S.E., M.M.",
        "position": "Kepala Subbidang Perencanaan dan Pendanaan",
        "rank": "III/d",
        "region": "kab-tuban",
        "agency": "Bappeda",
        "phone": "0812-0000-0108",
    },
}

# Each delegation: looked up by name. `leader` is the NIP of one of `members`;
# `members` are fictional ASN of the home region (created without a password);
# `demo_members` are demo usernames who are members too.
DELEGATIONS = [
    {
        "name": "Delegasi Kabupaten Konawe Utara ke Kota Baubau: SIPD",
        "home_region": "kab-konawe-utara",
        "host_region": "kota-baubau",
        "topics": ["sipd"],
        "start_date": "2021-09-24",
        "end_date": "2021-09-24",
        "purpose": (
            "Peningkatan kapasitas aparatur dalam penerapan Sistem Informasi Pemerintahan "
            "Daerah (SIPD) sesuai Permendagri 70/2019, atas permintaan Pemerintah Kabupaten "
            "Konawe Utara melalui surat kepada Pemerintah Kota Baubau. Delegasi dipimpin oleh "
            "Sekretaris Daerah Kabupaten Konawe Utara dan diterima oleh Sekretaris Daerah Kota "
            "Baubau; Bappeda Kota Baubau memaparkan cara Baubau menjalankan SIPD, dari "
            "perencanaan hingga penatausahaan keuangan."
        ),
        "coordinators": ["koordinator.konut"],
        "leader": "197203151998031004",
        "demo_members": ["peserta"],
        "members": [
            {
                "nip": "197203151998031004",
                "full_name": "Drs. H. Abdul Rahim Tosalo, M.Si.",
                "position": "Kepala Badan Perencanaan Pembangunan Daerah",
                "rank": "IV/b",
                "agency": "Bappeda",
                "phone": "0812-0000-1001",
                "email": "abdulrahim.tosalo@example.id",
            },
            {
                "nip": "198511232010011007",
                "full_name": "Agus Salim Ndoasa, S.T.",
                "position": "Kepala Subbidang Perencanaan Infrastruktur",
                "rank": "III/d",
                "agency": "Bappeda",
                "phone": "0812-0000-1002",
                "email": "agus.ndoasa@example.id",
            },
            {
                "nip": "198704092011011003",
                "full_name": "Muh. Arham Lasimpala, S.E.",
                "position": "Kepala Subbidang Anggaran",
                "rank": "III/c",
                "agency": "BPKAD",
                "phone": "0812-0000-1003",
                "email": "arham.lasimpala@example.id",
            },
            {
                "nip": "199002182015032002",
                "full_name": "Nur Aisyah Tamburaka, S.E., M.Ak.",
                "position": "Analis Keuangan Daerah",
                "rank": "III/b",
                "agency": "BPKAD",
                "phone": "0812-0000-1004",
                "email": "nuraisyah.tamburaka@example.id",
            },
            {
                "nip": "197811282003122005",
                "full_name": "Hj. Wa Ode Nurhaeni, S.Sos., M.Si.",
                "position": "Kepala Bagian Perencanaan dan Keuangan Sekretariat Daerah",
                "rank": "IV/a",
                "agency": "Setda",
                "phone": "0812-0000-1005",
                "email": "waode.nurhaeni@example.id",
            },
            {
                "nip": "198908302014032004",
                "full_name": "Sri Wahyuni Anakia, S.Sos.",
                "position": "Kepala Subbagian Perencanaan",
                "rank": "III/c",
                "agency": "Setda",
                "phone": "0812-0000-1006",
                "email": "sriwahyuni.anakia@example.id",
            },
            {
                "nip": "198812052012121001",
                "full_name": "Rahmat Sabara, S.Kom.",
                "position": "Pranata Komputer Ahli Muda",
                "rank": "III/c",
                "agency": "Diskominfo",
                "phone": "0812-0000-1007",
                "email": "rahmat.sabara@example.id",
            },
            {
                "nip": "199505142020121003",
                "full_name": "Irwan Mekuo, S.T.",
                "position": "Pengelola Sistem dan Jaringan",
                "rank": "III/a",
                "agency": "Diskominfo",
                "phone": "0812-0000-1008",
                "email": "irwan.mekuo@example.id",
            },
        ],
    },
    {
        "name": "Delegasi Provinsi Maluku Utara ke Provinsi Sulawesi Selatan: SPBE",
        "home_region": "prov-maluku-utara",
        "host_region": "prov-sulawesi-selatan",
        "topics": ["spbe"],
        "start_date": "2022-12-05",
        "end_date": "2022-12-05",
        "purpose": (
            "Belajar penerapan Sistem Pemerintahan Berbasis Elektronik (SPBE) dari Pemerintah "
            "Provinsi Sulawesi Selatan, rujukan nasional SPBE, karena baru lima OPD Maluku "
            "Utara (keuangan, Bappeda, pendapatan, perizinan dan Infokom) yang menjalankannya. "
            "Kunjungan dipimpin oleh Wakil Gubernur Maluku Utara. Tindak lanjutnya: OPD Maluku "
            "Utara melakukan studi banding sendiri, atau mengundang Sulawesi Selatan menjadi "
            "narasumber di Maluku Utara."
        ),
        "coordinators": ["koordinator.malut"],
        "leader": "197506112000031003",
        "demo_members": [],
        "members": [
            {
                "nip": "197506112000031003",
                "full_name": "Dr. Fadli Hi. Ibrahim, S.E., M.Si.",
                "position": "Sekretaris Badan Perencanaan Pembangunan Daerah",
                "rank": "IV/b",
                "agency": "Bappeda",
                "phone": "0812-0000-2001",
                "email": "fadli.ibrahim@example.id",
            },
            {
                "nip": "198601262010011004",
                "full_name": "Sahrir Tomagola, S.T.",
                "position": "Perencana Ahli Muda",
                "rank": "III/d",
                "agency": "Bappeda",
                "phone": "0812-0000-2002",
                "email": "sahrir.tomagola@example.id",
            },
            {
                "nip": "198003172006042008",
                "full_name": "Nurhayati Marsaoly, S.Sos., M.Si.",
                "position": "Kepala Bidang Anggaran",
                "rank": "IV/a",
                "agency": "BPKAD",
                "phone": "0812-0000-2003",
                "email": "nurhayati.marsaoly@example.id",
            },
            {
                "nip": "198709212011011005",
                "full_name": "Ikram Bailussy, S.H.",
                "position": "Analis Pendapatan Daerah",
                "rank": "III/c",
                "agency": "Bapenda",
                "phone": "0812-0000-2004",
                "email": "ikram.bailussy@example.id",
            },
            {
                "nip": "198410042009032006",
                "full_name": "Wahyuni Sangaji, S.E.",
                "position": "Kepala Seksi Pelayanan Perizinan",
                "rank": "III/d",
                "agency": "DPMPTSP",
                "phone": "0812-0000-2005",
                "email": "wahyuni.sangaji@example.id",
            },
            {
                "nip": "197912142005011002",
                "full_name": "Abubakar Hi. Umar, S.IP., M.Si.",
                "position": "Kepala Bidang Aplikasi Informatika",
                "rank": "IV/a",
                "agency": "Diskominfo",
                "phone": "0812-0000-2006",
                "email": "abubakar.umar@example.id",
            },
            {
                "nip": "199103282015032003",
                "full_name": "Risna Djafar, S.Kom., M.T.",
                "position": "Pranata Komputer Ahli Muda",
                "rank": "III/c",
                "agency": "Diskominfo",
                "phone": "0812-0000-2007",
                "email": "risna.djafar@example.id",
            },
        ],
    },
]

# Every NIP written above, for the test that runs each through validate_nip.
ALL_NIPS = [profile["nip"] for profile in PROFILES.values()] + [
    member["nip"] for delegation in DELEGATIONS for member in delegation["members"]
]

# A course the trainer wrote and submitted to review: a draft (never published), waiting
# in the organisers' review queue ("Tinjauan Penyelenggara").
DRAFT_COURSE = {
    "title": "Menyusun Rencana Tindak Lanjut Pasca Studi Banding",
    "slug": "rencana-tindak-lanjut-pasca-studi-banding",
    "owner": "fasilitator",
    "summary": (
        "Studi banding baru bermanfaat bila pulang membawa rencana. Kursus ini menuntun "
        "delegasi menyusun rencana tindak lanjut: apa yang diadopsi, siapa penanggung "
        "jawabnya, kapan tenggatnya, dan bagaimana kemajuannya dipantau sampai selesai."
    ),
    "description": (
        "<p>Kota Baubau belajar SIPD dari Kabupaten Tuban, lalu mengajarkannya kepada "
        "Kabupaten Konawe Utara. Di setiap langkah, yang membuat kunjungan berbuah adalah "
        "tindak lanjutnya: surat, jadwal, pemilik tugas dan pemantauan.</p>"
        "<p>Draf ini disusun fasilitator Bappeda Kota Baubau dan menunggu tinjauan "
        "penyelenggara sebelum terbit.</p>"
    ),
    "learning_objectives": [
        "Memilah temuan studi banding menjadi hal yang diadopsi, diadaptasi atau ditunda",
        "Menulis rencana tindak lanjut dengan penanggung jawab dan tenggat yang jelas",
        "Memantau tindak lanjut sampai selesai dan melaporkannya kepada pimpinan",
    ],
    "host_region": "kota-baubau",
    "topics": ["e-government"],
    "trainers": ["fasilitator"],
    "tags": ["studi banding", "tindak lanjut"],
    "level": "dasar",
    "jp_hours": 4,
}
