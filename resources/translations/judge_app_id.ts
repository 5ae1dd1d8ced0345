<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="29"/>
        <source>the language judge-app is written in</source>
        <translation>bahasa pemrograman judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="31"/>
        <source>the window</source>
        <translation>jendela aplikasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="32"/>
        <source>the files</source>
        <translation>berkas data</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="37"/>
        <source>reading and writing the files</source>
        <translation>membaca dan menulis berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="43"/>
        <source>the PDF documents</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="45"/>
        <source>the PDF signatures</source>
        <translation>tanda tangan PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="50"/>
        <source>keys and signatures</source>
        <translation>kunci dan tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="52"/>
        <source>XLSX spreadsheets</source>
        <translation>lembar kerja XLSX</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="53"/>
        <source>QR codes</source>
        <translation>kode QR</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="54"/>
        <source>signature images</source>
        <translation>gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="55"/>
        <source>the data folder</source>
        <translation>folder data</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="60"/>
        <source>competition definitions made on screens</source>
        <translation>definisi kompetisi yang dibuat di layar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="66"/>
        <source>the fonts in the documents</source>
        <translation>huruf dalam dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="83"/>
        <source>About judge-app</source>
        <translation>Tentang judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="88"/>
        <source>Offline judging for public-service innovation competitions and assessments: declarations, weighted scores, signed recaps, merge, ranking and the official minutes.</source>
        <translation>Penilaian luring untuk kompetisi dan evaluasi inovasi pelayanan publik: pernyataan, nilai berbobot, rekap bertanda tangan, penggabungan, peringkat, dan berita acara.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="95"/>
        <source>Keys and settings are kept in %1</source>
        <translation>Kunci dan pengaturan disimpan di %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="99"/>
        <source>Bundled software and fonts, with their licences:</source>
        <translation>Perangkat lunak dan huruf yang disertakan, beserta lisensinya:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="102"/>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="102"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="102"/>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="102"/>
        <source>Used for</source>
        <translation>Digunakan untuk</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/about_dialog.py" line="126"/>
        <source>judge-app uses Qt under the LGPL: the Qt libraries are separate files in the program&apos;s folder and may be replaced by other builds of the same version.</source>
        <translation>judge-app memakai Qt dengan lisensi LGPL: pustaka Qt adalah berkas terpisah di folder program dan dapat diganti dengan build lain dari versi yang sama.</translation>
    </message>
</context>
<context>
    <name>AggregationPage</name>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="497"/>
        <source>Mean of the judges&apos; totals</source>
        <translation>Rata-rata nilai total para juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="498"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="499"/>
        <source>Trimmed mean (drop the highest and lowest)</source>
        <translation>Rata-rata terpangkas (tanpa nilai tertinggi dan terendah)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="500"/>
        <source>Normalised per judge (z-score)</source>
        <translation>Dinormalkan per juri (skor-z)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="507"/>
        <source>M&amp;ethod:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="510"/>
        <source>&amp;Trim:</source>
        <translation>&amp;Pangkas:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="510"/>
        <source>Totals dropped at each end (trimmed mean)</source>
        <translation>Jumlah nilai total yang dibuang di tiap ujung (rata-rata terpangkas)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="511"/>
        <source>Minimum &amp;judges:</source>
        <translation>Minimal &amp;juri:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="511"/>
        <source>Fewer totals: no score</source>
        <translation>Jika nilai total lebih sedikit: tidak ada nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="514"/>
        <source>&amp;Disagreement above:</source>
        <translation>Se&amp;lisih antarjuri di atas:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="515"/>
        <source>Points from the panel&apos;s median that flag a judge&apos;s total</source>
        <translation>Selisih poin dari median panel yang menandai nilai total seorang juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="522"/>
        <source>Scoring</source>
        <translation>Penghitungan nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="525"/>
        <source>Tie-break: equal final scores are ordered by these criteria</source>
        <translation>Penentu peringkat: nilai akhir yang sama diurutkan menurut kriteria ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="528"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="529"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="530"/>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="550"/>
        <source>Tie-break</source>
        <translation>Penentu peringkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="578"/>
        <source>(no such criterion)</source>
        <translation>(kriteria tidak ada)</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <location filename="../../judge_app/ui/assignment_model.py" line="153"/>
        <source>Declared conflict of interest: this judge never gets this entry</source>
        <translation>Konflik kepentingan yang dinyatakan: juri ini tidak pernah mendapat inovasi ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_model.py" line="155"/>
        <source>Holds scores: stays assigned</source>
        <translation>Sudah berisi nilai: tetap ditugaskan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_model.py" line="157"/>
        <source>Assigned for every stage: change it under All stages</source>
        <translation>Ditugaskan untuk semua tahap: ubah di Semua tahap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_model.py" line="159"/>
        <source>Likely conflict: %1</source>
        <translation>Kemungkinan konflik: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_model.py" line="161"/>
        <source>Assigned for some stages only: %1</source>
        <translation>Ditugaskan hanya untuk sebagian tahap: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_model.py" line="173"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_model.py" line="173"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_model.py" line="173"/>
        <source>Judges</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_model.py" line="181"/>
        <source>%1: %2 entries in all</source>
        <translation>%1: seluruhnya %2 inovasi</translation>
    </message>
</context>
<context>
    <name>AssignmentView</name>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="65"/>
        <source>All stages: the pairs assigned for every stage. A stage: the pairs that score it; a tick assigns the pair for that stage only</source>
        <translation>Semua tahap: pasangan yang ditugaskan untuk semua tahap. Satu tahap: pasangan yang menilai tahap itu; centang menugaskan pasangan hanya untuk tahap itu</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="69"/>
        <source>Stage sho&amp;wn:</source>
        <translation>Tahap yang ditampi&amp;lkan:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="73"/>
        <source>Search code or title</source>
        <translation>Cari kode atau judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="75"/>
        <source>&amp;Automatic assignment…</source>
        <translation>Penugasan &amp;otomatis…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="77"/>
        <source>k judges per entry, balanced load, away from conflicts (Ctrl+Shift+A)</source>
        <translation>k juri per inovasi, beban merata, jauh dari konflik (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="81"/>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="113"/>
        <source>holds scores (stays)</source>
        <translation>berisi nilai (tetap)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="114"/>
        <source>declared conflict (never)</source>
        <translation>konflik yang dinyatakan (tidak pernah)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="115"/>
        <source>likely conflict: own institution or region (allowed, marked)</source>
        <translation>kemungkinan konflik: instansi atau wilayah sendiri (boleh, ditandai)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="132"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="146"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="179"/>
        <source>%1 entries shown, %2 judges; load per judge %3–%4 entries</source>
        <translation>%1 inovasi ditampilkan, %2 juri; beban per juri %3–%4 inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="186"/>
        <source>%1 entries have no judge yet</source>
        <translation>%1 inovasi belum mempunyai juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="200"/>
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="217"/>
        <source>Assign %1 to %2</source>
        <translation>Tugaskan %1 pada %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="217"/>
        <source>Unassign %1 from %2</source>
        <translation>Batalkan tugas %1 pada %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="278"/>
        <source>Automatic assignment (per stage: %1)</source>
        <translation>Penugasan otomatis (per tahap: %1)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/assignment_view.py" line="282"/>
        <source>Automatic assignment (%1 per entry)</source>
        <translation>Penugasan otomatis (%1 per inovasi)</translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="56"/>
        <source>Automatic assignment</source>
        <translation>Penugasan otomatis</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="60"/>
        <source>Each entry gets the chosen number of judges, the judges with the fewest entries first. A judge never gets an entry with a declared conflict, and pairs that already hold scores stay. The same rules and seed always give the same plan.</source>
        <translation>Setiap inovasi mendapat juri sebanyak yang dipilih, didahulukan juri dengan inovasi paling sedikit. Juri tidak pernah mendapat inovasi yang konfliknya telah ia nyatakan, dan pasangan yang sudah berisi nilai tetap. Aturan dan benih yang sama selalu menghasilkan rencana yang sama.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="73"/>
        <source>&amp;Judges per entry:</source>
        <translation>&amp;Juri per inovasi:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="76"/>
        <source>A number of judges for each s&amp;tage</source>
        <translation>Jumlah juri untuk setiap &amp;tahap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="90"/>
        <source>    %1:</source>
        <translation>    %1:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="93"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="98"/>
        <source>&amp;Entries:</source>
        <translation>&amp;Inovasi:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="100"/>
        <source>Keep judges away from entries of their own &amp;institution</source>
        <translation>Jauhkan juri dari inovasi instan&amp;si sendiri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="103"/>
        <source>Keep judges away from entries of their own &amp;region</source>
        <translation>Jauhkan juri dari inovasi &amp;wilayah sendiri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="105"/>
        <source>Prefer judges whose e&amp;xpertise lists the entry&apos;s category</source>
        <translation>Utamakan juri yang &amp;keahliannya mencakup kategori inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="107"/>
        <source>Rules:</source>
        <translation>Aturan:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="113"/>
        <source>Another seed breaks ties between equally loaded judges in another order</source>
        <translation>Benih lain memecah seri antarjuri yang bebannya sama dengan urutan lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="116"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Benih:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="119"/>
        <source>&amp;Preview the plan</source>
        <translation>&amp;Pratinjau rencana</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="130"/>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="210"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="130"/>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="210"/>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="130"/>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="210"/>
        <source>Entries</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="142"/>
        <source>&amp;Apply this plan</source>
        <translation>Te&amp;rapkan rencana ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="179"/>
        <source>The rules changed: preview the plan again.</source>
        <translation>Aturan berubah: pratinjau rencana sekali lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/auto_assign_dialog.py" line="188"/>
        <source>Planning the assignment</source>
        <translation>Menyusun rencana penugasan</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../judge_app/ui/backup_actions.py" line="32"/>
        <source>Cannot open file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backup_actions.py" line="37"/>
        <source>judge-app has %1 backups of this file; one can be restored.</source>
        <translation>judge-app memiliki %1 cadangan berkas ini; salah satunya dapat dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backup_actions.py" line="42"/>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backup_actions.py" line="62"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backup_actions.py" line="64"/>
        <source>Make %1 what the chosen backup holds? What it holds now is backed up first, so this can be undone.</source>
        <translation>Jadikan %1 berisi persis cadangan yang dipilih? Isinya saat ini dicadangkan lebih dulu, sehingga hal ini dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backup_actions.py" line="82"/>
        <source>Could not restore</source>
        <translation>Tidak dapat memulihkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backup_actions.py" line="88"/>
        <source>Restored from a backup; what the file held before is in %1</source>
        <translation>Dipulihkan dari cadangan; isi berkas sebelumnya ada di %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="54"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="60"/>
        <source>Backups of %1, newest first. Restoring one makes the file what the backup holds; what the file holds now is backed up first, so a restore can be undone.</source>
        <translation>Cadangan %1, yang terbaru di atas. Memulihkan satu cadangan membuat berkas berisi persis isi cadangan itu; isi berkas saat ini dicadangkan lebih dulu, sehingga pemulihan dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="66"/>
        <source>%1 has no backups yet. judge-app makes one before every merge and update, and when a changed file is closed.</source>
        <translation>%1 belum punya cadangan. judge-app membuat cadangan sebelum setiap penggabungan dan pembaruan, dan ketika berkas yang berubah ditutup.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="75"/>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="75"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="75"/>
        <source>What it holds</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="75"/>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="99"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Pulihkan cadangan ini…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="111"/>
        <source>before a merge</source>
        <translation>sebelum penggabungan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="112"/>
        <source>before re-registering a judge&apos;s key</source>
        <translation>sebelum mendaftarkan ulang kunci juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="113"/>
        <source>before restoring a backup</source>
        <translation>sebelum memulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="114"/>
        <source>closed after changes</source>
        <translation>ditutup setelah ada perubahan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="120"/>
        <source>before updating to file version %1</source>
        <translation>sebelum pembaruan ke versi berkas %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="125"/>
        <source>cannot be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/backups_dialog.py" line="127"/>
        <source>entries %1 · judges %2 · scores %3 · signed sheets %4</source>
        <translation>inovasi %1 · juri %2 · nilai %3 · lembar bertanda tangan %4</translation>
    </message>
</context>
<context>
    <name>BandsPage</name>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="453"/>
        <source>From score</source>
        <translation>Mulai nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="454"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="455"/>
        <source>Meaning</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="456"/>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="460"/>
        <source>Band %1</source>
        <translation>Predikat %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="463"/>
        <source>band</source>
        <translation>predikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="467"/>
        <source>Entries without a final score</source>
        <translation>Peserta tanpa nilai akhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="470"/>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="471"/>
        <source>M&amp;eaning:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="472"/>
        <source>Colou&amp;r:</source>
        <translation>&amp;Warna:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="481"/>
        <source>Bands (predikat), highest first: an entry gets the first band whose lower limit its final score reaches. Colours as #rrggbb.</source>
        <translation>Predikat, dari yang tertinggi: peserta mendapat predikat pertama yang batas bawahnya dicapai nilai akhirnya. Warna ditulis #rrggbb.</translation>
    </message>
</context>
<context>
    <name>BeritaAcaraDialog</name>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="28"/>
        <source>Berita Acara Hasil Penilaian</source>
        <translation>Berita Acara Hasil Penilaian</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="28"/>
        <source>Rekapitulasi Nilai</source>
        <translation>Rekapitulasi Nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="32"/>
        <source>e.g. 001/BA/TIM-PENILAI/XII/2023</source>
        <translation>mis. 001/BA/TIM-PENILAI/XII/2023</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="39"/>
        <source>The recap&apos;s number as your office registers it (optional); printed in the heading. A signed document cannot be numbered afterwards</source>
        <translation>Nomor rekapitulasi sesuai register kantor Anda (boleh kosong); dicetak di bagian judul. Dokumen yang sudah ditandatangani tidak dapat diberi nomor kemudian</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="48"/>
        <source>Where the panel met; printed above the signatures</source>
        <translation>Tempat tim penilai bersidang; dicetak di atas tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="51"/>
        <source>The date printed above the signatures; when it is not today, the document also says when it was signed</source>
        <translation>Tanggal yang dicetak di atas tanda tangan; bila bukan hari ini, dokumen juga menyebutkan kapan ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="55"/>
        <source>The day the panel met; the minutes write the day and date out in words</source>
        <translation>Hari tim penilai bersidang; berita acara menuliskan hari dan tanggalnya dengan huruf</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="61"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nomor:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="62"/>
        <source>&amp;Place:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="63"/>
        <source>&amp;Date:</source>
        <translation>T&amp;anggal:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/berita_acara_dialog.py" line="44"/>
        <source>The minutes&apos; number as your office registers it; printed in the heading. Required: a signed document cannot be numbered afterwards</source>
        <translation>Nomor berita acara sesuai register kantor Anda; dicetak di kepala dokumen. Wajib diisi: dokumen yang sudah ditandatangani tidak dapat diberi nomor kemudian</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="246"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="247"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="248"/>
        <source>Awards</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="252"/>
        <source>Category %1</source>
        <translation>Kategori %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="255"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="259"/>
        <source>Award rule: what an award needs besides a place</source>
        <translation>Syarat penghargaan: yang diperlukan selain peringkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="265"/>
        <source>Empty: no minimum. Compared with the printed final score</source>
        <translation>Kosong: tanpa batas minimal. Dibandingkan dengan nilai akhir yang dicetak</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="267"/>
        <source>Mi&amp;nimum final score:</source>
        <translation>&amp;Nilai akhir minimal:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="269"/>
        <source>At least the &amp;band:</source>
        <translation>Predikat m&amp;inimal:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="276"/>
        <source>Entry lists name a category by its id or its name. Awards: how many places each category awards (0: ranked only).</source>
        <translation>Daftar peserta menyebut kategori dengan id atau namanya. Penghargaan: berapa peringkat yang diberi penghargaan di tiap kategori (0: hanya diperingkat).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="287"/>
        <source>(any band)</source>
        <translation>(predikat apa pun)</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="48"/>
        <source>The stage whose judge totals the charts show</source>
        <translation>Tahap yang total nilai jurinya ditampilkan grafik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="54"/>
        <source>The category whose leading entries are compared</source>
        <translation>Kelompok yang inovasi teratasnya dibandingkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="57"/>
        <source>S&amp;tage:</source>
        <translation>Tah&amp;ap:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="59"/>
        <source>C&amp;ategory:</source>
        <translation>Kateg&amp;ori:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="94"/>
        <source>Judges&apos; totals, %1: lenient judges sit high, harsh ones low</source>
        <translation>Nilai total per juri, %1: juri yang murah nilai di atas, yang pelit di bawah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="120"/>
        <source>%1 judges, left to right %2 … %3 (hover for names)</source>
        <translation>%1 juri, dari kiri ke kanan %2 … %3 (arahkan kursor untuk nama)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="132"/>
        <source>Judge total (0–100)</source>
        <translation>Nilai total juri (0–100)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="138"/>
        <source>No signed scores merged yet</source>
        <translation>Belum ada nilai bertanda tangan yang digabungkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="150"/>
        <source>Rank in %1 by method (top %2); coloured lines change rank</source>
        <translation>Peringkat di %1 menurut metode (%2 teratas); garis berwarna berubah peringkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/charts_view.py" line="164"/>
        <source>Rank in category</source>
        <translation>Peringkat dalam kategori</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="35"/>
        <source>Sign the Berita Acara</source>
        <translation>Tandatangani Berita Acara</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="42"/>
        <source>The Berita Acara PDF sent by the secretariat</source>
        <translation>PDF Berita Acara yang dikirim sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="43"/>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="52"/>
        <source>Signs as</source>
        <translation>Sebagai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="52"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="52"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="69"/>
        <source>Found from your key when only one field can be yours; choose it when several panel members&apos; keys are on this computer</source>
        <translation>Ditentukan dari kunci Anda bila hanya satu kolom yang mungkin milik Anda; pilih sendiri bila kunci beberapa anggota tim ada di komputer ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="76"/>
        <source>&amp;Whose field</source>
        <translation>&amp;Kolom milik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="87"/>
        <source>&amp;Sign my field</source>
        <translation>Tandatangani kolom &amp;saya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="97"/>
        <source>&amp;Berita Acara</source>
        <translation>&amp;Berita Acara</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="104"/>
        <source>&amp;Open in the PDF reader</source>
        <translation>B&amp;uka di pembaca PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="129"/>
        <source>Open the Berita Acara</source>
        <translation>Buka Berita Acara</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="129"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="141"/>
        <source>%1 cannot be read as a PDF (%2)</source>
        <translation>%1 tidak dapat dibaca sebagai PDF (%2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="151"/>
        <source>%1 has no signature fields for the panel: it is not a Berita Acara made by judge-app, or it comes from an older version (make it again).</source>
        <translation>%1 tidak memiliki kolom tanda tangan untuk tim penilai: bukan Berita Acara buatan judge-app, atau dibuat oleh versi lama (buat ulang).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="166"/>
        <source>Signed</source>
        <translation>Sudah ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="168"/>
        <source>Signed by somebody else: %1</source>
        <translation>Ditandatangani orang lain: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="170"/>
        <source>Not yet signed</source>
        <translation>Belum ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="174"/>
        <source>Certificate of %1</source>
        <translation>Sertifikat atas nama %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="182"/>
        <source>%1 of %2 have signed.</source>
        <translation>%1 dari %2 sudah menandatangani.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="187"/>
        <source>Found from my key</source>
        <translation>Ditentukan dari kunci saya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="213"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frasa sandi salah. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/cosign_dialog.py" line="225"/>
        <source>Signed in the field of %1. </source>
        <translation>Ditandatangani pada kolom %1. </translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="300"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="301"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="302"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="303"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="306"/>
        <source>criterion</source>
        <translation>kriteria</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="320"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="321"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="322"/>
        <source>&amp;Weight:</source>
        <translation>B&amp;obot:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="328"/>
        <source>S&amp;tage:</source>
        <translation>Ta&amp;hap:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="331"/>
        <source>&amp;Description:</source>
        <translation>U&amp;raian:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="335"/>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="336"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="337"/>
        <source>in steps of</source>
        <translation>kelipatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="345"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="350"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="351"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="352"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="353"/>
        <source>Descriptor</source>
        <translation>Deskriptor</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="356"/>
        <source>level</source>
        <translation>tingkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="364"/>
        <source>Rubric levels (what a score means):</source>
        <translation>Tingkat rubrik (arti sebuah nilai):</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="384"/>
        <source>(the one stage)</source>
        <translation>(satu-satunya tahap)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="394"/>
        <source>Criterion %1</source>
        <translation>Kriteria %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="418"/>
        <source>Level %1</source>
        <translation>Tingkat %1</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="63"/>
        <source>Integrity pact and conflict-of-interest statement</source>
        <translation>Pakta integritas dan pernyataan konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="66"/>
        <source>Before scoring, sign the integrity pact and the statement on conflicts of interest. Both are written as PDF files and signed with your personal key.</source>
        <translation>Sebelum menilai, tandatangani pakta integritas dan surat pernyataan tentang konflik kepentingan. Keduanya dibuat sebagai berkas PDF dan ditandatangani dengan kunci pribadi Anda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="99"/>
        <source>Your identity</source>
        <translation>Identitas Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="107"/>
        <source>Printed in your declarations; correct it if it changed since the secretariat registered you</source>
        <translation>Dicetak dalam pernyataan Anda; perbaiki bila sudah berubah sejak sekretariat mendaftarkan Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="112"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="113"/>
        <source>NIP/NIK</source>
        <translation>NIP/NIK</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="114"/>
        <source>&amp;Rank/grade</source>
        <translation>&amp;Pangkat/golongan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="115"/>
        <source>P&amp;osition</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="116"/>
        <source>&amp;Institution</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="117"/>
        <source>Role on the panel</source>
        <translation>Kedudukan dalam tim</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="121"/>
        <source>Place and date</source>
        <translation>Tempat dan tanggal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="127"/>
        <source>Printed above your signature, before the date</source>
        <translation>Dicetak di atas tanda tangan Anda, sebelum tanggal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="128"/>
        <source>The day you sign, written out in the declarations</source>
        <translation>Tanggal Anda menandatangani, ditulis lengkap dalam pernyataan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="129"/>
        <source>P&amp;lace</source>
        <translation>Te&amp;mpat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="130"/>
        <source>&amp;Date</source>
        <translation>Tang&amp;gal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="137"/>
        <source>Entries you have a conflict of interest with</source>
        <translation>Inovasi yang memiliki konflik kepentingan dengan Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="141"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="141"/>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="141"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="150"/>
        <source>An entry you may not judge impartially</source>
        <translation>Inovasi yang tidak dapat Anda nilai secara netral</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="154"/>
        <source>Reason, e.g. family tie, employment</source>
        <translation>Alasan, mis. hubungan keluarga, hubungan kerja</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="156"/>
        <source>Why you cannot judge this entry impartially; printed in the statement</source>
        <translation>Alasan Anda tidak dapat menilai inovasi ini secara netral; dicetak dalam surat pernyataan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="158"/>
        <source>&amp;Add</source>
        <translation>Tam&amp;bah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="160"/>
        <source>Add the chosen entry: you will not score it, and its scores are removed</source>
        <translation>Tambahkan inovasi yang dipilih: Anda tidak akan menilainya, dan nilainya dihapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="162"/>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="163"/>
        <source>Take the selected entry off the list</source>
        <translation>Keluarkan inovasi yang dipilih dari daftar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="174"/>
        <source>Leave the list empty if you have no conflict of interest.</source>
        <translation>Biarkan daftar kosong jika Anda tidak memiliki konflik kepentingan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="189"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="193"/>
        <source>Load P&amp;NG…</source>
        <translation>Muat P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="194"/>
        <source>Use a scanned signature (a PNG image) instead of drawing</source>
        <translation>Pakai tanda tangan hasil pindaian (gambar PNG) alih-alih menggambar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="195"/>
        <source>&amp;Clear</source>
        <translation>Be&amp;rsihkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="196"/>
        <source>Erase the signature and draw it again</source>
        <translation>Hapus tanda tangan dan gambar ulang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="225"/>
        <source>Protects your signing key on this laptop; you need it to sign and to reopen scores. Nobody can recover it for you</source>
        <translation>Melindungi kunci tanda tangan Anda di laptop ini; diperlukan untuk menandatangani dan membuka kembali nilai. Tidak ada yang dapat memulihkannya untuk Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="212"/>
        <source>A personal signing key is created now and kept, encrypted with this passphrase, on this computer only (at least %1 characters). Do not forget it: it is needed to sign your scores.</source>
        <translation>Kunci tanda tangan pribadi dibuat sekarang dan disimpan terenkripsi dengan frasa sandi ini, hanya di komputer ini (minimal %1 karakter). Jangan lupa: frasa sandi ini diperlukan untuk menandatangani nilai Anda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="79"/>
        <source>&amp;Sign both documents</source>
        <translation>&amp;Tandatangani kedua dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="217"/>
        <source>The certificate you sign with now is registered as yours: your scores are signed with it, and only with it, from now on.</source>
        <translation>Sertifikat yang Anda pakai sekarang didaftarkan sebagai milik Anda: sejak itu nilai Anda ditandatangani dengan sertifikat ini, dan hanya dengan sertifikat ini.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="243"/>
        <source>Integrity pact</source>
        <translation>Pakta integritas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="244"/>
        <source>Conflict-of-interest statement</source>
        <translation>Pernyataan konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="246"/>
        <source>The full text you sign, as the signed PDF prints it; read both pages</source>
        <translation>Teks lengkap yang Anda tandatangani, sama dengan yang dicetak di PDF bertanda tangan; bacalah kedua halaman</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="291"/>
        <source>Give the reason for the conflict of interest.</source>
        <translation>Isi alasan konflik kepentingan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="317"/>
        <source>%1 is already declared; withdraw it from the workspace (Ctrl+K).</source>
        <translation>%1 sudah dinyatakan; cabut dari ruang kerja (Ctrl+K).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="383"/>
        <source>Signature image</source>
        <translation>Gambar tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="383"/>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="386"/>
        <source>%1 is not a readable PNG image.</source>
        <translation>%1 bukan gambar PNG yang dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="403"/>
        <source>Fill in the place of signing.</source>
        <translation>Isi tempat penandatanganan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="406"/>
        <source>Every conflict of interest needs a reason.</source>
        <translation>Setiap konflik kepentingan memerlukan alasan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="425"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frasa sandi salah. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="435"/>
        <source>Declarations signed</source>
        <translation>Pernyataan ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/declaration_dialog.py" line="437"/>
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
    <name>DeclarationsPage</name>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="607"/>
        <source>What each judge signs before scoring. Left empty, the built-in text (shown greyed) is used in the documents&apos; language. One clause per line.</source>
        <translation>Yang ditandatangani setiap juri sebelum menilai. Jika dibiarkan kosong, dipakai teks bawaan (tampak samar) dalam bahasa dokumen. Satu butir per baris.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="614"/>
        <source>Integrity pact (Pakta Integritas): its clauses</source>
        <translation>Pakta Integritas: butir-butirnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="615"/>
        <source>Statement of no conflict of interest: its clauses</source>
        <translation>Surat pernyataan tidak memiliki konflik kepentingan: butir-butirnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="616"/>
        <source>Integrity pact: the sanctions accepted</source>
        <translation>Pakta Integritas: sanksi yang diterima</translation>
    </message>
</context>
<context>
    <name>DefinitionEditor</name>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="82"/>
        <source>Start from te&amp;mplate:</source>
        <translation>Mulai dari &amp;templat:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="84"/>
        <source>&amp;Open TOML…</source>
        <translation>&amp;Buka TOML…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="85"/>
        <source>&amp;Save TOML</source>
        <translation>&amp;Simpan TOML</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="86"/>
        <source>Save &amp;as…</source>
        <translation>Simpan seb&amp;agai…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="100"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="101"/>
        <source>Stages</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="102"/>
        <source>Categories and awards</source>
        <translation>Kategori dan penghargaan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="103"/>
        <source>Criteria and rubric</source>
        <translation>Kriteria dan rubrik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="104"/>
        <source>Bands</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="105"/>
        <source>Aggregation</source>
        <translation>Agregasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="106"/>
        <source>Declarations</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="109"/>
        <source>Score sheet preview</source>
        <translation>Pratinjau lembar nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="145"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="147"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="155"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="156"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="157"/>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Urungkan perubahan terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="158"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ulangi (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="163"/>
        <source>&amp;Create round…</source>
        <translation>B&amp;uat babak…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="165"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="211"/>
        <source>Fix the problems listed first</source>
        <translation>Perbaiki dulu masalah yang tercantum</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="220"/>
        <source>not saved yet</source>
        <translation>belum disimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="222"/>
        <location filename="../../judge_app/ui/definition_editor.py" line="242"/>
        <source>New competition</source>
        <translation>Kompetisi baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="224"/>
        <source>TOML: %1</source>
        <translation>TOML: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="224"/>
        <source> (changed)</source>
        <translation> (diubah)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="243"/>
        <source>Discard the changes that are not saved?</source>
        <translation>Buang perubahan yang belum disimpan?</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="263"/>
        <location filename="../../judge_app/ui/definition_editor.py" line="276"/>
        <source>Open a competition definition</source>
        <translation>Buka definisi kompetisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="293"/>
        <location filename="../../judge_app/ui/definition_editor.py" line="314"/>
        <source>Save the competition definition</source>
        <translation>Simpan definisi kompetisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="332"/>
        <source>Create the round&apos;s master file</source>
        <translation>Buat berkas induk babak</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="334"/>
        <source>judge-app files (*.sqlite);;All files (*)</source>
        <translation>Berkas judge-app (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="352"/>
        <location filename="../../judge_app/ui/definition_editor.py" line="359"/>
        <source>Create the round</source>
        <translation>Buat babak</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_editor.py" line="353"/>
        <source>%1 exists already: choose another name.</source>
        <translation>%1 sudah ada: pilih nama lain.</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="202"/>
        <source>Entries</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="211"/>
        <source>Search code, title, agency or region</source>
        <translation>Cari kode, judul, instansi atau wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="213"/>
        <source>Every word typed must appear (Ctrl+F)</source>
        <translation>Setiap kata yang diketik harus ada (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="246"/>
        <source>Im&amp;port list…</source>
        <translation>Imp&amp;or daftar…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="248"/>
        <source>Add or update entries by code from a CSV or XLSX file (the importer&apos;s report)</source>
        <translation>Tambah atau perbarui inovasi menurut kode dari berkas CSV atau XLSX (dengan laporan impor)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="251"/>
        <source>Import m&amp;aterial…</source>
        <translation>Impor mate&amp;ri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="254"/>
        <source>The entries&apos; proposal material: a folder with one subfolder per entry code (PDF, images) and the sections&apos; CSV or XLSX</source>
        <translation>Materi proposal inovasi: folder dengan satu subfolder per kode inovasi (PDF, gambar) dan CSV atau XLSX bagian-bagian proposal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="259"/>
        <source>A&amp;dd…</source>
        <translation>Ta&amp;mbah…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="261"/>
        <source>Edi&amp;t…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="263"/>
        <location filename="../../judge_app/ui/entries_editor.py" line="357"/>
        <source>&amp;Withdraw…</source>
        <translation>Tarik…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="265"/>
        <source>De&amp;lete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="302"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="315"/>
        <source>%1 entries</source>
        <translation>%1 inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="317"/>
        <source>%1 of %2 entries</source>
        <translation>%1 dari %2 inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="320"/>
        <source>%1 withdrawn</source>
        <translation>%1 ditarik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="354"/>
        <source>Rest&amp;ore</source>
        <translation>Kemba&amp;likan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="355"/>
        <source>Take the entry back into the round</source>
        <translation>Kembalikan inovasi ini ke dalam penilaian</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="360"/>
        <source>Take the entry out of the round, with a reason: its scores stay in the file, it gets no judges, is left out of packages and is not ranked</source>
        <translation>Tarik inovasi dari penilaian, dengan alasan: nilainya tetap tersimpan di berkas, tidak mendapat juri, tidak dimasukkan ke paket dan tidak diperingkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="372"/>
        <source>Delete an entry imported by mistake (nothing refers to it yet)</source>
        <translation>Hapus inovasi yang terimpor karena keliru (belum dirujuk apa pun)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="391"/>
        <source>Proposal material imported for %1 entries</source>
        <translation>Materi proposal diimpor untuk %1 inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="411"/>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="430"/>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="444"/>
        <location filename="../../judge_app/ui/entries_editor.py" line="468"/>
        <source>Withdraw %1</source>
        <translation>Tarik %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="447"/>
        <source>Why is %1 withdrawn from the round? Its scores stay in the file; it gets no judges, is left out of new packages and is not ranked.</source>
        <translation>Mengapa %1 ditarik dari penilaian? Nilainya tetap tersimpan di berkas; inovasi ini tidak mendapat juri, tidak dimasukkan ke paket baru dan tidak diperingkat.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="474"/>
        <source>%1 withdrawn; %2 assignments without scores removed</source>
        <translation>%1 ditarik; %2 penugasan tanpa nilai dihapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="486"/>
        <source>Restore %1</source>
        <translation>Kembalikan %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="506"/>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="59"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="60"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="61"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="62"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="63"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="64"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="96"/>
        <source>Withdrawn from the round: %1</source>
        <translation>Ditarik dari penilaian: %1</translation>
    </message>
</context>
<context>
    <name>EntriesTable</name>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="76"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="77"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="78"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="79"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="80"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="47"/>
        <source>Judges&apos; notes</source>
        <translation>Catatan juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="56"/>
        <source>Select an entry to see each judge&apos;s scores</source>
        <translation>Pilih inovasi untuk melihat nilai setiap juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="75"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="77"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_detail.py" line="80"/>
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
        <translation>Tidak ada catatan untuk inovasi ini.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="532"/>
        <source>New entry</source>
        <translation>Inovasi baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="532"/>
        <source>Entry %1</source>
        <translation>Inovasi %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="539"/>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="540"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="541"/>
        <source>Acr&amp;onym</source>
        <translation>Akr&amp;onim</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="542"/>
        <source>&amp;Agency</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="543"/>
        <source>R&amp;egion</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="544"/>
        <source>Re&amp;plicates</source>
        <translation>Re&amp;plikasi dari</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="545"/>
        <source>&amp;Link</source>
        <translation>&amp;Tautan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="554"/>
        <source>The code is the entry&apos;s key in every file; it cannot be changed</source>
        <translation>Kode adalah kunci inovasi di setiap berkas; tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="561"/>
        <source>Categor&amp;y</source>
        <translation>Kat&amp;egori</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="566"/>
        <source>The innovation it replicates, if any</source>
        <translation>Inovasi asal yang direplikasi, bila ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="567"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="571"/>
        <source>&amp;Summary</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entries_editor.py" line="573"/>
        <source>Withdrawn from the round: %1</source>
        <translation>Ditarik dari penilaian: %1</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="138"/>
        <source>Conflict of interest: %1</source>
        <translation>Konflik kepentingan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="152"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="153"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="154"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="155"/>
        <source>Category</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="156"/>
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
        <location filename="../../judge_app/ui/entry_list_model.py" line="21"/>
        <source>Not started</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="22"/>
        <source>Partial</source>
        <translation>Sebagian</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="23"/>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/entry_list_model.py" line="24"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>FileTab</name>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="76"/>
        <source>Open in the system viewer</source>
        <translation>Buka di penampil sistem</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="80"/>
        <source>Opens a copy of the file in the program your computer uses for it (the copy is removed when judge-app closes)</source>
        <translation>Membuka salinan berkas di program yang biasa dipakai komputer Anda untuknya (salinan dihapus saat judge-app ditutup)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="105"/>
        <source>%1 page</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="105"/>
        <source>%1 pages</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="121"/>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="134"/>
        <source>“%1” is a video: it opens in your system&apos;s video player.</source>
        <translation>“%1” adalah video: dibuka di pemutar video sistem Anda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="138"/>
        <source>“%1” opens in the program your system uses for it.</source>
        <translation>“%1” dibuka di program yang dipakai sistem Anda untuknya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="181"/>
        <source>Could not write a copy to open: %1</source>
        <translation>Salinan untuk dibuka tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="187"/>
        <source>Opened in the system viewer: %1</source>
        <translation>Dibuka di penampil sistem: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_file_tab.py" line="190"/>
        <source>No program opened it; the copy is at %1</source>
        <translation>Tidak ada program yang membukanya; salinannya ada di %1</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="80"/>
        <source>The date printed above your signature on the recap; if it is not today, the recap also says when it was signed</source>
        <translation>Tanggal yang dicetak di atas tanda tangan Anda pada rekap; bila bukan hari ini, rekap juga menyebutkan kapan ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="95"/>
        <source>&amp;Date</source>
        <translation>Tang&amp;gal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="36"/>
        <source>Finalise and sign the scores</source>
        <translation>Finalisasi dan tandatangani nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="41"/>
        <source>%1 of %2 scores are in.</source>
        <translation>%1 dari %2 nilai sudah diisi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="48"/>
        <source>&amp;Sign and lock</source>
        <translation>&amp;Tandatangani dan kunci</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="55"/>
        <source>These entries still have criteria without a score; complete them first:</source>
        <translation>Inovasi berikut masih memiliki kriteria tanpa nilai; lengkapi terlebih dahulu:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="65"/>
        <source>Signing locks your scores as revision %1 and writes your signed recap. To change a score afterwards you reopen the scores with your passphrase; the signed revision stays in the file.</source>
        <translation>Penandatanganan mengunci nilai Anda sebagai revisi %1 dan membuat rekap bertanda tangan. Untuk mengubah nilai sesudahnya, buka kembali nilai dengan frasa sandi Anda; revisi yang sudah ditandatangani tetap tersimpan di berkas.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="85"/>
        <source>&amp;Browse…</source>
        <translation>Tel&amp;usuri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="86"/>
        <source>Where to save your signed recap (PDF)</source>
        <translation>Tempat menyimpan rekap bertanda tangan Anda (PDF)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="87"/>
        <source>Printed above your signature on the recap</source>
        <translation>Dicetak di atas tanda tangan Anda pada rekap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="89"/>
        <source>The signed recap to hand in; the package keeps it, so it can be written again</source>
        <translation>Rekap bertanda tangan untuk diserahkan; paket menyimpannya, sehingga dapat ditulis ulang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="102"/>
        <source>The passphrase you chose when you signed the declarations</source>
        <translation>Frasa sandi yang Anda pilih saat menandatangani pernyataan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="94"/>
        <source>P&amp;lace</source>
        <translation>Te&amp;mpat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="96"/>
        <source>&amp;Recap PDF</source>
        <translation>&amp;Rekap PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="135"/>
        <source>Save the signed recap</source>
        <translation>Simpan rekap bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="135"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="158"/>
        <source>Signing the scores</source>
        <translation>Menandatangani nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/finalise_dialog.py" line="173"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frasa sandi salah. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="23"/>
        <source>judge-app guide</source>
        <translation>Panduan judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="28"/>
        <source>For judges</source>
        <translation>Untuk juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="29"/>
        <source>For the secretariat</source>
        <translation>Untuk sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="46"/>
        <source>Copy the package file the secretariat gave you (&lt;i&gt;J1-….sqlite&lt;/i&gt;) to your laptop and open it: &lt;b&gt;File → Open&lt;/b&gt; (Ctrl+O).</source>
        <translation>Salin berkas paket dari sekretariat (&lt;i&gt;J1-….sqlite&lt;/i&gt;) ke laptop Anda lalu buka: &lt;b&gt;Berkas → Buka&lt;/b&gt; (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="50"/>
        <source>Sign the integrity pact and the conflict-of-interest statement: the banner&apos;s button (Ctrl+Shift+D). Choose a passphrase of at least 8 characters and keep it: it protects your signing key. To sign with a certificate from a PSrE or BSrE instead (a .p12/.pfx file or a token), choose it under &lt;i&gt;Sign with&lt;/i&gt;; judge-app remembers the choice, never the password or PIN.</source>
        <translation>Tandatangani pakta integritas dan surat pernyataan konflik kepentingan: tombol pada spanduk (Ctrl+Shift+D). Pilih frasa sandi minimal 8 karakter dan simpan baik-baik: frasa sandi itu melindungi kunci tanda tangan Anda. Untuk menandatangani dengan sertifikat dari PSrE atau BSrE (berkas .p12/.pfx atau token), pilih di &lt;i&gt;Tanda tangan dengan&lt;/i&gt;; judge-app mengingat pilihan itu, tidak pernah kata sandi atau PIN-nya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="58"/>
        <source>Name every entry you have a conflict of interest with, and why. You will not score those entries.</source>
        <translation>Sebutkan setiap inovasi yang menimbulkan konflik kepentingan bagi Anda, beserta alasannya. Inovasi itu tidak Anda nilai.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="62"/>
        <source>Choose an entry on the left and read its proposal in the middle: its sections and files, no network needed (Ctrl+R reads, Esc goes back to the scores). Score its criteria in the form (Enter moves on) or in the grid (Ctrl+2). Every score is saved the moment you enter it; there is no Save button.</source>
        <translation>Pilih inovasi di sebelah kiri dan baca proposalnya di tengah: bagian teks dan berkasnya, tanpa perlu jaringan (Ctrl+R untuk membaca, Esc kembali ke penilaian). Nilai kriterianya di formulir (Enter untuk lanjut) atau di tabel (Ctrl+2). Setiap nilai langsung tersimpan saat dimasukkan; tidak ada tombol Simpan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="69"/>
        <source>Paper scores: File → Import scores (CSV/XLSX); Ctrl+Z takes an import back. Notes go in the column beside each score.</source>
        <translation>Nilai dari kertas: Berkas → Impor nilai (CSV/XLSX); Ctrl+Z membatalkan impor. Catatan ditulis di kolom di samping setiap nilai.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="73"/>
        <source>Watch the progress bar at the bottom; the filters show what is still missing (Ctrl+F searches).</source>
        <translation>Perhatikan bilah kemajuan di bawah; penyaring menunjukkan yang belum dinilai (Ctrl+F untuk mencari).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="77"/>
        <source>When everything is scored: File → Finalise and sign (Ctrl+Shift+S). This locks the scores and writes your signed recap PDF.</source>
        <translation>Setelah semua dinilai: Berkas → Finalisasi dan tandatangani (Ctrl+Shift+S). Nilai dikunci dan rekap PDF bertanda tangan Anda dibuat.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="81"/>
        <source>To change a signed score: File → Reopen signed scores (passphrase), change it, and sign again: the new revision counts.</source>
        <translation>Untuk mengubah nilai yang sudah ditandatangani: Berkas → Buka kembali nilai yang ditandatangani (frasa sandi), ubah, lalu tandatangani lagi: revisi baru yang berlaku.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="85"/>
        <source>Hand in: File → Return to the secretariat (Ctrl+Shift+H) writes a checked copy of your package onto your USB stick; give that file (not only the PDF) to the secretariat.</source>
        <translation>Menyerahkan: Berkas → Kembalikan ke sekretariat (Ctrl+Shift+H) menulis salinan paket Anda yang sudah diperiksa ke flashdisk; serahkan berkas itu (bukan hanya PDF-nya) kepada sekretariat.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="90"/>
        <source>Read the fingerprint on your signed declaration to the secretariat when they call: it proves the signatures are yours.</source>
        <translation>Bacakan sidik jari kunci pada surat pernyataan bertanda tangan Anda ketika sekretariat menelepon: itu membuktikan tanda tangan tersebut milik Anda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="98"/>
        <source>File → New competition (Ctrl+N): start from a template (KIPP, IGA, Ombudsman) and set the title, stages, categories, criteria with their rubrics, bands and aggregation on screens; problems are listed as you type. Save the definition (TOML) and create the round.</source>
        <translation>Berkas → Kompetisi baru (Ctrl+N): mulai dari templat (KIPP, IGA, Ombudsman) lalu atur judul, tahap, kategori, kriteria beserta rubriknya, predikat dan agregasi di layar; masalah langsung didaftar selagi Anda mengetik. Simpan definisinya (TOML) lalu buat babak.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="104"/>
        <source>Entries tab: import the entry list (CSV/XLSX, Ctrl+I; every problem named by row and column, nothing stored until the file is right), search, edit, or withdraw an entry with a reason (its scores are kept).</source>
        <translation>Tab Peserta: impor daftar inovasi (CSV/XLSX, Ctrl+I; setiap masalah disebut baris dan kolomnya, tidak ada yang disimpan sebelum berkasnya benar), cari, ubah, atau tarik inovasi dengan alasan (nilainya tetap disimpan).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="109"/>
        <source>Entries tab → Import material…: each entry&apos;s proposal (a folder per entry code with its PDFs and images, and the sections&apos; CSV/XLSX). Every problem is named and nothing is stored until all is right; each judge&apos;s package then carries the material of that judge&apos;s entries.</source>
        <translation>Tab Peserta → Impor materi…: proposal tiap inovasi (satu folder per kode inovasi berisi PDF dan gambarnya, serta CSV/XLSX bagian proposal). Setiap masalah disebutkan dan tidak ada yang disimpan sampai semuanya benar; paket setiap juri lalu membawa materi inovasi yang ditugaskan kepadanya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="115"/>
        <source>Judge panel tab: add, edit or import the judges, with their role (chair, secretary, member), region and expertise.</source>
        <translation>Tab Daftar juri: tambah, ubah atau impor juri, beserta perannya (ketua, sekretaris, anggota), wilayah dan keahliannya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="119"/>
        <source>Assignments tab: Automatic assignment (Ctrl+Shift+A) gives each entry k judges with balanced loads, away from declared conflicts and the judges&apos; own institutions; preview the plan, apply it, change ticks by hand. Every change is saved at once and undone with Ctrl+Z.</source>
        <translation>Tab Pembagian tugas: Penugasan otomatis (Ctrl+Shift+A) memberi setiap inovasi k juri dengan beban merata, jauh dari konflik yang dinyatakan dan dari instansi juri sendiri; pratinjau rencananya, terapkan, ubah centangnya dengan tangan. Setiap perubahan langsung disimpan dan dapat dibatalkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="125"/>
        <source>Write the judges&apos; packages: Secretariat → Write the judges&apos; packages (Ctrl+Shift+P) shows each judge&apos;s load; hand each judge their own file.</source>
        <translation>Tulis paket para juri: Sekretariat → Tulis paket para juri (Ctrl+Shift+P) menampilkan beban setiap juri; berikan kepada setiap juri berkasnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="129"/>
        <source>When files come back, drop them on the window or use Merge (Ctrl+M). The report says for each file: accepted, nothing new, refused or conflict, and why.</source>
        <translation>Ketika berkas kembali, seret ke jendela atau pakai Gabungkan (Ctrl+M). Laporan menyebut untuk setiap berkas: diterima, tidak ada yang baru, ditolak, atau konflik, beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="134"/>
        <source>Compare each new judge&apos;s fingerprint (Judges tab) with the one on their signed declaration, by phone.</source>
        <translation>Cocokkan sidik jari kunci setiap juri baru (tab Juri) dengan yang tercetak pada surat pernyataannya, lewat telepon.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="138"/>
        <source>Results: choose the aggregation method; click an entry to see every judge&apos;s scores; the Method sensitivity tab shows which ranks depend on the method.</source>
        <translation>Hasil: pilih metode agregasi; klik sebuah inovasi untuk melihat nilai dari setiap juri; tab Kepekaan metode menunjukkan peringkat mana yang bergantung pada metode.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="143"/>
        <source>Export the signed Rekapitulasi and the Berita Acara (Export menu), signed with the secretariat&apos;s key or an official&apos;s certificate; the XLSX, CSV and JSON exports are for further work.</source>
        <translation>Ekspor Rekapitulasi dan Berita Acara bertanda tangan (menu Ekspor), ditandatangani dengan kunci sekretariat atau sertifikat seorang pejabat; ekspor XLSX, CSV, dan JSON untuk pengolahan lanjutan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="148"/>
        <source>Anyone can check a file or a PDF: &lt;i&gt;judge-app verify FILE&lt;/i&gt;. Keep the master and the returned packages together.</source>
        <translation>Siapa pun dapat memeriksa berkas atau PDF: &lt;i&gt;judge-app verify BERKAS&lt;/i&gt;. Simpan berkas induk bersama paket-paket yang dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/guide_dialog.py" line="152"/>
        <source>Backups are made before every merge: File → Restore from a backup brings an earlier state back, and can itself be undone.</source>
        <translation>Cadangan dibuat sebelum setiap penggabungan: Berkas → Pulihkan dari cadangan mengembalikan keadaan sebelumnya, dan pemulihan itu pun dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="107"/>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="107"/>
        <source>Printed on every document</source>
        <translation>Dicetak pada setiap dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="108"/>
        <source>Or&amp;ganiser:</source>
        <translation>&amp;Penyelenggara:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="109"/>
        <source>&amp;Place:</source>
        <translation>Te&amp;mpat:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="109"/>
        <source>Where documents are signed</source>
        <translation>Tempat dokumen ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="110"/>
        <source>&amp;Year:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="114"/>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="114"/>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="116"/>
        <source>Documents&apos; &amp;language:</source>
        <translation>Bahasa &amp;dokumen:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="122"/>
        <source>WIB (UTC+7)</source>
        <translation>WIB (UTC+7)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="123"/>
        <source>WITA (UTC+8)</source>
        <translation>WITA (UTC+8)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="124"/>
        <source>WIT (UTC+9)</source>
        <translation>WIT (UTC+9)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="127"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="129"/>
        <source>Competition</source>
        <translation>Kompetisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="132"/>
        <source>Who signs the Rekapitulasi Nilai beside the secretariat</source>
        <translation>Yang menandatangani Rekapitulasi Nilai selain sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="136"/>
        <source>The panel&apos;s c&amp;hair (ketua)</source>
        <translation>&amp;Ketua panel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="137"/>
        <source>The panel&apos;s s&amp;ecretary (sekretaris)</source>
        <translation>Sek&amp;retaris panel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="146"/>
        <source>The letterhead and the secretariat&apos;s officials are set in the round itself, after it is created (Letterhead and officials): they may change after the packages went out; a changed definition needs new packages for every judge.</source>
        <translation>Kop surat dan pejabat sekretariat diatur di babak itu sendiri setelah dibuat (Kop surat dan pejabat): keduanya boleh berubah setelah paket dibagikan; definisi yang diubah memerlukan paket baru bagi setiap juri.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="171"/>
        <source>Signers of the recap</source>
        <translation>Penanda tangan rekapitulasi</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../judge_app/ui/image_pane.py" line="20"/>
        <source>“%1” cannot be shown here: it is not a readable image. Try “Open in the system viewer”, or ask the secretariat for a new copy.</source>
        <translation>“%1” tidak dapat ditampilkan di sini: bukan gambar yang dapat dibaca. Coba “Buka di penampil sistem”, atau minta salinan baru kepada sekretariat.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/image_pane.py" line="31"/>
        <source>Image %1</source>
        <translation>Gambar %1</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <location filename="../../judge_app/ui/definition_tables.py" line="154"/>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_tables.py" line="155"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_tables.py" line="160"/>
        <location filename="../../judge_app/ui/definition_tables.py" line="162"/>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_tables.py" line="161"/>
        <location filename="../../judge_app/ui/definition_tables.py" line="163"/>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_tables.py" line="219"/>
        <source>%1 is not an array of tables in this file.</source>
        <translation>%1 di berkas ini bukan larik tabel.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_tables.py" line="230"/>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_tables.py" line="242"/>
        <source>Move %1</source>
        <translation>Pindahkan %1</translation>
    </message>
</context>
<context>
    <name>JudgeActions</name>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="40"/>
        <location filename="../../judge_app/ui/judge_actions.py" line="54"/>
        <source>Import scores</source>
        <translation>Impor nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="42"/>
        <source>Score sheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Lembar nilai (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="61"/>
        <source>Nothing was stored. Correct the sheet and import it again.</source>
        <translation>Tidak ada yang disimpan. Perbaiki lembar itu lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="69"/>
        <source>import of %1</source>
        <translation>impor %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="73"/>
        <source>Imported %1 scores from %2</source>
        <translation>%1 nilai diimpor dari %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="100"/>
        <location filename="../../judge_app/ui/judge_actions.py" line="106"/>
        <source>Finalise</source>
        <translation>Finalisasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="100"/>
        <source>Sign the declarations first.</source>
        <translation>Tandatangani pernyataan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="107"/>
        <source>Revision %1 is already signed.</source>
        <translation>Revisi %1 sudah ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="120"/>
        <source>Scores signed</source>
        <translation>Nilai ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="122"/>
        <source>Revision %1 is signed and locked.
Signed recap: %2</source>
        <translation>Revisi %1 sudah ditandatangani dan dikunci.
Rekap bertanda tangan: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="126"/>
        <source>Open the PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="140"/>
        <location filename="../../judge_app/ui/judge_actions.py" line="172"/>
        <source>Return to the secretariat</source>
        <translation>Kembalikan ke sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="143"/>
        <source>Your scores are not signed yet.</source>
        <translation>Nilai Anda belum ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="146"/>
        <source>Only signed scores count in the results. Sign them first (File → Finalise and sign the scores), or hand in this draft so the secretariat sees your progress.</source>
        <translation>Hanya nilai yang ditandatangani yang dihitung dalam hasil. Tandatangani dahulu (Berkas → Finalisasi dan tandatangani nilai), atau serahkan draf ini agar sekretariat melihat kemajuan Anda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="151"/>
        <source>Hand in the draft</source>
        <translation>Serahkan drafnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="209"/>
        <source>The copy was checked as the secretariat will check it.</source>
        <translation>Salinan sudah diperiksa seperti sekretariat akan memeriksanya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="200"/>
        <location filename="../../judge_app/ui/judge_actions.py" line="218"/>
        <source>Handed in: %1</source>
        <translation>Sudah diserahkan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="198"/>
        <source>Handed in, replacing the earlier copy: %1</source>
        <translation>Sudah diserahkan, menggantikan salinan sebelumnya: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="203"/>
        <source>in the folder %1</source>
        <translation>di folder %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="229"/>
        <location filename="../../judge_app/ui/judge_actions.py" line="237"/>
        <source>Blank score sheets</source>
        <translation>Lembar penilaian kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="229"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_actions.py" line="241"/>
        <source>%1 pages written to %2</source>
        <translation>%1 halaman ditulis ke %2</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="398"/>
        <source>New judge</source>
        <translation>Juri baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="398"/>
        <source>Judge %1</source>
        <translation>Juri %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="405"/>
        <source>empty: J1, J2, … given in turn</source>
        <translation>kosongkan: J1, J2, … diberikan berurutan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="407"/>
        <source>with academic titles, as printed</source>
        <translation>dengan gelar, seperti akan dicetak</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="409"/>
        <source>NIP 18 digits, NIK 16, or -</source>
        <translation>NIP 18 digit, NIK 16 digit, atau -</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="411"/>
        <source>e.g. Pembina (IV/a)</source>
        <translation>mis. Pembina (IV/a)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="416"/>
        <source>Entries of this agency are likely conflicts: the automatic assignment keeps them apart</source>
        <translation>Inovasi dari instansi ini kemungkinan berkonflik: penugasan otomatis memisahkannya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="426"/>
        <source>The chair and the secretary sign the Rekapitulasi Nilai and the Berita Acara: one of each</source>
        <translation>Ketua dan sekretaris menandatangani Rekapitulasi Nilai dan Berita Acara: masing-masing satu orang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="431"/>
        <source>e.g. Kota Serang</source>
        <translation>mis. Kota Serang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="432"/>
        <source>&amp;ID</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="433"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="434"/>
        <source>NIP/NI&amp;K</source>
        <translation>NIP/NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="435"/>
        <source>R&amp;ank</source>
        <translation>&amp;Pangkat/Golongan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="436"/>
        <source>&amp;Position</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="437"/>
        <source>Ins&amp;titution</source>
        <translation>In&amp;stansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="438"/>
        <source>&amp;Role</source>
        <translation>K&amp;edudukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="439"/>
        <source>Re&amp;gion</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="441"/>
        <source>Expertise (categories this judge knows best)</source>
        <translation>Keahlian (kategori yang paling dikuasai juri ini)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="497"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="499"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="500"/>
        <source>Role</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="501"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="502"/>
        <source>Expertise</source>
        <translation>Keahlian</translation>
    </message>
</context>
<context>
    <name>JudgeWorkspace</name>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="100"/>
        <source>Search code, title, agency… (Ctrl+F)</source>
        <translation>Cari kode, judul, instansi… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="101"/>
        <source>Search entries</source>
        <translation>Cari inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="104"/>
        <source>Finds entries by code, title, acronym, agency or region as you type; Enter goes to the first score (Ctrl+F)</source>
        <translation>Mencari inovasi menurut kode, judul, akronim, instansi atau wilayah selagi Anda mengetik; Enter menuju nilai pertama (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="110"/>
        <source>Show only the entries of one category</source>
        <translation>Tampilkan hanya inovasi dari satu kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="111"/>
        <source>All categories</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="117"/>
        <source>Show only entries not started, partly or completely scored, or in conflict</source>
        <translation>Tampilkan hanya inovasi yang belum dinilai, sebagian atau seluruhnya dinilai, atau berkonflik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="119"/>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="124"/>
        <source>The stage whose criteria you score now (Alt+T)</source>
        <translation>Tahap yang kriterianya sedang Anda nilai (Alt+H)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="127"/>
        <source>S&amp;tage:</source>
        <translation>Ta&amp;hap:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="129"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="507"/>
        <source>Grid mode (Ctrl+2)</source>
        <translation>Mode tabel (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="132"/>
        <source>Form: one entry at a time, with its rubric. Grid: every entry in a table</source>
        <translation>Formulir: satu inovasi sekaligus, dengan rubriknya. Tabel: semua inovasi dalam satu tabel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="175"/>
        <source>Entries</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="211"/>
        <source>Score grid</source>
        <translation>Tabel nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="291"/>
        <source>Open for changes again</source>
        <translation>Buka lagi untuk diubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="156"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="296"/>
        <source>Before scoring, sign the integrity pact and the conflict-of-interest statement.</source>
        <translation>Sebelum menilai, tandatangani Pakta Integritas dan Surat Pernyataan Tidak Memiliki Konflik Kepentingan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="300"/>
        <source>Sign the declarations…</source>
        <translation>Tandatangani pernyataan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="161"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="304"/>
        <location filename="../../judge_app/ui/score_form.py" line="207"/>
        <source>Revision %1 is signed: the scores are locked.</source>
        <translation>Revisi %1 sudah ditandatangani: nilai terkunci.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="308"/>
        <source>Reopen to change scores…</source>
        <translation>Buka kembali untuk mengubah nilai…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="408"/>
        <source>A refused value is not saved</source>
        <translation>Nilai yang ditolak tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="409"/>
        <source>%1, %2: “%3” is not saved.
%4

Discard it, or go back and correct it?</source>
        <translation>%1, %2: “%3” tidak tersimpan.
%4

Buang, atau kembali dan perbaiki?</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="416"/>
        <source>Discard it</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="417"/>
        <source>Go back to it</source>
        <translation>Kembali ke sana</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="433"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="618"/>
        <source>Withdraw conflict of interest</source>
        <translation>Cabut konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="435"/>
        <source>Declare conflict of interest… (Ctrl+K)</source>
        <translation>Nyatakan konflik kepentingan… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="438"/>
        <source>Score this entry again; your reason stays in the audit log (Ctrl+K)</source>
        <translation>Nilai kembali inovasi ini; alasan Anda tetap tercatat dalam log audit (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="441"/>
        <source>You may not judge this entry impartially: say why; it is listed in your conflict statement and its scores are removed (Ctrl+K)</source>
        <translation>Anda tidak dapat menilai inovasi ini secara netral: sebutkan alasannya; inovasi ini dicantumkan dalam surat pernyataan konflik Anda dan nilainya dihapus (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="502"/>
        <source>Form mode (Ctrl+1)</source>
        <translation>Mode formulir (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="554"/>
        <source>Could not save</source>
        <translation>Gagal menyimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="555"/>
        <source>The score was NOT saved to %1:
%2</source>
        <translation>Nilai TIDAK tersimpan ke %1:
%2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="566"/>
        <source>The file is gone</source>
        <translation>Berkas hilang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="570"/>
        <source>You can save a copy of everything saved so far (all scores, notes and signatures) to another place and go on working there.</source>
        <translation>Anda dapat menyimpan salinan semua yang sudah tersimpan (semua nilai, catatan, dan tanda tangan) ke tempat lain dan melanjutkan pekerjaan di sana.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="574"/>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="581"/>
        <source>Save a copy of the package</source>
        <translation>Simpan salinan paket</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="583"/>
        <source>judge-app files (*.sqlite)</source>
        <translation>Berkas judge-app (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="593"/>
        <source>Could not save a copy</source>
        <translation>Salinan tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="620"/>
        <source>Withdraw the conflict of interest for %1? You will be able to score it.</source>
        <translation>Cabut konflik kepentingan untuk %1? Anda akan dapat menilainya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="626"/>
        <source>Withdraw conflict %1</source>
        <translation>Cabut konflik %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="640"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="656"/>
        <source>Declare conflict of interest</source>
        <translation>Nyatakan konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="642"/>
        <source>Why can you not judge %1 objectively?
(for example: family tie, employment, helped prepare the proposal)</source>
        <translation>Mengapa Anda tidak dapat menilai %1 secara objektif?
(misalnya: hubungan keluarga, hubungan kerja, ikut menyusun proposal)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="658"/>
        <source>%1 already has %2 scores or notes from you. They will be removed. Continue?</source>
        <translation>%1 sudah memiliki %2 nilai atau catatan dari Anda. Semuanya akan dihapus. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="667"/>
        <source>Conflict %1</source>
        <translation>Konflik %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="680"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="683"/>
        <source>Nothing pasted</source>
        <translation>Tidak ada yang ditempel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="684"/>
        <source>No cell was changed, because:</source>
        <translation>Tidak ada sel yang diubah, karena:</translation>
    </message>
</context>
<context>
    <name>JudgesDashboard</name>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="34"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="35"/>
        <source>NIP/NIK</source>
        <translation>NIP/NIK</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="36"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="40"/>
        <source>Merged at</source>
        <translation>Digabung</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="37"/>
        <source>Entries</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="38"/>
        <source>Declared</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="39"/>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="41"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="42"/>
        <source>Old keys</source>
        <translation>Kunci lama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="43"/>
        <source>Certificate fingerprint</source>
        <translation>Sidik jari sertifikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="56"/>
        <source>Re-register a judge&apos;s &amp;key…</source>
        <translation>Daftarkan ulang kunci ju&amp;ri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="59"/>
        <source>For a judge who lost the laptop or the key: the registered certificate is retired (signed sheets already merged stay valid), a new package can be issued, and the judge&apos;s next declarations register the new key. Logged.</source>
        <translation>Untuk juri yang kehilangan laptop atau kuncinya: sertifikat terdaftar dipensiunkan (lembar bertanda tangan yang sudah digabungkan tetap sah), paket baru dapat diterbitkan, dan pernyataan juri berikutnya mendaftarkan kunci baru. Tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="71"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="71"/>
        <source>no</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="86"/>
        <source>(none registered)</source>
        <translation>(belum terdaftar)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_dashboard.py" line="94"/>
        <source>%1 judges · %2 declarations signed · %3 signed score sheets merged</source>
        <translation>%1 juri · %2 pernyataan ditandatangani · %3 lembar nilai bertanda tangan digabungkan</translation>
    </message>
</context>
<context>
    <name>JudgesEditor</name>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="56"/>
        <source>Judges</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="76"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="77"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="78"/>
        <source>NIP/NIK</source>
        <translation>NIP/NIK</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="79"/>
        <source>Role</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="80"/>
        <source>Rank</source>
        <translation>Pangkat/Gol.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="81"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="82"/>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="83"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="84"/>
        <source>Expertise</source>
        <translation>Keahlian</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="85"/>
        <location filename="../../judge_app/ui/judges_editor.py" line="176"/>
        <source>Entries</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="98"/>
        <source>Im&amp;port list…</source>
        <translation>Imp&amp;or daftar…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="101"/>
        <source>Register the judges of a CSV or XLSX file; those already registered (same id, NIP/NIK or name) are updated</source>
        <translation>Daftarkan juri dari berkas CSV atau XLSX; juri yang sudah terdaftar (ID, NIP/NIK atau nama sama) diperbarui</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="106"/>
        <source>A&amp;dd…</source>
        <translation>Ta&amp;mbah…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="108"/>
        <source>Edi&amp;t…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="110"/>
        <source>Rem&amp;ove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="149"/>
        <source>%1 judges · chair: %2 · secretary: %3</source>
        <translation>%1 juri · ketua: %2 · sekretaris: %3</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="156"/>
        <source>No judge is chair (ketua): the chair signs the documents</source>
        <translation>Belum ada juri berkedudukan ketua: ketua menandatangani dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="159"/>
        <source>No judge is secretary (sekretaris): the secretary signs the documents</source>
        <translation>Belum ada juri berkedudukan sekretaris: sekretaris menandatangani dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="202"/>
        <source>%1 has returned signed scores and stays in the panel</source>
        <translation>%1 sudah mengembalikan nilai bertanda tangan dan tetap dalam tim</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="206"/>
        <source>Remove a judge who has no scores yet (their assignments go too)</source>
        <translation>Hapus juri yang belum mempunyai nilai (penugasannya ikut terhapus)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="235"/>
        <source>Add judge %1</source>
        <translation>Tambah juri %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="257"/>
        <source>Edit judge %1</source>
        <translation>Ubah juri %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="278"/>
        <source>Remove judge %1</source>
        <translation>Hapus juri %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="284"/>
        <source>%1 removed with %2 assignments</source>
        <translation>%1 dihapus beserta %2 penugasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="293"/>
        <location filename="../../judge_app/ui/judges_editor.py" line="309"/>
        <source>Import judges</source>
        <translation>Impor daftar juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="295"/>
        <source>Judge lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Daftar juri (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="332"/>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="338"/>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 ditambahkan, %3 diperbarui, %4 tetap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="369"/>
        <source>Chair (ketua)</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="370"/>
        <source>Secretary (sekretaris)</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judges_editor.py" line="371"/>
        <source>Member (anggota)</source>
        <translation>Anggota</translation>
    </message>
</context>
<context>
    <name>KeySourceBox</name>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="99"/>
        <source>Signing key</source>
        <translation>Kunci tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="109"/>
        <source>judge-app&apos;s own key (default)</source>
        <translation>Kunci judge-app (bawaan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="110"/>
        <source>Certificate file (.p12/.pfx)</source>
        <translation>Berkas sertifikat (.p12/.pfx)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="111"/>
        <source>Token or smart card (PKCS#11)</source>
        <translation>Token atau kartu pintar (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="114"/>
        <source>Sign with judge-app&apos;s own key, or with a certificate from a PSrE or BSrE: a certificate file or a token or smart card</source>
        <translation>Tanda tangani dengan kunci judge-app, atau dengan sertifikat dari PSrE atau BSrE: berkas sertifikat, atau token atau kartu pintar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="118"/>
        <source>Si&amp;gn with</source>
        <translation>Tanda tangan &amp;dengan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="141"/>
        <source>Brows&amp;e…</source>
        <translation>T&amp;elusuri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="148"/>
        <source>The .p12 or .pfx file your PSrE or BSrE gave you</source>
        <translation>Berkas .p12 atau .pfx yang Anda terima dari PSrE atau BSrE</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="150"/>
        <source>Choose the certificate file</source>
        <translation>Pilih berkas sertifikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="157"/>
        <source>Certificate &amp;file</source>
        <translation>Berkas &amp;sertifikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="182"/>
        <source>The PKCS#11 module that came with the token or card reader (a .so or .dll file, e.g. opensc-pkcs11)</source>
        <translation>Modul PKCS#11 yang disertakan bersama token atau pembaca kartu (berkas .so atau .dll, mis. opensc-pkcs11)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="187"/>
        <source>Choose the token&apos;s PKCS#11 module</source>
        <translation>Pilih modul PKCS#11 token</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="194"/>
        <source>PKCS#11 mod&amp;ule</source>
        <translation>Modu&amp;l PKCS#11</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="200"/>
        <source>The token&apos;s label; leave it empty when only one token is plugged in</source>
        <translation>Label token; biarkan kosong bila hanya satu token yang terpasang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="204"/>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="206"/>
        <source>The key&apos;s label, needed only when the token holds several keys</source>
        <translation>Label kunci, hanya diperlukan bila token menyimpan beberapa kunci</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="212"/>
        <source>&amp;Key label</source>
        <translation>Label kun&amp;ci</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="216"/>
        <source>&amp;Token label</source>
        <translation>L&amp;abel token</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="227"/>
        <source>The same passphrase again, to rule out a typing slip</source>
        <translation>Frasa sandi yang sama sekali lagi, untuk mencegah salah ketik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="228"/>
        <source>Repeat passphrase</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="255"/>
        <source>File pass&amp;word</source>
        <translation>K&amp;ata sandi berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="256"/>
        <source>The password that protects the certificate file</source>
        <translation>Kata sandi yang melindungi berkas sertifikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="258"/>
        <source>&amp;PIN</source>
        <translation>PIN t&amp;oken</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="260"/>
        <source>The token&apos;s PIN; several wrong PINs in a row lock the token</source>
        <translation>PIN token; beberapa kali salah PIN berturut-turut akan mengunci token</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="263"/>
        <source>Pass&amp;phrase</source>
        <translation>&amp;Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="273"/>
        <source>Certificate file</source>
        <translation>Berkas sertifikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="275"/>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Berkas sertifikat (*.p12 *.pfx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="283"/>
        <source>PKCS#11 module</source>
        <translation>Modul PKCS#11</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="285"/>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>Modul PKCS#11 (*.so *.dll *.dylib);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="321"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="324"/>
        <source>Choose the certificate file (.p12/.pfx).</source>
        <translation>Pilih berkas sertifikat (.p12/.pfx).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="326"/>
        <source>Give the token&apos;s PKCS#11 module (the .so or .dll file).</source>
        <translation>Isikan modul PKCS#11 token (berkas .so atau .dll).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="329"/>
        <source>Type the certificate file&apos;s password.</source>
        <translation>Ketik kata sandi berkas sertifikat.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_source_box.py" line="331"/>
        <source>Type the token&apos;s PIN.</source>
        <translation>Ketik PIN token.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="113"/>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="115"/>
        <source>Open the de&amp;mo competition</source>
        <translation>Buka kompetisi &amp;demo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="118"/>
        <source>&amp;New competition…</source>
        <translation>Ko&amp;mpetisi baru…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="122"/>
        <source>&amp;Recent files</source>
        <translation>Berkas te&amp;rakhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="126"/>
        <source>Sign the &amp;declarations…</source>
        <translation>Tandatangani &amp;pernyataan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="132"/>
        <source>&amp;Finalise and sign the scores…</source>
        <translation>&amp;Finalisasi dan tandatangani nilai…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="137"/>
        <source>R&amp;eopen signed scores…</source>
        <translation>Buka k&amp;embali nilai yang ditandatangani…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="141"/>
        <source>&amp;Import scores (CSV/XLSX)…</source>
        <translation>&amp;Impor nilai (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="145"/>
        <source>Print &amp;blank score sheets…</source>
        <translation>Cetak &amp;lembar penilaian kosong…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="149"/>
        <source>Re&amp;turn to the secretariat…</source>
        <translation>Kembalikan ke &amp;sekretariat…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="154"/>
        <source>Sign the Berita &amp;Acara…</source>
        <translation>Tandatangani Berita &amp;Acara…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="157"/>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Pulihkan dari &amp;cadangan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="162"/>
        <source>&amp;Close file</source>
        <translation>&amp;Tutup berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="164"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="166"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="168"/>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="170"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="175"/>
        <source>Declare or withdraw a &amp;conflict of interest…</source>
        <translation>Nyatakan atau cabut &amp;konflik kepentingan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="179"/>
        <source>&amp;Paste into grid</source>
        <translation>&amp;Tempel ke tabel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="183"/>
        <source>&amp;Form mode</source>
        <translation>Mode &amp;formulir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="186"/>
        <source>&amp;Grid mode</source>
        <translation>Mode t&amp;abel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="188"/>
        <source>&amp;Search entries</source>
        <translation>&amp;Cari inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="190"/>
        <source>&amp;Next entry (Ctrl+Down)</source>
        <translation>Inovasi be&amp;rikutnya (Ctrl+Bawah)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="193"/>
        <source>&amp;Previous entry (Ctrl+Up)</source>
        <translation>Inovasi &amp;sebelumnya (Ctrl+Atas)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="196"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="205"/>
        <source>&amp;Secretariat</source>
        <translation>Se&amp;kretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="208"/>
        <source>&amp;Merge judges&apos; files…</source>
        <translation>&amp;Gabungkan berkas juri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="214"/>
        <source>&amp;Import entries (CSV/XLSX)…</source>
        <translation>&amp;Impor daftar inovasi (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="220"/>
        <source>Import proposal ma&amp;terial…</source>
        <translation>Impor materi p&amp;roposal…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="225"/>
        <source>Edit the competition &amp;definition…</source>
        <translation>Ubah defi&amp;nisi kompetisi…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="230"/>
        <source>&amp;Automatic assignment…</source>
        <translation>Penugasan &amp;otomatis…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="236"/>
        <source>Write the judges&apos; &amp;packages…</source>
        <translation>Buat &amp;paket para juri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="242"/>
        <source>&amp;Letterhead and signing officials…</source>
        <translation>&amp;Kop surat dan pejabat penanda tangan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="248"/>
        <source>Tr&amp;usted certificates…</source>
        <translation>&amp;Sertifikat tepercaya…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="253"/>
        <source>&amp;Re-register a judge&apos;s key…</source>
        <translation>&amp;Daftarkan ulang kunci juri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="256"/>
        <source>&amp;Export results</source>
        <translation>&amp;Ekspor hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="259"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="260"/>
        <source>Guide for &amp;judges</source>
        <translation>Panduan untuk &amp;juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="261"/>
        <source>Guide for the &amp;secretariat</source>
        <translation>Panduan untuk &amp;sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="263"/>
        <source>&amp;About judge-app</source>
        <translation>&amp;Tentang judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="331"/>
        <source>Open a judge-app file</source>
        <translation>Buka berkas judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="333"/>
        <source>judge-app files (*.sqlite);;All files (*)</source>
        <translation>Berkas judge-app (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="353"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="404"/>
        <source>Cannot open file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="410"/>
        <source>%1 (read-only)</source>
        <translation>%1 (hanya baca)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="438"/>
        <source>%1 — read-only view: nothing can be changed here</source>
        <translation>%1 — tampilan hanya baca: tidak ada yang dapat diubah di sini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="440"/>
        <source>%1 — every score is saved the moment you enter it</source>
        <translation>%1 — setiap nilai langsung tersimpan saat dimasukkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="470"/>
        <source>Master file: drop the judges&apos; returned files here to merge them</source>
        <translation>Berkas induk: seret berkas yang dikembalikan juri ke sini untuk menggabungkannya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="506"/>
        <source>✓ Saved to file at %1</source>
        <translation>✓ Tersimpan ke berkas pukul %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="509"/>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="521"/>
        <source>all %1/%2</source>
        <translation>seluruhnya %1/%2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="528"/>
        <source>%p% scored</source>
        <translation>%p% dinilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="643"/>
        <source>Quit judge-app</source>
        <translation>Keluar dari judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="645"/>
        <source>Nothing needs saving: every change was written to %1 the moment it was made. Quit judge-app?</source>
        <translation>Tidak ada yang perlu disimpan: setiap perubahan sudah ditulis ke %1 saat dibuat. Keluar dari judge-app?</translation>
    </message>
</context>
<context>
    <name>MaterialImportDialog</name>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="125"/>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="311"/>
        <source>Import proposal material</source>
        <translation>Impor materi proposal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="129"/>
        <source>Choose a folder with one subfolder per entry code holding that entry&apos;s files (PDF and images; videos only when included below), and optionally the proposals&apos; text sections as a CSV or XLSX file with one row per entry. Everything is checked first: a single problem refuses the whole import and nothing is written.</source>
        <translation>Pilih folder yang berisi satu subfolder per kode inovasi dengan berkas-berkas inovasi itu (PDF dan gambar; video hanya bila disertakan di bawah), dan bila ada, bagian teks proposal dalam berkas CSV atau XLSX dengan satu baris per inovasi. Semuanya diperiksa lebih dulu: satu masalah saja menolak seluruh impor dan tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="141"/>
        <source>A folder with one subfolder per entry code</source>
        <translation>Folder dengan satu subfolder per kode inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="143"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="148"/>
        <source>Source &amp;folder:</source>
        <translation>&amp;Folder sumber:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="153"/>
        <source>The spreadsheet at the top of the folder</source>
        <translation>Lembar kerja di tingkat teratas folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="155"/>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="166"/>
        <source>&amp;Sections file:</source>
        <translation>Berkas &amp;bagian:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="174"/>
        <source>A larger file is refused, naming the entry and the file</source>
        <translation>Berkas yang lebih besar ditolak, dengan menyebut inovasi dan berkasnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="179"/>
        <source>Size &amp;limit per file:</source>
        <translation>Batas &amp;ukuran per berkas:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="182"/>
        <source>Include &amp;video files</source>
        <translation>Sertakan berkas &amp;video</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="184"/>
        <source>Videos make the judges&apos; packages large; without this they are refused</source>
        <translation>Video membuat paket juri besar; tanpa pilihan ini video ditolak</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="213"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="218"/>
        <source>Cop&amp;y the report</source>
        <translation>&amp;Salin laporan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="220"/>
        <source>To paste into an e-mail to the entries&apos; agencies</source>
        <translation>Untuk ditempel ke surel kepada perangkat daerah pengusul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="233"/>
        <source>Folder of the proposal material</source>
        <translation>Folder materi proposal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="242"/>
        <source>The proposals&apos; sections</source>
        <translation>Bagian-bagian proposal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="244"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Lembar kerja (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="261"/>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="331"/>
        <source>Sections read from %1.</source>
        <translation>Bagian proposal dibaca dari %1.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="265"/>
        <source>%1 is not a folder.</source>
        <translation>%1 bukan folder.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="270"/>
        <source>No spreadsheet at the top of the folder: only files are imported; the entries&apos; sections stay as they are.</source>
        <translation>Tidak ada lembar kerja di tingkat teratas folder: hanya berkas yang diimpor; bagian-bagian proposal inovasi tetap seperti sekarang.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="274"/>
        <source>Sections read from %1 (the spreadsheet at the top of the folder).</source>
        <translation>Bagian proposal dibaca dari %1 (lembar kerja di tingkat teratas folder).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="277"/>
        <source>Several spreadsheets at the top of the folder (%1): choose one.</source>
        <translation>Ada beberapa lembar kerja di tingkat teratas folder (%1): pilih salah satu.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="319"/>
        <source>Imported: the material of %1 entries</source>
        <translation>Berhasil diimpor: materi %1 inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="321"/>
        <source>%1 files and %2 sections, %3 MB in all.</source>
        <translation>%1 berkas dan %2 bagian, seluruhnya %3 MB.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="325"/>
        <source>%1 entries with new material, %2 changed, %3 unchanged.</source>
        <translation>%1 inovasi dengan materi baru, %2 berubah, %3 tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="333"/>
        <source>No sections file: the entries&apos; sections stay as they were.</source>
        <translation>Tanpa berkas bagian: bagian-bagian proposal inovasi tetap seperti sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="337"/>
        <source>Judges given the earlier material see it changed when they hand in; write their packages again if they should read the new version.</source>
        <translation>Juri yang menerima materi sebelumnya akan melihatnya berubah saat menyerahkan berkas; buat ulang paket mereka bila mereka perlu membaca versi baru.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="342"/>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="348"/>
        <source>added: %1</source>
        <translation>ditambah: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="349"/>
        <source>changed: %1</source>
        <translation>diubah: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="350"/>
        <source>removed: %1</source>
        <translation>dihapus: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="355"/>
        <source>changed</source>
        <translation>berubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="356"/>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="380"/>
        <source>Entry</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="356"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="356"/>
        <source>What it holds or changed</source>
        <translation>Isi atau perubahannya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="367"/>
        <source>Nothing was imported: 1 problem</source>
        <translation>Tidak ada yang diimpor: 1 masalah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="369"/>
        <source>Nothing was imported: %1 problems</source>
        <translation>Tidak ada yang diimpor: %1 masalah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="374"/>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="377"/>
        <source>The master was not changed. Fix every problem listed (in %1) and import again.</source>
        <translation>Berkas induk tidak berubah. Perbaiki semua masalah yang tercantum (di %1), lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="380"/>
        <source>File or row</source>
        <translation>Berkas atau baris</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="380"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="386"/>
        <source>Cancelled; nothing was changed</source>
        <translation>Dibatalkan; tidak ada yang berubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="391"/>
        <source>%1 files, %2 sections</source>
        <translation>%1 berkas, %2 bagian</translation>
    </message>
</context>
<context>
    <name>MaterialReader</name>
    <message>
        <location filename="../../judge_app/ui/material_reader.py" line="109"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_reader.py" line="110"/>
        <source>The entry&apos;s registration data</source>
        <translation>Data pendaftaran inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_reader.py" line="114"/>
        <source>Proposal text</source>
        <translation>Teks proposal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_reader.py" line="116"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_reader.py" line="120"/>
        <source>The proposal&apos;s text sections; its files are in the tabs after it. Ctrl+R: read here, Esc: back to the scores, Ctrl+PgUp/PgDn: another tab</source>
        <translation>Bagian-bagian teks proposal; berkasnya ada di tab sesudahnya. Ctrl+R: baca di sini, Esc: kembali ke penilaian, Ctrl+PgUp/PgDn: tab lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_reader.py" line="138"/>
        <location filename="../../judge_app/ui/material_reader.py" line="194"/>
        <location filename="../../judge_app/ui/material_reader.py" line="264"/>
        <source>No proposal material for this entry.</source>
        <translation>Inovasi ini tidak memiliki materi proposal.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_reader.py" line="202"/>
        <source>%1 (Ctrl+R: read here, Esc: back to the scores)</source>
        <translation>%1 (Ctrl+R: baca di sini, Esc: kembali ke penilaian)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_reader.py" line="210"/>
        <source>The proposal material could not be listed: %1</source>
        <translation>Daftar materi proposal tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/material_reader.py" line="262"/>
        <source>This entry has no text sections; its files are in the next tabs.</source>
        <translation>Inovasi ini tidak memiliki bagian teks; berkasnya ada di tab berikutnya.</translation>
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
    <name>OfficialsDialog</name>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="36"/>
        <source>Letterhead and signing officials</source>
        <translation>Kop surat dan pejabat penanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="44"/>
        <source>Letterhead (kop surat), on the first page of every document</source>
        <translation>Kop surat, di halaman pertama setiap dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="51"/>
        <source>Choose &amp;logo…</source>
        <translation>Pilih &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="52"/>
        <source>The organiser&apos;s logo: a PNG or JPEG image of at most 1 MB</source>
        <translation>Logo penyelenggara: gambar PNG atau JPEG, paling besar 1 MB</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="54"/>
        <source>&amp;Remove logo</source>
        <translation>&amp;Hapus logo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="62"/>
        <source>PEMERINTAH PROVINSI BANTEN
SEKRETARIAT DAERAH
BIRO ORGANISASI
Address</source>
        <translation>PEMERINTAH PROVINSI BANTEN
SEKRETARIAT DAERAH
BIRO ORGANISASI
Alamat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="65"/>
        <source>One line per row, at most %1; the first is printed largest</source>
        <translation>Satu baris per larik, paling banyak %1; baris pertama dicetak paling besar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="78"/>
        <source>Signs for the secretariat (Rekapitulasi Nilai and Berita Acara)</source>
        <translation>Menandatangani atas nama sekretariat (Rekapitulasi Nilai dan Berita Acara)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="80"/>
        <source>Acknowledges the Berita Acara (Mengetahui)</source>
        <translation>Mengetahui Berita Acara</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="89"/>
        <source>Full name with titles</source>
        <translation>Nama lengkap dengan gelar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="90"/>
        <source>18-digit NIP, 16-digit NIK or -</source>
        <translation>NIP 18 digit, NIK 16 digit, atau -</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="91"/>
        <source>e.g. Kepala Biro Organisasi Setda Provinsi</source>
        <translation>mis. Kepala Biro Organisasi Setda Provinsi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="94"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="95"/>
        <source>NIP/NIK:</source>
        <translation>NIP/NIK:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="96"/>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="102"/>
        <source>Kept in the master, not in the competition&apos;s definition: it can be corrected at any time. Packages written afterwards carry the letterhead to the judges.</source>
        <translation>Disimpan di berkas induk, bukan di definisi kompetisi: dapat diperbaiki kapan saja. Paket yang dibuat sesudahnya membawa kop surat ini kepada para juri.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="130"/>
        <source>no logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="144"/>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/officials_dialog.py" line="144"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PackagesDialog</name>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="32"/>
        <source>Write the judges&apos; packages</source>
        <translation>Tulis paket para juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="38"/>
        <source>One file per judge, holding only the entries assigned to that judge. Give each judge their own file.</source>
        <translation>Satu berkas per juri, hanya berisi inovasi yang ditugaskan kepadanya. Berikan kepada setiap juri berkasnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="46"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="46"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="46"/>
        <source>Entries</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="46"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="65"/>
        <source>%1 judges, %2 entries; each judge has %3–%4 entries.</source>
        <translation>%1 juri, %2 inovasi; setiap juri mendapat %3–%4 inovasi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="73"/>
        <source>Without entries (their package would be empty): %1</source>
        <translation>Tanpa inovasi (paketnya akan kosong): %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="81"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="86"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="94"/>
        <source>&amp;Write the packages</source>
        <translation>T&amp;ulis paket</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/packages_dialog.py" line="103"/>
        <source>Folder for the judges&apos; packages</source>
        <translation>Folder untuk paket para juri</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="40"/>
        <source>PDF %1</source>
        <translation>PDF %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="72"/>
        <source>Previous page (PgUp)</source>
        <translation>Halaman sebelumnya (PgUp)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="73"/>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="80"/>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="81"/>
        <source>The page shown: type a number to go there</source>
        <translation>Halaman yang ditampilkan: ketik nomornya untuk menuju ke sana</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="86"/>
        <source>Next page (PgDn)</source>
        <translation>Halaman berikutnya (PgDn)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="87"/>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="97"/>
        <source>Find in the PDF (Ctrl+Shift+F)</source>
        <translation>Cari di PDF (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="98"/>
        <source>Find in the PDF</source>
        <translation>Cari di PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="100"/>
        <source>Enter: the next place it occurs; Shift+Enter: the one before</source>
        <translation>Enter: temuan berikutnya; Shift+Enter: temuan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="140"/>
        <source>“%1” is protected by a password and cannot be shown here. Try “Open in the system viewer”.</source>
        <translation>“%1” dilindungi kata sandi dan tidak dapat ditampilkan di sini. Coba “Buka di penampil sistem”.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="145"/>
        <source>“%1” cannot be shown here: it is not a readable PDF. Try “Open in the system viewer”, or ask the secretariat for a new copy.</source>
        <translation>“%1” tidak dapat ditampilkan di sini: bukan PDF yang dapat dibaca. Coba “Buka di penampil sistem”, atau minta salinan baru kepada sekretariat.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="153"/>
        <source>of %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="262"/>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/pdf_pane.py" line="266"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="141"/>
        <source>Problems (%1): the round can be created when none is left</source>
        <translation>Masalah (%1): babak dapat dibuat bila tidak ada lagi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="147"/>
        <source>No problems: the definition is valid</source>
        <translation>Tidak ada masalah: definisi sah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="152"/>
        <source>Click to show the field</source>
        <translation>Klik untuk menampilkan isiannya</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="45"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="46"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="47"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="48"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="50"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="51"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="52"/>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="53"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="54"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="55"/>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="56"/>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="57"/>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="58"/>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="59"/>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="60"/>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="61"/>
        <source>Recent Places</source>
        <translation>Tempat Terakhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="62"/>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="63"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="64"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="65"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="66"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="67"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="68"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="69"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa kembali nama berkasnya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="72"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa kembali nama foldernya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="76"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="77"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="78"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="79"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="80"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="81"/>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="82"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="83"/>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="29"/>
        <source>&amp;Redo</source>
        <translation>U&amp;lang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="30"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="31"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="32"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="33"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="34"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="23"/>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="24"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="12"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="13"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="14"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="15"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="16"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="17"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="18"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="19"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="36"/>
        <source>&amp;Redo</source>
        <translation>U&amp;lang</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="37"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="38"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="39"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="40"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/qt_strings.py" line="41"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
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
    <name>ReopenDialog</name>
    <message>
        <location filename="../../judge_app/ui/reopen_dialog.py" line="19"/>
        <source>Reopen signed scores</source>
        <translation>Buka kembali nilai yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/reopen_dialog.py" line="23"/>
        <source>Revision %1 stays in the file as signed. To change scores, unlock the key you signed it with; the next signing becomes revision %2.</source>
        <translation>Revisi %1 tetap tersimpan di berkas sebagaimana ditandatangani. Untuk mengubah nilai, buka kunci yang Anda pakai untuk menandatanganinya; penandatanganan berikutnya menjadi revisi %2.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/reopen_dialog.py" line="33"/>
        <source>The passphrase you chose when you signed the declarations</source>
        <translation>Frasa sandi yang Anda pilih saat menandatangani pernyataan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/reopen_dialog.py" line="43"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Buka kembali</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/reopen_dialog.py" line="69"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frasa sandi salah. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="23"/>
        <location filename="../../judge_app/ui/results_model.py" line="32"/>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="24"/>
        <location filename="../../judge_app/ui/results_model.py" line="33"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="25"/>
        <source>Trimmed mean</source>
        <translation>Rata-rata terpangkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="26"/>
        <source>Z-score (judge-normalised)</source>
        <translation>Skor-z (dinormalisasi per juri)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="34"/>
        <source>Trimmed</source>
        <translation>Terpangkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="35"/>
        <source>Z-score</source>
        <translation>Skor-z</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="44"/>
        <source>judges disagree</source>
        <translation>selisih antarjuri besar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="45"/>
        <source>A judge&apos;s total is more than %1 points from the panel&apos;s median.</source>
        <translation>Nilai total seorang juri berselisih lebih dari %1 poin dari median panel.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="50"/>
        <source>too few judges</source>
        <translation>juri belum cukup</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="51"/>
        <source>Fewer than %1 judges have signed complete scores for this entry.</source>
        <translation>Kurang dari %1 juri menandatangani nilai lengkap untuk inovasi ini.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="56"/>
        <source>tied</source>
        <translation>nilai sama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="57"/>
        <source>Same score and same tie-break values as another entry: the rank is shared.</source>
        <translation>Nilai dan nilai penentu sama dengan inovasi lain: peringkat dibagi bersama.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="63"/>
        <source>tied at the award cut-off</source>
        <translation>sama di batas penghargaan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="64"/>
        <source>Tied at the last award place: more entries than places receive the award.</source>
        <translation>Sama di urutan penghargaan terakhir: penerima penghargaan lebih banyak dari jatahnya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="70"/>
        <source>short of the award requirement</source>
        <translation>tidak memenuhi syarat penghargaan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="71"/>
        <source>Within the category&apos;s award places, but does not meet what an award requires: no award.</source>
        <translation>Berada di urutan penghargaan kelompoknya, tetapi tidak memenuhi syarat penghargaan: tidak mendapat penghargaan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="78"/>
        <source>not trimmed</source>
        <translation>tidak dipangkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="79"/>
        <source>Too few judges to drop the highest and lowest; the plain mean is used.</source>
        <translation>Juri terlalu sedikit untuk membuang nilai tertinggi dan terendah; dipakai rata-rata biasa.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="85"/>
        <source>partly not normalised</source>
        <translation>sebagian tanpa normalisasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="86"/>
        <source>A judge scored too few entries (or all alike) to be normalised; raw totals.</source>
        <translation>Seorang juri menilai terlalu sedikit inovasi (atau semuanya sama) untuk dinormalisasi; dipakai nilai mentah.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="112"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="113"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="114"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="118"/>
        <source>Final</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="119"/>
        <source>Band</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="120"/>
        <source>Award</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="121"/>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_model.py" line="157"/>
        <source>Panel score of the stage (weight %1)</source>
        <translation>Nilai panel untuk tahap ini (bobot %1)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="60"/>
        <source>&amp;Aggregation method:</source>
        <translation>&amp;Metode agregasi:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="67"/>
        <source>%1 (the competition&apos;s method)</source>
        <translation>%1 (metode kompetisi)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="72"/>
        <source>Recomputes the ranking at once. Official documents use the method chosen here.</source>
        <translation>Peringkat langsung dihitung ulang. Dokumen resmi memakai metode yang dipilih di sini.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="87"/>
        <source>All entries</source>
        <translation>Semua inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="158"/>
        <source>%1 entries · %2 ranked · %3 awards · %4 with flags</source>
        <translation>%1 inovasi · %2 berperingkat · %3 penghargaan · %4 bertanda</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="165"/>
        <source>%1 withdrawn, not ranked</source>
        <translation>%1 ditarik, tidak diperingkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="186"/>
        <source>%1 of %2 award places given.</source>
        <translation>%1 dari %2 penghargaan diberikan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/results_view.py" line="193"/>
        <source>An award requires: %1.</source>
        <translation>Syarat penghargaan: %1.</translation>
    </message>
</context>
<context>
    <name>RoundDefinitionEditor</name>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="66"/>
        <source>The definition of the round %1</source>
        <translation>Definisi babak %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="70"/>
        <source>&amp;Save to this round…</source>
        <translation>&amp;Simpan ke babak ini…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="111"/>
        <source>This change cannot be saved to the round:</source>
        <translation>Perubahan ini tidak dapat disimpan ke babak:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="129"/>
        <source>The round already has this definition</source>
        <translation>Babak sudah memakai definisi ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="133"/>
        <source>Replace the round&apos;s definition by this one</source>
        <translation>Ganti definisi babak dengan yang ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="142"/>
        <source>Competition definition</source>
        <translation>Definisi kompetisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="143"/>
        <source>Round: %1</source>
        <translation>Babak: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="145"/>
        <source>TOML: %1</source>
        <translation>TOML: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="152"/>
        <source>Save to this round</source>
        <translation>Simpan ke babak ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="162"/>
        <source>The round already has this definition.</source>
        <translation>Babak sudah memakai definisi ini.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="173"/>
        <source>Packages already given to judges carry the old definition; after this change every judge needs a new package, and files returned from the old ones will be refused.</source>
        <translation>Paket yang sudah diberikan kepada juri membawa definisi lama; setelah perubahan ini setiap juri memerlukan paket baru, dan berkas yang dikembalikan dari paket lama akan ditolak.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="182"/>
        <source>Change and re-issue the packages</source>
        <translation>Ubah dan terbitkan ulang paket</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="205"/>
        <source>The round&apos;s definition is changed. Write the packages of judges %1 again and give each judge the new one.</source>
        <translation>Definisi babak sudah diubah. Buat lagi paket juri %1 dan berikan paket baru itu kepada masing-masing juri.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="210"/>
        <source>The round&apos;s definition is changed. Write the packages again and give every judge the new one.</source>
        <translation>Definisi babak sudah diubah. Buat lagi paketnya dan berikan paket baru kepada setiap juri.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_round.py" line="225"/>
        <source>Change the competition definition</source>
        <translation>Ubah definisi kompetisi</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="101"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="101"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="101"/>
        <source>Rubric level</source>
        <translation>Tingkat rubrik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="101"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="107"/>
        <source>weight %1 · %2</source>
        <translation>bobot %1 · %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="119"/>
        <source>Score for %1</source>
        <translation>Nilai untuk %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="124"/>
        <location filename="../../judge_app/ui/score_form.py" line="230"/>
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="125"/>
        <source>Note for %1</source>
        <translation>Catatan untuk %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="151"/>
        <location filename="../../judge_app/ui/score_form.py" line="194"/>
        <source>Conflict of interest declared: %1. This entry cannot be scored.</source>
        <translation>Konflik kepentingan dinyatakan: %1. Inovasi ini tidak dapat dinilai.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="289"/>
        <source>Refused: %1 is not a number. Allowed: %2</source>
        <translation>Ditolak: %1 bukan angka. Yang diizinkan: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="296"/>
        <source>Refused: %1 is not allowed. Allowed: whole numbers %2</source>
        <translation>Ditolak: %1 tidak diizinkan. Yang diizinkan: bilangan bulat %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="298"/>
        <source>Refused: %1 is not allowed. Allowed: %2</source>
        <translation>Ditolak: %1 tidak diizinkan. Yang diizinkan: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="300"/>
        <source>Refused: %1 is outside the allowed range %2</source>
        <translation>Ditolak: %1 di luar rentang yang diizinkan %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="309"/>
        <source>whole number %1–%2</source>
        <translation>bilangan bulat %1–%2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="318"/>
        <source>%1–%2, steps of %3</source>
        <translation>%1–%2, kelipatan %3</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="339"/>
        <source>Score %1 %2</source>
        <translation>Nilai %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="352"/>
        <source>Note %1 %2</source>
        <translation>Catatan %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="405"/>
        <source>Total: — (conflict of interest)</source>
        <translation>Total: — (konflik kepentingan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="408"/>
        <source>Total: — (%1 of %2 criteria scored)</source>
        <translation>Total: — (%1 dari %2 kriteria dinilai)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="414"/>
        <source>Weighted total: %1 of 100</source>
        <translation>Nilai total berbobot: %1 dari 100</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="105"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="124"/>
        <source>Conflict of interest: %1</source>
        <translation>Konflik kepentingan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="131"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="165"/>
        <source>The total is computed from the scores: type into a criterion&apos;s cell.</source>
        <translation>Total dihitung dari nilai: ketik di sel kriteria.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="192"/>
        <source>Score %1 %2</source>
        <translation>Nilai %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="204"/>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="225"/>
        <source>Pasted block is larger than the grid (row %1, column %2)</source>
        <translation>Blok yang ditempel lebih besar dari tabel (baris %1, kolom %2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="233"/>
        <source>%1: conflict of interest, cannot be scored</source>
        <translation>%1: konflik kepentingan, tidak dapat dinilai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../judge_app/ui/grid_model.py" line="243"/>
        <source>Paste %n scores</source>
        <translation>
            <numerusform>Tempel %n nilai</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="252"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="259"/>
        <source>%1 — weight %2, %3</source>
        <translation>%1 — bobot %2, %3</translation>
    </message>
</context>
<context>
    <name>ScoreGridView</name>
    <message numerus="yes">
        <location filename="../../judge_app/ui/grid_view.py" line="136"/>
        <source>Clear %n scores</source>
        <translation>
            <numerusform>Hapus %n nilai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretariatWorkspace</name>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="96"/>
        <source>&amp;Merge judges&apos; files…</source>
        <translation>Gab&amp;ungkan berkas juri…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="98"/>
        <source>Or drop the judges&apos; .sqlite files on this window (Ctrl+M)</source>
        <translation>Atau seret berkas .sqlite juri ke jendela ini (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="102"/>
        <source>E&amp;xport</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="124"/>
        <source>&amp;Judges</source>
        <translation>&amp;Juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="125"/>
        <source>&amp;Results</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="126"/>
        <source>&amp;Charts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="127"/>
        <source>Method sens&amp;itivity</source>
        <translation>Kepekaan meto&amp;de</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="128"/>
        <source>E&amp;ntries</source>
        <translation>&amp;Peserta</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="132"/>
        <source>Assi&amp;gnments</source>
        <translation>Pembag&amp;ian tugas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="164"/>
        <source>Rekapitulasi Nilai (signed PDF)…</source>
        <translation>Rekapitulasi Nilai (PDF bertanda tangan)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="165"/>
        <source>Berita Acara (signed PDF)…</source>
        <translation>Berita Acara (PDF bertanda tangan)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="167"/>
        <source>Spreadsheet (XLSX)…</source>
        <translation>Lembar kerja (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="168"/>
        <source>Table (CSV)…</source>
        <translation>Tabel (CSV)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="169"/>
        <source>Data (JSON)…</source>
        <translation>Data (JSON)…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="176"/>
        <source>Secretariat · %1 entries · %2 judges · %3 signed sheets merged</source>
        <translation>Sekretariat · %1 inovasi · %2 juri · %3 lembar bertanda tangan digabungkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="211"/>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="249"/>
        <source>Merge judges&apos; files</source>
        <translation>Gabungkan berkas juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="213"/>
        <source>judge-app files (*.sqlite);;All files (*)</source>
        <translation>Berkas judge-app (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="252"/>
        <source>Merge</source>
        <translation>Penggabungan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="239"/>
        <source>Merged: %1 of %2 files accepted</source>
        <translation>Digabungkan: %1 dari %2 berkas diterima</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="104"/>
        <source>Signed Rekapitulasi and Berita Acara (PDF), or the results as XLSX, CSV, JSON</source>
        <translation>Rekapitulasi dan Berita Acara bertanda tangan (PDF), atau hasil sebagai XLSX, CSV, JSON</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="133"/>
        <source>J&amp;udge panel</source>
        <translation>Da&amp;ftar juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="261"/>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="271"/>
        <source>Import entries</source>
        <translation>Impor daftar inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="263"/>
        <source>Entry lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Daftar inovasi (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="276"/>
        <source>%1: %2 added, %3 changed, %4 unchanged</source>
        <translation>%1: %2 ditambahkan, %3 diubah, %4 tetap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="284"/>
        <source>%1 entries of the master are not in this file and were kept</source>
        <translation>%1 inovasi di berkas induk tidak ada di berkas ini dan tetap disimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="339"/>
        <source>Write the judges&apos; packages</source>
        <translation>Buat paket para juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="343"/>
        <source>%1 packages written to %2</source>
        <translation>%1 paket ditulis ke %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="351"/>
        <source>Give each judge their own file; it holds only their entries.</source>
        <translation>Berikan setiap juri berkasnya sendiri; berkas itu hanya memuat inovasi yang ditugaskan kepadanya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="408"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="417"/>
        <source>Computing the results</source>
        <translation>Menghitung hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="464"/>
        <source>Cancelled; nothing was changed</source>
        <translation>Dibatalkan; tidak ada yang berubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_prompts.py" line="21"/>
        <source>A new key for %1</source>
        <translation>Kunci baru untuk %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_prompts.py" line="24"/>
        <source>%1 returned scores signed with a key this master does not know:

%2

Call the judge and have them read the fingerprint printed on their new declaration, group by group. Accept this key only if every group matches: the judge&apos;s old key is then retired (the sheets it signed stay valid).</source>
        <translation>%1 mengembalikan nilai yang ditandatangani dengan kunci yang belum dikenal berkas induk ini:

%2

Telepon juri dan minta ia membacakan sidik jari yang tercetak pada pernyataan barunya, kelompok demi kelompok. Terima kunci ini hanya bila semua kelompok cocok: kunci lama juri lalu dipensiunkan (lembar yang ditandatanganinya tetap sah).</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="500"/>
        <source>Written: %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="503"/>
        <source>Document signed</source>
        <translation>Dokumen ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="504"/>
        <source>Signed and written to %1</source>
        <translation>Ditandatangani dan ditulis ke %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="505"/>
        <source>Open the PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="518"/>
        <source>CSV for Excel in Indonesian: semicolons, decimal comma (*.csv)</source>
        <translation>CSV untuk Excel berbahasa Indonesia: titik koma, koma desimal (*.csv)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="519"/>
        <source>CSV for Excel in English: commas, decimal point (*.csv)</source>
        <translation>CSV untuk Excel berbahasa Inggris: koma, titik desimal (*.csv)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="524"/>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="540"/>
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="571"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frasa sandi salah. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="601"/>
        <source>Rekapitulasi Nilai</source>
        <translation>Rekapitulasi Nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="603"/>
        <source>Berita Acara Hasil Penilaian</source>
        <translation>Berita Acara Hasil Penilaian</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_prompts.py" line="42"/>
        <source>Re-register a judge&apos;s key</source>
        <translation>Daftarkan ulang kunci juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_prompts.py" line="48"/>
        <source>No judge has a registered key yet; nothing to do.</source>
        <translation>Belum ada juri dengan kunci terdaftar; tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_prompts.py" line="58"/>
        <source>Judge whose key is lost:</source>
        <translation>Juri yang kehilangan kunci:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/key_prompts.py" line="69"/>
        <source>Key %1 of %2 will be retired. Merge any file you already received from this judge first: the sheets already merged stay valid, anything signed later with this key is refused. Then issue a new package to the judge (judge-app package); when it comes back, compare the new key&apos;s fingerprint with the judge before accepting it.

Reason (kept in the audit log):</source>
        <translation>Kunci %1 milik %2 akan dipensiunkan. Gabungkan dulu berkas yang sudah Anda terima dari juri ini: lembar yang sudah digabungkan tetap sah, apa pun yang ditandatangani kemudian dengan kunci ini ditolak. Lalu terbitkan paket baru untuk juri (judge-app package); saat paket kembali, cocokkan sidik jari kunci barunya dengan juri sebelum menerimanya.

Alasan (disimpan di log audit):</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_workspace.py" line="648"/>
        <source>Key of %1 retired after revision %2; logged</source>
        <translation>Kunci %1 dipensiunkan setelah revisi %2; tercatat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_passphrase.py" line="22"/>
        <source>Sign as the secretariat</source>
        <translation>Tandatangani sebagai sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_passphrase.py" line="26"/>
        <source>The secretariat signs with its own key, or with an official&apos;s certificate from a certificate file or a token.</source>
        <translation>Sekretariat menandatangani dengan kuncinya sendiri, atau dengan sertifikat seorang pejabat dari berkas sertifikat atau token.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_passphrase.py" line="36"/>
        <source>The secretariat&apos;s key is made now: choose a passphrase of at least 8 characters and keep it safe.</source>
        <translation>Kunci sekretariat dibuat sekarang: pilih frasa sandi minimal 8 karakter dan simpan baik-baik.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_passphrase.py" line="44"/>
        <source>The passphrase of the secretariat&apos;s signing key</source>
        <translation>Frasa sandi kunci tanda tangan sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/secretariat_passphrase.py" line="57"/>
        <source>&amp;Sign</source>
        <translation>&amp;Tandatangani</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="52"/>
        <source>No signed scores merged yet.</source>
        <translation>Belum ada nilai bertanda tangan yang digabungkan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="56"/>
        <source>%1 entries change rank or award when another aggregation method is used. Ranks are within the category; ★ marks an award. Double-click to see the entry&apos;s scores.</source>
        <translation>%1 inovasi berubah peringkat atau penghargaan bila metode agregasi lain dipakai. Peringkat dalam kategori; ★ menandai penghargaan. Klik dua kali untuk melihat nilai inovasi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="63"/>
        <source>Every entry keeps its rank and award under all four methods.</source>
        <translation>Setiap inovasi tetap pada peringkat dan penghargaannya di keempat metode.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="65"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="65"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/sensitivity_view.py" line="65"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../../judge_app/ui/definition_preview.py" line="28"/>
        <source>Score sheet: what a judge sees for each entry</source>
        <translation>Lembar nilai: yang dilihat juri untuk setiap peserta</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_preview.py" line="35"/>
        <source>stage weight %1</source>
        <translation>bobot tahap %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_preview.py" line="39"/>
        <source>No criterion in this stage</source>
        <translation>Tidak ada kriteria di tahap ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_preview.py" line="40"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_preview.py" line="40"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_preview.py" line="40"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_preview.py" line="40"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_preview.py" line="49"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_preview.py" line="53"/>
        <source>steps of %1</source>
        <translation>kelipatan %1</translation>
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
        <location filename="../../judge_app/ui/signature_pad.py" line="132"/>
        <source>Draw your signature here (optional)</source>
        <translation>Gambar tanda tangan Anda di sini (opsional)</translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="199"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="200"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="201"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="205"/>
        <source>Stage %1</source>
        <translation>Tahap %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="207"/>
        <source>stage</source>
        <translation>tahap</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="216"/>
        <source>Each stage is scored on its own criteria. The final score is the weighted mean of the stages: a stage of weight 0 is scored and ranked (a selection gate) but does not enter it.</source>
        <translation>Setiap tahap dinilai dengan kriterianya sendiri. Nilai akhir adalah rata-rata tertimbang tahap-tahap: tahap berbobot 0 dinilai dan diperingkat (tahap seleksi) tetapi tidak masuk nilai akhir.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_pages.py" line="231"/>
        <source>No stages are declared: every criterion belongs to one stage, Penilaian, of weight 100. The first stage you add takes every criterion.</source>
        <translation>Tidak ada tahap yang dicantumkan: semua kriteria termasuk satu tahap, Penilaian, berbobot 100. Tahap pertama yang ditambahkan mengambil semua kriteria.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="12"/>
        <source>Checking the material of %1</source>
        <translation>Memeriksa materi %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="13"/>
        <source>Checking %1</source>
        <translation>Memeriksa %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="14"/>
        <source>Writing the package of judge %1</source>
        <translation>Menulis paket juri %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="15"/>
        <source>Writing the scores of judge %1</source>
        <translation>Menulis nilai juri %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="21"/>
        <source>Reading %1</source>
        <translation>Membaca %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="23"/>
        <source>Backing up the master</source>
        <translation>Mencadangkan berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="24"/>
        <source>Writing the merge</source>
        <translation>Menulis hasil penggabungan</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="25"/>
        <source>Reading the signed scores</source>
        <translation>Membaca nilai yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="26"/>
        <source>Computing the results</source>
        <translation>Menghitung hasil</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="27"/>
        <source>Writing the entries</source>
        <translation>Menulis daftar inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="28"/>
        <source>Storing the material</source>
        <translation>Menyimpan materi</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="29"/>
        <source>Writing the file</source>
        <translation>Menulis berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="30"/>
        <source>Writing the workbook</source>
        <translation>Menulis lembar kerja</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="31"/>
        <source>Laying out and signing the PDF</source>
        <translation>Menyusun dan menandatangani PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="32"/>
        <source>Laying out the recap</source>
        <translation>Menyusun rekap</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="33"/>
        <source>Signing the recap</source>
        <translation>Menandatangani rekap</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="34"/>
        <source>Locking the signed scores</source>
        <translation>Mengunci nilai yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="35"/>
        <source>Planning the assignment</source>
        <translation>Menyusun penugasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="36"/>
        <source>Writing the assignment</source>
        <translation>Menyimpan penugasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/progress_text.py" line="37"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="66"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="89"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/task_runner.py" line="126"/>
        <source>Unexpected error: %1</source>
        <translation>Galat tak terduga: %1</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="32"/>
        <source>Trusted certificates</source>
        <translation>Sertifikat tepercaya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="36"/>
        <source>Root certificates of the certification authorities (PSrE) whose signatures count as certified (tersertifikasi), and the revocation lists they publish. Verifying a signed PDF against this master (judge-app verify --master) checks its certificates against them offline: nothing is fetched from the internet. The keys judge-app made for the judges and the secretariat, registered in this master, are known but not certified (tidak tersertifikasi).</source>
        <translation>Sertifikat akar milik Penyelenggara Sertifikasi Elektronik (PSrE) yang tanda tangannya dianggap tersertifikasi, beserta daftar pencabutan yang mereka terbitkan. Memverifikasi PDF bertanda tangan terhadap berkas induk ini (judge-app verify --master) memeriksa sertifikatnya terhadap semua itu secara luring: tidak ada yang diambil dari internet. Kunci yang dibuat judge-app untuk para juri dan sekretariat, yang terdaftar di berkas induk ini, dikenali tetapi tidak tersertifikasi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="49"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="50"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="51"/>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="52"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="53"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Sidik jari (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="65"/>
        <source>No root certificates or revocation lists imported yet.</source>
        <translation>Belum ada sertifikat akar atau daftar pencabutan yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="73"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="76"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="90"/>
        <source>Root certificate</source>
        <translation>Sertifikat akar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="94"/>
        <source>Revocation list</source>
        <translation>Daftar pencabutan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="96"/>
        <source>next update %1</source>
        <translation>pembaruan berikut %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="119"/>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Sidik jari (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="129"/>
        <location filename="../../judge_app/ui/trust_dialog.py" line="140"/>
        <source>Import root certificates or revocation lists</source>
        <translation>Impor sertifikat akar atau daftar pencabutan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="132"/>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>Sertifikat dan daftar pencabutan (*.pem *.crt *.cer *.der *.crl);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="147"/>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="152"/>
        <source>The master already holds all of it.</source>
        <translation>Berkas induk sudah memuat semuanya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="163"/>
        <location filename="../../judge_app/ui/trust_dialog.py" line="174"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/trust_dialog.py" line="165"/>
        <source>Remove %1? Signatures that only it vouched for will no longer count as certified. The removal is recorded in the audit log.</source>
        <translation>Hapus %1? Tanda tangan yang hanya dijamin olehnya tidak lagi dianggap tersertifikasi. Penghapusan ini dicatat di log audit.</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="42"/>
        <source>Stages and criteria</source>
        <translation>Tahap dan kriteria</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="42"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="42"/>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="60"/>
        <source>A criterion counts its weight over the stage&apos;s total; the stage counts its weight over all stages&apos; weights in the final score</source>
        <translation>Kriteria dihitung menurut bobotnya dibagi jumlah bobot tahapnya; tahap menurut bobotnya dibagi jumlah bobot semua tahap dalam nilai akhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="84"/>
        <source>Criteria together</source>
        <translation>Jumlah kriteria</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="94"/>
        <source>No criterion in this stage</source>
        <translation>Tidak ada kriteria di tahap ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/definition_checks.py" line="100"/>
        <source>All stages (final score)</source>
        <translation>Semua tahap (nilai akhir)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="30"/>
        <source>Offline judging for public-service innovation competitions. Open the package file the secretariat gave you, or a master file; the secretariat starts a new competition here.</source>
        <translation>Penjurian luring untuk kompetisi inovasi pelayanan publik. Buka berkas paket yang diberikan sekretariat, atau berkas induk; sekretariat memulai kompetisi baru di sini.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="36"/>
        <source>&amp;Open file… (Ctrl+O)</source>
        <translation>B&amp;uka berkas… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="38"/>
        <source>Open the &amp;demo competition</source>
        <translation>Buka kompetisi &amp;demo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="41"/>
        <source>A judge&apos;s package from the secretariat, or a secretariat master file</source>
        <translation>Paket juri dari sekretariat, atau berkas induk sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="45"/>
        <source>A sample competition (KIPP Banten 2023, five judges) to try everything without real data</source>
        <translation>Contoh kompetisi (KIPP Banten 2023, lima juri) untuk mencoba semuanya tanpa data sungguhan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="49"/>
        <source>&amp;New competition… (Ctrl+N)</source>
        <translation>Ko&amp;mpetisi baru… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="53"/>
        <source>For the secretariat: a competition from a template (KIPP, IGA, Ombudsman) set up on screens, then its entries, judges, assignments and packages</source>
        <translation>Untuk sekretariat: kompetisi dari templat (KIPP, IGA, Ombudsman) yang disusun di layar, lalu inovasi, juri, penugasan dan paketnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="63"/>
        <source>&amp;Recent files</source>
        <translation>Berk&amp;as terakhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/welcome.py" line="67"/>
        <source>No recent files yet.</source>
        <translation>Belum ada berkas terakhir.</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <location filename="../../judge_app/ui/zoom.py" line="54"/>
        <source>Smaller (Ctrl+-)</source>
        <translation>Perkecil (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/zoom.py" line="59"/>
        <source>The size shown</source>
        <translation>Ukuran tampilan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/zoom.py" line="60"/>
        <source>Larger (Ctrl++)</source>
        <translation>Perbesar (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/zoom.py" line="62"/>
        <source>Fit width</source>
        <translation>Pas lebar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/zoom.py" line="62"/>
        <source>As wide as the pane (Ctrl+0)</source>
        <translation>Selebar panel (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="13"/>
        <source>usage: </source>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="14"/>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="15"/>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="16"/>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="17"/>
        <location filename="../../judge_app/cli/options.py" line="21"/>
        <source>show program&apos;s version number and exit</source>
        <translation>tampilkan nomor versi program lalu keluar</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="18"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="19"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="20"/>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh dipakai bersama argumen %s</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="21"/>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="22"/>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="23"/>
        <source>expected one argument</source>
        <translation>memerlukan satu argumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="24"/>
        <source>expected at most one argument</source>
        <translation>memerlukan paling banyak satu argumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="25"/>
        <source>expected at least one argument</source>
        <translation>memerlukan paling sedikit satu argumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="26"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="27"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="28"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="29"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: galat: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/argparse_text.py" line="30"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>tidak dapat membuka &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>assignment</name>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="101"/>
        <source>{category} is not a category of this competition (categories: {known})</source>
        <translation>{category} bukan kelompok kompetisi ini (kelompok: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="118"/>
        <source>not a stage with criteria: {stages} (stages: {known})</source>
        <translation>bukan tahap yang memiliki kriteria: {stages} (tahap: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="125"/>
        <source>per stage: give the number of judges of every stage (missing: {stages})</source>
        <translation>per tahap: isi jumlah juri setiap tahap (belum ada: {stages})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="133"/>
        <source>each entry needs at least 1 judge (stage {stage}: {k})</source>
        <translation>setiap inovasi memerlukan sedikitnya 1 juri (tahap {stage}: {k})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="146"/>
        <source>each entry needs at least 1 judge (per entry: {k})</source>
        <translation>setiap inovasi memerlukan sedikitnya 1 juri (per inovasi: {k})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="267"/>
        <source>{shown} and {more} more</source>
        <translation>{shown} dan {more} lainnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="287"/>
        <source>Each entry gets {k} judges: {entries} entries, {judges} judges.</source>
        <translation>Setiap inovasi mendapat {k} juri: {entries} inovasi, {judges} juri.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="293"/>
        <source>Each entry of category {category} gets {k} judges: {entries} entries, {judges} judges; the other categories keep their assignments ({pairs} pairs).</source>
        <translation>Setiap inovasi kelompok {category} mendapat {k} juri: {entries} inovasi, {judges} juri; kelompok lain tetap dengan penugasannya ({pairs} pasangan).</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="304"/>
        <source>Stage {stage}: each entry gets {k} judges ({entries} entries, {judges} judges).</source>
        <translation>Tahap {stage}: setiap inovasi mendapat {k} juri ({entries} inovasi, {judges} juri).</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="312"/>
        <source>Only category {category} is planned; the other categories keep their assignments ({pairs} pairs).</source>
        <translation>Hanya kelompok {category} yang disusun; kelompok lain tetap dengan penugasannya ({pairs} pasangan).</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="324"/>
        <source>Stage {stage}: each judge gets between {low} and {high} entries (seed {seed}).</source>
        <translation>Tahap {stage}: setiap juri mendapat {low} sampai {high} inovasi (seed {seed}).</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="332"/>
        <source>Each judge gets between {low} and {high} entries (seed {seed}).</source>
        <translation>Setiap juri mendapat antara {low} dan {high} inovasi (seed {seed}).</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="339"/>
        <source>Kept apart because of a declared conflict of interest: {count} pairs.</source>
        <translation>Dipisahkan karena konflik kepentingan yang telah dinyatakan: {count} pasangan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="346"/>
        <source>Kept apart because the judge works at the entry&apos;s agency: {count} pairs.</source>
        <translation>Dipisahkan karena juri bekerja di instansi pengusul inovasi: {count} pasangan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="353"/>
        <source>Judges may be given entries of their own institution (asked).</source>
        <translation>Juri boleh mendapat inovasi dari instansinya sendiri (sesuai permintaan).</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="357"/>
        <source>Kept apart because the judge is from the entry&apos;s region: {count} pairs.</source>
        <translation>Dipisahkan karena juri berasal dari daerah inovasi: {count} pasangan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="370"/>
        <source>Too few judges know the category of {count} entries; judges from outside their expertise were added: {codes}.</source>
        <translation>Juri yang menguasai kelompok {count} inovasi terlalu sedikit; ditambahkan juri di luar keahliannya: {codes}.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="378"/>
        <source>Every entry&apos;s new judges list its category in their expertise.</source>
        <translation>Juri baru setiap inovasi mencantumkan kelompok inovasi itu dalam keahliannya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="389"/>
        <source>Stage {stage}: {count} entries have fewer than {k} eligible judges and get fewer: {codes}.</source>
        <translation>Tahap {stage}: {count} inovasi memiliki kurang dari {k} juri yang memenuhi syarat dan mendapat lebih sedikit: {codes}.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="397"/>
        <source>{count} entries have fewer than {k} eligible judges and get fewer: {codes}.</source>
        <translation>{count} inovasi memiliki kurang dari {k} juri yang memenuhi syarat dan mendapat lebih sedikit: {codes}.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="403"/>
        <source>Every entry gets all its judges.</source>
        <translation>Setiap inovasi mendapat seluruh jurinya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="406"/>
        <source>Kept because they already hold scores: {count} pairs.</source>
        <translation>Dipertahankan karena sudah berisi nilai: {count} pasangan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="412"/>
        <source>Withdrawn entries get no judges: {count}.</source>
        <translation>Inovasi yang mengundurkan diri tidak mendapat juri: {count}.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="436"/>
        <source>unknown judge {judge}</source>
        <translation>juri {judge} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="440"/>
        <source>unknown entry {entry}</source>
        <translation>inovasi {entry} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="444"/>
        <location filename="../../judge_app/secretariat/assignments.py" line="533"/>
        <source>unknown stage {stage}</source>
        <translation>tahap {stage} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="462"/>
        <source>{judge} ({name}) declared a conflict of interest with entry {entry} and cannot be assigned to it</source>
        <translation>{judge} ({name}) telah menyatakan konflik kepentingan dengan inovasi {entry} dan tidak dapat ditugaskan kepadanya</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="470"/>
        <source>{judge} ({name}) declared a conflict of interest with entry {entry}; the pair stays assigned so that the declaration keeps its entry</source>
        <translation>{judge} ({name}) telah menyatakan konflik kepentingan dengan inovasi {entry}; pasangan ini tetap ditugaskan agar pernyataannya tetap merujuk inovasi tersebut</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="478"/>
        <source>entry {entry} was withdrawn ({reason}) and gets no judges</source>
        <translation>inovasi {entry} telah mengundurkan diri ({reason}) dan tidak mendapat juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="484"/>
        <source>{judge} ({name}) already has scores for entry {entry}; the pair stays assigned</source>
        <translation>{judge} ({name}) sudah memberi nilai untuk inovasi {entry}; pasangan ini tetap ditugaskan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="503"/>
        <source>{master} changed since the plan was made; plan again</source>
        <translation>{master} telah berubah sejak rencana dibuat; susun rencana lagi</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="543"/>
        <source>{judge} ({name}) is assigned entry {entry} for every stage; take the pair away under All stages, then assign the stages one by one</source>
        <translation>{judge} ({name}) ditugaskan menilai inovasi {entry} untuk semua tahap; lepaskan pasangan ini di Semua tahap, lalu tugaskan tahapnya satu per satu</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="597"/>
        <source>{stage} is not a stage of this competition (stages: {known})</source>
        <translation>{stage} bukan tahap kompetisi ini (tahap: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="635"/>
        <source>own institution</source>
        <translation>instansi sendiri</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/assignments.py" line="636"/>
        <source>same region</source>
        <translation>daerah yang sama</translation>
    </message>
</context>
<context>
    <name>assignments_import</name>
    <message>
        <location filename="../../judge_app/interchange/assignments_import.py" line="31"/>
        <source>row {row}, column judge: unknown judge {judge}</source>
        <translation>baris {row}, kolom judge: juri {judge} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/assignments_import.py" line="37"/>
        <source>row {row}, column entry: unknown entry code {entry}</source>
        <translation>baris {row}, kolom entry: kode inovasi {entry} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/assignments_import.py" line="47"/>
        <source>no assignments below the header row</source>
        <translation>tidak ada penugasan di bawah baris judul kolom</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <location filename="../../judge_app/base/atomic.py" line="22"/>
        <source>{folder}: folder not found</source>
        <translation>{folder}: folder tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../judge_app/store/backups.py" line="40"/>
        <source>before a merge</source>
        <translation>sebelum penggabungan</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="41"/>
        <source>before re-registering a judge&apos;s key</source>
        <translation>sebelum pendaftaran ulang kunci juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="42"/>
        <source>before restoring a backup</source>
        <translation>sebelum pemulihan cadangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="43"/>
        <source>when the file was closed after changes</source>
        <translation>saat berkas ditutup setelah ada perubahan</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="49"/>
        <source>before updating the file to schema {version}</source>
        <translation>sebelum pembaruan berkas ke skema {version}</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="116"/>
        <source>{path}: the backup could not be restored ({error}); the file is as it was, and its state before the attempt is also in {before}</source>
        <translation>{path}: cadangan tidak dapat dipulihkan ({error}); berkas tetap seperti semula, dan keadaannya sebelum percobaan ini juga tersimpan di {before}</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="139"/>
        <source>{backup}: not a backup of {path} (a master or a package)</source>
        <translation>{backup}: bukan cadangan dari {path} (jenis berkas berbeda: berkas induk atau paket)</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="141"/>
        <source>{backup}: not a backup of {path} (another competition)</source>
        <translation>{backup}: bukan cadangan dari {path} (kompetisi lain)</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="143"/>
        <source>{backup}: not a backup of {path} (another competition definition)</source>
        <translation>{backup}: bukan cadangan dari {path} (definisi kompetisi lain)</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="147"/>
        <source>{backup}: not a backup of {path} (another judge)</source>
        <translation>{backup}: bukan cadangan dari {path} (juri lain)</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/backups.py" line="148"/>
        <source>{backup}: not a backup of {path} (?)</source>
        <translation>{backup}: bukan cadangan dari {path} (?)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../judge_app/cli/__init__.py" line="56"/>
        <source>{first} (and {count} more)</source>
        <translation>{first} (dan {count} lainnya)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/__init__.py" line="120"/>
        <source>interrupted</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/__init__.py" line="133"/>
        <source>internal error: {error} (set JUDGE_APP_DEBUG=1 for details)</source>
        <translation>galat internal: {error} (atur JUDGE_APP_DEBUG=1 untuk rinciannya)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="30"/>
        <source>{n} entry</source>
        <translation>{n} inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="30"/>
        <source>{n} entries</source>
        <translation>{n} inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="34"/>
        <source>{n} judge</source>
        <translation>{n} juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="34"/>
        <source>{n} judges</source>
        <translation>{n} juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="38"/>
        <source>{n} row</source>
        <translation>{n} baris</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="38"/>
        <source>{n} rows</source>
        <translation>{n} baris</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="42"/>
        <source>{n} page</source>
        <translation>{n} halaman</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="42"/>
        <source>{n} pages</source>
        <translation>{n} halaman</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="47"/>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="64"/>
        <source>Warning: {warning}</source>
        <translation>Peringatan: {warning}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="70"/>
        <source>signing with a certificate (instead of judge-app&apos;s own key)</source>
        <translation>menandatangani dengan sertifikat (sebagai ganti kunci judge-app)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="76"/>
        <source>sign with the key and certificate in this PKCS#12 file (.p12/.pfx); its password from {name} or asked for</source>
        <translation>tandatangani dengan kunci dan sertifikat dalam berkas PKCS#12 ini (.p12/.pfx); kata sandinya dari {name} atau ditanyakan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="86"/>
        <source>sign with a token through this PKCS#11 module (the .so/.dll its maker ships); its PIN from {name} or asked for</source>
        <translation>tandatangani dengan token melalui modul PKCS#11 ini (berkas .so/.dll dari pembuatnya); PIN-nya dari {name} atau ditanyakan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="93"/>
        <source>the token&apos;s label</source>
        <translation>label token</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="99"/>
        <source>the key&apos;s label, when the token holds several</source>
        <translation>label kunci, bila token menyimpan beberapa kunci</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="109"/>
        <source>--p12 and --pkcs11: choose one</source>
        <translation>--p12 dan --pkcs11: pilih salah satu</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="112"/>
        <source>Password of {file}: </source>
        <translation>Kata sandi {file}: </translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="115"/>
        <source>PIN of {token}: </source>
        <translation>PIN {token}: </translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="122"/>
        <source>a password or PIN is needed: set {name} or run in a terminal</source>
        <translation>kata sandi atau PIN diperlukan: atur {name} atau jalankan di terminal</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="139"/>
        <source>a passphrase is needed: set {name} or run in a terminal</source>
        <translation>frasa sandi diperlukan: atur {name} atau jalankan di terminal</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="143"/>
        <source>Passphrase for your signing key: </source>
        <translation>Frasa sandi kunci tanda tangan Anda: </translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="144"/>
        <source>Repeat the passphrase: </source>
        <translation>Ulangi frasa sandi: </translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/common.py" line="145"/>
        <source>the two passphrases differ; nothing was signed</source>
        <translation>kedua frasa sandi berbeda; tidak ada yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="28"/>
        <source>{file}: {rows} stored in {package}</source>
        <translation>{file}: {rows} disimpan di {package}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="39"/>
        <source>{file}: {rows} written</source>
        <translation>{file}: {rows} ditulis</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="44"/>
        <source>give one --reason after each --conflict</source>
        <translation>berikan satu --reason setelah setiap --conflict</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="51"/>
        <source>{file}: not a PNG image</source>
        <translation>{file}: bukan gambar PNG</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="66"/>
        <source>Signed {path}</source>
        <translation>Ditandatangani: {path}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="67"/>
        <source>Certificate fingerprint: {fingerprint}</source>
        <translation>Sidik jari sertifikat: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="68"/>
        <source>Scoring is now open in this package.</source>
        <translation>Penilaian kini dapat dilakukan dalam paket ini.</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="76"/>
        <source>Signed revision {revision} (sheet sha256 {sha256}); scores locked</source>
        <translation>Revisi {revision} ditandatangani (sha256 lembar {sha256}); nilai dikunci</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="80"/>
        <source>Recap: {path}</source>
        <translation>Rekap: {path}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="86"/>
        <source>{file}: signed recap of revision {revision}</source>
        <translation>{file}: rekap bertanda tangan revisi {revision}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="95"/>
        <source>Reopened: scores can be changed; the next signing will be revision {revision}</source>
        <translation>Dibuka kembali: nilai dapat diubah; penandatanganan berikutnya menjadi revisi {revision}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="106"/>
        <source>{path}: handed in, replacing the earlier hand-in; checked</source>
        <translation>{path}: diserahkan, menggantikan serahan sebelumnya; sudah diperiksa</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="108"/>
        <source>{path}: handed in; checked</source>
        <translation>{path}: diserahkan; sudah diperiksa</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="120"/>
        <source>{file}: {pages}, one per entry</source>
        <translation>{file}: {pages}, satu per inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/options.py" line="27"/>
        <source>language of the messages: id (Indonesian) or en (English)</source>
        <translation>bahasa pesan: id (Indonesia) atau en (Inggris)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/parser.py" line="22"/>
        <source>Offline judging for public-service innovation competitions. Run without a command to open the desktop application.</source>
        <translation>Penilaian luring untuk kompetisi inovasi pelayanan publik. Jalankan tanpa perintah untuk membuka aplikasi desktop.</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="272"/>
        <source>{options}: only with --per-entry K or --per-stage</source>
        <translation>{options}: hanya bersama --per-entry K atau --per-stage</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="305"/>
        <source>--per-stage: {part} is not STAGE=K (for example proposal=2,presentasi=5)</source>
        <translation>--per-stage: {part} bukan TAHAP=K (misalnya proposal=2,presentasi=5)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="360"/>
        <source>{path}: {id} {name}, {entries}, {size}</source>
        <translation>{path}: {id} {name}, {entries}, {size}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="369"/>
        <source>  of which proposal material: {size}</source>
        <translation>  di antaranya materi proposal: {size}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="394"/>
        <source>open the desktop application (optionally on FILE)</source>
        <translation>buka aplikasi desktop (dapat langsung pada FILE)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="402"/>
        <source>build the KIPP Banten 2023 sample competition</source>
        <translation>buat contoh kompetisi KIPP Banten 2023</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="415"/>
        <source>then open the first judge&apos;s package in the GUI</source>
        <translation>lalu buka paket juri pertama di aplikasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="420"/>
        <source>also play the five judges: declare, score and sign (to try merge and results)</source>
        <translation>sekaligus perankan kelima juri: pernyataan, penilaian dan tanda tangan (untuk mencoba penggabungan dan hasil)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="428"/>
        <source>competition definition templates</source>
        <translation>templat definisi kompetisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="430"/>
        <source>list the bundled templates</source>
        <translation>daftar templat bawaan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="433"/>
        <source>print a template&apos;s TOML (redirect it to a file to edit)</source>
        <translation>cetak TOML sebuah templat (arahkan ke berkas untuk disunting)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="440"/>
        <source>create a secretariat master file</source>
        <translation>buat berkas induk sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="446"/>
        <source>competition definition (TOML file, or a template name such as kipp)</source>
        <translation>definisi kompetisi (berkas TOML, atau nama templat seperti kipp)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="455"/>
        <source>entry list (.csv/.xlsx)</source>
        <translation>daftar inovasi (.csv/.xlsx)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="462"/>
        <source>entry list of a master</source>
        <translation>daftar inovasi berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="465"/>
        <source>add or update entries by code from CSV/XLSX</source>
        <translation>tambah atau perbarui inovasi menurut kode dari CSV/XLSX</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="470"/>
        <source>print the entries</source>
        <translation>cetak daftar inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="476"/>
        <source>register judges</source>
        <translation>daftarkan juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="478"/>
        <source>register one judge</source>
        <translation>daftarkan satu juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="482"/>
        <location filename="../../judge_app/cli/setup_commands.py" line="568"/>
        <source>NIP (18 digits), NIK (16 digits) or -</source>
        <translation>NIP (18 angka), NIK (16 angka) atau -</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="484"/>
        <location filename="../../judge_app/cli/setup_commands.py" line="570"/>
        <source>jabatan</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="485"/>
        <source>instansi</source>
        <translation>instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="486"/>
        <source>pangkat/golongan</source>
        <translation>pangkat/golongan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="488"/>
        <source>ketua, sekretaris or anggota</source>
        <translation>ketua, sekretaris atau anggota</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="491"/>
        <source>default: next free J&lt;n&gt;</source>
        <translation>bawaan: J&lt;n&gt; berikutnya yang belum dipakai</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="496"/>
        <source>where the judge works (for --avoid-same-region)</source>
        <translation>daerah tempat juri bekerja (untuk --avoid-same-region)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="502"/>
        <source>the category ids the judge knows best, separated by spaces (for --by-expertise)</source>
        <translation>id kelompok yang paling dikuasai juri, dipisahkan spasi (untuk --by-expertise)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="507"/>
        <source>register judges from CSV/XLSX</source>
        <translation>daftarkan juri dari CSV/XLSX</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="512"/>
        <source>unregister a judge who has not scored yet</source>
        <translation>hapus pendaftaran juri yang belum menilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="517"/>
        <source>print the judges</source>
        <translation>cetak daftar juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="525"/>
        <source>set the organiser&apos;s letterhead (kop surat) printed on every document</source>
        <translation>atur kop surat penyelenggara yang dicetak pada setiap dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="534"/>
        <source>a line of the letterhead, the first printed largest (repeat, up to 5)</source>
        <translation>satu baris kop surat, yang pertama dicetak paling besar (ulangi, paling banyak 5)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="542"/>
        <source>the logo: PNG or JPEG, up to 1 MB</source>
        <translation>logo: PNG atau JPEG, paling besar 1 MB</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="544"/>
        <source>remove the logo</source>
        <translation>hapus logo</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="551"/>
        <source>register who signs for the secretariat or acknowledges the berita acara</source>
        <translation>daftarkan pejabat yang menandatangani atas nama sekretariat atau yang mengetahui berita acara</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="560"/>
        <source>sekretariat: signs the Rekapitulasi and the Berita Acara; mengetahui: the acknowledging official (without a role: list them)</source>
        <translation>sekretariat: menandatangani Rekapitulasi dan Berita Acara; mengetahui: pejabat yang mengetahui (tanpa peran: daftar pejabat)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="566"/>
        <source>full name with titles</source>
        <translation>nama lengkap dengan gelar</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="571"/>
        <source>remove the official</source>
        <translation>hapus pejabat ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="576"/>
        <source>assign entries to judges</source>
        <translation>tugaskan inovasi kepada juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="583"/>
        <source>columns judge,entry; default: every judge scores every entry</source>
        <translation>kolom judge,entry; bawaan: setiap juri menilai setiap inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="588"/>
        <source>give every judge every entry even when the assignments came from a CSV or a plan</source>
        <translation>berikan setiap inovasi kepada setiap juri meskipun penugasan berasal dari CSV atau rencana</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="597"/>
        <source>plan K judges per entry, loads balanced, never a declared conflict nor (by default) the judge&apos;s own institution; entries that hold scores keep their judges</source>
        <translation>rencanakan K juri per inovasi, beban seimbang, tidak pernah dengan konflik kepentingan yang dinyatakan maupun (secara bawaan) instansi juri sendiri; inovasi yang sudah bernilai tetap dengan jurinya</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="606"/>
        <source>plan K judges per entry for each stage on its own (for example proposal=2,presentasi=5), with the same rules as --per-entry</source>
        <translation>susun K juri per inovasi untuk setiap tahap secara terpisah (misalnya proposal=2,presentasi=5), dengan aturan yang sama seperti --per-entry</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="616"/>
        <source>with --per-entry: the same seed gives the same plan (default 0)</source>
        <translation>dengan --per-entry: seed yang sama menghasilkan rencana yang sama (bawaan 0)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="621"/>
        <source>with --per-entry: judges may get their own institution&apos;s entries</source>
        <translation>dengan --per-entry: juri boleh mendapat inovasi dari instansinya sendiri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="626"/>
        <source>with --per-entry: no judge gets an entry of their own region</source>
        <translation>dengan --per-entry: tidak ada juri yang mendapat inovasi dari daerahnya sendiri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="631"/>
        <source>with --per-entry: judges whose expertise lists the entry&apos;s category first</source>
        <translation>dengan --per-entry: dahulukan juri yang keahliannya mencantumkan kelompok inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="639"/>
        <source>with --per-entry: plan only this category; the others keep their judges</source>
        <translation>dengan --per-entry: rencanakan hanya kelompok ini; kelompok lain tetap dengan jurinya</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="646"/>
        <source>with --per-entry: show the plan without writing it</source>
        <translation>dengan --per-entry: tampilkan rencana tanpa menyimpannya</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="652"/>
        <source>write judge package files</source>
        <translation>tulis berkas paket juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="655"/>
        <source>one judge (with -o)</source>
        <translation>satu juri (dengan -o)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="657"/>
        <source>every judge (with --out-dir)</source>
        <translation>setiap juri (dengan --out-dir)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="139"/>
        <source>a judge&apos;s scores to and from CSV (paper to digital)</source>
        <translation>nilai juri ke dan dari CSV (dari kertas ke digital)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="166"/>
        <source>a row for every entry and criterion, empty where unscored (a form to fill in)</source>
        <translation>satu baris untuk setiap inovasi dan kriteria, kosong bila belum dinilai (formulir untuk diisi)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="176"/>
        <source>sign the integrity pact and conflict statement</source>
        <translation>tandatangani pakta integritas dan pernyataan konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="184"/>
        <source>an entry you have a conflict of interest with (repeatable)</source>
        <translation>inovasi yang menimbulkan konflik kepentingan bagi Anda (dapat diulang)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="191"/>
        <source>why, after each --conflict (printed in the statement)</source>
        <translation>alasannya, setelah setiap --conflict (dicetak dalam surat pernyataan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="197"/>
        <source>your scanned signature, printed on the declarations</source>
        <translation>pindaian tanda tangan Anda, dicetak pada pernyataan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="202"/>
        <location filename="../../judge_app/cli/judge_commands.py" line="233"/>
        <source>place of signing (default: the competition&apos;s)</source>
        <translation>tempat penandatanganan (bawaan: tempat kompetisi)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="207"/>
        <source>date of signing, e.g. 2023-12-20 (default: today)</source>
        <translation>tanggal penandatanganan, mis. 2023-12-20 (bawaan: hari ini)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="238"/>
        <source>date printed on the recap, e.g. 2023-12-20 (default: today); when it is not today, the recap also states when it was signed</source>
        <translation>tanggal yang dicetak pada rekap, mis. 2023-12-20 (bawaan: hari ini); bila bukan hari ini, rekap juga menyebutkan kapan ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="209"/>
        <source>pangkat/golongan, if not as registered</source>
        <translation>pangkat/golongan, bila berbeda dari yang terdaftar</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="408"/>
        <source>a new or empty folder, or one holding the demo built earlier (opened again)</source>
        <translation>folder baru atau kosong, atau folder berisi demo yang dibuat sebelumnya (dibuka lagi)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="144"/>
        <source>store scores from CSV or XLSX with the columns entry,criterion,value[,note] (or their Indonesian names kode,kriteria,nilai[,catatan])</source>
        <translation>simpan nilai dari CSV atau XLSX dengan kolom kode,kriteria,nilai[,catatan] (atau nama Inggrisnya entry,criterion,value[,note])</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="155"/>
        <source>write every score to CSV or XLSX, the columns named in the language of the messages: kode,kriteria,nilai,catatan or (--lang en) entry,criterion,value,note</source>
        <translation>tulis semua nilai ke CSV atau XLSX, nama kolom mengikuti bahasa pesan: kode,kriteria,nilai,catatan atau (--lang en) entry,criterion,value,note</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="210"/>
        <source>jabatan, if not as registered</source>
        <translation>jabatan, bila berbeda dari yang terdaftar</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="211"/>
        <source>instansi, if not as registered</source>
        <translation>instansi, bila berbeda dari yang terdaftar</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="218"/>
        <source>folder for the two signed PDFs</source>
        <translation>folder untuk kedua PDF bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="226"/>
        <source>finalise: lock the scores, sign the sheet, write the recap</source>
        <translation>finalisasi: kunci nilai, tandatangani lembar, tulis rekap</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="250"/>
        <source>write a signed recap again (kept in the package)</source>
        <translation>tulis ulang rekap bertanda tangan (tersimpan dalam paket)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="255"/>
        <source>default: the latest signed revision</source>
        <translation>bawaan: revisi bertanda tangan terakhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="262"/>
        <source>unlock signed scores; the next signing is revision n+1</source>
        <translation>buka kunci nilai yang sudah ditandatangani; penandatanganan berikutnya menjadi revisi n+1</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="272"/>
        <source>return the package to the secretariat: a self-contained, checked copy named for the competition and the judge</source>
        <translation>kembalikan paket ke sekretariat: salinan utuh yang sudah diperiksa, dinamai menurut kompetisi dan juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="279"/>
        <source>your package file</source>
        <translation>berkas paket Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="285"/>
        <source>where the copy goes (a USB stick, the folder the secretariat collects from)</source>
        <translation>tujuan salinan (flashdisk, atau folder tempat sekretariat mengumpulkan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/judge_commands.py" line="294"/>
        <source>blank paper score sheets: a page per entry with a QR code</source>
        <translation>lembar penilaian kertas kosong: satu halaman per inovasi dengan kode QR</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="372"/>
        <source>check signatures and content of PDFs and judge-app files</source>
        <translation>periksa tanda tangan dan isi PDF serta berkas judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="379"/>
        <source>signed PDFs (recap, declarations, Rekapitulasi Nilai, Berita Acara) and judge-app files (.sqlite) to check; the exit status is non-zero when any fails</source>
        <translation>PDF bertanda tangan (rekap, pernyataan, Rekapitulasi Nilai, Berita Acara) dan berkas judge-app (.sqlite) yang diperiksa; status keluar bukan nol bila ada yang gagal</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="426"/>
        <source>file manager: judge-app files get their own type, icon and &apos;open with&apos; (Linux); judge-app joins the Open with list of .sqlite files (Windows)</source>
        <translation>pengelola berkas: berkas judge-app mendapat jenis, ikon dan menu &apos;Buka dengan&apos; sendiri (Linux); judge-app masuk daftar &apos;Buka dengan&apos; untuk berkas .sqlite (Windows)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="437"/>
        <source>list a file&apos;s rolling backups and what each holds</source>
        <translation>daftar cadangan bergulir sebuah berkas dan isinya masing-masing</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="446"/>
        <source>make a file what one of its backups holds (its state now is backed up)</source>
        <translation>kembalikan berkas ke isi salah satu cadangannya (keadaannya sekarang dicadangkan dulu)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="458"/>
        <source>merge returned judge files (or other masters) into a master</source>
        <translation>gabungkan berkas juri yang dikembalikan (atau berkas induk lain) ke berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="464"/>
        <source>the secretariat&apos;s master file to merge into (backed up before merging)</source>
        <translation>berkas induk sekretariat tujuan penggabungan (dicadangkan sebelum digabung)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="473"/>
        <source>returned judge packages (.sqlite), or other masters (a province&apos;s round)</source>
        <translation>paket juri yang dikembalikan (.sqlite), atau berkas induk lain (babak provinsi)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="481"/>
        <source>also write what was accepted, ignored or refused in each file (JSON)</source>
        <translation>tulis juga apa yang diterima, diabaikan atau ditolak dari setiap berkas (JSON)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="490"/>
        <source>a judge&apos;s new key (lost laptop), confirmed with the judge by its fingerprint</source>
        <translation>kunci baru seorang juri (laptop hilang), dikonfirmasi dengan juri melalui sidik jarinya</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="500"/>
        <source>retire a judge&apos;s registered key (lost laptop): earlier signed sheets stay valid, a new package can be issued and its declarations register the new key</source>
        <translation>pensiunkan kunci terdaftar seorang juri (laptop hilang): lembar yang sudah ditandatangani tetap sah, paket baru dapat diterbitkan dan pernyataannya mendaftarkan kunci baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="508"/>
        <source>why (kept in the audit log)</source>
        <translation>alasan (disimpan dalam log audit)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="514"/>
        <source>rank the entries from the signed sheets in a master</source>
        <translation>peringkatkan inovasi dari lembar bertanda tangan dalam berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="520"/>
        <source>how the judges&apos; totals are combined (default: the definition&apos;s)</source>
        <translation>cara menggabungkan total nilai para juri (bawaan: sesuai definisi)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="523"/>
        <source>every number, unrounded (JSON)</source>
        <translation>semua angka, tanpa pembulatan (JSON)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="526"/>
        <source>one row per entry (CSV)</source>
        <translation>satu baris per inovasi (CSV)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/options.py" line="47"/>
        <source>CSV for Excel with Indonesian settings (id: semicolons, decimal comma) or English ones (en: commas, decimal point); default: the competition&apos;s language</source>
        <translation>CSV untuk Excel dengan pengaturan wilayah Indonesia (id: titik koma, koma desimal) atau Inggris (en: koma, titik desimal); bawaan: bahasa kompetisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="533"/>
        <source>workbook: categories, scores, flags</source>
        <translation>buku kerja: kategori, nilai, tanda</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="538"/>
        <source>list the entries whose rank or award changes between the four methods</source>
        <translation>daftar inovasi yang peringkat atau penghargaannya berubah di antara keempat metode</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="543"/>
        <source>signed Rekapitulasi Nilai</source>
        <translation>Rekapitulasi Nilai bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="546"/>
        <source>signed Berita Acara</source>
        <translation>Berita Acara bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="562"/>
        <source>the Rekapitulasi Nilai&apos;s own number (optional); with --berita-acara the recap is also marked as the attachment of the Berita Acara&apos;s number</source>
        <translation>nomor Rekapitulasi Nilai sendiri (boleh kosong); bersama --berita-acara, rekap juga ditandai sebagai lampiran Berita Acara bernomor tersebut</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="582"/>
        <source>describe a master or package file</source>
        <translation>jelaskan berkas induk atau berkas paket</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="41"/>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="49"/>
        <source>verification failed for {files}</source>
        <translation>pemeriksaan gagal untuk {files}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="59"/>
        <source>written: {path}</source>
        <translation>ditulis: {path}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="61"/>
        <source>judge-app is now in the Open with list of .sqlite files</source>
        <translation>judge-app kini ada dalam daftar &apos;Buka dengan&apos; untuk berkas .sqlite</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="64"/>
        <source>judge-app files now open with judge-app in the file manager (log in again if not)</source>
        <translation>berkas judge-app kini dibuka dengan judge-app di pengelola berkas (jika belum, keluar lalu masuk kembali)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="74"/>
        <source>{file}: no backups yet</source>
        <translation>{file}: belum ada cadangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="79"/>
        <source>cannot be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="81"/>
        <source>entries {entries}, judges {judges}, scores {scores}, signed sheets {sheets}</source>
        <translation>inovasi {entries}, juri {judges}, nilai {scores}, lembar bertanda tangan {sheets}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="94"/>
        <source>{file}: restored from {backup}</source>
        <translation>{file}: dipulihkan dari {backup}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="95"/>
        <source>What it held before is in {path}</source>
        <translation>Isi sebelumnya tersimpan di {path}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="106"/>
        <source>--accept-key {item}: write JUDGE=FINGERPRINT</source>
        <translation>--accept-key {item}: tulis JUDGE=FINGERPRINT (ID juri = sidik jari)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="117"/>
        <source>Backup of the master before merging: {path}</source>
        <translation>Cadangan berkas induk sebelum penggabungan: {path}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="130"/>
        <source>Judge {judge}: key {fingerprint} retired; it stays valid for signed revisions up to {revision} and nothing later.</source>
        <translation>Juri {judge}: kunci {fingerprint} dipensiunkan; kunci ini tetap sah untuk revisi bertanda tangan sampai revisi {revision}, tidak untuk revisi sesudahnya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="140"/>
        <source>Next: {command}; the judge&apos;s new declarations register the new key when merged.</source>
        <translation>Berikutnya: {command}; pernyataan baru juri mendaftarkan kunci baru saat digabungkan.</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="184"/>
        <source>Signed recap: {path}</source>
        <translation>Rekap bertanda tangan: {path}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="195"/>
        <source>Signed berita acara: {path}</source>
        <translation>Berita acara bertanda tangan: {path}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="197"/>
        <source>{competition} — method {method}</source>
        <translation>{competition} — metode {method}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="214"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="215"/>
        <source>Final</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="216"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="217"/>
        <source>Category</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="218"/>
        <source>Band</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="219"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="227"/>
        <source>* an award (the categories&apos; award places)</source>
        <translation>* penerima penghargaan (urutan penghargaan tiap kelompok)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="260"/>
        <source>Method sensitivity: {entries} change with the method</source>
        <translation>Kepekaan metode: {entries} berubah menurut metode</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="267"/>
        <source>award under {methods}</source>
        <translation>mendapat penghargaan dengan metode {methods}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="269"/>
        <source>no award</source>
        <translation>tanpa penghargaan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="271"/>
        <source>  {code}: category rank {ranks}; {awards}</source>
        <translation>  {code}: peringkat kategori {ranks}; {awards}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="38"/>
        <source>{folder}: holds the demo built earlier; --signed needs a new or empty folder</source>
        <translation>{folder}: berisi demo yang dibuat sebelumnya; --signed memerlukan folder baru atau kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="46"/>
        <source>Demo competition built in {folder}</source>
        <translation>Kompetisi contoh dibuat di {folder}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="49"/>
        <source>Demo competition already in {folder}</source>
        <translation>Kompetisi demo sudah ada di {folder}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="51"/>
        <source>  master:   {path} ({entries}, {judges})</source>
        <translation>  induk:    {path} ({entries}, {judges})</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="58"/>
        <source>  package:  {path} ({name})</source>
        <translation>  paket:    {path} ({name})</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="68"/>
        <source>The five judges declared, scored and signed; recaps in {folder}</source>
        <translation>Kelima juri sudah membuat pernyataan, menilai dan menandatangani; rekap di {folder}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="72"/>
        <location filename="../../judge_app/cli/setup_commands.py" line="156"/>
        <location filename="../../judge_app/cli/setup_commands.py" line="172"/>
        <source>Next: {command}</source>
        <translation>Berikutnya: {command}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="78"/>
        <source>Open it: {command}</source>
        <translation>Bukalah: {command}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="94"/>
        <source>Created {path}: {title}</source>
        <translation>Dibuat {path}: {title}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="96"/>
        <source>  {entries}; definition sha256 {sha256}</source>
        <translation>  {entries}; sha256 definisi {sha256}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="105"/>
        <source>{file}: {total} read: {added} added, {changed} changed, {unchanged} unchanged</source>
        <translation>{file}: {total} dibaca: {added} ditambahkan, {changed} diubah, {unchanged} tidak berubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="116"/>
        <source>  {entries} of the master are not in this file and were kept</source>
        <translation>  {entries} dalam berkas induk tidak ada di berkas ini dan tetap disimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="141"/>
        <source>Registered {id}: {name} (NIP/NIK {nip})</source>
        <translation>Didaftarkan {id}: {name} (NIP/NIK {nip})</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="147"/>
        <source>Registered {id}: {name}</source>
        <translation>Didaftarkan {id}: {name}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="161"/>
        <source>Next: give the new judges entries in the window, or: {command}</source>
        <translation>Berikutnya: berikan inovasi kepada juri baru di jendela aplikasi, atau: {command}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="167"/>
        <source>Next: add the new judges to {name}, then: {command}</source>
        <translation>Berikutnya: tambahkan juri baru ke {name}, lalu: {command}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="178"/>
        <source>{file}: {judges} registered, {updated} updated, {unchanged} unchanged</source>
        <translation>{file}: {judges} didaftarkan, {updated} diperbarui, {unchanged} tidak berubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="194"/>
        <source>Removed {id}: {name} (and their assignments)</source>
        <translation>Dihapus {id}: {name} (beserta penugasannya)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="216"/>
        <source>Letterhead saved in {master}</source>
        <translation>Kop surat disimpan di {master}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="218"/>
        <source>No letterhead: documents start with their title</source>
        <translation>Tanpa kop surat: dokumen dimulai dengan judulnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="223"/>
        <source>  logo: {size} bytes</source>
        <translation>  logo: {size} bita</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="231"/>
        <source>No officials registered (judge-app official MASTER ROLE --name …)</source>
        <translation>Belum ada pejabat terdaftar (judge-app official INDUK PERAN --name …)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="240"/>
        <source>Removed the {role} official</source>
        <translation>Pejabat {role} dihapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="243"/>
        <source>--name is required (or --remove)</source>
        <translation>--name wajib diisi (atau --remove)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="247"/>
        <source>Registered {role}: {name} (NIP {nip}), {position}</source>
        <translation>Terdaftar sebagai {role}: {name} (NIP {nip}), {position}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="278"/>
        <source>Assignments: {list}</source>
        <translation>Penugasan: {list}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="283"/>
        <source>Warning: no entries for {judges}</source>
        <translation>Peringatan: tidak ada inovasi untuk {judges}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="290"/>
        <source>{shown} and {more} more</source>
        <translation>{shown} dan {more} lainnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="292"/>
        <source>Warning: {entries} without any judge: {shown}</source>
        <translation>Peringatan: {entries} tanpa juri: {shown}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="332"/>
        <source>Planned loads (nothing written, --dry-run):</source>
        <translation>Rencana beban (tidak ada yang disimpan, --dry-run):</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="334"/>
        <source>Assignments written; each judge&apos;s load:</source>
        <translation>Penugasan disimpan; beban setiap juri:</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="342"/>
        <source>To write it: {command}</source>
        <translation>Untuk menyimpannya: {command}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="350"/>
        <source>package --all needs --out-dir DIR (and no -o)</source>
        <translation>package --all memerlukan --out-dir DIR (dan tanpa -o)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/setup_commands.py" line="355"/>
        <source>package --judge ID needs -o PACKAGE.sqlite (and no --out-dir)</source>
        <translation>package --judge ID memerlukan -o PAKET.sqlite (dan tanpa --out-dir)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="282"/>
        <source>judge package</source>
        <translation>paket juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="284"/>
        <source>secretariat master</source>
        <translation>berkas induk sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="288"/>
        <source>  competition:  {title} ({id})</source>
        <translation>  kompetisi:    {title} ({id})</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="292"/>
        <source>  definition:   sha256 {sha256}</source>
        <translation>  definisi:     sha256 {sha256}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="293"/>
        <source>  entries:      {count}</source>
        <translation>  inovasi:      {count}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="294"/>
        <source>  size:         {size}</source>
        <translation>  ukuran:       {size}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="297"/>
        <source>  material:     {entries}, {pieces} sections and files, {size} carried</source>
        <translation>  materi:       {entries}, {pieces} bagian dan berkas, {size} dibawa</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="306"/>
        <source>                (the bytes of {missing} are not in this file: a hand-in or a backup)</source>
        <translation>                (isi {missing} di antaranya tidak ada di berkas ini: serahan atau cadangan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="315"/>
        <source>  judge {id}: {name}, {entries} assigned</source>
        <translation>  juri {id}: {name}, {entries} ditugaskan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="331"/>
        <source>  declarations: {state}</source>
        <translation>  pernyataan:   {state}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="332"/>
        <source>signed</source>
        <translation>sudah ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="334"/>
        <source>not signed yet (scoring is locked until they are)</source>
        <translation>belum ditandatangani (penilaian terkunci sampai ditandatangani)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="336"/>
        <source>  scores:       {done} of {due}</source>
        <translation>  nilai:        {done} dari {due}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="340"/>
        <source>  signed:       revision {revision}, scores locked</source>
        <translation>  tanda tangan: revisi {revision}, nilai dikunci</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="345"/>
        <source>  signed:       revision {revision}; reopened for changes</source>
        <translation>  tanda tangan: revisi {revision}; dibuka kembali untuk diubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="349"/>
        <source>  signed:       not yet</source>
        <translation>  tanda tangan: belum</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="389"/>
        <source>trust what this master trusts: its imported root certificates and revocation lists, and the judge-app keys it registered; a PDF signature that nothing trusts then fails</source>
        <translation>percayai apa yang dipercayai berkas induk ini: sertifikat akar dan daftar pencabutan yang diimpor ke dalamnya, serta kunci judge-app yang terdaftar di dalamnya; tanda tangan PDF yang tidak dipercayai apa pun lalu gagal</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="402"/>
        <source>also trust this root certificate (PEM or DER; may be repeated); a PDF signature that nothing trusts then fails</source>
        <translation>percayai juga sertifikat akar ini (PEM atau DER; boleh diulang); tanda tangan PDF yang tidak dipercayai apa pun lalu gagal</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="414"/>
        <source>a certificate revocation list (PEM or DER; may be repeated): a signature whose certificate it lists fails</source>
        <translation>daftar pencabutan sertifikat (PEM atau DER; boleh diulang): tanda tangan yang sertifikatnya tercantum di dalamnya gagal</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="552"/>
        <source>the Berita Acara&apos;s number, e.g. 001/BA/TIM/XII/2023, required to sign it (asked for on a terminal when missing)</source>
        <translation>nomor Berita Acara, mis. 001/BA/TIM/XII/2023, wajib untuk menandatanganinya (ditanyakan di terminal bila tidak diberikan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="571"/>
        <source>date printed on the signed documents, e.g. 2023-12-20 (default: today); when it is not the signing day, each also states when it was signed</source>
        <translation>tanggal yang dicetak pada dokumen bertanda tangan, mis. 2023-12-20 (bawaan: hari ini); bila bukan hari penandatanganan, setiap dokumen juga menyebutkan kapan ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="243"/>
        <source>the Berita Acara needs its number: give --number (e.g. --number 001/BA/TIM/XII/2023); a signed blank number can never be filled in</source>
        <translation>Berita Acara memerlukan nomor: berikan --number (mis. --number 001/BA/TIM/XII/2023); nomor kosong yang sudah ditandatangani tidak dapat diisi kemudian</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="251"/>
        <source>Number (Nomor) of the Berita Acara: </source>
        <translation>Nomor Berita Acara: </translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="253"/>
        <source>no number given: nothing was signed</source>
        <translation>nomor tidak diberikan: tidak ada yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="15"/>
        <source>{n} file</source>
        <translation>{n} berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="15"/>
        <source>{n} files</source>
        <translation>{n} berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="28"/>
        <source>{source}: material of {entries} stored: {files}, {sections} sections, {size}</source>
        <translation>{source}: materi {entries} disimpan: {files}, {sections} bagian, {size}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="39"/>
        <source>  sections read from {file}</source>
        <translation>  bagian proposal dibaca dari {file}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="41"/>
        <source>  {new} new, {changed} changed, {unchanged} unchanged</source>
        <translation>  {new} baru, {changed} berubah, {unchanged} tetap</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="49"/>
        <source>added {names}</source>
        <translation>ditambah {names}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="51"/>
        <source>changed {names}</source>
        <translation>diubah {names}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="53"/>
        <source>removed {names}</source>
        <translation>dihapus {names}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="57"/>
        <source>Judges given the earlier material see it changed when they hand in; re-issue their packages if they should read the new version.</source>
        <translation>Juri yang menerima materi versi sebelumnya akan terlihat menilai materi yang berbeda saat menyerahkan berkas; terbitkan ulang paket mereka bila mereka harus membaca versi baru.</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="73"/>
        <source>the entries&apos; proposal material (sections and files)</source>
        <translation>materi proposal inovasi (bagian teks dan berkas)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="78"/>
        <source>import from a folder with one subfolder per entry code (PDF, images) and the proposals&apos; sections from a CSV/XLSX</source>
        <translation>impor dari folder berisi satu subfolder per kode inovasi (PDF, gambar) dan bagian teks proposal dari CSV/XLSX</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="90"/>
        <source>the sections&apos; CSV/XLSX (one column per section); default: the one spreadsheet at the top of SOURCE</source>
        <translation>CSV/XLSX bagian proposal (satu kolom per bagian); bawaan: satu-satunya lembar kerja di tingkat teratas SUMBER</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="101"/>
        <source>refuse files larger than this (default: %(default)s MB)</source>
        <translation>tolak berkas yang lebih besar dari ini (bawaan: %(default)s MB)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="103"/>
        <source>also accept video files</source>
        <translation>terima juga berkas video</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/material_commands.py" line="106"/>
        <source>print each piece of material with its SHA-256</source>
        <translation>cetak setiap bagian materi beserta SHA-256-nya</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/cosign_commands.py" line="23"/>
        <source>{file}: signed in the field of {field}</source>
        <translation>{file}: ditandatangani pada kolom {field}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/cosign_commands.py" line="29"/>
        <source>Signed {signed} of {total}; not yet signed: {list}</source>
        <translation>Sudah ditandatangani {signed} dari {total}; belum: {list}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/cosign_commands.py" line="39"/>
        <source>sign the Berita Acara in your own field of its signature grid (panel members and the acknowledging official, in any order)</source>
        <translation>tandatangani Berita Acara pada kolom tanda tangan Anda sendiri (anggota tim penilai dan pejabat yang mengetahui, dalam urutan apa pun)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/cosign_commands.py" line="51"/>
        <source>whose field: a judge&apos;s id (J1) or a field&apos;s name (TTD_Mengetahui); needed only when several could be yours</source>
        <translation>kolom milik siapa: id juri (J1) atau nama kolom (TTD_Mengetahui); hanya perlu bila beberapa kolom bisa menjadi milik Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/cosign_commands.py" line="63"/>
        <source>write the signed copy here (default: sign the file in place)</source>
        <translation>tulis salinan bertanda tangan di sini (bawaan: berkas itu sendiri yang ditandatangani)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/cosign_commands.py" line="66"/>
        <source>where you sign, recorded in the signature</source>
        <translation>tempat Anda menandatangani, dicatat dalam tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="19"/>
        <source>root certificate imported: {subject} ({fingerprint})</source>
        <translation>sertifikat akar diimpor: {subject} ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="25"/>
        <source>revocation list imported: {issuer} of {date} ({fingerprint})</source>
        <translation>daftar pencabutan diimpor: {issuer} tertanggal {date} ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="34"/>
        <source>{n} item was already in the master</source>
        <translation>{n} butir sudah ada di berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="35"/>
        <source>{n} items were already in the master</source>
        <translation>{n} butir sudah ada di berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="44"/>
        <source>{master}: no root certificates or revocation lists imported</source>
        <translation>{master}: belum ada sertifikat akar atau daftar pencabutan yang diimpor</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="49"/>
        <source>root	{fingerprint}	{subject}	valid until {until}	{source}</source>
        <translation>akar	{fingerprint}	{subject}	berlaku sampai {until}	{source}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="57"/>
        <source>CRL	{fingerprint}	{issuer}	{date}, next {next}	{source}</source>
        <translation>CRL	{fingerprint}	{issuer}	{date}, berikutnya {next}	{source}</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="70"/>
        <source>removed: {name} ({fingerprint})</source>
        <translation>dihapus: {name} ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="79"/>
        <source>root certificates (a PSrE&apos;s) and revocation lists the master trusts, for verify</source>
        <translation>sertifikat akar (milik PSrE) dan daftar pencabutan yang dipercayai berkas induk, untuk verify</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="87"/>
        <source>import root certificates and certificate revocation lists (PEM or DER files)</source>
        <translation>impor sertifikat akar dan daftar pencabutan sertifikat (berkas PEM atau DER)</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="96"/>
        <source>print the imported root certificates and revocation lists</source>
        <translation>cetak sertifikat akar dan daftar pencabutan yang diimpor</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="102"/>
        <source>remove a root certificate or revocation list, named by its fingerprint</source>
        <translation>hapus satu sertifikat akar atau daftar pencabutan, disebut dengan sidik jarinya</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/trust_commands.py" line="110"/>
        <source>as `trust list` prints it, or its first 8 or more digits</source>
        <translation>seperti yang dicetak `trust list`, atau 8 digit pertamanya atau lebih</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../judge_app/interchange/columns.py" line="38"/>
        <source>row 1, column {letter} ({name}): unknown column (accepted: {accepted}, or their Indonesian names)</source>
        <translation>baris 1, kolom {letter} ({name}): kolom tidak dikenal (yang diterima: {accepted}, atau nama kolom tersebut dalam bahasa Indonesia)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/columns.py" line="46"/>
        <source>row 1, column {letter} ({name}): {field} appears twice (also column {other})</source>
        <translation>baris 1, kolom {letter} ({name}): {field} muncul dua kali (juga pada kolom {other})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/columns.py" line="59"/>
        <source>row 1: required column {field} is missing ({names})</source>
        <translation>baris 1: kolom wajib {field} tidak ada ({names})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/columns.py" line="85"/>
        <source>too long: {length} characters (at most {most})</source>
        <translation>terlalu panjang: {length} karakter (paling banyak {most})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/columns.py" line="90"/>
        <source>a spreadsheet formula ({formula}); enter the value itself (in Excel: copy, then Paste Special → Values)</source>
        <translation>berisi rumus lembar kerja ({formula}); isikan nilainya secara langsung (di Excel: salin, lalu Paste Special → Values)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/columns.py" line="98"/>
        <source>contains a control character (U+{code:04X})</source>
        <translation>mengandung karakter kontrol (U+{code:04X})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/columns.py" line="102"/>
        <source>contains an invisible direction control (U+{code:04X}) that can make text read backwards; remove it (Arabic or emoji text itself is fine)</source>
        <translation>mengandung karakter pengatur arah yang tidak terlihat (U+{code:04X}) yang dapat membuat teks terbaca terbalik; hapus karakter tersebut (teks Arab atau emoji itu sendiri tidak bermasalah)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/columns.py" line="134"/>
        <source>row {row}, column {column}: {problem}</source>
        <translation>baris {row}, kolom {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/columns.py" line="141"/>
        <source>row {row}: has {cells} cells but the header has {header}</source>
        <translation>baris {row}: berisi {cells} sel, sedangkan baris judul kolom berisi {header}</translation>
    </message>
</context>
<context>
    <name>cosign</name>
    <message>
        <location filename="../../judge_app/files/cosign.py" line="55"/>
        <source>{path}: the document does not verify, so it is not signed ({problem})</source>
        <translation>{path}: dokumen tidak lolos pemeriksaan, jadi tidak ditandatangani ({problem})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/cosign.py" line="62"/>
        <source>{path}: this PDF has no signature fields for the panel (a Berita Acara from an older judge-app has none: make it again)</source>
        <translation>{path}: PDF ini tidak memiliki kolom tanda tangan untuk tim penilai (Berita Acara dari judge-app versi lama tidak memilikinya: buat ulang)</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/cosign.py" line="72"/>
        <source>{path}: no signature field for {who}; the fields are: {list}</source>
        <translation>{path}: tidak ada kolom tanda tangan untuk {who}; kolom yang ada: {list}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/cosign.py" line="118"/>
        <source>{path}: none of the fields belongs to a judge-app key on this computer; sign on the laptop you judged on, or with your certificate (--p12, --pkcs11)</source>
        <translation>{path}: tidak satu pun kolom milik kunci judge-app di komputer ini; tandatangani di laptop tempat Anda menilai, atau dengan sertifikat Anda (--p12, --pkcs11)</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/cosign.py" line="126"/>
        <location filename="../../judge_app/files/cosign.py" line="177"/>
        <source>{path}: {who} has already signed</source>
        <translation>{path}: {who} sudah menandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/cosign.py" line="132"/>
        <source>{path}: keys of several panel members are on this computer; say whose signature this is with --as: {ids}</source>
        <translation>{path}: kunci beberapa anggota tim penilai ada di komputer ini; sebutkan tanda tangan siapa ini dengan --as: {ids}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/cosign.py" line="168"/>
        <source>{path}: this certificate ({subject}) belongs to none of the signature fields, and nobody signs another person&apos;s field; the fields are: {list}</source>
        <translation>{path}: sertifikat ini ({subject}) bukan milik kolom tanda tangan mana pun, dan tidak seorang pun boleh menandatangani kolom orang lain; kolom yang ada: {list}</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="50"/>
        <source>certificate file {path}</source>
        <translation>berkas sertifikat {path}</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="52"/>
        <source>token {token} ({module})</source>
        <translation>token {token} ({module})</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="55"/>
        <source>judge-app&apos;s own key</source>
        <translation>kunci judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="137"/>
        <source>{path}: the certificate file cannot be read ({error})</source>
        <translation>{path}: berkas sertifikat tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="148"/>
        <source>{path}: wrong password for the certificate file</source>
        <translation>{path}: kata sandi berkas sertifikat salah</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="152"/>
        <source>{path}: not a PKCS#12 certificate file (.p12/.pfx) ({error})</source>
        <translation>{path}: bukan berkas sertifikat PKCS#12 (.p12/.pfx) ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="158"/>
        <source>{path}: the file holds no private key with its certificate</source>
        <translation>{path}: berkas ini tidak memuat kunci privat beserta sertifikatnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="164"/>
        <source>{path}: only RSA and elliptic-curve keys can sign here</source>
        <translation>{path}: hanya kunci RSA dan kurva eliptik yang dapat menandatangani di sini</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="190"/>
        <source>{where}: no signing certificate {label}on the token</source>
        <translation>{where}: tidak ada sertifikat tanda tangan {label}di token</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="196"/>
        <source>{where}: the token holds several keys; choose one by label: {labels}</source>
        <translation>{where}: token menyimpan beberapa kunci; pilih salah satu menurut labelnya: {labels}</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="216"/>
        <source>{path}: no PKCS#11 module at this path</source>
        <translation>{path}: tidak ada modul PKCS#11 di lokasi ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="228"/>
        <source>{where}: wrong PIN</source>
        <translation>{where}: PIN salah</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="232"/>
        <source>{where}: the PIN is locked; ask the token&apos;s issuer</source>
        <translation>{where}: PIN terkunci; hubungi penerbit token</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="238"/>
        <source>{where}: the token cannot be opened ({error})</source>
        <translation>{where}: token tidak dapat dibuka ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="254"/>
        <source>{where}: the certificate expired on {date}</source>
        <translation>{where}: sertifikat kedaluwarsa pada {date}</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="260"/>
        <source>{where}: the certificate is valid only from {date}</source>
        <translation>{where}: sertifikat baru berlaku mulai {date}</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/credentials.py" line="291"/>
        <source>unknown kind of key source: {kind}</source>
        <translation>jenis sumber kunci tidak dikenal: {kind}</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../judge_app/store/database.py" line="102"/>
        <source>{path}: file not found</source>
        <translation>{path}: berkas tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="105"/>
        <source>{path}: is a folder, not a judge-app file</source>
        <translation>{path}: merupakan folder, bukan berkas judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="110"/>
        <source>{path}: the file is empty (0 bytes), not a judge-app file</source>
        <translation>{path}: berkas kosong (0 byte), bukan berkas judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="118"/>
        <source>{path}: not a judge-app file (not an SQLite database)</source>
        <translation>{path}: bukan berkas judge-app (bukan basis data SQLite)</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="124"/>
        <source>{path}: the SQLite file is truncated (only {size} bytes)</source>
        <translation>{path}: berkas SQLite terpotong (hanya {size} byte)</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="135"/>
        <source>{path}: an SQLite database, but not one made by judge-app</source>
        <translation>{path}: basis data SQLite, tetapi bukan buatan judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="138"/>
        <source>{path}: an SQLite database of another application (application_id 0x{application_id}), not a judge-app file</source>
        <translation>{path}: basis data SQLite milik aplikasi lain (application_id 0x{application_id}), bukan berkas judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="182"/>
        <source>{path}: on a read-only disk with changes still in {wal} beside it; copy {name} together with {wal} to a folder you can write to and open it there</source>
        <translation>{path}: berada di disk hanya baca dengan perubahan yang masih tersimpan di {wal} di sebelahnya; salin {name} bersama {wal} ke folder yang dapat ditulisi, lalu buka di sana</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="193"/>
        <source>{path}: written by a newer judge-app (file schema {version}, this version understands up to {supported}); please update judge-app</source>
        <translation>{path}: ditulis oleh judge-app versi yang lebih baru (skema berkas {version}, versi ini hanya memahami sampai skema {supported}); silakan perbarui judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="208"/>
        <source>{path}: schema {version} needs migrating first</source>
        <translation>{path}: skema {version} perlu dimigrasikan terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="234"/>
        <location filename="../../judge_app/store/database.py" line="376"/>
        <source>{path}: the file is damaged and cannot be read ({error})</source>
        <translation>{path}: berkas rusak dan tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="265"/>
        <source>{path}: this is a judge&apos;s package, but a secretariat master file is needed here</source>
        <translation>{path}: berkas ini adalah paket juri, sedangkan yang diperlukan di sini adalah berkas induk sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="270"/>
        <source>{path}: this is a secretariat master file, but a judge&apos;s package is needed here</source>
        <translation>{path}: berkas ini adalah berkas induk sekretariat, sedangkan yang diperlukan di sini adalah paket juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="303"/>
        <source>the file has no valid role (master or package); it may be damaged</source>
        <translation>berkas tidak memiliki peran yang sah (berkas induk atau paket); berkas mungkin rusak</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="345"/>
        <source>{path}: already exists; choose another name</source>
        <translation>{path}: sudah ada; pilih nama lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="411"/>
        <source>{path}: already exists; choose another name or remove it first</source>
        <translation>{path}: sudah ada; pilih nama lain atau hapus berkas tersebut terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/database.py" line="417"/>
        <source>{folder}: folder not found</source>
        <translation>{folder}: folder tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../judge_app/domain/dates.py" line="93"/>
        <source>{text} is not a date (use 2023-12-20 or 20 Desember 2023)</source>
        <translation>{text} bukan tanggal (gunakan 2023-12-20 atau 20 Desember 2023)</translation>
    </message>
</context>
<context>
    <name>definition</name>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="67"/>
        <location filename="../../judge_app/domain/definition_document.py" line="156"/>
        <source>not valid TOML: {error}</source>
        <translation>bukan TOML yang sah: {error}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="96"/>
        <source>unknown key (expected one of: {keys})</source>
        <translation>kunci tidak dikenal (yang diterima: {keys})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="105"/>
        <location filename="../../judge_app/domain/definition.py" line="142"/>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="110"/>
        <source>must be text, got {value}</source>
        <translation>harus berupa teks, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="114"/>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="119"/>
        <source>contains a control character (U+{code:04X})</source>
        <translation>mengandung karakter kontrol (U+{code:04X})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="147"/>
        <source>must be a number, got {value}</source>
        <translation>harus berupa angka, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="151"/>
        <location filename="../../judge_app/domain/definition.py" line="167"/>
        <source>number too large</source>
        <translation>angka terlalu besar</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="156"/>
        <source>must be a finite number, got {value}</source>
        <translation>harus berupa angka terhingga, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="178"/>
        <source>{value} is not a valid id (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;; at most 50)</source>
        <translation>{value} bukan id yang sah (huruf, angka, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;; paling banyak 50)</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="186"/>
        <source>duplicate id {value}</source>
        <translation>id {value} ganda</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="196"/>
        <source>must be an array of tables ([[{key}]]), got {value}</source>
        <translation>harus berupa larik tabel ([[{key}]]), tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="209"/>
        <location filename="../../judge_app/domain/definition.py" line="473"/>
        <source>must be a table, got {value}</source>
        <translation>harus berupa tabel, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="220"/>
        <source>the [{key}] table is required</source>
        <translation>tabel [{key}] wajib ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="226"/>
        <source>must be a table ([{key}]), got {value}</source>
        <translation>harus berupa tabel ([{key}]), tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="245"/>
        <source>no criterion belongs to stage {stage}</source>
        <translation>tidak ada kriteria yang termasuk tahap {stage}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="131"/>
        <source>must be one of {locales}, got {locale}</source>
        <translation>harus salah satu dari {locales}, tetapi berisi {locale}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="295"/>
        <source>at least one [[stages]] is needed when the key is present</source>
        <translation>diperlukan paling sedikit satu [[stages]] jika kunci ini dicantumkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="304"/>
        <source>(stage {id})</source>
        <translation>(tahap {id})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="314"/>
        <source>at least one stage needs a weight greater than 0</source>
        <translation>paling sedikit satu tahap harus memiliki bobot lebih besar dari 0</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="322"/>
        <source>at least one [[categories]] is required</source>
        <translation>wajib ada paling sedikit satu [[categories]]</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="329"/>
        <source>(category {id})</source>
        <translation>(kategori {id})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="342"/>
        <source>{label} already names category {category} (as id or name)</source>
        <translation>{label} sudah menjadi nama kategori {category} (sebagai id atau nama)</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="355"/>
        <source>at least one [[criteria]] is required</source>
        <translation>wajib ada paling sedikit satu [[criteria]]</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="373"/>
        <source>(criterion {id})</source>
        <translation>(kriteria {id})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="379"/>
        <source>is required when [[stages]] are declared</source>
        <translation>wajib diisi jika [[stages]] dicantumkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="384"/>
        <source>unknown stage {stage} (known: {known})</source>
        <translation>tahap {stage} tidak dikenal (yang dikenal: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="391"/>
        <source>unknown stage {stage}: no [[stages]] are declared</source>
        <translation>tahap {stage} tidak dikenal: tidak ada [[stages]] yang dicantumkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="407"/>
        <source>must be less than max ({min} ≥ {max})</source>
        <translation>harus lebih kecil dari max ({min} ≥ {max})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="419"/>
        <source>{step} does not divide the range {min}–{max} evenly</source>
        <translation>rentang {min}–{max} tidak habis dibagi {step}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="448"/>
        <source>unknown proposal section {section} (known: {known})</source>
        <translation>bagian proposal {section} tidak dikenal (yang dikenal: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="462"/>
        <source>must be an array of tables, got {value}</source>
        <translation>harus berupa larik tabel, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="487"/>
        <source>min {min} is greater than max {max}</source>
        <translation>min {min} lebih besar dari max {max}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="495"/>
        <source>{min}–{max} lies outside the criterion&apos;s scale {low}–{high}</source>
        <translation>{min}–{max} berada di luar skala kriteria {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="504"/>
        <source>overlaps {other} ({label})</source>
        <translation>tumpang tindih dengan {other} ({label})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="519"/>
        <source>unknown method {method} (expected one of: {methods})</source>
        <translation>metode {method} tidak dikenal (yang diterima: {methods})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="536"/>
        <source>must be a list of criterion ids</source>
        <translation>harus berupa daftar id kriteria</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="543"/>
        <source>unknown criterion {id}</source>
        <translation>kriteria {id} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="565"/>
        <location filename="../../judge_app/domain/definition.py" line="619"/>
        <source>must lie within 0–100, got {value}</source>
        <translation>harus berada dalam rentang 0–100, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="572"/>
        <source>bands must be strictly descending: {value} is not below the previous band&apos;s {previous}</source>
        <translation>predikat harus berurutan menurun: {value} tidak lebih kecil dari {previous} pada predikat sebelumnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="600"/>
        <source>must be a list of clause texts</source>
        <translation>harus berupa daftar teks butir</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="627"/>
        <source>unknown band {band} (known: {known})</source>
        <translation>predikat {band} tidak dikenal (yang dikenal: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="642"/>
        <source>must be a list of panel roles ({roles})</source>
        <translation>harus berupa daftar kedudukan dalam tim ({roles})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="654"/>
        <source>must look like #1a9850, got {value}</source>
        <translation>harus berbentuk seperti #1a9850, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="662"/>
        <source>must be a whole number, got {value}</source>
        <translation>harus berupa bilangan bulat, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="666"/>
        <source>must be {least} or more, got {value}</source>
        <translation>harus {least} atau lebih, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="672"/>
        <source>must be greater than 0, got {value}</source>
        <translation>harus lebih besar dari 0, tetapi berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="678"/>
        <source>a list</source>
        <translation>sebuah daftar</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="680"/>
        <source>a table</source>
        <translation>sebuah tabel</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="682"/>
        <source>true/false</source>
        <translation>benar/salah</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/definition.py" line="684"/>
        <source>text</source>
        <translation>teks</translation>
    </message>
</context>
<context>
    <name>definition_change</name>
    <message>
        <location filename="../../judge_app/secretariat/definition_change.py" line="74"/>
        <location filename="../../judge_app/secretariat/definition_change.py" line="87"/>
        <source>the new definition</source>
        <translation>definisi baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/definition_change.py" line="99"/>
        <source>Confirm that the packages will be re-issued to change the definition.</source>
        <translation>Tegaskan bahwa paket akan diterbitkan ulang untuk mengubah definisi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/definition_change.py" line="205"/>
        <source> (last written {time} UTC)</source>
        <translation> (terakhir dibuat {time} UTC)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/definition_change.py" line="210"/>
        <source>Packages were written for {count} judges ({judges}){when}: they carry the present definition. After this change every one of them needs a new package, and files returned from the old packages will be refused.</source>
        <translation>Paket sudah dibuat untuk {count} juri ({judges}){when}: paket itu membawa definisi yang berlaku. Setelah perubahan ini setiap juri tersebut memerlukan paket baru, dan berkas yang dikembalikan dari paket lama akan ditolak.</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/definition_change.py" line="219"/>
        <source>This master was made by an earlier version, which did not record whether packages were written. Packages given to judges carry the present definition: after this change every judge needs a new package, and files returned from the old packages will be refused.</source>
        <translation>Berkas induk ini dibuat oleh versi sebelumnya, yang tidak mencatat apakah paket sudah dibuat. Paket yang sudah diberikan kepada juri membawa definisi yang berlaku: setelah perubahan ini setiap juri memerlukan paket baru, dan berkas yang dikembalikan dari paket lama akan ditolak.</translation>
    </message>
</context>
<context>
    <name>desktop_integration</name>
    <message>
        <location filename="../../judge_app/base/desktop_integration.py" line="46"/>
        <source>on macOS the judge-app application declares its file type itself: move judge-app.app to Applications and open it once</source>
        <translation>di macOS aplikasi judge-app mendaftarkan jenis berkasnya sendiri: pindahkan judge-app.app ke Applications dan buka sekali</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/desktop_integration.py" line="103"/>
        <source>judge-app file</source>
        <translation>berkas judge-app</translation>
    </message>
</context>
<context>
    <name>entries</name>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="28"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="29"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="30"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="31"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="32"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="33"/>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="34"/>
        <source>Replicates</source>
        <translation>Replikasi dari</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="35"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="36"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="37"/>
        <source>Reason for withdrawal</source>
        <translation>Alasan penarikan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="43"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="59"/>
        <location filename="../../judge_app/secretariat/entries.py" line="141"/>
        <location filename="../../judge_app/secretariat/entries.py" line="220"/>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="66"/>
        <source>unknown category {category} (known: {known})</source>
        <translation>kategori {category} tidak dikenal (yang dikenal: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="80"/>
        <source>{link} is not a web address (http…)</source>
        <translation>{link} bukan alamat web (http…)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="87"/>
        <location filename="../../judge_app/secretariat/entries.py" line="145"/>
        <location filename="../../judge_app/secretariat/entries.py" line="237"/>
        <source>entry {code}</source>
        <translation>inovasi {code}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="95"/>
        <source>{master}: no entry with the code {code}</source>
        <translation>{master}: tidak ada inovasi dengan kode {code}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="174"/>
        <source>{code} holds scores of {judges}; withdraw it instead (its scores stay)</source>
        <translation>{code} sudah mempunyai nilai dari {judges}; tarik saja dari penilaian (nilainya tetap tersimpan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="179"/>
        <source>{code} has a declared conflict of interest ({judges}); withdraw it instead</source>
        <translation>{code} mempunyai konflik kepentingan yang dinyatakan ({judges}); tarik saja dari penilaian</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="185"/>
        <source>{code} was withdrawn from the round; a package that went out may hold it, so it stays in the file</source>
        <translation>{code} sudah ditarik dari penilaian; paket yang sudah dibagikan mungkin memuatnya, jadi inovasi ini tetap di berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="191"/>
        <source>{code} is assigned to {judges} and may already be in their packages (a score returned on a deleted entry could not be merged): withdraw it instead, or first remove its assignments if no package went out</source>
        <translation>{code} ditugaskan kepada {judges} dan mungkin sudah ada di paket mereka (nilai yang kembali untuk inovasi yang dihapus tidak dapat digabungkan): tarik saja dari penilaian, atau hapus dulu penugasannya bila belum ada paket yang dibagikan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/entries.py" line="233"/>
        <source>{code} is already used</source>
        <translation>{code} sudah dipakai</translation>
    </message>
</context>
<context>
    <name>entries_import</name>
    <message>
        <location filename="../../judge_app/interchange/entries_import.py" line="36"/>
        <source>row {row}, column code: empty code</source>
        <translation>baris {row}, kolom code: kode kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/entries_import.py" line="43"/>
        <source>row {row}, column code: duplicate code {code} (already on row {first} as {original})</source>
        <translation>baris {row}, kolom code: kode {code} ganda (sudah ada di baris {first} sebagai {original})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/entries_import.py" line="53"/>
        <source>row {row}, column title: empty title</source>
        <translation>baris {row}, kolom title: judul kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/entries_import.py" line="61"/>
        <source>row {row}, column category: unknown category {category} (known: {known})</source>
        <translation>baris {row}, kolom category: kategori {category} tidak dikenal (yang dikenal: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/entries_import.py" line="66"/>
        <source>row {row}, column category: unknown category empty (known: {known})</source>
        <translation>baris {row}, kolom category: kategori kosong (yang dikenal: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/entries_import.py" line="76"/>
        <source>row {row}, column link: {link} is not a web address (http…)</source>
        <translation>baris {row}, kolom link: {link} bukan alamat web (http…)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/entries_import.py" line="86"/>
        <source>no entries below the header row</source>
        <translation>tidak ada inovasi di bawah baris judul kolom</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../judge_app/base/errors.py" line="21"/>
        <source>{source}: 1 problem</source>
        <translation>{source}: 1 masalah</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="23"/>
        <source>{source}: {count} problems</source>
        <translation>{source}: {count} masalah</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="29"/>
        <source>  ... and {count} more</source>
        <translation>  ... dan {count} lainnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="63"/>
        <source>the disk is full; free some space and try again. Everything saved before is kept, and nothing was half-written</source>
        <translation>disk penuh; kosongkan sebagian ruang lalu coba lagi. Semua yang sudah disimpan sebelumnya tetap ada, dan tidak ada yang tertulis setengah jalan</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="69"/>
        <source>the file or its folder cannot be written to (read-only); copy the file to a folder you can write to</source>
        <translation>berkas atau foldernya tidak dapat ditulisi (hanya baca); salin berkas ke folder yang dapat Anda tulisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="75"/>
        <source>the disk could not be read or written (was the USB stick taken out?); put it back and open the file again. Everything saved before is kept</source>
        <translation>disk tidak dapat dibaca atau ditulisi (apakah flashdisk dicabut?); pasang kembali lalu buka lagi berkasnya. Semua yang sudah disimpan sebelumnya tetap ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="81"/>
        <source>the file is busy in another program; try again in a moment</source>
        <translation>berkas sedang digunakan oleh program lain; coba lagi sesaat lagi</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="83"/>
        <source>the file cannot be opened (moved, removed, or the USB stick was taken out)</source>
        <translation>berkas tidak dapat dibuka (dipindahkan, dihapus, atau flashdisk dicabut)</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="88"/>
        <source>the file could not be read or written ({error})</source>
        <translation>berkas tidak dapat dibaca atau ditulisi ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="106"/>
        <source>is a folder, not a file</source>
        <translation>merupakan folder, bukan berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="107"/>
        <source>a part of the path is not a folder</source>
        <translation>sebagian jalur berkas bukan folder</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="108"/>
        <source>already exists</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="109"/>
        <source>the name is too long</source>
        <translation>namanya terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="110"/>
        <source>the folder is not empty</source>
        <translation>folder tidak kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="99"/>
        <source>no permission to read or write it here; copy the file to a folder of your own</source>
        <translation>tidak ada izin untuk membaca atau menulisnya di sini; salin berkas ke folder milik Anda sendiri</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="105"/>
        <source>file not found</source>
        <translation>berkas tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/errors.py" line="113"/>
        <source>the disk is read-only</source>
        <translation>disk hanya dapat dibaca</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="82"/>
        <source>{folder}: folder not found</source>
        <translation>{folder}: folder tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="88"/>
        <source>{path}: this is the package itself; choose another folder (a USB stick or the folder the secretariat collects from)</source>
        <translation>{path}: ini paket itu sendiri; pilih folder lain (flashdisk atau folder tempat sekretariat mengumpulkan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="140"/>
        <source>{path}: already exists and is not an earlier hand-in of this package; move it away or choose another folder</source>
        <translation>{path}: sudah ada dan bukan serahan sebelumnya dari paket ini; pindahkan atau pilih folder lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="153"/>
        <source>{path}: the copy did not pass the check: {problems}</source>
        <translation>{path}: salinan tidak lolos pemeriksaan: {problems}</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="164"/>
        <source>{path}: the copy does not hold what the package holds; nothing was handed in. Try again, or another folder</source>
        <translation>{path}: isi salinan tidak sama dengan isi paket; tidak ada yang diserahkan. Coba lagi, atau folder lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="187"/>
        <source>revision {revision}, scores locked</source>
        <translation>revisi {revision}, nilai terkunci</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="191"/>
        <source>no (revision {revision} was reopened)</source>
        <translation>belum (revisi {revision} dibuka kembali)</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="195"/>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="200"/>
        <source>competition</source>
        <translation>kompetisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="201"/>
        <source>judge</source>
        <translation>juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="202"/>
        <source>declarations</source>
        <translation>pernyataan</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="204"/>
        <source>scores</source>
        <translation>nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="205"/>
        <source>{done} of {due}</source>
        <translation>{done} dari {due}</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="197"/>
        <source>signed</source>
        <translation>ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="197"/>
        <source>not signed</source>
        <translation>belum ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="207"/>
        <source>signature</source>
        <translation>tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="222"/>
        <source>The scores are not signed: revision {revision} was reopened and the changes since are not signed. Only signed scores count; sign them (Finalise and sign) and hand in again.</source>
        <translation>Nilai belum ditandatangani: revisi {revision} dibuka kembali dan perubahan sesudahnya belum ditandatangani. Hanya nilai yang ditandatangani yang dihitung; tandatangani (Finalisasi dan tandatangani) lalu serahkan lagi.</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/handin.py" line="228"/>
        <source>The scores are not signed yet. Only signed scores count; sign them (Finalise and sign) and hand in again.</source>
        <translation>Nilai belum ditandatangani. Hanya nilai yang ditandatangani yang dihitung; tandatangani (Finalisasi dan tandatangani) lalu serahkan lagi.</translation>
    </message>
</context>
<context>
    <name>judges</name>
    <message>
        <location filename="../../judge_app/domain/judges.py" line="54"/>
        <source>{where}: id {id} appears twice (also {other})</source>
        <translation>{where}: id {id} muncul dua kali (juga pada {other})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/judges.py" line="62"/>
        <source>{where}: NIP/NIK {nip} appears twice (also {other})</source>
        <translation>{where}: NIP/NIK {nip} muncul dua kali (juga pada {other})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/judges.py" line="84"/>
        <source>{where}: NIP/NIK {nip} is already registered to {id} ({name})</source>
        <translation>{where}: NIP/NIK {nip} sudah terdaftar atas nama {id} ({name})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/judges.py" line="109"/>
        <source>{where}: {id} ({name}) is already registered with this id</source>
        <translation>{where}: {id} ({name}) sudah terdaftar dengan id ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/judges.py" line="111"/>
        <source>{where}: {id} ({name}) is already registered with this NIP/NIK {nip}</source>
        <translation>{where}: {id} ({name}) sudah terdaftar dengan NIP/NIK {nip} ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/judges.py" line="114"/>
        <source>{where}: {id} ({name}) is already registered with this name</source>
        <translation>{where}: {id} ({name}) sudah terdaftar dengan nama ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/judges.py" line="124"/>
        <source>{count} judges are chair (ketua): {ids}</source>
        <translation>ada {count} juri berperan ketua (seharusnya satu): {ids}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/judges.py" line="126"/>
        <source>{count} judges are secretary (sekretaris): {ids}</source>
        <translation>{count} juri berkedudukan sebagai sekretaris: {ids}</translation>
    </message>
</context>
<context>
    <name>judges_import</name>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="42"/>
        <source>{value} was stored by Excel as a number and has lost digits; format the column as Text and type the NIP again</source>
        <translation>{value} disimpan oleh Excel sebagai angka sehingga sebagian digitnya hilang; ubah format kolom menjadi Text, lalu ketik ulang NIP</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="48"/>
        <source>{value} must contain only digits and spaces (NIP 18 digits, NIK 16)</source>
        <translation>{value} hanya boleh berisi angka dan spasi (NIP 18 digit, NIK 16 digit)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="52"/>
        <source>{value} has {count} digits; a NIP has 18 and a NIK 16</source>
        <translation>{value} terdiri atas {count} digit; NIP terdiri atas 18 digit dan NIK 16 digit</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="85"/>
        <source>{ids} is not a category of this competition (categories: {known})</source>
        <translation>{ids} bukan kelompok kompetisi ini (kelompok: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="101"/>
        <source>row {row}, column name: empty name</source>
        <translation>baris {row}, kolom name: nama kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="105"/>
        <source>row {row}, column id: {id} is not a valid id</source>
        <translation>baris {row}, kolom id: {id} bukan id yang sah</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="112"/>
        <source>row {row}, column nip: {problem}</source>
        <translation>baris {row}, kolom nip: {problem}</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="119"/>
        <source>row {row}, column role: {role} is not ketua, sekretaris or anggota</source>
        <translation>baris {row}, kolom role: {role} bukan ketua, sekretaris, atau anggota</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="129"/>
        <source>row {row}, column expertise: {problem}</source>
        <translation>baris {row}, kolom expertise: {problem}</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="140"/>
        <source>row {row}</source>
        <translation>baris {row}</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/judges_import.py" line="146"/>
        <source>no judges below the header row</source>
        <translation>tidak ada juri di bawah baris judul kolom</translation>
    </message>
</context>
<context>
    <name>judging</name>
    <message>
        <location filename="../../judge_app/judge/keys.py" line="49"/>
        <location filename="../../judge_app/judge/keys.py" line="73"/>
        <source>no signing key yet: sign the declarations first</source>
        <translation>belum ada kunci tanda tangan: tandatangani pernyataan terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/keys.py" line="78"/>
        <source>{source}: the secretariat retired this certificate; use another one</source>
        <translation>{source}: sertifikat ini telah dipensiunkan oleh sekretariat; gunakan sertifikat lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/keys.py" line="92"/>
        <source>{source}: this is not the certificate you registered when you signed the declarations (fingerprint {registered}); sign with that one, or ask the secretariat to register a new key (judge-app rekey)</source>
        <translation>{source}: ini bukan sertifikat yang Anda daftarkan saat menandatangani pernyataan (sidik jari {registered}); tandatangani dengan sertifikat itu, atau minta sekretariat mendaftarkan kunci baru (judge-app rekey)</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/declarations.py" line="77"/>
        <source>the place of signing is required (for example: Serang)</source>
        <translation>tempat penandatanganan wajib diisi (contoh: Serang)</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/declarations.py" line="84"/>
        <source>--conflict {code}: not an entry assigned to this judge</source>
        <translation>--conflict {code}: bukan inovasi yang ditugaskan kepada juri ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/declarations.py" line="193"/>
        <source>the signature image is not a readable PNG image</source>
        <translation>gambar tanda tangan bukan gambar PNG yang dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="75"/>
        <source>sign the integrity pact and the conflict-of-interest statement first (judge-app declare)</source>
        <translation>tandatangani pakta integritas dan pernyataan konflik kepentingan terlebih dahulu (judge-app declare)</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="83"/>
        <source>revision {revision} is already signed; reopen it to change scores</source>
        <translation>revisi {revision} sudah ditandatangani; buka kembali untuk mengubah nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="91"/>
        <source>not every score is in yet — missing {missing}; and {count} more</source>
        <translation>belum semua nilai diisi — yang belum: {missing}; dan {count} lainnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="97"/>
        <source>not every score is in yet — missing {missing}</source>
        <translation>belum semua nilai diisi — yang belum: {missing}</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="157"/>
        <source>revision {revision} is signed and locked, but the recap could not be written to {path} ({error}); write it again with: judge-app recap {package} -o FILE.pdf</source>
        <translation>revisi {revision} sudah ditandatangani dan dikunci, tetapi rekap tidak dapat ditulis ke {path} ({error}); tulis ulang dengan: judge-app recap {package} -o FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="171"/>
        <source>{path}: the recap is a PDF; give a file name ending in .pdf</source>
        <translation>{path}: rekap berupa PDF; berikan nama berkas yang berakhiran .pdf</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="177"/>
        <source>{path}: is a folder; give a file name ending in .pdf</source>
        <translation>{path}: merupakan folder; berikan nama berkas yang berakhiran .pdf</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="183"/>
        <source>{path}: that is the package itself</source>
        <translation>{path}: berkas ini adalah paket itu sendiri</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="187"/>
        <source>{path}: exists and is not a PDF; choose another name</source>
        <translation>{path}: sudah ada dan bukan PDF; pilih nama lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="193"/>
        <source>{folder}: folder not found</source>
        <translation>{folder}: folder tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="203"/>
        <source>nothing signed yet: finalise the scores first</source>
        <translation>belum ada yang ditandatangani: lakukan finalisasi nilai terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="207"/>
        <source>no signed recap for revision {revision}</source>
        <translation>tidak ada rekap bertanda tangan untuk revisi {revision}</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="219"/>
        <source>nothing to reopen: the scores are not signed</source>
        <translation>tidak ada yang dapat dibuka kembali: nilai belum ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/score_sheet.py" line="335"/>
        <source>no entries left to score on paper</source>
        <translation>tidak ada inovasi tersisa untuk dinilai di atas kertas</translation>
    </message>
</context>
<context>
    <name>key_policy</name>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="47"/>
        <source>judge {judge} revision {revision} is signed with the new key, but revisions up to {base} belong to the older key</source>
        <translation>revisi {revision} juri {judge} ditandatangani dengan kunci baru, padahal revisi sampai dengan {base} milik kunci yang lama</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="106"/>
        <source>judge {judge} revision {revision} is signed with a key the secretariat retired (re-registered); it is not accepted</source>
        <translation>revisi {revision} juri {judge} ditandatangani dengan kunci yang telah dipensiunkan oleh sekretariat (didaftarkan ulang); revisi ini tidak diterima</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="129"/>
        <source>judge {judge} signed with a key other than the registered one ({fingerprint}); if the judge really has a new key (lost laptop), compare this fingerprint with the judge and accept it (judge-app merge --accept-key {judge}=FINGERPRINT)</source>
        <translation>juri {judge} menandatangani dengan kunci selain kunci yang terdaftar ({fingerprint}); jika juri memang memiliki kunci baru (laptop hilang), cocokkan sidik jari ini dengan juri lalu terima kunci tersebut (judge-app merge --accept-key {judge}=FINGERPRINT)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="144"/>
        <source>judge {judge}&apos;s new key comes without the declarations signed with it; the judge signs them again in the new package</source>
        <translation>kunci baru juri {judge} datang tanpa pernyataan yang ditandatangani dengan kunci itu; juri menandatangani kembali pernyataan tersebut dalam paket baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="158"/>
        <source>judge {judge} revision {revision} is signed with the replaced key after its last revision {base}</source>
        <translation>revisi {revision} juri {judge} ditandatangani dengan kunci yang sudah diganti, setelah revisi terakhir kunci itu ({base})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="189"/>
        <source>judge {judge} appears with {count} different keys in these files; none is registered until the secretariat confirms one with the judge (judge-app merge --accept-key {judge}=FINGERPRINT)</source>
        <translation>juri {judge} muncul dengan {count} kunci berbeda dalam berkas-berkas ini; tidak satu pun didaftarkan sampai sekretariat mengonfirmasi salah satunya dengan juri (judge-app merge --accept-key {judge}=FINGERPRINT)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="206"/>
        <source>judge {judge}: this file tells a key history that the file holding the current key does not confirm</source>
        <translation>juri {judge}: berkas ini memuat riwayat kunci yang tidak dikonfirmasi oleh berkas yang memuat kunci saat ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="217"/>
        <source>judge {judge} signed with a key other than the current one ({fingerprint}); if it is the judge&apos;s, confirm it (judge-app merge --accept-key {judge}=FINGERPRINT)</source>
        <translation>juri {judge} menandatangani dengan kunci selain kunci saat ini ({fingerprint}); jika kunci itu milik juri, konfirmasikan (judge-app merge --accept-key {judge}=FINGERPRINT)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="230"/>
        <source>judge {judge}: these files disagree on a retired key&apos;s history</source>
        <translation>juri {judge}: berkas-berkas ini tidak sepakat tentang riwayat kunci yang dipensiunkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="240"/>
        <source>judge {judge} revision {revision} is signed with a retired key after its last revision {last}</source>
        <translation>revisi {revision} juri {judge} ditandatangani dengan kunci yang sudah dipensiunkan, setelah revisi terakhir kunci itu ({last})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/key_policy.py" line="257"/>
        <source>judge {judge}&apos;s key comes without the declarations signed with it</source>
        <translation>kunci juri {judge} datang tanpa pernyataan yang ditandatangani dengan kunci itu</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../judge_app/integrity/keys.py" line="114"/>
        <source>the passphrase must have at least {count} characters</source>
        <translation>frasa sandi harus terdiri atas sekurang-kurangnya {count} karakter</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/keys.py" line="127"/>
        <source>the passphrase contains characters that cannot be used</source>
        <translation>frasa sandi mengandung karakter yang tidak dapat digunakan</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/keys.py" line="142"/>
        <source>{path}: a key already exists for {name}</source>
        <translation>{path}: kunci untuk {name} sudah ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/keys.py" line="201"/>
        <source>no private key for {name} on this computer ({path}); sign on the laptop that made the declarations, or ask the secretariat to re-register you</source>
        <translation>tidak ada kunci privat untuk {name} di komputer ini ({path}); tandatangani di laptop yang dipakai untuk membuat pernyataan, atau minta sekretariat mendaftarkan ulang Anda</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/keys.py" line="211"/>
        <source>{path}: this key does not match the certificate in the file</source>
        <translation>{path}: kunci ini tidak cocok dengan sertifikat di dalam berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/keys.py" line="231"/>
        <source>{path}: the key file is damaged (it is not a complete key)</source>
        <translation>{path}: berkas kunci rusak (kuncinya tidak lengkap)</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/keys.py" line="240"/>
        <source>wrong passphrase for the signing key; try again</source>
        <translation>frasa sandi kunci tanda tangan salah; coba lagi</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/keys.py" line="243"/>
        <source>{path}: the key file is damaged and cannot be read</source>
        <translation>{path}: berkas kunci rusak dan tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/keys.py" line="249"/>
        <source>{path}: not a judge-app signing key</source>
        <translation>{path}: bukan kunci tanda tangan judge-app</translation>
    </message>
</context>
<context>
    <name>material_import</name>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="47"/>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="58"/>
        <source>entry {code}, file {file}</source>
        <translation>inovasi {code}, berkas {file}</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="79"/>
        <source>unsupported type {suffix} (accepted: {known})</source>
        <translation>jenis {suffix} tidak didukung (yang diterima: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="80"/>
        <source>(no extension)</source>
        <translation>(tanpa ekstensi)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="87"/>
        <source>a video file; videos are left out unless the secretariat asks for them (--video, or &apos;Include video files&apos; in the window)</source>
        <translation>berkas video; video tidak diikutkan kecuali sekretariat memintanya (--video, atau &apos;Sertakan berkas video&apos; di jendela)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="98"/>
        <source>{size} MB is over the limit of {limit} MB per file</source>
        <translation>{size} MB melebihi batas {limit} MB per berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="104"/>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="109"/>
        <source>cannot be read ({error})</source>
        <translation>tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="119"/>
        <source>damaged or unreadable PDF ({reason})</source>
        <translation>PDF rusak atau tidak terbaca ({reason})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="129"/>
        <source>damaged or unreadable image ({reason})</source>
        <translation>gambar rusak atau tidak terbaca ({reason})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="149"/>
        <source>it does not start as a PDF does</source>
        <translation>awal berkasnya bukan awal PDF</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="155"/>
        <source>it is password-protected</source>
        <translation>dilindungi kata sandi</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/material_files.py" line="160"/>
        <source>it has no pages</source>
        <translation>tidak punya halaman</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/sections_import.py" line="51"/>
        <source>{file}: no proposal section columns (accepted: {known})</source>
        <translation>{file}: tidak ada kolom bagian proposal (yang diterima: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/sections_import.py" line="61"/>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="61"/>
        <source>{file}, row {row}, column code</source>
        <translation>{file}, baris {row}, kolom kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/sections_import.py" line="65"/>
        <source>empty code</source>
        <translation>kode kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/sections_import.py" line="70"/>
        <source>unknown entry code {code}</source>
        <translation>kode inovasi {code} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/sections_import.py" line="76"/>
        <source>entry {code} again (already on row {row})</source>
        <translation>inovasi {code} muncul lagi (sudah ada di baris {row})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/material.py" line="67"/>
        <source>not a folder (one subfolder per entry code)</source>
        <translation>bukan folder (harus berisi satu subfolder per kode inovasi)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/material.py" line="79"/>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="59"/>
        <source>entry {code}, folder {folder}: no files</source>
        <translation>inovasi {code}, folder {folder}: tidak ada berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/material.py" line="94"/>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="63"/>
        <source>entry {code}: no material (no folder {code} in {source} and no sections in the sections file)</source>
        <translation>inovasi {code}: tidak ada materi (tidak ada folder {code} di {source} dan tidak ada bagian proposal di berkas bagian)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/material.py" line="112"/>
        <source>entry {code}, file {file}: changed while it was being imported; import again</source>
        <translation>inovasi {code}, berkas {file}: berubah saat sedang diimpor; impor lagi</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/material.py" line="182"/>
        <source>several spreadsheets at the top of the folder ({files}); name the sections file (--sections FILE)</source>
        <translation>ada beberapa lembar kerja di tingkat teratas folder ({files}); sebutkan berkas bagian proposal (--sections BERKAS)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/material.py" line="205"/>
        <source>{file}: a file outside the entries&apos; folders (each entry&apos;s files go in a folder named for its code)</source>
        <translation>{file}: berkas di luar folder inovasi (berkas tiap inovasi masuk ke folder yang dinamai dengan kodenya)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/material.py" line="215"/>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="62"/>
        <source>folder {folder}: unknown entry code (no entry {folder})</source>
        <translation>folder {folder}: kode inovasi tidak dikenal (tidak ada inovasi {folder})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/material.py" line="221"/>
        <location filename="../../judge_app/ui/material_import_dialog.py" line="60"/>
        <source>folder {folder}: entry {code} has two folders</source>
        <translation>folder {folder}: inovasi {code} punya dua folder</translation>
    </message>
</context>
<context>
    <name>merge_status</name>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="26"/>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="27"/>
        <source>ignored</source>
        <translation>diabaikan</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="28"/>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="29"/>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
</context>
<context>
    <name>merging</name>
    <message>
        <location filename="../../judge_app/store/merging.py" line="178"/>
        <source>{table}: a row refers to a judge or entry the master lacks</source>
        <translation>{table}: ada baris yang merujuk ke juri atau inovasi yang tidak ada di berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/merging.py" line="184"/>
        <source>merge refused, nothing was changed: {problems}</source>
        <translation>penggabungan ditolak, tidak ada yang diubah: {problems}</translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="150"/>
        <source>mean</source>
        <translation>rata-rata</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="151"/>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="152"/>
        <source>trimmed mean</source>
        <translation>rata-rata terpangkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/cli/secretariat_commands.py" line="153"/>
        <source>z-score, normalised per judge</source>
        <translation>skor-z, dinormalisasi per juri</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../judge_app/domain/model.py" line="61"/>
        <source>{min}–{max} in steps of {step}</source>
        <translation>{min}–{max}, kelipatan {step}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/model.py" line="68"/>
        <source>not a number</source>
        <translation>bukan angka</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/model.py" line="70"/>
        <source>{value} is outside the allowed range {scale}</source>
        <translation>{value} di luar rentang yang diizinkan ({scale})</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/model.py" line="75"/>
        <source>{value} is not allowed: whole numbers only, {scale}</source>
        <translation>{value} tidak diizinkan: hanya bilangan bulat, {scale}</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/model.py" line="78"/>
        <source>{value} is not allowed: {scale}</source>
        <translation>{value} tidak diizinkan: {scale}</translation>
    </message>
</context>
<context>
    <name>package_reads</name>
    <message>
        <location filename="../../judge_app/store/package_reads.py" line="140"/>
        <source>judge {judge}: not a judge of this master</source>
        <translation>juri {judge}: bukan juri pada berkas induk ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/package_reads.py" line="146"/>
        <source>judge {judge}: scores are locked</source>
        <translation>juri {judge}: nilai terkunci</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/package_reads.py" line="156"/>
        <source>judge {judge}: a score on {entry}, declared a conflict of interest</source>
        <translation>juri {judge}: terdapat nilai untuk {entry}, padahal telah dinyatakan konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/package_reads.py" line="177"/>
        <source>judge {judge}: a score of stage {stage} on {entry}, a stage not assigned to this judge</source>
        <translation>juri {judge}: nilai tahap {stage} pada {entry}, tahap yang tidak ditugaskan kepada juri ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/package_reads.py" line="187"/>
        <source>judge {judge}: a score on {value}, not an entry of this master</source>
        <translation>juri {judge}: terdapat nilai untuk {value}, yang bukan inovasi pada berkas induk ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/package_reads.py" line="194"/>
        <source>judge {judge}: a score on {value}, not a criterion of this master</source>
        <translation>juri {judge}: terdapat nilai untuk {value}, yang bukan kriteria pada berkas induk ini</translation>
    </message>
</context>
<context>
    <name>pdf_sign</name>
    <message>
        <location filename="../../judge_app/integrity/pdf_sign.py" line="250"/>
        <source>not a readable PDF ({error})</source>
        <translation>bukan PDF yang dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/pdf_sign.py" line="253"/>
        <source>the PDF carries no signature</source>
        <translation>PDF tidak memuat tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/pdf_sign.py" line="285"/>
        <source>the document was changed after it was signed</source>
        <translation>dokumen diubah setelah ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/pdf_sign.py" line="287"/>
        <source>the signature does not match the signer&apos;s key</source>
        <translation>tanda tangan tidak cocok dengan kunci penanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/pdf_sign.py" line="289"/>
        <source>the signature does not cover the whole document</source>
        <translation>tanda tangan tidak mencakup seluruh dokumen</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/pdf_sign.py" line="291"/>
        <source>a later revision changed the document after this signature (its content, pages or annotations), not only added signatures</source>
        <translation>revisi berikutnya mengubah dokumen setelah tanda tangan ini (isi, halaman, atau anotasinya), bukan hanya menambahkan tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/pdf_sign.py" line="297"/>
        <source>later revisions only add signatures, timestamps or validation data</source>
        <translation>revisi berikutnya hanya menambahkan tanda tangan, cap waktu, atau data validasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/pdf_sign.py" line="314"/>
        <source>signature unreadable ({error})</source>
        <translation>tanda tangan tidak dapat dibaca ({error})</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="217"/>
        <source>judge {judge} revision {revision} exists with different contents; it counts nowhere until the secretariat settles it</source>
        <translation>revisi {revision} juri {judge} terdapat dalam dua versi yang isinya berbeda; revisi ini tidak dihitung di mana pun sampai sekretariat menyelesaikannya</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="263"/>
        <source>judge {judge} revision {revision}: signed with a key that file retired; left out</source>
        <translation>revisi {revision} juri {judge}: ditandatangani dengan kunci yang telah dipensiunkan oleh berkas itu; tidak diikutsertakan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="271"/>
        <source>judge {judge} revision {revision} is already in the master</source>
        <translation>revisi {revision} juri {judge} sudah ada di berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="282"/>
        <source>judge {judge} revision {revision} added</source>
        <translation>revisi {revision} juri {judge} ditambahkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="302"/>
        <source>judge {judge} revision {revision} scored {count} entries on other proposal material than the master holds now: {entries}</source>
        <translation>juri {judge} revisi {revision} menilai {count} inovasi dengan materi proposal yang berbeda dari yang kini ada di berkas induk: {entries}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="338"/>
        <source>judge {judge} registered with certificate {fingerprint}</source>
        <translation>juri {judge} didaftarkan dengan sertifikat {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="357"/>
        <source>judge {judge}: unsigned draft, {done} of {due} scores (progress only)</source>
        <translation>juri {judge}: draf belum bertanda tangan, {done} dari {due} nilai (hanya dicatat sebagai kemajuan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="419"/>
        <source>{path}: a file of another competition</source>
        <translation>{path}: berkas dari kompetisi lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="425"/>
        <source>{path}: made with the competition definition the master held before it was changed on {date}; the judge needs a new package</source>
        <translation>{path}: dibuat dengan definisi kompetisi yang dipakai berkas induk sebelum diubah pada {date}; juri memerlukan paket baru</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="432"/>
        <source>{path}: made with a different competition definition</source>
        <translation>{path}: dibuat dengan definisi kompetisi yang berbeda</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="445"/>
        <source>{path}: the file changed while it was being merged; merge again</source>
        <translation>{path}: berkas berubah saat sedang digabungkan; lakukan penggabungan lagi</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/merge/plan.py" line="485"/>
        <source>judge {judge} is not registered in this master</source>
        <translation>juri {judge} tidak terdaftar di berkas induk ini</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../judge_app/base/progress.py" line="30"/>
        <source>cancelled; nothing was changed</source>
        <translation>dibatalkan; tidak ada yang berubah</translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <location filename="../../judge_app/store/repository.py" line="109"/>
        <source>the file holds no competition definition</source>
        <translation>berkas tidak memuat definisi kompetisi</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/definition_change.py" line="115"/>
        <location filename="../../judge_app/store/repository.py" line="115"/>
        <source>stored definition</source>
        <translation>definisi tersimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/repository.py" line="143"/>
        <source>unknown entry {entry}</source>
        <translation>inovasi {entry} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/repository.py" line="392"/>
        <source>unknown judge {judge} (registered: none)</source>
        <translation>juri {judge} tidak dikenal (terdaftar: tidak ada)</translation>
    </message>
    <message>
        <location filename="../../judge_app/store/repository.py" line="397"/>
        <source>unknown judge {judge} (registered: {known})</source>
        <translation>juri {judge} tidak dikenal (terdaftar: {known})</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../judge_app/secretariat/documents.py" line="312"/>
        <source>The Berita Acara needs its number (Nomor) before it is signed: a signed blank can never be filled in.</source>
        <translation>Berita Acara memerlukan nomor sebelum ditandatangani: nomor kosong yang sudah ditandatangani tidak dapat diisi kemudian.</translation>
    </message>
</context>
<context>
    <name>returned_file</name>
    <message>
        <location filename="../../judge_app/judge/returned_file.py" line="24"/>
        <source>{path}: saves not yet in the file itself lie in {side} beside it ({kb} KB); they are read here, but a copy of {name} alone lacks them. Ask the judge for a hand-in (File → Return to the secretariat…)</source>
        <translation>{path}: simpanan yang belum masuk ke berkas itu sendiri ada di {side} di sampingnya ({kb} KB); di sini ikut dibaca, tetapi salinan {name} saja tidak memuatnya. Mintalah juri menyerahkannya dengan Berkas → Kembalikan ke sekretariat…</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/returned_file.py" line="33"/>
        <source>{path}: a save was interrupted ({side} beside it); opening the file undoes that save, but a copy of {name} alone may be damaged. Ask the judge for a hand-in (File → Return to the secretariat…)</source>
        <translation>{path}: ada penyimpanan yang terputus ({side} di sampingnya); membuka berkas membatalkan penyimpanan itu, tetapi salinan {name} saja mungkin rusak. Mintalah juri menyerahkannya dengan Berkas → Kembalikan ke sekretariat…</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/returned_file.py" line="42"/>
        <source>{path}: last saved by an earlier judge-app, which kept the latest saves in a separate {name}-wal file; if only {name} was copied, the latest saves may be missing. Compare with the judge&apos;s signed recap, or ask for a hand-in</source>
        <translation>{path}: terakhir disimpan oleh judge-app versi lama, yang menyimpan perubahan terbaru di berkas terpisah {name}-wal; bila hanya {name} yang disalin, simpanan terbaru mungkin tidak ada. Bandingkan dengan rekap bertanda tangan juri, atau mintalah juri menyerahkannya lagi</translation>
    </message>
</context>
<context>
    <name>scores</name>
    <message>
        <location filename="../../judge_app/store/scores.py" line="101"/>
        <source>conflict of interest: this judge may not score this entry</source>
        <translation>konflik kepentingan: juri ini tidak boleh menilai inovasi ini</translation>
    </message>
</context>
<context>
    <name>scores_csv</name>
    <message>
        <location filename="../../judge_app/judge/scores_csv.py" line="48"/>
        <source>row {row}: {entry}/{criterion} appears twice (also on row {other})</source>
        <translation>baris {row}: {entry}/{criterion} muncul dua kali (juga di baris {other})</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/scores_csv.py" line="62"/>
        <source>row {row}, column value: {problem}</source>
        <translation>baris {row}, kolom value: {problem}</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/scores_csv.py" line="69"/>
        <source>row {row}, column value: empty value</source>
        <translation>baris {row}, kolom value: nilai kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/scores_csv.py" line="75"/>
        <source>row {row}, column {column}: {problem}</source>
        <translation>baris {row}, kolom {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../judge_app/judge/scores_csv.py" line="88"/>
        <source>no scores below the header row</source>
        <translation>tidak ada nilai di bawah baris judul kolom</translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <location filename="../../judge_app/domain/scoring.py" line="23"/>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/domain/scoring.py" line="26"/>
        <source>{text} is not a number</source>
        <translation>{text} bukan angka</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <location filename="../../judge_app/base/screen_check.py" line="185"/>
        <source>the window cannot open: Qt needs system libraries that are missing ({libraries}); install them with: {command}</source>
        <translation>jendela tidak dapat dibuka: Qt memerlukan pustaka sistem yang belum terpasang ({libraries}); pasang dengan: {command}</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/screen_check.py" line="190"/>
        <source>the window cannot open: Qt needs system libraries that are missing ({libraries}); install the packages that provide them</source>
        <translation>jendela tidak dapat dibuka: Qt memerlukan pustaka sistem yang belum terpasang ({libraries}); pasang paket yang menyediakannya</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/screen_check.py" line="196"/>
        <source>no screen to open the window on (DISPLAY is not set): start judge-app in a desktop session, or run a command instead (judge-app --help)</source>
        <translation>tidak ada layar untuk membuka jendela (DISPLAY tidak diatur): jalankan judge-app di sesi desktop, atau gunakan perintah (judge-app --help)</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/screen_check.py" line="202"/>
        <source>no screen to open the window on: the display {display} does not answer (is the desktop session still running?)</source>
        <translation>tidak ada layar untuk membuka jendela: layar {display} tidak menjawab (apakah sesi desktop masih berjalan?)</translation>
    </message>
</context>
<context>
    <name>secretariat_services</name>
    <message>
        <location filename="../../judge_app/secretariat/keys.py" line="60"/>
        <source>a reason is required (it is kept in the audit log)</source>
        <translation>alasan wajib diisi (alasan disimpan dalam log audit)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/keys.py" line="67"/>
        <source>judge {id} has no registered key yet; the first accepted declarations will register one</source>
        <translation>juri {id} belum memiliki kunci terdaftar; pernyataan pertama yang diterima akan mendaftarkan kuncinya</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/officials.py" line="31"/>
        <source>--line: at most {count} lines, got {got}</source>
        <translation>--line: paling banyak {count} baris, tertulis {got}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/officials.py" line="38"/>
        <source>line {number}: longer than 150 characters</source>
        <translation>baris {number}: lebih dari 150 karakter</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/officials.py" line="44"/>
        <source>line {number}: contains a control character</source>
        <translation>baris {number}: berisi karakter kendali</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/officials.py" line="56"/>
        <source>{file}: larger than 1 MB</source>
        <translation>{file}: lebih besar dari 1 MB</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/officials.py" line="60"/>
        <source>{file}: not a PNG or JPEG image</source>
        <translation>{file}: bukan gambar PNG atau JPEG</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/officials.py" line="102"/>
        <source>{role} is not one of: {roles}</source>
        <translation>{role} bukan salah satu dari: {roles}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/trust.py" line="113"/>
        <source>{fingerprint}: not a fingerprint (at least 8 hexadecimal digits)</source>
        <translation>{fingerprint}: bukan sidik jari (minimal 8 digit heksadesimal)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/trust.py" line="126"/>
        <source>{master}: no trusted certificate or revocation list has fingerprint {fingerprint}</source>
        <translation>{master}: tidak ada sertifikat tepercaya atau daftar pencabutan dengan sidik jari {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/trust.py" line="134"/>
        <source>{fingerprint} is the start of {count} fingerprints; give more of it</source>
        <translation>{fingerprint} adalah awal dari {count} sidik jari; tuliskan lebih panjang</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../judge_app/secretariat/setup.py" line="40"/>
        <source>no template named {name} (available: {known})</source>
        <translation>tidak ada templat bernama {name} (yang tersedia: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/setup.py" line="57"/>
        <source>template {name}</source>
        <translation>templat {name}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/setup.py" line="64"/>
        <source>not UTF-8 text ({reason})</source>
        <translation>bukan teks UTF-8 ({reason})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/info.py" line="56"/>
        <location filename="../../judge_app/secretariat/setup.py" line="60"/>
        <source>{path}: file not found</source>
        <translation>{path}: berkas tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="73"/>
        <source>--name: must not be empty</source>
        <translation>--name: tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="76"/>
        <source>--id: {id} is not a valid id (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>--id: {id} bukan id yang sah (huruf, angka, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="84"/>
        <source>--role: {role} is not ketua, sekretaris or anggota</source>
        <translation>--role: {role} bukan ketua, sekretaris, atau anggota</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="122"/>
        <source>name: must not be empty</source>
        <translation>nama: tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="124"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="125"/>
        <source>position</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="126"/>
        <source>institution</source>
        <translation>instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="127"/>
        <source>rank</source>
        <translation>pangkat/golongan</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="128"/>
        <source>region</source>
        <translation>daerah</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="137"/>
        <source>role: {role} is not ketua, sekretaris or anggota</source>
        <translation>peran: {role} bukan ketua, sekretaris, atau anggota</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="144"/>
        <source>expertise: {problem}</source>
        <translation>keahlian: {problem}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="189"/>
        <source>{master}: {id} ({name}) already has scores or declarations in this master and cannot be removed</source>
        <translation>{master}: {id} ({name}) sudah memiliki nilai atau pernyataan dalam berkas induk ini dan tidak dapat dihapus</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="211"/>
        <source>{master}: no judges registered yet (judge-app judges add)</source>
        <translation>{master}: belum ada juri yang terdaftar (judge-app judges add)</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="228"/>
        <source>{master}: the assignments come from {name}; without --csv every judge would get every entry. Add the new judges or entries to {name} and run judge-app assign {master} --csv {name}, or use --everyone on purpose</source>
        <translation>{master}: penugasan berasal dari {name}; tanpa --csv setiap juri akan mendapat semua inovasi. Tambahkan juri atau inovasi baru ke {name} lalu jalankan judge-app assign {master} --csv {name}, atau gunakan --everyone dengan sengaja</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="247"/>
        <source>judge {judge} already has scores for entry {entry}; keep it assigned</source>
        <translation>juri {judge} sudah memiliki nilai untuk inovasi {entry}; pertahankan penugasannya</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="265"/>
        <source>{master}: the assignments were changed by hand; without --csv or --per-entry every judge would get every entry. Use --everyone on purpose</source>
        <translation>{master}: penugasan telah diubah secara manual; tanpa --csv atau --per-entry setiap juri akan mendapat semua inovasi. Gunakan --everyone dengan sengaja</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/panel.py" line="270"/>
        <source>{master}: the assignments were planned automatically ({options}); without --per-entry every judge would get every entry. Run judge-app assign {master} {options} again, or use --everyone on purpose</source>
        <translation>{master}: penugasan disusun otomatis ({options}); tanpa --per-entry setiap juri akan mendapat semua inovasi. Jalankan lagi judge-app assign {master} {options}, atau gunakan --everyone dengan sengaja</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/packages.py" line="61"/>
        <source>unknown judge {id} (known: {known})</source>
        <translation>juri {id} tidak dikenal (yang terdaftar: {known})</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/packages.py" line="62"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/packages.py" line="67"/>
        <source>judge {id} has no assigned entries; run: judge-app assign {master}</source>
        <translation>juri {id} belum mendapat penugasan inovasi; jalankan: judge-app assign {master}</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/packages.py" line="73"/>
        <source>judge {id} has already returned signed scores to this master; a new package (lost laptop) needs the judge&apos;s key re-registered first: judge-app rekey {master} {id} --reason TEXT</source>
        <translation>juri {id} sudah mengembalikan nilai bertanda tangan ke berkas induk ini; paket baru (laptop hilang) memerlukan pendaftaran ulang kunci juri terlebih dahulu: judge-app rekey {master} {id} --reason TEXT</translation>
    </message>
    <message>
        <location filename="../../judge_app/secretariat/packages.py" line="82"/>
        <source>{path}: already exists; choose another name or remove it first</source>
        <translation>{path}: sudah ada; pilih nama lain atau hapus berkas tersebut terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../judge_app/demo.py" line="66"/>
        <source>{folder}: folder is not empty and holds no demo; choose a new or empty folder</source>
        <translation>{folder}: folder tidak kosong dan tidak berisi demo; pilih folder baru atau kosong</translation>
    </message>
    <message>
        <location filename="../../judge_app/demo.py" line="139"/>
        <source>{folder}: holds files but no demo package; remove the folder</source>
        <translation>{folder}: berisi berkas tetapi tidak ada paket demo; hapus folder tersebut</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="40"/>
        <source>the file is open read-only here: it is open for changes in another window</source>
        <translation>berkas ini terbuka hanya baca di sini: berkas sedang dibuka untuk diubah di jendela lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="93"/>
        <source>{path}: the package names no judge; it may be damaged</source>
        <translation>{path}: paket tidak menyebutkan juri; berkas mungkin rusak</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="158"/>
        <source>{path}: the file is no longer where it was opened (removed, renamed, or the USB stick was taken out). Everything saved up to now is in it; put it back and open it again. Nothing more was written</source>
        <translation>{path}: berkas tidak lagi berada di tempat semula saat dibuka (dihapus, diganti namanya, atau flashdisk dicabut). Semua yang tersimpan sampai saat ini ada di dalamnya; pasang kembali lalu buka lagi. Tidak ada lagi yang ditulis</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="197"/>
        <source>{name} of entry {code} is listed but not in this file (a hand-in or a backup carries no material); open the package the secretariat gave you</source>
        <translation>{name} milik inovasi {code} tercatat tetapi tidak ada di berkas ini (serahan atau cadangan tidak membawa materi); buka paket yang diberikan sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="205"/>
        <source>{name} of entry {code} is damaged in this file (its SHA-256 differs from the one recorded); ask the secretariat for a new package</source>
        <translation>{name} milik inovasi {code} rusak di berkas ini (SHA-256-nya berbeda dari yang tercatat); mintalah paket baru kepada sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="302"/>
        <source>sign the integrity pact and conflict-of-interest statement first</source>
        <translation>tandatangani pakta integritas dan pernyataan konflik kepentingan terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="308"/>
        <source>revision {revision} is signed and locked; reopen it to change scores</source>
        <translation>revisi {revision} sudah ditandatangani dan dikunci; buka kembali untuk mengubah nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="314"/>
        <location filename="../../judge_app/sessions/package.py" line="377"/>
        <source>entry {code} is not assigned to this judge</source>
        <translation>inovasi {code} tidak ditugaskan kepada juri ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="318"/>
        <source>unknown criterion {criterion}</source>
        <translation>kriteria {criterion} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="322"/>
        <source>entry {code} is marked as a conflict of interest</source>
        <translation>inovasi {code} ditandai sebagai konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="336"/>
        <source>stage {stage} of entry {code} is not assigned to this judge</source>
        <translation>tahap {stage} inovasi {code} tidak ditugaskan kepada juri ini</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="371"/>
        <location filename="../../judge_app/sessions/package.py" line="395"/>
        <source>revision {revision} is signed; reopen it first</source>
        <translation>revisi {revision} sudah ditandatangani; buka kembali terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../judge_app/sessions/package.py" line="382"/>
        <source>a conflict of interest needs a reason</source>
        <translation>konflik kepentingan memerlukan alasan</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <location filename="../../judge_app/integrity/sheet.py" line="87"/>
        <source>entry {entry}, criterion {criterion}: not in the signed sheet, file has {value}</source>
        <translation>inovasi {entry}, kriteria {criterion}: tidak ada di lembar bertanda tangan, berkas berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/sheet.py" line="95"/>
        <source>entry {entry}, criterion {criterion}: signed sheet says {value}, the file has no score</source>
        <translation>inovasi {entry}, kriteria {criterion}: lembar bertanda tangan menyebut {value}, berkas tidak berisi nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/sheet.py" line="103"/>
        <source>entry {entry}, criterion {criterion}: signed sheet says {signed}, the file has {value}</source>
        <translation>inovasi {entry}, kriteria {criterion}: lembar bertanda tangan menyebut {signed}, berkas berisi {value}</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/sheet.py" line="111"/>
        <source>entry {entry}, criterion {criterion}: the note differs from the signed sheet</source>
        <translation>inovasi {entry}, kriteria {criterion}: catatan berbeda dari lembar bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/sheet.py" line="121"/>
        <source>entry {entry}: conflict of interest declared since signing</source>
        <translation>inovasi {entry}: konflik kepentingan dinyatakan sesudah penandatanganan</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/sheet.py" line="127"/>
        <source>entry {entry}: conflict of interest no longer declared since signing</source>
        <translation>inovasi {entry}: konflik kepentingan tidak lagi dinyatakan sesudah penandatanganan</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/sheet.py" line="133"/>
        <source>entry {entry}: the reason for the conflict of interest was changed</source>
        <translation>inovasi {entry}: alasan konflik kepentingan telah diubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/sheet.py" line="141"/>
        <source>entry {entry}: the proposal material differs from the version the signed sheet names</source>
        <translation>inovasi {entry}: materi proposal berbeda dari versi yang disebut lembar bertanda tangan</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <location filename="../../judge_app/store/signing.py" line="101"/>
        <source>judge {judge} has no registered key</source>
        <translation>juri {judge} belum memiliki kunci terdaftar</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="46"/>
        <source>is a folder, not a CSV or XLSX file</source>
        <translation>adalah folder, bukan berkas CSV atau XLSX</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="49"/>
        <source>file not found</source>
        <translation>berkas tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="72"/>
        <source>the file has no header row (it is empty)</source>
        <translation>berkas tidak memiliki baris judul kolom (berkas kosong)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="93"/>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>bukan berkas teks (berisi byte NUL)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="104"/>
        <source>cannot read the text: not UTF-8 or Windows-1252 (byte 0x{byte:02X} at offset {offset}); save it from Excel as &apos;CSV UTF-8&apos;</source>
        <translation>teks tidak dapat dibaca: bukan UTF-8 atau Windows-1252 (byte 0x{byte:02X} pada posisi {offset}); simpan dari Excel sebagai &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="126"/>
        <source>row {row}: malformed CSV ({error})</source>
        <translation>baris {row}: format CSV rusak ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="161"/>
        <source>not a readable XLSX workbook (it looks like text: save it as .csv)</source>
        <translation>bukan buku kerja XLSX yang dapat dibaca (isinya tampak berupa teks: simpan sebagai .csv)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="165"/>
        <source>not a readable XLSX workbook</source>
        <translation>bukan buku kerja XLSX yang dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="170"/>
        <source>not a readable XLSX workbook ({error})</source>
        <translation>bukan buku kerja XLSX yang dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="177"/>
        <source>the workbook has no worksheet with cells</source>
        <translation>buku kerja tidak memiliki lembar kerja yang berisi sel</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="184"/>
        <source>cells {cells} are merged: unmerge them and fill in every cell (only the first cell of a merged range holds its text)</source>
        <translation>sel {cells} digabung: pisahkan kembali (unmerge) dan isi setiap sel (hanya sel pertama dari rentang yang digabung yang menyimpan teks)</translation>
    </message>
    <message>
        <location filename="../../judge_app/interchange/tables.py" line="200"/>
        <source>the workbook is damaged near row {row} ({error})</source>
        <translation>buku kerja rusak di sekitar baris {row} ({error})</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <location filename="../../judge_app/files/trust_sources.py" line="47"/>
        <source>{file}: holds no certificate revocation list</source>
        <translation>{file}: tidak memuat daftar pencabutan sertifikat</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/trust_sources.py" line="64"/>
        <source>judge {name} ({id})</source>
        <translation>juri {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/trust_sources.py" line="70"/>
        <source>judge {name} ({id}), a key retired after revision {revision}</source>
        <translation>juri {name} ({id}), kunci yang dipensiunkan setelah revisi {revision}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/trust_sources.py" line="80"/>
        <source>the secretariat</source>
        <translation>sekretariat</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="80"/>
        <source>{file}: damaged certificate or revocation list ({error})</source>
        <translation>{file}: sertifikat atau daftar pencabutan rusak ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="86"/>
        <source>{file}: neither a certificate nor a revocation list (PEM or DER)</source>
        <translation>{file}: bukan sertifikat dan bukan daftar pencabutan (PEM atau DER)</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="115"/>
        <source>{file}: {name} is not a CA certificate (it cannot issue certificates)</source>
        <translation>{file}: {name} bukan sertifikat CA (tidak dapat menerbitkan sertifikat)</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="119"/>
        <source>{file}: {name} expired on {date}</source>
        <translation>{file}: {name} kedaluwarsa pada {date}</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="123"/>
        <source>{file}: {name} is valid only from {date}</source>
        <translation>{file}: {name} baru berlaku mulai {date}</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="136"/>
        <source>{file}: the revocation list names {name} as its issuer but is not signed by that imported root</source>
        <translation>{file}: daftar pencabutan menyebut {name} sebagai penerbitnya tetapi tidak ditandatangani oleh sertifikat akar yang diimpor itu</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="164"/>
        <source>its certificates cannot be read ({error})</source>
        <translation>sertifikatnya tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="187"/>
        <source>a revocation list names a certificate of the chain</source>
        <translation>sebuah daftar pencabutan mencantumkan salah satu sertifikat dalam rantainya</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="196"/>
        <source>the certificate leads to no imported root certificate and is not registered in the master</source>
        <translation>sertifikat tidak berujung pada sertifikat akar yang diimpor dan tidak terdaftar di berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="202"/>
        <source>no root certificates or master were given to check it against</source>
        <translation>tidak ada sertifikat akar atau berkas induk yang diberikan untuk memeriksanya</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="241"/>
        <source>the chain to an imported root certificate does not hold ({error})</source>
        <translation>rantai ke sertifikat akar yang diimpor tidak sah ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="248"/>
        <source>the certificate was not issued for signing</source>
        <translation>sertifikat tidak diterbitkan untuk penandatanganan</translation>
    </message>
    <message>
        <location filename="../../judge_app/integrity/trust.py" line="267"/>
        <source>{name} was revoked on {date}, says the revocation list of {issuer} dated {updated}</source>
        <translation>{name} dicabut pada {date}, menurut daftar pencabutan {issuer} tertanggal {updated}</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../judge_app/files/verification.py" line="64"/>
        <source>{path}: malformed content, not made by judge-app ({error})</source>
        <translation>{path}: isi berkas rusak, bukan buatan judge-app ({error})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="77"/>
        <source>signature valid and covering the whole document; signed by {signer} at {time}</source>
        <translation>tanda tangan sah dan mencakup seluruh dokumen; ditandatangani oleh {signer} pada {time}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="84"/>
        <source>signature valid, covering revision {revision} of {revisions}; signed by {signer} at {time}; {later}</source>
        <translation>tanda tangan sah, mencakup revisi {revision} dari {revisions}; ditandatangani oleh {signer} pada {time}; {later}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="100"/>
        <source>signed by {signer} at {time}</source>
        <translation>ditandatangani oleh {signer} pada {time}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="106"/>
        <source>certificate fingerprint: {fingerprint}</source>
        <translation>sidik jari sertifikat: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="114"/>
        <source>QR code: {payload}</source>
        <translation>kode QR: {payload}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="118"/>
        <source>{count} signatures, each valid; nothing but signatures was added after the first</source>
        <translation>{count} tanda tangan, masing-masing sah; setelah yang pertama tidak ada yang ditambahkan selain tanda tangan</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="140"/>
        <source>signature field {field}: signed by {subject}</source>
        <translation>kolom tanda tangan {field}: ditandatangani oleh {subject}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="146"/>
        <source>{path}: the signature field of {field} was signed by somebody else ({subject})</source>
        <translation>{path}: kolom tanda tangan {field} ditandatangani oleh orang lain ({subject})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="153"/>
        <source>signature grid: {signed} of {total} signed; not yet signed: {list}</source>
        <translation>kolom tanda tangan: {signed} dari {total} sudah ditandatangani; belum: {list}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="171"/>
        <source>certified (tersertifikasi): the chain leads to the imported root certificate {root} (issuer {issuer})</source>
        <translation>tersertifikasi: rantai sertifikat berujung pada sertifikat akar {root} yang diimpor (penerbit {issuer})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="179"/>
        <source>not certified (tidak tersertifikasi): judge-app key of {holder}, its fingerprint registered in the master</source>
        <translation>tidak tersertifikasi: kunci judge-app milik {holder}, sidik jarinya terdaftar di berkas induk</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="187"/>
        <source>{path}: signature of {signer}: revoked (dicabut): {reason}</source>
        <translation>{path}: tanda tangan {signer}: dicabut: {reason}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="192"/>
        <source>untrusted (tidak tepercaya): {reason}</source>
        <translation>tidak tepercaya: {reason}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="197"/>
        <source>{path}: signature of {signer}: {verdict}</source>
        <translation>{path}: tanda tangan {signer}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="210"/>
        <source>judge-app package file, schema ok</source>
        <translation>berkas paket judge-app, skema sesuai</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="212"/>
        <source>judge-app master file, schema ok</source>
        <translation>berkas induk judge-app, skema sesuai</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="215"/>
        <source>judge-app {role} file, schema ok</source>
        <translation>berkas {role} judge-app, skema sesuai</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="224"/>
        <source>{path}: protective triggers were removed: {triggers}</source>
        <translation>{path}: trigger pelindung telah dihapus: {triggers}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="231"/>
        <source>{path}: the competition definition was changed after the file was made</source>
        <translation>{path}: definisi kompetisi diubah setelah berkas dibuat</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="240"/>
        <source>{path}: the audit log was altered at record {record} (its hash chain breaks)</source>
        <translation>{path}: log audit diubah pada catatan {record} (rantai hash-nya terputus)</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="247"/>
        <source>audit chain intact ({count} records)</source>
        <translation>rantai log audit utuh ({count} catatan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="260"/>
        <source>{path}: the judge&apos;s certificate was replaced ({count} registrations in the audit log)</source>
        <translation>{path}: sertifikat juri telah diganti ({count} pendaftaran di log audit)</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="299"/>
        <source>{path}: judge {judge} revision {revision}: the signed sheet&apos;s text was changed</source>
        <translation>{path}: juri {judge} revisi {revision}: teks lembar bertanda tangan telah diubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="308"/>
        <source>{path}: judge {judge} revision {revision}: the sheet signature does not match</source>
        <translation>{path}: juri {judge} revisi {revision}: tanda tangan lembar tidak cocok</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="318"/>
        <source>{path}: judge {judge} revision {revision}: signed with a key retired after revision {last} (re-registered)</source>
        <translation>{path}: juri {judge} revisi {revision}: ditandatangani dengan kunci yang dipensiunkan setelah revisi {last} (didaftarkan ulang)</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="327"/>
        <source>{path}: judge {judge} revision {revision}: signed with a key that is not the judge&apos;s registered certificate</source>
        <translation>{path}: juri {judge} revisi {revision}: ditandatangani dengan kunci yang bukan sertifikat terdaftar juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="351"/>
        <source>{path}: judge {judge} revision {revision}: the signed sheet is for {field} {found}, not {expected}</source>
        <translation>{path}: juri {judge} revisi {revision}: lembar bertanda tangan berlaku untuk {field} {found}, bukan {expected}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="359"/>
        <source>{path}: judge {judge} revision {revision}: no record of this signing in the audit log</source>
        <translation>{path}: juri {judge} revisi {revision}: tidak ada catatan penandatanganan ini di log audit</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="367"/>
        <source>{path}: judge {judge} revision {revision}: the audit records the sheet refers to are gone</source>
        <translation>{path}: juri {judge} revisi {revision}: catatan audit yang dirujuk lembar ini sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="375"/>
        <source>sheet of {name}, revision {revision}, signed {time}: valid; certificate {fingerprint}</source>
        <translation>lembar {name}, revisi {revision}, ditandatangani {time}: sah; sertifikat {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="388"/>
        <source>{path}: judge {judge} signed revision {revision}, but that sheet is gone</source>
        <translation>{path}: juri {judge} menandatangani revisi {revision}, tetapi lembar itu sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="393"/>
        <source>{path}: judge {judge} signed {target}, but that sheet is gone</source>
        <translation>{path}: juri {judge} menandatangani {target}, tetapi lembar itu sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="416"/>
        <source>{path}: judge {judge}, entry {entry}, criterion {criterion}: the master&apos;s score ({value}) is not the signed one ({signed})</source>
        <translation>{path}: juri {judge}, inovasi {entry}, kriteria {criterion}: nilai di berkas induk ({value}) bukan nilai yang ditandatangani ({signed})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="432"/>
        <source>{path}: judge {judge}: the master&apos;s conflicts are not the signed ones</source>
        <translation>{path}: juri {judge}: konflik kepentingan di berkas induk bukan yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="440"/>
        <source>{path}: judge {judge} has scores but no counted signed sheet</source>
        <translation>{path}: juri {judge} memiliki nilai tetapi tidak memiliki lembar bertanda tangan yang dihitung</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="454"/>
        <source>{path}: the totals summed from the judge totals kept by merge are not those of the counted signed sheets</source>
        <translation>{path}: jumlah yang dihitung dari total juri yang disimpan saat penggabungan tidak sama dengan jumlah dari lembar bertanda tangan yang dihitung</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="462"/>
        <source>{path}: the totals summed from the master&apos;s rows (their stored shares) are not those of the counted signed sheets</source>
        <translation>{path}: jumlah yang dihitung dari baris berkas induk (bagian yang tersimpan) tidak sama dengan jumlah dari lembar bertanda tangan yang dihitung</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="473"/>
        <source>score rows match the counted signed sheets</source>
        <translation>baris nilai cocok dengan lembar bertanda tangan yang dihitung</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="491"/>
        <source>{path}: a package cannot hold retired keys</source>
        <translation>{path}: paket tidak boleh memuat kunci yang dipensiunkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="501"/>
        <source>{path}: a retired key of judge {judge} has no matching record in the audit log</source>
        <translation>{path}: kunci juri {judge} yang dipensiunkan tidak memiliki catatan yang sesuai di log audit</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="511"/>
        <source>judge {judge}: key {fingerprint} retired {time} after revision {revision} ({reason})</source>
        <translation>juri {judge}: kunci {fingerprint} dipensiunkan {time} setelah revisi {revision} ({reason})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="525"/>
        <source>{path}: the audit log retires key {fingerprint} of judge {judge}, but that retirement is gone from the file</source>
        <translation>{path}: log audit memensiunkan kunci {fingerprint} milik juri {judge}, tetapi catatan pemensiunan itu sudah tidak ada di berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="555"/>
        <source>{path}: {kind} declaration of {judge}: the stored PDF was changed</source>
        <translation>{path}: pernyataan {kind} dari {judge}: PDF yang tersimpan telah diubah</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="563"/>
        <source>{path}: {kind} declaration of {judge}: no record of this declaration in the audit log</source>
        <translation>{path}: pernyataan {kind} dari {judge}: tidak ada catatan pernyataan ini di log audit</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="572"/>
        <source>{path}: {kind} declaration of {judge}: its PDF signature is not valid</source>
        <translation>{path}: pernyataan {kind} dari {judge}: tanda tangan PDF-nya tidak sah</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="579"/>
        <source>{path}: {kind} declaration of {judge}: signed with another key than the judge&apos;s</source>
        <translation>{path}: pernyataan {kind} dari {judge}: ditandatangani dengan kunci selain kunci juri</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="600"/>
        <source>{path}: {target} changed while revision {revision} was signed (record {record}); the lock was removed outside judge-app</source>
        <translation>{path}: {target} berubah saat revisi {revision} sudah ditandatangani (catatan {record}); penguncian nilai dilepas di luar judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="612"/>
        <source>{path}: entry {entry}, criterion {criterion}: changed outside judge-app (the audit log says {logged}, the file has {value})</source>
        <translation>{path}: inovasi {entry}, kriteria {criterion}: diubah di luar judge-app (log audit menyebut {logged}, berkas berisi {value})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="622"/>
        <source>not locked</source>
        <translation>tidak terkunci</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="624"/>
        <source>{path}: the lock on the scores does not match the audit log (log: {logged}, file: {stored})</source>
        <translation>{path}: penguncian nilai tidak sesuai dengan log audit (log: {logged}, berkas: {stored})</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="635"/>
        <source>{path}: locked at revision {revision} but that sheet is missing</source>
        <translation>{path}: terkunci pada revisi {revision}, tetapi lembar itu tidak ada</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/verification.py" line="664"/>
        <source>no score</source>
        <translation>tanpa nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/material_check.py" line="34"/>
        <source>{path}: entry {entry}, {name}: the proposal material was altered (its bytes no longer match the SHA-256 recorded)</source>
        <translation>{path}: inovasi {entry}, {name}: materi proposal diubah (isinya tidak lagi cocok dengan SHA-256 yang tercatat)</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/material_check.py" line="41"/>
        <source>carried and intact</source>
        <translation>dibawa dan utuh</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/material_check.py" line="43"/>
        <source>not carried (a hand-in or a backup: the master and the package hold them)</source>
        <translation>tidak dibawa (serahan atau cadangan: berkas induk dan paket menyimpannya)</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/material_check.py" line="50"/>
        <source>{path}: {missing} of {listed} pieces of proposal material are listed but missing</source>
        <translation>{path}: {missing} dari {listed} bagian materi proposal tercatat tetapi hilang</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/material_check.py" line="57"/>
        <source>proposal material: {entries} entries, {files} files, {sections} sections{state}</source>
        <translation>materi proposal: {entries} inovasi, {files} berkas, {sections} bagian{state}</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/material_check.py" line="75"/>
        <source>judge {judge} revision {revision}: the signed sheet names the proposal material of {count} entries (SHA-256 of each)</source>
        <translation>juri {judge} revisi {revision}: lembar bertanda tangan menyebut materi proposal {count} inovasi (SHA-256 masing-masing)</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/material_check.py" line="84"/>
        <source> and {more} more</source>
        <translation> dan {more} lainnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/files/material_check.py" line="89"/>
        <source>note: judge {judge} revision {revision} scored {count} entries on other proposal material than this file holds now: {entries}</source>
        <translation>catatan: juri {judge} revisi {revision} menilai {count} inovasi dengan materi proposal yang berbeda dari yang kini ada di berkas ini: {entries}</translation>
    </message>
</context>
<context>
    <name>writer_lock</name>
    <message>
        <location filename="../../judge_app/base/writer_lock.py" line="103"/>
        <source>the disk is read-only</source>
        <translation>disk hanya dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/writer_lock.py" line="105"/>
        <source>no permission to write here</source>
        <translation>tidak ada izin menulis di sini</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/writer_lock.py" line="108"/>
        <source>{path}: cannot be changed in this folder ({error}); it is opened read-only. Copy it to a folder you can write to, to work on it</source>
        <translation>{path}: tidak dapat diubah di folder ini ({error}); berkas dibuka hanya baca. Salin ke folder yang dapat Anda tulisi untuk mengerjakannya</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/writer_lock.py" line="115"/>
        <source>{path}: cannot be held for changes: {lock} beside it cannot be opened ({error}); if no judge-app has the file open, remove {lock} and try again</source>
        <translation>{path}: tidak dapat dikunci untuk diubah: {lock} di sebelahnya tidak dapat dibuka ({error}); jika tidak ada judge-app yang sedang membuka berkas ini, hapus {lock} lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/writer_lock.py" line="206"/>
        <source>{path}: already open for changes in another judge-app window or command; close it there first (it can be opened here read-only)</source>
        <translation>{path}: sudah dibuka untuk diubah di jendela atau perintah judge-app lain; tutup dulu di sana (di sini berkas dapat dibuka hanya baca)</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/writer_lock.py" line="211"/>
        <source>{path}: already open for changes in judge-app on {host} (process {pid}, since {since}); close it there first (it can be opened here read-only)</source>
        <translation>{path}: sudah dibuka untuk diubah oleh judge-app di {host} (proses {pid}, sejak {since}); tutup dulu di sana (di sini berkas dapat dibuka hanya baca)</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/writer_lock.py" line="221"/>
        <source>another judge-app window or command</source>
        <translation>jendela atau perintah judge-app lain</translation>
    </message>
    <message>
        <location filename="../../judge_app/base/writer_lock.py" line="222"/>
        <source>judge-app on {host} (process {pid}, since {since})</source>
        <translation>judge-app di {host} (proses {pid}, sejak {since})</translation>
    </message>
</context>
</TS>
