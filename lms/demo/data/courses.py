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
            "SPD,SPD untuk periode berjalan sudah terbit dan sisanya cukup,Bendahara pengeluaran,,\n"
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
            "1 rintisan; 2 terkelola; 3 terdefinisi; 4 terpadu dan terukur; 5 optimum,"
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
            "Infrastruktur,\"Jaringan internet menjangkau kantor OPD, kecamatan dan kelurahan\",,,\n"
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
                         "dulu, buka tahapan kemudian.</p>"),
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
                        ("heading", {"text": "Help desk yang benar-benar menolong", "level": "h2"}),
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
                        ("heading", {"text": "Menyiapkan sesi pendampingan daring", "level": "h2"}),
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
