<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
    <name>JudgeWorkspace</name>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="62"/>
        <source>Search code, title, agency… (Ctrl+F)</source>
        <translation>Cari kode, judul, instansi… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="63"/>
        <source>Search entries</source>
        <translation>Cari inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="66"/>
        <source>All categories</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="71"/>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="78"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="80"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="298"/>
        <source>Grid mode (Ctrl+2)</source>
        <translation>Mode tabel (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="113"/>
        <source>Entries</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="150"/>
        <source>Score grid</source>
        <translation>Tabel nilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="251"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="363"/>
        <source>Withdraw conflict of interest</source>
        <translation>Cabut konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="253"/>
        <source>Declare conflict of interest… (Ctrl+K)</source>
        <translation>Nyatakan konflik kepentingan… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="293"/>
        <source>Form mode (Ctrl+1)</source>
        <translation>Mode formulir (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="335"/>
        <source>Could not save</source>
        <translation>Gagal menyimpan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="336"/>
        <source>The score was NOT saved to %1:
%2</source>
        <translation>Nilai TIDAK tersimpan ke %1:
%2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="365"/>
        <source>Withdraw the conflict of interest for %1? You will be able to score it.</source>
        <translation>Cabut konflik kepentingan untuk %1? Anda akan dapat menilainya.</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="371"/>
        <source>Withdraw conflict %1</source>
        <translation>Cabut konflik %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="385"/>
        <location filename="../../judge_app/ui/judge_workspace.py" line="401"/>
        <source>Declare conflict of interest</source>
        <translation>Nyatakan konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="387"/>
        <source>Why can you not judge %1 objectively?
(for example: family tie, employment, helped prepare the proposal)</source>
        <translation>Mengapa Anda tidak dapat menilai %1 secara objektif?
(misalnya: hubungan keluarga, hubungan kerja, ikut menyusun proposal)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="403"/>
        <source>%1 already has %2 scores or notes from you. They will be removed. Continue?</source>
        <translation>%1 sudah memiliki %2 nilai atau catatan dari Anda. Semuanya akan dihapus. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="412"/>
        <source>Conflict %1</source>
        <translation>Konflik %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="425"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="428"/>
        <source>Nothing pasted</source>
        <translation>Tidak ada yang ditempel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/judge_workspace.py" line="429"/>
        <source>No cell was changed, because:</source>
        <translation>Tidak ada sel yang diubah, karena:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="75"/>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="77"/>
        <source>Open the &amp;demo competition</source>
        <translation>Buka kompetisi &amp;demo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="78"/>
        <source>&amp;Recent files</source>
        <translation>Berkas &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="81"/>
        <source>&amp;Close file</source>
        <translation>&amp;Tutup berkas</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="87"/>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="89"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="94"/>
        <source>Declare or withdraw a &amp;conflict of interest…</source>
        <translation>Nyatakan atau cabut &amp;konflik kepentingan…</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="98"/>
        <source>&amp;Paste into grid</source>
        <translation>&amp;Tempel ke tabel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="100"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="102"/>
        <source>&amp;Form mode</source>
        <translation>Mode &amp;formulir</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="105"/>
        <source>&amp;Grid mode</source>
        <translation>Mode t&amp;abel</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="107"/>
        <source>&amp;Search entries</source>
        <translation>&amp;Cari inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="109"/>
        <source>&amp;Next entry (Ctrl+Down)</source>
        <translation>Inovasi &amp;berikutnya (Ctrl+Bawah)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="112"/>
        <source>&amp;Previous entry (Ctrl+Up)</source>
        <translation>Inovasi &amp;sebelumnya (Ctrl+Atas)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="115"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="124"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="125"/>
        <source>&amp;About judge-app</source>
        <translation>&amp;Tentang judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="158"/>
        <source>Open a judge-app file</source>
        <translation>Buka berkas judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="160"/>
        <source>judge-app files (*.sqlite);;All files (*)</source>
        <translation>Berkas judge-app (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="169"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="184"/>
        <source>Read-only overview of a master file</source>
        <translation>Ringkasan berkas induk (hanya baca)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="187"/>
        <source>Cannot open file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="209"/>
        <source>%1 — every score is saved the moment you enter it</source>
        <translation>%1 — setiap nilai langsung tersimpan saat dimasukkan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="239"/>
        <source>✓ Saved to file at %1</source>
        <translation>✓ Tersimpan ke berkas pukul %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="242"/>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="254"/>
        <source>all %1/%2</source>
        <translation>seluruhnya %1/%2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="261"/>
        <source>%p% scored</source>
        <translation>%p% dinilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="343"/>
        <source>About judge-app</source>
        <translation>Tentang judge-app</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/main_window.py" line="345"/>
        <source>judge-app %1
Offline judging for public-service innovation competitions.</source>
        <translation>judge-app %1
Penilaian luring untuk kompetisi inovasi pelayanan publik.</translation>
    </message>
</context>
<context>
    <name>MasterOverview</name>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="51"/>
        <source>Secretariat master file · %1 entries · %2 judges · read-only overview</source>
        <translation>Berkas induk sekretariat · %1 inovasi · %2 juri · ringkasan hanya baca</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="61"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="62"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="63"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="64"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="65"/>
        <source>Category</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="72"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="73"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="74"/>
        <source>NIP/NIK</source>
        <translation>NIP/NIK</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="75"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="76"/>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="77"/>
        <source>Role</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="78"/>
        <source>Assigned entries</source>
        <translation>Inovasi yang dinilai</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="95"/>
        <source>Entries</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/overview.py" line="96"/>
        <source>Judges</source>
        <translation>Juri</translation>
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
        <location filename="../../judge_app/ui/score_form.py" line="186"/>
        <source>Refused: %1 is not a number. Allowed: %2</source>
        <translation>Ditolak: %1 bukan angka. Yang diizinkan: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="193"/>
        <source>Refused: %1 is not allowed. Allowed: whole numbers %2</source>
        <translation>Ditolak: %1 tidak diizinkan. Yang diizinkan: bilangan bulat %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="195"/>
        <source>Refused: %1 is not allowed. Allowed: %2</source>
        <translation>Ditolak: %1 tidak diizinkan. Yang diizinkan: %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="197"/>
        <source>Refused: %1 is outside the allowed range %2</source>
        <translation>Ditolak: %1 di luar rentang yang diizinkan %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="207"/>
        <source>%1–%2, steps of %3</source>
        <translation>%1–%2, kelipatan %3</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="226"/>
        <source>Score %1 %2</source>
        <translation>Nilai %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="237"/>
        <source>Note %1 %2</source>
        <translation>Catatan %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="289"/>
        <source>Total: — (conflict of interest)</source>
        <translation>Total: — (konflik kepentingan)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="292"/>
        <source>Total: — (%1 of %2 criteria scored)</source>
        <translation>Total: — (%1 dari %2 kriteria dinilai)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/score_form.py" line="298"/>
        <source>Weighted total: %1 of 100</source>
        <translation>Nilai total berbobot: %1 dari 100</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="84"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="102"/>
        <source>Conflict of interest: %1</source>
        <translation>Konflik kepentingan: %1</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="107"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="126"/>
        <source>Score %1 %2</source>
        <translation>Nilai %1 %2</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="138"/>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="159"/>
        <source>Pasted block is larger than the grid (row %1, column %2)</source>
        <translation>Blok yang ditempel lebih besar dari tabel (baris %1, kolom %2)</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="167"/>
        <source>%1: conflict of interest, cannot be scored</source>
        <translation>%1: konflik kepentingan, tidak dapat dinilai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../judge_app/ui/grid_model.py" line="177"/>
        <source>Paste %n scores</source>
        <translation>
            <numerusform>Tempel %n nilai</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="186"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../judge_app/ui/grid_model.py" line="193"/>
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
