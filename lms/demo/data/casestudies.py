"""
Demo case studies and best-practice articles (Indonesian).
Real regions and events; fictional contacts.
"""

CASE_STUDIES = [
    {
        "slug": "baubau-menerapkan-sipd",
        "title": "Kota Baubau menerapkan SIPD dan berbagi pengalaman dengan Konawe Utara",
        "region": "kota-baubau",
        "date": "2021-09-24",
        "summary": (
            "Kota Baubau menerapkan Sistem Informasi Pemerintah Daerah (SIPD) sesuai "
            "Permendagri 70/2019 dengan mengirim 40 pejabat ke pelatihan Kemendagri, lalu "
            "belajar dari daerah yang sudah berhasil melalui grup WhatsApp para sekda dan "
            "pendampingan jarak jauh oleh Kabupaten Tuban. Pada 24 September 2021 Baubau "
            "ganti berbagi: Sekda Kota Baubau menerima delegasi Kabupaten Konawe Utara dan "
            "Bappeda Kota Baubau memaparkan cara SIPD dijalankan."
        ),
        "topics": ["sipd"],
        "regulations": ["Permendagri 70/2019"],
        "tags": ["keuangan daerah", "pendampingan", "studi banding", "perencanaan"],
        "problem": (
            "<p>Permendagri 70/2019 mewajibkan pemerintah daerah mengelola perencanaan, "
            "penganggaran dan penatausahaan keuangan daerah dalam satu sistem, yaitu "
            "<b>SIPD</b>. Bagi Kota Baubau, peralihan ini bukan sekadar mengganti aplikasi. "
            "Nomenklatur program dan kegiatan berubah, data Renstra setiap OPD harus "
            "dimasukkan ulang, dan alur kerja antara Bappeda, BPKAD dan OPD harus "
            "disepakati kembali.</p>"
            "<p>Kendala yang paling terasa di awal:</p>"
            "<ul>"
            "<li>hanya sedikit pegawai yang pernah membuka SIPD, sehingga pertanyaan teknis "
            "menumpuk di Bappeda;</li>"
            "<li>panduan resmi belum menjawab kasus khusus di lapangan, misalnya pemetaan "
            "kegiatan lama ke nomenklatur baru;</li>"
            "<li>jadwal penyusunan dokumen perencanaan tetap berjalan, sehingga tidak ada "
            "waktu untuk belajar sambil coba-coba.</li>"
            "</ul>"
        ),
        "approach": [
            {
                "title": "Mengirim tim inti ke pelatihan Kemendagri",
                "text": (
                    "<p>Pemerintah Kota Baubau mengirim <b>40 pejabat</b> ke pelatihan SIPD "
                    "yang diselenggarakan Kemendagri di Jakarta: unsur Bappeda, BPKAD, dan "
                    "kepala subbagian perencanaan dari setiap OPD. Dengan begitu setiap OPD "
                    "memiliki sedikitnya satu orang yang memahami alur SIPD dari awal.</p>"
                ),
            },
            {
                "title": "Mencari daerah yang sudah berhasil",
                "text": (
                    "<p>Sepulang dari Jakarta, tim menyadari bahwa pelatihan saja belum cukup. "
                    "Melalui grup WhatsApp para sekretaris daerah, Baubau menemukan daerah "
                    "yang sudah menjalankan SIPD dengan baik: <b>Kota Semarang</b>, "
                    "<b>Kabupaten Gresik</b>, <b>Kabupaten Tuban</b> dan "
                    "<b>Kabupaten Bojonegoro</b>.</p>"
                ),
            },
            {
                "title": "Pendampingan jarak jauh oleh Kabupaten Tuban",
                "text": (
                    "<p>Kabupaten Tuban bersedia mendampingi melalui Zoom. Tim Baubau "
                    "membawa persoalan nyata ke setiap sesi, dan tim Tuban menunjukkan "
                    "langsung di layar bagaimana mereka menyelesaikannya. Cara ini menghemat "
                    "biaya perjalanan dan bisa diulang setiap kali muncul kendala baru.</p>"
                ),
            },
            {
                "title": "Membagi peran Bappeda, BPKAD dan OPD",
                "text": (
                    "<p>Bappeda mengawal tahap perencanaan, BPKAD mengawal penganggaran dan "
                    "penatausahaan, sedangkan kepala subbagian perencanaan di setiap OPD "
                    "menjadi penghubung sekaligus pelatih bagi rekan di unitnya.</p>"
                ),
            },
            {
                "title": "Berbagi kembali kepada daerah lain",
                "text": (
                    "<p>Kabupaten Konawe Utara bersurat kepada Pemerintah Kota Baubau untuk "
                    "meminta fasilitasi peningkatan kapasitas SIPD. Pada 24 September 2021 "
                    "Sekda Kota Baubau menerima delegasi yang dipimpin Sekda Kabupaten "
                    "Konawe Utara, dan Bappeda Kota Baubau memaparkan langkah-langkah yang "
                    "telah ditempuh.</p>"
                ),
            },
        ],
        "results": [
            (
                "figure",
                {
                    "indicator": "Pejabat yang mengikuti pelatihan SIPD Kemendagri",
                    "before": "-",
                    "after": "40",
                    "unit": "orang",
                    "note": "Unsur Bappeda, BPKAD dan kepala subbagian perencanaan setiap OPD.",
                },
            ),
            (
                "figure",
                {
                    "indicator": "Daerah rujukan yang ditemukan melalui grup WhatsApp sekda",
                    "before": "-",
                    "after": "4",
                    "unit": "daerah",
                    "note": "Kota Semarang, Kab. Gresik, Kab. Tuban dan Kab. Bojonegoro.",
                },
            ),
            (
                "paragraph",
                "<p>Dari daerah yang belajar, Baubau menjadi daerah yang diminta berbagi. "
                "Kunjungan Konawe Utara menunjukkan bahwa pengetahuan yang diperoleh dari "
                "Tuban dapat diteruskan lagi ke daerah lain. Contoh indikator yang dapat "
                "dipantau berikutnya: persentase OPD yang menginput Renja tepat waktu di "
                "SIPD (target: seluruh OPD).</p>",
            ),
        ],
        "lessons_learned": (
            "<p>Pelatihan resmi memberi dasar, tetapi persoalan sehari-hari lebih cepat "
            "terjawab oleh daerah yang sudah pernah mengalaminya.</p>"
            "<ul>"
            "<li>Libatkan kepala subbagian perencanaan setiap OPD sejak awal, bukan hanya "
            "Bappeda dan BPKAD.</li>"
            "<li>Manfaatkan jejaring yang sudah ada, seperti grup para sekda, untuk mencari "
            "daerah rujukan.</li>"
            "<li>Pendampingan lewat Zoom efektif bila setiap sesi membawa kasus nyata.</li>"
            "<li>Catat pengalaman dengan rapi agar dapat dibagikan saat daerah lain "
            "meminta.</li>"
            "</ul>"
        ),
        "timeline": [
            {
                "date": "2019-12-31",
                "title": "Permendagri 70/2019 ditetapkan",
                "description": "SIPD menjadi sistem bersama untuk perencanaan dan keuangan "
                "daerah (tanggal ilustratif; rujuk naskah resmi).",
            },
            {
                "date": "2021-02-15",
                "title": "Pelatihan SIPD di Jakarta",
                "description": "40 pejabat Kota Baubau mengikuti pelatihan Kemendagri "
                "(tanggal ilustratif).",
            },
            {
                "date": "2021-04-12",
                "title": "Pendampingan oleh Kabupaten Tuban",
                "description": "Sesi Zoom rutin antara tim Baubau dan Tuban (tanggal ilustratif).",
            },
            {
                "date": "2021-09-24",
                "title": "Menerima delegasi Konawe Utara",
                "description": "Sekda Kota Baubau menerima delegasi Konut; Bappeda memaparkan "
                "penerapan SIPD.",
            },
        ],
        "contacts": [
            {
                "name": "La Ode Fajar Ramadhan",
                "role": "Kepala Subbidang Perencanaan dan Pendanaan",
                "agency": "kota-baubau:Bappeda",
                "email": "fajar.ramadhan@example.id",
                "phone": "0812-0000-1234",
            },
            {
                "name": "Wa Ode Nurhayati",
                "role": "Operator SIPD Penatausahaan",
                "agency": "kota-baubau:BPKAD",
                "email": "nurhayati.bpkad@example.id",
                "phone": "0812-0000-1235",
            },
        ],
        "related_courses": ["sipd-dari-perencanaan-hingga-penatausahaan"],
    },
    {
        "slug": "tuban-mendampingi-baubau-sipd",
        "title": "Kabupaten Tuban mendampingi Kota Baubau menjalankan SIPD lewat Zoom",
        "region": "kab-tuban",
        "date": "2021-06-30",
        "summary": (
            "Kabupaten Tuban, salah satu daerah yang lebih dulu berhasil menjalankan SIPD, "
            "mendampingi Kota Baubau dari jarak jauh melalui Zoom. Tanpa perjalanan dinas "
            "lintas pulau, tim Tuban menjawab kasus nyata yang dibawa tim Baubau, "
            "menunjukkan praktiknya langsung di layar, dan membantu Baubau hingga mampu "
            "berbagi lagi kepada Kabupaten Konawe Utara."
        ),
        "topics": ["sipd", "e-government"],
        "regulations": ["Permendagri 70/2019"],
        "tags": ["pendampingan", "jarak jauh", "keuangan daerah", "kerja sama antardaerah"],
        "problem": (
            "<p>Setelah 40 pejabatnya mengikuti pelatihan SIPD Kemendagri di Jakarta, "
            "Kota Baubau masih menghadapi banyak pertanyaan yang tidak tercakup dalam "
            "materi pelatihan. Kasus-kasus seperti pemetaan kegiatan lama ke nomenklatur "
            "baru, pengaturan akun pengguna per OPD, atau urutan input antara tahap "
            "perencanaan dan penganggaran baru muncul ketika sistem benar-benar dipakai.</p>"
            "<p>Daerah yang sudah berhasil, termasuk <b>Kabupaten Tuban</b>, berada di Jawa "
            "Timur, lebih dari seribu kilometer dari Baubau. Studi banding tatap muka "
            "berulang kali membutuhkan biaya dan waktu yang tidak sedikit, sementara jadwal "
            "penyusunan dokumen perencanaan tidak bisa menunggu.</p>"
        ),
        "approach": [
            {
                "title": "Perkenalan lewat jejaring para sekda",
                "text": (
                    "<p>Kontak pertama terjalin melalui grup WhatsApp para sekretaris daerah. "
                    "Dari sana Baubau mengenali Kota Semarang, Kabupaten Gresik, Kabupaten "
                    "Tuban dan Kabupaten Bojonegoro sebagai daerah rujukan, lalu Tuban "
                    "bersedia menjadi pendamping.</p>"
                ),
            },
            {
                "title": "Menyepakati format sesi daring",
                "text": (
                    "<p>Kedua pihak sepakat memakai Zoom. Setiap sesi dibuka dengan daftar "
                    "pertanyaan yang dikirim Baubau sebelumnya, sehingga tim Tuban dapat "
                    "menyiapkan contoh dari sistem mereka sendiri.</p>"
                ),
            },
            {
                "title": "Belajar dari layar, bukan dari slide",
                "text": (
                    "<p>Tim Tuban membagikan layar dan memperagakan langkah demi langkah di "
                    "SIPD. Tim Baubau mengikuti di perangkat masing-masing dan langsung "
                    "mencoba pada data mereka.</p>"
                ),
            },
            {
                "title": "Menghadirkan orang yang tepat",
                "text": (
                    "<p>Di sisi Baubau hadir Bappeda, BPKAD dan kepala subbagian perencanaan "
                    "OPD yang sedang mengalami kendala. Di sisi Tuban hadir Bappeda dan "
                    "BPKAD sesuai tahap yang dibahas, sehingga jawaban datang dari orang "
                    "yang mengerjakannya sehari-hari.</p>"
                ),
            },
            {
                "title": "Mencatat dan meneruskan",
                "text": (
                    "<p>Setiap jawaban dicatat Bappeda Kota Baubau menjadi catatan internal. "
                    "Catatan ini kemudian menjadi bahan paparan ketika Baubau menerima "
                    "delegasi Kabupaten Konawe Utara pada 24 September 2021.</p>"
                ),
            },
        ],
        "results": [
            (
                "figure",
                {
                    "indicator": "Biaya perjalanan dinas untuk pendampingan",
                    "before": "studi banding tatap muka",
                    "after": "sesi daring",
                    "unit": "",
                    "note": "Perbandingan kualitatif; tidak ada angka biaya yang dilaporkan.",
                },
            ),
            (
                "paragraph",
                "<p>Pendampingan jarak jauh membuat Baubau dapat bertanya kapan pun kendala "
                "muncul, tanpa menunggu anggaran perjalanan. Hasil paling nyata terlihat tiga "
                "bulan kemudian: Baubau sudah cukup percaya diri untuk menjadi tuan rumah "
                "peningkatan kapasitas SIPD bagi Konawe Utara. Contoh indikator untuk "
                "pendampingan serupa: jumlah kasus yang terselesaikan per sesi dan lama waktu "
                "sejak pertanyaan diajukan sampai terjawab (target: kurang dari satu "
                "minggu).</p>",
            ),
        ],
        "lessons_learned": (
            "<p>Jarak bukan lagi penghalang untuk belajar antardaerah, asalkan sesi daring "
            "dirancang dengan disiplin.</p>"
            "<ul>"
            "<li>Kirim pertanyaan sebelum sesi agar daerah pendamping bisa menyiapkan "
            "contoh.</li>"
            "<li>Peragakan langsung di sistem; tangkapan layar dan slide cepat usang.</li>"
            "<li>Hadirkan pelaksana teknis dari kedua pihak, bukan hanya pimpinan.</li>"
            "<li>Daerah yang didampingi sebaiknya mendokumentasikan jawaban agar dapat "
            "meneruskannya ke daerah berikutnya.</li>"
            "</ul>"
        ),
        "timeline": [
            {
                "date": "2021-03-22",
                "title": "Kontak melalui grup WhatsApp sekda",
                "description": "Baubau menemukan empat daerah rujukan SIPD (tanggal ilustratif).",
            },
            {
                "date": "2021-04-12",
                "title": "Sesi Zoom pertama",
                "description": "Tuban memperagakan alur perencanaan di SIPD (tanggal ilustratif).",
            },
            {
                "date": "2021-06-30",
                "title": "Pendampingan tahap penganggaran",
                "description": "Sesi lanjutan bersama BPKAD kedua daerah (tanggal ilustratif).",
            },
            {
                "date": "2021-09-24",
                "title": "Baubau berbagi kepada Konawe Utara",
                "description": "Pengetahuan hasil pendampingan diteruskan kepada delegasi Konut.",
            },
        ],
        "contacts": [
            {
                "name": "Rina Wahyuningsih",
                "role": "Fasilitator SIPD, Bidang Perencanaan",
                "agency": "kab-tuban:Bappeda",
                "email": "rina.wahyuningsih@example.id",
                "phone": "0812-0000-2234",
            },
            {
                "name": "Agus Setiawan",
                "role": "Administrator SIPD Penatausahaan",
                "agency": "kab-tuban:BPKAD",
                "email": "agus.setiawan@example.id",
                "phone": "0812-0000-2235",
            },
        ],
        "related_courses": ["sipd-dari-perencanaan-hingga-penatausahaan"],
    },
    {
        "slug": "sulsel-spbe-di-hampir-semua-opd",
        "title": "Sulawesi Selatan: SPBE berjalan di hampir semua OPD",
        "region": "prov-sulawesi-selatan",
        "date": "2022-12-05",
        "summary": (
            "Pemerintah Provinsi Sulawesi Selatan menjadi rujukan nasional penerapan Sistem "
            "Pemerintahan Berbasis Elektronik (SPBE) sesuai Perpres 95/2018. Wakil Gubernur "
            "Maluku Utara berkunjung karena di Maluku Utara baru lima OPD yang menjalankan "
            "SPBE. Tindak lanjutnya: OPD Maluku Utara melakukan studi banding sendiri atau "
            "mengundang Sulsel untuk memaparkan praktiknya di Maluku Utara."
        ),
        "topics": ["spbe", "e-government"],
        "regulations": ["Perpres 95/2018", "PermenPANRB 59/2020"],
        "tags": ["studi banding", "tata kelola TIK", "antarprovinsi", "layanan publik"],
        "problem": (
            "<p>Perpres 95/2018 menuntut SPBE diterapkan secara menyeluruh: tata kelola, "
            "manajemen, layanan dan infrastruktur TIK pemerintahan. PermenPANRB 59/2020 "
            "mengatur pemantauan dan evaluasinya, sehingga kemajuan setiap pemerintah daerah "
            "dinilai secara berkala.</p>"
            "<p>Di Provinsi Maluku Utara, SPBE baru berjalan di <b>lima OPD</b>: pengelola "
            "keuangan, Bappeda, pendapatan, perizinan dan Infokom. OPD lain masih bekerja "
            "secara manual atau dengan aplikasi yang berdiri sendiri. Pimpinan daerah "
            "memerlukan contoh nyata bagaimana SPBE dapat meluas ke hampir semua OPD.</p>"
        ),
        "approach": [
            {
                "title": "Memilih rujukan nasional",
                "text": (
                    "<p>Sulawesi Selatan dikenal sebagai <i>role model</i> nasional SPBE. "
                    "Kedekatan wilayah di kawasan timur Indonesia membuatnya rujukan yang "
                    "realistis bagi Maluku Utara.</p>"
                ),
            },
            {
                "title": "Kunjungan Wakil Gubernur Maluku Utara",
                "text": (
                    "<p>Wakil Gubernur Maluku Utara memimpin kunjungan ke Pemerintah Provinsi "
                    "Sulawesi Selatan. Pihak Sulsel memaparkan bagaimana SPBE diterapkan di "
                    "hampir semua OPD, bukan hanya di unit yang mengelola keuangan dan "
                    "layanan perizinan.</p>"
                ),
            },
            {
                "title": "Memetakan kesenjangan",
                "text": (
                    "<p>Hasil kunjungan dibandingkan dengan kondisi Maluku Utara: lima OPD "
                    "yang sudah berjalan menjadi modal awal, sementara OPD lainnya menjadi "
                    "sasaran perluasan.</p>"
                ),
            },
            {
                "title": "Dua jalur tindak lanjut",
                "text": (
                    "<p>Disepakati dua cara: OPD Maluku Utara melakukan studi banding "
                    "sendiri ke OPD mitra di Sulsel, atau mengundang tim Sulsel untuk "
                    "memaparkan praktiknya di Maluku Utara agar lebih banyak pegawai dapat "
                    "ikut belajar.</p>"
                ),
            },
        ],
        "results": [
            (
                "figure",
                {
                    "indicator": "OPD Provinsi Maluku Utara yang menjalankan SPBE",
                    "before": "5",
                    "after": "seluruh OPD",
                    "unit": "OPD",
                    "note": "Angka 'sesudah' adalah target perluasan, bukan capaian.",
                },
            ),
            (
                "paragraph",
                '<p>Kunjungan ini mengubah pertanyaan dari "apakah SPBE bisa" menjadi '
                '"bagaimana menyusul". Bagi Sulawesi Selatan, kunjungan tersebut juga '
                "menegaskan perannya sebagai daerah yang berbagi. Contoh indikator untuk "
                "memantau tindak lanjut: jumlah OPD Maluku Utara yang telah melakukan studi "
                "banding atau menerima paparan, dan jumlah layanan yang beralih ke aplikasi "
                "bersama.</p>",
            ),
        ],
        "lessons_learned": (
            "<p>Studi banding tingkat pimpinan membuka pintu, tetapi perubahan terjadi di "
            "tingkat OPD.</p>"
            "<ul>"
            "<li>Mulailah dari OPD yang sudah berjalan sebagai contoh internal.</li>"
            "<li>Tindak lanjut perlu pemilik yang jelas di setiap OPD.</li>"
            "<li>Mengundang narasumber ke daerah sendiri menjangkau lebih banyak pegawai "
            "dengan biaya yang sama.</li>"
            "<li>Gunakan kerangka evaluasi PermenPANRB 59/2020 sebagai bahasa bersama "
            "untuk mengukur kemajuan.</li>"
            "</ul>"
        ),
        "timeline": [
            {
                "date": "2018-10-01",
                "title": "Perpres 95/2018 menjadi acuan SPBE",
                "description": "Kerangka nasional SPBE (tanggal ilustratif; rujuk naskah resmi).",
            },
            {
                "date": "2020-01-01",
                "title": "PermenPANRB 59/2020 tentang evaluasi SPBE",
                "description": "Dasar pemantauan dan evaluasi (tanggal ilustratif).",
            },
            {
                "date": "2022-12-05",
                "title": "Kunjungan Wakil Gubernur Maluku Utara ke Sulsel",
                "description": "Pemaparan penerapan SPBE di hampir semua OPD Sulsel.",
            },
            {
                "date": "2023-02-15",
                "title": "Tindak lanjut oleh OPD Maluku Utara",
                "description": "Studi banding OPD atau undangan narasumber Sulsel (rencana).",
            },
        ],
        "contacts": [
            {
                "name": "Andi Nurul Fadhilah",
                "role": "Koordinator Tata Kelola SPBE",
                "agency": "prov-sulawesi-selatan:Diskominfo-SP",
                "email": "nurul.fadhilah@example.id",
                "phone": "0812-0000-3234",
            },
            {
                "name": "Rahmat Hidayat",
                "role": "Analis Kebijakan, Bidang Perencanaan",
                "agency": "prov-sulawesi-selatan:Bappelitbangda",
                "email": "rahmat.hidayat@example.id",
                "phone": "0812-0000-3235",
            },
        ],
        "related_courses": ["spbe-untuk-seluruh-opd"],
    },
    {
        "slug": "bimtek-masterplan-smart-city-baubau",
        "title": "Bimtek empat tahap menghasilkan Masterplan Smart City Kota Baubau",
        "region": "kota-baubau",
        "date": "2021-11-25",
        "summary": (
            "Kota Baubau menyusun Masterplan Smart City melalui bimbingan teknis empat tahap "
            "selama sekitar empat bulan bersama tenaga ahli dari Kementerian Kominfo. ASN dari "
            "setiap OPD ikut serta, sehingga masterplan disusun oleh pelaksananya sendiri, "
            "bukan oleh pihak luar. Bimtek ditutup secara resmi pada 25 November 2021."
        ),
        "topics": ["smart-city", "e-government"],
        "regulations": [],
        "tags": ["bimtek", "masterplan", "kota cerdas", "perencanaan"],
        "problem": (
            "<p>Banyak daerah memiliki dokumen <i>smart city</i> yang disusun konsultan, "
            "tetapi tidak dijalankan karena OPD tidak merasa memilikinya. Kota Baubau ingin "
            "menghindari hal itu. Tantangannya, sebagian besar ASN belum terbiasa dengan "
            "konsep kota cerdas: dimensi-dimensinya, cara memilih program <i>quick win</i>, "
            "serta cara mengaitkan masterplan dengan RPJMD dan rencana kerja OPD.</p>"
            "<p>Selain itu, penyusunan masterplan memerlukan data dan usulan dari semua "
            "sektor, dari pelayanan kesehatan hingga pengelolaan pasar, sehingga tidak bisa "
            "dikerjakan oleh satu dinas saja.</p>"
        ),
        "approach": [
            {
                "title": "Menggandeng Kementerian Kominfo",
                "text": (
                    "<p>Baubau mengikuti bimbingan teknis penyusunan masterplan yang "
                    "didampingi tenaga ahli dari Kementerian Kominfo. Tenaga ahli memberi "
                    "kerangka dan mengulas draf, sementara isinya ditulis oleh tim "
                    "daerah.</p>"
                ),
            },
            {
                "title": "Melibatkan ASN dari setiap OPD",
                "text": (
                    "<p>Setiap OPD menugaskan ASN sebagai peserta tetap. Mereka membawa data "
                    "dan persoalan sektornya ke forum, lalu membawa hasil diskusi kembali ke "
                    "kantornya.</p>"
                ),
            },
            {
                "title": "Empat tahap dalam sekitar empat bulan",
                "text": (
                    "<p>Bimtek dibagi menjadi empat tahap. Di antara tahap, peserta "
                    "mengerjakan tugas di OPD masing-masing sehingga setiap pertemuan "
                    "berikutnya membahas draf, bukan teori.</p>"
                    "<ol>"
                    "<li>Pemahaman konsep dan analisis kondisi kota.</li>"
                    "<li>Perumusan visi, strategi dan dimensi kota cerdas.</li>"
                    "<li>Penyusunan program, termasuk <i>quick win</i>.</li>"
                    "<li>Penyempurnaan dokumen dan peta jalan pelaksanaan.</li>"
                    "</ol>"
                    "<p>Urutan materi di atas adalah gambaran umum; rincian agenda tiap tahap "
                    "mengikuti jadwal penyelenggara.</p>"
                ),
            },
            {
                "title": "Diskominfo sebagai sekretariat",
                "text": (
                    "<p>Diskominfo Kota Baubau mengumpulkan tugas antartahap, menjaga "
                    "konsistensi draf, dan mengingatkan OPD yang tertinggal. Bappeda "
                    "memastikan keselarasan dengan dokumen perencanaan daerah.</p>"
                ),
            },
            {
                "title": "Penutupan resmi",
                "text": (
                    "<p>Bimtek ditutup secara resmi pada 25 November 2021. Penutupan menandai "
                    "selesainya penyusunan dan dimulainya tahap pelaksanaan oleh OPD.</p>"
                ),
            },
        ],
        "results": [
            (
                "figure",
                {
                    "indicator": "Tahap bimtek yang diselesaikan",
                    "before": "-",
                    "after": "4",
                    "unit": "tahap",
                    "note": "Berlangsung sekitar 4 bulan, ditutup 25 November 2021.",
                },
            ),
            (
                "figure",
                {
                    "indicator": "Cakupan OPD yang mengirim ASN peserta",
                    "before": "-",
                    "after": "setiap OPD",
                    "unit": "",
                    "note": "Seluruh OPD Kota Baubau terwakili dalam penyusunan.",
                },
            ),
            (
                "paragraph",
                "<p>Hasil utama adalah dokumen Masterplan Smart City yang disusun oleh ASN "
                "Baubau sendiri. Contoh indikator untuk tahap berikutnya: jumlah program "
                "<i>quick win</i> yang masuk rencana kerja OPD tahun berikutnya dan persentase "
                "program masterplan yang telah memiliki penanggung jawab (target: 100%).</p>",
            ),
        ],
        "lessons_learned": (
            "<p>Masterplan yang ditulis sendiri lebih mungkin dijalankan.</p>"
            "<ul>"
            "<li>Bagi bimtek menjadi beberapa tahap dengan tugas di antara tahap.</li>"
            "<li>Pastikan setiap OPD mengirim peserta yang sama dari awal hingga akhir.</li>"
            "<li>Tunjuk sekretariat yang menjaga draf tetap utuh.</li>"
            "<li>Tenaga ahli berperan sebagai pembimbing, bukan penulis dokumen.</li>"
            "</ul>"
        ),
        "timeline": [
            {
                "date": "2021-08-02",
                "title": "Tahap 1 dimulai",
                "description": "Pemahaman konsep dan analisis kondisi kota (tanggal ilustratif).",
            },
            {
                "date": "2021-09-06",
                "title": "Tahap 2",
                "description": "Visi, strategi dan dimensi kota cerdas (tanggal ilustratif).",
            },
            {
                "date": "2021-10-11",
                "title": "Tahap 3",
                "description": "Penyusunan program dan quick win (tanggal ilustratif).",
            },
            {
                "date": "2021-11-25",
                "title": "Tahap 4 dan penutupan resmi",
                "description": "Penyempurnaan dokumen; bimtek ditutup secara resmi.",
            },
        ],
        "contacts": [
            {
                "name": "Muhammad Asrul Sani",
                "role": "Sekretaris Tim Penyusun Masterplan Smart City",
                "agency": "kota-baubau:Diskominfo",
                "email": "asrul.sani@example.id",
                "phone": "0812-0000-4234",
            },
            {
                "name": "Sitti Hardianti",
                "role": "Perencana Ahli Muda",
                "agency": "kota-baubau:Bappeda",
                "email": "sitti.hardianti@example.id",
                "phone": "0812-0000-4235",
            },
        ],
        "related_courses": ["menyusun-masterplan-smart-city"],
    },
    {
        "slug": "sinergo-sinergi-e-government-baubau",
        "title": "Sinergo: menyatukan e-government Kota Baubau dalam satu kebijakan",
        "region": "kota-baubau",
        "date": "2016-12-30",
        "summary": (
            "Kota Baubau meluncurkan Sinergo (Sinergi E-Government) berdasarkan Perwali "
            "Baubau 57/2016 dengan rujukan Inpres 3/2003 tentang kebijakan dan strategi "
            "nasional pengembangan e-government. Sinergo menjadi payung agar aplikasi dan "
            "data di berbagai OPD saling terhubung, tidak berjalan sendiri-sendiri."
        ),
        "topics": ["e-government"],
        "regulations": ["Perwali Baubau 57/2016", "Inpres 3/2003"],
        "tags": ["kebijakan", "integrasi aplikasi", "tata kelola TIK", "layanan publik"],
        "problem": (
            "<p>Seperti banyak daerah, OPD di Kota Baubau membangun aplikasinya masing-masing "
            "sesuai kebutuhan sektoral. Akibatnya data yang sama dimasukkan berulang kali, "
            "aplikasi tidak saling bertukar data, dan pemeliharaannya bergantung pada "
            "segelintir orang. Pimpinan daerah sulit melihat gambaran utuh pelayanan.</p>"
            "<p>Inpres 3/2003 sudah lama menggariskan bahwa pengembangan e-government harus "
            "terpadu, tetapi di tingkat kota belum ada aturan yang mengikat OPD untuk "
            "bersinergi.</p>"
            "<p>Tanpa aturan bersama, setiap pergantian pejabat atau pengelola aplikasi "
            "berisiko memutus layanan, dan anggaran TIK tersebar pada pengadaan yang "
            "serupa di beberapa OPD.</p>"
        ),
        "approach": [
            {
                "title": "Menetapkan payung hukum daerah",
                "text": (
                    "<p>Wali Kota menetapkan <b>Perwali Baubau 57/2016</b> tentang Sinergi "
                    "E-Government (Sinergo). Perwali ini menerjemahkan arah Inpres 3/2003 "
                    "menjadi aturan yang berlaku bagi semua OPD.</p>"
                ),
            },
            {
                "title": "Menunjuk koordinator",
                "text": (
                    "<p>Diskominfo Kota Baubau berperan mengoordinasikan pengembangan "
                    "aplikasi, sehingga rencana aplikasi baru dibahas lebih dulu sebelum "
                    "dibangun.</p>"
                ),
            },
            {
                "title": "Mendata aplikasi yang ada",
                "text": (
                    "<p>Aplikasi di setiap OPD didata: fungsinya, pengelolanya, dan data apa "
                    "yang dipakai. Dari sini terlihat aplikasi mana yang tumpang tindih dan "
                    "data mana yang dapat dibagi.</p>"
                ),
            },
            {
                "title": "Menghubungkan, bukan mengganti",
                "text": (
                    "<p>Prinsip Sinergo adalah menyinergikan: aplikasi yang sudah berjalan "
                    "dihubungkan dan dipakai bersama, bukan dibongkar. Aplikasi yang lahir "
                    "kemudian, seperti Sipolima untuk kehadiran ASN, sejalan dengan prinsip "
                    "ini.</p>"
                ),
            },
            {
                "title": "Menyosialisasikan kepada OPD",
                "text": (
                    "<p>Perwali disosialisasikan kepada pimpinan dan pengelola TIK di setiap "
                    "OPD, disertai penjelasan praktis: apa yang perlu dilaporkan, kepada "
                    "siapa, dan kapan rencana aplikasi baru perlu dikonsultasikan.</p>"
                ),
            },
        ],
        "results": [
            (
                "paragraph",
                "<p>Sinergo memberi Kota Baubau dasar kebijakan yang jelas untuk langkah "
                "e-government berikutnya. Ketika kemudian SPBE menjadi kerangka nasional "
                "melalui Perpres 95/2018, Baubau sudah memiliki kebiasaan koordinasi "
                "antar-OPD. Pengalaman itu juga terlihat dalam penyusunan Masterplan Smart City "
                "2021 yang melibatkan seluruh OPD.</p>",
            ),
            (
                "figure",
                {
                    "indicator": "Contoh indikator: aplikasi OPD yang terdaftar di Diskominfo",
                    "before": "-",
                    "after": "100",
                    "unit": "%",
                    "note": "Target ilustratif, bukan capaian yang dilaporkan.",
                },
            ),
        ],
        "lessons_learned": (
            "<p>Aturan daerah yang sederhana dapat menjadi titik awal integrasi yang "
            "panjang.</p>"
            "<ul>"
            "<li>Payung hukum di tingkat kota membuat koordinasi tidak bergantung pada "
            "kemauan perorangan.</li>"
            "<li>Inventarisasi aplikasi adalah langkah pertama yang murah tetapi "
            "bermanfaat.</li>"
            "<li>Sinergi lebih mudah diterima OPD daripada penggantian aplikasi.</li>"
            "<li>Kebijakan lama tetap relevan bila diterjemahkan ke dalam kerangka baru, "
            "misalnya SPBE sesuai Perpres 95/2018.</li>"
            "</ul>"
        ),
        "timeline": [
            {
                "date": "2003-06-09",
                "title": "Inpres 3/2003",
                "description": "Kebijakan dan strategi nasional e-government "
                "(tanggal ilustratif; rujuk naskah resmi).",
            },
            {
                "date": "2016-12-30",
                "title": "Perwali Baubau 57/2016 ditetapkan",
                "description": "Sinergo menjadi payung e-government kota (tanggal ilustratif).",
            },
            {
                "date": "2017-03-01",
                "title": "Inventarisasi aplikasi OPD",
                "description": "Pendataan aplikasi dan pengelolanya (tanggal ilustratif).",
            },
        ],
        "contacts": [
            {
                "name": "La Ode Muhammad Iqbal",
                "role": "Kepala Bidang Aplikasi Informatika",
                "agency": "kota-baubau:Diskominfo",
                "email": "iqbal.aptika@example.id",
                "phone": "0812-0000-5234",
            },
        ],
        "related_courses": ["spbe-untuk-seluruh-opd"],
    },
    {
        "slug": "sipolima-absensi-asn-baubau",
        "title": "Sipolima: mencatat kehadiran ASN Kota Baubau untuk dikaitkan dengan kinerja",
        "region": "kota-baubau",
        "date": "2021-10-15",
        "summary": (
            "Kota Baubau menjalankan Sipolima, aplikasi yang mencatat kehadiran ASN secara "
            "elektronik agar data kehadiran dapat dikaitkan dengan penilaian kinerja. Aplikasi "
            "ini sejalan dengan semangat Sinergo dan menggantikan rekap manual yang lambat "
            "dan sulit diverifikasi."
        ),
        "topics": ["manajemen-kinerja-asn", "e-government"],
        "regulations": [],
        "tags": ["kehadiran", "kinerja ASN", "aplikasi", "kepegawaian"],
        "problem": (
            "<p>Kehadiran ASN sebelumnya direkap secara manual di setiap OPD, lalu dikirim ke "
            "bagian kepegawaian. Rekap seperti ini lambat, mudah salah, dan sulit "
            "diverifikasi. Akibatnya data kehadiran jarang dipakai dalam menilai kinerja, "
            "padahal kehadiran adalah salah satu dasar disiplin dan tunjangan.</p>"
            "<p>Pimpinan OPD juga tidak memiliki gambaran harian tentang kehadiran "
            "pegawainya, sehingga pembinaan baru dilakukan setelah masalah menumpuk. Di sisi "
            "lain, pegawai yang disiplin tidak melihat perbedaan perlakuan dibandingkan "
            "rekan yang sering terlambat, karena datanya tidak pernah benar-benar "
            "diolah.</p>"
        ),
        "approach": [
            {
                "title": "Merumuskan kebutuhan bersama BKPSDM",
                "text": (
                    "<p>BKPSDM Kota Baubau merumuskan aturan kehadiran yang akan dicatat: "
                    "jam masuk dan pulang, izin, sakit, cuti dan tugas luar.</p>"
                ),
            },
            {
                "title": "Membangun sejalan dengan Sinergo",
                "text": (
                    "<p>Sipolima dikembangkan bersama Diskominfo dengan semangat sinergi "
                    "e-government (Sinergo): data pegawai diambil dari sumber yang sama dan "
                    "tidak diinput ulang.</p>"
                ),
            },
            {
                "title": "Uji coba di beberapa OPD",
                "text": (
                    "<p>Aplikasi diuji lebih dulu di sejumlah OPD untuk menemukan kendala "
                    "jaringan, perangkat dan kebiasaan kerja sebelum diperluas.</p>"
                ),
            },
            {
                "title": "Mengaitkan kehadiran dengan kinerja",
                "text": (
                    "<p>Rekap kehadiran dari Sipolima menjadi salah satu masukan dalam "
                    "penilaian kinerja pegawai, sehingga kehadiran tidak lagi dicatat hanya "
                    "untuk arsip.</p>"
                ),
            },
            {
                "title": "Memberi akses kepada pimpinan",
                "text": (
                    "<p>Kepala OPD dapat melihat rekap kehadiran unitnya, sehingga pembinaan "
                    "bisa dilakukan lebih awal.</p>"
                ),
            },
            {
                "title": "Menyediakan layanan bantuan",
                "text": (
                    "<p>Kendala seperti perangkat bermasalah, lupa mencatat kehadiran, atau "
                    "tugas luar yang belum diinput ditangani melalui prosedur koreksi yang "
                    "jelas dan disetujui atasan langsung, sehingga data tetap dapat "
                    "dipercaya.</p>"
                ),
            },
        ],
        "results": [
            (
                "figure",
                {
                    "indicator": "Contoh indikator: waktu penyusunan rekap kehadiran bulanan",
                    "before": "beberapa hari",
                    "after": "otomatis",
                    "unit": "",
                    "note": "Gambaran ilustratif; tidak ada angka resmi yang dilaporkan.",
                },
            ),
            (
                "paragraph",
                "<p>Dengan Sipolima, data kehadiran tersedia dalam satu sistem dan dapat "
                "dipakai untuk menilai kinerja. Target yang dapat dipantau berikutnya: seluruh "
                "OPD memakai Sipolima dan seluruh rekap kehadiran bulanan dihasilkan dari "
                "aplikasi tanpa rekap manual.</p>"
                "<p>Pengalaman Sipolima juga relevan bagi daerah lain yang ingin mengaitkan "
                "kehadiran dengan kinerja: yang menentukan bukan kecanggihan aplikasi, "
                "melainkan kesepakatan aturan, sumber data pegawai yang tunggal, dan "
                "konsistensi pimpinan dalam memakai datanya.</p>",
            ),
        ],
        "lessons_learned": (
            "<p>Aplikasi kehadiran bermanfaat bila datanya benar-benar dipakai.</p>"
            "<ul>"
            "<li>Sepakati aturan kehadiran sebelum membangun aplikasi.</li>"
            "<li>Ambil data pegawai dari sumber tunggal agar tidak ada input ganda.</li>"
            "<li>Uji coba terbatas membantu menemukan kendala jaringan dan perangkat.</li>"
            "<li>Kaitkan kehadiran dengan kinerja agar pegawai dan pimpinan merasakan "
            "manfaatnya.</li>"
            "</ul>"
        ),
        "timeline": [
            {
                "date": "2021-01-11",
                "title": "Perumusan aturan kehadiran",
                "description": "BKPSDM dan Diskominfo menyusun kebutuhan (tanggal ilustratif).",
            },
            {
                "date": "2021-05-03",
                "title": "Uji coba di beberapa OPD",
                "description": "Penyesuaian jaringan dan perangkat (tanggal ilustratif).",
            },
            {
                "date": "2021-10-15",
                "title": "Pemakaian di lingkungan Pemkot Baubau",
                "description": "Rekap kehadiran dipakai dalam penilaian kinerja "
                "(tanggal ilustratif).",
            },
        ],
        "contacts": [
            {
                "name": "Wa Ode Sarina",
                "role": "Analis Kepegawaian",
                "agency": "kota-baubau:BKPSDM",
                "email": "sarina.bkpsdm@example.id",
                "phone": "0812-0000-6234",
            },
            {
                "name": "Muh. Rizal Effendi",
                "role": "Pengembang Aplikasi",
                "agency": "kota-baubau:Diskominfo",
                "email": "rizal.effendi@example.id",
                "phone": "0812-0000-6235",
            },
        ],
        "related_courses": ["spbe-untuk-seluruh-opd"],
    },
]

ARTICLES = [
    {
        "slug": "tujuh-langkah-studi-banding-yang-berbuah-hasil",
        "title": "Tujuh langkah studi banding yang berbuah hasil",
        "date": "2022-12-12",
        "summary": (
            "Studi banding sering berakhir sebagai laporan perjalanan. Dari pengalaman Kota "
            "Baubau, Kabupaten Konawe Utara, Sulawesi Selatan dan Maluku Utara, berikut tujuh "
            "langkah agar kunjungan antardaerah menghasilkan perubahan yang dapat diukur: "
            "dari merumuskan masalah sampai memantau tindak lanjut."
        ),
        "region": None,
        "topics": ["e-government"],
        "tags": ["studi banding", "kunjungan kerja", "tindak lanjut", "pembelajaran antardaerah"],
        "body": [
            (
                "paragraph",
                "<p>Setiap tahun banyak pemerintah daerah melakukan studi banding. Sebagian "
                "membawa pulang perubahan nyata, sebagian hanya membawa pulang dokumentasi. "
                "Perbedaannya jarang terletak pada daerah tujuan, melainkan pada persiapan "
                "dan tindak lanjutnya.</p>",
            ),
            ("heading", {"text": "Belajar dari kisah nyata", "level": "h2"}),
            (
                "paragraph",
                "<p>Kabupaten Konawe Utara bersurat kepada Kota Baubau untuk meminta "
                "fasilitasi peningkatan kapasitas SIPD, lalu datang dengan delegasi yang "
                "dipimpin Sekda-nya pada 24 September 2021. Topiknya jelas, tuan rumahnya "
                "tepat: Baubau sendiri baru saja berhasil menjalankan SIPD setelah didampingi "
                "Kabupaten Tuban. Sementara itu Wakil Gubernur Maluku Utara berkunjung ke "
                "Sulawesi Selatan karena di provinsinya baru lima OPD yang menjalankan SPBE, "
                "dan tindak lanjutnya langsung dirumuskan untuk tingkat OPD.</p>",
            ),
            (
                "steps",
                {
                    "title": "Tujuh langkah",
                    "steps": [
                        {
                            "title": "Rumuskan masalah, bukan tujuan wisata",
                            "text": "<p>Tuliskan satu atau dua persoalan yang ingin "
                            'dipecahkan, misalnya "OPD belum bisa input Renja di SIPD".</p>',
                        },
                        {
                            "title": "Cari daerah yang sudah membuktikan hasil",
                            "text": "<p>Pilih tuan rumah yang pernah menghadapi masalah yang "
                            "sama dan berhasil mengatasinya, bukan sekadar yang terkenal.</p>",
                        },
                        {
                            "title": "Kirim surat permohonan yang spesifik",
                            "text": "<p>Sebutkan topik, pertanyaan, jumlah dan jabatan "
                            "anggota delegasi, serta usulan tanggal.</p>",
                        },
                        {
                            "title": "Bawa orang yang akan mengerjakan",
                            "text": "<p>Pimpinan membuka pintu, tetapi operator dan kepala "
                            "subbagian perencanaanlah yang akan menerapkan.</p>",
                        },
                        {
                            "title": "Minta peragaan, bukan hanya paparan",
                            "text": "<p>Mintalah tuan rumah menunjukkan langsung sistemnya "
                            "dan dokumen kerja yang mereka pakai.</p>",
                        },
                        {
                            "title": "Tetapkan tindak lanjut dengan pemilik dan tenggat",
                            "text": "<p>Setiap temuan menjadi tindakan dengan penanggung "
                            "jawab dan tanggal selesai.</p>",
                        },
                        {
                            "title": "Pantau dan bagikan kembali",
                            "text": "<p>Ukur kemajuan, dan bila berhasil, bersedialah menjadi "
                            "tuan rumah bagi daerah berikutnya.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "style": "tip",
                    "title": "Tidak selalu harus berangkat",
                    "text": "<p>Bila jaraknya jauh, pertimbangkan pendampingan lewat Zoom "
                    "seperti Tuban kepada Baubau, atau undang narasumber ke daerah Anda "
                    "seperti yang direncanakan Maluku Utara. Lebih banyak pegawai dapat "
                    "ikut belajar dengan biaya yang sama.</p>",
                },
            ),
            ("heading", {"text": "Ukur hasilnya", "level": "h2"}),
            (
                "paragraph",
                "<p>Contoh indikator yang sederhana: jumlah tindak lanjut yang selesai tepat "
                "waktu, jumlah pegawai yang menerapkan hasil kunjungan, dan perubahan pada "
                "layanan yang menjadi sasaran. Target yang wajar adalah seluruh tindak lanjut "
                "memiliki pemilik dalam satu minggu setelah kunjungan.</p>",
            ),
            (
                "callout",
                {
                    "style": "warning",
                    "title": "Hindari laporan tanpa tindakan",
                    "text": "<p>Laporan perjalanan yang hanya berisi agenda dan foto tidak "
                    "membantu siapa pun. Lampirkan daftar tindak lanjut dan siapa "
                    "pemiliknya.</p>",
                },
            ),
            (
                "quote",
                {
                    "text": "Kami tidak mencari daerah yang paling terkenal, tetapi daerah yang "
                    "pernah bingung seperti kami lalu berhasil keluar dari kebingungan itu.",
                    "attribution": "Fasilitator Bappeda Kota Baubau (tokoh fiktif)",
                    "source": "Catatan pembelajaran demo Lintas",
                },
            ),
        ],
        "source_name": ("Ringkasan pemberitaan media daerah dan laporan Bappeda Kota Baubau"),
        "source_url": "",
        "source_date": "2022-12-12",
    },
    {
        "slug": "peta-jalan-spbe-dari-5-opd-ke-seluruh-opd",
        "title": "Peta jalan SPBE: dari 5 OPD ke seluruh OPD",
        "date": "2022-12-20",
        "summary": (
            "Di Provinsi Maluku Utara, SPBE baru berjalan di lima OPD: pengelola keuangan, "
            "Bappeda, pendapatan, perizinan dan Infokom. Setelah kunjungan Wakil Gubernur ke "
            "Sulawesi Selatan, artikel ini menguraikan peta jalan untuk memperluas SPBE ke "
            "seluruh OPD berdasarkan Perpres 95/2018 dan PermenPANRB 59/2020."
        ),
        "region": "prov-maluku-utara",
        "topics": ["spbe"],
        "tags": ["peta jalan", "SPBE", "perluasan", "tata kelola TIK"],
        "body": [
            (
                "paragraph",
                "<p>Lima OPD yang sudah menjalankan SPBE adalah modal yang berharga. Mereka "
                "membuktikan bahwa aplikasi, data dan proses kerja elektronik bisa berjalan "
                "di Maluku Utara. Tantangannya kini adalah memperluas praktik itu ke OPD lain "
                "tanpa memulai dari nol.</p>",
            ),
            ("heading", {"text": "Titik awal: lima OPD", "level": "h2"}),
            (
                "paragraph",
                "<p>OPD pengelola keuangan (BPKAD), Bappeda, Bapenda, DPMPTSP dan Diskominfo "
                "sudah memiliki layanan elektronik. Masing-masing dapat menjadi contoh internal "
                "bagi OPD yang memiliki jenis layanan serupa.</p>",
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Kerangka nasional",
                    "text": "<p>Perpres 95/2018 mengatur tata kelola, manajemen, layanan dan "
                    "infrastruktur SPBE. PermenPANRB 59/2020 mengatur pemantauan dan "
                    "evaluasinya. Gunakan indikator evaluasi sebagai daftar periksa "
                    "perluasan.</p>",
                },
            ),
            ("heading", {"text": "Empat tahap perluasan", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Peta jalan yang disarankan",
                    "steps": [
                        {
                            "title": "Petakan kondisi setiap OPD",
                            "text": "<p>Catat layanan, aplikasi, data dan kesiapan SDM di "
                            "setiap OPD memakai indikator evaluasi SPBE.</p>",
                        },
                        {
                            "title": "Pasangkan OPD dengan mitra belajar",
                            "text": "<p>Setiap OPD dipasangkan dengan salah satu dari lima "
                            "OPD perintis, atau dengan OPD sejenis di Sulawesi Selatan.</p>",
                        },
                        {
                            "title": "Studi banding OPD atau undang narasumber",
                            "text": "<p>Sesuai tindak lanjut kunjungan Wakil Gubernur, OPD "
                            "melakukan studi banding sendiri ke Sulsel, atau Sulsel diundang "
                            "memaparkan praktiknya di Maluku Utara.</p>",
                        },
                        {
                            "title": "Pantau dengan indikator yang sama",
                            "text": "<p>Kemajuan setiap OPD dilaporkan secara berkala memakai "
                            "indikator yang sama agar dapat dibandingkan.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "style": "tip",
                    "title": "Contoh target",
                    "text": "<p>Contoh target ilustratif: setiap OPD memiliki satu layanan "
                    "elektronik yang berjalan pada akhir tahun pertama, dan seluruh OPD "
                    "terhubung ke aplikasi bersama pada tahun berikutnya. Sesuaikan dengan "
                    "kondisi dan anggaran daerah.</p>",
                },
            ),
            ("heading", {"text": "Kesalahan yang perlu dihindari", "level": "h2"}),
            (
                "paragraph",
                "<p>Perluasan SPBE sering tersendat karena tiga hal. Pertama, setiap OPD "
                "membangun aplikasinya sendiri tanpa koordinasi, sehingga data tidak bisa "
                "dibagi. Kedua, pelatihan hanya diikuti pejabat struktural, sementara operator "
                "yang menjalankan layanan tidak dilibatkan. Ketiga, studi banding tidak diikuti "
                "daftar tindak lanjut yang jelas pemiliknya. Peta jalan di atas dirancang untuk "
                "mencegah ketiganya: OPD belajar dari mitra, operator ikut serta, dan kemajuan "
                "dipantau dengan indikator yang sama.</p>",
            ),
            ("heading", {"text": "Peran pimpinan", "level": "h2"}),
            (
                "paragraph",
                "<p>Kunjungan Wakil Gubernur menunjukkan dukungan pimpinan. Agar dukungan itu "
                "berlanjut, tetapkan penanggung jawab SPBE di setiap OPD dan jadwalkan "
                "pelaporan kemajuan dalam rapat pimpinan. Bappeda dapat memastikan kegiatan "
                "perluasan masuk dalam rencana kerja dan anggaran OPD, sedangkan Diskominfo "
                "menjaga agar aplikasi baru terhubung dengan aplikasi yang sudah ada.</p>",
            ),
            (
                "quote",
                {
                    "text": "Pemprov Malut ingin SPBE tidak hanya berjalan di lima OPD, tetapi "
                    "di seluruh OPD, dan Sulawesi Selatan menjadi tempat belajar.",
                    "attribution": "Wakil Gubernur Maluku Utara",
                    "source": "Parafrase, disampaikan dalam pemberitaan media daerah",
                },
            ),
        ],
        "source_name": "Perpres 95/2018 dan PermenPANRB 59/2020; ringkasan pemberitaan media",
        "source_url": "https://peraturan.bpk.go.id",
        "source_date": "2022-12-05",
    },
    {
        "slug": "mendampingi-daerah-lain-dari-jarak-jauh",
        "title": "Mendampingi daerah lain dari jarak jauh",
        "date": "2021-10-04",
        "summary": (
            "Kabupaten Tuban mendampingi Kota Baubau menjalankan SIPD melalui Zoom. Artikel "
            "ini merangkum cara menyiapkan, menjalankan dan mendokumentasikan pendampingan "
            "jarak jauh antardaerah, agar daerah yang didampingi kelak mampu mendampingi "
            "daerah berikutnya."
        ),
        "region": "kab-tuban",
        "topics": ["sipd"],
        "tags": ["pendampingan", "jarak jauh", "Zoom", "kerja sama antardaerah"],
        "body": [
            (
                "paragraph",
                "<p>Jarak Tuban ke Baubau lebih dari seribu kilometer. Meski begitu, "
                "pendampingan SIPD di antara keduanya berjalan tanpa perjalanan dinas. "
                "Kuncinya bukan pada aplikasi rapat daring, melainkan pada cara sesi "
                "dirancang.</p>"
                "<p>Tulisan ini ditujukan bagi Bappeda, BPKAD dan Diskominfo yang diminta "
                "mendampingi daerah lain, maupun bagi daerah yang sedang mencari pendamping. "
                "Langkah-langkahnya berlaku untuk SIPD, tetapi juga dapat dipakai untuk topik "
                "lain seperti SPBE atau penyusunan masterplan.</p>",
            ),
            ("heading", {"text": "Mengapa jarak jauh", "level": "h2"}),
            (
                "paragraph",
                "<p>Persoalan SIPD muncul setiap hari dan tidak bisa menunggu jadwal "
                "kunjungan. Pendampingan daring memungkinkan pertanyaan dijawab dalam hitungan "
                "hari, oleh orang yang mengerjakan hal yang sama di daerahnya, dan bisa "
                "diikuti banyak pegawai sekaligus.</p>",
            ),
            ("heading", {"text": "Menyepakati kerja sama", "level": "h2"}),
            (
                "paragraph",
                "<p>Hubungan Tuban dan Baubau berawal dari grup WhatsApp para sekretaris "
                "daerah. Kontak informal seperti itu cukup untuk memulai, tetapi sebaiknya "
                "segera diikuti kesepakatan sederhana: siapa narahubung di kedua pihak, "
                "topik apa yang dibahas, seberapa sering sesi diadakan, dan kapan "
                "pendampingan dianggap selesai. Kesepakatan tertulis, walau hanya berupa "
                "surat atau notulen, membantu kedua daerah mempertanggungjawabkan waktu "
                "pegawainya.</p>",
            ),
            (
                "steps",
                {
                    "title": "Menjalankan satu sesi pendampingan",
                    "steps": [
                        {
                            "title": "Kumpulkan pertanyaan sebelumnya",
                            "text": "<p>Daerah yang didampingi mengirim daftar kasus nyata "
                            "paling lambat sehari sebelum sesi.</p>",
                        },
                        {
                            "title": "Siapkan contoh dari sistem sendiri",
                            "text": "<p>Pendamping menyiapkan layar SIPD yang relevan, bukan "
                            "slide.</p>",
                        },
                        {
                            "title": "Peragakan lalu minta peserta mencoba",
                            "text": "<p>Setelah diperagakan, peserta mencoba pada data mereka "
                            "sementara pendamping memperhatikan.</p>",
                        },
                        {
                            "title": "Tutup dengan catatan",
                            "text": "<p>Jawaban dan langkah dicatat oleh daerah yang didampingi "
                            "dan dibagikan ke semua peserta.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "style": "tip",
                    "title": "Hadirkan pelaksana, bukan hanya pimpinan",
                    "text": "<p>Sesi paling produktif ketika operator dan kepala subbagian "
                    "perencanaan OPD yang sedang menghadapi kendala ikut hadir.</p>",
                },
            ),
            (
                "callout",
                {
                    "style": "warning",
                    "title": "Jaga keamanan akun",
                    "text": "<p>Jangan pernah meminta atau membagikan kata sandi SIPD selama "
                    "sesi. Peragaan cukup melalui berbagi layar.</p>",
                },
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Contoh indikator pendampingan",
                    "text": "<p>Jumlah kasus yang terselesaikan per sesi, lama waktu sejak "
                    "pertanyaan diajukan sampai terjawab, dan jumlah pegawai yang mampu "
                    "menjalankan langkah tersebut sendiri. Angka-angka ini adalah contoh "
                    "untuk dipantau, bukan capaian yang dilaporkan.</p>",
                },
            ),
            ("heading", {"text": "Dari didampingi menjadi pendamping", "level": "h2"}),
            (
                "paragraph",
                "<p>Catatan yang dikumpulkan Baubau selama didampingi Tuban menjadi bahan "
                "paparan ketika Baubau menerima delegasi Kabupaten Konawe Utara pada 24 "
                "September 2021. Itulah ukuran keberhasilan pendampingan: pengetahuan "
                "berpindah dan terus bergerak ke daerah berikutnya.</p>",
            ),
            (
                "quote",
                {
                    "text": "Kami tidak mengajarkan teori. Kami membuka SIPD kami sendiri dan "
                    "menunjukkan bagaimana kami dulu keluar dari masalah yang sama.",
                    "attribution": "Rina Wahyuningsih, fasilitator Bappeda Kabupaten Tuban "
                    "(tokoh fiktif)",
                    "source": "Catatan pembelajaran demo Lintas",
                },
            ),
        ],
        "source_name": ("Ringkasan pemberitaan media daerah dan laporan Bappeda Kota Baubau"),
        "source_url": "",
        "source_date": "2021-10-04",
    },
]
