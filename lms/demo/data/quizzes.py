"""
Demo pre-tests and post-tests: one of each for every demo course (courses.Quiz,
looked up by course slug and kind). The questions are about what the course's lessons
teach (lms/demo/data/courses.py), so a learner who read them passes the post-test.

A pre-test is taken once; a post-test up to three times, its questions shuffled in
every attempt (SETTINGS). Each question: kind ("single", "multiple" or "true_false"),
text, options as (text, correct?) in the order shown, and the explanation shown after
submitting.
Plain data only: this module is also read outside Django (no imports).
"""

SIPD = "sipd-dari-perencanaan-hingga-penatausahaan"
SPBE = "spbe-untuk-seluruh-opd"
SMART_CITY = "menyusun-masterplan-smart-city"

# Settings of every demo quiz of a kind: pass mark (%), attempts, shuffled questions.
SETTINGS = {
    "pre": {"pass_mark": 70, "max_attempts": 1, "shuffle_questions": False},
    "post": {"pass_mark": 70, "max_attempts": 3, "shuffle_questions": True},
}


def true_false(right: bool) -> list[tuple[str, bool]]:
    return [("Benar", right), ("Salah", not right)]


QUIZZES = [
    {
        "course": SIPD,
        "kind": "pre",
        "title": "Pre-test SIPD: apa yang sudah Anda ketahui?",
        "questions": [
            {
                "kind": "single",
                "text": "Apa dasar hukum utama Sistem Informasi Pemerintahan Daerah (SIPD)?",
                "options": [
                    ("Permendagri 70/2019", True),
                    ("Perpres 95/2018", False),
                    ("PP 12/2019", False),
                    ("Inpres 3/2003", False),
                ],
                "explanation": (
                    "Permendagri 70/2019 tentang Sistem Informasi Pemerintahan Daerah adalah "
                    "dasar hukum SIPD. PP 12/2019 (pengelolaan keuangan daerah) adalah "
                    "regulasi pendampingnya; Perpres 95/2018 mengatur SPBE dan Inpres 3/2003 "
                    "kebijakan e-government."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "SIPD adalah aplikasi milik Bappeda dan BPKAD, sehingga OPD lain cukup "
                    "menerima hasilnya."
                ),
                "options": true_false(False),
                "explanation": (
                    "Salah. Setiap OPD adalah pengguna SIPD: Renja, RKA-SKPD dan DPA disusun "
                    "oleh OPD sendiri, sedangkan Bappeda dan BPKAD mengoordinasikan dan "
                    "memverifikasi. Jika operator satu OPD terlambat, tahapan seluruh daerah "
                    "ikut tertahan."
                ),
            },
            {
                "kind": "multiple",
                "text": "Manakah yang termasuk informasi keuangan daerah dalam SIPD?",
                "options": [
                    ("KUA-PPAS", True),
                    ("RKA-SKPD", True),
                    ("SP2D", True),
                    ("RPJMD", False),
                    ("Renstra OPD", False),
                ],
                "explanation": (
                    "KUA-PPAS, RKA-SKPD, APBD dan DPA sampai SPD, SPP, SPM dan SP2D adalah "
                    "informasi keuangan daerah. RPJMD, Renstra, RKPD dan Renja termasuk "
                    "informasi pembangunan daerah."
                ),
            },
            {
                "kind": "single",
                "text": "Urutan dokumen perencanaan dan penganggaran yang benar adalah ...",
                "options": [
                    ("RKPD, KUA-PPAS, RKA-SKPD, DPA", True),
                    ("KUA-PPAS, RKPD, DPA, RKA-SKPD", False),
                    ("RKA-SKPD, RKPD, KUA-PPAS, DPA", False),
                    ("DPA, RKA-SKPD, KUA-PPAS, RKPD", False),
                ],
                "explanation": (
                    "Setelah RKPD ditetapkan, TAPD menyusun KUA-PPAS; plafon per OPD menjadi "
                    "batas atas RKA-SKPD; setelah APBD ditetapkan, OPD menyusun DPA-SKPD."
                ),
            },
            {
                "kind": "single",
                "text": "Siapa yang menerbitkan SP2D?",
                "options": [
                    ("Kuasa BUD", True),
                    ("PPTK", False),
                    ("Bendahara pengeluaran", False),
                    ("PA/KPA", False),
                ],
                "explanation": (
                    "Bendahara pengeluaran menyusun SPP, PPK-SKPD memverifikasinya, PA/KPA "
                    "menerbitkan SPM, lalu Kuasa BUD menguji SPM dan menerbitkan SP2D."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Satu operator SIPD di setiap OPD sudah cukup, asalkan ia menguasai "
                    "aplikasinya."
                ),
                "options": true_false(False),
                "explanation": (
                    "Salah. Jika satu-satunya operator sakit, cuti atau mutasi, pekerjaan OPD "
                    "berhenti. Disarankan minimal dua operator untuk perencanaan dan dua untuk "
                    "keuangan, keduanya dicantumkan dalam SK."
                ),
            },
        ],
    },
    {
        "course": SIPD,
        "kind": "post",
        "title": "Post-test SIPD dari Perencanaan hingga Penatausahaan",
        "questions": [
            {
                "kind": "single",
                "text": (
                    "Nomenklatur program, kegiatan dan sub kegiatan yang dipakai di SIPD "
                    "mengikuti ..."
                ),
                "options": [
                    ("Permendagri 90/2019 beserta pemutakhirannya", True),
                    ("Permendagri 86/2017", False),
                    ("Permendagri 77/2020", False),
                    ("UU 23/2014", False),
                ],
                "explanation": (
                    "Permendagri 90/2019 mengatur klasifikasi, kodefikasi dan nomenklatur. "
                    "Permendagri 86/2017 mengatur tata cara perencanaan pembangunan daerah, "
                    "dan Permendagri 77/2020 pedoman teknis pengelolaan keuangan daerah."
                ),
            },
            {
                "kind": "multiple",
                "text": "Manakah kelompok informasi yang dikelola dalam SIPD?",
                "options": [
                    ("Informasi pembangunan daerah", True),
                    ("Informasi keuangan daerah", True),
                    ("Informasi pemerintahan daerah lainnya", True),
                    ("Informasi kepegawaian instansi pusat", False),
                ],
                "explanation": (
                    "SIPD mengelola informasi pembangunan daerah, informasi keuangan daerah "
                    "dan informasi pemerintahan daerah lainnya yang saling terhubung."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Total RKA-SKPD boleh melampaui plafon OPD, asalkan kelebihannya "
                    "dijelaskan kepada TAPD."
                ),
                "options": true_false(False),
                "explanation": (
                    "Salah. Plafon OPD hasil kesepakatan KUA-PPAS adalah batas atas RKA-SKPD; "
                    "total yang melebihi plafon adalah salah satu penyebab RKA dikembalikan "
                    "verifikator."
                ),
            },
            {
                "kind": "single",
                "text": "Dalam alur penatausahaan, siapa yang menerbitkan SPM?",
                "options": [
                    ("PA/KPA", True),
                    ("Kuasa BUD", False),
                    ("PPK-SKPD", False),
                    ("Bendahara pengeluaran", False),
                ],
                "explanation": (
                    "PA/KPA menerbitkan SPM setelah PPK-SKPD memverifikasi SPP. Karena itu, "
                    "pastikan akun PA/KPA di SIPD masih milik pejabat yang menjabat."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Standar harga yang Anda butuhkan belum tersedia di SIPD. Apa yang "
                    "sebaiknya dilakukan?"
                ),
                "options": [
                    ("Mengusulkannya ke tim standar harga sejak tahapan Renja", True),
                    ("Memakai komponen lain yang harganya mirip", False),
                    ("Menyusun angkanya di lembar kerja, lalu memindahkannya kemudian", False),
                    ("Membiarkannya sampai verifikator TAPD mengembalikan RKA", False),
                ],
                "explanation": (
                    "Usulkan ke tim standar harga sejak tahapan Renja. Komponen pengganti "
                    "membuat belanja tidak sesuai uraian dan rawan menjadi temuan pemeriksa."
                ),
            },
            {
                "kind": "multiple",
                "text": "Manakah aturan akun SIPD yang benar?",
                "options": [
                    ("Satu orang, satu akun", True),
                    ("Akun pegawai yang mutasi segera dinonaktifkan dan dibuat akun "
                     "pengganti", True),
                    ("Kata sandi boleh dititipkan kepada rekan selama cuti", False),
                    ("Pergantian PA/KPA, PPK-SKPD dan bendahara langsung diikuti pembaruan "
                     "data di SIPD", True),
                ],
                "explanation": (
                    "Akun tidak dipinjamkan dan kata sandi tidak dititipkan: begitu terjadi "
                    "kesalahan, harus jelas siapa yang mengubah data."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Bagaimana Kota Baubau menemukan daerah yang sudah berhasil menjalankan "
                    "SIPD?"
                ),
                "options": [
                    ("Lewat grup WhatsApp para sekretaris daerah", True),
                    ("Lewat undangan resmi Kemendagri", False),
                    ("Lewat jasa konsultan", False),
                    ("Lewat pemberitaan media", False),
                ],
                "explanation": (
                    "Lewat grup WhatsApp para sekretaris daerah Baubau menemukan Kota "
                    "Semarang, Kabupaten Gresik, Tuban dan Bojonegoro; Tuban lalu mendampingi "
                    "Baubau lewat Zoom."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Help desk SIPD memilah masalah: masalah pengguna diselesaikan petugas, "
                    "masalah data diteruskan ke pemilik data, dan masalah sistem dieskalasi ke "
                    "Kemendagri melalui jalur resmi."
                ),
                "options": true_false(True),
                "explanation": (
                    "Benar. Help desk juga memakai satu pintu masuk, format laporan yang sama "
                    "dan rekap mingguan masalah yang berulang."
                ),
            },
        ],
    },
    {
        "course": SPBE,
        "kind": "pre",
        "title": "Pre-test SPBE: apa yang sudah Anda ketahui?",
        "questions": [
            {
                "kind": "single",
                "text": (
                    "Regulasi yang mengatur Sistem Pemerintahan Berbasis Elektronik (SPBE) "
                    "adalah ..."
                ),
                "options": [
                    ("Perpres 95/2018", True),
                    ("Permendagri 70/2019", False),
                    ("Inpres 3/2003", False),
                    ("Perwali Baubau 57/2016", False),
                ],
                "explanation": (
                    "Perpres 95/2018 tentang SPBE. Evaluasinya diatur PermenPANRB 59/2020; "
                    "Permendagri 70/2019 mengatur SIPD."
                ),
            },
            {
                "kind": "true_false",
                "text": "Daerah yang punya puluhan aplikasi otomatis sudah menjalankan SPBE.",
                "options": true_false(False),
                "explanation": (
                    "Salah. SPBE adalah penyelenggaraan pemerintahan, bukan sekadar aplikasi. "
                    "Aplikasi yang tidak terencana, tidak berbagi data dan tidak dikelola "
                    "belum berarti SPBE."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Manakah yang termasuk layanan administrasi pemerintahan berbasis "
                    "elektronik?"
                ),
                "options": [
                    ("Perencanaan dan penganggaran", True),
                    ("Kepegawaian", True),
                    ("Kearsipan", True),
                    ("Pengaduan masyarakat", False),
                    ("Perizinan bagi warga", False),
                ],
                "explanation": (
                    "Layanan administrasi pemerintahan melayani internal pemerintah. "
                    "Pengaduan dan perizinan melayani masyarakat: keduanya layanan publik "
                    "berbasis elektronik."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Saat Wakil Gubernur Maluku Utara berkunjung ke Sulawesi Selatan, SPBE di "
                    "Maluku Utara baru berjalan di berapa OPD?"
                ),
                "options": [
                    ("Lima", True),
                    ("Dua", False),
                    ("Sepuluh", False),
                    ("Semua OPD", False),
                ],
                "explanation": (
                    "Lima OPD: keuangan, Bappeda, pendapatan, perizinan dan Infokom."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Pemerintah provinsi mana yang menjadi rujukan nasional penerapan SPBE "
                    "dan dikunjungi delegasi Maluku Utara?"
                ),
                "options": [
                    ("Provinsi Sulawesi Selatan", True),
                    ("Provinsi Sulawesi Tenggara", False),
                    ("Provinsi Maluku", False),
                    ("Provinsi Gorontalo", False),
                ],
                "explanation": (
                    "Maluku Utara belajar dari Provinsi Sulawesi Selatan, rujukan nasional "
                    "penerapan SPBE."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "SPBE adalah urusan Diskominfo saja; OPD lain cukup memakai aplikasi yang "
                    "disediakan."
                ),
                "options": true_false(False),
                "explanation": (
                    "Salah. Layanan administrasi pemerintahan dijalankan semua OPD: setiap OPD "
                    "menyusun anggaran, mengelola pegawai dan membuat naskah dinas."
                ),
            },
        ],
    },
    {
        "course": SPBE,
        "kind": "post",
        "title": "Post-test Menerapkan SPBE di Seluruh OPD",
        "questions": [
            {
                "kind": "single",
                "text": "Menurut PermenPANRB 59/2020, evaluasi SPBE disusun atas ...",
                "options": [
                    ("4 domain, 8 aspek dan 47 indikator", True),
                    ("6 domain, 8 aspek dan 40 indikator", False),
                    ("4 domain, 6 aspek dan 47 indikator", False),
                    ("5 domain, 10 aspek dan 50 indikator", False),
                ],
                "explanation": (
                    "Empat domain (kebijakan internal, tata kelola, manajemen, layanan), "
                    "delapan aspek dan 47 indikator."
                ),
            },
            {
                "kind": "single",
                "text": "Tingkat kapabilitas 3 dalam evaluasi SPBE disebut ...",
                "options": [
                    ("Terdefinisi", True),
                    ("Rintisan", False),
                    ("Terkelola", False),
                    ("Optimum", False),
                ],
                "explanation": (
                    "1 rintisan, 2 terkelola, 3 terdefinisi, 4 terpadu dan terukur, "
                    "5 optimum."
                ),
            },
            {
                "kind": "multiple",
                "text": "Manakah yang termasuk tahapan evaluasi SPBE?",
                "options": [
                    ("Penilaian mandiri", True),
                    ("Penilaian dokumen", True),
                    ("Penilaian interviu", True),
                    ("Penilaian visitasi", True),
                    ("Lelang aplikasi", False),
                ],
                "explanation": (
                    "Instansi menilai diri dan mengunggah bukti, asesor memeriksa dokumen, "
                    "mengklarifikasi lewat interviu, lalu memastikan layanan berjalan lewat "
                    "visitasi."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Rancangan Perkada yang belum ditetapkan sudah cukup sebagai bukti dukung "
                    "tingkat kapabilitas yang tinggi."
                ),
                "options": true_false(False),
                "explanation": (
                    "Salah. Asesor menilai dokumen yang ditetapkan dan layanan yang bisa "
                    "ditunjukkan, bukan rancangan atau niat baik."
                ),
            },
            {
                "kind": "single",
                "text": "Domain evaluasi SPBE dengan bobot terbesar adalah ...",
                "options": [
                    ("Layanan SPBE", True),
                    ("Kebijakan Internal SPBE", False),
                    ("Tata Kelola SPBE", False),
                    ("Manajemen SPBE", False),
                ],
                "explanation": (
                    "Domain layanan berbobot terbesar; karena itu perluasan ke OPD baru "
                    "sebaiknya dimulai dari layanan, bukan dari pengadaan perangkat."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Dalam peta rencana perluasan SPBE, lima OPD Maluku Utara yang sudah "
                    "berjalan sebaiknya ditempatkan sebagai ..."
                ),
                "options": [
                    ("Gelombang 0: praktiknya didokumentasikan dan menjadi mentor OPD lain",
                     True),
                    ("Gelombang terakhir, karena sudah selesai", False),
                    ("OPD yang tidak perlu dilibatkan lagi", False),
                    ("Satu-satunya OPD yang boleh membangun aplikasi", False),
                ],
                "explanation": (
                    "OPD perintis menjadi gelombang 0 dan mendampingi OPD di gelombang "
                    "berikutnya, sehingga perluasan tidak bergantung sepenuhnya pada "
                    "narasumber dari luar daerah."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Manakah tindak lanjut yang disepakati setelah kunjungan Maluku Utara ke "
                    "Sulawesi Selatan?"
                ),
                "options": [
                    ("OPD Maluku Utara melakukan studi banding sendiri", True),
                    ("Sulawesi Selatan diundang menjadi narasumber di Maluku Utara", True),
                    ("Membeli aplikasi yang sama dari Sulawesi Selatan", False),
                    ("Menunggu instruksi dari kementerian", False),
                ],
                "explanation": (
                    "Dua jalan yang disepakati, dan sering paling efektif bila digabung: "
                    "narasumber diundang lebih dulu, lalu beberapa penggerak OPD berkunjung."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Tim koordinasi SPBE daerah umumnya dipimpin Sekda, karena perluasan SPBE "
                    "menyentuh semua OPD."
                ),
                "options": true_false(True),
                "explanation": (
                    "Benar. Diskominfo menjadi motor teknis, Bappeda memastikan kegiatan masuk "
                    "perencanaan, dan BPKAD memastikan anggarannya tersedia."
                ),
            },
        ],
    },
    {
        "course": SMART_CITY,
        "kind": "pre",
        "title": "Pre-test Masterplan Smart City: apa yang sudah Anda ketahui?",
        "questions": [
            {
                "kind": "single",
                "text": "Sinergo, fondasi e-government Kota Baubau, ditetapkan dengan ...",
                "options": [
                    ("Perwali Baubau 57/2016", True),
                    ("Perpres 95/2018", False),
                    ("Permendagri 70/2019", False),
                    ("Inpres 3/2003", False),
                ],
                "explanation": (
                    "Kota Baubau meluncurkan Sinergo (Sinergi E-Government) dengan Perwali "
                    "Baubau 57/2016, berlandaskan Inpres 3/2003."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Masterplan smart city Kota Baubau disusun satu tim kecil dalam "
                    "lokakarya tiga hari."
                ),
                "options": true_false(False),
                "explanation": (
                    "Salah. Masterplan disusun melalui bimtek empat tahap selama sekitar "
                    "empat bulan bersama tenaga ahli dari Kominfo, dengan ASN dari setiap OPD."
                ),
            },
            {
                "kind": "multiple",
                "text": "Manakah yang termasuk enam dimensi smart city?",
                "options": [
                    ("Smart governance", True),
                    ("Smart branding", True),
                    ("Smart environment", True),
                    ("Smart hardware", False),
                    ("Smart budget", False),
                ],
                "explanation": (
                    "Enam dimensinya: smart governance, smart branding, smart economy, smart "
                    "living, smart society dan smart environment."
                ),
            },
            {
                "kind": "single",
                "text": "Sipolima di Kota Baubau adalah aplikasi untuk ...",
                "options": [
                    ("Mencatat kehadiran ASN untuk dikaitkan dengan kinerja", True),
                    ("Membayar retribusi pasar secara nontunai", False),
                    ("Menerima pengaduan warga", False),
                    ("Mengurus perizinan usaha", False),
                ],
                "explanation": (
                    "Sipolima mencatat kehadiran ASN untuk dikaitkan dengan kinerja: contoh "
                    "quick win di dimensi smart governance."
                ),
            },
            {
                "kind": "single",
                "text": "Inpres 3/2003 mengatur ...",
                "options": [
                    ("Kebijakan dan Strategi Nasional Pengembangan E-Government", True),
                    ("Sistem Pemerintahan Berbasis Elektronik", False),
                    ("Sistem Informasi Pemerintahan Daerah", False),
                    ("Evaluasi SPBE", False),
                ],
                "explanation": (
                    "Inpres 3/2003 tentang Kebijakan dan Strategi Nasional Pengembangan "
                    "E-Government, jauh sebelum istilah smart city populer."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Quick win adalah program yang hasilnya terlihat dalam waktu singkat "
                    "dengan sumber daya yang sudah ada."
                ),
                "options": true_false(True),
                "explanation": (
                    "Benar. Umumnya dalam satu tahun anggaran; fungsinya juga membangun "
                    "kepercayaan bahwa masterplan benar-benar dijalankan."
                ),
            },
        ],
    },
    {
        "course": SMART_CITY,
        "kind": "post",
        "title": "Post-test Menyusun Masterplan Smart City",
        "questions": [
            {
                "kind": "single",
                "text": (
                    "Bimtek penyusunan masterplan smart city Kota Baubau ditutup resmi pada "
                    "tanggal ..."
                ),
                "options": [
                    ("25 November 2021", True),
                    ("24 September 2021", False),
                    ("5 Desember 2022", False),
                    ("17 Agustus 2021", False),
                ],
                "explanation": (
                    "Bimtek empat tahap selama sekitar empat bulan itu ditutup resmi pada "
                    "25 November 2021: awal pelaksanaan, bukan akhir pekerjaan."
                ),
            },
            {
                "kind": "multiple",
                "text": "Penilaian kesiapan daerah melihat tiga sisi. Manakah ketiganya?",
                "options": [
                    ("Suprastruktur (kebijakan dan regulasi)", True),
                    ("Struktur (kepemimpinan, kelembagaan, SDM dan anggaran)", True),
                    ("Infrastruktur (jaringan, pusat data, aplikasi dan data)", True),
                    ("Popularitas kepala daerah di media sosial", False),
                ],
                "explanation": (
                    "Suprastruktur, struktur dan infrastruktur. Butir dengan skor 0 atau 1 "
                    "menjadi isu strategis yang harus dijawab masterplan."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Pada tahap keberapa bimtek, program per dimensi, OPD pengampu, perkiraan "
                    "anggaran dan pilihan quick win disusun?"
                ),
                "options": [
                    ("Tahap 3", True),
                    ("Tahap 1", False),
                    ("Tahap 2", False),
                    ("Tahap 4", False),
                ],
                "explanation": (
                    "Tahap 1 orientasi dan kesiapan, tahap 2 analisis strategis dan visi, "
                    "tahap 3 program dan quick win, tahap 4 finalisasi dan penutupan."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Visi smart city sebaiknya menyaingi visi kepala daerah agar terlihat "
                    "lebih ambisius."
                ),
                "options": true_false(False),
                "explanation": (
                    "Salah. Visi smart city menurunkan visi kepala daerah dalam RPJMD, bukan "
                    "menyainginya; masterplan yang tidak selaras dengan RPJMD sulit "
                    "mendapat anggaran."
                ),
            },
            {
                "kind": "single",
                "text": "Dari usulan berikut, mana yang paling tepat menjadi quick win?",
                "options": [
                    ("Aplikasi kehadiran ASN yang memakai infrastruktur yang sudah ada", True),
                    ("Ruang kendali kota dengan layar besar", False),
                    ("Pembangunan pusat data baru", False),
                    ("Pengadaan kamera di setiap persimpangan", False),
                ],
                "explanation": (
                    "Aplikasi kehadiran cepat dan murah bila memakai infrastruktur yang ada, "
                    "dan datanya langsung berguna. Ruang kendali mahal dan lama: lebih tepat "
                    "menjadi program jangka menengah."
                ),
            },
            {
                "kind": "multiple",
                "text": "Apa yang perlu disiapkan daerah yang ingin meniru Sipolima?",
                "options": [
                    ("Dasar kebijakan di tingkat Perkada", True),
                    ("Data pegawai yang mutakhir dari BKPSDM", True),
                    ("Jalur keberatan bagi ASN untuk mengoreksi data", True),
                    ("Kamera pengawas di setiap ruang kerja", False),
                ],
                "explanation": (
                    "Juga aturan pengecualian (dinas luar, cuti, sakit) dan masa uji coba. "
                    "Yang membuat aplikasi kehadiran diterima adalah aturan yang adil dan "
                    "jelas, bukan teknologinya."
                ),
            },
            {
                "kind": "single",
                "text": "Ukuran sederhana masterplan yang berhasil adalah ...",
                "options": [
                    ("Berapa programnya yang muncul di Renja tahun depan", True),
                    ("Tebal dokumen masterplan", False),
                    ("Jumlah aplikasi baru yang diluncurkan", False),
                    ("Jumlah peserta bimtek", False),
                ],
                "explanation": (
                    "Program tahun pertama harus muncul di Renja OPD dan RKPD; kalau tidak, "
                    "ia tidak akan dianggarkan."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Menetapkan masterplan dengan Perkada dan menuliskan programnya dalam "
                    "Renstra dan Renja membantu masterplan bertahan saat pejabat berganti."
                ),
                "options": true_false(True),
                "explanation": (
                    "Benar. Dokumentasikan juga pengalamannya dalam studi kasus, agar "
                    "pengetahuan tidak pergi bersama orangnya."
                ),
            },
        ],
    },
]
