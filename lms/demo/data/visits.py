"""
Demo study visits, played through the services (visits.lifecycle, visits.followup,
visits.mentoring, visits.indicators, training.evaluation) and dated as they happened:

- Konut asked Baubau (letter) to facilitate SIPD capacity building; the visit was held on
  24 Sep 2021 in the Aula Kantor Wali Kota Baubau; evaluation; follow-up partly done.
- Malut's vice governor led a kunker to Sulsel on 5 Dec 2022 because only five Malut OPDs
  ran SPBE; the follow-up: OPD study visits to Sulsel, or Sulsel invited to present in
  Malut; the SPBE indicator starts at 5 OPDs.
- Tuban mentored Baubau on SIPD over Zoom (the mentoring programme's three sessions).
- Baubau's 40 officials at the Kemendagri SIPD training in Jakarta.

Events, regions and regulations are real (DESIGN.md); people and letter numbers are
fictional; dates marked "ilustratif" in the case study are illustrative here too.
Plain data only.
"""

KONUT_VISIT = "Peningkatan Kapasitas SIPD: Kabupaten Konawe Utara ke Kota Baubau"
MALUT_VISIT = "Kunjungan Kerja SPBE: Provinsi Maluku Utara ke Provinsi Sulawesi Selatan"
KEMENDAGRI_VISIT = "Pelatihan SIPD Kemendagri: 40 pejabat Kota Baubau ke Jakarta"

# Each request: looked up by title. `moves` are played in order through
# visits.lifecycle.visit_request_move: (action, by, at, note, data).
VISIT_REQUESTS = [
    {
        "title": KONUT_VISIT,
        "requesting_region": "kab-konawe-utara",
        "host_region": "kota-baubau",
        "requested_by": "koordinator.konut",
        "topics": ["sipd"],
        "learning_goal": (
            "Sejak Permendagri 70/2019, perencanaan dan penganggaran Konawe Utara harus "
            "berjalan di SIPD, tetapi OPD kami masih menyusun Renja di luar sistem lalu "
            "memasukkannya di akhir. Kami ingin melihat bagaimana Bappeda dan BPKAD Kota "
            "Baubau membagi peran, melatih subbagian perencanaan setiap OPD, dan menjaga data "
            "RKPD sampai penatausahaan keuangan tetap satu alur."
        ),
        "letter_number": "005/1127/Setda/IX/2021 (contoh)",
        "letter": {
            "from": "PEMERINTAH KABUPATEN KONAWE UTARA\nSEKRETARIAT DAERAH",
            "to": "Wali Kota Baubau\nc.q. Sekretaris Daerah Kota Baubau",
            "subject": "Permohonan Fasilitasi Peningkatan Kapasitas Penerapan SIPD",
            "body": [
                "Dalam rangka penerapan Sistem Informasi Pemerintahan Daerah (SIPD) "
                "sebagaimana diatur dalam Permendagri Nomor 70 Tahun 2019, Pemerintah "
                "Kabupaten Konawe Utara bermaksud belajar dari pengalaman Pemerintah Kota "
                "Baubau.",
                "Sehubungan dengan itu, kami mohon kesediaan Bapak memfasilitasi kegiatan "
                "peningkatan kapasitas aparatur Kabupaten Konawe Utara pada hari Jumat, "
                "24 September 2021, dengan paparan dari Bappeda Kota Baubau.",
                "Delegasi dipimpin oleh Sekretaris Daerah Kabupaten Konawe Utara. Narahubung: "
                "Kepala Subbagian Kerja Sama Antar Daerah (0812-0000-0103).",
            ],
            "signer": "Sekretaris Daerah Kabupaten Konawe Utara",
            "place_date": "Wanggudu, 2 September 2021",
        },
        "proposed_start": "2021-09-24",
        "proposed_end": "2021-09-24",
        "delegation": "Delegasi Kabupaten Konawe Utara ke Kota Baubau: SIPD",
        "delegation_size": 12,
        "contact": ("Andi Pratama, S.IP.", "0812-0000-0103", "koordinator.konut@example.id"),
        "submitted_at": "2021-09-02T09:30",
        "moves": [
            ("review", "koordinator.baubau", "2021-09-03T10:00",
             "Diterima Bagian Pemerintahan; diteruskan ke Bappeda untuk materi paparan.", {}),
            ("approve", "koordinator.baubau", "2021-09-06T14:00",
             "Sekda Kota Baubau bersedia menerima. Paparan oleh Bappeda di Aula Kantor Wali "
             "Kota Baubau.",
             {"programme": "peningkatan-kapasitas-sipd-kabupaten-konawe-utara"}),
            ("schedule", "koordinator.baubau", "2021-09-13T09:00",
             "Agenda: pembukaan oleh Sekda, paparan Bappeda, diskusi dengan OPD.", {}),
            ("mark_held", "koordinator.baubau", "2021-09-24T15:00",
             "Terlaksana. Delegasi dipimpin Sekda Konawe Utara, diterima Sekda Kota Baubau.",
             {}),
            ("start_follow_up", "koordinator.konut", "2021-09-28T10:00",
             "Rencana tindak lanjut disusun bersama Bappeda dan BPKAD Konawe Utara.", {}),
        ],
        "actions": [
            {"title": "Membentuk tim SIPD lintas OPD (Bappeda, BPKAD, Setda)",
             "agency": "Bappeda", "owner": "197203151998031004", "due": "2021-10-29",
             "notes": [("2021-10-22", "SK tim SIPD ditandatangani Bupati; rapat perdana "
                        "minggu depan.", "selesai", "https://example.id/konut/sk-tim-sipd")]},
            {"title": "Renja 2022 seluruh OPD disusun langsung di SIPD",
             "agency": "Bappeda", "owner": "198511232010011007", "due": "2021-12-31",
             "notes": [("2021-11-15", "18 dari 31 OPD sudah mengisi Renja di SIPD.",
                        "berjalan", ""),
                       ("2021-12-28", "Seluruh OPD selesai; Renja final diunduh dari SIPD.",
                        "selesai", "")]},
            {"title": "Bimtek internal SIPD untuk subbagian perencanaan setiap OPD",
             "agency": "Bappeda", "owner": "198511232010011007", "due": "2022-03-31",
             "notes": [("2022-02-10", "Angkatan pertama (12 OPD) selesai; angkatan kedua "
                        "menunggu anggaran perubahan.", "berjalan", "")]},
            {"title": "Penatausahaan keuangan BPKAD melalui SIPD",
             "agency": "BPKAD", "owner": "198704092011011003", "due": "2022-06-30",
             "notes": []},
        ],
        "evaluations": [
            # NIP, five Likert scores (relevance, material, facilitators, organisation,
            # applicability), most useful, to improve
            ("197203151998031004", (5, 5, 5, 4, 5),
             "Melihat langsung pembagian peran Bappeda dan BPKAD Baubau di SIPD.",
             "Waktu diskusi per OPD terlalu singkat."),
            ("198511232010011007", (5, 4, 5, 4, 4), "Contoh alur RKPD ke Renja.", ""),
            ("198704092011011003", (4, 4, 4, 3, 4), "",
             "Materi penatausahaan keuangan perlu sesi tersendiri."),
            ("199002182015032002", (5, 4, 4, 4, 5), "Kontak langsung dengan operator SIPD "
             "BPKAD Baubau.", ""),
        ],
        "indicators": [
            {"name": "OPD yang menyusun Renja langsung di SIPD", "unit": "OPD",
             "topic": "sipd", "target": "31",
             "source": "Catatan tindak lanjut Bappeda Kabupaten Konawe Utara (angka contoh)",
             "measurements": [("2021-09-24", "3", "Bappeda, BPKAD dan Setda saat kunjungan"),
                              ("2021-11-15", "18", ""),
                              ("2021-12-28", "31", "Seluruh OPD")]},
        ],
    },
    {
        "title": MALUT_VISIT,
        "requesting_region": "prov-maluku-utara",
        "host_region": "prov-sulawesi-selatan",
        "requested_by": "koordinator.malut",
        "topics": ["spbe"],
        "learning_goal": (
            "Baru lima OPD Maluku Utara (keuangan, Bappeda, pendapatan, perizinan dan "
            "Infokom) yang menjalankan SPBE. Wakil Gubernur ingin melihat bagaimana "
            "Sulawesi Selatan, rujukan nasional SPBE, membawa layanan elektronik ke hampir "
            "semua OPD: tata kelola, aplikasi bersama, dan cara OPD diyakinkan."
        ),
        "letter_number": "045/688/Bappeda/XI/2022 (contoh)",
        "letter": {
            "from": "PEMERINTAH PROVINSI MALUKU UTARA\nBADAN PERENCANAAN PEMBANGUNAN DAERAH",
            "to": "Gubernur Sulawesi Selatan\nc.q. Kepala Dinas Kominfo-SP Provinsi "
                  "Sulawesi Selatan",
            "subject": "Permohonan Kunjungan Kerja tentang Penerapan SPBE",
            "body": [
                "Pemerintah Provinsi Maluku Utara bermaksud melakukan kunjungan kerja untuk "
                "mempelajari penerapan Sistem Pemerintahan Berbasis Elektronik (SPBE) di "
                "Provinsi Sulawesi Selatan.",
                "Kunjungan dipimpin oleh Wakil Gubernur Maluku Utara dan direncanakan pada "
                "5 Desember 2022 di Makassar.",
            ],
            "signer": "Kepala Bappeda Provinsi Maluku Utara",
            "place_date": "Sofifi, 10 November 2022",
        },
        "proposed_start": "2022-12-05",
        "proposed_end": "2022-12-05",
        "delegation": "Delegasi Provinsi Maluku Utara ke Provinsi Sulawesi Selatan: SPBE",
        "delegation_size": 8,
        "contact": ("Nurlaila Hasan, S.E., M.M.", "0812-0000-0104",
                    "koordinator.malut@example.id"),
        "submitted_at": "2022-11-10T10:00",
        "moves": [
            ("review", "koordinator.sulsel", "2022-11-11T09:00", "", {}),
            ("approve", "koordinator.sulsel", "2022-11-14T13:00",
             "Diterima di Kantor Gubernur; paparan Diskominfo-SP.",
             {"programme": "kunker-maluku-utara-ke-sulawesi-selatan-spbe"}),
            ("schedule", "koordinator.sulsel", "2022-11-21T10:00", "", {}),
            ("mark_held", "koordinator.sulsel", "2022-12-05T14:00",
             "Terlaksana, dipimpin Wakil Gubernur Maluku Utara.", {}),
            ("start_follow_up", "koordinator.malut", "2022-12-12T10:00",
             "Tindak lanjut: OPD melakukan studi banding sendiri atau mengundang Sulsel "
             "menjadi narasumber di Maluku Utara.", {}),
        ],
        "actions": [
            {"title": "Menyusun peta jalan SPBE untuk seluruh OPD Maluku Utara",
             "agency": "Bappeda", "owner": "197506112000031003", "due": "2023-03-31",
             "notes": [("2023-03-20", "Peta jalan disahkan; target seluruh OPD.", "selesai",
                        "")]},
            {"title": "Studi banding OPD Maluku Utara ke Diskominfo-SP Sulawesi Selatan",
             "agency": "Diskominfo", "owner": "197912142005011002", "due": "2023-06-30",
             "notes": [("2023-05-08", "Dua OPD sudah berangkat; tiga OPD dijadwalkan.",
                        "berjalan", "")]},
            {"title": "Mengundang Sulawesi Selatan menjadi narasumber SPBE di Maluku Utara",
             "agency": "Diskominfo", "owner": "197912142005011002", "due": "2023-09-30",
             "notes": []},
        ],
        "evaluations": [],
        "indicators": [
            {"name": "OPD yang menerapkan SPBE", "unit": "OPD", "topic": "spbe",
             "source": "Pemberitaan kunjungan kerja, 5 Desember 2022",
             "measurements": [("2022-12-05", "5", "Keuangan, Bappeda, pendapatan, "
                               "perizinan dan Infokom")]},
        ],
    },
    {
        "title": KEMENDAGRI_VISIT,
        "requesting_region": "kota-baubau",
        "host_region": "kemendagri",
        "requested_by": "koordinator.baubau",
        "topics": ["sipd"],
        "learning_goal": (
            "SIPD wajib sesuai Permendagri 70/2019. Kota Baubau mengirim 40 pejabat "
            "(Bappeda, BPKAD dan kepala subbagian perencanaan setiap OPD) ke pelatihan "
            "SIPD Kemendagri di Jakarta agar setiap OPD punya orang yang menguasainya "
            "(tanggal ilustratif)."
        ),
        "letter_number": "",
        "letter": None,
        "proposed_start": "2021-02-15",
        "proposed_end": "2021-02-17",
        "delegation": None,
        "delegation_size": 40,
        "contact": ("Muhammad Kasim, S.Sos., M.AP.", "0812-0000-0106",
                    "koordinator.baubau@example.id"),
        "submitted_at": "2021-01-18T09:00",
        "moves": [
            ("approve", "penyelenggara", "2021-01-25T10:00",
             "Peserta diterima pada angkatan Februari.",
             {"venue": "Kementerian Dalam Negeri, Jakarta"}),
            ("schedule", "penyelenggara", "2021-02-01T10:00", "", {}),
            ("mark_held", "penyelenggara", "2021-02-17T16:00", "", {}),
            ("start_follow_up", "koordinator.baubau", "2021-02-22T10:00",
             "Pelatihan saja belum cukup: mencari daerah yang sudah berhasil.", {}),
        ],
        "actions": [
            {"title": "Mencari daerah rujukan SIPD lewat grup sekretaris daerah",
             "agency": "Bappeda", "owner": None, "due": "2021-03-31",
             "notes": [("2021-03-22", "Semarang, Gresik, Tuban dan Bojonegoro bersedia "
                        "berbagi; Tuban mendampingi lewat Zoom.", "selesai", "")]},
        ],
        "evaluations": [],
        "indicators": [],
        "close": ("koordinator.baubau", "2021-07-01T10:00",
                  "Ditutup; pendampingan Tuban berlanjut."),
    },
]

MENTORSHIPS = [
    {
        "mentor_region": "kab-tuban",
        "mentee_region": "kota-baubau",
        "topics": ["sipd"],
        "goal": (
            "Tim Bappeda dan BPKAD Kota Baubau menjalankan SIPD dari RKPD dan Renja sampai "
            "penganggaran dan penatausahaan, dengan contoh langsung dari Kabupaten Tuban."
        ),
        "started_on": "2021-04-12",
        "ended_on": "2021-06-30",
        "mentor_contact": "Bappeda Kabupaten Tuban",
        "mentee_contact": "Bappeda Kota Baubau",
        "by": "koordinator.tuban",
        "meetings": [
            {"held_on": "2021-04-12", "mode": "daring",
             "meeting_url": "https://zoom.us/j/81230412001",
             "attendees": "Bappeda Kabupaten Tuban\nBappeda Kota Baubau\nBPKAD Kota Baubau",
             "notes": "Alur perencanaan di SIPD: RKPD dan Renja. Tuban memperagakan input "
                      "program dan kegiatan.",
             "next_steps": "Baubau menyelaraskan nomenklatur program sebelum sesi 2."},
            {"held_on": "2021-05-17", "mode": "daring",
             "meeting_url": "https://zoom.us/j/81230517002",
             "attendees": "Bappeda Kabupaten Tuban\nBappeda Kota Baubau\nBPKAD Kota Baubau",
             "notes": "Dari KUA-PPAS ke RKA-SKPD; pertanyaan tim Baubau dijawab satu per satu.",
             "next_steps": "BPKAD Baubau menyiapkan data penatausahaan untuk sesi 3."},
            {"held_on": "2021-06-30", "mode": "daring",
             "meeting_url": "https://zoom.us/j/81230630003",
             "attendees": "Bappeda dan BPKAD Kabupaten Tuban\nBappeda dan BPKAD Kota Baubau",
             "notes": "Penganggaran dan penatausahaan bersama BPKAD.",
             "next_steps": "Baubau siap berbagi ke daerah lain (Konawe Utara)."},
        ],
        "actions": [
            {"title": "Menyelaraskan nomenklatur program dan kegiatan di SIPD",
             "agency": "Bappeda", "owner": "fasilitator", "due": "2021-05-14",
             "notes": [("2021-05-12", "Selesai sebelum sesi 2.", "selesai", "")]},
        ],
    },
]
