<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AbsenceTableModel</name>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saatler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tüm gün</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Day {number} – {date}</source>
        <translation>{number}. gün – {date}</translation>
    </message>
    <message>
        <source>A venue of the directory, or a new one</source>
        <translation>Kayıtlı bir mekan ya da yeni bir mekan</translation>
    </message>
    <message>
        <source>As usual for its kind</source>
        <translation>Türüne göre</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Add activity – {code}</source>
        <translation>Etkinlik ekle – {code}</translation>
    </message>
    <message>
        <source>Edit activity – {title}</source>
        <translation>Etkinliği düzenle – {title}</translation>
    </message>
    <message>
        <source>Name of a host</source>
        <translation>Ev sahibinin adı</translation>
    </message>
    <message>
        <source>Add &amp;host</source>
        <translation>&amp;Ev sahibi ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Çıkar</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>&amp;Görevlendir</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Görevden al</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>G&amp;ün:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>Bi&amp;tiş:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tü&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>B&amp;aşlık:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Mekan:</translation>
    </message>
    <message>
        <source>Needs a g&amp;uide:</source>
        <translation>&amp;Rehber gerekli:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Ev sahipleri</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Rehberler</translation>
    </message>
    <message>
        <source>as</source>
        <translation>görevi</translation>
    </message>
    <message>
        <source>Double-click a role to change it.</source>
        <translation>Görevi değiştirmek için üzerine çift tıklayın.</translation>
    </message>
    <message>
        <source>Give the start too, or leave the end empty.</source>
        <translation>Başlangıcı da girin ya da bitişi boş bırakın.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Başlık zorunludur.</translation>
    </message>
    <message>
        <source>Choose a kind, or type one of your own.</source>
        <translation>Bir tür seçin ya da kendiniz yazın.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Bitiş, başlangıçtan sonra olmalıdır.</translation>
    </message>
    <message>
        <source>This day is outside the program.</source>
        <translation>Bu gün programın dışında.</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Guide</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Double-click to change the role</source>
        <translation>Görevi değiştirmek için çift tıklayın</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation>Alındığı an</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Denetim</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Sağlam</translation>
    </message>
    <message>
        <source>Failed its check</source>
        <translation>Denetimden geçemedi</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>daily backup</source>
        <translation>günlük yedek</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>içe aktarmadan önce</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>yükseltmeden önce</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>geri yüklemeden önce</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>elle alındı</translation>
    </message>
    <message>
        <source>{when} ({reason})</source>
        <translation>{when} ({reason})</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings – {program}</source>
        <translation>Sertifika ayarları – {program}</translation>
    </message>
    <message>
        <source>Chosen once for the program and printed on each of its certificates.</source>
        <translation>Program için bir kez seçilir ve programın her sertifikasına basılır.</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>İmzalayanlar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
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
        <source>{field} of signatory {number}</source>
        <translation>{number}. imzalayanın alanı: {field}</translation>
    </message>
    <message>
        <source>Signature lines are printed left to right in this order. Leave a row empty for fewer signatures.</source>
        <translation>İmza satırları bu sırayla soldan sağa basılır. Daha az imza için bir satırı boş bırakın.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arka plan</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Arka plan resmi</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>&amp;Resim seç…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image, e.g. the union&apos;s letterhead</source>
        <translation>PNG veya JPEG resim, örneğin birliğin antetli kâğıdı</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} okunuyor…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Arka plan yok</translation>
    </message>
    <message>
        <source>The certificates have a plain frame.</source>
        <translation>Sertifikalarda yalın bir çerçeve var.</translation>
    </message>
</context>
<context>
    <name>ChangedSince</name>
    <message>
        <source>Someone else changed {name} while this window was open, in these fields: {fields}. Nothing was saved. The window now shows their values, with your own changes kept: press OK again to save yours over theirs, or Cancel to keep theirs.</source>
        <translation>Bu pencere açıkken başka biri {name} kaydını şu alanlarda değiştirdi: {fields}. Hiçbir şey kaydedilmedi. Pencere artık onların değerlerini, sizin değişiklikleriniz korunarak gösteriyor: kendi değerlerinizi onlarınkinin üzerine kaydetmek için yeniden Tamam&apos;a, onlarınkini korumak için İptal&apos;e basın.</translation>
    </message>
    <message>
        <source>Someone else changed {name} while this window was open. Nothing was saved. The window now shows their values, with your own changes kept: press OK again to save yours over theirs, or Cancel to keep theirs.</source>
        <translation>Bu pencere açıkken başka biri {name} kaydını değiştirdi. Hiçbir şey kaydedilmedi. Pencere artık onların değerlerini, sizin değişiklikleriniz korunarak gösteriyor: kendi değerlerinizi onlarınkinin üzerine kaydetmek için yeniden Tamam&apos;a, onlarınkini korumak için İptal&apos;e basın.</translation>
    </message>
</context>
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
    <message>
        <source>Add {title}</source>
        <translation>{title} ekle</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>{title} düzenle</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>{title} taşı</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>{title} çıkar</translation>
    </message>
    <message>
        <source>Assign {guide} to {title}</source>
        <translation>{guide}, {title} için görevlendir</translation>
    </message>
    <message>
        <source>Accept suggested assignments ({count})</source>
        <translation>Önerilen görevlendirmeleri kabul et ({count})</translation>
    </message>
    <message>
        <source>Add guide {name}</source>
        <translation>Rehber ekle: {name}</translation>
    </message>
    <message>
        <source>Edit guide {name}</source>
        <translation>Rehberi düzenle: {name}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>({file} içe aktarma)</translation>
    </message>
    <message>
        <source>Importing {file} again…</source>
        <translation>{file} yeniden içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Taking back the import of {file}…</source>
        <translation>{file} içe aktarımı geri alınıyor…</translation>
    </message>
    <message>
        <source>Add venue {name}</source>
        <translation>Mekan ekle: {name}</translation>
    </message>
    <message>
        <source>Edit venue {name}</source>
        <translation>Mekanı düzenle: {name}</translation>
    </message>
    <message>
        <source>Edit organization {name}</source>
        <translation>Kurumu düzenle: {name}</translation>
    </message>
    <message>
        <source>Edit person {name}</source>
        <translation>Kişiyi düzenle: {name}</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>{name} kaydında birleştir</translation>
    </message>
    <message>
        <source>Change the certificate settings</source>
        <translation>Sertifika ayarlarını değiştir</translation>
    </message>
    <message>
        <source>The program was changed by someone else meanwhile; {outcome}.</source>
        <translation>Program bu arada başka biri tarafından değiştirildi; {outcome}.</translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile ({fields}); {outcome}.</source>
        <translation>{name} bu arada başka biri tarafından değiştirildi ({fields}); {outcome}.</translation>
    </message>
    <message>
        <source>Merge offline copy of {program}</source>
        <translation>{program} çevrim dışı kopyasını birleştir</translation>
    </message>
    <message>
        <source>Merging the offline copy of {program} again…</source>
        <translation>{program} çevrim dışı kopyası yeniden birleştiriliyor…</translation>
    </message>
    <message>
        <source>nothing was redone</source>
        <translation>hiçbir şey yinelenmedi</translation>
    </message>
    <message>
        <source>Taking back the merge of {program}…</source>
        <translation>{program} birleştirmesi geri alınıyor…</translation>
    </message>
    <message>
        <source>nothing was undone</source>
        <translation>hiçbir şey geri alınmadı</translation>
    </message>
    <message>
        <source>Add transfer {route}</source>
        <translation>Transfer ekle: {route}</translation>
    </message>
    <message>
        <source>Edit transfer {route}</source>
        <translation>Transferi düzenle: {route}</translation>
    </message>
    <message>
        <source>Remove transfer {route}</source>
        <translation>Transferi kaldır: {route}</translation>
    </message>
    <message>
        <source>Accept planned transfers ({count})</source>
        <translation>Planlanan transferleri kabul et ({count})</translation>
    </message>
    <message>
        <source>Add vehicle {plate}</source>
        <translation>Araç ekle: {plate}</translation>
    </message>
    <message>
        <source>Edit vehicle {plate}</source>
        <translation>Aracı düzenle: {plate}</translation>
    </message>
    <message>
        <source>Remove vehicle {plate}</source>
        <translation>Aracı kaldır: {plate}</translation>
    </message>
    <message>
        <source>Edit the room of {name}</source>
        <translation>Odayı düzenle: {name}</translation>
    </message>
    <message>
        <source>Remove the room of {name}</source>
        <translation>Odayı kaldır: {name}</translation>
    </message>
    <message>
        <source>Add gift {gift}</source>
        <translation>Hediye ekle: {gift}</translation>
    </message>
    <message>
        <source>Edit gift {gift}</source>
        <translation>Hediyeyi düzenle: {gift}</translation>
    </message>
    <message>
        <source>Remove gift {gift}</source>
        <translation>Hediyeyi kaldır: {gift}</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>{code} programını düzenle</translation>
    </message>
    <message>
        <source>Copy {source} as {code}</source>
        <translation>{source} programını {code} olarak kopyala</translation>
    </message>
    <message>
        <source>Copying {code} again…</source>
        <translation>{code} yeniden kopyalanıyor…</translation>
    </message>
    <message>
        <source>Taking back the copy {code}…</source>
        <translation>{code} kopyası geri alınıyor…</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>{code} programını sil</translation>
    </message>
    <message>
        <source>Deleting {code} again…</source>
        <translation>{code} yeniden siliniyor…</translation>
    </message>
    <message>
        <source>Bringing back {code}…</source>
        <translation>{code} geri getiriliyor…</translation>
    </message>
    <message>
        <source>Remove venue {name}</source>
        <translation>Mekanı kaldır: {name}</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Overlap</source>
        <translation>Çakışma</translation>
    </message>
    <message>
        <source>Guide away</source>
        <translation>Rehber müsait değil</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Geliş</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Araç</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Koltuk</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>No guide</source>
        <translation>Rehber yok</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>İş yükü</translation>
    </message>
    <message>
        <source>{guide} cannot be at both {first} and {second}: the times overlap or leave too little time for the way</source>
        <translation>{guide} hem {first} hem {second} etkinliğinde bulunamaz: saatler çakışıyor ya da yol için yeterli süre kalmıyor</translation>
    </message>
    <message>
        <source>{guide} is assigned to {activity} but is away then</source>
        <translation>{guide}, {activity} etkinliğinde görevli ama o saatte müsait değil</translation>
    </message>
    <message>
        <source>Nobody guiding {activity} speaks the delegation&apos;s languages</source>
        <translation>{activity} etkinliğindeki rehberlerin hiçbiri heyetin dillerini konuşmuyor</translation>
    </message>
    <message>
        <source>{activity} needs a guide and has none</source>
        <translation>{activity} için rehber gerekli ama atanmış rehber yok</translation>
    </message>
    <message>
        <source>{guide} works more hours on {day} than their daily limit</source>
        <translation>{guide}, {day} günü günlük sınırından fazla çalışıyor</translation>
    </message>
    <message>
        <source>{people} is on {what} before arriving</source>
        <translation>{people}, gelmeden önce {what} etkinliğinde görünüyor</translation>
    </message>
    <message>
        <source>{people} is on {what} after leaving</source>
        <translation>{people}, ayrıldıktan sonra {what} etkinliğinde görünüyor</translation>
    </message>
    <message>
        <source>The pickup {what} is before {people} lands</source>
        <translation>{what} karşılaması, {people} inmeden önce</translation>
    </message>
    <message>
        <source>The drop-off {what} reaches the airport too late for {people}&apos;s check-in</source>
        <translation>{what} uğurlaması, {people} için check-in&apos;e geç kalacak saatte havalimanına varıyor</translation>
    </message>
    <message>
        <source>The vehicle {vehicle} is on two transfers at once</source>
        <translation>{vehicle} aracı aynı anda iki transferde</translation>
    </message>
    <message>
        <source>The vehicle {vehicle} cannot be back in time from {what} for its next transfer</source>
        <translation>{vehicle} aracı {what} transferinden bir sonraki transferine zamanında dönemez</translation>
    </message>
    <message>
        <source>No room for the night of {day}: {people}</source>
        <translation>{day} gecesi için oda yok: {people}</translation>
    </message>
    <message>
        <source>Too many guests in one room on the night of {day}: {people}</source>
        <translation>{day} gecesi bir odada fazla misafir var: {people}</translation>
    </message>
    <message>
        <source>{what} takes {aboard} passengers but has {seats} seats</source>
        <translation>{what} transferinde {aboard} yolcu var ama {seats} koltuk var</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Sorun</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Nothing to resolve. A guide booked twice, absent, without a language of the delegation or over their daily hours shows here.</source>
        <translation>Çözülecek bir sorun yok. İki kez görevlendirilen, müsait olmayan, heyetin dillerinden hiçbirini konuşmayan ya da günlük saat sınırını aşan bir rehber burada görünür.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s). Choose one to see its activities on the timeline; a conflict you keep on purpose stays listed until it is resolved.</source>
        <translation>
            <numerusform>%n çakışma. Etkinliklerini zaman çizelgesinde görmek için birini seçin; bilerek bıraktığınız bir çakışma çözülene kadar listede kalır.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every guide can be where they are due.</source>
        <translation>Çakışma yok: her rehber görevli olduğu yerde bulunabilir.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>A certificate has room for {limit} signatories, not {count}</source>
        <translation>Bir sertifikada en çok {limit} imza yeri var, {count} değil</translation>
    </message>
    <message>
        <source>A day&apos;s limit of {limit} hours must be more than 0 and at most 24</source>
        <translation>Günlük {limit} saat sınırı 0&apos;dan büyük ve en çok 24 olmalı</translation>
    </message>
    <message>
        <source>A gift needs a description</source>
        <translation>Hediyenin bir açıklaması olmalı</translation>
    </message>
    <message>
        <source>A gift&apos;s value cannot be negative</source>
        <translation>Hediyenin değeri eksi olamaz</translation>
    </message>
    <message>
        <source>A guide&apos;s schedule is written in English (en) or Turkish (tr), not {language}</source>
        <translation>Rehber çizelgesi {language} ile değil, İngilizce (en) ya da Türkçe (tr) yazılır</translation>
    </message>
    <message>
        <source>A movement needs the place it {what}</source>
        <translation>Transferin {what} yeri gerekli</translation>
    </message>
    <message>
        <source>A participant cannot share a room with themselves</source>
        <translation>Bir katılımcı odayı kendisiyle paylaşamaz</translation>
    </message>
    <message>
        <source>A program with the code {code} already exists</source>
        <translation>{code} kodlu bir program zaten var</translation>
    </message>
    <message>
        <source>A single room is not shared: choose a double, a twin or a suite</source>
        <translation>Tek kişilik oda paylaşılmaz: çift kişilik, iki yataklı oda ya da süit seçin</translation>
    </message>
    <message>
        <source>A single room is not shared: write double, twin or suite</source>
        <translation>Tek kişilik oda paylaşılmaz: çift kişilik, iki yataklı ya da süit yazın</translation>
    </message>
    <message>
        <source>A vehicle needs a plate with letters or digits</source>
        <translation>Aracın harf ya da rakam içeren bir plakası olmalı</translation>
    </message>
    <message>
        <source>An entry of the directory cannot be merged with itself</source>
        <translation>Dizindeki bir kayıt kendisiyle birleştirilemez</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Nisan</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Ağustos</translation>
    </message>
    <message>
        <source>Choose the column of the name (or of the first and the last name)</source>
        <translation>Ad soyad sütununu (ya da ad ve soyad sütunlarını) seçin</translation>
    </message>
    <message>
        <source>Column {column} of the sheet {sheet} has no header</source>
        <translation>{sheet} sayfasının {column} sütununda başlık yok</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <source>Every host needs a name</source>
        <translation>Her ev sahibinin bir adı olmalı</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Şubat</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Ocak</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Temmuz</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Haziran</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mart</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mayıs</translation>
    </message>
    <message>
        <source>Nobody called {typed} is among the people who get {kind} in this program</source>
        <translation>Bu programda {kind} alacak kişiler arasında {typed} adında biri yok</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Kasım</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Ekim</translation>
    </message>
    <message>
        <source>Participant {missing} is not on the roster of {code}</source>
        <translation>{missing} katılımcısı {code} listesinde değil</translation>
    </message>
    <message>
        <source>Program code {value} must be 1 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>{value} program kodu, bir harf ya da rakamla başlayan 1 ile 40 arası harf, rakam, nokta, tire ya da alt çizgiden oluşmalı</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Eylül</translation>
    </message>
    <message>
        <source>Signatory {number} has no name</source>
        <translation>{number}. imza sahibinin adı yok</translation>
    </message>
    <message>
        <source>Starting at {start_time}, the activity would end after midnight</source>
        <translation>{start_time} saatinde başlarsa etkinlik gece yarısından sonra biter</translation>
    </message>
    <message>
        <source>The activity has no date; write it as 25.08.2021</source>
        <translation>Etkinliğin tarihi yok; 25.08.2021 biçiminde yazın</translation>
    </message>
    <message>
        <source>The activity needs a kind, e.g. site visit or meeting</source>
        <translation>Etkinliğin bir türü olmalı; örneğin saha ziyareti ya da toplantı</translation>
    </message>
    <message>
        <source>The activity needs a title</source>
        <translation>Etkinliğin bir başlığı olmalı</translation>
    </message>
    <message>
        <source>The activity of {day} {start} is gone: plan the import again</source>
        <translation>{day} {start} etkinliği artık yok: içe aktarmayı yeniden planlayın</translation>
    </message>
    <message>
        <source>The activity {title} is not on this program&apos;s itinerary</source>
        <translation>{title} etkinliği bu programın akışında yok</translation>
    </message>
    <message>
        <source>The assignment could not be saved: {error}</source>
        <translation>Görevlendirme kaydedilemedi: {error}</translation>
    </message>
    <message>
        <source>The check-out ({check_out}) must be after the check-in ({check_in})</source>
        <translation>Çıkış ({check_out}) girişten ({check_in}) sonra olmalı</translation>
    </message>
    <message>
        <source>The check-out must be after the check-in</source>
        <translation>Çıkış, girişten sonra olmalı</translation>
    </message>
    <message>
        <source>The demo file cannot be read: {error}</source>
        <translation>Örnek program dosyası okunamıyor: {error}</translation>
    </message>
    <message>
        <source>The demo file {path} is damaged: {problem}</source>
        <translation>{path} örnek program dosyası bozuk: {problem}</translation>
    </message>
    <message>
        <source>The demo program could not be saved: {error}</source>
        <translation>Örnek program kaydedilemedi: {error}</translation>
    </message>
    <message>
        <source>The demo program is already loaded</source>
        <translation>Örnek program zaten yüklü</translation>
    </message>
    <message>
        <source>The departure is before the arrival</source>
        <translation>Ayrılış, varıştan önce</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written: {what}</source>
        <translation>Disk dolu ya da yazılamıyor: {what}</translation>
    </message>
    <message>
        <source>The disk is full: {what}</source>
        <translation>Disk dolu: {what}</translation>
    </message>
    <message>
        <source>The document was cancelled; no file was written</source>
        <translation>Belge iptal edildi; hiçbir dosya yazılmadı</translation>
    </message>
    <message>
        <source>The end ({end_time}) must be after the start ({start_time})</source>
        <translation>Bitiş ({end_time}) başlangıçtan ({start_time}) sonra olmalı</translation>
    </message>
    <message>
        <source>The end ({end_time}) of the absence must be after its start ({start_time})</source>
        <translation>Müsait olmama süresinin bitişi ({end_time}) başlangıcından ({start_time}) sonra olmalı</translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start})</source>
        <translation>Bitiş ({end}) başlangıçtan ({start}) sonra olmalı</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>Dışa aktarma iptal edildi</translation>
    </message>
    <message>
        <source>The guide needs a name</source>
        <translation>Rehberin bir adı olmalı</translation>
    </message>
    <message>
        <source>The import cannot be done again: another entry of the directory took the place of “{name}”</source>
        <translation>İçe aktarma yeniden yapılamıyor: dizindeki başka bir kayıt “{name}” kaydının yerini aldı</translation>
    </message>
    <message>
        <source>The import cannot be done again: its roster entries were taken since</source>
        <translation>İçe aktarma yeniden yapılamaz: listedeki kayıtları o zamandan beri değişti</translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation>İçe aktarma iptal edildi</translation>
    </message>
    <message>
        <source>The import was not started: the backup before it could not be taken ({error})</source>
        <translation>İçe aktarma başlatılmadı: öncesinde yedek alınamadı ({error})</translation>
    </message>
    <message>
        <source>The import was not started: the database failed SQLite&apos;s check while it was backed up, so it may be damaged; File ▸ Restore from backup… lists the good backups</source>
        <translation>İçe aktarma başlatılmadı: veritabanı yedeklenirken SQLite denetiminden geçemedi, bozuk olabilir; Dosya ▸ Yedekten geri yükle… sağlam yedekleri listeler</translation>
    </message>
    <message>
        <source>The last day ({last_day}) is before the first day ({first_day})</source>
        <translation>Son gün ({last_day}) ilk günden ({first_day}) önce</translation>
    </message>
    <message>
        <source>The last day ({last}) is before the first day ({first})</source>
        <translation>Son gün ({last}) ilk günden ({first}) önce</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters</source>
        <translation>Ad {limit} karakterden uzun</translation>
    </message>
    <message>
        <source>The name is missing</source>
        <translation>Ad eksik</translation>
    </message>
    <message>
        <source>The name is required</source>
        <translation>Ad gerekli</translation>
    </message>
    <message>
        <source>The offline copy&apos;s record of the program is damaged</source>
        <translation>Çevrimdışı kopyadaki program kaydı bozuk</translation>
    </message>
    <message>
        <source>The organization needs a name</source>
        <translation>Kurumun bir adı olmalı</translation>
    </message>
    <message>
        <source>The person needs a name</source>
        <translation>Kişinin bir adı olmalı</translation>
    </message>
    <message>
        <source>The program cannot run from {first_day} to {last_day}: its activity {title} of {day} would fall outside</source>
        <translation>Program {first_day} ile {last_day} arasında olamaz: {day} tarihli {title} etkinliği dışarıda kalır</translation>
    </message>
    <message>
        <source>The program could not be saved: {error}</source>
        <translation>Program kaydedilemedi: {error}</translation>
    </message>
    <message>
        <source>The program has several activities {title}: give the gift&apos;s day</source>
        <translation>Programda birden çok {title} etkinliği var: hediyenin gününü yazın</translation>
    </message>
    <message>
        <source>The program {code} has nobody to print {kind} for</source>
        <translation>{code} programında {kind} basılacak kimse yok</translation>
    </message>
    <message>
        <source>The program&apos;s first and last days must be given; write them as 24.08.2021</source>
        <translation>Programın ilk ve son günü girilmeli; 24.08.2021 biçiminde yazın</translation>
    </message>
    <message>
        <source>The program&apos;s title must not be empty</source>
        <translation>Programın başlığı boş olamaz</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled</source>
        <translation>Çift kayıt araması iptal edildi</translation>
    </message>
    <message>
        <source>The sheet {sheet} has no row {row} under its header</source>
        <translation>{sheet} sayfasında başlığın altında {row}. satır yok</translation>
    </message>
    <message>
        <source>The stay</source>
        <translation>Konaklama</translation>
    </message>
    <message>
        <source>The stay cannot be put back: its hotel is no longer in the directory</source>
        <translation>Konaklama geri getirilemez: oteli artık rehberde yok</translation>
    </message>
    <message>
        <source>The stay cannot be put back: its place was taken by another stay</source>
        <translation>Konaklama geri getirilemez: yerini başka bir konaklama aldı</translation>
    </message>
    <message>
        <source>The stay cannot be put back: the roommate is no longer on the roster</source>
        <translation>Konaklama geri getirilemez: oda arkadaşı artık listede yok</translation>
    </message>
    <message>
        <source>The stay of {full_name}</source>
        <translation>{full_name} konaklaması</translation>
    </message>
    <message>
        <source>The stay of {name}</source>
        <translation>{name} konaklaması</translation>
    </message>
    <message>
        <source>The template {template} cannot be read ({strerror})</source>
        <translation>{template} şablonu okunamıyor ({strerror})</translation>
    </message>
    <message>
        <source>The transfer has no date; write it as 25.08.2021</source>
        <translation>Transferin tarihi yok; 25.08.2021 biçiminde yazın</translation>
    </message>
    <message>
        <source>The transfer has no start time; write it as 14:30</source>
        <translation>Transferin başlangıç saati yok; 14:30 biçiminde yazın</translation>
    </message>
    <message>
        <source>The transfer needs the place it goes to</source>
        <translation>Transferin gideceği yer gerekli</translation>
    </message>
    <message>
        <source>The transfer needs the place it leaves from</source>
        <translation>Transferin başlayacağı yer gerekli</translation>
    </message>
    <message>
        <source>The vehicle needs a plate</source>
        <translation>Aracın bir plakası olmalı</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit} characters</source>
        <translation>{field} alanı {limit} karakterden uzun</translation>
    </message>
    <message>
        <source>The {name} is longer than {longest} characters</source>
        <translation>{name} alanı {longest} karakterden uzun</translation>
    </message>
    <message>
        <source>There already is a vehicle with the plate {same}</source>
        <translation>{same} plakalı bir araç zaten var</translation>
    </message>
    <message>
        <source>There already is an organization named “{name}”</source>
        <translation>“{name}” adında bir kurum zaten var</translation>
    </message>
    <message>
        <source>There already is an organization named “{name}”: merge the two instead</source>
        <translation>“{name}” adında bir kurum zaten var: bunun yerine ikisini birleştirin</translation>
    </message>
    <message>
        <source>There is no activity with the id {activity_id}</source>
        <translation>{activity_id} numaralı etkinlik yok</translation>
    </message>
    <message>
        <source>There is no activity with the id {activity_id} in {code}</source>
        <translation>{code} programında {activity_id} numaralı etkinlik yok</translation>
    </message>
    <message>
        <source>There is no activity {title} on the program&apos;s itinerary</source>
        <translation>Programın akışında {title} etkinliği yok</translation>
    </message>
    <message>
        <source>There is no activity {title} on {day} on the program&apos;s itinerary</source>
        <translation>Programın akışında {day} günü {title} etkinliği yok</translation>
    </message>
    <message>
        <source>There is no activity {title} to assign {guide} to</source>
        <translation>{guide} rehberinin görevlendirileceği {title} etkinliği yok</translation>
    </message>
    <message>
        <source>There is no document called {kind}; the kinds are {kinds}</source>
        <translation>{kind} adında bir belge yok; belge türleri: {kinds}</translation>
    </message>
    <message>
        <source>There is no entry of the directory with the id {id}</source>
        <translation>Dizinde {id} numaralı bir kayıt yok</translation>
    </message>
    <message>
        <source>There is no guide named {name}</source>
        <translation>{name} adında bir rehber yok</translation>
    </message>
    <message>
        <source>There is no guide with the id {driver_id}</source>
        <translation>{driver_id} numaralı rehber yok</translation>
    </message>
    <message>
        <source>There is no guide with the id {guide_id}</source>
        <translation>{guide_id} numaralı rehber yok</translation>
    </message>
    <message>
        <source>There is no movement with the id {movement_id}</source>
        <translation>{movement_id} numaralı transfer yok</translation>
    </message>
    <message>
        <source>There is no organization named “{name}”</source>
        <translation>“{name}” adında bir kurum yok</translation>
    </message>
    <message>
        <source>There is no participant with the id {missing} in {code}</source>
        <translation>{code} programında {missing} numaralı katılımcı yok</translation>
    </message>
    <message>
        <source>There is no program with the code {code}</source>
        <translation>{code} kodlu bir program yok</translation>
    </message>
    <message>
        <source>There is no vehicle with the id {missing}</source>
        <translation>{missing} numaralı araç yok</translation>
    </message>
    <message>
        <source>There is no vehicle with the id {vehicle_id}</source>
        <translation>{vehicle_id} numaralı araç yok</translation>
    </message>
    <message>
        <source>There is no vehicle with the plate {plate}: add it on the Vehicles sheet</source>
        <translation>{plate} plakalı bir araç yok: Araçlar sayfasına ekleyin</translation>
    </message>
    <message>
        <source>There is no venue named {name} in the directory</source>
        <translation>Rehberde {name} adında bir mekân yok</translation>
    </message>
    <message>
        <source>This absence no longer exists</source>
        <translation>Bu müsait olmama kaydı artık yok</translation>
    </message>
    <message>
        <source>This gift is no longer in the register</source>
        <translation>Bu hediye artık kayıtta yok</translation>
    </message>
    <message>
        <source>This guide is not on that activity</source>
        <translation>Bu rehber o etkinlikte görevli değil</translation>
    </message>
    <message>
        <source>This participant is no longer on the roster</source>
        <translation>Bu katılımcı artık listede değil</translation>
    </message>
    <message>
        <source>Workbooks cannot be read safely: the defusedxml package is missing (reinstall the application)</source>
        <translation>Excel dosyaları güvenli biçimde okunamıyor: defusedxml paketi eksik (uygulamayı yeniden kurun)</translation>
    </message>
    <message>
        <source>a name column such as Name, Full name, Adı Soyadı or ФИО (or First name and Last name, Adı and Soyadı, Имя and Фамилия)</source>
        <translation>Name, Full name, Adı Soyadı ya da ФИО gibi bir ad sütunu (ya da First name ve Last name, Adı ve Soyadı, Имя ve Фамилия)</translation>
    </message>
    <message>
        <source>a note under the list</source>
        <translation>listenin altındaki bir not</translation>
    </message>
    <message>
        <source>any of its sheets</source>
        <translation>hiçbir sayfanın</translation>
    </message>
    <message>
        <source>before Excel&apos;s first row (1)</source>
        <translation>Excel&apos;in ilk satırından (1) önce</translation>
    </message>
    <message>
        <source>has a cell at {cell}</source>
        <translation>{cell} konumunda bir hücre içeriyor</translation>
    </message>
    <message>
        <source>holds more than {limit} rows</source>
        <translation>{limit} satırdan fazla satır içeriyor</translation>
    </message>
    <message>
        <source>in column {column}, row {row}</source>
        <translation>{column}. sütun, {row}. satır</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>{limit} karakterden uzun</translation>
    </message>
    <message>
        <source>more than Excel has</source>
        <translation>Excel&apos;in sınırından fazla</translation>
    </message>
    <message>
        <source>numbers a row {number}</source>
        <translation>bir satırı {number} olarak numaralandırıyor</translation>
    </message>
    <message>
        <source>of {digits} digits</source>
        <translation>{digits} basamaklı bir sayı</translation>
    </message>
    <message>
        <source>past Excel&apos;s last column XFD ({limit})</source>
        <translation>Excel&apos;in son sütunu olan XFD&apos;nin ({limit}) ötesinde</translation>
    </message>
    <message>
        <source>past Excel&apos;s last row ({limit})</source>
        <translation>Excel&apos;in son satırının ({limit}) ötesinde</translation>
    </message>
    <message>
        <source>row {row} blank</source>
        <translation>{row}. satır boş</translation>
    </message>
    <message>
        <source>rows {first}–{last} blank</source>
        <translation>{first}–{last}. satırlar boş</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>{sheet} sayfasının</translation>
    </message>
    <message>
        <source>the same as row {row}</source>
        <translation>{row}. satırın aynısı</translation>
    </message>
    <message>
        <source>write it as 03.05.1978 (day first) or 1978-05-03</source>
        <translation>03.05.1978 (önce gün) ya da 1978-05-03 biçiminde yazın</translation>
    </message>
    <message>
        <source>write it as 27.08.2021 or 27.08.2021 14:00–18:00</source>
        <translation>27.08.2021 ya da 27.08.2021 14:00–18:00 biçiminde yazın</translation>
    </message>
    <message>
        <source>write it as TK 351 24.08.2021 14:35, or the date and time alone</source>
        <translation>TK 351 24.08.2021 14:35 biçiminde ya da yalnızca tarih ve saat olarak yazın</translation>
    </message>
    <message>
        <source>{activity} is not an activity of {code}</source>
        <translation>{activity}, {code} programının bir etkinliği değil</translation>
    </message>
    <message>
        <source>{bomb} (it inflates to {size} MB)</source>
        <translation>{bomb} (açıldığında {size} MB oluyor)</translation>
    </message>
    <message>
        <source>{bomb} ({count} entries, at most {limit} allowed)</source>
        <translation>{bomb} ({count} öğe; en çok {limit} öğeye izin verilir)</translation>
    </message>
    <message>
        <source>{bomb} ({member} inflates to {size} MB)</source>
        <translation>{bomb} ({member} açıldığında {size} MB oluyor)</translation>
    </message>
    <message>
        <source>{bomb} ({member} inflates {ratio} times)</source>
        <translation>{bomb} ({member} açıldığında {ratio} kat büyüyor)</translation>
    </message>
    <message>
        <source>{count} guides match {name} ({names}): give the full name</source>
        <translation>{name} ile {count} rehber eşleşiyor ({names}): tam adı yazın</translation>
    </message>
    <message>
        <source>{day} has no year: write it with its year or fill the date</source>
        <translation>{day} için yıl yok: yılıyla birlikte yazın ya da tarihi doldurun</translation>
    </message>
    <message>
        <source>{day} is not a day of {code} ({first_day}–{last_day}) or the day either side</source>
        <translation>{day}, {code} programının günlerinden ({first_day}–{last_day}) ya da bir önceki veya sonraki gün değil</translation>
    </message>
    <message>
        <source>{day} is outside the program {code}, which runs from {first} to {last}</source>
        <translation>{day}, {first} ile {last} arasında süren {code} programının dışında</translation>
    </message>
    <message>
        <source>{day}.{year} is outside the program {code}, which runs from {first_day} to {last_day}</source>
        <translation>{day}.{year}, {first_day} ile {last_day} arasında süren {code} programının dışında</translation>
    </message>
    <message>
        <source>{direction} is not a direction: given or received</source>
        <translation>{direction} bir yön değil: verilen ya da alınan</translation>
    </message>
    <message>
        <source>{entry}: {value} is not a time of day; {hint}</source>
        <translation>{entry}: {value} geçerli bir saat değil; {hint}</translation>
    </message>
    <message>
        <source>{filename} cannot be written: {strerror}</source>
        <translation>{filename} yazılamıyor: {strerror}</translation>
    </message>
    <message>
        <source>{folder}: the folder cannot be made ({strerror})</source>
        <translation>{folder}: klasör oluşturulamıyor ({strerror})</translation>
    </message>
    <message>
        <source>{found} was put on the roster since the import was planned: plan the import again</source>
        <translation>{found}, içe aktarma planlandıktan sonra listeye eklendi: içe aktarmayı yeniden planlayın</translation>
    </message>
    <message>
        <source>{full_name} already is a guide</source>
        <translation>{full_name} zaten rehber</translation>
    </message>
    <message>
        <source>{full_name} has no stay to remove</source>
        <translation>{full_name} için kaldırılacak konaklama yok</translation>
    </message>
    <message>
        <source>{full_name} is already on the roster</source>
        <translation>{full_name} zaten listede</translation>
    </message>
    <message>
        <source>{full_name} is already on {title}</source>
        <translation>{full_name} zaten {title} etkinliğinde görevli</translation>
    </message>
    <message>
        <source>{full_name} is not a driver (a guide with the driver role)</source>
        <translation>{full_name} şoför değil (şoför görevli bir rehber)</translation>
    </message>
    <message>
        <source>{full_name} is not on this program&apos;s roster</source>
        <translation>{full_name} bu programın listesinde değil</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <source>{kind} is not a kind of movement (pickup, dropoff or ride)</source>
        <translation>{kind} bir transfer türü değil (karşılama, bırakma ya da yolculuk)</translation>
    </message>
    <message>
        <source>{label} is mapped to column {column}, which has no header</source>
        <translation>{label} alanı, başlığı olmayan {column} sütununa eşlenmiş</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{language} is not a language of the manifest (en or tr)</source>
        <translation>{language} yolcu listesinin dillerinden değil (en ya da tr)</translation>
    </message>
    <message>
        <source>{language} is not a language of the register (en or tr)</source>
        <translation>{language} hediye kaydının dillerinden değil (en ya da tr)</translation>
    </message>
    <message>
        <source>{language} is not a language of the rooming list (en or tr)</source>
        <translation>{language} oda listesinin dillerinden değil (en ya da tr)</translation>
    </message>
    <message>
        <source>{language} is not a language of the sheets (en or tr)</source>
        <translation>{language} tabloların dillerinden değil (en ya da tr)</translation>
    </message>
    <message>
        <source>{name} (no organization)</source>
        <translation>{name} (kurum yok)</translation>
    </message>
    <message>
        <source>{name} ({organization})</source>
        <translation>{name} ({organization})</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation>{name} açılamıyor: {reason}</translation>
    </message>
    <message>
        <source>{name} has another row on this sheet already</source>
        <translation>{name} için bu sayfada zaten başka bir satır var</translation>
    </message>
    <message>
        <source>{name} has no roster header in the first {count} rows of {where}: expected {expected}</source>
        <translation>{name}: {where} ilk {count} satırında katılımcı listesi başlığı yok; beklenen: {expected}</translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet} (its sheets: {listed})</source>
        <translation>{name} içinde {sheet} adında bir sayfa yok (sayfaları: {listed})</translation>
    </message>
    <message>
        <source>{name} has no sheet of a program: expected a header row with columns such as Date, Start, End, Activity (Tarih, Başlangıç, Bitiş, Etkinlik)</source>
        <translation>{name} içinde program sayfası yok: Date, Start, End, Activity (Tarih, Başlangıç, Bitiş, Etkinlik) gibi sütunları olan bir başlık satırı bekleniyor</translation>
    </message>
    <message>
        <source>{name} has no sheet of an itinerary: expected a header row with columns such as Date, Start, End, Activity (Tarih, Başlangıç, Bitiş, Etkinlik)</source>
        <translation>{name} içinde program akışı sayfası yok: Date, Start, End, Activity (Tarih, Başlangıç, Bitiş, Etkinlik) gibi sütunları olan bir başlık satırı bekleniyor</translation>
    </message>
    <message>
        <source>{name} has travel on row {row} already: keep one row</source>
        <translation>{name} için seyahat bilgisi zaten {row}. satırda var: tek bir satır bırakın</translation>
    </message>
    <message>
        <source>{name} is already on the roster with these details</source>
        <translation>{name} bu bilgilerle zaten katılımcı listesinde</translation>
    </message>
    <message>
        <source>{name} is already updated by row {row}: keep one of the rows</source>
        <translation>{name} zaten {row}. satırla güncelleniyor: satırlardan birini bırakın</translation>
    </message>
    <message>
        <source>{name} is also on row {row}, with different details: keep one</source>
        <translation>{name} farklı bilgilerle {row}. satırda da var: birini bırakın</translation>
    </message>
    <message>
        <source>{name} is an old binary Excel file (.xls): open it in Excel and save it as an Excel Workbook (.xlsx)</source>
        <translation>{name} eski biçimli bir Excel dosyası (.xls): Excel&apos;de açıp Excel Çalışma Kitabı (.xlsx) olarak kaydedin</translation>
    </message>
    <message>
        <source>{name} is damaged or truncated and cannot be read as a workbook ({error})</source>
        <translation>{name} bozuk ya da eksik; Excel dosyası olarak okunamıyor ({error})</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} boş</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large for a roster</source>
        <translation>{name} {size} MB&apos;tan büyük; bir katılımcı listesi için çok büyük</translation>
    </message>
    <message>
        <source>{name} is not a text file that can be read as CSV</source>
        <translation>{name}, CSV olarak okunabilecek bir metin dosyası değil</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx, .xlsm) or a CSV file</source>
        <translation>{name} bir Excel dosyası (.xlsx, .xlsm) ya da CSV dosyası değil</translation>
    </message>
    <message>
        <source>{name} is not an offline copy of a program</source>
        <translation>{name} bir programın çevrimdışı kopyası değil</translation>
    </message>
    <message>
        <source>{name} is not on the program&apos;s roster</source>
        <translation>{name} programın katılımcı listesinde değil</translation>
    </message>
    <message>
        <source>{name} is on neither the Participants sheet nor the program&apos;s roster</source>
        <translation>{name} ne Katılımcılar sayfasında ne de programın katılımcı listesinde var</translation>
    </message>
    <message>
        <source>{name} is on several rows of the Participants sheet: travel cannot be told whose</source>
        <translation>{name}, Katılımcılar sayfasında birden çok satırda var: seyahat bilgisinin kime ait olduğu anlaşılamıyor</translation>
    </message>
    <message>
        <source>{name} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook) and save it again</source>
        <translation>{name} parolayla korunuyor: Excel&apos;de açın, parolayı kaldırın (Dosya ▸ Bilgi ▸ Çalışma Kitabını Koru) ve yeniden kaydedin</translation>
    </message>
    <message>
        <source>{name} is protected with a password: save it again without one</source>
        <translation>{name} parolayla korunuyor: parolasız olarak yeniden kaydedin</translation>
    </message>
    <message>
        <source>{name} is refused: it looks like a zip bomb</source>
        <translation>{name} reddedildi: bir zip bombasına benziyor</translation>
    </message>
    <message>
        <source>{name} is saved as Strict Open XML, which cannot be read: open it in Excel and save it as an Excel Workbook (.xlsx)</source>
        <translation>{name}, okunamayan Strict Open XML biçiminde kaydedilmiş: Excel&apos;de açıp Excel Çalışma Kitabı (.xlsx) olarak kaydedin</translation>
    </message>
    <message>
        <source>{name} is the database open now, not an offline copy of it</source>
        <translation>{name} şu anda açık olan veritabanı, onun çevrimdışı kopyası değil</translation>
    </message>
    <message>
        <source>{name} is too large to read</source>
        <translation>{name} okunamayacak kadar büyük</translation>
    </message>
    <message>
        <source>{name} matches several participants ({names}): fill the organization</source>
        <translation>{name} birden çok katılımcıyla eşleşiyor ({names}): kurumu doldurun</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since it was read ({fields}); nothing was saved: look at it again and make the change again</source>
        <translation>{name}, okunduktan sonra başka biri tarafından değiştirildi ({fields}); hiçbir şey kaydedilmedi: yeniden bakın ve değişikliği yeniden yapın</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since it was read; nothing was saved: look at it again and make the change again</source>
        <translation>{name}, okunduktan sonra başka biri tarafından değiştirildi; hiçbir şey kaydedilmedi: yeniden bakın ve değişikliği yeniden yapın</translation>
    </message>
    <message>
        <source>{name} was changed or removed since the import was planned: plan the import again</source>
        <translation>{name}, içe aktarma planlandıktan sonra değiştirildi ya da kaldırıldı: içe aktarmayı yeniden planlayın</translation>
    </message>
    <message>
        <source>{name}, line {line}, cannot be read as CSV ({error})</source>
        <translation>{name}, {line}. satır, CSV olarak okunamıyor ({error})</translation>
    </message>
    <message>
        <source>{name}, sheet {sheet},</source>
        <translation>{name}, {sheet} sayfası,</translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}, has more than {limit} rows</source>
        <translation>{name}, {sheet} sayfası: {limit} satırdan fazla satır var</translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}, has more than {limit} rows, too many for a roster</source>
        <translation>{name}, {sheet} sayfası: {limit} satırdan fazla satır var; bir katılımcı listesi için çok fazla</translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}, {what}, {problem}: the file is damaged or was not saved by a spreadsheet program, and is refused</source>
        <translation>{name}, {sheet} sayfası, {what}, {problem}: dosya bozuk ya da bir hesap tablosu programıyla kaydedilmemiş; reddedildi</translation>
    </message>
    <message>
        <source>{name}: a caterer&apos;s sheet is exported as an Excel workbook ending in .xlsx</source>
        <translation>{name}: ikram firması tablosu .xlsx uzantılı bir Excel dosyası olarak dışa aktarılır</translation>
    </message>
    <message>
        <source>{name}: a gift register is exported as an Excel workbook ending in .xlsx</source>
        <translation>{name}: hediye kaydı .xlsx uzantılı bir Excel dosyası olarak dışa aktarılır</translation>
    </message>
    <message>
        <source>{name}: a guide&apos;s schedule is written as .xlsx or .ics</source>
        <translation>{name}: rehber çizelgesi .xlsx ya da .ics olarak yazılır</translation>
    </message>
    <message>
        <source>{name}: a manifest is written as FILE.pdf or FILE.xlsx</source>
        <translation>{name}: yolcu listesi DOSYA.pdf ya da DOSYA.xlsx olarak yazılır</translation>
    </message>
    <message>
        <source>{name}: a rooming list is exported as an Excel workbook ending in .xlsx</source>
        <translation>{name}: oda listesi .xlsx uzantılı bir Excel dosyası olarak dışa aktarılır</translation>
    </message>
    <message>
        <source>{name}: it is not an image, or it is damaged</source>
        <translation>{name}: bu bir resim değil ya da bozuk</translation>
    </message>
    <message>
        <source>{name}: letters are written into a folder, one file per person</source>
        <translation>{name}: mektuplar bir klasöre, her kişi için bir dosya olarak yazılır</translation>
    </message>
    <message>
        <source>{name}: the background must be a PNG or JPEG image, not {format}</source>
        <translation>{name}: arka plan {format} değil, PNG ya da JPEG resmi olmalı</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read ({strerror})</source>
        <translation>{name}: dosya okunamıyor ({strerror})</translation>
    </message>
    <message>
        <source>{name}: the image has too many pixels to print</source>
        <translation>{name}: resim basılamayacak kadar çok piksel içeriyor</translation>
    </message>
    <message>
        <source>{name}: the image has {width} × {height} pixels, too many to print</source>
        <translation>{name}: resim {width} × {height} piksel, basılamayacak kadar çok</translation>
    </message>
    <message>
        <source>{name}: the image is larger than {limit} MB</source>
        <translation>{name}: resim {limit} MB&apos;tan büyük</translation>
    </message>
    <message>
        <source>{name}: this document is written as {suffixes}</source>
        <translation>{name}: bu belge {suffixes} olarak yazılır</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({strerror})</source>
        <translation>{path}: yazılamıyor ({strerror})</translation>
    </message>
    <message>
        <source>{role} is not a guide&apos;s role; the roles are {roles}</source>
        <translation>{role} bir rehber görevi değil; görevler: {roles}</translation>
    </message>
    <message>
        <source>{role} is not a role: head, member or staff</source>
        <translation>{role} bir görev değil: heyet başkanı, üye ya da personel</translation>
    </message>
    <message>
        <source>{room_type} is not a room type: single, double, twin or suite</source>
        <translation>{room_type} bir oda türü değil: tek kişilik, çift kişilik, iki yataklı ya da süit</translation>
    </message>
    <message>
        <source>{seats} is not a number of seats (0 to {limit})</source>
        <translation>{seats} bir koltuk sayısı değil (0 ile {limit} arası)</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {error}</source>
        <translation>{sheet}, satır {row}: {error}</translation>
    </message>
    <message>
        <source>{target} exists already: an offline copy goes into a new file</source>
        <translation>{target} zaten var: çevrimdışı kopya yeni bir dosyaya yazılır</translation>
    </message>
    <message>
        <source>{time} is a time without a date</source>
        <translation>{time} tarihi olmayan bir saat</translation>
    </message>
    <message>
        <source>{time} is a time without a date; {hint}</source>
        <translation>{time} tarihi olmayan bir saat; {hint}</translation>
    </message>
    <message>
        <source>{typed} fits several people ({names}); give more of the name</source>
        <translation>{typed} birden çok kişiye uyuyor ({names}); adın daha fazlasını yazın</translation>
    </message>
    <message>
        <source>{value} gives hours without a day; {hint}</source>
        <translation>{value} gün belirtmeden saat veriyor; {hint}</translation>
    </message>
    <message>
        <source>{value} has no real date in it; {hint}</source>
        <translation>{value} geçerli bir tarih içermiyor; {hint}</translation>
    </message>
    <message>
        <source>{value} is ambiguous: {first} {first_month} or {second} {second_month}? Write it day first with dots ({dotted}) or as {iso}</source>
        <translation>{value} belirsiz: {first} {first_month} mı, {second} {second_month} mı? Önce günü yazıp noktayla ayırın ({dotted}) ya da {iso} biçiminde yazın</translation>
    </message>
    <message>
        <source>{value} is more than the register can store ({limit})</source>
        <translation>{value}, kaydın tutabileceğinden fazla ({limit})</translation>
    </message>
    <message>
        <source>{value} is neither given nor received (verilen, alınan)</source>
        <translation>{value} ne verilen ne alınan: verilen ya da alınan yazın</translation>
    </message>
    <message>
        <source>{value} is neither yes nor no</source>
        <translation>{value} ne evet ne hayır</translation>
    </message>
    <message>
        <source>{value} is not a currency: give its three letters, such as TRY or EUR</source>
        <translation>{value} bir para birimi değil: TRY ya da EUR gibi üç harfini yazın</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} bir tarih değil</translation>
    </message>
    <message>
        <source>{value} is not a date; {hint}</source>
        <translation>{value} bir tarih değil; {hint}</translation>
    </message>
    <message>
        <source>{value} is not a day of absence; {hint}</source>
        <translation>{value} geçerli bir müsait olmama günü değil; {hint}</translation>
    </message>
    <message>
        <source>{value} is not a flight with its date and time; {hint}</source>
        <translation>{value} tarihi ve saatiyle bir uçuş değil; {hint}</translation>
    </message>
    <message>
        <source>{value} is not a guide&apos;s role</source>
        <translation>{value} bir rehber görevi değil</translation>
    </message>
    <message>
        <source>{value} is not a guide&apos;s role; the roles are {names}</source>
        <translation>{value} bir rehber görevi değil; görevler: {names}</translation>
    </message>
    <message>
        <source>{value} is not a kind of transfer: pickup, drop-off or ride</source>
        <translation>{value} bir transfer türü değil: karşılama, uğurlama ya da ara transfer</translation>
    </message>
    <message>
        <source>{value} is not a language code such as en, tr, ru or kk</source>
        <translation>{value}, en, tr, ru ya da kk gibi bir dil kodu değil</translation>
    </message>
    <message>
        <source>{value} is not a language: write codes such as en, tr, ru, kk</source>
        <translation>{value} bir dil değil: en, tr, ru, kk gibi kodlar yazın</translation>
    </message>
    <message>
        <source>{value} is not a number of hours between 0 and 24</source>
        <translation>{value}, 0 ile 24 arasında bir saat sayısı değil</translation>
    </message>
    <message>
        <source>{value} is not a number of seats (0 to 999)</source>
        <translation>{value} bir koltuk sayısı değil (0 ile 999 arası)</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} bir telefon numarası değil</translation>
    </message>
    <message>
        <source>{value} is not a real date or time; {hint}</source>
        <translation>{value} geçerli bir tarih ya da saat değil; {hint}</translation>
    </message>
    <message>
        <source>{value} is not a role: write head, member or staff</source>
        <translation>{value} bir görev değil: heyet başkanı, üye ya da personel yazın</translation>
    </message>
    <message>
        <source>{value} is not a room type: single, double, twin or suite (tek kişilik, çift kişilik, iki yataklı, süit)</source>
        <translation>{value} bir oda tipi değil: tek kişilik, çift kişilik, iki yataklı ya da süit (single, double, twin, suite)</translation>
    </message>
    <message>
        <source>{value} is not a time of day; {hint}</source>
        <translation>{value} geçerli bir saat değil; {hint}</translation>
    </message>
    <message>
        <source>{value} is not a time; write it as 10:30</source>
        <translation>{value} bir saat değil; 10:30 biçiminde yazın</translation>
    </message>
    <message>
        <source>{value} is not a way of travel: flight, train, car or bus</source>
        <translation>{value} bir yolculuk biçimi değil: uçak, tren, otomobil ya da otobüs</translation>
    </message>
    <message>
        <source>{value} is not a way of travel: write flight, train, car or bus</source>
        <translation>{value} bir ulaşım şekli değil: uçak, tren, otomobil ya da otobüs yazın</translation>
    </message>
    <message>
        <source>{value} is not an amount of money</source>
        <translation>{value} bir para tutarı değil</translation>
    </message>
    <message>
        <source>{value} is not an amount; write it as 1250.00</source>
        <translation>{value} bir tutar değil; 1250.00 biçiminde yazın</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address</source>
        <translation>{value} bir e-posta adresi değil</translation>
    </message>
    <message>
        <source>{value}: the end ({end}) must be after the start ({start})</source>
        <translation>{value}: bitiş ({end}) başlangıçtan ({start}) sonra olmalı</translation>
    </message>
    <message>
        <source>{value}: {reason}</source>
        <translation>{value}: {reason}</translation>
    </message>
    <message>
        <source>{where} declares XML entities or a DTD, which a workbook saved by Excel never does; it is refused as a possible entity bomb</source>
        <translation>{where} XML varlıkları ya da DTD tanımlıyor; Excel&apos;in kaydettiği bir dosya bunu asla yapmaz. Olası bir varlık bombası olarak reddedildi</translation>
    </message>
    <message>
        <source>{where} is damaged and cannot be read as a workbook ({detail})</source>
        <translation>{where} bozuk; Excel dosyası olarak okunamıyor ({detail})</translation>
    </message>
    <message>
        <source>{year} is not a year of the calendar</source>
        <translation>{year} takvimde bir yıl değil</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a value</source>
        <translation>Bir değeri düzelt</translation>
    </message>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Satır {row}: {name}</translation>
    </message>
    <message>
        <source>The value is read as the file&apos;s cell would be. Leave it empty to import the row without it.</source>
        <translation>Değer, dosyadaki hücre gibi okunur. Satırı bu değer olmadan aktarmak için boş bırakın.</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Hücre:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Değer:</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>{folder} klasörü oluşturulamıyor: {reason}</translation>
    </message>
    <message>
        <source>The lock file {file} cannot be written beside the database.</source>
        <translation>Kilit dosyası {file} veritabanının yanına yazılamıyor.</translation>
    </message>
    <message>
        <source>{file} is open in another Delegation Coordinator window, on the computer {host} (user {user}) since {since}. Close it there first: two windows on one database would overwrite each other&apos;s work.</source>
        <translation>{file}, {host} bilgisayarında ({user} kullanıcısı) {since} tarihinden beri başka bir Heyet Koordinatörü penceresinde açık. Önce oradan kapatın: aynı veritabanındaki iki pencere birbirinin çalışmasının üzerine yazar.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Yeni veritabanı</translation>
    </message>
    <message>
        <source>The file {path} already exists. Use File ▸ Open database… to open it, or choose another name.</source>
        <translation>{path} dosyası zaten var. Açmak için Dosya ▸ Veritabanı aç… komutunu kullanın ya da başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Taking the daily backup…</source>
        <translation>Günlük yedek alınıyor…</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Günlük yedek</translation>
    </message>
    <message>
        <source>The daily backup of {file} failed SQLite&apos;s integrity check: the database itself may be damaged. File ▸ Restore from backup… lists the good backups.</source>
        <translation>{file} günlük yedeği SQLite bütünlük denetiminden geçemedi: veritabanının kendisi hasarlı olabilir. Dosya ▸ Yedekten geri yükle… sağlam yedekleri listeler.</translation>
    </message>
    <message>
        <source>Daily backup taken: {file}</source>
        <translation>Günlük yedek alındı: {file}</translation>
    </message>
    <message>
        <source>The daily backup of {file} could not be taken: {reason}</source>
        <translation>{file} günlük yedeği alınamadı: {reason}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Yedekten geri yükle</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Yedek geri yükleniyor…</translation>
    </message>
    <message>
        <source>Restoring the backup of {backup}…</source>
        <translation>{backup} yedeği geri yükleniyor…</translation>
    </message>
    <message>
        <source>Restored the backup of {backup}; what it replaced is kept as one.</source>
        <translation>{backup} yedeği geri yüklendi; yerine geçtiği durum da yedek olarak saklandı.</translation>
    </message>
</context>
<context>
    <name>DirectoryController</name>
    <message>
        <source>Reading the organizations and people…</source>
        <translation>Kurumlar ve kişiler okunuyor…</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Dizin</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
</context>
<context>
    <name>DirectoryEntries</name>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Olası çift kayıtlar aranıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s). Select one and choose Merge… to look at both.</source>
        <translation>
            <numerusform>%n olası çift kayıt. İkisini birlikte görmek için birini seçip Birleştir… düğmesine basın.</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>Olası çift kayıt bulunamadı.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Olası çift kayıtlar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birleştir</translation>
    </message>
    <message>
        <source>One of the two is no longer in the directory.</source>
        <translation>İkisinden biri artık dizinde yok.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Merge organizations</source>
        <translation>Kurumları birleştir</translation>
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
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Kişileri birleştir</translation>
    </message>
</context>
<context>
    <name>DirectoryModels</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Sahibi</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>Şehir, ülke</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
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
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>same name (other script, language or order)</source>
        <translation>aynı ad (başka alfabe, dil ya da sıra)</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>kısaltma</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>aynı e-posta</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>aynı telefon</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Olası çift kayıt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Mekan</translation>
    </message>
    <message>
        <source>Travel time (min)</source>
        <translation>Seyahat süresi (dk)</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Directory</source>
        <translation>Dizin</translation>
    </message>
    <message>
        <source>Filter venues (name, kind, owner, city…)</source>
        <translation>Mekanları süz: ad, tür, sahibi, şehir…</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Kurumları süz</translation>
    </message>
    <message>
        <source>Filter people (name, title, organization…)</source>
        <translation>Kişileri süz: ad, unvan, kurum…</translation>
    </message>
    <message>
        <source>Filter possible duplicates</source>
        <translation>Olası çift kayıtları süz</translation>
    </message>
    <message>
        <source>Reading the organizations and people…</source>
        <translation>Kurumlar ve kişiler okunuyor…</translation>
    </message>
    <message>
        <source>Look for organizations and people entered twice: under an abbreviation, in Turkish and in English, in Cyrillic and in Latin letters. Nothing is merged unless you merge it.</source>
        <translation>İki kez girilmiş kurum ve kişileri arayın: kısaltmayla, Türkçe ve İngilizce, Kiril ve Latin harfleriyle girilmiş olanları. Siz birleştirmedikçe hiçbir şey birleştirilmez.</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>Olası &amp;çift kayıtlar</translation>
    </message>
    <message>
        <source>&amp;Add venue…</source>
        <translation>Mekan &amp;ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit venue…</source>
        <translation>Mekanı &amp;düzenle…</translation>
    </message>
    <message>
        <source>&amp;Remove venue</source>
        <translation>Mekanı ka&amp;ldır</translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation>Kurumu &amp;düzenle…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>Kişiyi &amp;düzenle…</translation>
    </message>
    <message>
        <source>&amp;Find possible duplicates</source>
        <translation>Olası çift kayıtları &amp;ara</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Birleştir…</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>Seçili ikisini &amp;birleştir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>No venues yet. Add one with Add venue… above, or with a new activity.</source>
        <translation>Henüz mekan yok. Yukarıdaki Mekan ekle… ile ya da yeni bir etkinlikle ekleyin.</translation>
    </message>
    <message>
        <source>No organizations yet. They are added with the participants, hosts and venues that belong to them.</source>
        <translation>Henüz kurum yok. Kurumlar, onlara bağlı katılımcılar, ev sahipleri ve mekanlarla birlikte eklenir.</translation>
    </message>
    <message>
        <source>No people yet. Everyone added to a roster, as a host or as a guide is kept here for the next program.</source>
        <translation>Henüz kişi yok. Bir katılımcı listesine, ev sahibi ya da rehber olarak eklenen herkes bir sonraki program için burada saklanır.</translation>
    </message>
    <message>
        <source>Press Find possible duplicates above to look for entries made twice.</source>
        <translation>İki kez girilmiş kayıtları aramak için yukarıdaki Olası çift kayıtları ara düğmesine basın.</translation>
    </message>
    <message>
        <source>&amp;Venues</source>
        <translation>&amp;Mekanlar</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>K&amp;urumlar</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Ki&amp;şiler</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Belgenin dili</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Kâğıt boyutu</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kâğıt:</translation>
    </message>
    <message>
        <source>8 a sheet (A7)</source>
        <translation>Sayfada 8 (A7)</translation>
    </message>
    <message>
        <source>4 a sheet (A6)</source>
        <translation>Sayfada 4 (A6)</translation>
    </message>
    <message>
        <source>Badge &amp;size:</source>
        <translation>Yaka kartı &amp;boyutu:</translation>
    </message>
    <message>
        <source>For &amp;everyone</source>
        <translation>&amp;Herkes için</translation>
    </message>
    <message>
        <source>&amp;Only for {name}</source>
        <translation>&amp;Yalnızca {name} için</translation>
    </message>
    <message>
        <source>&amp;Make…</source>
        <translation>&amp;Hazırla…</translation>
    </message>
</context>
<context>
    <name>DocumentStatusDialog</name>
    <message>
        <source>Produced documents</source>
        <translation>Hazırlanan belgeler</translation>
    </message>
    <message>
        <source>&amp;Make the out-of-date ones again</source>
        <translation>&amp;Güncel olmayanları yeniden hazırla</translation>
    </message>
    <message>
        <source>No documents have been made for this program yet.</source>
        <translation>Bu program için henüz belge hazırlanmadı.</translation>
    </message>
    <message>
        <source>Every document shows what the program records.</source>
        <translation>Tüm belgeler programdaki bilgilerle güncel.</translation>
    </message>
    <message>
        <source>Out of date: {documents}.</source>
        <translation>Güncel değil: {documents}.</translation>
    </message>
</context>
<context>
    <name>DocumentStatusModel</name>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kimin için</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hazırlanma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Out of date: {why}</source>
        <translation>Güncel değil: {why}</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Güncel</translation>
    </message>
    <message>
        <source>the whole program</source>
        <translation>programın tamamı</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>Program booklet</source>
        <translation>Program kitapçığı</translation>
    </message>
    <message>
        <source>Personal programme</source>
        <translation>Kişisel program</translation>
    </message>
    <message>
        <source>Guide sheet</source>
        <translation>Rehber sayfası</translation>
    </message>
    <message>
        <source>Name badge</source>
        <translation>Yaka kartı</translation>
    </message>
    <message>
        <source>Name tent</source>
        <translation>Masa isimliği</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifika</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Davet mektubu</translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation>Teşekkür mektubu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>the program&apos;s details</source>
        <translation>programın bilgileri</translation>
    </message>
    <message>
        <source>the delegation</source>
        <translation>heyet</translation>
    </message>
    <message>
        <source>the signatories</source>
        <translation>imza sahipleri</translation>
    </message>
    <message>
        <source>the background image</source>
        <translation>arka plan resmi</translation>
    </message>
    <message>
        <source>{subject} was added</source>
        <translation>{subject}: eklendi</translation>
    </message>
    <message>
        <source>{subject} was removed</source>
        <translation>{subject}: kaldırıldı</translation>
    </message>
    <message>
        <source>{subject} changed</source>
        <translation>{subject}: değişti</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Belgeler</translation>
    </message>
    <message>
        <source>Program &amp;booklet…</source>
        <translation>Program &amp;kitapçığı…</translation>
    </message>
    <message>
        <source>&amp;Personal programmes…</source>
        <translation>&amp;Kişisel programlar…</translation>
    </message>
    <message>
        <source>&amp;Guide and driver sheets…</source>
        <translation>&amp;Rehber ve şoför sayfaları…</translation>
    </message>
    <message>
        <source>Name &amp;badges…</source>
        <translation>&amp;Yaka kartları…</translation>
    </message>
    <message>
        <source>Name &amp;tents…</source>
        <translation>&amp;Masa isimlikleri…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Sertifikalar…</translation>
    </message>
    <message>
        <source>&amp;Invitation letters…</source>
        <translation>&amp;Davet mektupları…</translation>
    </message>
    <message>
        <source>T&amp;hank-you letters…</source>
        <translation>&amp;Teşekkür mektupları…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapor…</translation>
    </message>
    <message>
        <source>Certificate &amp;settings…</source>
        <translation>Sertifika &amp;ayarları…</translation>
    </message>
    <message>
        <source>Choose who signs the certificates and their background</source>
        <translation>Sertifikaları kimin imzalayacağını ve arka planını seçin</translation>
    </message>
    <message>
        <source>Produced &amp;documents…</source>
        <translation>Hazırlanan &amp;belgeler…</translation>
    </message>
    <message>
        <source>Which documents were made, and which are out of date</source>
        <translation>Hangi belgeler hazırlandı, hangileri güncel değil</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <source>Preview and print a PDF document</source>
        <translation>Bir PDF belgesini önizle ve yazdır</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Word belgesi (*.docx);;Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Making the {document}…</source>
        <translation>Hazırlanıyor: {document}…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {place}.</source>
        <translation>
            <numerusform>%n dosya {place} konumuna yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document cannot be made</source>
        <translation>Belge hazırlanamıyor</translation>
    </message>
    <message>
        <source>Cancelled; no file was changed.</source>
        <translation>İptal edildi; hiçbir dosya değişmedi.</translation>
    </message>
    <message>
        <source>Preparing the preview of {file}…</source>
        <translation>{file} önizlemesi hazırlanıyor…</translation>
    </message>
    <message>
        <source>The document cannot be shown</source>
        <translation>Belge gösterilemiyor</translation>
    </message>
    <message>
        <source>Printing {file}…</source>
        <translation>{file} yazdırılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Yazıcıya %n sayfa gönderildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Produced documents</source>
        <translation>Hazırlanan belgeler</translation>
    </message>
    <message>
        <source>Certificate settings</source>
        <translation>Sertifika ayarları</translation>
    </message>
    <message>
        <source>Certificate settings saved.</source>
        <translation>Sertifika ayarları kaydedildi.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Making the out-of-date documents again…</source>
        <translation>Güncel olmayan belgeler yeniden hazırlanıyor…</translation>
    </message>
</context>
<context>
    <name>EmptyPlaceholder</name>
    <message>
        <source>Nothing matches the filter. Clear it to see every row.</source>
        <translation>Süzgece uyan bir şey yok. Tüm satırları görmek için süzgeci temizleyin.</translation>
    </message>
</context>
<context>
    <name>EmptyStateView</name>
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
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>e.g. a framed calligraphy</source>
        <translation>ör. çerçeveli bir hat levhası</translation>
    </message>
    <message>
        <source>Estimated value, if known</source>
        <translation>Biliniyorsa tahmini değer</translation>
    </message>
    <message>
        <source>Add gift</source>
        <translation>Hediye ekle</translation>
    </message>
    <message>
        <source>Edit gift – {gift}</source>
        <translation>Hediyeyi düzenle – {gift}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>Verilen / alınan</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Veren</translation>
    </message>
    <message>
        <source>Giver&apos;s organization</source>
        <translation>Verenin kurumu</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Receiver&apos;s organization</source>
        <translation>Alanın kurumu</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Hediye</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Saklandığı yer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>G&amp;ün:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Etkinlik:</translation>
    </message>
    <message>
        <source>Given or &amp;received:</source>
        <translation>&amp;Verilen / alınan:</translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation>Ve&amp;ren:</translation>
    </message>
    <message>
        <source>Giver&apos;s &amp;organization:</source>
        <translation>Verenin &amp;kurumu:</translation>
    </message>
    <message>
        <source>Recei&amp;ver:</source>
        <translation>&amp;Alan:</translation>
    </message>
    <message>
        <source>Receiver&apos;s or&amp;ganization:</source>
        <translation>Alanın k&amp;urumu:</translation>
    </message>
    <message>
        <source>G&amp;ift:</source>
        <translation>&amp;Hediye:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Değer:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Para birimi:</translation>
    </message>
    <message>
        <source>&amp;Kept at:</source>
        <translation>&amp;Saklandığı yer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>Write the value as a number, such as 1500 or 1500.50.</source>
        <translation>Değeri 1500 ya da 1500.50 gibi bir sayı olarak yazın.</translation>
    </message>
    <message>
        <source>Say what the gift is.</source>
        <translation>Hediyenin ne olduğunu yazın.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>A person of the directory, or a new one</source>
        <translation>Kayıtlı bir kişi ya da yeni bir kişi</translation>
    </message>
    <message>
        <source>e.g. kk, ru, tr</source>
        <translation>ör. kk, ru, tr</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sınır yok</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> saat</translation>
    </message>
    <message>
        <source>Add guide</source>
        <translation>Rehber ekle</translation>
    </message>
    <message>
        <source>Edit guide – {name}</source>
        <translation>Rehberi düzenle – {name}</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Neden (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Mark a&amp;way</source>
        <translation>&amp;Müsait değil olarak işaretle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Çıkar</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Rehber</translation>
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
        <source>&amp;Languages:</source>
        <translation>&amp;Diller:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Görevler:</translation>
    </message>
    <message>
        <source>At most a &amp;day:</source>
        <translation>&amp;Günde en çok:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Müsait değil</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>G&amp;ün:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Başlangıç:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bitiş:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Neden:</translation>
    </message>
    <message>
        <source>Without hours, the guide is away the whole day.</source>
        <translation>Saat girilmezse rehber bütün gün müsait değildir.</translation>
    </message>
    <message>
        <source>The end of the absence must be after its start.</source>
        <translation>Müsait olmadığı sürenin bitişi, başlangıcından sonra olmalıdır.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Ad soyad zorunludur.</translation>
    </message>
    <message>
        <source>Use language codes such as en, tr, ru or kk.</source>
        <translation>en, tr, ru ya da kk gibi dil kodları kullanın.</translation>
    </message>
</context>
<context>
    <name>GuideScheduleExport</name>
    <message>
        <source>Export schedule</source>
        <translation>Çizelgeyi dışa aktar</translation>
    </message>
    <message>
        <source>{name} schedule {code}.xlsx</source>
        <translation>{name} görev programı {code}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;Calendars for phones (*.ics)</source>
        <translation>Excel çalışma kitapları (*.xlsx);;Telefon takvimleri (*.ics)</translation>
    </message>
    <message>
        <source>The schedule of {name} was written to {path}.</source>
        <translation>{name} görev programı {path} dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Writing the schedule of {name}…</source>
        <translation>{name} görev programı yazılıyor…</translation>
    </message>
</context>
<context>
    <name>GuideWeekModel</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} sa {minutes} dk</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} sa</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} dk</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Müsait değil</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tüm gün</translation>
    </message>
</context>
<context>
    <name>GuidesController</name>
    <message>
        <source>Reading the guides…</source>
        <translation>Rehberler okunuyor…</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Rehberler</translation>
    </message>
    <message>
        <source>Edit guide</source>
        <translation>Rehberi düzenle</translation>
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
    <name>GuidesPage</name>
    <message>
        <source>&amp;Add guide…</source>
        <translation>Rehber &amp;ekle…</translation>
    </message>
    <message>
        <source>Make a person of the directory a guide</source>
        <translation>Kayıtlı bir kişiyi rehber olarak ekle</translation>
    </message>
    <message>
        <source>&amp;Edit guide…</source>
        <translation>Rehberi &amp;düzenle…</translation>
    </message>
    <message>
        <source>Change the selected guide&apos;s languages, roles, hours and absences</source>
        <translation>Seçili rehberin dillerini, görevlerini, saatlerini ve müsait olmadığı günleri değiştir</translation>
    </message>
    <message>
        <source>E&amp;xport schedule…</source>
        <translation>Görev programını dı&amp;şa aktar…</translation>
    </message>
    <message>
        <source>Save the selected guide&apos;s assignments in this program, to print or for a phone</source>
        <translation>Seçili rehberin bu programdaki görevlerini yazdırmak ya da telefona aktarmak için kaydedin</translation>
    </message>
    <message>
        <source>Select a guide to see their week.</source>
        <translation>Haftasını görmek için bir rehber seçin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week of {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} – haftalık program&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week of {name}&lt;/b&gt; · at most {hours} hours a day</source>
        <translation>&lt;b&gt;{name} – haftalık program&lt;/b&gt; · günde en çok {hours} saat</translation>
    </message>
</context>
<context>
    <name>HeaderLayout</name>
    <message>
        <source>Show every column in its first place</source>
        <translation>Tüm sütunları ilk yerlerinde göster</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>&amp;History of the program…</source>
        <translation>Programın &amp;geçmişi…</translation>
    </message>
    <message>
        <source>Who changed what in this program, and when</source>
        <translation>Bu programda kim neyi ne zaman değiştirdi</translation>
    </message>
    <message>
        <source>Reading the history of {program}…</source>
        <translation>{program} geçmişi okunuyor…</translation>
    </message>
    <message>
        <source>History of the program</source>
        <translation>Programın geçmişi</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {program}</source>
        <translation>{program} geçmişi</translation>
    </message>
    <message>
        <source>Filter: a name, a field, a user…</source>
        <translation>Süz: bir ad, bir alan, bir kullanıcı…</translation>
    </message>
    <message>
        <source>Every change of this program, its roster and its itinerary, the newest first.</source>
        <translation>Bu programın, katılımcılarının ve program akışının her değişikliği, en yenisi başta.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>added</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>kaldırıldı</translation>
    </message>
    <message>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>katılımcı</translation>
    </message>
    <message>
        <source>person</source>
        <translation>kişi</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>etkinlik</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>rehber</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>araç</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>hotel stay</source>
        <translation>otel konaklaması</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>hediye</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>mekân</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>title</source>
        <translation>unvan</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>kurum</translation>
    </message>
    <message>
        <source>role</source>
        <translation>görev</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>geliş</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>dönüş</translation>
    </message>
    <message>
        <source>room</source>
        <translation>oda</translation>
    </message>
    <message>
        <source>dietary needs</source>
        <translation>beslenme</translation>
    </message>
    <message>
        <source>special needs</source>
        <translation>özel ihtiyaçlar</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>pasaport numarası</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>doğum tarihi</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-posta</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>diller</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>uyruk</translation>
    </message>
    <message>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>start</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>end</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tür</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>özet</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>ilk gün</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>son gün</translation>
    </message>
    <message>
        <source>city</source>
        <translation>şehir</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ülke</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>düzenleyen</translation>
    </message>
    <message>
        <source>partner organizations</source>
        <translation>ortak kurumlar</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>saat dilimi</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>ev sahipleri</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>katılanlar</translation>
    </message>
    <message>
        <source>guides</source>
        <translation>rehberler</translation>
    </message>
    <message>
        <source>needs a guide</source>
        <translation>rehber gerekir</translation>
    </message>
    <message>
        <source>arrival time known</source>
        <translation>geliş saati biliniyor</translation>
    </message>
    <message>
        <source>arrival by</source>
        <translation>geliş şekli</translation>
    </message>
    <message>
        <source>arrival flight or train</source>
        <translation>geliş uçuşu veya treni</translation>
    </message>
    <message>
        <source>arriving from</source>
        <translation>geldiği yer</translation>
    </message>
    <message>
        <source>arrival airport or station</source>
        <translation>varış havalimanı veya garı</translation>
    </message>
    <message>
        <source>arrival terminal</source>
        <translation>varış terminali</translation>
    </message>
    <message>
        <source>departure time known</source>
        <translation>dönüş saati biliniyor</translation>
    </message>
    <message>
        <source>departure by</source>
        <translation>dönüş şekli</translation>
    </message>
    <message>
        <source>departure flight or train</source>
        <translation>dönüş uçuşu veya treni</translation>
    </message>
    <message>
        <source>leaving for</source>
        <translation>gideceği yer</translation>
    </message>
    <message>
        <source>departure airport or station</source>
        <translation>dönüş havalimanı veya garı</translation>
    </message>
    <message>
        <source>departure terminal</source>
        <translation>dönüş terminali</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>sahibi</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>şoför</translation>
    </message>
    <message>
        <source>giver</source>
        <translation>veren</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>alan</translation>
    </message>
    <message>
        <source>giver&apos;s organization</source>
        <translation>verenin kurumu</translation>
    </message>
    <message>
        <source>receiver&apos;s organization</source>
        <translation>alanın kurumu</translation>
    </message>
    <message>
        <source>title</source>
        <comment>the name of a program or an activity</comment>
        <translation>başlık</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>the whole delegation</source>
        <translation>tüm heyet</translation>
    </message>
    <message>
        <source>as its kind says</source>
        <translation>türüne göre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Önce</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Sheet and columns</source>
        <translation>Sayfa ve sütunlar</translation>
    </message>
    <message>
        <source>Check which column of the file fills each field. The first rows of the file are shown under its columns; a mark shows a column to check.</source>
        <translation>Her alanın dosyanın hangi sütunundan alınacağını kontrol edin. Dosyanın ilk satırları sütunlarının altında gösterilir; işaretli sütunlara bir göz atın.</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>Başka bir &amp;dosya seç…</translation>
    </message>
    <message>
        <source>Column of each field</source>
        <translation>Her alanın sütunu</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sayfa:</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Dosyanın ilk satırları:</translation>
    </message>
    <message>
        <source>{sheet} (no roster found)</source>
        <translation>{sheet} (katılımcı listesi bulunamadı)</translation>
    </message>
    <message numerus="yes">
        <source>Header on row {row}; %Ln row(s) below it.</source>
        <translation>
            <numerusform>Başlık {row}. satırda; altında %Ln satır var.</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— aktarılmaz —</translation>
    </message>
    <message>
        <source>Choose the column of the full name (or of the first and the last name) to go on.</source>
        <translation>Devam etmek için ad soyad sütununu (ya da ad ve soyad sütunlarını) seçin.</translation>
    </message>
    <message>
        <source>Check the marked fields before going on:</source>
        <translation>Devam etmeden önce işaretli alanları kontrol edin:</translation>
    </message>
    <message>
        <source>Your choices will be kept for the next list with these headers.</source>
        <translation>Seçimleriniz aynı başlıklı bir sonraki liste için saklanacak.</translation>
    </message>
    <message>
        <source>The columns are as you chose them for a list with these headers before.</source>
        <translation>Sütunlar, aynı başlıklı bir liste için daha önce seçtiğiniz gibi ayarlandı.</translation>
    </message>
    <message>
        <source>Every column was recognised by its header.</source>
        <translation>Tüm sütunlar başlıklarından tanındı.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad Soyad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>{field} (column {column})</source>
        <translation>{field} ({column} sütunu)</translation>
    </message>
    <message>
        <source>The row is not imported.</source>
        <translation>Satır aktarılmaz.</translation>
    </message>
    <message>
        <source>The row is imported without this value.</source>
        <translation>Satır bu değer olmadan aktarılır.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct the value.</source>
        <translation>Değeri düzeltmek için çift tıklayın veya F2&apos;ye basın.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Eklenecek</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Güncellenecek</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Atlanacak</translation>
    </message>
    <message>
        <source>Row left out</source>
        <translation>Satır dışarıda</translation>
    </message>
    <message>
        <source>Value left out</source>
        <translation>Değer dışarıda</translation>
    </message>
    <message>
        <source>Changes: {fields}</source>
        <translation>Değişenler: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank row(s)</source>
        <translation>
            <numerusform>%Ln boş satır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import. A value that does not fit is left out and the rest of its row imported; a row is left out only without a name, or when it cannot be told apart from another. Double-click a problem or press F2 to correct it.</source>
        <translation>İçe aktar&apos;a basana kadar hiçbir şey değişmez. Uymayan bir değer dışarıda bırakılır ve satırın geri kalanı aktarılır; bir satır yalnızca adı yoksa ya da başka bir satırdan ayırt edilemiyorsa dışarıda bırakılır. Düzeltmek için bir sorunun üzerine çift tıklayın veya F2&apos;ye basın.</translation>
    </message>
    <message>
        <source>Show only &amp;problems</source>
        <translation>Yalnızca &amp;sorunları göster</translation>
    </message>
    <message>
        <source>&amp;Correct value…</source>
        <translation>Değeri &amp;düzelt…</translation>
    </message>
    <message>
        <source>Correct value</source>
        <translation>Değeri düzelt</translation>
    </message>
    <message>
        <source>There is nothing to import from this file.</source>
        <translation>Bu dosyadan içe aktarılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Düzen ▸ Geri al, içe aktarmanın tamamını geri alır.</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}</source>
        <translation>{sheet} sayfası, {row}. satır, {column} sütunu</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>{sheet} sayfası, {row}. satır</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to add</source>
        <translation>
            <numerusform>%Ln eklenecek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln güncellenecek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln atlanacak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out</source>
        <translation>
            <numerusform>%Ln satır dışarıda bırakıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) left out</source>
        <translation>
            <numerusform>%Ln değer dışarıda bırakıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSampleModel</name>
    <message>
        <source>(not imported)</source>
        <translation>(aktarılmaz)</translation>
    </message>
    <message>
        <source>Its header suggests {field}: choose this column for it to import it.</source>
        <translation>Başlığı {field} alanına benziyor: aktarmak için bu sütunu o alana seçin.</translation>
    </message>
    <message>
        <source>Check this column: its field is uncertain.</source>
        <translation>Bu sütunu kontrol edin: hangi alana ait olduğu kesin değil.</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} okunuyor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln satır okundu</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Dosya içe aktarılamıyor</translation>
    </message>
    <message>
        <source>Checking the rows of {file}…</source>
        <translation>{file} dosyasının satırları denetleniyor…</translation>
    </message>
    <message>
        <source>The import cannot be planned</source>
        <translation>İçe aktarma hazırlanamadı</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln satır içe aktarılıyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>İçe aktarma yapılamadı</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated.</source>
        <translation>{file} içe aktarıldı: {added} eklendi, {updated} güncellendi.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>İçe aktarma iptal edildi: hiçbir şey değişmedi.</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>İkinci ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
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
        <translation>Rol</translation>
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
        <source>Needs</source>
        <translation>Özel ihtiyaçlar</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Pasaport numarası</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Varış saati</translation>
    </message>
    <message>
        <source>Arrival by</source>
        <translation>Geliş şekli</translation>
    </message>
    <message>
        <source>Arrival flight or train</source>
        <translation>Geliş uçuşu veya treni</translation>
    </message>
    <message>
        <source>Arriving from</source>
        <translation>Geldiği yer</translation>
    </message>
    <message>
        <source>Arrival airport or station</source>
        <translation>Varış havalimanı veya garı</translation>
    </message>
    <message>
        <source>Arrival terminal</source>
        <translation>Varış terminali</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Dönüş saati</translation>
    </message>
    <message>
        <source>Departure by</source>
        <translation>Dönüş şekli</translation>
    </message>
    <message>
        <source>Departure flight or train</source>
        <translation>Dönüş uçuşu veya treni</translation>
    </message>
    <message>
        <source>Leaving for</source>
        <translation>Gideceği yer</translation>
    </message>
    <message>
        <source>Departure airport or station</source>
        <translation>Dönüş havalimanı veya garı</translation>
    </message>
    <message>
        <source>Departure terminal</source>
        <translation>Dönüş terminali</translation>
    </message>
    <message>
        <source>The header of this column suggests {field}.</source>
        <translation>Bu sütunun başlığı {field} alanına benziyor.</translation>
    </message>
    <message>
        <source>The same column is also chosen for {field}.</source>
        <translation>Aynı sütun {field} alanı için de seçili.</translation>
    </message>
    <message>
        <source>Column {column} looks like this field too, and is not imported.</source>
        <translation>{column} sütunu da bu alana benziyor ve aktarılmıyor.</translation>
    </message>
    <message>
        <source>{count} of the first {total} values do not fit: {message}</source>
        <translation>İlk {total} değerden {count} tanesi uymuyor: {message}</translation>
    </message>
    <message>
        <source>A note under the list</source>
        <translation>Listenin altındaki not</translation>
    </message>
    <message>
        <source>The same as an earlier row</source>
        <translation>Önceki bir satırın aynısı</translation>
    </message>
    <message>
        <source>Already on the roster, unchanged</source>
        <translation>Zaten listede, değişiklik yok</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a roster into {program}</source>
        <translation>Katılımcı listesini içe aktar: {program}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
</context>
<context>
    <name>ItineraryController</name>
    <message>
        <source>Itinerary</source>
        <translation>Program akışı</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Etkinliği düzenle</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Etkinliği çıkar</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Etkinliği taşı</translation>
    </message>
    <message>
        <source>Assign guide</source>
        <translation>Rehber görevlendir</translation>
    </message>
    <message>
        <source>Suggested guides</source>
        <translation>Önerilen rehberler</translation>
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
    <name>ItineraryPage</name>
    <message>
        <source>&amp;Add activity…</source>
        <translation>Etkinlik &amp;ekle…</translation>
    </message>
    <message>
        <source>Add an activity to the itinerary</source>
        <translation>Program akışına bir etkinlik ekle</translation>
    </message>
    <message>
        <source>&amp;Edit activity…</source>
        <translation>Etkinliği &amp;düzenle…</translation>
    </message>
    <message>
        <source>Change the selected activity and its guides</source>
        <translation>Seçili etkinliği ve rehberlerini değiştir</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>Etkinliği &amp;çıkar</translation>
    </message>
    <message>
        <source>&amp;Suggest guides…</source>
        <translation>Rehber ö&amp;ner…</translation>
    </message>
    <message>
        <source>Propose guides for the activities that need one</source>
        <translation>Rehber gereken etkinlikler için rehber öner</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Yakınla&amp;ştır</translation>
    </message>
    <message>
        <source>Taller hours, room for longer titles (Ctrl + wheel)</source>
        <translation>Saatleri uzat, uzun başlıklara yer aç (Ctrl + tekerlek)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>Shorter hours, more of the day in view</source>
        <translation>Saatleri kısalt, günün daha fazlasını göster</translation>
    </message>
    <message>
        <source>&amp;Whole day</source>
        <translation>&amp;Tüm gün</translation>
    </message>
    <message>
        <source>Fit the hours from 08:00 to 18:00 in view (Ctrl+0)</source>
        <translation>08:00–18:00 arasındaki saatleri görünüme sığdır (Ctrl+0)</translation>
    </message>
    <message>
        <source>Find a guide…</source>
        <translation>Rehber bul…</translation>
    </message>
    <message>
        <source>No guides yet: add them on the Guides tab.</source>
        <translation>Henüz rehber yok: Rehberler sekmesinde ekleyin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guides&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rehberler&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drag a guide onto an activity to assign them.</source>
        <translation>Görevlendirmek için bir rehberi etkinliğin üzerine sürükleyin.</translation>
    </message>
    <message>
        <source>Li&amp;st</source>
        <translation>L&amp;iste</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation>
            <numerusform>&amp;Çakışmalar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n çakışma</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the conflicts</source>
        <translation>Çakışmaları göster</translation>
    </message>
    <message>
        <source>✓ No conflicts</source>
        <translation>✓ Çakışma yok</translation>
    </message>
</context>
<context>
    <name>ItineraryReader</name>
    <message>
        <source>Reading the itinerary…</source>
        <translation>Program akışı okunuyor…</translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>Dizin okunuyor…</translation>
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
    <message>
        <source>Flight</source>
        <translation>Uçak</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Otomobil</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Otobüs</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Request refused</source>
        <translation>İstek yerine getirilemedi</translation>
    </message>
    <message>
        <source>These details are also saved in {path}.</source>
        <translation>Bu ayrıntılar {path} dosyasına da kaydedildi.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <source>The application stopped unexpectedly</source>
        <translation>Uygulama beklenmedik biçimde durdu</translation>
    </message>
    <message>
        <source>Delegation Coordinator stopped unexpectedly the last time it ran. Everything saved before that is safe in the database. What the application was doing is recorded in {path}; if this happens again, please send that file to your support contact.</source>
        <translation>Heyet Koordinatörü son çalıştığında beklenmedik biçimde durdu. Ondan önce kaydedilen her şey veritabanında güvende. Uygulamanın o sırada ne yaptığı {path} dosyasına kaydedildi; bu yeniden olursa lütfen bu dosyayı destek sorumlunuza gönderin.</translation>
    </message>
</context>
<context>
    <name>LogisticsController</name>
    <message>
        <source>All days</source>
        <translation>Tüm günler</translation>
    </message>
    <message>
        <source>Reading the logistics…</source>
        <translation>Lojistik okunuyor…</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Lojistik</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
</context>
<context>
    <name>LogisticsCounts</name>
    <message numerus="yes">
        <source>%n passenger(s)</source>
        <translation>
            <numerusform>%n yolcu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogisticsExports</name>
    <message>
        <source>Export manifest</source>
        <translation>Transfer listesini dışa aktar</translation>
    </message>
    <message>
        <source>{code} manifest.pdf</source>
        <translation>{code} transfer listesi.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>PDF belgeleri (*.pdf);;Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the manifest to {file}…</source>
        <translation>Transfer listesi {file} dosyasına yazılıyor…</translation>
    </message>
    <message>
        <source>The manifest was written to {path}.</source>
        <translation>Transfer listesi {path} dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Export rooming list</source>
        <translation>Oda listesini dışa aktar</translation>
    </message>
    <message>
        <source>{code} rooming list.xlsx</source>
        <translation>{code} oda listesi.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the rooming list to {file}…</source>
        <translation>Oda listesi {file} dosyasına yazılıyor…</translation>
    </message>
    <message>
        <source>The rooming list was written to {path}.</source>
        <translation>Oda listesi {path} dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Export caterer&apos;s sheet</source>
        <translation>Yemek firması listesini dışa aktar</translation>
    </message>
    <message>
        <source>{code} meals.xlsx</source>
        <translation>{code} yemekler.xlsx</translation>
    </message>
    <message>
        <source>Writing the caterer&apos;s sheet to {file}…</source>
        <translation>Yemek firması listesi {file} dosyasına yazılıyor…</translation>
    </message>
    <message>
        <source>The caterer&apos;s sheet was written to {path}, the head waiter&apos;s allergy list beside it.</source>
        <translation>Yemek firması listesi {path} dosyasına, şef garson için alerji listesi de yanına yazıldı.</translation>
    </message>
    <message>
        <source>Export gift register</source>
        <translation>Hediye kayıt defterini dışa aktar</translation>
    </message>
    <message>
        <source>{code} gifts.xlsx</source>
        <translation>{code} hediyeler.xlsx</translation>
    </message>
    <message>
        <source>Writing the gift register to {file}…</source>
        <translation>Hediye kayıt defteri {file} dosyasına yazılıyor…</translation>
    </message>
    <message>
        <source>The gift register was written to {path}.</source>
        <translation>Hediye kayıt defteri {path} dosyasına yazıldı.</translation>
    </message>
</context>
<context>
    <name>LogisticsPage</name>
    <message>
        <source>Logistics pages</source>
        <translation>Lojistik sayfaları</translation>
    </message>
    <message>
        <source>Filter the arrivals: name, flight, airport…</source>
        <translation>Geliş ve dönüşleri süz: ad, uçuş, havalimanı…</translation>
    </message>
    <message>
        <source>Nobody&apos;s arrival or departure is recorded yet. Give the participants their travel on the Roster tab (Edit participant), or import it with the roster; each arrival then shows here with the transfer that meets it.</source>
        <translation>Henüz kimsenin geliş ya da dönüş bilgisi kayıtlı değil. Katılımcıların seyahat bilgilerini Katılımcılar sekmesinde (Katılımcıyı düzenle) girin ya da katılımcı listesiyle birlikte içe aktarın; her geliş, onu karşılayan transferle birlikte burada görünür.</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Geliş ve dönüşler</translation>
    </message>
    <message>
        <source>&amp;Arrivals</source>
        <translation>&amp;Geliş ve dönüşler</translation>
    </message>
    <message>
        <source>Filter the transfers: place, vehicle, driver…</source>
        <translation>Transferleri süz: yer, araç, şoför…</translation>
    </message>
    <message>
        <source>No transfers yet. Add one, or let Plan transfers… propose the pickups, drop-offs and rides from the roster&apos;s travel and the itinerary.</source>
        <translation>Henüz transfer yok. Bir transfer ekleyin ya da Transferleri planla… ile katılımcıların seyahat bilgilerine ve program akışına göre karşılama, uğurlama ve ara transferlerin önerilmesini sağlayın.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferler</translation>
    </message>
    <message>
        <source>Day of the transfers shown</source>
        <translation>Gösterilen transferlerin günü</translation>
    </message>
    <message>
        <source>Show and export the transfers of this day</source>
        <translation>Bu günün transferlerini göster ve dışa aktar</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Gün:</translation>
    </message>
    <message>
        <source>&amp;Add transfer…</source>
        <translation>Transfer &amp;ekle…</translation>
    </message>
    <message>
        <source>Add a transfer</source>
        <translation>Bir transfer ekle</translation>
    </message>
    <message>
        <source>&amp;Edit transfer…</source>
        <translation>Transferi &amp;düzenle…</translation>
    </message>
    <message>
        <source>Change the selected transfer</source>
        <translation>Seçili transferi değiştir</translation>
    </message>
    <message>
        <source>&amp;Remove transfer</source>
        <translation>Transferi &amp;kaldır</translation>
    </message>
    <message>
        <source>Remove the selected transfer</source>
        <translation>Seçili transferi kaldır</translation>
    </message>
    <message>
        <source>&amp;Plan transfers…</source>
        <translation>Transferleri &amp;planla…</translation>
    </message>
    <message>
        <source>Propose the pickups, drop-offs and rides the program lacks</source>
        <translation>Programda eksik olan karşılama, uğurlama ve ara transferleri öner</translation>
    </message>
    <message>
        <source>&amp;Vehicles…</source>
        <translation>Araç lis&amp;tesi…</translation>
    </message>
    <message>
        <source>Add, change or remove the vehicles of the directory</source>
        <translation>Dizindeki araçları ekle, değiştir ya da kaldır</translation>
    </message>
    <message>
        <source>E&amp;xport manifest…</source>
        <translation>Transfer &amp;listesini dışa aktar…</translation>
    </message>
    <message>
        <source>Write the transfers of the day shown (or all) as a PDF or a workbook</source>
        <translation>Gösterilen günün (ya da tüm günlerin) transferlerini PDF ya da Excel dosyası olarak yaz</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Show the day&apos;s transfers by vehicle, or the table</source>
        <translation>Günün transferlerini araçlara göre ya da tablo olarak gösterin</translation>
    </message>
    <message>
        <source>Tra&amp;nsfers</source>
        <translation>&amp;Transferler</translation>
    </message>
    <message>
        <source>Room&amp;s</source>
        <translation>&amp;Odalar</translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation>&amp;Hediyeler</translation>
    </message>
    <message>
        <source>Filter the rooms: name, hotel, room…</source>
        <translation>Odaları süz: ad, otel, oda…</translation>
    </message>
    <message>
        <source>The roster is empty. Add the participants on the Roster tab, then give each a hotel room here.</source>
        <translation>Katılımcı listesi boş. Katılımcıları Katılımcılar sekmesinde ekleyin, ardından burada her birine bir otel odası verin.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Odalar</translation>
    </message>
    <message>
        <source>&amp;Edit room…</source>
        <translation>Odayı &amp;düzenle…</translation>
    </message>
    <message>
        <source>Give the selected participant a hotel room</source>
        <translation>Seçili katılımcıya bir otel odası ver</translation>
    </message>
    <message>
        <source>&amp;Remove room</source>
        <translation>Odayı &amp;kaldır</translation>
    </message>
    <message>
        <source>Take the selected participant&apos;s room away</source>
        <translation>Seçili katılımcının odasını kaldır</translation>
    </message>
    <message>
        <source>E&amp;xport rooming list…</source>
        <translation>Oda listesini dışa &amp;aktar…</translation>
    </message>
    <message>
        <source>Write the rooming list for the hotels as a workbook</source>
        <translation>Oteller için oda listesini Excel dosyası olarak yaz</translation>
    </message>
    <message>
        <source>Filter the meals: day, meal, venue…</source>
        <translation>Yemekleri süz: gün, yemek, mekan…</translation>
    </message>
    <message>
        <source>No meals on the itinerary. Add an activity of the kind Meal on the Itinerary tab; its guests and their dietary needs are counted here.</source>
        <translation>Program akışında yemek yok. Program akışı sekmesinde Yemek türünde bir etkinlik ekleyin; misafirleri ve beslenme ihtiyaçları burada sayılır.</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Yemekler</translation>
    </message>
    <message>
        <source>E&amp;xport caterer&apos;s sheet…</source>
        <translation>Yemek firması listesini &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Write the caterer&apos;s sheet and the head waiter&apos;s allergy list</source>
        <translation>Yemek firması listesini ve şef garsonun alerji listesini yaz</translation>
    </message>
    <message>
        <source>&amp;Meals</source>
        <translation>Ye&amp;mekler</translation>
    </message>
    <message>
        <source>Filter the gifts: giver, receiver, gift…</source>
        <translation>Hediyeleri süz: veren, alan, hediye…</translation>
    </message>
    <message>
        <source>No gifts recorded. Add the gifts given and received at the courtesy visits; the register is exported for the yearly declaration.</source>
        <translation>Kayıtlı hediye yok. Nezaket ziyaretlerinde verilen ve alınan hediyeleri ekleyin; kayıt defteri yıllık beyan için dışa aktarılır.</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Hediyeler</translation>
    </message>
    <message>
        <source>&amp;Add gift…</source>
        <translation>Hediye &amp;ekle…</translation>
    </message>
    <message>
        <source>Record a gift</source>
        <translation>Bir hediye kaydet</translation>
    </message>
    <message>
        <source>&amp;Edit gift…</source>
        <translation>Hediyeyi &amp;düzenle…</translation>
    </message>
    <message>
        <source>Change the selected gift</source>
        <translation>Seçili hediyeyi değiştir</translation>
    </message>
    <message>
        <source>&amp;Remove gift</source>
        <translation>Hediyeyi &amp;kaldır</translation>
    </message>
    <message>
        <source>Remove the selected gift</source>
        <translation>Seçili hediyeyi kaldır</translation>
    </message>
    <message>
        <source>E&amp;xport gift register…</source>
        <translation>Hediye kayıt defterini dışa &amp;aktar…</translation>
    </message>
    <message>
        <source>Write the program&apos;s gifts as a workbook</source>
        <translation>Programın hediyelerini Excel dosyası olarak yaz</translation>
    </message>
</context>
<context>
    <name>LogisticsSection</name>
    <message>
        <source>{page} actions</source>
        <translation>{page}: işlemler</translation>
    </message>
    <message>
        <source>Filter {page}</source>
        <translation>{page}: süz</translation>
    </message>
    <message>
        <source>{page}: nothing yet</source>
        <translation>{page}: henüz kayıt yok</translation>
    </message>
</context>
<context>
    <name>LogisticsTables</name>
    <message>
        <source>{name} ({organization})</source>
        <translation>{name} ({organization})</translation>
    </message>
    <message>
        <source>⚠ no transfer</source>
        <translation>⚠ transfer yok</translation>
    </message>
    <message>
        <source>{kind} {time}: {origin} → {target}</source>
        <translation>{kind} {time}: {origin} → {target}</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Geliş</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Dönüş</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>saat bilinmiyor</translation>
    </message>
    <message>
        <source>Arrives or leaves</source>
        <translation>Geliş / dönüş</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad Soyad</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ulaşım</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>From or to</source>
        <translation>Nereden / nereye</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>whole delegation ({count})</source>
        <translation>tüm heyet ({count})</translation>
    </message>
    <message>
        <source>{needed} of {offered}</source>
        <translation>{needed} / {offered}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Nereden → nereye</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Araçlar</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Şoför</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Yolcular</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Koltuk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>no room yet</source>
        <translation>henüz oda yok</translation>
    </message>
    <message>
        <source>hotel not chosen</source>
        <translation>otel seçilmedi</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Otel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Shares with</source>
        <translation>Oda arkadaşı</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Gece</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>İstekler</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Yemek</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Mekan</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Misafir</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standart menü</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Beslenme ihtiyaçları</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alerji</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>Verilen / alınan</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Veren</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Hediye</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Tahmini değer</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Saklandığı yer</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plaka</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>LogisticsWords</name>
    <message>
        <source>Pickup</source>
        <translation>Karşılama</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Uğurlama</translation>
    </message>
    <message>
        <source>Ride</source>
        <translation>Ara transfer</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Tek kişilik</translation>
    </message>
    <message>
        <source>Double</source>
        <translation>Çift kişilik</translation>
    </message>
    <message>
        <source>Twin</source>
        <translation>İki yataklı</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Süit</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Verilen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alınan</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Uçak</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Otomobil</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Otobüs</translation>
    </message>
    <message>
        <source>vegetarian</source>
        <translation>vejetaryen</translation>
    </message>
    <message>
        <source>vegan</source>
        <translation>vegan</translation>
    </message>
    <message>
        <source>halal</source>
        <translation>helal</translation>
    </message>
    <message>
        <source>kosher</source>
        <translation>koşer</translation>
    </message>
    <message>
        <source>no pork</source>
        <translation>domuz eti yok</translation>
    </message>
    <message>
        <source>no alcohol</source>
        <translation>alkol yok</translation>
    </message>
    <message>
        <source>gluten-free</source>
        <translation>glütensiz</translation>
    </message>
    <message>
        <source>lactose-free</source>
        <translation>laktozsuz</translation>
    </message>
    <message>
        <source>diabetic</source>
        <translation>diyabetik</translation>
    </message>
    <message>
        <source>nut allergy</source>
        <translation>kuruyemiş / fıstık alerjisi</translation>
    </message>
    <message>
        <source>seafood allergy</source>
        <translation>balık ve deniz ürünü alerjisi</translation>
    </message>
    <message>
        <source>other allergy</source>
        <translation>diğer alerji</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer</translation>
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
        <source>Connect to &amp;server…</source>
        <translation>Sunucuya &amp;bağlan…</translation>
    </message>
    <message>
        <source>Open a team&apos;s database on a PostgreSQL server</source>
        <translation>Bir ekibin PostgreSQL sunucusundaki veritabanını açın</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Listeyi &amp;temizle</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Yedekten &amp;geri yükle…</translation>
    </message>
    <message>
        <source>Put the database back as one of its backups kept it</source>
        <translation>Veritabanını yedeklerinden birindeki hâline döndürün</translation>
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
        <source>&amp;Import roster…</source>
        <translation>Katılımcı listesini &amp;içe aktar…</translation>
    </message>
    <message>
        <source>Add the people of an Excel or CSV list to the roster of this program</source>
        <translation>Bir Excel ya da CSV listesindeki kişileri bu programın katılımcı listesine ekle</translation>
    </message>
    <message>
        <source>E&amp;xport roster…</source>
        <translation>Katılımcı listesini &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Save the roster of this program as an Excel file</source>
        <translation>Bu programın katılımcı listesini Excel dosyası olarak kaydet</translation>
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
        <source>&amp;Find everywhere…</source>
        <translation>&amp;Her yerde bul…</translation>
    </message>
    <message>
        <source>Find participants, guides, hosts, venues and activities in every program</source>
        <translation>Tüm programlarda katılımcı, rehber, ev sahibi, mekan ve etkinlik bul</translation>
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
        <source>&amp;Directory…</source>
        <translation>D&amp;izin…</translation>
    </message>
    <message>
        <source>Venues, organizations and people shared by every program</source>
        <translation>Tüm programların ortak kullandığı mekanlar, kurumlar ve kişiler</translation>
    </message>
    <message>
        <source>&amp;About Delegation Coordinator</source>
        <translation>Heyet Koordinatörü &amp;hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt hakkında</translation>
    </message>
    <message>
        <source>&amp;Take program offline…</source>
        <translation>Programı çevrim &amp;dışı al…</translation>
    </message>
    <message>
        <source>Write this program to a file of its own, to work on it away from the office</source>
        <translation>Bu programı, ofis dışında üzerinde çalışmak için ayrı bir dosyaya yazın</translation>
    </message>
    <message>
        <source>&amp;Merge offline copy…</source>
        <translation>Çevrim dışı kopyayı &amp;birleştir…</translation>
    </message>
    <message>
        <source>Bring the work done on an offline copy back into this database</source>
        <translation>Çevrim dışı bir kopyada yapılan çalışmayı bu veritabanına geri getirin</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>Language, new activities, transfer planning and the backups folder</source>
        <translation>Dil, yeni etkinlikler, transfer planlaması ve yedekler klasörü</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Kullanım kılavuzu</translation>
    </message>
    <message>
        <source>How to import a roster, plan the days, assign guides and more</source>
        <translation>Katılımcı listesini içe aktarma, günleri planlama, rehber görevlendirme ve daha fazlası</translation>
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
        <source>Open database</source>
        <translation>Açık veritabanı</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Sayılar</translation>
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
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Katılımcılar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
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
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <source>Done: {action}</source>
        <translation>Yapıldı: {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Geri alındı: {action}</translation>
    </message>
    <message>
        <source>{database} – Delegation Coordinator</source>
        <translation>{database} – Heyet Koordinatörü</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Checked values of the copy replace the office&apos;s. A conflict (both sides changed the field) is unchecked: the office&apos;s value stays unless you check it. Greyed rows changed only at the office and stay as they are.</source>
        <translation>Kopyanın işaretli değerleri ofistekilerin yerini alır. Çakışma (alanı iki taraf da değiştirmiş) işaretsizdir: siz işaretlemedikçe ofisteki değer kalır. Gri satırlar yalnızca ofiste değişti ve oldukları gibi kalır.</translation>
    </message>
    <message>
        <source>Nothing changed offline since the copy was taken.</source>
        <translation>Kopya alındığından beri çevrim dışında hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>&amp;Read the copy again</source>
        <translation>Kopyayı &amp;yeniden oku</translation>
    </message>
    <message>
        <source>Merge offline copy of {program}</source>
        <translation>{program} çevrim dışı kopyasını birleştir</translation>
    </message>
    <message>
        <source>{code} — {title}</source>
        <translation>{code} — {title}</translation>
    </message>
    <message>
        <source>The copy {file} was taken from {database} on {when} by {user}. Below is what changed on each side since then.</source>
        <translation>{file} kopyası {when} tarihinde {user} tarafından {database} veritabanından alındı. Aşağıda o zamandan beri her iki tarafta değişenler var.</translation>
    </message>
    <message>
        <source>Nothing of the copy can be merged: what is listed changed at the office, or was removed there.</source>
        <translation>Kopyadan birleştirilecek bir şey yok: listelenenler ofiste değişti ya da orada kaldırıldı.</translation>
    </message>
    <message>
        <source>Guides left out, not in this database&apos;s directory: {guides}</source>
        <translation>Bu veritabanının rehberinde olmadığı için dışarıda bırakılan rehberler: {guides}</translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>When taken</source>
        <translation>Alındığında</translation>
    </message>
    <message>
        <source>At the office now</source>
        <translation>Şimdi ofiste</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>Kopyada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>kaldırıldı</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Çakışma</translation>
    </message>
    <message>
        <source>changed at the office</source>
        <translation>ofiste değişti</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>changed offline</source>
        <translation>çevrim dışında değişti</translation>
    </message>
    <message>
        <source>added offline</source>
        <translation>çevrim dışında eklendi</translation>
    </message>
    <message>
        <source>removed offline</source>
        <translation>çevrim dışında kaldırıldı</translation>
    </message>
    <message>
        <source>added on both sides</source>
        <translation>iki tarafta da eklendi</translation>
    </message>
    <message>
        <source>removed at the office</source>
        <translation>ofiste kaldırıldı</translation>
    </message>
    <message>
        <source>{kind}: {name} — {action}</source>
        <translation>{kind}: {name} — {action}</translation>
    </message>
    <message>
        <source>Changed offline, but removed at the office meanwhile: nothing to merge.</source>
        <translation>Çevrim dışında değişti, ama bu arada ofiste kaldırıldı: birleştirilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Removed offline, but changed at the office meanwhile: check it to remove it all the same.</source>
        <translation>Çevrim dışında kaldırıldı, ama bu arada ofiste değişti: yine de kaldırmak için işaretleyin.</translation>
    </message>
    <message>
        <source>Added offline and at the office as the same record: where the two differ, check the values of the copy to take them.</source>
        <translation>Çevrim dışında ve ofiste aynı kayıt olarak eklendi: ikisinin farklı olduğu yerlerde kopyanın değerlerini almak için onları işaretleyin.</translation>
    </message>
    <message>
        <source>Changed only at the office: it stays as it is.</source>
        <translation>Yalnızca ofiste değişti: olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Both sides changed this field. The office&apos;s value stays unless you check it.</source>
        <translation>Bu alanı iki taraf da değiştirdi. Siz işaretlemedikçe ofisteki değer kalır.</translation>
    </message>
</context>
<context>
    <name>MergeRecordsDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Korunacak:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>{removed} will be removed: everything that named it (people, rosters, hosts, guides, venues, programs, documents) will name {kept}. Undo puts it back.</source>
        <translation>{removed} kaldırılacak: ona bağlı her şey (kişiler, katılımcı listeleri, ev sahipleri, rehberler, mekanlar, programlar, belgeler) {kept} kaydına bağlanacak. Geri al ile geri getirilebilir.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Add transfer</source>
        <translation>Transfer ekle</translation>
    </message>
    <message>
        <source>Edit transfer – {origin} → {target}</source>
        <translation>Transferi düzenle – {origin} → {target}</translation>
    </message>
    <message>
        <source>{plate} · {seats} seats</source>
        <translation>{plate} · {seats} koltuk</translation>
    </message>
    <message>
        <source>No driver yet</source>
        <translation>Şoför atanmadı</translation>
    </message>
    <message>
        <source>The &amp;whole delegation</source>
        <translation>&amp;Tüm heyet</translation>
    </message>
    <message>
        <source>&amp;Chosen participants:</source>
        <translation>&amp;Seçilen katılımcılar:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nereden</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nereye</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Araçlar</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Şoför</translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation>Tüm heyet</translation>
    </message>
    <message>
        <source>Chosen participants</source>
        <translation>Seçilen katılımcılar</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Yolcular</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>A venue, or an airport or station</source>
        <translation>Bir mekan ya da bir havalimanı veya gar</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>G&amp;ün:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tü&amp;r:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Nere&amp;den:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>N&amp;ereye:</translation>
    </message>
    <message>
        <source>&amp;Vehicles:</source>
        <translation>&amp;Araçlar:</translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation>Şo&amp;för:</translation>
    </message>
    <message>
        <source>&amp;Passengers:</source>
        <translation>&amp;Yolcular:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>Say where the transfer starts.</source>
        <translation>Transferin nereden başlayacağını yazın.</translation>
    </message>
    <message>
        <source>Say where the transfer goes.</source>
        <translation>Transferin nereye gideceğini yazın.</translation>
    </message>
    <message>
        <source>Tick the passengers, or choose the whole delegation.</source>
        <translation>Yolcuları işaretleyin ya da tüm heyeti seçin.</translation>
    </message>
</context>
<context>
    <name>OfflineController</name>
    <message>
        <source>{code} offline.sqlite</source>
        <translation>{code} çevrim dışı.sqlite</translation>
    </message>
    <message>
        <source>Take program offline</source>
        <translation>Programı çevrim dışı al</translation>
    </message>
    <message>
        <source>{file} exists already. An offline copy goes into a new file: choose another name.</source>
        <translation>{file} zaten var. Çevrim dışı kopya yeni bir dosyaya yazılır: başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Taking {program} offline to {file}…</source>
        <translation>{program} çevrim dışı olarak {file} dosyasına alınıyor…</translation>
    </message>
    <message>
        <source>{program} is taken offline to {path}; File ▸ Merge offline copy… brings the work done on it back.</source>
        <translation>{program} çevrim dışı olarak {path} dosyasına alındı; üzerinde yapılan çalışmayı Dosya ▸ Çevrim dışı kopyayı birleştir… geri getirir.</translation>
    </message>
    <message>
        <source>The program cannot be taken offline</source>
        <translation>Program çevrim dışı alınamıyor</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} yazılamıyor: {reason}</translation>
    </message>
    <message>
        <source>Taking the program offline was cancelled; no file was written.</source>
        <translation>Programın çevrim dışı alınması iptal edildi; hiçbir dosya yazılmadı.</translation>
    </message>
    <message>
        <source>The offline copy cannot be merged</source>
        <translation>Çevrim dışı kopya birleştirilemiyor</translation>
    </message>
    <message>
        <source>{file} is not a file.</source>
        <translation>{file} bir dosya değil.</translation>
    </message>
    <message>
        <source>Reading the offline copy {file}…</source>
        <translation>Çevrim dışı kopya {file} okunuyor…</translation>
    </message>
    <message>
        <source>Merging the offline copy of {program}…</source>
        <translation>{program} çevrim dışı kopyası birleştiriliyor…</translation>
    </message>
    <message numerus="yes">
        <source>Merged the offline copy of {program}: %Ln change(s) taken. Edit ▸ Undo takes the merge back.</source>
        <translation>
            <numerusform>{program} çevrim dışı kopyası birleştirildi: %Ln değişiklik alındı. Birleştirmeyi Düzen ▸ Geri al geri alır.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was merged</source>
        <translation>hiçbir şey birleştirilmedi</translation>
    </message>
    <message>
        <source>The merge was refused, nothing was changed: {reason}</source>
        <translation>Birleştirme reddedildi, hiçbir şey değişmedi: {reason}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Lütfen bekleyin</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit organization</source>
        <translation>Kurumu düzenle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tü&amp;r:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Şe&amp;hir:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ülke:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
</context>
<context>
    <name>PageKeys</name>
    <message>
        <source>&amp;Find in this list</source>
        <translation>Bu listede &amp;bul</translation>
    </message>
    <message>
        <source>Type in the filter box of the list in front</source>
        <translation>Öndeki listenin süzme kutusuna yazın</translation>
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
        <source>P&amp;articipant</source>
        <translation>Katı&amp;lımcı</translation>
    </message>
    <message>
        <source>Tra&amp;vel</source>
        <translation>Se&amp;yahat</translation>
    </message>
    <message>
        <source>Participant and travel</source>
        <translation>Katılımcı ve seyahat</translation>
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
        <translation>&amp;Rol:</translation>
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
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Beslenme ihtiyaçları</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Diğer ihtiyaçlar</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Pasaport numarası</translation>
    </message>
    <message>
        <source>Birth date given</source>
        <translation>Doğum tarihi girildi</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
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
        <source>Choose a way of travel: flight, train, car or bus.</source>
        <translation>Bir ulaşım şekli seçin: uçak, tren, otomobil ya da otobüs.</translation>
    </message>
    <message>
        <source>Use language codes such as en, tr, ru or kk.</source>
        <translation>en, tr, ru veya kk gibi dil kodları kullanın.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print preview – {file}</source>
        <translation>Baskı önizleme – {file}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Kişiyi düzenle</translation>
    </message>
    <message>
        <source>e.g. kk, ru, tr</source>
        <translation>ör. kk, ru, tr</translation>
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
        <source>&amp;Languages:</source>
        <translation>&amp;Diller:</translation>
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
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
</context>
<context>
    <name>PlannedTransferModel</name>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Nereden → nereye</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Araçlar</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Şoför</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Yolcular</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Kontrol edilecek</translation>
    </message>
    <message>
        <source>not enough seats</source>
        <translation>koltuk yetersiz</translation>
    </message>
    <message>
        <source>no driver free</source>
        <translation>boşta şoför yok</translation>
    </message>
    <message>
        <source>none free</source>
        <translation>boşta araç yok</translation>
    </message>
    <message numerus="yes">
        <source>%n passenger(s)</source>
        <translation>
            <numerusform>%n yolcu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Sheet</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
</context>
<context>
    <name>ProgramActions</name>
    <message>
        <source>&amp;Edit program…</source>
        <translation>Programı &amp;düzenle…</translation>
    </message>
    <message>
        <source>Change the code, title, days, place or hosts</source>
        <translation>Kodu, başlığı, günleri, yeri ya da ev sahiplerini değiştir</translation>
    </message>
    <message>
        <source>&amp;Copy for next year…</source>
        <translation>Gelecek yıl için &amp;kopyala…</translation>
    </message>
    <message>
        <source>Start next year&apos;s visit from this program&apos;s fields and itinerary</source>
        <translation>Gelecek yılın ziyaretini bu programın bilgileri ve akışıyla başlat</translation>
    </message>
    <message>
        <source>&amp;Delete program…</source>
        <translation>Programı &amp;sil…</translation>
    </message>
    <message>
        <source>Delete this program with its roster, itinerary and logistics</source>
        <translation>Bu programı katılımcı listesi, program akışı ve lojistiğiyle birlikte sil</translation>
    </message>
    <message>
        <source>Export progr&amp;am…</source>
        <translation>Programı dışa ak&amp;tar…</translation>
    </message>
    <message>
        <source>Save the whole program as an Excel workbook</source>
        <translation>Programın tamamını Excel dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Import pro&amp;gram…</source>
        <translation>Programı iç&amp;e aktar…</translation>
    </message>
    <message>
        <source>Bring a program workbook&apos;s roster, itinerary, guides and venues in</source>
        <translation>Bir program Excel dosyasındaki katılımcı listesini, program akışını, rehberleri ve mekanları al</translation>
    </message>
    <message>
        <source>Export itin&amp;erary…</source>
        <translation>Program akışını dı&amp;şa aktar…</translation>
    </message>
    <message>
        <source>Save the itinerary as an Excel workbook</source>
        <translation>Program akışını Excel dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Import itinerar&amp;y…</source>
        <translation>Program akışını i&amp;çe aktar…</translation>
    </message>
    <message>
        <source>Bring the activities of an itinerary workbook into this program</source>
        <translation>Bir program akışı Excel dosyasındaki etkinlikleri bu programa al</translation>
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
    <name>ProgramCopyDialog</name>
    <message>
        <source>Copy program for next year</source>
        <translation>Programı gelecek yıl için kopyala</translation>
    </message>
    <message>
        <source>The copy keeps the title, place, hosts and the itinerary with its venues, times and hosts, moved to the new days. Guide assignments, travel, rooms, movements, gifts and documents stay with {code}.</source>
        <translation>Kopya; başlığı, yeri, ev sahiplerini ve program akışını mekanları, saatleri ve ev sahipleriyle birlikte yeni günlere taşıyarak korur. Rehber görevlendirmeleri, seyahat bilgileri, odalar, transferler, hediyeler ve belgeler {code} programında kalır.</translation>
    </message>
    <message>
        <source>Copy the &amp;roster (without travel and rooms)</source>
        <translation>&amp;Katılımcı listesini kopyala (seyahat ve odalar olmadan)</translation>
    </message>
    <message>
        <source>New &amp;code:</source>
        <translation>Yeni k&amp;od:</translation>
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
        <source>From {first} to {last}.</source>
        <translation>{first} ile {last} arası.</translation>
    </message>
    <message>
        <source>Every activity keeps its weekday.</source>
        <translation>Her etkinlik haftanın aynı gününde kalır.</translation>
    </message>
    <message>
        <source>The activities move to other weekdays.</source>
        <translation>Etkinlikler haftanın başka günlerine kayar.</translation>
    </message>
    <message>
        <source>The code is required.</source>
        <translation>Kod gerekli.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Başlık gerekli.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>New program</source>
        <translation>Yeni program</translation>
    </message>
    <message>
        <source>Edit program</source>
        <translation>Programı düzenle</translation>
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
        <source>e.g. Europe/Istanbul</source>
        <translation>ör. Europe/Istanbul</translation>
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
        <source>Time &amp;zone:</source>
        <translation>&amp;Saat dilimi:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
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
    <name>ProgramEditingController</name>
    <message>
        <source>Edit program…</source>
        <translation>Programı düzenle…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Another task is still running; try again once it is over.</source>
        <translation>Başka bir işlem sürüyor; bittiğinde yeniden deneyin.</translation>
    </message>
    <message>
        <source>Copying {code}…</source>
        <translation>{code} kopyalanıyor…</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Programı sil</translation>
    </message>
    <message>
        <source>Deleting {code}…</source>
        <translation>{code} siliniyor…</translation>
    </message>
</context>
<context>
    <name>ProgramFiles</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel çalışma kitapları (*.xlsx *.xlsm);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>ProgramImportPreview</name>
    <message>
        <source>Import {file}</source>
        <translation>{file} dosyasını içe aktar</translation>
    </message>
    <message>
        <source>Into {code}: {added} to add, {updated} to update, {skipped} left out.</source>
        <translation>{code} programına: {added} eklenecek, {updated} güncellenecek, {skipped} dışarıda bırakılacak.</translation>
    </message>
    <message>
        <source>{sheet}: {added} to add, {updated} to update, {skipped} left out</source>
        <translation>{sheet}: {added} eklenecek, {updated} güncellenecek, {skipped} dışarıda bırakılacak</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or values concerned are left out.</source>
        <translation>
            <numerusform>%n sorun: ilgili satırlar ya da değerler dışarıda bırakılır.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Sorun bulunamadı.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
</context>
<context>
    <name>ProgramQuestions</name>
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
    <message numerus="yes">
        <source>%n guide assignment(s)</source>
        <translation>
            <numerusform>%n rehber görevlendirmesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logistics record(s) (stays, movements, gifts)</source>
        <translation>
            <numerusform>%n lojistik kaydı (konaklama, transfer, hediye)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the program {code} “{title}”? With it go: {parts}. People, venues and guides stay in the directory. Edit ▸ Undo brings the program back.</source>
        <translation>{code} “{title}” programı silinsin mi? Onunla birlikte silinecekler: {parts}. Kişiler, mekanlar ve rehberler dizinde kalır. Düzen ▸ Geri al programı geri getirir.</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Programı sil</translation>
    </message>
</context>
<context>
    <name>ProgramTransferController</name>
    <message>
        <source>Export itinerary</source>
        <translation>Program akışını dışa aktar</translation>
    </message>
    <message>
        <source>{code} itinerary.xlsx</source>
        <translation>{code} program akışı.xlsx</translation>
    </message>
    <message>
        <source>Export program</source>
        <translation>Programı dışa aktar</translation>
    </message>
    <message>
        <source>{code} program.xlsx</source>
        <translation>{code} program.xlsx</translation>
    </message>
    <message>
        <source>Exporting {code} to {file}…</source>
        <translation>{code}, {file} dosyasına aktarılıyor…</translation>
    </message>
    <message>
        <source>Exported {code} to {path}.</source>
        <translation>{code}, {path} dosyasına aktarıldı.</translation>
    </message>
    <message>
        <source>The program cannot be exported</source>
        <translation>Program dışa aktarılamıyor</translation>
    </message>
    <message>
        <source>Import itinerary</source>
        <translation>Program akışını içe aktar</translation>
    </message>
    <message>
        <source>Import program</source>
        <translation>Programı içe aktar</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} okunuyor…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Dosya içe aktarılamıyor</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Imported {file} into {code}.</source>
        <translation>{file}, {code} programına aktarıldı.</translation>
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
        <source>Program pages</source>
        <translation>Program sayfaları</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>Katı&amp;lımcılar</translation>
    </message>
    <message>
        <source>&amp;Itinerary</source>
        <translation>Program akı&amp;şı</translation>
    </message>
    <message>
        <source>&amp;Logistics</source>
        <translation>Loji&amp;stik</translation>
    </message>
    <message>
        <source>G&amp;uides</source>
        <translation>&amp;Rehberler</translation>
    </message>
    <message>
        <source>Program title</source>
        <translation>Program başlığı</translation>
    </message>
    <message>
        <source>Program details</source>
        <translation>Program bilgileri</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation>Katılımcıları süz</translation>
    </message>
    <message>
        <source>Itinerary list</source>
        <translation>Program akışı listesi</translation>
    </message>
    <message>
        <source>Filter the itinerary</source>
        <translation>Program akışını süz</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Rehberler</translation>
    </message>
    <message>
        <source>Filter the guides</source>
        <translation>Rehberleri süz</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Gösterilen satırlar</translation>
    </message>
    <message>
        <source>No participants yet. Add one with Roster ▸ Add participant…, or import a list with File ▸ Import roster… (or drop the Excel file here).</source>
        <translation>Henüz katılımcı yok. Katılımcılar ▸ Katılımcı ekle… ile bir katılımcı ekleyin ya da Dosya ▸ Katılımcı listesini içe aktar… ile bir liste içe aktarın (veya Excel dosyasını buraya bırakın).</translation>
    </message>
    <message>
        <source>No activities yet. Add one with Add activity… above, or double-click a free hour on the timeline.</source>
        <translation>Henüz etkinlik yok. Yukarıdaki Etkinlik ekle… ile bir etkinlik ekleyin ya da zaman çizelgesinde boş bir saate çift tıklayın.</translation>
    </message>
    <message>
        <source>No guides yet. Add one with Add guide… above: escorts, interpreters, local guides, host officials and drivers.</source>
        <translation>Henüz rehber yok. Yukarıdaki Rehber ekle… ile ekleyin: refakatçiler, tercümanlar, yerel rehberler, ev sahibi yetkililer ve şoförler.</translation>
    </message>
    <message>
        <source>Organizer: {name}</source>
        <translation>Düzenleyen: {name}</translation>
    </message>
    <message>
        <source>Partners: {names}</source>
        <translation>Ortaklar: {names}</translation>
    </message>
    <message numerus="yes">
        <source>G&amp;uides (%n)</source>
        <translation>
            <numerusform>&amp;Rehberler (%n)</numerusform>
        </translation>
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
            <numerusform>Program akı&amp;şı (%n)</numerusform>
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
        <source>Import roster</source>
        <translation>Katılımcı listesini içe aktar</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Katılımcı listeleri (*.xlsx *.xlsm *.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Katılımcı listesini dışa aktar</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>Take program offline</source>
        <translation>Programı çevrim dışı al</translation>
    </message>
    <message>
        <source>Offline copies (*.sqlite)</source>
        <translation>Çevrim dışı kopyalar (*.sqlite)</translation>
    </message>
    <message>
        <source>Merge offline copy</source>
        <translation>Çevrim dışı kopyayı birleştir</translation>
    </message>
    <message>
        <source>Offline copies (*.sqlite);;All files (*)</source>
        <translation>Çevrim dışı kopyalar (*.sqlite);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Mektupların klasörü</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Bir belge yazdır</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the certificate background</source>
        <translation>Sertifika arka planını seçin</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Resimler (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{file} is in a folder that {client} synchronises. SQLite&apos;s locking is not safe there: the sync can bring back an old copy of the database or tear it apart while it is open. Move it to a folder of this computer?</source>
        <translation>{file}, {client} tarafından eşitlenen bir klasörde. SQLite&apos;ın kilitlemesi orada güvenli değil: eşitleme veritabanının eski bir kopyasını geri getirebilir ya da açıkken onu bozabilir. Bu bilgisayardaki bir klasöre taşınsın mı?</translation>
    </message>
    <message>
        <source>{file} is on a network share ({share}). SQLite&apos;s locking is not safe on most shares: two computers writing at once can tear the database apart. Move it to a folder of this computer? A team shares a database on a PostgreSQL server.</source>
        <translation>{file} bir ağ paylaşımında ({share}). SQLite&apos;ın kilitlemesi çoğu paylaşımda güvenli değil: aynı anda yazan iki bilgisayar veritabanını bozabilir. Bu bilgisayardaki bir klasöre taşınsın mı? Bir ekip veritabanını PostgreSQL sunucusunda paylaşır.</translation>
    </message>
    <message>
        <source>Unsafe place for a database</source>
        <translation>Veritabanı için güvensiz yer</translation>
    </message>
    <message>
        <source>&amp;Move it…</source>
        <translation>&amp;Taşı…</translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation>&amp;Burada bırak</translation>
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
        <source>The database is damaged</source>
        <translation>Veritabanı hasarlı</translation>
    </message>
    <message>
        <source>Its latest good backup is from {backup}. Restoring it puts the database back as it was then; the damaged file is kept among the backups.</source>
        <translation>En son sağlam yedeği {backup} tarihli. Geri yüklemek veritabanını o anki hâline döndürür; hasarlı dosya yedeklerin arasında saklanır.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Yedekten geri yükle</translation>
    </message>
    <message>
        <source>Put the database back as it was at {backup}? What changed since is set aside, not lost: the database as it is now is backed up first.</source>
        <translation>Veritabanı {backup} anındaki hâline döndürülsün mü? O zamandan beri değişenler kaybolmaz, bir kenara ayrılır: veritabanının şimdiki hâli önce yedeklenir.</translation>
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
        <source>Remove activity</source>
        <translation>Etkinliği çıkar</translation>
    </message>
    <message>
        <source>Take “{title}” off the itinerary, with its guides? Edit ▸ Undo brings it back.</source>
        <translation>“{title}” rehberleriyle birlikte program akışından çıkarılsın mı? Düzen ▸ Geri al ile geri getirebilirsiniz.</translation>
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
    <name>ProposalTableModel</name>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Görev</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Yedekten geri yükle</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Geri yükle…</translation>
    </message>
    <message>
        <source>The backups of {file}, the newest first. Restoring one puts the database back as it was then; its state now is backed up first.</source>
        <translation>{file} yedekleri, en yenisi başta. Birini geri yüklemek veritabanını o anki hâline döndürür; şimdiki durumu önce yedeklenir.</translation>
    </message>
    <message>
        <source>There are no backups of {file} yet: one is taken each day it is opened, and before every import and upgrade.</source>
        <translation>{file} için henüz yedek yok: açıldığı her gün ve her içe aktarma ile yükseltmeden önce bir yedek alınır.</translation>
    </message>
</context>
<context>
    <name>RoomGiftActions</name>
    <message>
        <source>Edit room</source>
        <translation>Odayı düzenle</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Odayı kaldır</translation>
    </message>
    <message>
        <source>Room removed. Edit ▸ Undo gives it back.</source>
        <translation>Oda kaldırıldı. Düzen ▸ Geri al ile geri getirebilirsiniz.</translation>
    </message>
    <message>
        <source>Remove gift</source>
        <translation>Hediyeyi kaldır</translation>
    </message>
    <message>
        <source>Gift removed. Edit ▸ Undo brings it back.</source>
        <translation>Hediye kaldırıldı. Düzen ▸ Geri al ile geri getirebilirsiniz.</translation>
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
    <name>RosterExport</name>
    <message>
        <source>Exporting the roster to {file}…</source>
        <translation>Katılımcı listesi {file} dosyasına aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln participant(s) to {path}.</source>
        <translation>
            <numerusform>%Ln katılımcı {path} dosyasına aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The roster cannot be exported</source>
        <translation>Katılımcı listesi dışa aktarılamıyor</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was changed.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir dosya değişmedi.</translation>
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
        <translation>Rol</translation>
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
<context>
    <name>RosterTransferController</name>
    <message>
        <source>{code} roster.xlsx</source>
        <translation>{code} katılımcı listesi.xlsx</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Reading the database for the search…</source>
        <translation>Arama için veritabanı okunuyor…</translation>
    </message>
    <message>
        <source>“{name}” is no longer there.</source>
        <translation>“{name}” artık yok.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find everywhere</source>
        <translation>Her yerde bul</translation>
    </message>
    <message>
        <source>Participants, guides, hosts, venues, organizations, activities…</source>
        <translation>Katılımcılar, rehberler, ev sahipleri, mekanlar, kurumlar, etkinlikler…</translation>
    </message>
    <message>
        <source>The database could not be searched: {reason}</source>
        <translation>Veritabanında arama yapılamadı: {reason}</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Veritabanı okunuyor…</translation>
    </message>
    <message>
        <source>Type a name or a title.</source>
        <translation>Bir ad ya da başlık yazın.</translation>
    </message>
    <message>
        <source>The best {shown} of more than {total} matches</source>
        <translation>{total} üzerinde eşleşmeden en iyi {shown} tanesi</translation>
    </message>
    <message>
        <source>The best {shown} of {total} matches</source>
        <translation>{total} eşleşmeden en iyi {shown} tanesi</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n eşleşme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ev sahibi</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Mekan</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Bulunan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Dizin</translation>
    </message>
</context>
<context>
    <name>ServerConnections</name>
    <message>
        <source>This computer&apos;s keyring cannot keep the password: it is asked each time.</source>
        <translation>Bu bilgisayarın anahtar zinciri parolayı saklayamıyor: her seferinde sorulacak.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Sunucuya bağlan</translation>
    </message>
    <message>
        <source>A team shares one database on a PostgreSQL server. The password is kept in this computer&apos;s keyring if you wish, never in the application&apos;s settings.</source>
        <translation>Bir ekip tek bir veritabanını PostgreSQL sunucusunda paylaşır. Parola isterseniz bu bilgisayarın anahtar zincirinde saklanır, asla uygulamanın ayarlarında değil.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>Parolayı bu bilgisayarın anahtar zincirinde &amp;hatırla</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Bağlantı &amp;noktası:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Veritabanı:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Kullanıcı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Bağlan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Sistemle aynı</translation>
    </message>
    <message>
        <source>The backups folder beside the database</source>
        <translation>Veritabanının yanındaki yedekler klasörü</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>S&amp;eç…</translation>
    </message>
    <message>
        <source>Beside the &amp;database</source>
        <translation>&amp;Veritabanının yanında</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>Yeni dil, uygulamanın bir sonraki açılışında geçerli olur.</translation>
    </message>
    <message>
        <source>New activities</source>
        <translation>Yeni etkinlikler</translation>
    </message>
    <message>
        <source>What Add activity… fills in; you can change it.</source>
        <translation>Etkinlik ekle… bu değerleri doldurur; değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Başlangıç &amp;saati:</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>Sü&amp;re:</translation>
    </message>
    <message>
        <source>Planning transfers</source>
        <translation>Transfer planlaması</translation>
    </message>
    <message>
        <source>The times Plan transfers… counts with.</source>
        <translation>Transferleri planla… komutunun hesaba kattığı süreler.</translation>
    </message>
    <message>
        <source>&amp;Baggage after landing:</source>
        <translation>İnişten sonra &amp;bagaj:</translation>
    </message>
    <message>
        <source>&amp;Check-in before a flight:</source>
        <translation>Uçuştan önce &amp;check-in:</translation>
    </message>
    <message>
        <source>&amp;Group arrivals within:</source>
        <translation>Gelişleri &amp;grupla:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>The daily backup and the one before each import go to this folder, from the next time a database is opened. A folder on another disk keeps them safe from a broken one.</source>
        <translation>Günlük yedek ve her içe aktarmadan önce alınan yedek, bir veritabanının bir sonraki açılışından itibaren bu klasöre yazılır. Başka bir diskteki klasör, yedekleri diskin bozulmasına karşı korur.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Klasör:</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Yedeklerin klasörü</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>Room of {name}</source>
        <translation>Oda – {name}</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>e.g. non-smoking, high floor</source>
        <translation>ör. sigara içilmeyen, üst kat</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Otel</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Oda tipi</translation>
    </message>
    <message>
        <source>Shares the room with</source>
        <translation>Odayı paylaştığı kişi</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>İstekler</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Otel:</translation>
    </message>
    <message>
        <source>R&amp;oom type:</source>
        <translation>Oda &amp;tipi:</translation>
    </message>
    <message>
        <source>&amp;Shares with:</source>
        <translation>Oda &amp;arkadaşı:</translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation>&amp;Giriş:</translation>
    </message>
    <message>
        <source>Check-o&amp;ut:</source>
        <translation>Çı&amp;kış:</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>İstek&amp;ler:</translation>
    </message>
    <message>
        <source>Without a date of its own, the stay follows the arrival and departure.</source>
        <translation>Tarih girilmezse konaklama, geliş ve dönüş tarihlerine göre belirlenir.</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>away then: {names}</source>
        <translation>o saatte müsait değil: {names}</translation>
    </message>
    <message>
        <source>busy elsewhere or too far away: {names}</source>
        <translation>başka yerde görevli ya da çok uzakta: {names}</translation>
    </message>
    <message>
        <source>over their daily hours: {names}</source>
        <translation>günlük saat sınırını aşıyor: {names}</translation>
    </message>
    <message>
        <source>speak none of the delegation&apos;s languages: {names}</source>
        <translation>heyetin dillerinden hiçbirini konuşmuyor: {names}</translation>
    </message>
    <message>
        <source>host officials of another organization: {names}</source>
        <translation>başka bir kurumun ev sahibi yetkilisi: {names}</translation>
    </message>
    <message>
        <source>only drive: {names}</source>
        <translation>yalnızca şoför: {names}</translation>
    </message>
    <message>
        <source>the activity has no time yet</source>
        <translation>etkinliğin henüz saati yok</translation>
    </message>
    <message>
        <source>there are no guides in the directory</source>
        <translation>kayıtlı hiç rehber yok</translation>
    </message>
    <message>
        <source>every guide is already on it</source>
        <translation>bütün rehberler zaten bu etkinlikte</translation>
    </message>
    <message>
        <source>Suggested guides</source>
        <translation>Önerilen rehberler</translation>
    </message>
    <message>
        <source>These guides are free, speak the delegation&apos;s languages and spread the hours evenly. Untick any you do not want, then accept: Edit ▸ Undo takes them all back.</source>
        <translation>Bu rehberler o saatlerde boş, heyetin dillerini konuşuyor ve saatler eşit dağılıyor. İstemediklerinizin işaretini kaldırıp kabul edin: Düzen ▸ Geri al hepsini geri alır.</translation>
    </message>
    <message>
        <source>No guide can be proposed without creating a conflict.</source>
        <translation>Çakışma yaratmadan önerilebilecek bir rehber yok.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still without a guide&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hâlâ rehberi olmayanlar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Kabul et</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reddet</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Day {number}</source>
        <translation>{number}. gün</translation>
    </message>
    <message>
        <source>Guide: {names}</source>
        <translation>Rehber: {names}</translation>
    </message>
    <message>
        <source>No guide yet</source>
        <translation>Henüz rehber yok</translation>
    </message>
    <message>
        <source>No activities yet. Double-click a day to add one, or use Add activity.</source>
        <translation>Henüz etkinlik yok. Eklemek için bir güne çift tıklayın ya da Etkinlik ekle düğmesini kullanın.</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Saatsiz</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>saat yok</translation>
    </message>
    <message>
        <source>Venue: {name}</source>
        <translation>Mekan: {name}</translation>
    </message>
    <message>
        <source>Hosts: {names}</source>
        <translation>Ev sahipleri: {names}</translation>
    </message>
    <message>
        <source>Guides: {names}</source>
        <translation>Rehberler: {names}</translation>
    </message>
    <message>
        <source>Needs a guide</source>
        <translation>Rehber gerekli</translation>
    </message>
    <message>
        <source>Drag to move it; drop a guide on it to assign them.</source>
        <translation>Taşımak için sürükleyin; atamak için üzerine bir rehber bırakın.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Edit transfer</source>
        <translation>Transferi düzenle</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Transferi kaldır</translation>
    </message>
    <message>
        <source>Transfer removed. Edit ▸ Undo brings it back.</source>
        <translation>Transfer kaldırıldı. Düzen ▸ Geri al ile geri getirebilirsiniz.</translation>
    </message>
    <message>
        <source>Planning the transfers…</source>
        <translation>Transferler planlanıyor…</translation>
    </message>
    <message>
        <source>Planned transfers</source>
        <translation>Planlanan transferler</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>Aracı kaldır</translation>
    </message>
</context>
<context>
    <name>TransferPlanDialog</name>
    <message>
        <source>Planned transfers</source>
        <translation>Planlanan transferler</translation>
    </message>
    <message>
        <source>These transfers meet the arrivals, take the departures and carry the delegation between the activities, with vehicles and drivers that are free. Untick any you do not want, then accept: Edit ▸ Undo takes them all back.</source>
        <translation>Bu transferler, o saatte boşta olan araç ve şoförlerle gelenleri karşılar, dönenleri uğurlar ve heyeti etkinlikler arasında taşır. İstemediklerinizin işaretini kaldırıp kabul edin: Düzen ▸ Geri al hepsini geri alır.</translation>
    </message>
    <message>
        <source>Every arrival, departure and activity already has its transfer.</source>
        <translation>Her geliş, dönüş ve etkinliğin zaten bir transferi var.</translation>
    </message>
    <message>
        <source>Proposed transfers</source>
        <translation>Önerilen transferler</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Kabul et</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <source>Counted with {baggage} min for baggage after landing and {check_in} min of check-in before a flight; Tools ▸ Settings… changes them.</source>
        <translation>İnişten sonra bagaj için {baggage} dk ve uçuştan önce check-in için {check_in} dk hesaba katıldı; Araçlar ▸ Ayarlar… ile değiştirebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>TransferTimelineController</name>
    <message>
        <source>Showing the first day, {day}. Choose a day in the Day box to see its transfers by vehicle.</source>
        <translation>İlk gün, {day} gösteriliyor. Bir günün transferlerini araçlara göre görmek için Gün kutusundan bir gün seçin.</translation>
    </message>
    <message>
        <source>Transfers of {day} by vehicle</source>
        <translation>{day} transferleri, araçlara göre</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferler</translation>
    </message>
    <message>
        <source>Reading the vehicles…</source>
        <translation>Araçlar okunuyor…</translation>
    </message>
    <message>
        <source>Move transfer</source>
        <translation>Transferi taşı</translation>
    </message>
    <message>
        <source>Give the transfer a vehicle</source>
        <translation>Transfere araç ver</translation>
    </message>
    <message>
        <source>Give the transfer a driver</source>
        <translation>Transfere şoför ver</translation>
    </message>
</context>
<context>
    <name>TransferTimelinePanel</name>
    <message>
        <source>Vehicles to drop on a transfer</source>
        <translation>Bir transferin üzerine bırakılacak araçlar</translation>
    </message>
    <message>
        <source>Drivers to drop on a transfer</source>
        <translation>Bir transferin üzerine bırakılacak şoförler</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Araçlar</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Şoförler</translation>
    </message>
    <message>
        <source>Drag a vehicle or a driver onto a transfer</source>
        <translation>Bir aracı ya da şoförü bir transferin üzerine sürükleyin</translation>
    </message>
</context>
<context>
    <name>TravelSection</name>
    <message>
        <source>Arrival</source>
        <translation>Geliş</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Dönüş</translation>
    </message>
    <message>
        <source>Time not known</source>
        <translation>Saat bilinmiyor</translation>
    </message>
    <message>
        <source>e.g. TK 351</source>
        <translation>ör. TK 351</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Saat:</translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation>&amp;Ulaşım şekli:</translation>
    </message>
    <message>
        <source>&amp;Flight or train:</source>
        <translation>Uçuş veya t&amp;ren:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Nere&amp;den:</translation>
    </message>
    <message>
        <source>Air&amp;port or station:</source>
        <translation>Havalimanı veya &amp;gar:</translation>
    </message>
    <message>
        <source>Termi&amp;nal:</source>
        <translation>Ter&amp;minal:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Tari&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>S&amp;aat:</translation>
    </message>
    <message>
        <source>Wa&amp;y:</source>
        <translation>Ulaşım şe&amp;kli:</translation>
    </message>
    <message>
        <source>F&amp;light or train:</source>
        <translation>Uçuş &amp;veya tren:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>N&amp;ereye:</translation>
    </message>
    <message>
        <source>Airport or &amp;station:</source>
        <translation>Havalima&amp;nı veya gar:</translation>
    </message>
    <message>
        <source>Ter&amp;minal:</source>
        <translation>Term&amp;inal:</translation>
    </message>
    <message>
        <source>Arrival date given</source>
        <translation>Geliş tarihi girildi</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Geliş tarihi</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Geliş saati</translation>
    </message>
    <message>
        <source>Arrival time not known</source>
        <translation>Geliş saati bilinmiyor</translation>
    </message>
    <message>
        <source>Arrival way of travel</source>
        <translation>Geliş şekli</translation>
    </message>
    <message>
        <source>Arrival flight or train</source>
        <translation>Geliş uçuşu veya treni</translation>
    </message>
    <message>
        <source>Arriving from</source>
        <translation>Geldiği yer</translation>
    </message>
    <message>
        <source>Arrival airport or station</source>
        <translation>Varış havalimanı veya garı</translation>
    </message>
    <message>
        <source>Arrival terminal</source>
        <translation>Varış terminali</translation>
    </message>
    <message>
        <source>Departure date given</source>
        <translation>Dönüş tarihi girildi</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Dönüş tarihi</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Dönüş saati</translation>
    </message>
    <message>
        <source>Departure time not known</source>
        <translation>Dönüş saati bilinmiyor</translation>
    </message>
    <message>
        <source>Departure way of travel</source>
        <translation>Dönüş şekli</translation>
    </message>
    <message>
        <source>Departure flight or train</source>
        <translation>Dönüş uçuşu veya treni</translation>
    </message>
    <message>
        <source>Leaving for</source>
        <translation>Gideceği yer</translation>
    </message>
    <message>
        <source>Departure airport or station</source>
        <translation>Dönüş havalimanı veya garı</translation>
    </message>
    <message>
        <source>Departure terminal</source>
        <translation>Dönüş terminali</translation>
    </message>
</context>
<context>
    <name>UnfilledTableModel</name>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Why nobody fits</source>
        <translation>Neden kimse uygun değil</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>e.g. 34 ABC 123</source>
        <translation>ör. 34 ABC 123</translation>
    </message>
    <message>
        <source>Passenger seats, the driver&apos;s not counted</source>
        <translation>Yolcu koltuğu sayısı; şoför koltuğu sayılmaz</translation>
    </message>
    <message>
        <source>e.g. minibus, sedan, coach</source>
        <translation>ör. minibüs, binek otomobil, otobüs</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>&amp;Plaka:</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plaka</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Koltuk sayısı:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Koltuk sayısı</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tü&amp;r:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>Araç ekle</translation>
    </message>
    <message>
        <source>Edit vehicle – {plate}</source>
        <translation>Aracı düzenle – {plate}</translation>
    </message>
</context>
<context>
    <name>VehicleTimeline</name>
    <message>
        <source>Transfers by vehicle</source>
        <translation>Araçlara göre transferler</translation>
    </message>
    <message>
        <source>No vehicle yet</source>
        <translation>Henüz araç yok</translation>
    </message>
    <message>
        <source>No driver yet</source>
        <translation>Henüz şoför yok</translation>
    </message>
    <message>
        <source>{seats} seats</source>
        <translation>{seats} koltuk</translation>
    </message>
    <message>
        <source>Vehicles: {plates}</source>
        <translation>Araçlar: {plates}</translation>
    </message>
    <message>
        <source>Driver: {name}</source>
        <translation>Şoför: {name}</translation>
    </message>
    <message>
        <source>Passengers: {count}</source>
        <translation>Yolcular: {count}</translation>
    </message>
    <message>
        <source>For: {activity}</source>
        <translation>Etkinlik: {activity}</translation>
    </message>
    <message>
        <source>Drag to move it; drop a vehicle or a driver on it to assign them.</source>
        <translation>Taşımak için sürükleyin; atamak için üzerine bir araç ya da şoför bırakın.</translation>
    </message>
</context>
<context>
    <name>VehiclesDialog</name>
    <message>
        <source>Vehicles</source>
        <translation>Araçlar</translation>
    </message>
    <message>
        <source>Filter the vehicles: plate, company…</source>
        <translation>Araçları süz: plaka, firma…</translation>
    </message>
    <message>
        <source>Filter the vehicles</source>
        <translation>Araçları süz</translation>
    </message>
    <message>
        <source>No vehicles yet. Add the cars, minibuses and coaches the office books; transfers and their planning then use them.</source>
        <translation>Henüz araç yok. Biriminizin kiraladığı otomobil, minibüs ve otobüsleri ekleyin; transferler ve transfer planlaması bu araçları kullanır.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>Araç ekle</translation>
    </message>
    <message>
        <source>Edit vehicle</source>
        <translation>Aracı düzenle</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>Aracı kaldır</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>Mekanı düzenle</translation>
    </message>
    <message>
        <source>Add venue</source>
        <translation>Mekan ekle</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Belirle</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ç&amp;ıkar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Owner organization:</source>
        <translation>&amp;Sahibi olan kurum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tü&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Şe&amp;hir:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <source>Travel times to other venues</source>
        <translation>Diğer mekanlara seyahat süreleri (dk)</translation>
    </message>
</context>
<context>
    <name>VenueRemoval</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n etkinlik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n konaklama</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is in use ({uses}): change those first, then remove the venue.</source>
        <translation>{name} kullanımda ({uses}): önce bunları değiştirin, sonra mekanı kaldırın.</translation>
    </message>
    <message>
        <source>Remove venue</source>
        <translation>Mekanı kaldır</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Delegation Coordinator</source>
        <translation>Heyet Koordinatörü&apos;ne hoş geldiniz</translation>
    </message>
    <message>
        <source>Open the demo program</source>
        <translation>Örnek programı aç</translation>
    </message>
    <message>
        <source>Look around a finished visit: the eight-person delegation from Turkistan hosted in Istanbul in August 2021, with its days, guides and logistics.</source>
        <translation>Tamamlanmış bir ziyareti inceleyin: Ağustos 2021&apos;de İstanbul&apos;da ağırlanan, Türkistan&apos;dan gelen sekiz kişilik heyet; günleri, rehberleri ve lojistiğiyle.</translation>
    </message>
    <message>
        <source>Create a program</source>
        <translation>Program oluştur</translation>
    </message>
    <message>
        <source>Give your next visit a title and its first and last day, then add the participants and plan the days.</source>
        <translation>Bir sonraki ziyaretinize bir başlık, ilk ve son gün verin; ardından katılımcıları ekleyip günleri planlayın.</translation>
    </message>
    <message>
        <source>Import a workbook</source>
        <translation>Excel dosyası içe aktar</translation>
    </message>
    <message>
        <source>Start from the workbook you were sent, a roster or a whole program: name the program, then choose the file; you see what it adds before it is saved.</source>
        <translation>Size gönderilen Excel dosyasından başlayın (bir katılımcı listesi ya da bütün bir program): programa bir ad verin, ardından dosyayı seçin; eklenecekleri kaydedilmeden önce görürsünüz.</translation>
    </message>
    <message>
        <source>A &amp;roster: the participants of an Excel or CSV list…</source>
        <translation>&amp;Katılımcı listesi: bir Excel ya da CSV listesindeki katılımcılar…</translation>
    </message>
    <message>
        <source>A whole &amp;program: its roster, itinerary, guides and logistics…</source>
        <translation>&amp;Tüm program: katılımcı listesi, program akışı, rehberler ve lojistik…</translation>
    </message>
    <message>
        <source>Help ▸ User guide (F1) walks through a visit from the roster to the backups.</source>
        <translation>Yardım ▸ Kullanım kılavuzu (F1), bir ziyareti katılımcı listesinden yedeklere kadar adım adım anlatır.</translation>
    </message>
    <message>
        <source>The database {name} holds no program yet. A program is one hosted visit: its roster, its days, its guides and its logistics. Choose how to begin.</source>
        <translation>{name} veritabanında henüz program yok. Program, ağırlanan tek bir ziyarettir: katılımcı listesi, günleri, rehberleri ve lojistiğiyle. Nasıl başlayacağınızı seçin.</translation>
    </message>
    <message>
        <source>A program is one hosted visit: its roster, its days, its guides and its logistics. Choose how to begin.</source>
        <translation>Program, ağırlanan tek bir ziyarettir: katılımcı listesi, günleri, rehberleri ve lojistiğiyle. Nasıl başlayacağınızı seçin.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Programs</source>
        <translation>Programlar</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Move the database</source>
        <translation>Veritabanını taşı</translation>
    </message>
</context>
</TS>
