<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="28"/>
        <source>the language judge-app is written in</source>
        <translation>bahasa pemrograman judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="30"/>
        <source>the window</source>
        <translation>jendela aplikasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="31"/>
        <source>the files</source>
        <translation>berkas data</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="36"/>
        <source>reading and writing the files</source>
        <translation>membaca dan menulis berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="42"/>
        <source>the PDF documents</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="44"/>
        <source>the PDF signatures</source>
        <translation>tanda tangan PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="49"/>
        <source>keys and signatures</source>
        <translation>kunci dan tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="51"/>
        <source>XLSX spreadsheets</source>
        <translation>lembar kerja XLSX</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="52"/>
        <source>QR codes</source>
        <translation>kode QR</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="53"/>
        <source>signature images</source>
        <translation>gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="54"/>
        <source>the data folder</source>
        <translation>folder data</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="59"/>
        <source>the fonts in the documents</source>
        <translation>huruf dalam dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="76"/>
        <source>About judge-app</source>
        <translation>Tentang judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="81"/>
        <source>Offline judging for public-service innovation competitions and assessments: declarations, weighted scores, signed recaps, merge, ranking and the official minutes.</source>
        <translation>Penilaian luring untuk kompetisi dan evaluasi inovasi pelayanan publik: pernyataan, nilai berbobot, rekap bertanda tangan, penggabungan, peringkat, dan berita acara.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="88"/>
        <source>Keys and settings are kept in %1</source>
        <translation>Kunci dan pengaturan disimpan di %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="92"/>
        <source>Bundled software and fonts, with their licences:</source>
        <translation>Perangkat lunak dan huruf yang disertakan, beserta lisensinya:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="95"/>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="95"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="95"/>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="95"/>
        <source>Used for</source>
        <translation>Digunakan untuk</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="119"/>
        <source>judge-app uses Qt under the LGPL: the Qt libraries are separate files in the program&apos;s folder and may be replaced by other builds of the same version.</source>
        <translation>judge-app memakai Qt dengan lisensi LGPL: pustaka Qt adalah berkas terpisah di folder program dan dapat diganti dengan build lain dari versi yang sama.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="47"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="53"/>
        <source>Backups of %1, newest first. Restoring one makes the file what the backup holds; what the file holds now is backed up first, so a restore can be undone.</source>
        <translation>Cadangan %1, yang terbaru di atas. Memulihkan satu cadangan membuat berkas berisi persis isi cadangan itu; isi berkas saat ini dicadangkan lebih dulu, sehingga pemulihan dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="59"/>
        <source>%1 has no backups yet. judge-app makes one before every merge and update, and when a changed file is closed.</source>
        <translation>%1 belum punya cadangan. judge-app membuat cadangan sebelum setiap penggabungan dan pembaruan, dan ketika berkas yang berubah ditutup.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="68"/>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="68"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="68"/>
        <source>What it holds</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="68"/>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="92"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Pulihkan cadangan ini…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="104"/>
        <source>before a merge</source>
        <translation>sebelum penggabungan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="105"/>
        <source>before re-registering a judge&apos;s key</source>
        <translation>sebelum mendaftarkan ulang kunci juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="106"/>
        <source>before restoring a backup</source>
        <translation>sebelum memulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="107"/>
        <source>closed after changes</source>
        <translation>ditutup setelah ada perubahan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="113"/>
        <source>before updating to file version %1</source>
        <translation>sebelum pembaruan ke versi berkas %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="118"/>
        <source>cannot be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="120"/>
        <source>entries %1 · judges %2 · scores %3 · signed sheets %4</source>
        <translation>inovasi %1 · juri %2 · nilai %3 · lembar bertanda tangan %4</translation>
    </message>
</context>
<context>
    <name>BeritaAcaraDialog</name>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="24"/>
        <source>Berita Acara Hasil Penilaian</source>
        <translation>Berita Acara Hasil Penilaian</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="27"/>
        <source>e.g. 001/BA/TIM-PENILAI/XII/2023</source>
        <translation>mis. 001/BA/TIM-PENILAI/XII/2023</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="36"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nomor:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="37"/>
        <source>&amp;Place:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="38"/>
        <source>&amp;Date:</source>
        <translation>T&amp;anggal:</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="47"/>
        <source>The stage whose judge totals the charts show</source>
        <translation>Tahap yang total nilai jurinya ditampilkan grafik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="53"/>
        <source>The category whose leading entries are compared</source>
        <translation>Kelompok yang inovasi teratasnya dibandingkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="56"/>
        <source>&amp;Stage:</source>
        <translation>Tah&amp;ap:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="58"/>
        <source>C&amp;ategory:</source>
        <translation>Kategor&amp;i:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="93"/>
        <source>Judges&apos; totals, %1: lenient judges sit high, harsh ones low</source>
        <translation>Nilai total per juri, %1: juri yang murah nilai di atas, yang pelit di bawah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="118"/>
        <source>%1 judges, left to right %2 … %3 (hover for names)</source>
        <translation>%1 juri, dari kiri ke kanan %2 … %3 (arahkan kursor untuk nama)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="130"/>
        <source>Judge total (0–100)</source>
        <translation>Nilai total juri (0–100)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="136"/>
        <source>No signed scores merged yet</source>
        <translation>Belum ada nilai bertanda tangan yang digabungkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="148"/>
        <source>Rank in %1 by method (top %2); coloured lines change rank</source>
        <translation>Peringkat di %1 menurut metode (%2 teratas); garis berwarna berubah peringkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="162"/>
        <source>Rank in category</source>
        <translation>Peringkat dalam kategori</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="49"/>
        <source>Integrity pact and conflict-of-interest statement</source>
        <translation>Pakta integritas dan pernyataan konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="52"/>
        <source>Before scoring, sign the integrity pact and the statement on conflicts of interest. Both are written as PDF files and signed with your personal key.</source>
        <translation>Sebelum menilai, tandatangani pakta integritas dan surat pernyataan tentang konflik kepentingan. Keduanya dibuat sebagai berkas PDF dan ditandatangani dengan kunci pribadi Anda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="58"/>
        <source>Your identity</source>
        <translation>Identitas Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="65"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="66"/>
        <source>NIP/NIK</source>
        <translation>NIP/NIK</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="67"/>
        <source>&amp;Rank/grade</source>
        <translation>&amp;Pangkat/golongan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="68"/>
        <source>&amp;Position</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="69"/>
        <source>&amp;Institution</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="70"/>
        <source>Role on the panel</source>
        <translation>Kedudukan dalam tim</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="72"/>
        <source>Place and date</source>
        <translation>Tempat dan tanggal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="78"/>
        <source>P&amp;lace</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="79"/>
        <source>&amp;Date</source>
        <translation>Tang&amp;gal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="81"/>
        <source>Entries you have a conflict of interest with</source>
        <translation>Inovasi yang memiliki konflik kepentingan dengan Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="85"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="85"/>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="85"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="94"/>
        <source>An entry you may not judge impartially</source>
        <translation>Inovasi yang tidak dapat Anda nilai secara netral</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="98"/>
        <source>Reason, e.g. family tie, employment</source>
        <translation>Alasan, mis. hubungan keluarga, hubungan kerja</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="99"/>
        <source>&amp;Add</source>
        <translation>Tam&amp;bah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="100"/>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="111"/>
        <source>Leave the list empty if you have no conflict of interest.</source>
        <translation>Biarkan daftar kosong jika Anda tidak memiliki konflik kepentingan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="119"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="123"/>
        <source>Load &amp;PNG…</source>
        <translation>Muat &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="124"/>
        <source>Use a scanned signature (a PNG image) instead of drawing</source>
        <translation>Pakai tanda tangan hasil pindaian (gambar PNG) alih-alih menggambar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="125"/>
        <source>&amp;Clear</source>
        <translation>&amp;Bersihkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="126"/>
        <source>Erase the signature and draw it again</source>
        <translation>Hapus tanda tangan dan gambar ulang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="133"/>
        <source>Signing key</source>
        <translation>Kunci penandatanganan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="141"/>
        <source>Pass&amp;phrase</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="143"/>
        <source>Repeat passphrase</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="146"/>
        <source>A personal signing key is created now and kept, encrypted with this passphrase, on this computer only (at least %1 characters). Do not forget it: it is needed to sign your scores.</source>
        <translation>Kunci tanda tangan pribadi dibuat sekarang dan disimpan terenkripsi dengan kata sandi ini, hanya di komputer ini (minimal %1 karakter). Jangan lupa: kata sandi ini diperlukan untuk menandatangani nilai Anda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="159"/>
        <source>&amp;Sign both documents</source>
        <translation>&amp;Tandatangani kedua dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="198"/>
        <source>Give the reason for the conflict of interest.</source>
        <translation>Isi alasan konflik kepentingan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="222"/>
        <source>%1 is already declared; withdraw it from the workspace (Ctrl+K).</source>
        <translation>%1 sudah dinyatakan; cabut dari ruang kerja (Ctrl+K).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="236"/>
        <source>Signature image</source>
        <translation>Gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="236"/>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="239"/>
        <source>%1 is not a readable PNG image.</source>
        <translation>%1 bukan gambar PNG yang dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="253"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="256"/>
        <source>Fill in the place of signing.</source>
        <translation>Isi tempat penandatanganan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="259"/>
        <source>Every conflict of interest needs a reason.</source>
        <translation>Setiap konflik kepentingan memerlukan alasan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="276"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Kata sandi salah. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="285"/>
        <source>Declarations signed</source>
        <translation>Pernyataan ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="287"/>
        <source>Signed and saved:
%1

Your certificate fingerprint:
%2

Scoring is now open.</source>
        <translation>Ditandatangani dan disimpan:
%1

Sidik jari sertifikat Anda:
%2

Penilaian sekarang dapat dimulai.</translation>
    </message>
</context>
<context>
    <name>EntriesTable</name>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="74"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="75"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="76"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="77"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="78"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="49"/>
        <source>Judges&apos; notes</source>
        <translation>Catatan juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="58"/>
        <source>Select an entry to see each judge&apos;s scores</source>
        <translation>Pilih peserta untuk melihat nilai setiap juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="77"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="79"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="82"/>
        <source>Normalised %1</source>
        <translation>Ternormalisasi %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="95"/>
        <source>Signed revision %1</source>
        <translation>Revisi bertanda tangan %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="99"/>
        <source>Conflict of interest declared: %1</source>
        <translation>Menyatakan konflik kepentingan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="140"/>
        <source>No notes on this entry.</source>
        <translation>Tidak ada catatan untuk peserta ini.</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="127"/>
        <source>Conflict of interest: %1</source>
        <translation>Konflik kepentingan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="141"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="142"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="143"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="144"/>
        <source>Category</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="145"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <location filename="../../judge_app/ui/entry_panel.py" line="29"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_panel.py" line="30"/>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_panel.py" line="31"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_panel.py" line="32"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_panel.py" line="33"/>
        <source>Category</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_panel.py" line="34"/>
        <source>Replicates</source>
        <translation>Replikasi dari</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_panel.py" line="35"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_panel.py" line="36"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_panel.py" line="55"/>
        <source>Choose an entry from the list</source>
        <translation>Pilih inovasi dari daftar</translation>
    </message>
</context>
<context>
    <name>EntryState</name>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="14"/>
        <source>Not started</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="15"/>
        <source>Partial</source>
        <translation>Sebagian</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="16"/>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="17"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="33"/>
        <source>Finalise and sign the scores</source>
        <translation>Finalisasi dan tandatangani nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="38"/>
        <source>%1 of %2 scores are in.</source>
        <translation>%1 dari %2 nilai sudah diisi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="45"/>
        <source>&amp;Sign and lock</source>
        <translation>&amp;Tandatangani dan kunci</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="52"/>
        <source>These entries still have criteria without a score; complete them first:</source>
        <translation>Inovasi berikut masih memiliki kriteria tanpa nilai; lengkapi terlebih dahulu:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="62"/>
        <source>Signing locks your scores as revision %1 and writes your signed recap. To change a score afterwards you reopen the scores with your passphrase; the signed revision stays in the file.</source>
        <translation>Penandatanganan mengunci nilai Anda sebagai revisi %1 dan membuat rekap bertanda tangan. Untuk mengubah nilai sesudahnya, buka kembali nilai dengan kata sandi Anda; revisi yang sudah ditandatangani tetap tersimpan di berkas.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="72"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="73"/>
        <source>Where to save your signed recap (PDF)</source>
        <translation>Tempat menyimpan rekap bertanda tangan Anda (PDF)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="80"/>
        <source>P&amp;lace</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="81"/>
        <source>&amp;Recap PDF</source>
        <translation>&amp;Rekap PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="84"/>
        <source>Pass&amp;phrase</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="110"/>
        <source>Save the signed recap</source>
        <translation>Simpan rekap bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="110"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="125"/>
        <source>Signing the scores</source>
        <translation>Menandatangani nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="140"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Kata sandi salah. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="21"/>
        <source>judge-app guide</source>
        <translation>Panduan judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="26"/>
        <source>For judges</source>
        <translation>Untuk juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="27"/>
        <source>For the secretariat</source>
        <translation>Untuk sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="44"/>
        <source>Copy the package file the secretariat gave you (&lt;i&gt;J1-….sqlite&lt;/i&gt;) to your laptop and open it: &lt;b&gt;File → Open&lt;/b&gt; (Ctrl+O).</source>
        <translation>Salin berkas paket dari sekretariat (&lt;i&gt;J1-….sqlite&lt;/i&gt;) ke laptop Anda lalu buka: &lt;b&gt;Berkas → Buka&lt;/b&gt; (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="48"/>
        <source>Sign the integrity pact and the conflict-of-interest statement: the banner&apos;s button (Ctrl+Shift+D). Choose a passphrase of at least 8 characters and keep it: it protects your signing key.</source>
        <translation>Tandatangani pakta integritas dan surat pernyataan konflik kepentingan: tombol pada spanduk (Ctrl+Shift+D). Pilih kata sandi minimal 8 karakter dan simpan baik-baik: kata sandi itu melindungi kunci tanda tangan Anda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="53"/>
        <source>Name every entry you have a conflict of interest with, and why. You will not score those entries.</source>
        <translation>Sebutkan setiap inovasi yang menimbulkan konflik kepentingan bagi Anda, beserta alasannya. Inovasi itu tidak Anda nilai.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="57"/>
        <source>Read each entry on the left and score its criteria in the form (Enter moves on) or in the grid (Ctrl+2). Every score is saved the moment you enter it; there is no Save button.</source>
        <translation>Baca setiap inovasi di sebelah kiri dan nilai kriterianya di formulir (Enter untuk lanjut) atau di tabel (Ctrl+2). Setiap nilai langsung tersimpan saat dimasukkan; tidak ada tombol Simpan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="62"/>
        <source>Paper scores: File → Import scores (CSV/XLSX); Ctrl+Z takes an import back. Notes go in the column beside each score.</source>
        <translation>Nilai dari kertas: Berkas → Impor nilai (CSV/XLSX); Ctrl+Z membatalkan impor. Catatan ditulis di kolom di samping setiap nilai.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="66"/>
        <source>Watch the progress bar at the bottom; the filters show what is still missing (Ctrl+F searches).</source>
        <translation>Perhatikan bilah kemajuan di bawah; penyaring menunjukkan yang belum dinilai (Ctrl+F untuk mencari).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="70"/>
        <source>When everything is scored: File → Finalise and sign (Ctrl+Shift+S). This locks the scores and writes your signed recap PDF.</source>
        <translation>Setelah semua dinilai: Berkas → Finalisasi dan tandatangani (Ctrl+Shift+S). Nilai dikunci dan rekap PDF bertanda tangan Anda dibuat.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="74"/>
        <source>To change a signed score: File → Reopen signed scores (passphrase), change it, and sign again: the new revision counts.</source>
        <translation>Untuk mengubah nilai yang sudah ditandatangani: Berkas → Buka kembali nilai yang ditandatangani (kata sandi), ubah, lalu tandatangani lagi: revisi baru yang berlaku.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="78"/>
        <source>Return the package file (not only the PDF) to the secretariat, by USB stick or e-mail.</source>
        <translation>Kembalikan berkas paket (bukan hanya PDF-nya) kepada sekretariat, lewat flashdisk atau surel.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="82"/>
        <source>Read the fingerprint on your signed declaration to the secretariat when they call: it proves the signatures are yours.</source>
        <translation>Bacakan sidik jari kunci pada surat pernyataan bertanda tangan Anda ketika sekretariat menelepon: itu membuktikan tanda tangan tersebut milik Anda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="90"/>
        <source>Write or choose a competition definition (templates: KIPP, IGA, Ombudsman) and create the master: &lt;i&gt;judge-app new&lt;/i&gt;.</source>
        <translation>Tulis atau pilih definisi kompetisi (templat: KIPP, IGA, Ombudsman) lalu buat berkas induk: &lt;i&gt;judge-app new&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="94"/>
        <source>Import the entry list: Secretariat → Import entries (CSV/XLSX), Ctrl+I. Every problem is named by row and column; nothing is stored until the file is right.</source>
        <translation>Impor daftar inovasi: Sekretariat → Impor daftar inovasi (CSV/XLSX), Ctrl+I. Setiap masalah disebut baris dan kolomnya; tidak ada yang disimpan sampai berkasnya benar.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="99"/>
        <source>Register the judges (&lt;i&gt;judge-app judges import&lt;/i&gt;) and assign entries (every judge every entry by default).</source>
        <translation>Daftarkan para juri (&lt;i&gt;judge-app judges import&lt;/i&gt;) dan tetapkan inovasi yang dinilai (bawaan: setiap juri menilai semua inovasi).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="103"/>
        <source>Write the judges&apos; packages: Secretariat → Write the judges&apos; packages (Ctrl+Shift+P), and hand each judge their own file.</source>
        <translation>Buat paket para juri: Sekretariat → Buat paket para juri (Ctrl+Shift+P), lalu serahkan kepada setiap juri berkasnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="107"/>
        <source>When files come back, drop them on the window or use Merge (Ctrl+M). The report says for each file: accepted, nothing new, refused or conflict, and why.</source>
        <translation>Ketika berkas kembali, seret ke jendela atau pakai Gabungkan (Ctrl+M). Laporan menyebut untuk setiap berkas: diterima, tidak ada yang baru, ditolak, atau konflik, beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="112"/>
        <source>Compare each new judge&apos;s fingerprint (Judges tab) with the one on their signed declaration, by phone.</source>
        <translation>Cocokkan sidik jari kunci setiap juri baru (tab Juri) dengan yang tercetak pada surat pernyataannya, lewat telepon.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="116"/>
        <source>Results: choose the aggregation method; click an entry to see every judge&apos;s scores; the Method sensitivity tab shows which ranks depend on the method.</source>
        <translation>Hasil: pilih metode agregasi; klik sebuah inovasi untuk melihat nilai dari setiap juri; tab Kepekaan metode menunjukkan peringkat mana yang bergantung pada metode.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="121"/>
        <source>Export the signed Rekapitulasi and the Berita Acara (Export menu); the XLSX, CSV and JSON exports are for further work.</source>
        <translation>Ekspor Rekapitulasi dan Berita Acara bertanda tangan (menu Ekspor); ekspor XLSX, CSV, dan JSON untuk pengolahan lanjutan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="125"/>
        <source>Anyone can check a file or a PDF: &lt;i&gt;judge-app verify FILE&lt;/i&gt;. Keep the master and the returned packages together.</source>
        <translation>Siapa pun dapat memeriksa berkas atau PDF: &lt;i&gt;judge-app verify BERKAS&lt;/i&gt;. Simpan berkas induk bersama paket-paket yang dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="129"/>
        <source>Backups are made before every merge: File → Restore from a backup brings an earlier state back, and can itself be undone.</source>
        <translation>Cadangan dibuat sebelum setiap penggabungan: Berkas → Pulihkan dari cadangan mengembalikan keadaan sebelumnya, dan pemulihan itu pun dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>JudgeWorkspace</name>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="70"/>
        <source>Search code, title, agency… (Ctrl+F)</source>
        <translation>Cari kode, judul, instansi… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="71"/>
        <source>Search entries</source>
        <translation>Cari inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="74"/>
        <source>Show only the entries of one category</source>
        <translation>Tampilkan hanya inovasi dari satu kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="75"/>
        <source>All categories</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="81"/>
        <source>Show only entries not started, partly or completely scored, or in conflict</source>
        <translation>Tampilkan hanya inovasi yang belum dinilai, sebagian atau seluruhnya dinilai, atau berkonflik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="83"/>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="88"/>
        <source>The stage whose criteria you score now (Alt+T)</source>
        <translation>Tahap yang kriterianya sedang Anda nilai (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="91"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="93"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="374"/>
        <source>Grid mode (Ctrl+2)</source>
        <translation>Mode tabel (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="96"/>
        <source>Form: one entry at a time, with its rubric. Grid: every entry in a table</source>
        <translation>Formulir: satu inovasi sekaligus, dengan rubriknya. Tabel: semua inovasi dalam satu tabel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="129"/>
        <source>Entries</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="166"/>
        <source>Score grid</source>
        <translation>Tabel nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="229"/>
        <source>Open for changes again</source>
        <translation>Buka lagi untuk diubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="234"/>
        <source>Before scoring, sign the integrity pact and the conflict-of-interest statement.</source>
        <translation>Sebelum menilai, tandatangani Pakta Integritas dan Surat Pernyataan Tidak Memiliki Konflik Kepentingan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="238"/>
        <source>Sign the declarations…</source>
        <translation>Tandatangani pernyataan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="242"/>
        <source>Revision %1 is signed: the scores are locked.</source>
        <translation>Revisi %1 sudah ditandatangani: nilai terkunci.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="246"/>
        <source>Reopen to change scores…</source>
        <translation>Buka kembali untuk mengubah nilai…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="327"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="482"/>
        <source>Withdraw conflict of interest</source>
        <translation>Cabut konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="329"/>
        <source>Declare conflict of interest… (Ctrl+K)</source>
        <translation>Nyatakan konflik kepentingan… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="369"/>
        <source>Form mode (Ctrl+1)</source>
        <translation>Mode formulir (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="418"/>
        <source>Could not save</source>
        <translation>Gagal menyimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="419"/>
        <source>The score was NOT saved to %1:
%2</source>
        <translation>Nilai TIDAK tersimpan ke %1:
%2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="430"/>
        <source>The file is gone</source>
        <translation>Berkas hilang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="434"/>
        <source>You can save a copy of everything saved so far (all scores, notes and signatures) to another place and go on working there.</source>
        <translation>Anda dapat menyimpan salinan semua yang sudah tersimpan (semua nilai, catatan, dan tanda tangan) ke tempat lain dan melanjutkan pekerjaan di sana.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="438"/>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="445"/>
        <source>Save a copy of the package</source>
        <translation>Simpan salinan paket</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="447"/>
        <source>judge-app files (*.sqlite)</source>
        <translation>Berkas judge-app (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="457"/>
        <source>Could not save a copy</source>
        <translation>Salinan tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="484"/>
        <source>Withdraw the conflict of interest for %1? You will be able to score it.</source>
        <translation>Cabut konflik kepentingan untuk %1? Anda akan dapat menilainya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="490"/>
        <source>Withdraw conflict %1</source>
        <translation>Cabut konflik %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="504"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="520"/>
        <source>Declare conflict of interest</source>
        <translation>Nyatakan konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="506"/>
        <source>Why can you not judge %1 objectively?
(for example: family tie, employment, helped prepare the proposal)</source>
        <translation>Mengapa Anda tidak dapat menilai %1 secara objektif?
(misalnya: hubungan keluarga, hubungan kerja, ikut menyusun proposal)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="522"/>
        <source>%1 already has %2 scores or notes from you. They will be removed. Continue?</source>
        <translation>%1 sudah memiliki %2 nilai atau catatan dari Anda. Semuanya akan dihapus. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="531"/>
        <source>Conflict %1</source>
        <translation>Konflik %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="544"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="547"/>
        <source>Nothing pasted</source>
        <translation>Tidak ada yang ditempel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="548"/>
        <source>No cell was changed, because:</source>
        <translation>Tidak ada sel yang diubah, karena:</translation>
    </message>
</context>
<context>
    <name>JudgesDashboard</name>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="26"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="27"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="28"/>
        <source>NIP/NIK</source>
        <translation>NIP/NIK</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="29"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="33"/>
        <source>Merged at</source>
        <translation>Digabung</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="30"/>
        <source>Entries</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="31"/>
        <source>Declared</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="32"/>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="34"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="35"/>
        <source>Old keys</source>
        <translation>Kunci lama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="36"/>
        <source>Certificate fingerprint</source>
        <translation>Sidik jari sertifikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="44"/>
        <source>Re-register a judge&apos;s &amp;key…</source>
        <translation>Daftarkan ulang kunci ju&amp;ri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="47"/>
        <source>For a judge who lost the laptop or the key: the registered certificate is retired (signed sheets already merged stay valid), a new package can be issued, and the judge&apos;s next declarations register the new key. Logged.</source>
        <translation>Untuk juri yang kehilangan laptop atau kuncinya: sertifikat terdaftar dipensiunkan (lembar bertanda tangan yang sudah digabungkan tetap sah), paket baru dapat diterbitkan, dan pernyataan juri berikutnya mendaftarkan kunci baru. Tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="59"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="59"/>
        <source>no</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="74"/>
        <source>(none registered)</source>
        <translation>(belum terdaftar)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="82"/>
        <source>%1 judges · %2 declarations signed · %3 signed score sheets merged</source>
        <translation>%1 juri · %2 pernyataan ditandatangani · %3 lembar nilai bertanda tangan digabungkan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="106"/>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="108"/>
        <source>Open the &amp;demo competition</source>
        <translation>Buka kompetisi &amp;demo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="109"/>
        <source>&amp;Recent files</source>
        <translation>Berkas &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="112"/>
        <source>Sign the &amp;declarations…</source>
        <translation>Tandatangani &amp;pernyataan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="115"/>
        <source>&amp;Finalise and sign the scores…</source>
        <translation>&amp;Finalisasi dan tandatangani nilai…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="117"/>
        <source>R&amp;eopen signed scores…</source>
        <translation>Buka &amp;kembali nilai yang ditandatangani…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="119"/>
        <source>&amp;Import scores (CSV/XLSX)…</source>
        <translation>&amp;Impor nilai (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="122"/>
        <source>Print &amp;blank score sheets…</source>
        <translation>Cetak lembar penilaian &amp;kosong…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="125"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Pulihkan dari &amp;cadangan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="130"/>
        <source>&amp;Close file</source>
        <translation>&amp;Tutup berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="134"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="136"/>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="143"/>
        <source>Declare or withdraw a &amp;conflict of interest…</source>
        <translation>Nyatakan atau cabut &amp;konflik kepentingan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="147"/>
        <source>&amp;Paste into grid</source>
        <translation>&amp;Tempel ke tabel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="151"/>
        <source>&amp;Form mode</source>
        <translation>Mode &amp;formulir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="154"/>
        <source>&amp;Grid mode</source>
        <translation>Mode t&amp;abel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="156"/>
        <source>&amp;Search entries</source>
        <translation>&amp;Cari inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="158"/>
        <source>&amp;Next entry (Ctrl+Down)</source>
        <translation>Inovasi &amp;berikutnya (Ctrl+Bawah)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="161"/>
        <source>&amp;Previous entry (Ctrl+Up)</source>
        <translation>Inovasi &amp;sebelumnya (Ctrl+Atas)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="164"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="173"/>
        <source>&amp;Secretariat</source>
        <translation>Se&amp;kretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="176"/>
        <source>&amp;Merge judges&apos; files…</source>
        <translation>&amp;Gabungkan berkas juri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="182"/>
        <source>&amp;Import entries (CSV/XLSX)…</source>
        <translation>&amp;Impor daftar inovasi (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="188"/>
        <source>Write the judges&apos; &amp;packages…</source>
        <translation>Buat &amp;paket para juri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="195"/>
        <source>&amp;Re-register a judge&apos;s key…</source>
        <translation>&amp;Daftarkan ulang kunci juri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="201"/>
        <source>&amp;Export results</source>
        <translation>&amp;Ekspor hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="205"/>
        <source>Guide for &amp;judges</source>
        <translation>Panduan untuk &amp;juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="206"/>
        <source>Guide for the &amp;secretariat</source>
        <translation>Panduan untuk &amp;sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="208"/>
        <source>&amp;About judge-app</source>
        <translation>&amp;Tentang judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="256"/>
        <source>Open a judge-app file</source>
        <translation>Buka berkas judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="258"/>
        <source>judge-app files (*.sqlite);;All files (*)</source>
        <translation>Berkas judge-app (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="269"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="316"/>
        <location filename="../../judge_app/ui/main_window.py" line="459"/>
        <source>Cannot open file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="322"/>
        <source>%1 (read-only)</source>
        <translation>%1 (hanya baca)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="350"/>
        <source>%1 — read-only view: nothing can be changed here</source>
        <translation>%1 — tampilan hanya baca: tidak ada yang dapat diubah di sini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="352"/>
        <source>%1 — every score is saved the moment you enter it</source>
        <translation>%1 — setiap nilai langsung tersimpan saat dimasukkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="374"/>
        <source>Master file: drop the judges&apos; returned files here to merge them</source>
        <translation>Berkas induk: seret berkas yang dikembalikan juri ke sini untuk menggabungkannya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="413"/>
        <location filename="../../judge_app/ui/main_window.py" line="428"/>
        <source>Import scores</source>
        <translation>Impor nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="415"/>
        <source>Score sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Lembar nilai (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="435"/>
        <source>Nothing was stored. Correct the sheet and import it again.</source>
        <translation>Tidak ada yang disimpan. Perbaiki lembar itu lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="443"/>
        <source>import of %1</source>
        <translation>impor %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="447"/>
        <source>Imported %1 scores from %2</source>
        <translation>%1 nilai diimpor dari %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="464"/>
        <source>judge-app has %1 backups of this file; one can be restored.</source>
        <translation>judge-app memiliki %1 cadangan berkas ini; salah satunya dapat dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="469"/>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="489"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="491"/>
        <source>Make %1 what the chosen backup holds? What it holds now is backed up first, so this can be undone.</source>
        <translation>Jadikan %1 berisi persis cadangan yang dipilih? Isinya saat ini dicadangkan lebih dulu, sehingga hal ini dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="508"/>
        <source>Could not restore</source>
        <translation>Tidak dapat memulihkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="513"/>
        <source>Restored from a backup; what the file held before is in %1</source>
        <translation>Dipulihkan dari cadangan; isi berkas sebelumnya ada di %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="520"/>
        <source>✓ Saved to file at %1</source>
        <translation>✓ Tersimpan ke berkas pukul %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="523"/>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="535"/>
        <source>all %1/%2</source>
        <translation>seluruhnya %1/%2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="542"/>
        <source>%p% scored</source>
        <translation>%p% dinilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="567"/>
        <location filename="../../judge_app/ui/main_window.py" line="573"/>
        <source>Finalise</source>
        <translation>Finalisasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="567"/>
        <source>Sign the declarations first.</source>
        <translation>Tandatangani pernyataan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="574"/>
        <source>Revision %1 is already signed.</source>
        <translation>Revisi %1 sudah ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="587"/>
        <source>Scores signed</source>
        <translation>Nilai ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="589"/>
        <source>Revision %1 is signed and locked.
Signed recap: %2</source>
        <translation>Revisi %1 sudah ditandatangani dan dikunci.
Rekap bertanda tangan: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="593"/>
        <source>Open the PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="607"/>
        <location filename="../../judge_app/ui/main_window.py" line="614"/>
        <source>Blank score sheets</source>
        <translation>Lembar penilaian kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="607"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="617"/>
        <source>%1 pages written to %2</source>
        <translation>%1 halaman ditulis ke %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="629"/>
        <source>Reopen signed scores</source>
        <translation>Buka kembali nilai yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="631"/>
        <source>Revision %1 stays in the file as signed. Enter your passphrase to change scores; the next signing becomes revision %2.</source>
        <translation>Revisi %1 tetap tersimpan sebagai dokumen bertanda tangan. Masukkan kata sandi untuk mengubah nilai; penandatanganan berikutnya menjadi revisi %2.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="644"/>
        <location filename="../../judge_app/ui/main_window.py" line="648"/>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="644"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Kata sandi salah. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="750"/>
        <source>Quit judge-app</source>
        <translation>Keluar dari judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="752"/>
        <source>Nothing needs saving: every change was written to %1 the moment it was made. Quit judge-app?</source>
        <translation>Tidak ada yang perlu disimpan: setiap perubahan sudah ditulis ke %1 saat dibuat. Keluar dari judge-app?</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="25"/>
        <source>Merge report</source>
        <translation>Laporan penggabungan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="28"/>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="29"/>
        <source>nothing new</source>
        <translation>tidak ada yang baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="30"/>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="31"/>
        <source>conflict</source>
        <translation>bertentangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="35"/>
        <source>%1 files: %2 accepted, %3 with nothing new, %4 refused, %5 in conflict.</source>
        <translation>%1 berkas: %2 diterima, %3 tanpa isi baru, %4 ditolak, %5 bertentangan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="39"/>
        <source>The master was backed up first: %1</source>
        <translation>Berkas induk dicadangkan lebih dulu: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="43"/>
        <source>The master was not changed.</source>
        <translation>Berkas induk tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="48"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="48"/>
        <source>Verdict</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/merge_dialog.py" line="48"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="10"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="11"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="12"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="13"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="14"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="15"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="16"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="17"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../judge_app/ui/read_only.py" line="15"/>
        <source>judge-app on %1 (process %2, since %3)</source>
        <translation>judge-app di %1 (proses %2, sejak %3)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/read_only.py" line="21"/>
        <source>another judge-app window</source>
        <translation>jendela judge-app lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/read_only.py" line="23"/>
        <source>Read-only: this folder cannot be written to. You can look at everything; to work on the file, copy it to a folder you can write to.</source>
        <translation>Hanya baca: folder ini tidak dapat ditulisi. Anda dapat melihat semuanya; untuk mengerjakan berkas ini, salin ke folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/read_only.py" line="28"/>
        <source>Read-only: this file is open for changes in %1. You can look at everything here; to change it, close it there and open it here again.</source>
        <translation>Hanya baca: berkas ini sedang dibuka untuk diubah di %1. Anda dapat melihat semuanya di sini; untuk mengubahnya, tutup berkas di sana lalu buka lagi di sini.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="18"/>
        <location filename="../../judge_app/ui/results_model.py" line="27"/>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="19"/>
        <location filename="../../judge_app/ui/results_model.py" line="28"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="20"/>
        <source>Trimmed mean</source>
        <translation>Rata-rata terpangkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="21"/>
        <source>Z-score (judge-normalised)</source>
        <translation>Skor-z (dinormalisasi per juri)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="29"/>
        <source>Trimmed</source>
        <translation>Terpangkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="30"/>
        <source>Z-score</source>
        <translation>Skor-z</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="39"/>
        <source>judges disagree</source>
        <translation>selisih antarjuri besar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="40"/>
        <source>A judge&apos;s total is more than %1 points from the panel&apos;s median.</source>
        <translation>Nilai total seorang juri berselisih lebih dari %1 poin dari median panel.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="45"/>
        <source>too few judges</source>
        <translation>juri belum cukup</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="46"/>
        <source>Fewer than %1 judges have signed complete scores for this entry.</source>
        <translation>Kurang dari %1 juri menandatangani nilai lengkap untuk peserta ini.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="51"/>
        <source>tied</source>
        <translation>nilai sama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="52"/>
        <source>Same score and same tie-break values as another entry: the rank is shared.</source>
        <translation>Nilai dan nilai penentu sama dengan peserta lain: peringkat dibagi bersama.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="58"/>
        <source>tied at the award cut-off</source>
        <translation>sama di batas penghargaan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="59"/>
        <source>Tied at the last award place: more entries than places receive the award.</source>
        <translation>Sama di urutan penghargaan terakhir: penerima penghargaan lebih banyak dari jatahnya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="65"/>
        <source>not trimmed</source>
        <translation>tidak dipangkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="66"/>
        <source>Too few judges to drop the highest and lowest; the plain mean is used.</source>
        <translation>Juri terlalu sedikit untuk membuang nilai tertinggi dan terendah; dipakai rata-rata biasa.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="72"/>
        <source>partly not normalised</source>
        <translation>sebagian tanpa normalisasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="73"/>
        <source>A judge scored too few entries (or all alike) to be normalised; raw totals.</source>
        <translation>Seorang juri menilai terlalu sedikit peserta (atau semuanya sama) untuk dinormalisasi; dipakai nilai mentah.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="99"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="100"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="101"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="105"/>
        <source>Final</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="106"/>
        <source>Band</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="107"/>
        <source>Award</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="108"/>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="144"/>
        <source>Panel score of the stage (weight %1)</source>
        <translation>Nilai panel untuk tahap ini (bobot %1)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="44"/>
        <source>&amp;Aggregation method:</source>
        <translation>&amp;Metode agregasi:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="51"/>
        <source>%1 (the competition&apos;s method)</source>
        <translation>%1 (metode kompetisi)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="56"/>
        <source>Recomputes the ranking at once. Official documents use the method chosen here.</source>
        <translation>Peringkat langsung dihitung ulang. Dokumen resmi memakai metode yang dipilih di sini.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="71"/>
        <source>All entries</source>
        <translation>Semua peserta</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="136"/>
        <source>%1 entries · %2 ranked · %3 awards · %4 with flags</source>
        <translation>%1 peserta · %2 berperingkat · %3 penghargaan · %4 bertanda</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="92"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="92"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="92"/>
        <source>Rubric level</source>
        <translation>Tingkat rubrik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="92"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="100"/>
        <source>weight %1 · %2</source>
        <translation>bobot %1 · %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="112"/>
        <source>Score for %1</source>
        <translation>Nilai untuk %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="117"/>
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="118"/>
        <source>Note for %1</source>
        <translation>Catatan untuk %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="156"/>
        <source>Conflict of interest declared: %1. This entry cannot be scored.</source>
        <translation>Konflik kepentingan dinyatakan: %1. Inovasi ini tidak dapat dinilai.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="191"/>
        <source>Refused: %1 is not a number. Allowed: %2</source>
        <translation>Ditolak: %1 bukan angka. Yang diizinkan: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="198"/>
        <source>Refused: %1 is not allowed. Allowed: whole numbers %2</source>
        <translation>Ditolak: %1 tidak diizinkan. Yang diizinkan: bilangan bulat %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="200"/>
        <source>Refused: %1 is not allowed. Allowed: %2</source>
        <translation>Ditolak: %1 tidak diizinkan. Yang diizinkan: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="202"/>
        <source>Refused: %1 is outside the allowed range %2</source>
        <translation>Ditolak: %1 di luar rentang yang diizinkan %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="212"/>
        <source>%1–%2, steps of %3</source>
        <translation>%1–%2, kelipatan %3</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="233"/>
        <source>Score %1 %2</source>
        <translation>Nilai %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="246"/>
        <source>Note %1 %2</source>
        <translation>Catatan %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="299"/>
        <source>Total: — (conflict of interest)</source>
        <translation>Total: — (konflik kepentingan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="302"/>
        <source>Total: — (%1 of %2 criteria scored)</source>
        <translation>Total: — (%1 dari %2 kriteria dinilai)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="308"/>
        <source>Weighted total: %1 of 100</source>
        <translation>Nilai total berbobot: %1 dari 100</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="90"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="108"/>
        <source>Conflict of interest: %1</source>
        <translation>Konflik kepentingan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="113"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="132"/>
        <source>Score %1 %2</source>
        <translation>Nilai %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="144"/>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="165"/>
        <source>Pasted block is larger than the grid (row %1, column %2)</source>
        <translation>Blok yang ditempel lebih besar dari tabel (baris %1, kolom %2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="173"/>
        <source>%1: conflict of interest, cannot be scored</source>
        <translation>%1: konflik kepentingan, tidak dapat dinilai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../judge_app/ui/grid_model.py" line="183"/>
        <source>Paste %n scores</source>
        <translation>
            <numerusform>Tempel %n nilai</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="192"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="199"/>
        <source>%1 — weight %2, %3</source>
        <translation>%1 — bobot %2, %3</translation>
    </message>
</context>
<context>
    <name>ScoreGridView</name>
    <message numerus="yes">
        <location filename="../../judge_app/ui/grid_view.py" line="103"/>
        <source>Clear %n scores</source>
        <translation>
            <numerusform>Hapus %n nilai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretariatWorkspace</name>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="82"/>
        <source>&amp;Merge judges&apos; files…</source>
        <translation>Gab&amp;ungkan berkas juri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="84"/>
        <source>Or drop the judges&apos; .sqlite files on this window (Ctrl+M)</source>
        <translation>Atau seret berkas .sqlite juri ke jendela ini (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="88"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="113"/>
        <source>&amp;Judges</source>
        <translation>&amp;Juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="114"/>
        <source>&amp;Results</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="115"/>
        <source>C&amp;harts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="116"/>
        <source>Method &amp;sensitivity</source>
        <translation>Kepe&amp;kaan metode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="117"/>
        <source>E&amp;ntries</source>
        <translation>&amp;Peserta</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="132"/>
        <source>Rekapitulasi Nilai (signed PDF)…</source>
        <translation>Rekapitulasi Nilai (PDF bertanda tangan)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="133"/>
        <source>Berita Acara (signed PDF)…</source>
        <translation>Berita Acara (PDF bertanda tangan)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="135"/>
        <source>Spreadsheet (XLSX)…</source>
        <translation>Lembar kerja (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="136"/>
        <source>Table (CSV)…</source>
        <translation>Tabel (CSV)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="137"/>
        <source>Data (JSON)…</source>
        <translation>Data (JSON)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="144"/>
        <source>Secretariat · %1 entries · %2 judges · %3 signed sheets merged</source>
        <translation>Sekretariat · %1 peserta · %2 juri · %3 lembar bertanda tangan digabungkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="169"/>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="207"/>
        <source>Merge judges&apos; files</source>
        <translation>Gabungkan berkas juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="171"/>
        <source>judge-app files (*.sqlite);;All files (*)</source>
        <translation>Berkas judge-app (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="210"/>
        <source>Merge</source>
        <translation>Penggabungan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="197"/>
        <source>Merged: %1 of %2 files accepted</source>
        <translation>Digabungkan: %1 dari %2 berkas diterima</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="90"/>
        <source>Signed Rekapitulasi and Berita Acara (PDF), or the results as XLSX, CSV, JSON</source>
        <translation>Rekapitulasi dan Berita Acara bertanda tangan (PDF), atau hasil sebagai XLSX, CSV, JSON</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="219"/>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="229"/>
        <source>Import entries</source>
        <translation>Impor daftar inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="221"/>
        <source>Entry lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Daftar inovasi (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="234"/>
        <source>%1: %2 added, %3 changed, %4 unchanged</source>
        <translation>%1: %2 ditambahkan, %3 diubah, %4 tetap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="242"/>
        <source>%1 entries of the master are not in this file and were kept</source>
        <translation>%1 inovasi di berkas induk tidak ada di berkas ini dan tetap disimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="254"/>
        <source>Folder for the judges&apos; packages</source>
        <translation>Folder untuk paket para juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="261"/>
        <source>Write the judges&apos; packages</source>
        <translation>Buat paket para juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="265"/>
        <source>%1 packages written to %2</source>
        <translation>%1 paket ditulis ke %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="273"/>
        <source>Give each judge their own file; it holds only their entries.</source>
        <translation>Berikan setiap juri berkasnya sendiri; berkas itu hanya memuat inovasi yang ditugaskan kepadanya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="323"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="332"/>
        <source>Computing the results</source>
        <translation>Menghitung hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="379"/>
        <source>Cancelled; nothing was changed</source>
        <translation>Dibatalkan; tidak ada yang berubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="388"/>
        <source>A new key for %1</source>
        <translation>Kunci baru untuk %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="390"/>
        <source>%1 returned scores signed with a key this master does not know:

%2

Call the judge and have them read the fingerprint printed on their new declaration, group by group. Accept this key only if every group matches: the judge&apos;s old key is then retired (the sheets it signed stay valid).</source>
        <translation>%1 mengembalikan nilai yang ditandatangani dengan kunci yang belum dikenal berkas induk ini:

%2

Telepon juri dan minta ia membacakan sidik jari yang tercetak pada pernyataan barunya, kelompok demi kelompok. Terima kunci ini hanya bila semua kelompok cocok: kunci lama juri lalu dipensiunkan (lembar yang ditandatanganinya tetap sah).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="422"/>
        <source>Written: %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="425"/>
        <source>Document signed</source>
        <translation>Dokumen ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="426"/>
        <source>Signed and written to %1</source>
        <translation>Ditandatangani dan ditulis ke %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="427"/>
        <source>Open the PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="443"/>
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="462"/>
        <source>The secretariat signs documents with its own key, made now. Choose a passphrase for it (at least 8 characters) and keep it safe:</source>
        <translation>Sekretariat menandatangani dokumen dengan kuncinya sendiri, yang dibuat sekarang. Pilih kata sandi untuknya (minimal 8 karakter) dan simpan baik-baik:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="466"/>
        <source>Passphrase of the secretariat&apos;s signing key:</source>
        <translation>Kata sandi kunci tanda tangan sekretariat:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="469"/>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="476"/>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="485"/>
        <source>Sign as the secretariat</source>
        <translation>Tanda tangan sebagai sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="477"/>
        <source>Repeat the passphrase:</source>
        <translation>Ulangi kata sandi:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="486"/>
        <source>The two passphrases differ; nothing was signed.</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="500"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Kata sandi salah. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="517"/>
        <source>Rekapitulasi Nilai</source>
        <translation>Rekapitulasi Nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="533"/>
        <source>Berita Acara Hasil Penilaian</source>
        <translation>Berita Acara Hasil Penilaian</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="552"/>
        <source>Re-register a judge&apos;s key</source>
        <translation>Daftarkan ulang kunci juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="556"/>
        <source>No judge has a registered key yet; nothing to do.</source>
        <translation>Belum ada juri dengan kunci terdaftar; tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="562"/>
        <source>Judge whose key is lost:</source>
        <translation>Juri yang kehilangan kunci:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="571"/>
        <source>Key %1 of %2 will be retired. Merge any file you already received from this judge first: the sheets already merged stay valid, anything signed later with this key is refused. Then issue a new package to the judge (judge-app package); when it comes back, compare the new key&apos;s fingerprint with the judge before accepting it.

Reason (kept in the audit log):</source>
        <translation>Kunci %1 milik %2 akan dipensiunkan. Gabungkan dulu berkas yang sudah Anda terima dari juri ini: lembar yang sudah digabungkan tetap sah, apa pun yang ditandatangani kemudian dengan kunci ini ditolak. Lalu terbitkan paket baru untuk juri (judge-app package); saat paket kembali, cocokkan sidik jari kunci barunya dengan juri sebelum menerimanya.

Alasan (disimpan di log audit):</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="589"/>
        <source>Key of %1 retired after revision %2; logged</source>
        <translation>Kunci %1 dipensiunkan setelah revisi %2; tercatat</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="50"/>
        <source>No signed scores merged yet.</source>
        <translation>Belum ada nilai bertanda tangan yang digabungkan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="54"/>
        <source>%1 entries change rank or award when another aggregation method is used. Ranks are within the category; ★ marks an award. Double-click to see the entry&apos;s scores.</source>
        <translation>%1 peserta berubah peringkat atau penghargaan bila metode agregasi lain dipakai. Peringkat dalam kategori; ★ menandai penghargaan. Klik dua kali untuk melihat nilai peserta.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="61"/>
        <source>Every entry keeps its rank and award under all four methods.</source>
        <translation>Setiap peserta tetap pada peringkat dan penghargaannya di keempat metode.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="63"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="63"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="63"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../judge_app/ui/signature_pad.py" line="18"/>
        <source>Signature pad: draw your signature</source>
        <translation>Bidang tanda tangan: gambar tanda tangan Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/signature_pad.py" line="131"/>
        <source>Draw your signature here (optional)</source>
        <translation>Gambar tanda tangan Anda di sini (opsional)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="20"/>
        <source>Checking %1</source>
        <translation>Memeriksa %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="21"/>
        <source>Writing the package of judge %1</source>
        <translation>Menulis paket juri %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="24"/>
        <source>Writing the scores of judge %1</source>
        <translation>Menulis nilai juri %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="32"/>
        <source>Reading %1</source>
        <translation>Membaca %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="36"/>
        <source>Backing up the master</source>
        <translation>Mencadangkan berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="37"/>
        <source>Writing the merge</source>
        <translation>Menulis hasil penggabungan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="38"/>
        <source>Reading the signed scores</source>
        <translation>Membaca nilai yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="41"/>
        <source>Computing the results</source>
        <translation>Menghitung hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="42"/>
        <source>Writing the entries</source>
        <translation>Menulis daftar inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="43"/>
        <source>Writing the file</source>
        <translation>Menulis berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="44"/>
        <source>Writing the workbook</source>
        <translation>Menulis lembar kerja</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="45"/>
        <source>Laying out and signing the PDF</source>
        <translation>Menyusun dan menandatangani PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="48"/>
        <source>Laying out the recap</source>
        <translation>Menyusun rekap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="49"/>
        <source>Signing the recap</source>
        <translation>Menandatangani rekap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="50"/>
        <source>Locking the signed scores</source>
        <translation>Mengunci nilai yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="53"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="102"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="125"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="164"/>
        <source>Unexpected error: %1</source>
        <translation>Galat tak terduga: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="29"/>
        <source>Offline judging for public-service innovation competitions. Open the package file the secretariat gave you, or a master file.</source>
        <translation>Penilaian luring untuk kompetisi inovasi pelayanan publik. Buka berkas paket dari sekretariat, atau berkas induk.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="34"/>
        <source>&amp;Open file… (Ctrl+O)</source>
        <translation>&amp;Buka berkas… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="36"/>
        <source>Open the &amp;demo competition</source>
        <translation>Buka kompetisi &amp;demo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="42"/>
        <source>&amp;Recent files</source>
        <translation>Berkas &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="46"/>
        <source>No recent files yet.</source>
        <translation>Belum ada berkas terakhir.</translation>
    </message>
</context>
</TS>
