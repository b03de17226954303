"""
Demo courses: three courses written as a Bappeda facilitator would write them, built on the
real stories in DESIGN.md (SIPD in Kota Baubau, SPBE in Sulawesi Selatan and Maluku Utara,
the Baubau Smart City master plan). Officials are named by position only; quotes come from a
fictional facilitator voice; figures not in DESIGN.md are framed as examples.

DOCUMENTS are practical templates; the loader turns each `content` into a downloadable file.
Lesson bodies are lists of (block type, value) pairs for `lms.blocks.BaseStreamBlock`.
"""

DOCUMENTS = [
    {
        "key": "daftar-periksa-kesiapan-sipd-opd",
        "title": "Daftar periksa kesiapan SIPD per OPD",
        "filename": "daftar-periksa-kesiapan-sipd-opd.csv",
        "content": (
            "no,aspek,butir_periksa,penanggung_jawab,status_sudah_sebagian_belum,catatan\n"
            "1,Organisasi,SK Tim SIPD OPD sudah ditandatangani kepala OPD,Sekretaris OPD,,\n"
            "2,Organisasi,Minimal dua operator perencanaan dan dua operator keuangan ditunjuk,"
            "Sekretaris OPD,,\n"
            "3,Akun,Setiap pengguna memiliki akun sendiri sesuai perannya,Admin OPD,,\n"
            "4,Akun,Tidak ada kata sandi yang dipakai bersama atau dititipkan,Admin OPD,,\n"
            "5,Akun,Akun pegawai yang mutasi atau pensiun sudah dinonaktifkan,Admin OPD,,\n"
            "6,Data,\"Renstra OPD lengkap dengan tujuan, sasaran, indikator dan target tahunan\","
            "Kasubbag Perencanaan,,\n"
            "7,Data,Program kegiatan dan sub kegiatan memakai nomenklatur Permendagri 90/2019 "
            "beserta pemutakhirannya,Kasubbag Perencanaan,,\n"
            "8,Data,Data pejabat pengelola keuangan (PA/KPA/PPK-SKPD/bendahara/PPTK) mutakhir,"
            "Kasubbag Keuangan,,\n"
            "9,Data,Kebutuhan standar harga yang belum tersedia sudah diusulkan ke tim standar "
            "harga,Kasubbag Keuangan,,\n"
            "10,Perangkat,Komputer dan koneksi internet operator memadai,Sekretaris OPD,,\n"
            "11,Perangkat,Tersedia koneksi cadangan untuk hari-hari input yang padat,"
            "Sekretaris OPD,,\n"
            "12,Kapasitas,Semua operator sudah mengikuti bimtek SIPD,Kasubbag Perencanaan,,\n"
            "13,Kapasitas,Operator tahu jalur help desk dan format pelaporan masalah,"
            "Admin OPD,,\n"
            "14,Jadwal,OPD memegang jadwal tahapan terbaru dari Bappeda dan BPKAD,"
            "Kasubbag Perencanaan,,\n"
            "15,Dokumentasi,Panduan singkat dan daftar masalah yang sering muncul tersedia di OPD,"
            "Admin OPD,,\n"
        ),
    },
    {
        "key": "jadwal-siklus-perencanaan-penganggaran",
        "title": "Contoh jadwal siklus perencanaan dan penganggaran (RKPD sampai SP2D)",
        "filename": "contoh-jadwal-siklus-perencanaan-penganggaran.csv",
        "content": (
            "urutan,tahapan,dokumen_keluaran,perkiraan_waktu,pelaksana_utama,bagian_sipd,"
            "catatan\n"
            "1,Penyusunan rancangan awal RKPD,Rancangan awal RKPD,Januari,Bappeda,Perencanaan,"
            "Mengacu RPJMD dan evaluasi RKPD tahun lalu\n"
            "2,Penyusunan rancangan Renja OPD,Rancangan Renja,Januari-Februari,OPD,Perencanaan,"
            "Mengacu Renstra OPD dan pagu indikatif\n"
            "3,Musrenbang kelurahan/desa dan kecamatan,Usulan musrenbang,Januari-Februari,"
            "Kelurahan/desa dan kecamatan,Perencanaan,Usulan diberi status oleh OPD\n"
            "4,Forum perangkat daerah,Rancangan Renja hasil forum,Februari-Maret,OPD dan Bappeda,"
            "Perencanaan,Kesepakatan dicatat di berita acara\n"
            "5,Musrenbang kabupaten/kota,Rancangan akhir RKPD,Maret-April,Bappeda,Perencanaan,"
            "Termasuk pokok-pokok pikiran DPRD\n"
            "6,Penetapan RKPD dengan Perkada,RKPD,Mei-Juni,Bappeda,Perencanaan,"
            "Cek tenggat pada regulasi tahun berkenaan\n"
            "7,Penyusunan KUA-PPAS,Rancangan KUA-PPAS,Juni-Juli,TAPD,Penganggaran,"
            "Plafon per OPD bersumber dari RKPD\n"
            "8,Pembahasan dan kesepakatan KUA-PPAS,Nota kesepakatan KUA-PPAS,Juli-Agustus,"
            "TAPD dan DPRD,Penganggaran,Plafon hasil kesepakatan menjadi batas RKA\n"
            "9,Penyusunan RKA-SKPD,RKA-SKPD,Agustus-September,OPD,Penganggaran,"
            "Rincian belanja memakai standar harga yang berlaku\n"
            "10,Verifikasi RKA-SKPD,RKA-SKPD terverifikasi,September,TAPD,Penganggaran,"
            "Catatan verifikasi ditindaklanjuti OPD\n"
            "11,Pembahasan rancangan Perda APBD,Raperda APBD,September-November,TAPD dan DPRD,"
            "Penganggaran,Persetujuan bersama paling lambat 1 bulan sebelum tahun anggaran\n"
            "12,Evaluasi dan penetapan Perda APBD dan Perkada penjabaran,Perda dan Perkada APBD,"
            "Desember,TAPD,Penganggaran,Evaluasi raperda kabupaten/kota oleh gubernur\n"
            "13,Penyusunan dan pengesahan DPA-SKPD,DPA-SKPD dan anggaran kas,Desember-Januari,"
            "OPD dan PPKD,Penatausahaan,Anggaran kas disusun sesuai bulan kebutuhan\n"
            "14,Penerbitan SPD,SPD,Awal tahun dan berkala,PPKD selaku BUD,Penatausahaan,"
            "SPD menjadi batas pengajuan SPP\n"
            "15,Pengajuan pembayaran,SPP - SPM - SP2D,Sepanjang tahun,"
            "Bendahara/PPK-SKPD/PA/Kuasa BUD,Penatausahaan,"
            "Lihat daftar periksa penatausahaan\n"
            "16,Catatan,Contoh jadwal,-,-,-,Sesuaikan dengan Permendagri pedoman penyusunan "
            "APBD tahun berkenaan\n"
        ),
    },
    {
        "key": "matriks-peran-akun-sipd",
        "title": "Matriks peran dan akun pengguna SIPD",
        "filename": "matriks-peran-akun-sipd.csv",
        "content": (
            "peran,unit,tugas_utama,jumlah_akun_disarankan,akun_dibuat_oleh,catatan\n"
            "Admin daerah perencanaan,Bappeda,Mengatur jadwal tahapan perencanaan dan "
            "memverifikasi Renja,2,Admin pusat/daerah sesuai ketentuan,Satu utama satu cadangan\n"
            "Admin daerah keuangan,BPKAD,Mengatur jadwal penganggaran dan data master keuangan,2,"
            "Admin pusat/daerah sesuai ketentuan,Satu utama satu cadangan\n"
            "Verifikator TAPD,Bappeda/BPKAD,Memverifikasi RKA-SKPD,Sesuai jumlah anggota tim,"
            "Admin daerah,Bagi habis OPD per verifikator\n"
            "Operator perencanaan OPD,Setiap OPD,Menyusun Renstra dan Renja,2,Admin daerah,"
            "Biasanya kasubbag perencanaan dan satu staf\n"
            "Operator penganggaran OPD,Setiap OPD,Menyusun RKA-SKPD dan DPA-SKPD,2,Admin daerah,"
            "Berkoordinasi dengan PPTK\n"
            "Pengguna anggaran,Setiap OPD,Menyetujui dokumen dan menerbitkan SPM,1,Admin daerah,"
            "Perbarui saat pergantian pejabat\n"
            "PPK-SKPD,Setiap OPD,Memverifikasi SPP,1,Admin daerah,Perbarui saat mutasi\n"
            "Bendahara pengeluaran,Setiap OPD,Menyusun SPP dan menatausahakan kas,1 per bendahara,"
            "Admin daerah,Termasuk bendahara pengeluaran pembantu bila ada\n"
            "PPTK,Setiap OPD,Menyiapkan dokumen pembayaran kegiatan,1 per PPTK,Admin daerah,"
            "Sesuai SK penunjukan PPTK\n"
            "Kuasa BUD,BPKAD,Menerbitkan SP2D,Sesuai kebutuhan,Admin daerah,"
            "Perbarui saat pergantian pejabat\n"
            "Help desk,Bappeda/BPKAD/Diskominfo,Menjawab dan mencatat masalah pengguna,"
            "Sesuai kebutuhan,Admin daerah,Nama peran di aplikasi dapat berbeda antarversi SIPD\n"
        ),
    },
    {
        "key": "format-log-help-desk-sipd",
        "title": "Format log help desk SIPD",
        "filename": "format-log-help-desk-sipd.csv",
        "content": (
            "no_tiket,tanggal,opd,pelapor,bagian_sipd,tahapan,uraian_masalah,"
            "ada_tangkapan_layar,kategori_pengguna_data_sistem,penanganan,dieskalasi_ke,status,"
            "tanggal_selesai\n"
            "CONTOH-001,,Dinas Kesehatan,Operator perencanaan,Perencanaan,Renja,"
            "Sub kegiatan tidak muncul saat menyusun Renja,ya,data,"
            "Program belum ditautkan di Renstra; dibantu menautkan,-,selesai,\n"
            "CONTOH-002,,Dinas PUPR,Operator penganggaran,Penganggaran,RKA-SKPD,"
            "Komponen standar harga untuk material tertentu belum tersedia,ya,data,"
            "Usulan standar harga diteruskan ke tim standar harga BPKAD,BPKAD,proses,\n"
            "CONTOH-003,,Kecamatan,Bendahara pengeluaran,Penatausahaan,SPP,"
            "Pesan galat saat menyimpan SPP meskipun data lengkap,ya,sistem,"
            "Dicoba ulang dan direkam langkahnya; dilaporkan lewat jalur resmi,Kemendagri,"
            "proses,\n"
        ),
    },
    {
        "key": "daftar-periksa-penatausahaan",
        "title": "Daftar periksa penatausahaan: DPA, SPD, SPP, SPM dan SP2D",
        "filename": "daftar-periksa-penatausahaan-sipd.csv",
        "content": (
            "tahap,butir_periksa,diperiksa_oleh,ya_tidak,catatan\n"
            "DPA,DPA-SKPD sudah disahkan PPKD,PPK-SKPD,,\n"
            "DPA,Anggaran kas disusun per bulan sesuai rencana kegiatan,PPK-SKPD,,\n"
            "SPD,SPD untuk periode berjalan sudah terbit dan sisanya cukup,"
            "Bendahara pengeluaran,,\n"
            "SPP,Jenis SPP tepat (UP/GU/TU/LS),Bendahara pengeluaran,,\n"
            "SPP,Kode rekening dan sub kegiatan sesuai DPA,PPTK,,\n"
            "SPP,Dokumen pendukung lengkap (kontrak/BAST/kuitansi/faktur pajak),PPTK,,\n"
            "SPP,Nama dan nomor rekening penerima sesuai dokumen resmi,Bendahara pengeluaran,,\n"
            "SPP,Potongan pajak dihitung dan dicantumkan,Bendahara pengeluaran,,\n"
            "Verifikasi,SPP diverifikasi dan dicatat hasilnya,PPK-SKPD,,\n"
            "SPM,SPM diterbitkan oleh PA/KPA yang akunnya masih aktif,PA/KPA,,\n"
            "SP2D,SPM diterima dan diuji oleh Kuasa BUD,Kuasa BUD,,\n"
            "SP2D,SP2D terbit dan dana masuk ke rekening penerima,Kuasa BUD,,\n"
            "Arsip,Dokumen cetak ditandatangani dan diarsipkan,Bendahara pengeluaran,,\n"
        ),
    },
    {
        "key": "ringkasan-regulasi-sipd",
        "title": "Ringkasan regulasi SIPD dan regulasi pendamping",
        "filename": "ringkasan-regulasi-sipd.txt",
        "content": (
            "RINGKASAN REGULASI SIPD DAN REGULASI PENDAMPING\n"
            "Bahan ajar - ambil naskah resmi dari jdih.kemendagri.go.id atau "
            "peraturan.bpk.go.id\n"
            "\n"
            "1. UU 23/2014 tentang Pemerintahan Daerah\n"
            "   Dasar kewajiban pemerintah daerah menyediakan informasi pemerintahan daerah.\n"
            "\n"
            "2. PP 12/2019 tentang Pengelolaan Keuangan Daerah\n"
            "   Siklus APBD: KUA-PPAS, RKA-SKPD, APBD, DPA, penatausahaan, pertanggungjawaban.\n"
            "\n"
            "3. Permendagri 86/2017 (tata cara perencanaan, pengendalian dan evaluasi\n"
            "   pembangunan daerah)\n"
            "   Alur RPJMD, Renstra, RKPD dan Renja; musrenbang; forum perangkat daerah.\n"
            "\n"
            "4. Permendagri 70/2019 tentang Sistem Informasi Pemerintahan Daerah\n"
            "   Dasar penyelenggaraan SIPD: informasi pembangunan daerah, informasi keuangan\n"
            "   daerah dan informasi pemerintahan daerah lainnya.\n"
            "\n"
            "5. Permendagri 90/2019 tentang Klasifikasi, Kodefikasi dan Nomenklatur\n"
            "   Perencanaan Pembangunan dan Keuangan Daerah (beserta pemutakhirannya)\n"
            "   Kode program, kegiatan, sub kegiatan dan rekening yang dipakai di SIPD.\n"
            "\n"
            "6. Permendagri 77/2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah\n"
            "   Tata cara teknis DPA, SPD, SPP, SPM dan SP2D.\n"
            "\n"
            "7. Permendagri tentang Pedoman Penyusunan APBD (terbit setiap tahun)\n"
            "   Kebijakan dan jadwal penyusunan APBD untuk tahun anggaran berkenaan.\n"
            "\n"
            "CARA MEMAKAI RINGKASAN INI\n"
            "- Tandai pasal yang memberi tugas kepada OPD Anda.\n"
            "- Cek apakah ada perubahan atau keputusan menteri yang memutakhirkan lampiran.\n"
            "- Bagikan versi satu halaman kepada semua operator.\n"
        ),
    },
    {
        "key": "kerangka-catatan-studi-banding",
        "title": "Kerangka catatan studi banding dan pendampingan antardaerah",
        "filename": "kerangka-catatan-studi-banding.txt",
        "content": (
            "KERANGKA CATATAN STUDI BANDING / PENDAMPINGAN ANTARDAERAH\n"
            "\n"
            "A. IDENTITAS\n"
            "   Daerah tujuan / narasumber :\n"
            "   Bentuk (kunjungan / daring / narasumber diundang) :\n"
            "   Tanggal :\n"
            "   Anggota tim dan jabatan :\n"
            "\n"
            "B. MASALAH YANG DIBAWA (isi sebelum berangkat)\n"
            "   1. Masalah, sejak kapan, OPD yang terdampak, bukti (tangkapan layar, data)\n"
            "   2. ...\n"
            "\n"
            "C. PERTANYAAN KUNCI (kirim ke tuan rumah paling lambat 1 minggu sebelumnya)\n"
            "   1. Bagaimana Anda menyelesaikan ...?\n"
            "   2. Siapa yang memegang ... dan dengan dasar apa (SK, Perkada, surat edaran)?\n"
            "   3. Apa yang dulu gagal dan mengapa?\n"
            "\n"
            "D. TEMUAN\n"
            "   - Yang bisa langsung ditiru :\n"
            "   - Yang perlu disesuaikan dengan kondisi daerah kita :\n"
            "   - Yang tidak cocok untuk kita dan alasannya :\n"
            "\n"
            "E. DOKUMEN YANG DIPEROLEH (SK, templat, SOP, jadwal)\n"
            "\n"
            "F. RENCANA TINDAK LANJUT\n"
            "   No | Tindakan | Penanggung jawab | Tenggat | Tanda selesai\n"
            "\n"
            "G. KONTAK NARASUMBER (jabatan, unit, saluran resmi)\n"
            "\n"
            "H. SURAT TERIMA KASIH RESMI : sudah / belum dikirim\n"
        ),
    },
    {
        "key": "penilaian-mandiri-spbe-opd",
        "title": "Lembar penilaian mandiri kesiapan SPBE per OPD",
        "filename": "penilaian-mandiri-spbe-opd.csv",
        "content": (
            "domain,aspek,pertanyaan_bantu,tingkat_saat_ini_1_sampai_5,bukti_dukung,"
            "kesenjangan,tindak_lanjut\n"
            "Kebijakan Internal SPBE,Kebijakan internal tata kelola SPBE,"
            "Apakah OPD sudah memiliki atau mengacu pada kebijakan daerah tentang tata kelola "
            "SPBE?,,,,\n"
            "Tata Kelola SPBE,Perencanaan strategis SPBE,"
            "Apakah kegiatan TIK OPD tercantum di Renstra dan Renja serta selaras dengan "
            "arsitektur dan peta rencana SPBE daerah?,,,,\n"
            "Tata Kelola SPBE,Teknologi informasi dan komunikasi,"
            "Apakah aplikasi OPD memakai pusat data dan jaringan intra pemerintah daerah?,,,,\n"
            "Tata Kelola SPBE,Penyelenggara SPBE,"
            "Apakah ada petugas SPBE OPD yang ditunjuk dan aktif di tim koordinasi?,,,,\n"
            "Manajemen SPBE,Penerapan manajemen SPBE,"
            "\"Apakah risiko keamanan informasi, data dan aset TIK OPD sudah dicatat dan "
            "dikelola?\",,,,\n"
            "Manajemen SPBE,Audit TIK,"
            "Apakah aplikasi dan infrastruktur OPD pernah diaudit atau direncanakan untuk "
            "diaudit?,,,,\n"
            "Layanan SPBE,Layanan administrasi pemerintahan berbasis elektronik,"
            "\"Apakah perencanaan, penganggaran, keuangan, kepegawaian, naskah dinas dan "
            "pengadaan OPD sudah elektronik dan terintegrasi?\",,,,\n"
            "Layanan SPBE,Layanan publik berbasis elektronik,"
            "Apakah layanan utama OPD dan pengaduannya dapat diakses masyarakat secara "
            "daring?,,,,\n"
            "Panduan,Tingkat kapabilitas,"
            "1 rintisan; 2 terkelola; 3 terdefinisi; 4 terpadu dan terukur; 5 optimum,,"
            "Tulis bukti yang bisa ditunjukkan,,\n"
        ),
    },
    {
        "key": "templat-peta-rencana-spbe",
        "title": "Templat peta rencana perluasan SPBE ke seluruh OPD",
        "filename": "templat-peta-rencana-spbe.csv",
        "content": (
            "tahun,gelombang,opd_sasaran,program_atau_kegiatan,keluaran,penanggung_jawab,"
            "sumber_anggaran,indikator_keberhasilan\n"
            "Tahun 1,Gelombang 0 (perkuatan),OPD yang sudah berjalan,"
            "Dokumentasi praktik baik dan penunjukan mentor internal,"
            "Catatan praktik dan daftar mentor,Diskominfo,APBD,"
            "Setiap OPD perintis menunjuk minimal 1 mentor\n"
            "Tahun 1,Gelombang 1,OPD layanan dasar dengan volume layanan tinggi,"
            "Naskah dinas elektronik dan layanan publik utama daring,"
            "Layanan terdaftar di katalog layanan SPBE,OPD sasaran dan Diskominfo,APBD,"
            "Layanan utama bisa diakses daring\n"
            "Tahun 1,Semua,Seluruh OPD,Penilaian mandiri SPBE per OPD,"
            "Lembar penilaian dan bukti dukung,Tim Koordinasi SPBE,APBD,"
            "Semua OPD menyerahkan penilaian mandiri\n"
            "Tahun 2,Gelombang 2,OPD pendukung dan kewilayahan,"
            "Integrasi aplikasi ke pusat data dan interoperabilitas data,"
            "Aplikasi terhubung ke pusat data daerah,OPD sasaran dan Diskominfo,APBD,"
            "Tidak ada aplikasi baru di luar arsitektur SPBE\n"
            "Tahun 2,Semua,Seluruh OPD,Manajemen risiko dan keamanan informasi,"
            "Register risiko per OPD,Diskominfo,APBD,Register risiko dimutakhirkan per semester\n"
            "Tahun 3,Semua,Seluruh OPD,Audit TIK dan evaluasi mandiri lanjutan,"
            "Laporan audit dan rencana perbaikan,Tim Koordinasi SPBE,APBD,"
            "Temuan audit ditindaklanjuti\n"
        ),
    },
    {
        "key": "rencana-tindak-lanjut-kunjungan",
        "title": "Templat rencana tindak lanjut kunjungan kerja",
        "filename": "rencana-tindak-lanjut-kunjungan.csv",
        "content": (
            "no,temuan_dari_kunjungan,tindakan,opd_penanggung_jawab,jabatan_penanggung_jawab,"
            "tenggat,tanda_selesai,status\n"
            "1,Contoh: daerah tuan rumah memiliki SK tim koordinasi SPBE yang melibatkan semua "
            "OPD,Menyusun rancangan SK tim koordinasi SPBE,Diskominfo,Kepala bidang e-government,"
            ",SK ditandatangani,\n"
            "2,Contoh: setiap OPD tuan rumah punya petugas SPBE,"
            "Meminta setiap OPD menunjuk petugas SPBE,Setda,Asisten administrasi umum,,"
            "Daftar petugas lengkap,\n"
            "3,Contoh: tuan rumah bersedia menjadi narasumber,"
            "Mengirim surat permohonan narasumber,Diskominfo,Sekretaris dinas,,"
            "Jadwal sesi disepakati,\n"
        ),
    },
    {
        "key": "penilaian-kesiapan-smart-city",
        "title": "Penilaian mandiri kesiapan smart city daerah",
        "filename": "penilaian-mandiri-kesiapan-smart-city.csv",
        "content": (
            "pilar,butir_penilaian,skor_0_sampai_3,bukti,catatan\n"
            "Panduan,0 belum ada; 1 baru rencana; 2 sebagian berjalan; 3 berjalan dan terukur,"
            ",,\n"
            "Suprastruktur,Visi smart city tercermin dalam RPJMD,,,\n"
            "Suprastruktur,Ada Perkada atau kebijakan e-government yang berlaku,,,\n"
            "Suprastruktur,Ada kebijakan data dan keamanan informasi,,,\n"
            "Suprastruktur,Tata kelola smart city (dewan dan tim pelaksana) sudah ditetapkan,,,\n"
            "Struktur,Kepala daerah dan Sekda memimpin langsung agenda smart city,,,\n"
            "Struktur,Setiap OPD menunjuk perwakilan smart city,,,\n"
            "Struktur,Ada unit yang mengelola pusat data dan aplikasi,,,\n"
            "Struktur,Ada anggaran untuk program smart city di Renja OPD,,,\n"
            "Struktur,\"Masyarakat, kampus dan dunia usaha dilibatkan\",,,\n"
            "Infrastruktur,\"Jaringan internet menjangkau kantor OPD, kecamatan dan "
            "kelurahan\",,,\n"
            "Infrastruktur,Tersedia pusat data atau layanan komputasi yang dikelola daerah,,,\n"
            "Infrastruktur,Aplikasi yang ada sudah diinventarisasi,,,\n"
            "Infrastruktur,Data sektoral utama tersedia dalam format yang bisa diolah,,,\n"
            "Infrastruktur,Ada kanal layanan dan pengaduan daring bagi warga,,,\n"
        ),
    },
    {
        "key": "jadwal-bimtek-masterplan-smart-city",
        "title": "Templat jadwal bimtek empat tahap penyusunan masterplan smart city",
        "filename": "templat-jadwal-bimtek-masterplan-smart-city.csv",
        "content": (
            "tahap,bulan_ke,kegiatan,keluaran,peserta,pekerjaan_rumah_opd\n"
            "1,1,Orientasi konsep smart city dan analisis kesiapan daerah,"
            "Hasil penilaian kesiapan dan daftar isu strategis,"
            "Perwakilan semua OPD dan tim penyusun,"
            "Mengisi penilaian kesiapan dan data layanan OPD\n"
            "2,2,Analisis strategis dan perumusan visi smart city per dimensi,"
            "Visi dan sasaran untuk 6 dimensi,Perwakilan semua OPD dan tim penyusun,"
            "Memetakan program OPD ke 6 dimensi\n"
            "3,3,Perumusan program dan quick win serta peta jalan,"
            "Daftar program dan quick win terpilih,Perwakilan semua OPD dan tim penyusun,"
            "Melengkapi lembar program dan perkiraan anggaran\n"
            "4,4,Finalisasi dokumen masterplan dan rancangan Perkada penetapan,"
            "Dokumen masterplan final dan penutupan bimtek,Pimpinan daerah dan semua OPD,"
            "Memasukkan program tahun pertama ke Renja\n"
        ),
    },
    {
        "key": "kerangka-masterplan-smart-city",
        "title": "Kerangka dokumen masterplan smart city",
        "filename": "kerangka-dokumen-masterplan-smart-city.txt",
        "content": (
            "KERANGKA DOKUMEN MASTERPLAN SMART CITY\n"
            "\n"
            "BAB 1 PENDAHULUAN\n"
            "  Latar belakang, dasar hukum, maksud dan tujuan, ruang lingkup, sistematika\n"
            "BAB 2 GAMBARAN UMUM DAN KESIAPAN DAERAH\n"
            "  Profil daerah; hasil penilaian kesiapan (struktur, infrastruktur, suprastruktur)\n"
            "BAB 3 ANALISIS STRATEGIS\n"
            "  Isu strategis, keterkaitan dengan RPJMD, analisis kekuatan dan kelemahan\n"
            "BAB 4 VISI, MISI DAN STRATEGI SMART CITY\n"
            "  Visi smart city; sasaran dan strategi per dimensi: smart governance,\n"
            "  smart branding, smart economy, smart living, smart society, smart environment\n"
            "BAB 5 PROGRAM DAN QUICK WIN\n"
            "  Daftar program per dimensi, OPD pengampu, perkiraan anggaran, quick win\n"
            "BAB 6 PETA JALAN\n"
            "  Tahapan jangka pendek, menengah dan panjang; keterkaitan dengan Renja OPD\n"
            "BAB 7 TATA KELOLA, PEMANTAUAN DAN EVALUASI\n"
            "  Dewan smart city, tim pelaksana, indikator, jadwal evaluasi\n"
            "LAMPIRAN\n"
            "  Lembar penilaian kesiapan, daftar peserta bimtek, berita acara, rancangan Perkada\n"
        ),
    },
]


COURSE_SIPD = {
    "slug": "sipd-dari-perencanaan-hingga-penatausahaan",
    "title": "SIPD dari Perencanaan hingga Penatausahaan: Belajar dari Kota Baubau",
    "summary": (
        "Cara Kota Baubau menjalankan Sistem Informasi Pemerintahan Daerah (SIPD) sesuai "
        "Permendagri 70/2019 di semua OPD: mulai dari pelatihan Kemendagri untuk 40 pejabat, "
        "belajar dari Kota Semarang, Kabupaten Gresik, Tuban dan Bojonegoro, pendampingan "
        "Tuban lewat Zoom, hingga berbagi pengalaman dengan Konawe Utara. Disusun langkah demi "
        "langkah dari RKPD, KUA-PPAS, RKA-SKPD dan DPA sampai SPP, SPM dan SP2D."
    ),
    "description": (
        "<p>Kursus ini ditulis oleh fasilitator Bappeda Kota Baubau untuk operator dan "
        "pejabat perencanaan serta keuangan di daerah yang sedang menerapkan SIPD. Isinya "
        "bukan panduan klik per menu, karena tampilan aplikasi terus berubah, melainkan alur "
        "dokumen, pembagian peran dan kebiasaan kerja yang membuat SIPD benar-benar "
        "berjalan.</p>"
        "<p>Anda akan mengikuti perjalanan Baubau:</p>"
        "<ul>"
        "<li>mengirim 40 pejabat dari Bappeda, BPKAD dan subbagian perencanaan setiap OPD ke "
        "pelatihan Kemendagri di Jakarta;</li>"
        "<li>menemukan daerah yang sudah berhasil melalui grup WhatsApp para sekretaris "
        "daerah, lalu didampingi Kabupaten Tuban lewat Zoom;</li>"
        "<li>menata tim, akun, data dan help desk di semua OPD;</li>"
        "<li>membagikan pengalaman itu kepada delegasi Kabupaten Konawe Utara.</li>"
        "</ul>"
        "<p>Setiap modul dilengkapi daftar periksa dan templat yang bisa langsung dipakai di "
        "daerah Anda.</p>"
    ),
    "learning_objectives": [
        "Menjelaskan ruang lingkup SIPD dan kedudukan Permendagri 70/2019 beserta regulasi "
        "pendampingnya.",
        "Menelusuri alur dokumen RKPD, Renja, KUA-PPAS, RKA-SKPD dan DPA di SIPD tanpa "
        "memutus keterkaitan program, indikator dan anggaran.",
        "Memahami peran dalam penatausahaan: SPD, SPP, SPM dan SP2D.",
        "Menyusun tim, matriks akun dan help desk SIPD untuk semua OPD.",
        "Merancang pembelajaran dari daerah lain dan membagikannya kembali.",
    ],
    "host_region": "kota-baubau",
    "topics": ["sipd"],
    "tags": ["perencanaan", "penganggaran", "penatausahaan", "keuangan daerah"],
    "level": "dasar",
    "jp_hours": 16,
    "enrolment_open": True,
    "trainers": ["fasilitator"],
    "modules": [
        {
            "slug": "memahami-sipd",
            "title": "Memahami SIPD dan Permendagri 70/2019",
            "intro": (
                "Apa itu SIPD, apa yang diatur Permendagri 70/2019, dan bagaimana Kota Baubau "
                "memulai perjalanannya dari pelatihan Kemendagri hingga pendampingan Tuban."
            ),
            "lessons": [
                {
                    "slug": "apa-itu-sipd",
                    "title": "Apa itu SIPD dan mengapa semua OPD terlibat",
                    "summary": (
                        "Mengenal SIPD sebagai satu sistem untuk informasi pembangunan daerah, "
                        "keuangan daerah dan informasi pemerintahan daerah lainnya, serta "
                        "alasan SIPD bukan hanya urusan Bappeda dan BPKAD."
                    ),
                    "duration_minutes": 20,
                    "body": [
                        ("paragraph",
                         "<p>Sistem Informasi Pemerintahan Daerah (SIPD) adalah pengelolaan "
                         "informasi pembangunan daerah, informasi keuangan daerah dan informasi "
                         "pemerintahan daerah lainnya yang saling terhubung, dengan dasar "
                         "Permendagri 70/2019. Bagi pemerintah daerah artinya sederhana: "
                         "dokumen perencanaan, penganggaran dan penatausahaan keuangan disusun "
                         "dalam satu sistem, dengan satu kode dan satu sumber data, lalu "
                         "tersambung ke Kementerian Dalam Negeri.</p>"
                         "<p>Sebelum SIPD, banyak daerah memakai aplikasi yang terpisah: satu "
                         "untuk e-planning, satu untuk penganggaran, satu lagi untuk "
                         "penatausahaan. Data yang sama diketik berulang kali, dan angka di "
                         "dokumen perencanaan sering berbeda dengan angka di dokumen anggaran. "
                         "SIPD dirancang untuk menutup celah itu.</p>"),
                        ("heading", {"text": "Tiga kelompok informasi dalam SIPD", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Informasi pembangunan daerah</b>: RPJMD, Renstra, RKPD dan "
                         "Renja, lengkap dengan program, kegiatan, sub kegiatan, indikator dan "
                         "targetnya.</li>"
                         "<li><b>Informasi keuangan daerah</b>: KUA-PPAS, RKA-SKPD, APBD dan "
                         "DPA, sampai penatausahaan seperti SPD, SPP, SPM dan SP2D.</li>"
                         "<li><b>Informasi pemerintahan daerah lainnya</b>: data pendukung "
                         "penyelenggaraan pemerintahan yang diminta peraturan "
                         "perundang-undangan.</li>"
                         "</ul>"
                         '<p>Alamat resmi aplikasi: <a href="https://sipd.kemendagri.go.id">'
                         "sipd.kemendagri.go.id</a>. Biasakan operator masuk hanya dari alamat "
                         "resmi, bukan dari tautan yang beredar di grup percakapan.</p>"),
                        ("callout", {
                            "style": "info",
                            "title": "Mengapa semua OPD terlibat",
                            "text": (
                                "<p>Setiap OPD adalah pengguna SIPD. Renja, RKA-SKPD dan DPA "
                                "disusun oleh OPD sendiri; Bappeda dan BPKAD mengoordinasikan "
                                "dan memverifikasi. Jika operator di satu OPD terlambat, "
                                "tahapan seluruh daerah ikut tertahan.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Awalnya kami mengira SIPD itu aplikasi milik Bappeda dan "
                                "BPKAD. Ternyata yang paling banyak bekerja di dalamnya justru "
                                "kasubbag perencanaan di setiap OPD. Begitu itu dipahami, cara "
                                "kami melatih pun berubah."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Catatan pendampingan SIPD",
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Tiga kesalahpahaman yang sering muncul",
                            "text": (
                                "<ul>"
                                "<li><b>“SIPD cukup diisi di akhir.”</b> Keliru. Tahapan "
                                "dibuka dan dikunci sesuai jadwal; data yang terlambat tidak "
                                "bisa masuk.</li>"
                                "<li><b>“Operator cukup satu orang.”</b> Berisiko. Ketika ia "
                                "sakit, cuti atau mutasi, pekerjaan OPD berhenti.</li>"
                                "<li><b>“Angka disusun dulu di lembar kerja, nanti tinggal "
                                "dipindahkan.”</b> Kebiasaan menyusun di luar sistem justru "
                                "memicu selisih antara Renja, RKA dan DPA.</li>"
                                "</ul>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "membaca-permendagri-70-2019",
                    "title": "Membaca Permendagri 70/2019 dengan kacamata OPD",
                    "summary": (
                        "Cara cepat memahami Permendagri 70/2019 dan regulasi pendampingnya "
                        "(PP 12/2019, Permendagri 86/2017, 90/2019 dan 77/2020), lalu "
                        "menerjemahkannya menjadi tugas yang jelas bagi OPD."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Permendagri 70/2019 tentang Sistem Informasi Pemerintahan Daerah "
                         "adalah dasar hukum SIPD. Peraturan ini menjabarkan kewajiban "
                         "pemerintah daerah dalam UU 23/2014 tentang Pemerintahan Daerah untuk "
                         "menyediakan informasi pemerintahan daerah. Operator OPD tidak perlu "
                         "menghafal pasal, tetapi perlu tahu apa yang diwajibkan, siapa "
                         "mengerjakan apa, dan regulasi mana yang mengatur teknisnya.</p>"),
                        ("heading", {"text": "Membaca regulasi dalam satu jam", "level": "h2"}),
                        ("steps", {
                            "title": "Lima langkah membaca Permendagri 70/2019",
                            "steps": [
                                {"title": "Mulai dari ketentuan umum",
                                 "text": (
                                     "<p>Pahami definisi SIPD, informasi pembangunan daerah "
                                     "dan informasi keuangan daerah. Istilah-istilah ini "
                                     "dipakai di seluruh pasal berikutnya.</p>"
                                 )},
                                {"title": "Tandai kewajiban pemerintah daerah",
                                 "text": (
                                     "<p>Catat informasi apa yang wajib disediakan dan "
                                     "dimutakhirkan. Beri tanda khusus pada kewajiban yang "
                                     "sehari-hari dikerjakan OPD Anda.</p>"
                                 )},
                                {"title": "Pahami pembagian peran",
                                 "text": (
                                     "<p>Kemendagri mengelola sistem secara nasional; "
                                     "pemerintah daerah menyediakan dan memutakhirkan data. "
                                     "Di daerah, koordinasi biasanya dipegang Sekda bersama "
                                     "Bappeda, BPKAD dan Diskominfo.</p>"
                                 )},
                                {"title": "Sambungkan dengan regulasi pendamping",
                                 "text": (
                                     "<ul><li>PP 12/2019 tentang Pengelolaan Keuangan Daerah;"
                                     "</li><li>Permendagri 86/2017 tentang tata cara "
                                     "perencanaan pembangunan daerah;</li><li>Permendagri "
                                     "90/2019 tentang klasifikasi, kodefikasi dan nomenklatur "
                                     "beserta pemutakhirannya;</li><li>Permendagri 77/2020 "
                                     "tentang pedoman teknis pengelolaan keuangan daerah."
                                     "</li></ul>"
                                 )},
                                {"title": "Tulis ringkasan satu halaman",
                                 "text": (
                                     "<p>Bagikan kepada semua operator. Ringkasan yang dibaca "
                                     "jauh lebih berguna daripada naskah lengkap yang hanya "
                                     "disimpan.</p>"
                                 )},
                            ],
                        }),
                        ("callout", {
                            "style": "tip",
                            "title": "Ambil naskah dari sumber resmi",
                            "text": (
                                '<p>Unduh teks peraturan dari <a href="https://jdih.kemendagri'
                                '.go.id">JDIH Kemendagri</a> atau <a href="https://peraturan'
                                '.bpk.go.id">peraturan.bpk.go.id</a>, bukan dari potongan '
                                "berkas di grup percakapan. Periksa juga apakah ada perubahan "
                                "atau keputusan menteri yang memutakhirkan lampiran "
                                "nomenklatur.</p>"
                            ),
                        }),
                        ("paragraph",
                         "<p>Satu catatan dari pengalaman di lapangan: versi aplikasi dan nama "
                         "menu SIPD bisa berubah dari tahun ke tahun, tetapi alur dokumen dan "
                         "pembagian peran dalam regulasi relatif tetap. Karena itu, ajarkan "
                         "prinsipnya lebih dulu, baru kemudian tampilan layarnya.</p>"),
                        ("quote", {
                            "text": (
                                "Peraturan menjawab pertanyaan mengapa dan siapa. Aplikasi "
                                "menjawab bagaimana. Kalau OPD hanya dilatih mengeklik, mereka "
                                "bingung setiap kali tampilan berubah."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Materi bimtek SIPD untuk OPD",
                        }),
                        ("document", {
                            "document": "ringkasan-regulasi-sipd",
                            "title": "Unduh ringkasan regulasi SIPD",
                            "description": (
                                "Daftar regulasi inti dan pendamping beserta kegunaannya, "
                                "siap dibagikan kepada operator."
                            ),
                        }),
                    ],
                },
                {
                    "slug": "kisah-baubau-menghidupkan-sipd",
                    "title": "Kisah Baubau: dari pelatihan di Jakarta sampai pendampingan Tuban",
                    "summary": (
                        "Perjalanan Kota Baubau: 40 pejabat ikut pelatihan Kemendagri, mencari "
                        "daerah yang sudah berhasil lewat grup WhatsApp sekretaris daerah, "
                        "didampingi Tuban lewat Zoom, lalu berbagi dengan Konawe Utara."
                    ),
                    "duration_minutes": 20,
                    "body": [
                        ("paragraph",
                         "<p>Ketika SIPD mulai diwajibkan, Kota Baubau tidak hanya mengirim "
                         "satu atau dua orang “yang paham komputer”. Sebanyak 40 pejabat "
                         "dikirim ke pelatihan Kemendagri di Jakarta: unsur Bappeda, BPKAD, dan "
                         "kepala subbagian perencanaan dari setiap OPD. Pilihan peserta ini "
                         "penting. Orang yang nantinya bekerja di SIPD setiap hari adalah "
                         "orang yang mendapat pelatihan langsung dari sumbernya.</p>"),
                        ("heading", {"text": "Pelatihan saja belum cukup", "level": "h2"}),
                        ("paragraph",
                         "<p>Sepulang dari Jakarta, masalah nyata bermunculan: data awal yang "
                         "belum rapi, pemetaan program lama ke nomenklatur baru, akun yang "
                         "belum sesuai peran, dan jadwal tahapan yang ketat. Masalah semacam "
                         "ini jarang tuntas di kelas. Alih-alih mencoba-coba sendiri, Baubau "
                         "bertanya: <i>daerah mana yang sudah berhasil?</i></p>"),
                        ("steps", {
                            "title": "Jalan yang ditempuh Baubau",
                            "steps": [
                                {"title": "Pelatihan Kemendagri di Jakarta",
                                 "text": (
                                     "<p>40 pejabat dari Bappeda, BPKAD dan subbagian "
                                     "perencanaan semua OPD mendapat materi yang sama.</p>"
                                 )},
                                {"title": "Mencari daerah yang sudah berhasil",
                                 "text": (
                                     "<p>Melalui grup WhatsApp para sekretaris daerah, Baubau "
                                     "menemukan Kota Semarang, Kabupaten Gresik, Kabupaten "
                                     "Tuban dan Kabupaten Bojonegoro yang sudah menjalankan "
                                     "SIPD dengan baik.</p>"
                                 )},
                                {"title": "Pendampingan Tuban lewat Zoom",
                                 "text": (
                                     "<p>Tim Tuban mendampingi secara daring, menjawab "
                                     "masalah nyata yang dibawa Baubau, tanpa biaya "
                                     "perjalanan.</p>"
                                 )},
                                {"title": "Menerapkan di semua OPD",
                                 "text": (
                                     "<p>Tim, akun, data dan help desk ditata agar semua "
                                     "OPD bergerak dalam jadwal yang sama.</p>"
                                 )},
                                {"title": "Berbagi kepada daerah lain",
                                 "text": (
                                     "<p>Kabupaten Konawe Utara menyurati Baubau untuk "
                                     "difasilitasi. Sekda Kota Baubau menerima delegasi yang "
                                     "dipimpin Sekda Konawe Utara, dan Bappeda Baubau "
                                     "memaparkan cara kerjanya.</p>"
                                 )},
                            ],
                        }),
                        ("quote", {
                            "text": (
                                "Kami tidak perlu menemukan ulang roda. Ada daerah yang sudah "
                                "melewati masalah yang sama; tugas kami menemukan mereka dan "
                                "bertanya dengan tepat."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Paparan kepada delegasi Kabupaten Konawe Utara",
                        }),
                        ("callout", {
                            "style": "tip",
                            "title": "Pelajaran untuk daerah Anda",
                            "text": (
                                "<ul>"
                                "<li>Kirim tim lintas OPD, bukan perorangan.</li>"
                                "<li>Catat masalah nyata sebelum bertanya ke daerah lain.</li>"
                                "<li>Pendampingan daring murah dan cepat; manfaatkan.</li>"
                                "<li>Setelah berhasil, dokumentasikan dan bagikan.</li>"
                                "</ul>"
                            ),
                        }),
                        ("paragraph",
                         "<p>Di Lintas, pertanyaan “siapa yang sudah menyelesaikan ini?” bisa "
                         "dijawab lewat pencarian studi kasus menurut topik, masalah dan "
                         "regulasi, sehingga daerah berikutnya menemukan “Tuban”-nya dalam "
                         "hitungan menit, bukan lewat pesan berantai.</p>"),
                    ],
                },
            ],
        },
        {
            "slug": "perencanaan-dan-penganggaran",
            "title": "Perencanaan dan Penganggaran di SIPD: dari RKPD sampai DPA",
            "intro": (
                "Menelusuri rantai dokumen RPJMD, Renstra, RKPD, Renja, KUA-PPAS, RKA-SKPD dan "
                "DPA di SIPD, lengkap dengan langkah kerja OPD dan kesalahan yang paling sering "
                "terjadi."
            ),
            "lessons": [
                {
                    "slug": "rkpd-dan-renja-di-sipd",
                    "title": "Menyusun RKPD dan Renja OPD di SIPD",
                    "summary": (
                        "Alur kerja OPD dalam tahapan perencanaan: menautkan Renstra, memilih "
                        "sub kegiatan sesuai nomenklatur, mengisi indikator dan pagu indikatif, "
                        "serta menindaklanjuti usulan musrenbang dan pokok-pokok pikiran DPRD."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Dokumen perencanaan daerah adalah satu rantai: RPJMD diturunkan "
                         "menjadi Renstra OPD, RPJMD menjadi dasar RKPD tahunan, dan RKPD "
                         "dijabarkan dalam Renja OPD. Di SIPD, setiap mata rantai merujuk ke "
                         "mata rantai di atasnya. Program di Renja harus ada di Renstra, dan "
                         "sub kegiatan harus memakai nomenklatur Permendagri 90/2019 beserta "
                         "pemutakhirannya. Usulan musrenbang dan pokok-pokok pikiran DPRD "
                         "masuk sebagai bahan yang wajib ditindaklanjuti.</p>"),
                        ("heading", {"text": "Alur kerja di tingkat OPD", "level": "h2"}),
                        ("steps", {
                            "title": "Dari Renstra ke Renja final",
                            "steps": [
                                {"title": "Pastikan Renstra lengkap",
                                 "text": (
                                     "<p>Tujuan, sasaran, program, indikator dan target per "
                                     "tahun sudah terisi. Renstra yang bolong membuat sub "
                                     "kegiatan tidak bisa ditarik ke Renja.</p>"
                                 )},
                                {"title": "Susun rancangan Renja",
                                 "text": (
                                     "<p>Pilih program dan kegiatan dari Renstra, lalu sub "
                                     "kegiatan yang sesuai kewenangan OPD.</p>"
                                 )},
                                {"title": "Isi indikator, target, lokasi dan pagu indikatif",
                                 "text": (
                                     "<p>Indikator keluaran harus terukur. Pagu tidak boleh "
                                     "melampaui batas yang disampaikan Bappeda.</p>"
                                 )},
                                {"title": "Beri status setiap usulan",
                                 "text": (
                                     "<p>Usulan musrenbang dan pokir yang menjadi kewenangan "
                                     "OPD diterima, ditolak dengan alasan, atau dialihkan. "
                                     "Jangan biarkan tanpa status.</p>"
                                 )},
                                {"title": "Ikuti forum perangkat daerah dan verifikasi",
                                 "text": (
                                     "<p>Perbaiki rancangan sesuai kesepakatan forum dan "
                                     "catatan verifikasi Bappeda. Setelah RKPD ditetapkan, "
                                     "Renja final menjadi dasar penganggaran.</p>"
                                 )},
                            ],
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Kesalahan yang paling sering",
                            "text": (
                                "<ul>"
                                "<li>Indikator ditulis sebagai kegiatan, misalnya "
                                "“terlaksananya rapat koordinasi”, bukan hasil yang "
                                "terukur.</li>"
                                "<li>Sub kegiatan dipilih karena namanya mirip, tanpa "
                                "memeriksa kewenangan OPD.</li>"
                                "<li>Pagu Renja melebihi pagu indikatif.</li>"
                                "<li>Usulan musrenbang dibiarkan tanpa tindak lanjut.</li>"
                                "</ul>"
                            ),
                        }),
                        ("paragraph",
                         "<p>Perhatikan juga jadwal tahapan. Bappeda membuka dan menutup "
                         "tahapan perencanaan di SIPD sesuai jadwal. Begitu dikunci, perubahan "
                         "harus melalui mekanisme yang lebih panjang. Buat tenggat internal "
                         "OPD beberapa hari lebih awal dari jadwal resmi agar masih ada waktu "
                         "untuk pemeriksaan oleh kepala OPD.</p>"),
                        ("document", {
                            "document": "jadwal-siklus-perencanaan-penganggaran",
                            "title": "Unduh contoh jadwal siklus perencanaan dan penganggaran",
                            "description": (
                                "Contoh urutan tahapan dari RKPD sampai SP2D. Sesuaikan "
                                "dengan pedoman penyusunan APBD tahun berkenaan."
                            ),
                        }),
                    ],
                },
                {
                    "slug": "kua-ppas-ke-rka-skpd",
                    "title": "Dari KUA-PPAS ke RKA-SKPD",
                    "summary": (
                        "Bagaimana plafon dalam KUA-PPAS menjadi batas RKA-SKPD, apa yang perlu "
                        "disiapkan sebelum mengisi rincian belanja, dan cara lolos verifikasi "
                        "TAPD tanpa bolak-balik."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Setelah RKPD ditetapkan, TAPD menyusun Kebijakan Umum APBD (KUA) "
                         "serta Prioritas dan Plafon Anggaran Sementara (PPAS). Setelah "
                         "disepakati bersama DPRD, plafon per OPD menjadi batas atas RKA-SKPD. "
                         "Di SIPD, RKA-SKPD disusun per sub kegiatan dengan rincian belanja "
                         "menurut kode rekening dan standar harga yang berlaku di daerah.</p>"),
                        ("heading", {"text": "Siapkan ini sebelum mengisi RKA", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li>Renja final dan daftar sub kegiatan yang disetujui;</li>"
                         "<li>plafon OPD hasil kesepakatan KUA-PPAS;</li>"
                         "<li>standar harga yang dipakai daerah (misalnya SSH, HSPK, ASB dan "
                         "SBU) yang sudah dimuat di SIPD;</li>"
                         "<li>surat edaran atau jadwal dari TAPD;</li>"
                         "<li>daftar PPTK untuk setiap sub kegiatan.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Mengisi RKA-SKPD langkah demi langkah",
                            "steps": [
                                {"title": "Cek sub kegiatan dan pagu",
                                 "text": "<p>Pastikan yang muncul sama dengan Renja final.</p>"},
                                {"title": "Isi indikator dan target",
                                 "text": (
                                     "<p>Harus konsisten dengan Renja. Indikator yang berubah "
                                     "tanpa alasan akan dipertanyakan verifikator.</p>"
                                 )},
                                {"title": "Susun rincian belanja",
                                 "text": (
                                     "<p>Pilih kode rekening, komponen standar harga, volume "
                                     "dan satuan. Bedakan belanja barang dan jasa dengan "
                                     "belanja modal.</p>"
                                 )},
                                {"title": "Cocokkan total dengan plafon",
                                 "text": "<p>Total RKA tidak boleh melampaui plafon OPD.</p>"},
                                {"title": "Ajukan verifikasi TAPD",
                                 "text": (
                                     "<p>Tindak lanjuti catatan verifikasi di dalam sistem, "
                                     "bukan lewat telepon, agar jejaknya tersimpan.</p>"
                                 )},
                            ],
                        }),
                        ("callout", {
                            "style": "tip",
                            "title": "Standar harga yang belum tersedia",
                            "text": (
                                "<p>Usulkan ke tim standar harga sejak tahapan Renja. Jangan "
                                "mengakalinya dengan komponen lain yang harganya mirip: "
                                "belanja menjadi tidak sesuai uraian dan rawan menjadi temuan "
                                "pemeriksa.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Angka di RKA harus bisa ditelusuri mundur ke Renja dan maju "
                                "ke DPA. Kalau ada satu mata rantai yang putus, di situlah "
                                "masalah biasanya muncul."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Materi bimtek SIPD untuk OPD",
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Penyebab RKA dikembalikan verifikator",
                            "text": (
                                "<ul>"
                                "<li>kode rekening tidak sesuai jenis belanja;</li>"
                                "<li>volume dan satuan tidak masuk akal, misalnya "
                                "“1 paket” untuk semua komponen;</li>"
                                "<li>indikator kosong atau berbeda dengan Renja;</li>"
                                "<li>total melebihi plafon.</li>"
                                "</ul>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "dpa-dan-penatausahaan",
                    "title": "DPA, SPD, dan alur SPP-SPM-SP2D",
                    "summary": (
                        "Setelah APBD ditetapkan: menyusun DPA-SKPD dan anggaran kas, memahami "
                        "SPD sebagai batas pengajuan, serta siapa menyusun SPP, siapa "
                        "menerbitkan SPM, dan siapa menerbitkan SP2D."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Setelah Perda APBD dan Perkada penjabaran APBD ditetapkan, OPD "
                         "menyusun Dokumen Pelaksanaan Anggaran (DPA-SKPD) beserta anggaran "
                         "kasnya, lalu DPA disahkan oleh PPKD. Mulai saat itu, SIPD dipakai "
                         "untuk penatausahaan: dana disediakan melalui SPD, dimintakan melalui "
                         "SPP, diperintahkan melalui SPM, dan dicairkan melalui SP2D.</p>"),
                        ("heading", {"text": "Siapa melakukan apa", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>PPKD selaku BUD</b> menerbitkan Surat Penyediaan Dana (SPD) "
                         "sebagai batas dana yang dapat dimintakan OPD.</li>"
                         "<li><b>Bendahara pengeluaran</b> menyusun SPP (UP, GU, TU atau LS). "
                         "Untuk pembayaran langsung pengadaan barang dan jasa, dokumennya "
                         "disiapkan PPTK.</li>"
                         "<li><b>PPK-SKPD</b> memverifikasi SPP beserta dokumen "
                         "pendukungnya.</li>"
                         "<li><b>PA/KPA</b> menerbitkan SPM.</li>"
                         "<li><b>Kuasa BUD</b> menguji SPM dan menerbitkan SP2D.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Alur pembayaran di SIPD",
                            "steps": [
                                {"title": "DPA disahkan dan anggaran kas terisi",
                                 "text": (
                                     "<p>Susun anggaran kas per bulan sesuai rencana "
                                     "kegiatan, bukan dibagi rata.</p>"
                                 )},
                                {"title": "SPD terbit",
                                 "text": "<p>Cek sisa SPD sebelum menyusun SPP.</p>"},
                                {"title": "SPP disusun sesuai jenisnya",
                                 "text": (
                                     "<p>Lengkapi dokumen pendukung dan potongan pajak.</p>"
                                 )},
                                {"title": "Verifikasi PPK-SKPD",
                                 "text": "<p>Catat hasil verifikasi di sistem.</p>"},
                                {"title": "SPM diterbitkan PA/KPA",
                                 "text": (
                                     "<p>Pastikan akun PA/KPA masih milik pejabat yang "
                                     "menjabat.</p>"
                                 )},
                                {"title": "SP2D diterbitkan Kuasa BUD",
                                 "text": "<p>Dana masuk ke rekening penerima.</p>"},
                            ],
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Titik macet yang sering terjadi",
                            "text": (
                                "<ul>"
                                "<li>Anggaran kas tidak sesuai bulan kebutuhan, sehingga SPD "
                                "belum mencukupi saat kegiatan harus dibayar.</li>"
                                "<li>Nomor rekening pihak ketiga salah ketik.</li>"
                                "<li>Pejabat berganti, tetapi akun dan data pejabat pengelola "
                                "keuangan belum diperbarui.</li>"
                                "<li>Dokumen pendukung baru dilengkapi setelah SPP "
                                "dikembalikan.</li>"
                                "</ul>"
                            ),
                        }),
                        ("paragraph",
                         "<p>Setelah SP2D terbit, pekerjaan belum selesai. Bendahara pengeluaran "
                         "membukukan setiap transaksi dan menyusun laporan pertanggungjawaban, "
                         "lalu PPK-SKPD mencocokkannya dengan data di BPKAD. Biasakan "
                         "rekonsiliasi setiap bulan. Selisih kecil yang ditemukan pada bulan "
                         "Februari jauh lebih mudah ditelusuri daripada selisih yang baru "
                         "ketahuan saat menyusun laporan keuangan akhir tahun.</p>"),
                        ("callout", {
                            "style": "tip",
                            "title": "Libatkan bendahara sejak awal",
                            "text": (
                                "<p>Bendahara dan PPK-SKPD sebaiknya ikut bimtek sejak "
                                "tahapan penganggaran. Mereka yang paling tahu akibat RKA dan "
                                "anggaran kas yang disusun asal-asalan.</p>"
                            ),
                        }),
                        ("document", {
                            "document": "daftar-periksa-penatausahaan",
                            "title": "Unduh daftar periksa penatausahaan",
                            "description": (
                                "Butir yang diperiksa dari pengesahan DPA sampai terbitnya "
                                "SP2D, lengkap dengan pemeriksanya."
                            ),
                        }),
                    ],
                },
            ],
        },
        {
            "slug": "mengorganisasi-penerapan",
            "title": "Mengorganisasi Penerapan SIPD di Semua OPD",
            "intro": (
                "Tim, akun, data awal, help desk dan cara belajar dari daerah lain: hal-hal di "
                "luar aplikasi yang menentukan berhasil atau tidaknya SIPD."
            ),
            "lessons": [
                {
                    "slug": "tim-sipd-dan-akun",
                    "title": "Membentuk tim SIPD dan mengelola akun pengguna",
                    "summary": (
                        "Susunan tim SIPD daerah dan OPD, cara menunjuk operator, serta aturan "
                        "akun yang mencegah pekerjaan berhenti ketika pegawai cuti atau mutasi."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>SIPD berjalan di atas orang, bukan hanya di atas server. Tim yang "
                         "jelas, dengan surat keputusan dan pembagian tugas tertulis, membuat "
                         "setiap OPD tahu harus bertanya ke mana. Di Baubau, tulang punggung "
                         "tim adalah kepala subbagian perencanaan setiap OPD yang ikut "
                         "pelatihan Kemendagri, didukung Bappeda, BPKAD dan Diskominfo.</p>"),
                        ("heading", {"text": "Susunan tim yang disarankan", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Pengarah</b>: Sekda.</li>"
                         "<li><b>Koordinator perencanaan</b>: Bappeda.</li>"
                         "<li><b>Koordinator keuangan</b>: BPKAD.</li>"
                         "<li><b>Dukungan teknis</b>: Diskominfo, untuk jaringan dan "
                         "perangkat.</li>"
                         "<li><b>Operator OPD</b>: minimal dua untuk perencanaan dan dua untuk "
                         "keuangan.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Membentuk tim dalam dua minggu",
                            "steps": [
                                {"title": "Siapkan rancangan SK",
                                 "text": (
                                     "<p>SK kepala daerah atau Sekda untuk tim daerah, SK "
                                     "kepala OPD untuk operator.</p>"
                                 )},
                                {"title": "Minta setiap OPD menunjuk operator",
                                 "text": "<p>Sertakan nama cadangan untuk setiap peran.</p>"},
                                {"title": "Isi matriks peran dan akun",
                                 "text": (
                                     "<p>Satu baris untuk setiap peran: siapa, di OPD mana, "
                                     "dan akun apa yang dibutuhkan.</p>"
                                 )},
                                {"title": "Buat akun sesuai peran",
                                 "text": (
                                     "<p>Hak akses sesuai tugas, tidak lebih dan tidak "
                                     "kurang.</p>"
                                 )},
                                {"title": "Umumkan aturan akun dan jalur help desk",
                                 "text": "<p>Sampaikan tertulis kepada semua OPD.</p>"},
                            ],
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Aturan akun yang tidak bisa ditawar",
                            "text": (
                                "<ul>"
                                "<li>Satu orang, satu akun. Kata sandi tidak dititipkan.</li>"
                                "<li>Akun pegawai yang mutasi atau pensiun segera "
                                "dinonaktifkan, dan akun pengganti dibuat.</li>"
                                "<li>Pergantian PA/KPA, PPK-SKPD dan bendahara langsung "
                                "diikuti pembaruan data di SIPD.</li>"
                                "<li>Serah terima pekerjaan operator dicatat.</li>"
                                "</ul>"
                            ),
                        }),
                        ("paragraph",
                         "<p>Mengapa minimal dua operator untuk setiap bidang? Jadwal tahapan "
                         "SIPD sering padat pada minggu yang sama, sementara operator juga punya "
                         "tugas lain. Operator kedua bukan sekadar cadangan: ia ikut bekerja, "
                         "memeriksa hasil operator pertama, dan siap mengambil alih ketika "
                         "terjadi cuti, sakit atau mutasi. Cantumkan keduanya dalam SK agar "
                         "tugas itu diakui dalam penilaian kinerja mereka.</p>"),
                        ("quote", {
                            "text": (
                                "Masalah terbesar kami bukan aplikasinya, melainkan akun yang "
                                "dipinjam-pinjamkan. Begitu terjadi kesalahan, tidak ada yang "
                                "tahu siapa yang mengubah data."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Catatan pendampingan SIPD",
                        }),
                        ("document", {
                            "document": "matriks-peran-akun-sipd",
                            "title": "Unduh matriks peran dan akun SIPD",
                            "description": (
                                "Templat pembagian peran, jumlah akun yang disarankan dan "
                                "catatan pemutakhirannya."
                            ),
                        }),
                    ],
                },
                {
                    "slug": "data-awal-dan-help-desk",
                    "title": "Menyiapkan data awal dan membuka help desk",
                    "summary": (
                        "Data master yang harus beres sebelum tahapan dibuka, cara menilai "
                        "kesiapan setiap OPD, dan cara menjalankan help desk yang mencatat, "
                        "memilah dan mengeskalasi masalah."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Kualitas SIPD sama dengan kualitas data awalnya. Jika data "
                         "master berantakan, setiap OPD akan mengalami masalah yang sama pada "
                         "waktu yang sama, dan help desk kewalahan. Karena itu, bereskan data "
                         "dulu, buka tahapan kemudian.</p>"
                         "<p>Contohnya, jika satu komponen standar harga tercatat dengan kode "
                         "rekening yang salah, semua OPD yang memakainya akan menyusun RKA "
                         "dengan rekening yang salah pula, dan kesalahan itu baru terlihat saat "
                         "verifikasi TAPD. Satu perbaikan di data master mencegah puluhan "
                         "perbaikan di OPD.</p>"),
                        ("heading", {"text": "Data yang harus beres lebih dulu", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li>susunan unit organisasi dan sub unit;</li>"
                         "<li>pemetaan program, kegiatan dan sub kegiatan ke nomenklatur yang "
                         "berlaku;</li>"
                         "<li>standar harga beserta kode rekeningnya;</li>"
                         "<li>sumber dana;</li>"
                         "<li>data pejabat pengelola keuangan setiap OPD.</li>"
                         "</ul>"
                         "<p>Gunakan daftar periksa kesiapan di bawah ini untuk setiap OPD. "
                         "OPD yang masih banyak “belum” didampingi lebih dulu.</p>"),
                        ("document", {
                            "document": "daftar-periksa-kesiapan-sipd-opd",
                            "title": "Unduh daftar periksa kesiapan SIPD per OPD",
                            "description": (
                                "15 butir periksa: organisasi, akun, data, perangkat, "
                                "kapasitas, jadwal dan dokumentasi."
                            ),
                        }),
                        ("heading", {
                            "text": "Help desk yang benar-benar menolong",
                            "level": "h2",
                        }),
                        ("steps", {
                            "title": "Menjalankan help desk SIPD",
                            "steps": [
                                {"title": "Tunjuk petugas per bidang",
                                 "text": (
                                     "<p>Perencanaan di Bappeda, keuangan di BPKAD, jaringan "
                                     "dan perangkat di Diskominfo.</p>"
                                 )},
                                {"title": "Buka satu pintu masuk",
                                 "text": (
                                     "<p>Satu grup atau nomor khusus help desk, terpisah dari "
                                     "grup obrolan umum, dan satu log bersama.</p>"
                                 )},
                                {"title": "Wajibkan format laporan",
                                 "text": (
                                     "<p>OPD, bagian SIPD, tahapan, uraian singkat dan "
                                     "tangkapan layar pesan galat.</p>"
                                 )},
                                {"title": "Pilah masalahnya",
                                 "text": (
                                     "<p>Masalah pengguna diselesaikan petugas; masalah data "
                                     "diteruskan ke pemilik data; masalah sistem dieskalasi "
                                     "ke Kemendagri melalui jalur resmi.</p>"
                                 )},
                                {"title": "Rekap setiap minggu",
                                 "text": (
                                     "<p>Masalah yang berulang dijadikan tanya jawab dan "
                                     "dibagikan ke semua operator.</p>"
                                 )},
                            ],
                        }),
                        ("callout", {
                            "style": "tip",
                            "title": "Buka “klinik SIPD” menjelang tenggat",
                            "text": (
                                "<p>Misalnya, sediakan satu ruangan dua hari dalam seminggu "
                                "selama tahapan RKA. Operator datang membawa laptop dan "
                                "masalahnya, lalu diselesaikan di tempat bersama petugas "
                                "Bappeda dan BPKAD.</p>"
                            ),
                        }),
                        ("document", {
                            "document": "format-log-help-desk-sipd",
                            "title": "Unduh format log help desk",
                            "description": "Kolom pencatatan tiket beserta tiga contoh pengisian.",
                        }),
                    ],
                },
                {
                    "slug": "belajar-dari-daerah-lain",
                    "title": "Belajar dari daerah yang sudah berhasil, lalu mengajarkannya",
                    "summary": (
                        "Cara menyiapkan pendampingan daring seperti yang diberikan Tuban "
                        "kepada Baubau, dan cara menjadi tuan rumah yang baik ketika daerah "
                        "lain seperti Konawe Utara datang untuk belajar."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Kota Semarang, Kabupaten Gresik, Kabupaten Tuban dan Kabupaten "
                         "Bojonegoro sudah lebih dulu menjalankan SIPD ketika Baubau mulai. "
                         "Baubau menemukan mereka lewat grup WhatsApp para sekretaris daerah, "
                         "lalu Kabupaten Tuban bersedia mendampingi melalui Zoom. Pendampingan "
                         "seperti ini berhasil jika pihak yang belajar datang dengan pertanyaan "
                         "yang tajam.</p>"),
                        ("heading", {
                            "text": "Menyiapkan sesi pendampingan daring",
                            "level": "h2",
                        }),
                        ("steps", {
                            "title": "Sebelum, saat dan sesudah sesi",
                            "steps": [
                                {"title": "Kumpulkan masalah nyata",
                                 "text": (
                                     "<p>Ambil dari log help desk, kelompokkan, dan pilih "
                                     "lima masalah paling mendesak.</p>"
                                 )},
                                {"title": "Kirim pertanyaan lebih dulu",
                                 "text": (
                                     "<p>Narasumber bisa menyiapkan contoh dan berkas yang "
                                     "relevan.</p>"
                                 )},
                                {"title": "Undang orang yang tepat",
                                 "text": (
                                     "<p>Operator yang bekerja di SIPD, bukan hanya "
                                     "pejabat.</p>"
                                 )},
                                {"title": "Minta ditunjukkan langsung",
                                 "text": (
                                     "<p>Minta narasumber berbagi layar dan memperagakan "
                                     "langkahnya. Rekam sesi bila diizinkan.</p>"
                                 )},
                                {"title": "Tulis catatan dan tindak lanjut",
                                 "text": (
                                     "<p>Tetapkan siapa mengerjakan apa dan kapan. Kirim "
                                     "surat terima kasih resmi kepada daerah "
                                     "narasumber.</p>"
                                 )},
                            ],
                        }),
                        ("paragraph",
                         "<p>Giliran berikutnya datang ketika Kabupaten Konawe Utara menyurati "
                         "Baubau untuk memfasilitasi peningkatan kapasitas SIPD. Sekda Kota "
                         "Baubau menerima delegasi yang dipimpin Sekda Konawe Utara, dan "
                         "Bappeda Baubau memaparkan cara kerjanya. Daerah yang dulu belajar "
                         "kini mengajar.</p>"
                         "<h3>Saat menjadi tuan rumah</h3>"
                         "<ul>"
                         "<li>Tanyakan dulu masalah tamu, jangan hanya memutar paparan "
                         "umum.</li>"
                         "<li>Tunjukkan contoh nyata, termasuk kesalahan yang dulu Anda "
                         "buat.</li>"
                         "<li>Bagikan templat: SK tim, matriks akun, daftar periksa, format "
                         "log.</li>"
                         "<li>Sepakati jalur komunikasi untuk pertanyaan lanjutan.</li>"
                         "</ul>"),
                        ("quote", {
                            "text": (
                                "Yang paling berguna bagi tamu bukan cerita keberhasilan kami, "
                                "melainkan daftar kesalahan yang sudah kami buat supaya mereka "
                                "tidak perlu mengulanginya."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Persiapan kunjungan delegasi Kabupaten Konawe Utara",
                        }),
                        ("callout", {
                            "style": "info",
                            "title": "Di Lintas",
                            "text": (
                                "<p>Permohonan kunjungan, agenda, daftar delegasi, kehadiran "
                                "dan rencana tindak lanjut dicatat dalam satu tempat. Studi "
                                "kasus yang Anda terbitkan langsung bisa ditemukan daerah "
                                "lain yang sedang mencari jawaban.</p>"
                            ),
                        }),
                        ("document", {
                            "document": "kerangka-catatan-studi-banding",
                            "title": "Unduh kerangka catatan studi banding dan pendampingan",
                            "description": (
                                "Isi sebelum berangkat atau sebelum sesi daring, lalu lengkapi "
                                "dengan temuan dan rencana tindak lanjut."
                            ),
                        }),
                    ],
                },
            ],
        },
    ],
}


COURSE_SPBE = {
    "slug": "spbe-untuk-seluruh-opd",
    "title": "Menerapkan SPBE di Seluruh OPD: Belajar dari Sulawesi Selatan",
    "summary": (
        "Sistem Pemerintahan Berbasis Elektronik (SPBE) sesuai Perpres 95/2018 dan evaluasinya "
        "menurut PermenPANRB 59/2020, dipelajari dari pengalaman Provinsi Sulawesi Selatan "
        "sebagai rujukan nasional dan dari tantangan Maluku Utara, tempat SPBE baru berjalan di "
        "lima OPD. Peserta menyusun penilaian mandiri, arsitektur dan peta rencana untuk "
        "memperluas SPBE ke seluruh OPD."
    ),
    "description": (
        "<p>Banyak daerah sudah punya aplikasi, tetapi SPBE belum berjalan sebagai satu "
        "sistem pemerintahan. Di Maluku Utara, misalnya, SPBE baru berjalan di lima OPD: "
        "keuangan, Bappeda, pendapatan, perizinan dan Infokom. Wakil Gubernur Maluku Utara "
        "kemudian berkunjung ke Pemerintah Provinsi Sulawesi Selatan, yang menjadi rujukan "
        "nasional penerapan SPBE.</p>"
        "<p>Kursus ini membahas:</p>"
        "<ul>"
        "<li>kerangka SPBE dalam Perpres 95/2018;</li>"
        "<li>domain, aspek dan indikator evaluasi SPBE dalam PermenPANRB 59/2020;</li>"
        "<li>penilaian mandiri, arsitektur SPBE dan peta rencana;</li>"
        "<li>cara memperluas SPBE dari beberapa OPD perintis ke seluruh OPD, termasuk "
        "merancang studi banding atau mengundang narasumber.</li>"
        "</ul>"
    ),
    "learning_objectives": [
        "Menjelaskan ruang lingkup SPBE menurut Perpres 95/2018.",
        "Menguraikan struktur evaluasi SPBE (domain, aspek, indikator dan tingkat kapabilitas) "
        "menurut PermenPANRB 59/2020.",
        "Melakukan penilaian mandiri SPBE per OPD lengkap dengan bukti dukung.",
        "Menyusun arsitektur dan peta rencana SPBE untuk memperluas penerapan ke seluruh OPD.",
        "Merancang studi banding atau sesi narasumber beserta rencana tindak lanjutnya.",
    ],
    "host_region": "prov-sulawesi-selatan",
    "topics": ["spbe", "e-government"],
    "tags": ["spbe", "tata kelola", "evaluasi spbe", "arsitektur spbe", "studi banding"],
    "level": "menengah",
    "jp_hours": 20,
    "enrolment_open": True,
    "trainers": ["fasilitator"],
    "modules": [
        {
            "slug": "memahami-spbe",
            "title": "Memahami SPBE dan Kerangka Evaluasinya",
            "intro": (
                "Apa yang dimaksud SPBE dalam Perpres 95/2018, bagaimana SPBE dievaluasi "
                "menurut PermenPANRB 59/2020, dan pelajaran dari kunjungan Maluku Utara ke "
                "Sulawesi Selatan."
            ),
            "lessons": [
                {
                    "slug": "spbe-menurut-perpres-95-2018",
                    "title": "SPBE menurut Perpres 95/2018",
                    "summary": (
                        "Pengertian SPBE, ruang lingkupnya (tata kelola, manajemen, audit TIK, "
                        "penyelenggara, percepatan, pemantauan dan evaluasi), serta dua jenis "
                        "layanan SPBE."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Perpres 95/2018 mendefinisikan SPBE sebagai penyelenggaraan "
                         "pemerintahan yang memanfaatkan teknologi informasi dan komunikasi "
                         "untuk memberikan layanan kepada pengguna SPBE. Kata kuncinya adalah "
                         "<i>penyelenggaraan pemerintahan</i>, bukan sekadar aplikasi. Daerah "
                         "yang punya puluhan aplikasi belum tentu menjalankan SPBE jika "
                         "aplikasinya tidak terencana, tidak berbagi data, dan tidak "
                         "dikelola.</p>"
                         "<p>Tujuannya, menurut Perpres tersebut, adalah tata kelola "
                         "pemerintahan yang bersih, efektif, transparan dan akuntabel, serta "
                         "pelayanan publik yang berkualitas dan terpercaya.</p>"),
                        ("heading", {"text": "Ruang lingkup SPBE", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Tata kelola SPBE</b>: arsitektur SPBE, peta rencana SPBE, "
                         "rencana dan anggaran, proses bisnis, data dan informasi, "
                         "infrastruktur, aplikasi, keamanan, dan layanan SPBE.</li>"
                         "<li><b>Manajemen SPBE</b>: antara lain manajemen risiko, keamanan "
                         "informasi, data, aset TIK, sumber daya manusia, pengetahuan, "
                         "perubahan dan layanan.</li>"
                         "<li><b>Audit TIK</b>: audit infrastruktur, aplikasi dan keamanan "
                         "SPBE.</li>"
                         "<li><b>Penyelenggara SPBE</b>, <b>percepatan SPBE</b>, serta "
                         "<b>pemantauan dan evaluasi SPBE</b>.</li>"
                         "</ul>"),
                        ("heading", {"text": "Dua jenis layanan SPBE", "level": "h3"}),
                        ("paragraph",
                         "<p><b>Layanan administrasi pemerintahan berbasis elektronik</b> "
                         "melayani internal pemerintah: perencanaan, penganggaran, keuangan, "
                         "pengadaan barang dan jasa, kepegawaian, kearsipan, pengelolaan "
                         "barang milik daerah, pengawasan dan akuntabilitas kinerja. "
                         "<b>Layanan publik berbasis elektronik</b> melayani masyarakat, "
                         "misalnya pengaduan, informasi hukum dan layanan sektor seperti "
                         "perizinan atau kesehatan.</p>"),
                        ("callout", {
                            "style": "info",
                            "title": "Mengapa ini penting bagi setiap OPD",
                            "text": (
                                "<p>Layanan administrasi pemerintahan dijalankan oleh semua "
                                "OPD. Artinya, tidak ada OPD yang bisa mengatakan “SPBE itu "
                                "urusan Diskominfo”. Setiap OPD menyusun anggaran, mengelola "
                                "pegawai, dan membuat naskah dinas.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Pertanyaan pertama saya kepada OPD bukan “aplikasi apa yang "
                                "Anda punya?”, melainkan “layanan apa yang Anda berikan, dan "
                                "bagian mana yang sudah elektronik?”"
                            ),
                            "attribution": "Fasilitator bimtek SPBE",
                            "source": "Materi pengantar SPBE untuk OPD",
                        }),
                        ("callout", {
                            "style": "tip",
                            "title": "Latihan singkat",
                            "text": (
                                "<p>Tuliskan tiga layanan administrasi dan satu layanan publik "
                                "di OPD Anda. Untuk masing-masing, tandai: manual, sebagian "
                                "elektronik, atau sepenuhnya elektronik. Simpan hasilnya; "
                                "akan dipakai di modul berikutnya.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "evaluasi-spbe-domain-aspek-indikator",
                    "title": "Evaluasi SPBE: domain, aspek, indikator dan tingkat kapabilitas",
                    "summary": (
                        "Struktur evaluasi SPBE menurut PermenPANRB 59/2020: empat domain, "
                        "delapan aspek, 47 indikator, lima tingkat kapabilitas, dan tahapan "
                        "penilaian dari penilaian mandiri sampai visitasi."
                    ),
                    "duration_minutes": 35,
                    "body": [
                        ("paragraph",
                         "<p>PermenPANRB 59/2020 mengatur pemantauan dan evaluasi SPBE. Hasil "
                         "evaluasi berupa indeks SPBE dan predikat. Memahami strukturnya "
                         "membantu daerah melihat bahwa indeks bukan soal jumlah aplikasi, "
                         "tetapi soal kebijakan, tata kelola, manajemen dan layanan yang "
                         "dibuktikan dengan dokumen.</p>"),
                        ("heading", {"text": "Empat domain dan delapan aspek", "level": "h2"}),
                        ("paragraph",
                         "<ol>"
                         "<li><b>Kebijakan Internal SPBE</b>: aspek kebijakan internal tata "
                         "kelola SPBE.</li>"
                         "<li><b>Tata Kelola SPBE</b>: aspek perencanaan strategis SPBE, "
                         "teknologi informasi dan komunikasi, serta penyelenggara SPBE.</li>"
                         "<li><b>Manajemen SPBE</b>: aspek penerapan manajemen SPBE dan "
                         "audit TIK.</li>"
                         "<li><b>Layanan SPBE</b>: aspek layanan administrasi pemerintahan "
                         "berbasis elektronik dan layanan publik berbasis elektronik.</li>"
                         "</ol>"
                         "<p>Keempat domain itu dirinci menjadi 47 indikator. Domain layanan "
                         "memiliki bobot terbesar, sehingga layanan yang benar-benar berjalan "
                         "dan terintegrasi sangat menentukan indeks.</p>"),
                        ("heading", {"text": "Lima tingkat kapabilitas", "level": "h3"}),
                        ("paragraph",
                         "<p>Setiap indikator dinilai pada tingkat 1 <i>rintisan</i>, 2 "
                         "<i>terkelola</i>, 3 <i>terdefinisi</i>, 4 <i>terpadu dan terukur</i>, "
                         "dan 5 <i>optimum</i>. Secara sederhana: apakah sudah ada, apakah "
                         "sudah dikelola, apakah sudah dibakukan, apakah sudah terintegrasi "
                         "dan diukur, dan apakah sudah terus diperbaiki.</p>"
                         "<p>Sebagai ilustrasi cara berpikir, bukan kriteria resmi: layanan "
                         "naskah dinas elektronik yang baru dipakai sebagian unit masih dekat "
                         "dengan tingkat rintisan; jika penggunaannya sudah dibakukan untuk "
                         "seluruh instansi, ia mendekati tingkat terdefinisi; jika sudah "
                         "terhubung dengan layanan lain dan kinerjanya diukur, ia mendekati "
                         "tingkat terpadu dan terukur.</p>"),
                        ("steps", {
                            "title": "Tahapan evaluasi",
                            "steps": [
                                {"title": "Penilaian mandiri",
                                 "text": (
                                     "<p>Instansi menilai dirinya sendiri dan mengunggah "
                                     "bukti dukung.</p>"
                                 )},
                                {"title": "Penilaian dokumen",
                                 "text": (
                                     "<p>Asesor memeriksa kesesuaian bukti dengan tingkat "
                                     "yang diklaim.</p>"
                                 )},
                                {"title": "Penilaian interviu",
                                 "text": "<p>Klarifikasi langsung dengan instansi.</p>"},
                                {"title": "Penilaian visitasi",
                                 "text": (
                                     "<p>Pengamatan lapangan untuk memastikan layanan "
                                     "benar-benar berjalan.</p>"
                                 )},
                            ],
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Kesalahan umum dalam penilaian mandiri",
                            "text": (
                                "<ul>"
                                "<li>Mengklaim tingkat tinggi tanpa bukti dukung.</li>"
                                "<li>Bukti berupa rancangan yang belum ditetapkan.</li>"
                                "<li>Penilaian diisi satu orang di Diskominfo tanpa data "
                                "dari OPD lain.</li>"
                                "</ul>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Asesor tidak menilai niat baik. Yang dinilai adalah dokumen "
                                "yang ditetapkan dan layanan yang bisa ditunjukkan."
                            ),
                            "attribution": "Fasilitator bimtek SPBE",
                            "source": "Sesi persiapan evaluasi SPBE",
                        }),
                    ],
                },
                {
                    "slug": "kisah-maluku-utara-dan-sulawesi-selatan",
                    "title": (
                        "Kisah Maluku Utara dan Sulawesi Selatan: ketika baru lima OPD "
                        "berjalan"
                    ),
                    "summary": (
                        "Mengapa SPBE di Maluku Utara baru berjalan di lima OPD, apa yang dicari "
                        "Wakil Gubernur Maluku Utara di Sulawesi Selatan, dan dua bentuk tindak "
                        "lanjut yang disepakati."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Di Provinsi Maluku Utara, SPBE baru berjalan di lima OPD: "
                         "keuangan, Bappeda, pendapatan, perizinan dan Infokom. Wakil Gubernur "
                         "Maluku Utara lalu berkunjung ke Pemerintah Provinsi Sulawesi Selatan, "
                         "yang menjadi rujukan nasional penerapan SPBE, untuk melihat langsung "
                         "bagaimana SPBE dijalankan di seluruh perangkat daerah.</p>"),
                        ("heading", {"text": "Membaca pola lima OPD", "level": "h2"}),
                        ("paragraph",
                         "<p>Perhatikan kelima OPD itu. Sebagian besar mengelola uang dan izin, "
                         "yang memang sudah didorong oleh sistem nasional dan tuntutan "
                         "pemeriksaan, sementara Infokom mengelola infrastrukturnya. OPD lain "
                         "tidak punya dorongan serupa. Pola ini umum di banyak daerah. "
                         "Pelajarannya: perluasan SPBE tidak akan terjadi dengan sendirinya; "
                         "ia harus direncanakan, dipimpin dan diberi tenggat.</p>"),
                        ("callout", {
                            "style": "info",
                            "title": "Lima OPD yang sudah berjalan di Maluku Utara",
                            "text": (
                                "<ul>"
                                "<li>BPKAD (keuangan)</li>"
                                "<li>Bappeda (perencanaan)</li>"
                                "<li>Bapenda (pendapatan)</li>"
                                "<li>DPMPTSP (perizinan)</li>"
                                "<li>Diskominfo (Infokom)</li>"
                                "</ul>"
                                "<p>Kelimanya adalah modal: mereka bisa menjadi mentor bagi "
                                "OPD lain di provinsi sendiri.</p>"
                            ),
                        }),
                        ("steps", {
                            "title": "Dua bentuk tindak lanjut yang disepakati",
                            "steps": [
                                {"title": "OPD Maluku Utara melakukan studi banding sendiri",
                                 "text": (
                                     "<p>Setiap OPD mempelajari OPD mitranya di Sulawesi "
                                     "Selatan: dinas bertemu dinas, badan bertemu badan, "
                                     "dengan pertanyaan yang spesifik.</p>"
                                 )},
                                {"title": "Mengundang Sulawesi Selatan ke Maluku Utara",
                                 "text": (
                                     "<p>Narasumber dari Sulawesi Selatan memaparkan di Maluku "
                                     "Utara, sehingga lebih banyak ASN dapat ikut tanpa "
                                     "biaya perjalanan untuk semua peserta.</p>"
                                 )},
                            ],
                        }),
                        ("paragraph",
                         "<p>Apa yang sebaiknya dilihat dalam kunjungan semacam ini? Bukan hanya "
                         "aplikasi yang diperagakan di ruang rapat, tetapi juga dokumen yang "
                         "menopangnya: kebijakan internal SPBE, SK tim koordinasi, arsitektur "
                         "dan peta rencana, cara OPD berbagi data, serta layanan yang "
                         "benar-benar dipakai pegawai dan warga setiap hari. Mintalah salinan "
                         "dokumen yang boleh dibagikan agar tidak perlu menulis ulang dari "
                         "nol.</p>"),
                        ("quote", {
                            "text": (
                                "Kunjungan pimpinan membuka pintu. Yang membuat perubahan "
                                "adalah kunjungan berikutnya, ketika kepala bidang dan "
                                "operator dari setiap OPD duduk bersama rekan sejawatnya."
                            ),
                            "attribution": "Fasilitator bimtek SPBE",
                            "source": "Catatan tindak lanjut kunjungan kerja",
                        }),
                        ("callout", {
                            "style": "tip",
                            "title": "Pertanyaan refleksi",
                            "text": (
                                "<p>Di daerah Anda, OPD mana yang sudah berjalan? Apa yang "
                                "mendorong mereka? Dorongan serupa apa yang bisa diberikan "
                                "kepada OPD lain: kebijakan, anggaran, pendampingan, atau "
                                "tenggat dari pimpinan?</p>"
                            ),
                        }),
                    ],
                },
            ],
        },
        {
            "slug": "diagnosis-dan-perencanaan",
            "title": "Mendiagnosis Kondisi dan Merencanakan SPBE",
            "intro": (
                "Menilai kondisi setiap OPD secara jujur, menyusun arsitektur SPBE daerah, dan "
                "menuangkannya ke dalam peta rencana yang realistis."
            ),
            "lessons": [
                {
                    "slug": "penilaian-mandiri-per-opd",
                    "title": "Penilaian mandiri SPBE per OPD",
                    "summary": (
                        "Cara menjalankan penilaian mandiri di setiap OPD dengan lembar "
                        "penilaian sederhana, mengumpulkan bukti dukung, dan menemukan "
                        "kesenjangan yang perlu ditutup."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Evaluasi SPBE menilai instansi pemerintah daerah secara utuh, "
                         "tetapi bukti dukungnya tersebar di banyak OPD. Karena itu, mulailah "
                         "dengan penilaian mandiri per OPD. Tujuannya bukan mencari nilai "
                         "tinggi, melainkan peta yang jujur: OPD mana sudah di tingkat berapa, "
                         "dan apa yang kurang.</p>"),
                        ("heading", {"text": "Langkah penilaian mandiri", "level": "h2"}),
                        ("steps", {
                            "title": "Penilaian mandiri dalam satu bulan",
                            "steps": [
                                {"title": "Minggu 1: sosialisasi dan pembagian lembar",
                                 "text": (
                                     "<p>Tim koordinasi menjelaskan domain, aspek dan tingkat "
                                     "kapabilitas kepada petugas SPBE setiap OPD.</p>"
                                 )},
                                {"title": "Minggu 2: OPD mengisi dan mengumpulkan bukti",
                                 "text": (
                                     "<p>Bukti berupa dokumen yang ditetapkan, tangkapan "
                                     "layar layanan, laporan, atau data penggunaan.</p>"
                                 )},
                                {"title": "Minggu 3: klarifikasi",
                                 "text": (
                                     "<p>Tim mengunjungi atau memanggil OPD untuk mencocokkan "
                                     "klaim dengan bukti.</p>"
                                 )},
                                {"title": "Minggu 4: rekap dan peta kesenjangan",
                                 "text": (
                                     "<p>Hasil disusun dalam satu tabel: OPD sebagai baris, "
                                     "aspek sebagai kolom. Warna merah untuk kesenjangan "
                                     "terbesar.</p>"
                                 )},
                            ],
                        }),
                        ("document", {
                            "document": "penilaian-mandiri-spbe-opd",
                            "title": "Unduh lembar penilaian mandiri SPBE per OPD",
                            "description": (
                                "Pertanyaan bantu untuk delapan aspek SPBE, kolom tingkat "
                                "kapabilitas, bukti dukung dan tindak lanjut."
                            ),
                        }),
                        ("callout", {
                            "style": "info",
                            "title": "Pertanyaan bantu, bukan indikator resmi",
                            "text": (
                                "<p>Lembar di atas menyederhanakan delapan aspek menjadi "
                                "pertanyaan yang mudah dipahami OPD. Untuk evaluasi resmi, "
                                "tetap gunakan indikator dan kriteria dalam PermenPANRB "
                                "59/2020 beserta pedoman evaluasi yang berlaku.</p>"
                            ),
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Jebakan yang perlu dihindari",
                            "text": (
                                "<ul>"
                                "<li>OPD menaikkan nilai karena takut dinilai buruk oleh "
                                "pimpinan. Tegaskan bahwa hasil dipakai untuk pendampingan, "
                                "bukan hukuman.</li>"
                                "<li>Bukti dikumpulkan di flashdisk pribadi. Simpan di folder "
                                "bersama yang dikelola tim koordinasi.</li>"
                                "</ul>"
                            ),
                        }),
                        ("paragraph",
                         "<h3>Contoh bukti dukung yang kuat</h3><ul><li>Perkada atau SK yang "
                         "sudah ditetapkan, bukan rancangan;</li><li>tangkapan layar layanan "
                         "beserta alamatnya;</li><li>laporan penggunaan, misalnya jumlah "
                         "transaksi per bulan;</li><li>notulen rapat tim koordinasi yang "
                         "ditandatangani.</li></ul><p>Beri nama berkas secara konsisten, "
                         "misalnya nomor indikator diikuti nama OPD, agar mudah ditemukan saat "
                         "penilaian dokumen.</p>"),
                        ("quote", {
                            "text": (
                                "Penilaian mandiri yang jujur adalah hadiah bagi tim "
                                "koordinasi. Dari situ kami tahu harus mendampingi siapa "
                                "lebih dulu."
                            ),
                            "attribution": "Fasilitator bimtek SPBE",
                            "source": "Lokakarya penilaian mandiri SPBE",
                        }),
                    ],
                },
                {
                    "slug": "arsitektur-spbe-daerah",
                    "title": "Menyusun arsitektur SPBE daerah",
                    "summary": (
                        "Arsitektur SPBE sebagai gambar besar proses bisnis, data, aplikasi, "
                        "infrastruktur, keamanan dan layanan, serta cara menyusunnya mulai dari "
                        "inventarisasi aplikasi yang sudah ada."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Arsitektur SPBE adalah kerangka dasar yang mendeskripsikan "
                         "integrasi proses bisnis, data dan informasi, infrastruktur, aplikasi, "
                         "dan keamanan SPBE untuk menghasilkan layanan SPBE yang terintegrasi. "
                         "Tanpa arsitektur, setiap OPD membangun aplikasinya sendiri, "
                         "datanya tidak bisa dibagi, dan anggaran terbuang untuk hal yang "
                         "sama berkali-kali. Arsitektur SPBE daerah perlu selaras dengan "
                         "Arsitektur SPBE Nasional.</p>"),
                        ("heading", {"text": "Enam domain arsitektur", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Proses bisnis</b>: alur kerja layanan lintas OPD.</li>"
                         "<li><b>Data dan informasi</b>: data apa, milik siapa, dipakai "
                         "siapa.</li>"
                         "<li><b>Infrastruktur SPBE</b>: pusat data, jaringan intra "
                         "pemerintah, sistem penghubung layanan.</li>"
                         "<li><b>Aplikasi SPBE</b>: aplikasi umum dan aplikasi khusus.</li>"
                         "<li><b>Keamanan SPBE</b>: kerahasiaan, keutuhan, ketersediaan, "
                         "keaslian dan nirsangkal.</li>"
                         "<li><b>Layanan SPBE</b>: layanan administrasi dan layanan "
                         "publik.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Menyusun arsitektur dari kondisi nyata",
                            "steps": [
                                {"title": "Inventarisasi aplikasi",
                                 "text": (
                                     "<p>Catat setiap aplikasi: pemilik, fungsi, pengguna, "
                                     "tempat dipasang, data yang dikelola, dan status "
                                     "aktif.</p>"
                                 )},
                                {"title": "Petakan ke layanan",
                                 "text": (
                                     "<p>Setiap aplikasi harus melayani layanan tertentu. "
                                     "Aplikasi tanpa layanan adalah kandidat untuk "
                                     "dihentikan.</p>"
                                 )},
                                {"title": "Temukan tumpang tindih",
                                 "text": (
                                     "<p>Misalnya tiga OPD punya aplikasi surat menyurat "
                                     "masing-masing. Pilih satu, utamakan aplikasi umum "
                                     "nasional bila tersedia.</p>"
                                 )},
                                {"title": "Gambarkan kondisi sekarang dan target",
                                 "text": (
                                     "<p>Selisih keduanya menjadi bahan peta rencana.</p>"
                                 )},
                                {"title": "Tetapkan dan pakai sebagai pagar",
                                 "text": (
                                     "<p>Usulan aplikasi baru di Renja OPD diperiksa "
                                     "kesesuaiannya dengan arsitektur sebelum "
                                     "dianggarkan.</p>"
                                 )},
                            ],
                        }),
                        ("paragraph",
                         "<p><b>Aplikasi umum</b> adalah aplikasi SPBE yang sama dan standar, "
                         "dipakai bersama oleh banyak instansi. <b>Aplikasi khusus</b> dibangun "
                         "untuk kebutuhan khusus instansi atau sektor tertentu. Dalam arsitektur "
                         "daerah, dahulukan aplikasi umum bila tersedia. Aplikasi khusus "
                         "dibangun hanya ketika kebutuhannya memang tidak dilayani aplikasi "
                         "lain, dan tetap harus bisa berbagi data melalui sistem penghubung "
                         "layanan.</p>"),
                        ("callout", {
                            "style": "tip",
                            "title": "Mulai dari yang sederhana",
                            "text": (
                                "<p>Arsitektur pertama tidak harus sempurna. Tabel "
                                "inventarisasi yang lengkap dan jujur jauh lebih berguna "
                                "daripada gambar rumit yang tidak dipahami OPD.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Setiap kali ada usulan aplikasi baru, kami bertanya: layanan "
                                "apa yang dilayani, data siapa yang dipakai, dan apakah sudah "
                                "ada aplikasi lain yang mengerjakannya?"
                            ),
                            "attribution": "Fasilitator bimtek SPBE",
                            "source": "Sesi arsitektur SPBE",
                        }),
                    ],
                },
                {
                    "slug": "peta-rencana-spbe",
                    "title": "Peta rencana SPBE: dari lima OPD ke seluruh OPD",
                    "summary": (
                        "Menuangkan hasil penilaian mandiri dan arsitektur ke peta rencana SPBE "
                        "bertahap: OPD perintis sebagai mentor, gelombang perluasan, dan "
                        "keterkaitan dengan Renja dan anggaran."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Peta rencana SPBE menjabarkan langkah yang akan ditempuh dari "
                         "kondisi sekarang menuju target arsitektur dalam kurun waktu tertentu. "
                         "Untuk daerah seperti Maluku Utara, yang SPBE-nya baru berjalan di "
                         "lima OPD, peta rencana menjawab pertanyaan sederhana: OPD mana "
                         "menyusul tahun ini, tahun depan, dan seterusnya, dengan dukungan "
                         "apa.</p>"),
                        ("heading", {"text": "Prinsip perluasan bertahap", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Gelombang 0</b>: OPD perintis didokumentasikan praktiknya dan "
                         "ditunjuk sebagai mentor internal.</li>"
                         "<li><b>Gelombang 1</b>: OPD dengan layanan publik bervolume tinggi "
                         "dan pimpinan yang siap.</li>"
                         "<li><b>Gelombang 2 dan seterusnya</b>: OPD lainnya, dengan memakai "
                         "templat dan pengalaman gelombang sebelumnya.</li>"
                         "<li>Kegiatan lintas OPD, seperti penilaian mandiri dan manajemen "
                         "risiko, berjalan untuk semua OPD sejak tahun pertama.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Menyusun peta rencana",
                            "steps": [
                                {"title": "Ambil kesenjangan terbesar",
                                 "text": "<p>Dari rekap penilaian mandiri.</p>"},
                                {"title": "Kelompokkan OPD ke gelombang",
                                 "text": (
                                     "<p>Pertimbangkan volume layanan, kesiapan pimpinan dan "
                                     "ketersediaan operator.</p>"
                                 )},
                                {"title": "Tulis kegiatan, keluaran dan penanggung jawab",
                                 "text": (
                                     "<p>Setiap baris punya satu pemilik yang jelas.</p>"
                                 )},
                                {"title": "Kaitkan dengan Renja dan anggaran",
                                 "text": (
                                     "<p>Kegiatan yang tidak masuk Renja OPD hanya akan "
                                     "menjadi rencana di atas kertas.</p>"
                                 )},
                                {"title": "Tetapkan indikator keberhasilan",
                                 "text": (
                                     "<p>Yang bisa diperiksa, misalnya “layanan utama bisa "
                                     "diakses daring”, bukan “meningkatnya pemanfaatan "
                                     "TIK”.</p>"
                                 )},
                            ],
                        }),
                        ("document", {
                            "document": "templat-peta-rencana-spbe",
                            "title": "Unduh templat peta rencana perluasan SPBE",
                            "description": (
                                "Contoh pengisian tiga tahun dengan gelombang OPD, keluaran, "
                                "penanggung jawab dan indikator keberhasilan."
                            ),
                        }),
                        ("paragraph",
                         "<p>Untuk Maluku Utara, misalnya, lima OPD yang sudah berjalan "
                         "(keuangan, Bappeda, pendapatan, perizinan dan Infokom) bisa menjadi "
                         "gelombang 0. Praktik mereka didokumentasikan lebih dulu, lalu setiap "
                         "OPD perintis mendampingi beberapa OPD di gelombang berikutnya. Dengan "
                         "cara ini perluasan tidak bergantung sepenuhnya pada narasumber dari "
                         "luar daerah.</p>"),
                        ("callout", {
                            "style": "warning",
                            "title": "Peta rencana yang gagal biasanya",
                            "text": (
                                "<ul>"
                                "<li>menargetkan semua OPD sekaligus dalam satu tahun;</li>"
                                "<li>hanya berisi pembelian perangkat dan aplikasi;</li>"
                                "<li>tidak menyebut siapa yang bertanggung jawab.</li>"
                                "</ul>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Lima OPD yang sudah berjalan bukan angka yang memalukan. "
                                "Itu lima calon mentor."
                            ),
                            "attribution": "Fasilitator bimtek SPBE",
                            "source": "Lokakarya peta rencana SPBE",
                        }),
                    ],
                },
            ],
        },
        {
            "slug": "memperluas-ke-seluruh-opd",
            "title": "Memperluas SPBE ke Seluruh OPD",
            "intro": (
                "Tata kelola yang menggerakkan semua OPD, cara belajar dari Sulawesi Selatan "
                "lewat studi banding atau narasumber, serta memilih layanan yang dikerjakan "
                "lebih dulu."
            ),
            "lessons": [
                {
                    "slug": "tim-koordinasi-spbe",
                    "title": "Tim koordinasi SPBE dan petugas SPBE di setiap OPD",
                    "summary": (
                        "Susunan tim koordinasi SPBE daerah, peran petugas SPBE di setiap OPD, "
                        "dan ritme rapat yang menjaga perluasan tetap bergerak."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Perpres 95/2018 mengamanatkan koordinasi SPBE di setiap instansi "
                         "pusat dan pemerintah daerah. Di daerah, tim koordinasi SPBE umumnya "
                         "dipimpin Sekda, karena perluasan SPBE menyentuh semua OPD dan "
                         "memerlukan kewenangan lintas perangkat daerah. Diskominfo berperan "
                         "sebagai motor teknis, Bappeda memastikan kegiatan masuk perencanaan, "
                         "dan BPKAD memastikan anggarannya tersedia.</p>"),
                        ("heading", {"text": "Petugas SPBE OPD", "level": "h2"}),
                        ("paragraph",
                         "<p>Setiap OPD menunjuk satu atau dua petugas SPBE. Mereka "
                         "mengumpulkan bukti dukung, menjadi penghubung dengan Diskominfo, dan "
                         "memastikan layanan OPD tercatat. Pilih pegawai yang memahami layanan "
                         "OPD, bukan hanya yang paling muda atau paling paham gawai.</p>"),
                        ("steps", {
                            "title": "Ritme kerja tim koordinasi",
                            "steps": [
                                {"title": "Bulanan: rapat petugas SPBE",
                                 "text": (
                                     "<p>Membahas kemajuan peta rencana per OPD dan hambatan "
                                     "yang perlu keputusan.</p>"
                                 )},
                                {"title": "Triwulanan: laporan ke Sekda",
                                 "text": (
                                     "<p>Satu halaman: capaian, OPD yang tertinggal, dan "
                                     "keputusan yang diminta.</p>"
                                 )},
                                {"title": "Tahunan: penilaian mandiri dan revisi peta rencana",
                                 "text": (
                                     "<p>Menjelang evaluasi SPBE, sekaligus menjadi bahan "
                                     "Renja tahun berikutnya.</p>"
                                 )},
                            ],
                        }),
                        ("callout", {
                            "style": "tip",
                            "title": "Pasangkan OPD perintis dengan OPD penyusul",
                            "text": (
                                "<p>Misalnya, petugas SPBE di Bapenda mendampingi OPD yang "
                                "juga memungut retribusi, dan petugas di DPMPTSP mendampingi "
                                "OPD yang memberikan rekomendasi teknis perizinan. Belajar "
                                "dari rekan satu daerah lebih cepat dan murah.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "SPBE baru bergerak ketika yang memimpin rapat adalah orang "
                                "yang bisa memanggil semua kepala OPD."
                            ),
                            "attribution": "Fasilitator bimtek SPBE",
                            "source": "Catatan pendampingan tim koordinasi SPBE",
                        }),
                        ("paragraph",
                         "<h3>Isi SK tim koordinasi</h3><ul><li>susunan tim dan tugas setiap "
                         "unsur;</li><li>kewajiban setiap OPD menunjuk petugas "
                         "SPBE;</li><li>jadwal rapat dan kewajiban pelaporan;</li><li>kewenangan "
                         "tim memberi pertimbangan atas usulan aplikasi baru sebelum "
                         "dianggarkan.</li></ul><p>Butir terakhir sering dilupakan, padahal "
                         "itulah alat paling efektif untuk mencegah aplikasi yang tumpang "
                         "tindih.</p>"),
                        ("callout", {
                            "style": "warning",
                            "title": "Tanda tim koordinasi hanya di atas kertas",
                            "text": (
                                "<ul>"
                                "<li>SK ada, tetapi rapat terakhir setahun lalu.</li>"
                                "<li>Semua pekerjaan dibebankan kepada Diskominfo.</li>"
                                "<li>Tidak ada laporan yang sampai ke Sekda.</li>"
                                "</ul>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "studi-banding-atau-narasumber",
                    "title": "Studi banding atau mengundang narasumber?",
                    "summary": (
                        "Membandingkan dua bentuk tindak lanjut kunjungan Maluku Utara ke "
                        "Sulawesi Selatan, serta langkah merancang keduanya agar menghasilkan "
                        "rencana tindak lanjut yang benar-benar dikerjakan."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Setelah kunjungan Wakil Gubernur Maluku Utara ke Sulawesi Selatan, "
                         "ada dua jalan yang disepakati: OPD Maluku Utara melakukan studi "
                         "banding sendiri, atau Sulawesi Selatan diundang menjadi narasumber "
                         "di Maluku Utara. Keduanya sah; pilihannya bergantung pada tujuan, "
                         "jumlah peserta dan anggaran.</p>"
                         "<p>Dalam banyak kasus, gabungan keduanya paling efektif: narasumber "
                         "diundang lebih dulu untuk menyamakan pemahaman banyak ASN, lalu "
                         "beberapa penggerak dari OPD berkunjung untuk melihat praktiknya secara "
                         "langsung.</p>"),
                        ("heading", {"text": "Kapan memilih yang mana", "level": "h2"}),
                        ("paragraph",
                         "<p><b>Studi banding</b> cocok jika yang perlu dilihat adalah "
                         "layanan yang berjalan di lapangan, ruang kendali, atau cara kerja "
                         "sehari-hari, dan pesertanya sedikit tetapi akan menjadi penggerak. "
                         "<b>Mengundang narasumber</b> cocok jika yang dibutuhkan adalah "
                         "pemahaman yang sama bagi banyak ASN dari banyak OPD sekaligus, "
                         "misalnya sosialisasi arsitektur dan penilaian mandiri.</p>"),
                        ("steps", {
                            "title": "Merancang kunjungan atau sesi narasumber",
                            "steps": [
                                {"title": "Rumuskan masalah yang dibawa",
                                 "text": (
                                     "<p>Diambil dari penilaian mandiri, bukan dari daftar "
                                     "keinginan umum.</p>"
                                 )},
                                {"title": "Kirim surat resmi dan daftar pertanyaan",
                                 "text": (
                                     "<p>Sebutkan OPD mitra yang ingin ditemui dan topik per "
                                     "OPD.</p>"
                                 )},
                                {"title": "Susun delegasi atau peserta",
                                 "text": (
                                     "<p>Sertakan petugas SPBE OPD, bukan hanya pejabat "
                                     "struktural.</p>"
                                 )},
                                {"title": "Catat temuan dengan kerangka yang sama",
                                 "text": (
                                     "<p>Yang bisa ditiru, yang perlu disesuaikan, dan yang "
                                     "tidak cocok.</p>"
                                 )},
                                {"title": "Tetapkan rencana tindak lanjut",
                                 "text": (
                                     "<p>Setiap tindakan memiliki penanggung jawab, tenggat "
                                     "dan tanda selesai, lalu dipantau tim koordinasi.</p>"
                                 )},
                            ],
                        }),
                        ("document", {
                            "document": "rencana-tindak-lanjut-kunjungan",
                            "title": "Unduh templat rencana tindak lanjut kunjungan",
                            "description": (
                                "Tabel temuan, tindakan, penanggung jawab, tenggat dan tanda "
                                "selesai, dengan tiga contoh pengisian."
                            ),
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Studi banding tanpa tindak lanjut",
                            "text": (
                                "<p>Laporan perjalanan yang hanya berisi foto dan ringkasan "
                                "paparan tidak mengubah apa pun. Ukuran keberhasilan studi "
                                "banding adalah jumlah tindakan yang selesai tiga bulan "
                                "kemudian.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Kami selalu meminta tamu menuliskan tiga hal yang akan mereka "
                                "kerjakan sepulang kunjungan, lengkap dengan nama penanggung "
                                "jawabnya. Di situ kunjungan benar-benar dimulai."
                            ),
                            "attribution": "Fasilitator bimtek SPBE",
                            "source": "Penutupan sesi kunjungan kerja",
                        }),
                    ],
                },
                {
                    "slug": "layanan-prioritas-dan-pemantauan",
                    "title": "Memilih layanan prioritas dan memantau kemajuan",
                    "summary": (
                        "Kriteria memilih layanan yang didigitalkan lebih dulu, memanfaatkan "
                        "aplikasi umum yang sudah tersedia, dan memantau kemajuan SPBE per OPD "
                        "secara sederhana."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Domain layanan memiliki bobot terbesar dalam evaluasi SPBE, dan "
                         "layanan pula yang dirasakan langsung oleh pegawai dan masyarakat. "
                         "Karena itu, perluasan ke OPD baru sebaiknya dimulai dari layanan, "
                         "bukan dari pengadaan perangkat.</p>"),
                        ("heading", {"text": "Kriteria layanan prioritas", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Volume tinggi</b>: banyak dipakai setiap hari.</li>"
                         "<li><b>Sudah ada aplikasi umum</b>: tidak perlu membangun sendiri, "
                         "misalnya SRIKANDI untuk naskah dinas elektronik dan SP4N-LAPOR! "
                         "untuk pengaduan.</li>"
                         "<li><b>Lintas OPD</b>: manfaatnya dirasakan banyak OPD sekaligus, "
                         "seperti perencanaan dan penganggaran melalui SIPD.</li>"
                         "<li><b>Terlihat hasilnya</b>: masyarakat atau pegawai langsung "
                         "merasakan perbedaan.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Memantau kemajuan setiap bulan",
                            "steps": [
                                {"title": "Satu tabel untuk semua OPD",
                                 "text": (
                                     "<p>Baris OPD, kolom layanan prioritas, isi status: "
                                     "belum, uji coba, berjalan.</p>"
                                 )},
                                {"title": "Ukur penggunaan, bukan keberadaan",
                                 "text": (
                                     "<p>Misalnya jumlah naskah dinas elektronik per bulan, "
                                     "bukan sekadar “aplikasi sudah terpasang”.</p>"
                                 )},
                                {"title": "Bahas OPD yang tertinggal",
                                 "text": (
                                     "<p>Cari penyebabnya: perangkat, kemampuan, atau "
                                     "kemauan pimpinan. Tindakannya berbeda untuk "
                                     "masing-masing.</p>"
                                 )},
                            ],
                        }),
                        ("paragraph",
                         "<p>Untuk OPD yang baru bergabung, gunakan urutan sederhana: mulai dari "
                         "layanan administrasi yang aplikasinya sudah tersedia, seperti naskah "
                         "dinas elektronik, lalu layanan publik utama OPD tersebut, baru "
                         "kemudian integrasi data dengan OPD lain. Urutan ini memberi hasil "
                         "cepat tanpa menunggu pembangunan aplikasi baru, dan membiasakan "
                         "pegawai bekerja secara elektronik sebelum menghadapi perubahan yang "
                         "lebih besar.</p>"),
                        ("callout", {
                            "style": "tip",
                            "title": "Rayakan kemajuan kecil",
                            "text": (
                                "<p>Umumkan OPD yang baru berhasil menjalankan layanan "
                                "elektronik di rapat pimpinan. Pengakuan dari Sekda sering "
                                "lebih menggerakkan daripada surat edaran.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Indeks SPBE naik sebagai akibat, bukan tujuan. Tujuannya "
                                "pelayanan yang lebih cepat dan pemerintahan yang lebih "
                                "tertib."
                            ),
                            "attribution": "Fasilitator bimtek SPBE",
                            "source": "Penutup bimtek SPBE",
                        }),
                        ("callout", {
                            "style": "info",
                            "title": "Tugas akhir kursus",
                            "text": (
                                "<p>Susun peta rencana satu tahun untuk daerah Anda memakai "
                                "templat di modul sebelumnya, lengkap dengan tiga layanan "
                                "prioritas dan cara memantaunya. Unggah untuk dibahas pada "
                                "sesi pendampingan.</p>"
                            ),
                        }),
                    ],
                },
            ],
        },
    ],
}


COURSE_SMART_CITY = {
    "slug": "menyusun-masterplan-smart-city",
    "title": "Menyusun Masterplan Smart City: Pengalaman Kota Baubau",
    "summary": (
        "Cara Kota Baubau menyusun masterplan smart city melalui bimtek empat tahap selama "
        "sekitar empat bulan bersama tenaga ahli dari Kominfo, dengan ASN dari setiap OPD, "
        "yang ditutup resmi pada 25 November 2021. Dibahas pula fondasi e-government Sinergo "
        "(Perwali Baubau 57/2016 dan Inpres 3/2003), enam dimensi smart city, dan Sipolima "
        "sebagai contoh quick win."
    ),
    "description": (
        "<p>Masterplan smart city yang baik tidak ditulis konsultan di balik meja, melainkan "
        "disusun bersama oleh OPD yang nanti menjalankannya. Kota Baubau menempuh jalan itu: "
        "bimtek empat tahap selama sekitar empat bulan bersama tenaga ahli dari Kominfo, "
        "diikuti ASN dari setiap OPD, dan ditutup secara resmi pada 25 November 2021.</p>"
        "<p>Dalam kursus ini Anda akan:</p>"
        "<ul>"
        "<li>memahami fondasi e-government daerah, dari Inpres 3/2003 sampai Sinergo di "
        "Baubau;</li>"
        "<li>mengenal enam dimensi smart city dan menilai kesiapan daerah;</li>"
        "<li>merancang bimtek empat tahap dan menyusun isi masterplan;</li>"
        "<li>memilih quick win, belajar dari Sipolima, dan mengawal pelaksanaan "
        "masterplan.</li>"
        "</ul>"
    ),
    "learning_objectives": [
        "Menjelaskan kaitan kebijakan e-government (Inpres 3/2003, Perwali Baubau 57/2016 "
        "tentang Sinergo) dengan agenda smart city daerah.",
        "Menguraikan enam dimensi smart city dan menilai kesiapan daerah dari sisi struktur, "
        "infrastruktur dan suprastruktur.",
        "Merancang bimtek empat tahap penyusunan masterplan yang melibatkan semua OPD.",
        "Menyusun program, quick win dan peta jalan yang terhubung dengan RPJMD dan Renja.",
        "Menetapkan tata kelola untuk mengawal pelaksanaan masterplan.",
    ],
    "host_region": "kota-baubau",
    "topics": ["smart-city", "e-government"],
    "tags": ["smart city", "masterplan", "quick win", "sinergo", "sipolima"],
    "level": "menengah",
    "jp_hours": 24,
    "enrolment_open": True,
    "trainers": ["fasilitator"],
    "modules": [
        {
            "slug": "fondasi-smart-city",
            "title": "Fondasi: dari E-Government ke Smart City",
            "intro": (
                "Smart city tidak dimulai dari nol. Modul ini menelusuri fondasi "
                "e-government, enam dimensi smart city, dan cara menilai kesiapan daerah."
            ),
            "lessons": [
                {
                    "slug": "inpres-3-2003-dan-sinergo",
                    "title": "Dari Inpres 3/2003 ke Sinergo Kota Baubau",
                    "summary": (
                        "Kebijakan dan strategi nasional e-government dalam Inpres 3/2003, "
                        "lalu bagaimana Kota Baubau menerjemahkannya menjadi Sinergo (Sinergi "
                        "E-Government) melalui Perwali 57/2016."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Jauh sebelum istilah smart city populer, pemerintah sudah "
                         "mengeluarkan Inpres 3/2003 tentang Kebijakan dan Strategi Nasional "
                         "Pengembangan E-Government. Inpres ini meminta instansi pusat dan "
                         "daerah memanfaatkan teknologi informasi untuk memperbaiki pelayanan "
                         "publik dan cara kerja pemerintahan, secara bertahap dan terukur.</p>"),
                        ("heading", {"text": "Enam strategi e-government", "level": "h2"}),
                        ("paragraph",
                         "<p>Secara ringkas, strategi dalam Inpres 3/2003 meliputi:</p>"
                         "<ol>"
                         "<li>mengembangkan sistem pelayanan yang andal, terpercaya dan "
                         "terjangkau masyarakat luas;</li>"
                         "<li>menata sistem manajemen dan proses kerja pemerintah secara "
                         "menyeluruh;</li>"
                         "<li>memanfaatkan teknologi informasi secara optimal;</li>"
                         "<li>meningkatkan peran dunia usaha dan mengembangkan industri "
                         "telekomunikasi dan teknologi informasi;</li>"
                         "<li>mengembangkan kapasitas SDM pemerintah dan meningkatkan literasi "
                         "elektronik masyarakat;</li>"
                         "<li>melaksanakan pengembangan secara sistematik melalui tahapan yang "
                         "realistis dan terukur.</li>"
                         "</ol>"),
                        ("heading", {
                            "text": "Sinergo: sinergi e-government di Baubau",
                            "level": "h2",
                        }),
                        ("paragraph",
                         "<p>Kota Baubau meluncurkan <b>Sinergo</b> (Sinergi E-Government) "
                         "dengan Perwali Baubau 57/2016, berlandaskan Inpres 3/2003. Pesannya "
                         "ada pada kata <i>sinergi</i>: aplikasi dan data OPD tidak berdiri "
                         "sendiri-sendiri, melainkan dikelola sebagai satu kesatuan. Fondasi "
                         "inilah yang kemudian memudahkan penyusunan masterplan smart city, "
                         "karena OPD sudah terbiasa memandang layanan elektroniknya sebagai "
                         "bagian dari sistem kota.</p>"),
                        ("paragraph",
                         "<p>Apa arti sinergi dalam praktik? Misalnya, OPD tidak lagi meminta "
                         "data penduduk atau data pegawai berulang kali kepada OPD lain karena "
                         "data itu tersedia dan dipakai bersama; aplikasi baru dibahas lebih "
                         "dulu bersama Diskominfo agar tidak tumpang tindih; dan jaringan "
                         "dikelola bersama, bukan dibangun sendiri oleh setiap OPD.</p>"),
                        ("callout", {
                            "style": "tip",
                            "title": "Periksa fondasi di daerah Anda",
                            "text": (
                                "<ul>"
                                "<li>Apakah ada Perkada tentang e-government atau SPBE?</li>"
                                "<li>Siapa yang mengoordinasikan aplikasi lintas OPD?</li>"
                                "<li>Apakah data satu OPD bisa dipakai OPD lain?</li>"
                                "</ul>"
                                "<p>Jika jawabannya masih “belum”, masukkan sebagai isu "
                                "strategis dalam masterplan.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Smart city di Baubau tidak mulai dari nol. Ada Sinergo yang "
                                "sudah membiasakan OPD berbagi. Masterplan tinggal memberi "
                                "arah yang lebih jauh."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Pengantar bimtek masterplan smart city",
                        }),
                    ],
                },
                {
                    "slug": "enam-dimensi-smart-city",
                    "title": "Enam dimensi smart city",
                    "summary": (
                        "Smart governance, smart branding, smart economy, smart living, smart "
                        "society dan smart environment: pengertian singkat, contoh program "
                        "untuk kota menengah, dan cara memetakan program OPD ke setiap dimensi."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Masterplan smart city di Indonesia lazim disusun menurut enam "
                         "dimensi. Dimensi membantu memastikan bahwa smart city bukan hanya "
                         "urusan aplikasi pemerintahan, tetapi juga ekonomi, kehidupan warga, "
                         "masyarakat dan lingkungan. Contoh di bawah ini bersifat ilustrasi "
                         "untuk kota berukuran menengah.</p>"),
                        ("heading", {"text": "Dimensi dan contoh program", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Smart governance</b>: tata kelola pemerintahan yang efektif "
                         "dan transparan. <i>Misalnya</i> naskah dinas elektronik, pengaduan "
                         "daring, kehadiran ASN yang terhubung dengan kinerja.</li>"
                         "<li><b>Smart branding</b>: membangun citra dan daya saing daerah. "
                         "<i>Misalnya</i> portal pariwisata dan promosi budaya dan sejarah "
                         "kota.</li>"
                         "<li><b>Smart economy</b>: ekosistem ekonomi yang produktif. "
                         "<i>Misalnya</i> pemasaran produk UMKM secara daring dan pembayaran "
                         "retribusi nontunai.</li>"
                         "<li><b>Smart living</b>: kualitas hidup warga. <i>Misalnya</i> "
                         "layanan kesehatan dan informasi transportasi.</li>"
                         "<li><b>Smart society</b>: masyarakat yang cakap digital dan "
                         "terlibat. <i>Misalnya</i> literasi digital dan ruang partisipasi "
                         "warga.</li>"
                         "<li><b>Smart environment</b>: lingkungan yang terkelola. "
                         "<i>Misalnya</i> pengelolaan sampah berbasis data dan pemantauan "
                         "risiko bencana.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Memetakan program OPD ke dimensi",
                            "steps": [
                                {"title": "Kumpulkan program OPD dari Renja",
                                 "text": (
                                     "<p>Ambil program yang memakai atau bisa memakai "
                                     "teknologi dan data.</p>"
                                 )},
                                {"title": "Tempatkan di satu dimensi utama",
                                 "text": (
                                     "<p>Satu program boleh menyentuh beberapa dimensi, "
                                     "tetapi tetapkan satu dimensi utama agar penanggung "
                                     "jawabnya jelas.</p>"
                                 )},
                                {"title": "Cari dimensi yang kosong",
                                 "text": (
                                     "<p>Dimensi tanpa program adalah bahan diskusi pada "
                                     "tahap analisis strategis.</p>"
                                 )},
                            ],
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Jangan jadikan dimensi sebagai daftar belanja",
                            "text": (
                                "<p>Kesalahan umum: setiap dimensi diisi pembelian perangkat, "
                                "misalnya layar besar atau kamera, tanpa layanan dan tanpa "
                                "pengelola. Mulailah dari masalah warga, lalu tanyakan "
                                "teknologi apa yang membantu.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Setiap OPD ternyata sudah punya sesuatu untuk salah satu "
                                "dimensi. Tugas bimtek adalah membuat mereka melihat bahwa "
                                "semua itu bagian dari satu gambar kota."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Bimtek masterplan smart city",
                        }),
                    ],
                },
                {
                    "slug": "analisis-kesiapan-daerah",
                    "title": "Menilai kesiapan daerah: struktur, infrastruktur, suprastruktur",
                    "summary": (
                        "Menilai kesiapan daerah dari tiga sisi sebelum menyusun masterplan, "
                        "dengan lembar penilaian mandiri yang bisa diisi bersama perwakilan "
                        "OPD."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Sebelum menulis visi dan program, daerah perlu jujur menilai "
                         "kesiapannya. Penilaian kesiapan yang lazim dipakai dalam penyusunan "
                         "masterplan smart city melihat tiga sisi: <b>suprastruktur</b> "
                         "(kebijakan dan regulasi), <b>struktur</b> (kepemimpinan, "
                         "kelembagaan, SDM dan anggaran), serta <b>infrastruktur</b> "
                         "(jaringan, pusat data, aplikasi dan data).</p>"),
                        ("paragraph",
                         "<h3>Contoh pertanyaan untuk setiap "
                         "sisi</h3><ul><li><b>Suprastruktur</b>: apakah visi smart city sudah "
                         "tercermin dalam RPJMD, dan apakah sudah ada Perkada tentang "
                         "e-government, data dan keamanan informasi?</li><li><b>Struktur</b>: "
                         "siapa yang memimpin, apakah setiap OPD punya perwakilan, dan apakah "
                         "program smart city sudah dianggarkan?</li><li><b>Infrastruktur</b>: "
                         "seberapa luas jaringan menjangkau kantor kecamatan dan kelurahan, di "
                         "mana aplikasi dan data disimpan, dan apakah datanya bisa "
                         "diolah?</li></ul><p>Bagi Baubau, misalnya, Perwali 57/2016 tentang "
                         "Sinergo sudah menjadi modal di sisi suprastruktur.</p>"),
                        ("heading", {"text": "Menjalankan penilaian kesiapan", "level": "h2"}),
                        ("steps", {
                            "title": "Penilaian kesiapan bersama OPD",
                            "steps": [
                                {"title": "Bagikan lembar penilaian sebelum pertemuan",
                                 "text": (
                                     "<p>Setiap OPD mengisi butir yang berkaitan dengan "
                                     "tugasnya dan menyiapkan bukti.</p>"
                                 )},
                                {"title": "Isi bersama dalam satu ruangan",
                                 "text": (
                                     "<p>Skor disepakati bersama, bukan diisi satu orang. "
                                     "Perbedaan pendapat justru menunjukkan hal yang belum "
                                     "jelas.</p>"
                                 )},
                                {"title": "Tandai skor terendah",
                                 "text": (
                                     "<p>Butir dengan skor 0 atau 1 menjadi isu strategis "
                                     "yang harus dijawab masterplan.</p>"
                                 )},
                                {"title": "Simpan sebagai lampiran masterplan",
                                 "text": (
                                     "<p>Hasil penilaian menjadi titik awal untuk mengukur "
                                     "kemajuan beberapa tahun kemudian.</p>"
                                 )},
                            ],
                        }),
                        ("document", {
                            "document": "penilaian-kesiapan-smart-city",
                            "title": "Unduh lembar penilaian mandiri kesiapan smart city",
                            "description": (
                                "Butir penilaian untuk suprastruktur, struktur dan "
                                "infrastruktur dengan skala 0 sampai 3."
                            ),
                        }),
                        ("callout", {
                            "style": "info",
                            "title": "Skor rendah bukan aib",
                            "text": (
                                "<p>Masterplan ditulis justru karena daerah belum siap di "
                                "beberapa sisi. Skor yang dinaikkan agar terlihat baik hanya "
                                "membuat program yang disusun salah sasaran.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Suprastruktur yang kuat tanpa orang yang menjalankan hanya "
                                "menghasilkan peraturan. Orang yang bersemangat tanpa "
                                "infrastruktur hanya menghasilkan keluhan. Ketiganya harus "
                                "dibangun bersama."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Sesi analisis kesiapan daerah",
                        }),
                    ],
                },
            ],
        },
        {
            "slug": "bimtek-empat-tahap",
            "title": "Bimtek Empat Tahap Penyusunan Masterplan",
            "intro": (
                "Bagaimana Baubau menyusun masterplan smart city bersama tenaga ahli Kominfo "
                "dan ASN dari setiap OPD dalam empat tahap selama sekitar empat bulan."
            ),
            "lessons": [
                {
                    "slug": "merancang-bimtek-empat-tahap",
                    "title": "Merancang bimtek empat tahap",
                    "summary": (
                        "Mengapa masterplan disusun melalui bimtek bertahap, bukan diserahkan "
                        "kepada satu tim kecil, dan bagaimana membagi empat tahap dengan "
                        "keluaran dan pekerjaan rumah yang jelas."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Kota Baubau menyusun masterplan smart city melalui bimtek dalam "
                         "empat tahap selama sekitar empat bulan. Narasumbernya tenaga ahli "
                         "dari Kominfo, dan pesertanya ASN dari setiap OPD. Bimtek ditutup "
                         "secara resmi pada 25 November 2021. Pilihan format ini disengaja: "
                         "OPD yang ikut menyusun akan merasa memiliki, dan program yang "
                         "tertulis adalah program yang memang sanggup mereka jalankan.</p>"),
                        ("heading", {"text": "Mengapa bertahap", "level": "h2"}),
                        ("paragraph",
                         "<p>Jeda antartahap memberi waktu bagi OPD untuk mengerjakan "
                         "pekerjaan rumah: mengumpulkan data, berdiskusi dengan pimpinan, dan "
                         "menghitung anggaran. Bimtek yang dipadatkan dalam tiga hari biasanya "
                         "menghasilkan dokumen yang rapi tetapi tidak dikenal oleh OPD "
                         "sendiri.</p>"),
                        ("steps", {
                            "title": "Contoh pembagian empat tahap",
                            "steps": [
                                {"title": "Tahap 1: orientasi dan kesiapan",
                                 "text": (
                                     "<p>Konsep smart city, enam dimensi, dan penilaian "
                                     "kesiapan daerah.</p>"
                                 )},
                                {"title": "Tahap 2: analisis strategis dan visi",
                                 "text": (
                                     "<p>Isu strategis, keterkaitan dengan RPJMD, visi "
                                     "smart city dan sasaran per dimensi.</p>"
                                 )},
                                {"title": "Tahap 3: program dan quick win",
                                 "text": (
                                     "<p>Program per dimensi, OPD pengampu, perkiraan "
                                     "anggaran, dan pilihan quick win.</p>"
                                 )},
                                {"title": "Tahap 4: finalisasi dan penutupan",
                                 "text": (
                                     "<p>Peta jalan, tata kelola, penyempurnaan dokumen dan "
                                     "rancangan penetapannya, lalu penutupan resmi.</p>"
                                 )},
                            ],
                        }),
                        ("document", {
                            "document": "jadwal-bimtek-masterplan-smart-city",
                            "title": "Unduh templat jadwal bimtek empat tahap",
                            "description": (
                                "Kegiatan, keluaran, peserta dan pekerjaan rumah OPD untuk "
                                "setiap tahap."
                            ),
                        }),
                        ("paragraph",
                         "<h3>Siapa yang diundang</h3><p>Setiap OPD mengirim perwakilan yang "
                         "memahami program dan data OPD, idealnya dari subbagian perencanaan, "
                         "ditambah satu orang yang menangani layanan atau aplikasi. Bappeda dan "
                         "Diskominfo hadir di semua tahap sebagai tim penyusun inti. Pimpinan "
                         "daerah dan Sekda dilibatkan pada pembukaan, pada keputusan prioritas, "
                         "dan pada penutupan, agar hasilnya mendapat dukungan yang "
                         "diperlukan.</p>"),
                        ("callout", {
                            "style": "tip",
                            "title": "Jaga peserta tetap sama",
                            "text": (
                                "<p>Minta setiap OPD mengirim orang yang sama di keempat "
                                "tahap. Peserta yang berganti-ganti membuat diskusi selalu "
                                "mulai dari awal.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Empat bulan terasa lama di awal. Tetapi di tahap keempat, "
                                "setiap OPD bisa menjelaskan programnya sendiri tanpa membuka "
                                "catatan."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Refleksi penutupan bimtek masterplan smart city",
                        }),
                    ],
                },
                {
                    "slug": "analisis-strategis-dan-visi",
                    "title": "Analisis strategis dan visi smart city",
                    "summary": (
                        "Memfasilitasi OPD merumuskan isu strategis, menyelaraskannya dengan "
                        "RPJMD, dan menurunkan visi smart city menjadi sasaran untuk setiap "
                        "dimensi."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Tahap analisis strategis menentukan arah masterplan. Di sini "
                         "hasil penilaian kesiapan dipertemukan dengan visi dan misi kepala "
                         "daerah dalam RPJMD. Masterplan yang tidak selaras dengan RPJMD akan "
                         "sulit mendapat anggaran, karena program OPD di Renstra dan Renja "
                         "bersumber dari RPJMD.</p>"
                         "<p>Bawa dokumen RPJMD dan Renstra OPD ke ruang lokakarya; jangan "
                         "mengandalkan ingatan peserta.</p>"),
                        ("heading", {"text": "Memfasilitasi diskusi OPD", "level": "h2"}),
                        ("steps", {
                            "title": "Alur lokakarya analisis strategis",
                            "steps": [
                                {"title": "Kumpulkan masalah warga",
                                 "text": (
                                     "<p>Setiap OPD menuliskan tiga masalah utama dari sisi "
                                     "layanannya, lengkap dengan data pendukung.</p>"
                                 )},
                                {"title": "Kelompokkan per dimensi",
                                 "text": (
                                     "<p>Tempel masalah pada enam kolom dimensi. Masalah yang "
                                     "muncul di banyak OPD menjadi isu strategis.</p>"
                                 )},
                                {"title": "Cocokkan dengan RPJMD",
                                 "text": (
                                     "<p>Tandai isu yang sejalan dengan misi dan sasaran "
                                     "RPJMD. Isu di luar RPJMD dicatat untuk periode "
                                     "berikutnya.</p>"
                                 )},
                                {"title": "Rumuskan visi smart city",
                                 "text": (
                                     "<p>Satu kalimat yang mudah diingat dan menurunkan visi "
                                     "kepala daerah, bukan menyaingi.</p>"
                                 )},
                                {"title": "Turunkan sasaran per dimensi",
                                 "text": (
                                     "<p>Dua sampai tiga sasaran terukur untuk setiap "
                                     "dimensi.</p>"
                                 )},
                            ],
                        }),
                        ("paragraph",
                         "<p>Contoh penurunan yang baik: misi RPJMD tentang pelayanan publik "
                         "yang cepat diturunkan menjadi sasaran smart governance “layanan "
                         "perizinan dan pengaduan dapat diakses daring”, dengan ukuran seperti "
                         "waktu penyelesaian layanan dan jumlah pengaduan yang ditindaklanjuti. "
                         "Sasaran seperti itu bisa langsung diterjemahkan menjadi program OPD "
                         "pada tahap berikutnya, dan kemajuannya bisa diperiksa setiap "
                         "tahun.</p>"),
                        ("callout", {
                            "style": "tip",
                            "title": "Fasilitator, bukan penulis",
                            "text": (
                                "<p>Tenaga ahli dan Bappeda memandu dengan pertanyaan. "
                                "Kalimat dalam dokumen sebaiknya berasal dari OPD. Jika OPD "
                                "tidak bisa menjelaskan sasarannya sendiri, sasaran itu belum "
                                "matang.</p>"
                            ),
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Tanda analisis yang lemah",
                            "text": (
                                "<ul>"
                                "<li>Isu strategis berupa kebutuhan barang, misalnya "
                                "“kurangnya komputer”.</li>"
                                "<li>Visi disalin dari kota lain.</li>"
                                "<li>Sasaran tidak punya ukuran.</li>"
                                "</ul>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Begitu OPD menempelkan masalahnya di dinding yang sama, mereka "
                                "sadar bahwa banyak masalah sebenarnya dimiliki bersama."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Bimtek masterplan smart city, tahap analisis strategis",
                        }),
                    ],
                },
                {
                    "slug": "program-peta-jalan-dan-penetapan",
                    "title": "Program, peta jalan dan penetapan masterplan",
                    "summary": (
                        "Menyusun program per dimensi dengan OPD pengampu, menata peta jalan "
                        "jangka pendek hingga panjang, dan memastikan masterplan ditetapkan "
                        "serta masuk ke Renja dan anggaran."
                    ),
                    "duration_minutes": 30,
                    "body": [
                        ("paragraph",
                         "<p>Setelah sasaran per dimensi disepakati, OPD menyusun program yang "
                         "menjawabnya. Setiap program perlu OPD pengampu, perkiraan anggaran, "
                         "sumber dana, dan waktu pelaksanaan. Di tahap inilah masterplan "
                         "berubah dari gagasan menjadi rencana kerja.</p>"),
                        ("heading", {"text": "Menata peta jalan", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Jangka pendek</b>: quick win dan program yang bisa berjalan "
                         "dengan sumber daya yang sudah ada.</li>"
                         "<li><b>Jangka menengah</b>: program yang memerlukan integrasi data "
                         "dan aplikasi antar-OPD.</li>"
                         "<li><b>Jangka panjang</b>: program yang memerlukan investasi besar "
                         "atau kemitraan dengan pihak lain.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Dari dokumen ke anggaran",
                            "steps": [
                                {"title": "Lengkapi lembar program",
                                 "text": (
                                     "<p>Nama program, dimensi, OPD pengampu, keluaran, "
                                     "perkiraan anggaran dan tahun pelaksanaan.</p>"
                                 )},
                                {"title": "Tetapkan masterplan",
                                 "text": (
                                     "<p>Dengan Perkada, agar menjadi acuan resmi bagi semua "
                                     "OPD.</p>"
                                 )},
                                {"title": "Masukkan ke Renja tahun berjalan",
                                 "text": (
                                     "<p>Program tahun pertama harus muncul di Renja OPD dan "
                                     "RKPD; kalau tidak, ia tidak akan dianggarkan.</p>"
                                 )},
                                {"title": "Sinkronkan dengan SPBE",
                                 "text": (
                                     "<p>Program aplikasi dan data diperiksa kesesuaiannya "
                                     "dengan arsitektur dan peta rencana SPBE daerah.</p>"
                                 )},
                            ],
                        }),
                        ("document", {
                            "document": "kerangka-masterplan-smart-city",
                            "title": "Unduh kerangka dokumen masterplan smart city",
                            "description": (
                                "Susunan bab dari pendahuluan sampai tata kelola dan "
                                "lampiran."
                            ),
                        }),
                        ("paragraph",
                         "<h3>Membagi peran antar-OPD</h3><p>Program lintas OPD, misalnya "
                         "integrasi data kependudukan dengan layanan sosial dan kesehatan, perlu "
                         "satu OPD pengampu yang memimpin dan OPD pendukung yang jelas "
                         "kontribusinya. Tuliskan keduanya di lembar program. Tanpa pengampu, "
                         "program lintas OPD cenderung saling menunggu; tanpa pendukung yang "
                         "disebut, pengampu bekerja sendirian. Ingat pula bahwa anggaran tidak "
                         "selalu dari APBD: sebagian program bisa didukung kementerian, "
                         "pemerintah provinsi, atau kemitraan dengan dunia usaha dan perguruan "
                         "tinggi.</p>"),
                        ("callout", {
                            "style": "warning",
                            "title": "Masterplan yang berhenti di rak",
                            "text": (
                                "<p>Penyebab paling umum: masterplan selesai setelah siklus "
                                "Renja tahun berikutnya sudah berjalan, sehingga program "
                                "tahun pertama tidak sempat dianggarkan. Sesuaikan jadwal "
                                "bimtek dengan jadwal perencanaan daerah.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Ukuran masterplan yang berhasil sederhana: berapa programnya "
                                "yang muncul di Renja tahun depan."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Bimtek masterplan smart city, tahap finalisasi",
                        }),
                    ],
                },
            ],
        },
        {
            "slug": "quick-win-dan-keberlanjutan",
            "title": "Quick Win dan Menjaga Keberlanjutan",
            "intro": (
                "Memilih quick win yang meyakinkan, belajar dari Sipolima di Baubau, dan "
                "menyiapkan tata kelola agar masterplan terus berjalan."
            ),
            "lessons": [
                {
                    "slug": "memilih-quick-win",
                    "title": "Memilih quick win yang tepat",
                    "summary": (
                        "Kriteria quick win, cara menilai usulan OPD dengan matriks sederhana, "
                        "dan kesalahan yang membuat quick win justru merusak kepercayaan."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Quick win adalah program yang bisa terlihat hasilnya dalam waktu "
                         "singkat, umumnya dalam satu tahun anggaran, dengan sumber daya yang "
                         "sudah ada. Fungsinya bukan hanya hasil itu sendiri, tetapi juga "
                         "membangun kepercayaan pimpinan, ASN dan warga bahwa masterplan "
                         "benar-benar dijalankan.</p>"),
                        ("heading", {"text": "Kriteria quick win", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Cepat</b>: dapat berjalan dalam hitungan bulan.</li>"
                         "<li><b>Murah</b>: memakai anggaran, perangkat dan aplikasi yang "
                         "sudah ada.</li>"
                         "<li><b>Terlihat</b>: manfaatnya dirasakan dan mudah "
                         "diceritakan.</li>"
                         "<li><b>Terukur</b>: ada data sebelum dan sesudah.</li>"
                         "<li><b>Ada pemilik</b>: satu OPD yang bertanggung jawab penuh.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Menyaring usulan quick win",
                            "steps": [
                                {"title": "Kumpulkan usulan dari semua dimensi",
                                 "text": "<p>Minta setiap OPD mengajukan satu atau dua.</p>"},
                                {"title": "Beri skor 1 sampai 3 untuk setiap kriteria",
                                 "text": (
                                     "<p>Usulan dengan skor tertinggi dan risiko terendah "
                                     "masuk daftar pendek.</p>"
                                 )},
                                {"title": "Uji dengan pertanyaan sederhana",
                                 "text": (
                                     "<p>“Jika dimulai bulan depan, apa yang terlihat enam "
                                     "bulan lagi?” Usulan yang tidak bisa menjawab belum "
                                     "layak menjadi quick win.</p>"
                                 )},
                                {"title": "Tetapkan dua atau tiga saja",
                                 "text": (
                                     "<p>Sedikit tetapi tuntas lebih baik daripada banyak "
                                     "tetapi setengah jalan.</p>"
                                 )},
                            ],
                        }),
                        ("paragraph",
                         "<h3>Contoh usulan dan penilaiannya</h3><p>Misalnya ada tiga usulan: "
                         "aplikasi kehadiran ASN, ruang kendali kota dengan layar besar, dan "
                         "pembayaran retribusi pasar secara nontunai. Aplikasi kehadiran cepat "
                         "dan murah bila memakai infrastruktur yang ada, dan datanya langsung "
                         "berguna. Ruang kendali mahal dan lama, sehingga lebih tepat menjadi "
                         "program jangka menengah. Retribusi nontunai bisa menjadi quick win "
                         "bila bank mitra dan pedagang sudah siap. Aplikasi sejenis usulan "
                         "pertama sudah dijalankan Baubau, yaitu Sipolima, yang dibahas pada "
                         "pelajaran berikutnya.</p>"),
                        ("callout", {
                            "style": "warning",
                            "title": "Quick win yang menjadi bumerang",
                            "text": (
                                "<p>Aplikasi yang diluncurkan dengan meriah tetapi tidak "
                                "dipakai, atau layanan daring yang tidak dijawab petugasnya, "
                                "membuat warga dan ASN lebih skeptis daripada sebelum ada "
                                "program.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Quick win yang baik membuat orang bertanya, “Kapan program "
                                "berikutnya?”, bukan, “Aplikasi apa lagi ini?”"
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Bimtek masterplan smart city, tahap program",
                        }),
                    ],
                },
                {
                    "slug": "sipolima-kehadiran-dan-kinerja",
                    "title": "Sipolima: kehadiran ASN yang terhubung dengan kinerja",
                    "summary": (
                        "Sipolima, aplikasi Kota Baubau yang mencatat kehadiran ASN untuk "
                        "dikaitkan dengan kinerja, sebagai contoh quick win di dimensi smart "
                        "governance, beserta hal yang perlu disiapkan daerah yang ingin meniru."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Kota Baubau menjalankan <b>Sipolima</b>, aplikasi yang mencatat "
                         "kehadiran ASN untuk dikaitkan dengan kinerja. Sebagai contoh quick "
                         "win di dimensi smart governance, Sipolima memenuhi kriterianya: "
                         "dipakai setiap hari oleh semua OPD, manfaatnya mudah dilihat, dan "
                         "datanya langsung bisa dipakai untuk pengambilan keputusan.</p>"),
                        ("heading", {
                            "text": "Mengapa kehadiran dikaitkan dengan kinerja",
                            "level": "h2",
                        }),
                        ("paragraph",
                         "<p>Kehadiran saja tidak sama dengan kinerja, tetapi kehadiran yang "
                         "tercatat rapi adalah salah satu data dasar manajemen kinerja ASN. "
                         "Ketika data kehadiran terhubung dengan penilaian kinerja, pimpinan "
                         "OPD dan pengelola kepegawaian tidak lagi bergantung pada rekap "
                         "manual yang lambat dan rawan diperdebatkan.</p>"
                         "<p>Data yang sama juga membantu pimpinan melihat pola, misalnya unit "
                         "yang kehadirannya rendah pada hari tertentu, lalu mencari penyebabnya "
                         "sebelum menjatuhkan penilaian.</p>"),
                        ("steps", {
                            "title": "Yang perlu disiapkan jika ingin meniru",
                            "steps": [
                                {"title": "Dasar kebijakan",
                                 "text": (
                                     "<p>Aturan di tingkat Perkada yang menjelaskan bagaimana "
                                     "kehadiran diperhitungkan dalam penilaian kinerja.</p>"
                                 )},
                                {"title": "Data pegawai yang mutakhir",
                                 "text": (
                                     "<p>Bersumber dari BKPSDM: unit kerja, jabatan dan "
                                     "status setiap ASN.</p>"
                                 )},
                                {"title": "Aturan pengecualian",
                                 "text": (
                                     "<p>Dinas luar, cuti, sakit dan tugas lapangan harus "
                                     "bisa dicatat, misalnya dengan persetujuan atasan di "
                                     "dalam aplikasi.</p>"
                                 )},
                                {"title": "Jalur keberatan",
                                 "text": (
                                     "<p>ASN perlu tempat untuk mengoreksi data yang "
                                     "keliru.</p>"
                                 )},
                                {"title": "Sosialisasi dan masa uji coba",
                                 "text": (
                                     "<p>Jalankan beberapa minggu tanpa konsekuensi, "
                                     "perbaiki kendala, baru diberlakukan penuh.</p>"
                                 )},
                            ],
                        }),
                        ("callout", {
                            "style": "warning",
                            "title": "Perhatikan perlindungan data",
                            "text": (
                                "<p>Aplikasi kehadiran menyimpan data pribadi pegawai. "
                                "Batasi siapa yang bisa melihat data, simpan di infrastruktur "
                                "yang dikelola pemerintah daerah, dan gunakan hanya untuk "
                                "tujuan yang sudah diumumkan.</p>"
                            ),
                        }),
                        ("quote", {
                            "text": (
                                "Aplikasi kehadiran paling mudah dibuat, tetapi paling mudah "
                                "juga ditolak. Yang membuatnya diterima adalah aturan yang "
                                "adil dan jelas, bukan teknologinya."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Sesi contoh quick win",
                        }),
                        ("callout", {
                            "style": "info",
                            "title": "Kaitan dengan kursus lain",
                            "text": (
                                "<p>Kehadiran dan kinerja ASN juga termasuk layanan "
                                "administrasi pemerintahan dalam SPBE. Lihat kursus SPBE untuk "
                                "cara memasukkannya ke arsitektur dan peta rencana SPBE.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "mengawal-pelaksanaan-masterplan",
                    "title": "Mengawal pelaksanaan masterplan",
                    "summary": (
                        "Tata kelola setelah masterplan ditetapkan: dewan smart city, tim "
                        "pelaksana, pemantauan tahunan, dan cara menjaga masterplan tetap "
                        "hidup ketika pejabat berganti."
                    ),
                    "duration_minutes": 25,
                    "body": [
                        ("paragraph",
                         "<p>Penutupan bimtek pada 25 November 2021 bukan akhir pekerjaan "
                         "Baubau, melainkan awal pelaksanaan. Masterplan yang sudah ditetapkan "
                         "perlu pengawal: siapa memantau, kapan dievaluasi, dan bagaimana "
                         "hasilnya dipakai untuk perencanaan tahun berikutnya.</p>"),
                        ("heading", {"text": "Tata kelola yang disarankan", "level": "h2"}),
                        ("paragraph",
                         "<ul>"
                         "<li><b>Dewan smart city</b>: dipimpin kepala daerah atau Sekda, "
                         "memutuskan prioritas dan menyelesaikan hambatan lintas OPD.</li>"
                         "<li><b>Tim pelaksana</b>: Bappeda untuk perencanaan dan pemantauan, "
                         "Diskominfo untuk teknis, dan perwakilan setiap OPD pengampu.</li>"
                         "<li><b>Mitra</b>: perguruan tinggi, komunitas dan dunia usaha "
                         "untuk gagasan dan dukungan.</li>"
                         "</ul>"),
                        ("steps", {
                            "title": "Siklus pemantauan tahunan",
                            "steps": [
                                {"title": "Triwulanan: laporan kemajuan program",
                                 "text": (
                                     "<p>OPD pengampu melaporkan status dan hambatan dalam "
                                     "format yang sama.</p>"
                                 )},
                                {"title": "Menjelang forum perangkat daerah: sinkronisasi",
                                 "text": (
                                     "<p>Program tahun berikutnya dipastikan masuk rancangan "
                                     "Renja dan RKPD.</p>"
                                 )},
                                {"title": "Akhir tahun: evaluasi dan pembaruan",
                                 "text": (
                                     "<p>Ulangi penilaian kesiapan, bandingkan dengan tahun "
                                     "sebelumnya, dan perbarui peta jalan bila perlu.</p>"
                                 )},
                            ],
                        }),
                        ("callout", {
                            "style": "tip",
                            "title": "Bertahan saat pejabat berganti",
                            "text": (
                                "<ul>"
                                "<li>Tetapkan masterplan dengan Perkada.</li>"
                                "<li>Tulis program dalam Renstra dan Renja, bukan hanya di "
                                "dokumen masterplan.</li>"
                                "<li>Dokumentasikan pengalaman dalam studi kasus agar "
                                "pengetahuan tidak pergi bersama orangnya.</li>"
                                "</ul>"
                            ),
                        }),
                        ("paragraph",
                         "<p>Hasil pemantauan sebaiknya tidak berhenti di meja Bappeda. Sajikan "
                         "ringkasannya dalam rapat pimpinan, sampaikan kemajuannya kepada "
                         "publik, dan tuliskan pengalaman yang berhasil maupun yang gagal "
                         "sebagai studi kasus. Daerah lain yang sedang menyusun masterplan akan "
                         "sangat terbantu oleh catatan yang jujur tentang apa yang berjalan dan "
                         "apa yang tidak.</p>"),
                        ("quote", {
                            "text": (
                                "Masterplan yang hidup adalah yang dibuka setiap kali Renja "
                                "disusun."
                            ),
                            "attribution": "Fasilitator Bappeda Kota Baubau",
                            "source": "Penutup kursus masterplan smart city",
                        }),
                        ("callout", {
                            "style": "info",
                            "title": "Tugas akhir kursus",
                            "text": (
                                "<p>Isi lembar penilaian kesiapan untuk daerah Anda, pilih dua "
                                "calon quick win beserta skornya, dan susun rancangan jadwal "
                                "bimtek empat tahap yang selaras dengan jadwal Renja. Bahas "
                                "hasilnya pada sesi pendampingan.</p>"
                            ),
                        }),
                    ],
                },
            ],
        },
    ],
}

COURSES = [COURSE_SIPD, COURSE_SPBE, COURSE_SMART_CITY]
