<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
    <context>
        <name>Commands</name>
        <message>
            <source>Add {name}</source>
            <translation>({name} ekleme)</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>({name} düzenleme)</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>({name} çıkarma)</translation>
        </message>
    </context>
    <context>
        <name>DatabaseController</name>
        <message>
            <source>New database</source>
            <translation>Yeni veritabanı</translation>
        </message>
        <message>
            <source>The file {path} already exists. Use File ▸ Open database… to open it, or choose another name.</source>
            <translation>{path} dosyası zaten var. Açmak için Dosya ▸ Veritabanı aç… komutunu kullanın ya da başka bir ad seçin.</translation>
        </message>
        <message>
            <source>Open recent</source>
            <translation>Son kullanılanlar</translation>
        </message>
        <message>
            <source>The file {path} no longer exists.</source>
            <translation>{path} dosyası artık yok.</translation>
        </message>
    </context>
    <context>
        <name>EmptyStateView</name>
        <message>
            <source>Load the demo program</source>
            <translation>Örnek programı yükle</translation>
        </message>
        <message>
            <source>New program…</source>
            <translation>Yeni program…</translation>
        </message>
        <message>
            <source>Open database…</source>
            <translation>Veritabanı aç…</translation>
        </message>
        <message>
            <source>New database…</source>
            <translation>Yeni veritabanı…</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Veritabanı açılıyor…</translation>
        </message>
        <message>
            <source>No database is open</source>
            <translation>Açık veritabanı yok</translation>
        </message>
        <message>
            <source>Open the database file of your office, or create a new one.</source>
            <translation>Biriminizin veritabanı dosyasını açın ya da yeni bir tane oluşturun.</translation>
        </message>
        <message>
            <source>No programs yet</source>
            <translation>Henüz program yok</translation>
        </message>
        <message>
            <source>The database {name} is empty. Create the program of your next visit, or load the demo program to look around: the eight-person delegation from Turkistan hosted in Istanbul in August 2021.</source>
            <translation>{name} veritabanı boş. Bir sonraki ziyaretin programını oluşturun ya da uygulamayı tanımak için örnek programı yükleyin: Ağustos 2021'de İstanbul'da ağırlanan sekiz kişilik Türkistan heyeti.</translation>
        </message>
    </context>
    <context>
        <name>GuidesModel</name>
        <message>
            <source>Name</source>
            <translation>Ad Soyad</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Unvan</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Kurum</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Diller</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Görevler</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Etkinlikler</translation>
        </message>
    </context>
    <context>
        <name>ItineraryModel</name>
        <message>
            <source>Day</source>
            <translation>Gün</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Saat</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tür</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Etkinlik</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Yer</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Ev sahipleri</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Rehberler</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Head of delegation</source>
            <translation>Heyet başkanı</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Üye</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personel</translation>
        </message>
        <message>
            <source>Courtesy visit</source>
            <translation>Nezaket ziyareti</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Toplantı</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Yerinde inceleme</translation>
        </message>
        <message>
            <source>Cultural tour</source>
            <translation>Kültür gezisi</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>Yemek</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Ceremony</source>
            <translation>Tören</translation>
        </message>
        <message>
            <source>Free time</source>
            <translation>Serbest zaman</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Rehber</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Tercüman</translation>
        </message>
        <message>
            <source>Escort</source>
            <translation>Refakatçi</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Şoför</translation>
        </message>
        <message>
            <source>Host official</source>
            <translation>Ev sahibi yetkili</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Request refused</source>
            <translation>İstek yerine getirilemedi</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Yeni veritabanı…</translation>
        </message>
        <message>
            <source>Create an empty database file</source>
            <translation>Boş bir veritabanı dosyası oluştur</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>Veritabanı &amp;aç…</translation>
        </message>
        <message>
            <source>Open a database file</source>
            <translation>Bir veritabanı dosyası aç</translation>
        </message>
        <message>
            <source>&amp;Clear the list</source>
            <translation>Listeyi &amp;temizle</translation>
        </message>
        <message>
            <source>New &amp;program…</source>
            <translation>Yeni &amp;program…</translation>
        </message>
        <message>
            <source>Create the program of a visit</source>
            <translation>Bir ziyaretin programını oluştur</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Çı&amp;kış</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Geri al</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Yinele</translation>
        </message>
        <message>
            <source>&amp;Add participant…</source>
            <translation>Katılımcı &amp;ekle…</translation>
        </message>
        <message>
            <source>Put a person on the roster of this program</source>
            <translation>Bu programın katılımcı listesine bir kişi ekle</translation>
        </message>
        <message>
            <source>&amp;Edit participant…</source>
            <translation>Katılımcıyı &amp;düzenle…</translation>
        </message>
        <message>
            <source>&amp;Remove participant</source>
            <translation>Katılımcıyı ç&amp;ıkar</translation>
        </message>
        <message>
            <source>&amp;About Delegation Coordinator</source>
            <translation>Heyet Koordinatörü &amp;hakkında</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>&amp;Qt hakkında</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Delegation Coordinator</source>
            <translation>Heyet Koordinatörü</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Son kullanılanlar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Dosya</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Dü&amp;zen</translation>
        </message>
        <message>
            <source>&amp;Roster</source>
            <translation>&amp;Katılımcılar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Yardım</translation>
        </message>
        <message>
            <source>Main tool bar</source>
            <translation>Ana araç çubuğu</translation>
        </message>
        <message>
            <source>{database} – Delegation Coordinator</source>
            <translation>{database} – Heyet Koordinatörü</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>e.g. kk, ru, tr</source>
            <translation>ör. kk, ru, tr</translation>
        </message>
        <message>
            <source>Add participant – {code}</source>
            <translation>Katılımcı ekle – {code}</translation>
        </message>
        <message>
            <source>Edit participant – {name}</source>
            <translation>Katılımcıyı düzenle – {name}</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Kişi</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Ad Soyad:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Unvan:</translation>
        </message>
        <message>
            <source>&amp;Organization:</source>
            <translation>&amp;Kurum:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Görev:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-posta:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Diller:</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Konaklama</translation>
        </message>
        <message>
            <source>&amp;Arrival:</source>
            <translation>Gel&amp;iş:</translation>
        </message>
        <message>
            <source>&amp;Departure:</source>
            <translation>D&amp;önüş:</translation>
        </message>
        <message>
            <source>Roo&amp;m:</source>
            <translation>&amp;Oda:</translation>
        </message>
        <message>
            <source>Dietar&amp;y:</source>
            <translation>&amp;Beslenme:</translation>
        </message>
        <message>
            <source>Other nee&amp;ds:</source>
            <translation>Diğer i&amp;htiyaçlar:</translation>
        </message>
        <message>
            <source>Pa&amp;ssport number:</source>
            <translation>&amp;Pasaport no:</translation>
        </message>
        <message>
            <source>&amp;Birth date:</source>
            <translation>Doğu&amp;m tarihi:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>&amp;Notlar:</translation>
        </message>
        <message>
            <source>The name is required.</source>
            <translation>Ad soyad gerekli.</translation>
        </message>
        <message>
            <source>This is not an e-mail address, e.g. name@example.org.</source>
            <translation>Bu bir e-posta adresi değil; ör. ad@ornek.org.</translation>
        </message>
        <message>
            <source>This is not a phone number, e.g. +7 701 234 56 78.</source>
            <translation>Bu bir telefon numarası değil; ör. +7 701 234 56 78.</translation>
        </message>
        <message>
            <source>The departure is before the arrival.</source>
            <translation>Dönüş, gelişten önce olamaz.</translation>
        </message>
        <message>
            <source>Use language codes such as en, tr, ru or kk.</source>
            <translation>en, tr, ru veya kk gibi dil kodları kullanın.</translation>
        </message>
    </context>
    <context>
        <name>ProgramController</name>
        <message numerus="yes">
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n program</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n katılımcı</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activity(ies)</source>
            <translation>
                <numerusform>%n etkinlik</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo program</source>
            <translation>Örnek program</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>New program</source>
            <translation>Yeni program</translation>
        </message>
        <message>
            <source>e.g. TURKISTAN-2021</source>
            <translation>ör. TURKISTAN-2021</translation>
        </message>
        <message>
            <source>One organization per line</source>
            <translation>Her satıra bir kurum</translation>
        </message>
        <message>
            <source>e.g. kk, ru, tr</source>
            <translation>ör. kk, ru, tr</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Kod:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Başlık:</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>İ&amp;lk gün:</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>S&amp;on gün:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>Ş&amp;ehir:</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>Ül&amp;ke:</translation>
        </message>
        <message>
            <source>&amp;Organizer:</source>
            <translation>Düzen&amp;leyen:</translation>
        </message>
        <message>
            <source>&amp;Partners:</source>
            <translation>&amp;Ortaklar:</translation>
        </message>
        <message>
            <source>Working &amp;languages:</source>
            <translation>Çalışma &amp;dilleri:</translation>
        </message>
        <message>
            <source>The code is required.</source>
            <translation>Kod gerekli.</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>Başlık gerekli.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>Son gün, ilk günden önce olamaz.</translation>
        </message>
    </context>
    <context>
        <name>ProgramView</name>
        <message>
            <source>Filter the roster: name, title, organization…</source>
            <translation>Katılımcıları süz: ad, unvan, kurum…</translation>
        </message>
        <message>
            <source>Filter the itinerary: day, activity, venue, host…</source>
            <translation>Program akışını süz: gün, etkinlik, yer, ev sahibi…</translation>
        </message>
        <message>
            <source>Filter the guides: name, language, activity…</source>
            <translation>Rehberleri süz: ad, dil, etkinlik…</translation>
        </message>
        <message>
            <source>R&amp;oster</source>
            <translation>Katı&amp;lımcılar</translation>
        </message>
        <message>
            <source>&amp;Itinerary</source>
            <translation>&amp;Program akışı</translation>
        </message>
        <message>
            <source>&amp;Guides</source>
            <translation>&amp;Rehberler</translation>
        </message>
        <message>
            <source>Organizer: {name}</source>
            <translation>Düzenleyen: {name}</translation>
        </message>
        <message>
            <source>Partners: {names}</source>
            <translation>Ortaklar: {names}</translation>
        </message>
        <message>
            <source>Working languages: {codes}</source>
            <translation>Çalışma dilleri: {codes}</translation>
        </message>
        <message numerus="yes">
            <source>R&amp;oster (%n)</source>
            <translation>
                <numerusform>Katı&amp;lımcılar (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Itinerary (%n)</source>
            <translation>
                <numerusform>&amp;Program akışı (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Guides (%n)</source>
            <translation>
                <numerusform>&amp;Rehberler (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
            <translation>Koordinatör veritabanları (*.sqlite *.db);;Tüm dosyalar (*)</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Veritabanı aç</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Yeni veritabanı</translation>
        </message>
        <message>
            <source>delegations.sqlite</source>
            <translation>heyetler.sqlite</translation>
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation>Veritabanı açılamıyor</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Başka bir dosya seç…</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Katılımcıyı çıkar</translation>
        </message>
        <message>
            <source>Take {name} off the roster of this program? Edit ▸ Undo brings them back.</source>
            <translation>{name} bu programın katılımcı listesinden çıkarılsın mı? Düzen ▸ Geri al ile geri getirebilirsiniz.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Beklenmeyen hata</translation>
        </message>
        <message>
            <source>Something went wrong: {message}

Everything saved so far is safe in the database. You can carry on working; if this happens again, please send the details to your support contact.</source>
            <translation>Bir sorun oluştu: {message}

Şimdiye kadar kaydedilen her şey veritabanında güvende. Çalışmaya devam edebilirsiniz; bu yeniden olursa ayrıntıları lütfen destek sorumlunuza gönderin.</translation>
        </message>
        <message>
            <source>About Delegation Coordinator</source>
            <translation>Heyet Koordinatörü hakkında</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Delegation Coordinator {version}&lt;/h3&gt;&lt;p&gt;Plan and document the visits of foreign delegations: the programs, the delegation on each roster, the itinerary and the guides.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Heyet Koordinatörü {version}&lt;/h3&gt;&lt;p&gt;Yabancı heyetlerin ziyaretlerini planlayın ve belgeleyin: programlar, her programın katılımcıları, program akışı ve rehberler.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>RecordTableView</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n satır</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} shown</source>
            <translation>{total} satırdan {shown} tanesi gösteriliyor</translation>
        </message>
    </context>
    <context>
        <name>RosterController</name>
        <message>
            <source>Undo</source>
            <translation>Geri al</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>Name</source>
            <translation>Ad Soyad</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Unvan</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Kurum</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Görev</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Geliş</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Dönüş</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Oda</translation>
        </message>
        <message>
            <source>Dietary</source>
            <translation>Beslenme</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Diller</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-posta</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
    </context>
</TS>
