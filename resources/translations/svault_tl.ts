<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tl">
<context>
    <name>AboutMe</name>
    <message>
        <source>The name I like to be called</source>
        <translation>Ang pangalang gusto kong itawag sa akin</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Mga pronoun ko</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Mga wikang sinasalita ko</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Ligtas na paraan para makontak ako</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Ligtas na oras para makontak ako</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Ang nakakatulong sa akin para makasali (mga espesyal na pangangailangan ko)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mga kalakasan ko</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Ang gusto kong malaman ng mga nagbibigay ng serbisyo</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>Tungkol sa akin</translation>
    </message>
    <message>
        <source>Only what you want to say, in your own words. Every box is optional. Nothing here is shared unless you choose.</source>
        <translation>Ang gusto mo lang sabihin, sa sarili mong salita. Puwedeng iwanang blangko ang kahit anong kahon. Walang ibinabahagi mula rito maliban kung pipiliin mo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Itapon ang mga binago ko</translation>
    </message>
    <message>
        <source>You were writing here and had not saved it. Here it is. Press Save to keep it.</source>
        <translation>Nagsusulat ka rito at hindi mo pa ito na-save. Narito ito. Pindutin ang “I-save” para hindi ito mawala.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Na-save na.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>You made your vault</source>
        <translation>Ginawa mo ang taguan mo</translation>
    </message>
    <message>
        <source>Opened with your passphrase</source>
        <translation>Binuksan gamit ang passphrase mo</translation>
    </message>
    <message>
        <source>Opened with your recovery key</source>
        <translation>Binuksan gamit ang reserbang susi mo</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Pinalitan ang passphrase</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Gumawa ng bagong reserbang susi</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>Inalis ang reserbang susi</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Gumawa ng backup</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Ibinalik mula sa backup</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Nagdagdag ng layunin</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Binago ang isang layunin</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Binura ang isang layunin</translation>
    </message>
    <message>
        <source>Service choice added</source>
        <translation>Nagdagdag ng pagpili sa serbisyo</translation>
    </message>
    <message>
        <source>Service choice changed</source>
        <translation>Binago ang pagpili sa serbisyo</translation>
    </message>
    <message>
        <source>Service choice removed</source>
        <translation>Inalis ang pagpili sa serbisyo</translation>
    </message>
    <message>
        <source>Your own kind of service added</source>
        <translation>Nagdagdag ng sarili mong uri ng serbisyo</translation>
    </message>
    <message>
        <source>About me changed</source>
        <translation>Binago ang “Tungkol sa akin”</translation>
    </message>
    <message>
        <source>Person or agency added</source>
        <translation>Nagdagdag ng tao o organisasyon</translation>
    </message>
    <message>
        <source>Person or agency changed</source>
        <translation>Binago ang isang tao o organisasyon</translation>
    </message>
    <message>
        <source>Person or agency deleted</source>
        <translation>Binura ang isang tao o organisasyon</translation>
    </message>
    <message>
        <source>Sharing permission saved</source>
        <translation>Na-save ang permiso sa pagbabahagi</translation>
    </message>
    <message>
        <source>Sharing permission removed</source>
        <translation>Inalis ang permiso sa pagbabahagi</translation>
    </message>
    <message>
        <source>Share packet made</source>
        <translation>Gumawa ng pakete</translation>
    </message>
    <message>
        <source>Consent withdrawn for a packet</source>
        <translation>Binawi ang pagpayag para sa isang pakete</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Nagdagdag ng dokumento</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>Binago ang mga detalye ng isang dokumento</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Binura ang isang dokumento</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Nagdagdag ng petsa</translation>
    </message>
    <message>
        <source>Date changed</source>
        <translation>Binago ang isang petsa</translation>
    </message>
    <message>
        <source>Date deleted</source>
        <translation>Binura ang isang petsa</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>What happened in your vault, newest first. Only you can see this.</source>
        <translation>Ang mga nangyari sa taguan mo, pinakabago ang nauuna. Ikaw lang ang nakakakita nito.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo. Its passphrase is: demo</source>
        <translation>Ito ang demo. Ang passphrase nito ay: demo</translation>
    </message>
</context>
<context>
    <name>AttachedPapers</name>
    <message>
        <source>Papers attached</source>
        <translation>Mga nakalakip na dokumento</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Dokumento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Saved copies are not protected by the share code: anyone who can use this computer can open them. Keep them safe, and delete them when they are no longer needed.</source>
        <translation>Hindi protektado ng code ng pakete ang mga kopyang na-save: mabubuksan ang mga ito ng sinumang nakakagamit ng computer na ito. Ingatan ang mga ito, at burahin kapag hindi na kailangan.</translation>
    </message>
    <message>
        <source>Save this paper…</source>
        <translation>I-save ang dokumentong ito…</translation>
    </message>
    <message>
        <source>Save all papers in a folder…</source>
        <translation>I-save ang lahat ng dokumento sa isang folder…</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Mga nakalakip na dokumento: %1</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>I-save ang dokumento</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Na-save: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the papers</source>
        <translation>Pumili ng folder para sa mga dokumento</translation>
    </message>
    <message>
        <source>Saved %1 papers in %2.</source>
        <translation>Na-save ang %1 dokumento sa %2.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Mga backup</translation>
    </message>
    <message>
        <source>A backup is one encrypted file, for example on a USB stick. It opens with the passphrase you have on the day you make it. Uninstalling the app does not remove your vault or your backups; "Erase everything" below removes the vault.</source>
        <translation>Ang backup ay isang naka-encrypt na file, halimbawa sa isang flash drive (USB). Nabubuksan ito ng passphrase na gamit mo sa araw na ginawa mo ito. Hindi nabubura ang taguan mo o ang mga backup mo kapag in-uninstall mo ang app; ang “Burahin ang lahat” sa ibaba ang bumubura sa taguan.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Gumawa ng backup…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Suriin ang isang backup…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Ginagawa ang backup</translation>
    </message>
    <message>
        <source>Remind me to make a backup every this many weeks (0: never)</source>
        <translation>Paalalahanan ako na gumawa ng backup tuwing ilang linggo (0: hindi kailanman)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hindi kailanman</translation>
    </message>
    <message>
        <source>Remind me every (weeks)</source>
        <translation>Paalalahanan ako tuwing (linggo)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Huling backup: %1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Wala ka pang nagagawang backup.</translation>
    </message>
    <message>
        <source>You keep no papers in your vault yet.</source>
        <translation>Wala ka pang dokumento sa taguan mo.</translation>
    </message>
    <message>
        <source>Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room.</source>
        <translation>Mga dokumento mo: %1, %2 lahat-lahat. Kasama rin ang mga ito sa backup, kaya kailangan nito ng ganoon kalaking espasyo, o higit pa.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Saan ilalagay ang backup?</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Ginagawa ang backup…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Nagawa at nasuri na ang backup: %1</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Piliin ang backup</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Mga backup (*.svbackup)</translation>
    </message>
</context>
<context>
    <name>CaptureShield</name>
    <message>
        <source>On: screenshots, screen recordings and screen sharing leave this app's windows out (on older Windows 10, they show black). Someone can still take a photo of the screen.</source>
        <translation>Naka-on: hindi kasama ang mga window ng app na ito sa mga screenshot, screen recording at screen sharing (sa mas lumang Windows 10, itim ang lalabas). Puwede pa ring kunan ng litrato ng ibang tao ang screen.</translation>
    </message>
    <message>
        <source>On: the app asks macOS to leave its windows out of screenshots and screen sharing. Newer versions of macOS do not always do this, and someone can still take a photo of the screen.</source>
        <translation>Naka-on: hinihiling ng app sa macOS na huwag isama ang mga window nito sa mga screenshot at screen sharing. Hindi ito laging nagagawa ng mas bagong bersyon ng macOS, at puwede pa ring kunan ng litrato ng ibang tao ang screen.</translation>
    </message>
    <message>
        <source>Your system does not let apps hide from screenshots. Anyone who can see or record the screen can see the app.</source>
        <translation>Hindi pinapayagan ng system mo na magtago ang mga app sa mga screenshot. Makikita ang app ng sinumang nakakakita o nagre-record ng screen.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Suriin ang isang backup</translation>
    </message>
    <message>
        <source>Passphrase of the backup (the one you had when you made it)</source>
        <translation>Passphrase ng backup (ang gamit mo noong ginawa mo ito)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase ng backup</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Suriin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sinusuri…</translation>
    </message>
    <message>
        <source>This backup is good: it opens with that passphrase and passes every check.</source>
        <translation>Maayos ang backup na ito: nabubuksan ito ng passphrase na iyan at pasado ito sa lahat ng pagsusuri.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Hindi nabubuksan ng passphrase na iyan ang backup na ito.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup. Please make a new one.</source>
        <translation>Sira ang backup na ito, o hindi ito backup. Pakigawa ng bago.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Not decided</source>
        <translation>Hindi pa ako nagpapasya</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Gusto ko ito</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Ginagamit ko ito</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Hindi muna ngayon</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Hindi, salamat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na ako</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Which provider</source>
        <translation>Aling nagbibigay ng serbisyo</translation>
    </message>
    <message>
        <source>Add another provider</source>
        <translation>Magdagdag ng isa pang nagbibigay ng serbisyo</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Alisin ang entry na ito</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Itapon ang mga binago ko</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Ang pinili ko</translation>
    </message>
    <message>
        <source>Pick a provider from the local list</source>
        <translation>Pumili ng nagbibigay ng serbisyo mula sa lokal na listahan</translation>
    </message>
    <message>
        <source>Pick from the local list (optional)</source>
        <translation>Pumili mula sa lokal na listahan (kung gusto mo)</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Nagbibigay ng serbisyo na gusto ko</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>How is it going for me?</source>
        <translation>Kumusta ito para sa akin?</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Ang nakakatulong</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Ang hindi nakakatulong</translation>
    </message>
    <message>
        <source>Choose a service on the left to say what you want.</source>
        <translation>Pumili ng serbisyo sa kaliwa para sabihin kung ano ang gusto mo.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <source>Filled in from the local list. Press Save to keep it.</source>
        <translation>Kinuha mula sa lokal na listahan. Pindutin ang “I-save” para hindi ito mawala.</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes. Press Save to keep them.</source>
        <translation>May binago ka rito na hindi mo pa na-save. Narito ang mga binago mo. Pindutin ang “I-save” para hindi mawala ang mga ito.</translation>
    </message>
    <message>
        <source>Your changes to “%1” are kept, not saved yet. Go back to it to save them.</source>
        <translation>Hindi nawala ang mga binago mo sa “%1”, pero hindi pa naka-save. Balikan ito para i-save ang mga ito.</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick what you want, if you like.</source>
        <translation>Wala pang ise-save. Pumili ka kung gusto mo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Na-save na.</translation>
    </message>
    <message>
        <source>A new entry was added. Fill in the provider, then Save.</source>
        <translation>May nadagdag na bagong entry. Isulat ang nagbibigay ng serbisyo, pagkatapos ay pindutin ang “I-save”.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Inalis na.</translation>
    </message>
</context>
<context>
    <name>ChoiceToggles</name>
    <message>
        <source>Choice %1 of %2. Only one can be chosen.</source>
        <translation>Pagpipilian %1 sa %2. Isa lang ang puwedeng piliin.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>The share code</source>
        <translation>Ang code ng pakete</translation>
    </message>
    <message>
        <source>The packet is saved. This code opens it.</source>
        <translation>Na-save na ang pakete. Ang code na ito ang nagbubukas dito.</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Code ng pakete</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Kopyahin ang code</translation>
    </message>
    <message>
        <source>Give this code to them another way than the file: read it to them on the phone, or write it on paper. In a PDF reader, they type it exactly as shown, in small letters with the dashes. Typed with spaces instead of dashes (%1), it opens the file too. Anyone with both the file and the code can read the packet. The app does not keep the code.</source>
        <translation>Huwag ipadala ang code na ito kasama ng file. Ibigay ito sa ibang paraan: sabihin ito sa kanila sa telepono, o isulat sa papel. Sa PDF reader, ita-type nila ito nang eksaktong gaya ng nakikita mo, sa maliliit na letra at may mga gitling (-). Kung may espasyo sa halip na gitling (%1), nabubuksan din nito ang file. Mababasa ang pakete ng sinumang may hawak ng file at ng code. Hindi sine-save ng app ang code.</translation>
    </message>
    <message>
        <source>This packet has no share code: anyone with the file can read it.</source>
        <translation>Walang code ang paketeng ito: mababasa ito ng sinumang may hawak ng file.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Nakopya na. Buburahin ang laman ng clipboard pagkalipas ng 30 segundo.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes in?</source>
        <translation>Ano ang isasama?</translation>
    </message>
    <message>
        <source>Tick what you want in this packet. Nothing is in it unless you tick it.</source>
        <translation>I-tsek ang gusto mong isama sa paketeng ito. Walang isasama rito maliban sa mga ita-tsek mo.</translation>
    </message>
    <message>
        <source>Start from what they may see</source>
        <translation>Simulan sa puwede nilang makita</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Isama ang mga tala ko</translation>
    </message>
    <message>
        <source>Include how services are going for me (my feedback)</source>
        <translation>Isama kung kumusta ang mga serbisyo para sa akin (ang opinyon ko)</translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick only what you want %1 to see.</source>
        <translation>Walang naka-tsek. I-tsek lang ang gusto mong makita nila (%1).</translation>
    </message>
    <message>
        <source>Ticked: %1. Only what you tick goes to %2.</source>
        <translation>Naka-tsek: %1. Ang mga ita-tsek mo lang ang mapupunta sa kanila (%2).</translation>
    </message>
    <message>
        <source>Start from what %1 may see</source>
        <translation>Simulan sa puwede nilang makita (%1)</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Change this date</source>
        <translation>Baguhin ang petsang ito</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Magdagdag ng petsa</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ano ito</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <source>For which paper</source>
        <translation>Para sa aling dokumento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere else.</source>
        <translation>Sapat na ang ilang salita at ang araw. Lumalabas ang paalala sa loob lang ng app, pagkatapos mo itong buksan. Hindi ito lumalabas kahit saan pa.</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Walang dokumento</translation>
    </message>
    <message>
        <source>Please say what the date is for, in a few words.</source>
        <translation>Pakisabi kung para saan ang petsa, sa ilang salita.</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Hearing</source>
        <translation>Pagdinig</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Pag-renew</translation>
    </message>
    <message>
        <source>A paper runs out</source>
        <translation>Mag-e-expire ang isang dokumento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <source>no reminder</source>
        <translation>walang paalala</translation>
    </message>
    <message>
        <source>reminder on the day</source>
        <translation>paalala sa mismong araw</translation>
    </message>
    <message>
        <source>reminder the day before</source>
        <translation>paalala isang araw bago ang petsa</translation>
    </message>
    <message numerus="yes">
        <source>reminder %n days before</source>
        <translation>
            <numerusform>paalala %n araw bago ang petsa</numerusform>
            <numerusform>paalala %n araw bago ang petsa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 runs out</source>
        <translation>Mag-e-expire ang %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Reminder: it is soon</source>
        <translation>Paalala: malapit na ito</translation>
    </message>
    <message>
        <source>Reminder: this day has passed</source>
        <translation>Paalala: lumipas na ang araw na ito</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>My dates</source>
        <translation>Mga petsa ko</translation>
    </message>
    <message>
        <source>Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My plan, only after you unlock.</source>
        <translation>Mga pagdinig, appointment, pag-renew, at ang araw na mag-e-expire ang bawat dokumento. Lumalabas ang mga paalala dito at sa “Ang plano ko”, pagkatapos mo lang buksan ang taguan.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Magdagdag ng petsa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Baguhin</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markahang tapos na</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>No dates yet. Add a hearing, an appointment or a renewal when you want to. The day a paper runs out shows here by itself.</source>
        <translation>Wala pang petsa. Magdagdag ng pagdinig, appointment o pag-renew kung kailan mo gusto. Kusang lumalabas dito ang araw na mag-e-expire ang isang dokumento.</translation>
    </message>
    <message>
        <source>Choose a date in the list first.</source>
        <translation>Pumili muna ng petsa sa listahan.</translation>
    </message>
    <message>
        <source>This is the day a paper runs out: change it in the paper's details.</source>
        <translation>Ito ang araw na mag-e-expire ang isang dokumento: baguhin ito sa mga detalye ng dokumento.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Hindi pa tapos</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Na-save na.</translation>
    </message>
    <message>
        <source>Marked as done. Its reminder stops.</source>
        <translation>Minarkahang tapos na. Hihinto na ang paalala nito.</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>Minarkahang hindi pa tapos.</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>Burahin ang petsang ito?</translation>
    </message>
    <message>
        <source>Delete “%1” from your dates?</source>
        <translation>Burahin ang “%1” sa mga petsa mo?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Huwag burahin</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Nabura na.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Hindi pa naka-save: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Hindi pa naka-save</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What you can do next</source>
        <translation>Ang puwede mong gawin ngayon</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>Burahin ang lahat</translation>
    </message>
    <message>
        <source>This overwrites and deletes your vault, its key file and its copy, and the backups kept in its folder. It cannot be undone. Backups you saved elsewhere (for example on a USB stick) are not touched.</source>
        <translation>Papatungan at buburahin nito ang taguan mo, ang file ng mga susi nito at ang kopya ng file na iyon, at ang mga backup na nasa folder nito. Hindi na ito maibabalik. Hindi gagalawin ang mga backup na na-save mo sa ibang lugar (halimbawa sa isang flash drive).</translation>
    </message>
    <message>
        <source>Please know: on some disks (SSDs) and in folders that sync to the cloud, old copies of the encrypted files may remain even after erasing.</source>
        <translation>Pakitandaan: sa ilang disk (SSD) at sa mga folder na nagsi-sync sa cloud, puwedeng may maiwang lumang kopya ng mga naka-encrypt na file kahit nabura na.</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm</source>
        <translation>I-type ang passphrase mo para kumpirmahin</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ang passphrase mo</translation>
    </message>
    <message>
        <source>Stop! Do not erase</source>
        <translation>Tigil! Huwag burahin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Sinusuri</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Paki-type ang passphrase mo.</translation>
    </message>
    <message>
        <source>That passphrase is not right, so nothing was erased.</source>
        <translation>Mali ang passphrase na iyan, kaya walang nabura.</translation>
    </message>
    <message>
        <source>Erasing in %1… Press "Stop" if you did not mean this.</source>
        <translation>Buburahin ang lahat pagkalipas ng %1… Pindutin ang “Tigil” kung hindi mo ito sinasadya.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was erased.</source>
        <translation>Itinigil. Walang nabura.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything</source>
        <translation>Burahin ang lahat</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault. You will be asked for your passphrase, and you can stop it during a short countdown.</source>
        <translation>Patungan at burahin ang taguang ito. Hihingin ang passphrase mo, at puwede mo itong itigil habang may maikling countdown.</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>Burahin ang lahat…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added. (%1)</source>
        <translation>Hindi mabasa ang panimulang kit na ito, kaya hindi ito ginamit. Walang naidagdag. (%1)</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added.</source>
        <translation>Hindi mabasa ang panimulang kit na ito, kaya hindi ito ginamit. Walang naidagdag.</translation>
    </message>
    <message>
        <source>Something went wrong with the vault. Nothing more was changed.</source>
        <translation>Nagkaproblema sa taguan. Wala nang iba pang nabago.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. A change of your passphrase was stopped before it finished, so your old passphrase still works.</source>
        <translation>Hindi nabuksan ng passphrase na iyan ang taguan. May pagpapalit ng passphrase mo na natigil bago natapos, kaya gumagana pa rin ang luma mong passphrase.</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. A change of your recovery key was stopped before it finished, so your old recovery key still works.</source>
        <translation>Hindi nabuksan ng reserbang susi na iyan ang taguan. May pagpapalit ng reserbang susi mo na natigil bago natapos, kaya gumagana pa rin ang luma mong reserbang susi.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…</source>
        <translation>Mukhang hindi iyan reserbang susi. Mayroon itong 7 grupo ng tig-4 na letra at numero, gaya ng ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. Please check each group and try again.</source>
        <translation>Hindi nabuksan ng reserbang susi na iyan ang taguan. Pakisuri ang bawat grupo at subukan ulit.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?</source>
        <translation>Hindi nabuksan ng passphrase na iyan ang taguan. Pakisuri ito at subukan ulit. Naka-on ba ang Caps Lock?</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. It is the passphrase you had on the day you made it.</source>
        <translation>Hindi nabubuksan ng passphrase na iyan ang backup na ito. Ang kailangan ay ang passphrase na gamit mo noong araw na ginawa mo ito.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a vault backup. Nothing has been changed.</source>
        <translation>Sira ang backup file na ito, o hindi ito backup ng taguan. Walang binago.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup, so it was not used. Your vault is as it was.</source>
        <translation>Sira ang backup na ito, o hindi ito backup, kaya hindi ito ginamit. Walang nagbago sa taguan mo.</translation>
    </message>
    <message>
        <source>The backup file could not be read (was the USB stick taken out?). Nothing has been changed.</source>
        <translation>Hindi mabasa ang backup file (natanggal ba ang flash drive?). Walang binago.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app. Please update the app to open it. Nothing has been changed.</source>
        <translation>Ginawa ang taguang ito ng mas bagong bersyon ng app. Paki-update ang app para mabuksan ito. Walang binago.</translation>
    </message>
    <message>
        <source>The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you have a backup, you can restore it.</source>
        <translation>Mukhang sira ang mga file ng taguan, kaya hindi ito mabubuksan nang ligtas. Walang binago. Kung may backup ka, puwede mong ibalik ang taguan mula roon.</translation>
    </message>
    <message>
        <source>Another task was still using the vault, so nothing was changed. Please try again in a moment.</source>
        <translation>May ibang gawain pang gumagamit ng taguan, kaya walang binago. Pakisubukan ulit maya-maya.</translation>
    </message>
    <message>
        <source>To change the vault's keys, please choose a new passphrase first.</source>
        <translation>Para mapalitan ang mga susi ng taguan, pumili muna ng bagong passphrase.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first.</source>
        <translation>Bukas na ang taguang ito sa ibang window. Pakisara muna ito roon.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Walang taguan sa folder na ito.</translation>
    </message>
    <message>
        <source>There is already a vault here. Nothing has been changed.</source>
        <translation>May taguan na rito. Walang binago.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It cannot be empty.</source>
        <translation>Pumili po ng passphrase. Hindi ito puwedeng walang laman.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Hindi magkapareho ang dalawang passphrase. Paki-type ulit ang mga ito.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Walang reserbang susi ang taguang ito.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk. Nothing was changed.</source>
        <translation>Kulang ang espasyo sa disk. Walang binago.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was lost.</source>
        <translation>Hindi masulatan ang folder ng taguan (baka read-only ito, o nasa naka-lock na drive). Walang nawala.</translation>
    </message>
    <message>
        <source>That item is no longer in the vault.</source>
        <translation>Wala na iyan sa taguan.</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>Naka-lock ang taguan. Pakibuksan muna ito.</translation>
    </message>
    <message>
        <source>That could not be saved. Please check what you typed.</source>
        <translation>Hindi iyan ma-save. Pakisuri ang na-type mo.</translation>
    </message>
    <message>
        <source>A goal needs a short title.</source>
        <translation>Kailangan ng maikling pamagat ang isang layunin.</translation>
    </message>
    <message>
        <source>This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added.</source>
        <translation>Mas malaki sa 50 MB ang dokumentong ito, kaya hindi ito maitatago sa taguan. Walang naidagdag.</translation>
    </message>
    <message>
        <source>This document changed while it was being read (perhaps it is still being saved or synced). Nothing was added. Please try again when it is finished.</source>
        <translation>Nagbago ang dokumentong ito habang binabasa (baka sine-save o sini-sync pa ito). Walang naidagdag. Pakisubukan ulit kapag tapos na ito.</translation>
    </message>
    <message>
        <source>This document's copy in the vault is damaged and cannot be read. Your other papers are safe.</source>
        <translation>Sira ang kopya ng dokumentong ito sa taguan at hindi ito mabasa. Ligtas ang iba mo pang dokumento.</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer's disk to keep this paper safely: while it is added, it needs about twice its size. Nothing was added. Your vault is safe.</source>
        <translation>Kulang ang bakanteng espasyo sa disk ng computer na ito para maitago nang ligtas ang dokumentong ito: habang idinadagdag ito, kailangan nito ng mga doble ng laki nito. Walang naidagdag. Ligtas ang taguan mo.</translation>
    </message>
    <message>
        <source>This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added.</source>
        <translation>Hindi mabasa ang file na ito (baka folder ito, o nailipat, o naka-lock). Walang naidagdag.</translation>
    </message>
    <message>
        <source>The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in your vault.</source>
        <translation>Hindi ma-save doon ang kopya (baka read-only ang folder, o wala na ito). Ligtas pa rin ang dokumento mo sa taguan mo.</translation>
    </message>
    <message>
        <source>Adding papers was stopped. The papers added before it are kept; the rest were not added.</source>
        <translation>Itinigil ang pagdadagdag ng mga dokumento. Nananatili ang mga naidagdag bago ito itinigil; hindi na naidagdag ang iba.</translation>
    </message>
    <message>
        <source>That is not a file that can hold a packet (a folder, a device or a pipe).</source>
        <translation>Hindi iyan file na puwedeng maglaman ng pakete (folder, device o pipe iyan).</translation>
    </message>
    <message>
        <source>This file is too large to be a share packet.</source>
        <translation>Masyadong malaki ang file na ito para maging pakete.</translation>
    </message>
    <message>
        <source>That share code does not open this packet. Please check it with the person who sent it.</source>
        <translation>Hindi nabubuksan ng code na iyan ang paketeng ito. Pakitiyak ang code sa taong nagpadala nito.</translation>
    </message>
    <message>
        <source>Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely on it. Ask the person who sent it for a new one.</source>
        <translation>Babala: binago ang paketeng ito mula nang gawin ito, o pinagpalit ang ilang bahagi nito. Huwag itong pagkatiwalaan. Humingi ng bago sa taong nagpadala nito.</translation>
    </message>
    <message>
        <source>This file is not a share packet, or it is damaged.</source>
        <translation>Hindi pakete ang file na ito, o sira ito.</translation>
    </message>
    <message>
        <source>That file is not there any more. Please choose it again.</source>
        <translation>Wala na roon ang file na iyan. Pakipili ulit.</translation>
    </message>
    <message>
        <source>This packet's consent has ended, so it should not be used any more. Ask the person who sent it if they want to share again.</source>
        <translation>Tapos na ang pagpayag para sa paketeng ito, kaya hindi na ito dapat gamitin. Tanungin ang taong nagpadala nito kung gusto niyang magbahagi ulit.</translation>
    </message>
    <message>
        <source>The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again.</source>
        <translation>Hindi pumasa ang pakete sa sarili nitong pagsusuri, kaya hindi ito na-save. Walang naibahagi. Pakisubukan ulit.</translation>
    </message>
    <message>
        <source>“%1” cannot go into the packet, so the packet was not made. You can leave it out.</source>
        <translation>Hindi puwedeng isama ang “%1” sa pakete, kaya hindi nagawa ang pakete. Puwede mo itong alisin sa pakete.</translation>
    </message>
    <message>
        <source>“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its hidden details. It was not attached, and the packet was not made. You can leave it out.</source>
        <translation>Ang “%1” ay larawang hindi mabuksan ng app (baka sira, o masyadong malaki), kaya hindi maalis ng app ang mga nakatagong detalye nito. Hindi ito inilakip, at hindi nagawa ang pakete. Puwede mo itong alisin sa pakete.</translation>
    </message>
    <message>
        <source>“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden details. So that no page goes missing, the packet was not made. You can leave it out.</source>
        <translation>May ilang pahina ang “%1” sa iisang image file, at ang una lang ang naalisan ng mga nakatagong detalye. Para walang pahinang mawala, hindi ginawa ang pakete. Puwede mo itong alisin sa pakete.</translation>
    </message>
    <message>
        <source>“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.</source>
        <translation>Ang “%1” ay litrato sa format (HEIC, AVIF o JPEG XL) na hindi kayang alisan ng app ng mga nakatagong detalye, kaya hindi nagawa ang pakete. Puwede mo itong alisin sa pakete, o i-save ang litrato bilang JPEG at idagdag ang kopyang iyon.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are safe. You can leave it out.</source>
        <translation>Sira ang “%1” sa taguan at hindi ito mabasa, kaya hindi nagawa ang pakete. Ligtas ang iba mo pang dokumento. Puwede mo itong alisin sa pakete.</translation>
    </message>
    <message>
        <source>A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do not rely on this packet.</source>
        <translation>May dokumento sa paketeng ito na may pangalan ng file na puwedeng lumabas sa folder, kaya walang na-save. Huwag pagkatiwalaan ang paketeng ito.</translation>
    </message>
    <message>
        <source>A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please choose an empty folder.</source>
        <translation>May file na sa folder na iyan na kapangalan ng isa sa mga dokumento. Walang pinatungan. Pakipili ng folder na walang laman.</translation>
    </message>
    <message>
        <source>The papers can only be saved in a folder, and that is not one.</source>
        <translation>Sa folder lang puwedeng i-save ang mga dokumento, at hindi folder iyan.</translation>
    </message>
    <message>
        <source>The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share them in two packets.</source>
        <translation>Masyadong malaki ang mga dokumentong pinili mo para sa iisang pakete: hanggang %1 MB lang ang lahat-lahat. Huwag isama ang ilan, o ibahagi ang mga ito sa dalawang pakete.</translation>
    </message>
    <message>
        <source>This setup kit is too large, so it was not used. Nothing was added.</source>
        <translation>Masyadong malaki ang panimulang kit na ito, kaya hindi ito ginamit. Walang naidagdag.</translation>
    </message>
    <message>
        <source>Reading the setup kit was stopped. Nothing was added.</source>
        <translation>Itinigil ang pagbasa sa panimulang kit. Walang naidagdag.</translation>
    </message>
    <message>
        <source>The files could not be read or written. Please check the disk and try again.</source>
        <translation>Hindi mabasa o masulatan ang mga file. Pakisuri ang disk at subukan ulit.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Notes for the helper</source>
        <translation>Mga tala para sa tumutulong</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Susunod</translation>
    </message>
    <message>
        <source>Making your vault</source>
        <translation>Ginagawa ang taguan mo</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Maligayang pagdating</translation>
    </message>
    <message>
        <source>This app keeps your own plan: your goals, the services you want or do not want, and what you would like providers to know. It keeps everything on this computer and sends nothing anywhere.</source>
        <translation>Itinatago ng app na ito ang sarili mong plano: ang mga layunin mo, ang mga serbisyong gusto mo o ayaw mo, at ang gusto mong malaman ng mga nagbibigay ng serbisyo. Nasa computer na ito lang ang lahat, at wala itong ipinapadala kahit saan.</translation>
    </message>
    <message>
        <source>Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, with whom, and until when.</source>
        <translation>Walang makakakita ng plano mo nang wala ang passphrase mo: kahit anong organisasyon, kahit kami. Ikaw ang magpapasya kung may ibabahagi, kanino, at hanggang kailan.</translation>
    </message>
    <message>
        <source>Please know: if someone watches this computer with hidden software, they may see what you type. If you are not sure this computer is safe, you can set this up later on a safer device.</source>
        <translation>Pakitandaan: kung may nagbabantay sa computer na ito gamit ang nakatagong software, puwede nilang makita ang tina-type mo. Kung hindi mo alam kung ligtas ang computer na ito, puwede mo itong gawin mamaya sa ibang device na mas ligtas.</translation>
    </message>
    <message>
        <source>I have a backup from before: restore it…</source>
        <translation>May backup ako mula dati: ibalik mula roon…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Buksan ang paketeng ibinigay sa akin ng isang tao…</translation>
    </message>
    <message>
        <source>Is someone helping you set up?</source>
        <translation>May tumutulong ba sa iyo sa pag-set up?</translation>
    </message>
    <message>
        <source>I am setting this up on my own</source>
        <translation>Mag-isa kong sine-set up ito</translation>
    </message>
    <message>
        <source>Someone is helping me (for example an advocate)</source>
        <translation>May tumutulong sa akin (halimbawa, isang social worker o advocate)</translation>
    </message>
    <message>
        <source>A helper gets short notes on each step. They never need to see your passphrase or what you write.</source>
        <translation>Makakakita ang tumutulong ng maiikling tala sa bawat hakbang. Hindi niya kailangang makita kahit kailan ang passphrase mo o ang isinusulat mo.</translation>
    </message>
    <message>
        <source>How should the app look?</source>
        <translation>Ano ang gusto mong itsura ng app?</translation>
    </message>
    <message>
        <source>In discreet mode the window is called "Notes" and has a plain icon, so a glance at the screen or the taskbar does not say what it is. You can change this later in Settings.</source>
        <translation>Sa di-halatang itsura, “Mga Tala” ang pangalan ng window at simple ang icon nito, kaya hindi malalaman kung ano ito ng sinumang sumulyap sa screen o sa taskbar. Puwede mo itong baguhin mamaya sa Mga Setting.</translation>
    </message>
    <message>
        <source>Use discreet mode</source>
        <translation>Gamitin ang di-halatang itsura</translation>
    </message>
    <message>
        <source>Preview of the window's name and icon:</source>
        <translation>Silip sa pangalan at icon ng window:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga Tala</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>Piliin ang passphrase mo</translation>
    </message>
    <message>
        <source>A passphrase is a few words you can remember and others cannot guess, like four words that make a picture in your mind.</source>
        <translation>Ang passphrase ay ilang salitang kaya mong tandaan at hindi mahuhulaan ng iba, gaya ng apat na salitang bumubuo ng larawan sa isip mo.</translation>
    </message>
    <message>
        <source>If you forget it, nobody can open the vault, not even us. The next step makes a recovery key, just for that.</source>
        <translation>Kapag nakalimutan mo ito, walang makakabukas sa taguan, kahit kami. Sa susunod na hakbang, gagawa ng reserbang susi para mismo diyan.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Gaano katibay ang passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Ang parehong passphrase, ulit</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ang reserbang susi mo</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault.</source>
        <translation>Kung makalimutan mo man ang passphrase mo, bubuksan ng susing ito ang taguan mo.</translation>
    </message>
    <message>
        <source>Skip this (not recommended)…</source>
        <translation>Laktawan ito (hindi ipinapayo)…</translation>
    </message>
    <message>
        <source>Anything from an agency? (optional)</source>
        <translation>May galing ba sa isang organisasyon? (puwedeng laktawan)</translation>
    </message>
    <message>
        <source>An agency may have given you a setup kit: their contact details and a list of local services. Loading it shares nothing with them, and chooses nothing for you. You can skip this.</source>
        <translation>Baka binigyan ka ng isang organisasyon ng panimulang kit: ang contact details nila at listahan ng mga serbisyo sa lugar mo. Walang ibinabahagi sa kanila ang pag-load nito, at wala itong pinipili para sa iyo. Puwede mo itong laktawan.</translation>
    </message>
    <message>
        <source>Load a setup kit…</source>
        <translation>I-load ang panimulang kit…</translation>
    </message>
    <message>
        <source>Load a list of local services…</source>
        <translation>I-load ang listahan ng mga serbisyo sa lugar mo…</translation>
    </message>
    <message>
        <source>Reading the setup kit</source>
        <translation>Binabasa ang panimulang kit</translation>
    </message>
    <message>
        <source>Do not use this kit</source>
        <translation>Huwag gamitin ang kit na ito</translation>
    </message>
    <message>
        <source>You are in charge</source>
        <translation>Ikaw ang may kontrol</translation>
    </message>
    <message>
        <source>Your vault is ready. Nothing is shared unless you choose.</source>
        <translation>Handa na ang taguan mo. Walang ibinabahagi maliban kung pipiliin mo.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the red button at the top, to hide and close the app at once.</source>
        <translation>Lumabas agad: pindutin ang Shift key (⇧) nang tatlong beses, o ang pulang button sa itaas, para maitago at maisara agad ang app.</translation>
    </message>
    <message>
        <source>For the helper: let the person read at their own pace. Nothing here asks about what happened to them.</source>
        <translation>Para sa tumutulong: hayaang magbasa ang tao sa sarili niyang bilis. Walang anumang tanong dito tungkol sa nangyari sa kanya.</translation>
    </message>
    <message>
        <source>For the helper: you can stay for the setup, and you never need the passphrase.</source>
        <translation>Para sa tumutulong: puwede kang manatili habang nagse-set up, at hindi mo kailanman kailangan ang passphrase.</translation>
    </message>
    <message>
        <source>For the helper: ask whether others use or look at this computer.</source>
        <translation>Para sa tumutulong: itanong kung may ibang gumagamit o tumitingin sa computer na ito.</translation>
    </message>
    <message>
        <source>For the helper: please look away now, or hand the keyboard over. Do not watch the passphrase being typed, and do not write it down.</source>
        <translation>Para sa tumutulong: pakitingin po muna sa ibang direksyon, o iabot ang keyboard. Huwag panoorin habang tina-type ang passphrase, at huwag itong isulat.</translation>
    </message>
    <message>
        <source>For the helper: please look away while the key is shown. Help them choose a safe place for it, without seeing it.</source>
        <translation>Para sa tumutulong: pakitingin po sa ibang direksyon habang ipinapakita ang susi. Tulungan siyang pumili ng ligtas na lugar para dito, nang hindi mo ito nakikita.</translation>
    </message>
    <message>
        <source>For the helper: if you brought a setup kit, this is where it goes. It adds your contact details with no sharing permission.</source>
        <translation>Para sa tumutulong: kung may dala kang panimulang kit, dito ito ilalagay. Idinadagdag nito ang contact details mo nang walang anumang permiso sa pagbabahagi.</translation>
    </message>
    <message>
        <source>For the helper: thank you. From here on, the person is in charge.</source>
        <translation>Para sa tumutulong: salamat po. Mula rito, ang tao na ang may kontrol.</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Gawin ang taguan ko</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Buksan ang taguan ko</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. You can make it longer, or press "Next" again to keep it. It is your choice.</source>
        <translation>Madaling hulaan ang passphrase na ito. Puwede mo itong habaan, o pindutin ulit ang “Susunod” para ito na ang gamitin. Ikaw ang pipili.</translation>
    </message>
    <message>
        <source>Skip the recovery key?</source>
        <translation>Laktawan ang reserbang susi?</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase means the vault cannot be opened by anyone, ever. You can make a key later in Settings.</source>
        <translation>Kung walang reserbang susi at makalimutan mo ang passphrase, wala nang makakabukas sa taguan, kailanman. Puwede kang gumawa ng reserbang susi mamaya sa Mga Setting.</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Laktawan</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Panatilihin ang susi</translation>
    </message>
    <message>
        <source>Choose the folder with the directory files</source>
        <translation>Piliin ang folder na may mga file ng listahan ng serbisyo</translation>
    </message>
    <message>
        <source>Choose the setup kit</source>
        <translation>Piliin ang panimulang kit</translation>
    </message>
    <message>
        <source>Setup kits (*.json *.zip)</source>
        <translation>Mga panimulang kit (*.json *.zip)</translation>
    </message>
    <message>
        <source>Reading the setup kit…</source>
        <translation>Binabasa ang panimulang kit…</translation>
    </message>
    <message>
        <source>no agency card</source>
        <translation>walang contact card ng organisasyon</translation>
    </message>
    <message>
        <source>Ready to add: %1. Local services in its list: %2. Nothing will be chosen for you.</source>
        <translation>Handa nang idagdag: %1. Mga serbisyo sa lugar mo na nasa listahan nito: %2. Walang pipiliin para sa iyo.</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Ginagawa ang taguan mo. Sandali lang ito.</translation>
    </message>
    <message>
        <source>Your recovery key works. Keep it safe.</source>
        <translation>Gumagana ang reserbang susi mo. Itago ito sa ligtas na lugar.</translation>
    </message>
    <message>
        <source>You have no recovery key yet. You can make one in Settings.</source>
        <translation>Wala ka pang reserbang susi. Puwede kang gumawa nito sa Mga Setting.</translation>
    </message>
    <message>
        <source>Local services added from the setup kit: %1.</source>
        <translation>Mga serbisyo sa lugar mo na idinagdag mula sa panimulang kit: %1.</translation>
    </message>
</context>
<context>
    <name>ForgotPassphraseDialog</name>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Nakalimutan ko ang passphrase ko</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>Buksan at i-save</translation>
    </message>
    <message>
        <source>Type your recovery key, then choose a new passphrase. Your recovery key keeps working afterwards.</source>
        <translation>I-type ang reserbang susi mo, saka pumili ng bagong passphrase. Gagana pa rin ang reserbang susi mo pagkatapos.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Reserbang susi</translation>
    </message>
    <message>
        <source>Seven groups of four letters and numbers</source>
        <translation>Pitong grupo ng tig-apat na letra at numero</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Bagong passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ang bagong passphrase, ulit</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Paki-type ang reserbang susi mo.</translation>
    </message>
    <message>
        <source>Opening with your recovery key…</source>
        <translation>Binubuksan gamit ang reserbang susi mo…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Throw away my changes</source>
        <translation>Itapon ang mga binago ko</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Hindi mo pa ito na-save. Narito ito.</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (kung gusto mo)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Kung gusto mo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>GoalArea</name>
    <message>
        <source>No area</source>
        <translation>Walang napiling bahagi</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kalusugan</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabaho</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Pag-aaral</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pera</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Kaligtasan</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Mga usaping legal</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Kapakanan</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Pamumuno at pagtulong sa iba</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Change goal</source>
        <translation>Baguhin ang layunin</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Bagong layunin</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Itapon ang mga binago ko</translation>
    </message>
    <message>
        <source>Only the goal itself is needed. Nothing here leaves your vault unless you make a packet.</source>
        <translation>Ang layunin lang mismo ang kailangan. Walang lalabas mula rito sa taguan mo maliban kung gagawa ka ng pakete.</translation>
    </message>
    <message>
        <source>You were writing this goal and had not saved it. Here it is.</source>
        <translation>Isinusulat mo ang layuning ito at hindi mo pa na-save. Narito ito.</translation>
    </message>
    <message>
        <source>You were changing this goal and had not saved it. Here are your changes.</source>
        <translation>Binabago mo ang layuning ito at hindi mo pa na-save. Narito ang mga binago mo.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Ang layunin ko</translation>
    </message>
    <message>
        <source>For example: find a flat near my sister</source>
        <translation>Halimbawa: makahanap ng apartment na malapit sa kapatid ko</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Bakit ito mahalaga sa akin</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Bahagi ng buhay</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Kumusta na ito ngayon</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Kailan ko gustong matupad ito</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Mga hakbang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>I have a date in mind</source>
        <translation>May petsa akong naiisip</translation>
    </message>
    <message>
        <source>Please give your goal a short title. Everything else is optional.</source>
        <translation>Pakibigyan ng maikling pamagat ang layunin mo. Puwede mong iwanang blangko ang iba pa.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Working on it</source>
        <translation>Ginagawa ko pa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Nakahinto muna</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Natupad ko na</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Binitawan ko na</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>No steps yet</source>
        <translation>Wala pang hakbang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Natupad ko na</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 sa %2 hakbang</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Kailan</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>Mga layunin ko</translation>
    </message>
    <message>
        <source>What you want to reach, one step at a time. You decide what, how and when.</source>
        <translation>Ang gusto mong makamit, paisa-isang hakbang. Ikaw ang magpapasya kung ano, paano at kailan.</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>Ipakita ang mga layunin</translation>
    </message>
    <message>
        <source>All my goals</source>
        <translation>Lahat ng layunin ko</translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation>Mga itinabing layunin</translation>
    </message>
    <message>
        <source>Search my goals</source>
        <translation>Hanapin sa mga layunin ko</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Magdagdag ng layunin</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Itabi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Ipakita ulit</translation>
    </message>
    <message>
        <source>No goals match your search.</source>
        <translation>Walang layuning tugma sa hinanap mo.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>I-clear ang paghahanap</translation>
    </message>
    <message>
        <source>You have not put any goals away.</source>
        <translation>Wala ka pang itinabing layunin.</translation>
    </message>
    <message>
        <source>Show all my goals</source>
        <translation>Ipakita ang lahat ng layunin ko</translation>
    </message>
    <message>
        <source>No goals like this right now.</source>
        <translation>Walang ganitong layunin ngayon.</translation>
    </message>
    <message>
        <source>No goals here yet. Add one when you are ready.</source>
        <translation>Wala pang layunin dito. Magdagdag ka kapag handa ka na.</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>Pumili muna ng layunin sa listahan.</translation>
    </message>
    <message>
        <source>A new goal, not saved yet: “%1”</source>
        <translation>Bagong layunin, hindi pa naka-save: “%1”</translation>
    </message>
    <message>
        <source>A new goal, not saved yet</source>
        <translation>Bagong layunin, hindi pa naka-save</translation>
    </message>
    <message>
        <source>Changes not saved yet: “%1”</source>
        <translation>Mga pagbabagong hindi pa naka-save: “%1”</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>isang layunin</translation>
    </message>
    <message>
        <source>Archived. You can find it under "Show: Archived goals".</source>
        <translation>Naitabi na. Makikita mo ito sa “Ipakita: Mga itinabing layunin”.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Ipinapakita na ulit.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>Burahin ang layuning ito?</translation>
    </message>
    <message>
        <source>Delete this goal and its steps? This cannot be undone. If you only want it out of sight, choose "Archive" instead.</source>
        <translation>Burahin ang layuning ito at ang mga hakbang nito? Hindi na ito maibabalik. Kung gusto mo lang itong mawala sa paningin, piliin na lang ang “Itabi”.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Huwag burahin</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Nabura na.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Until %1</source>
        <translation>Hanggang %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Walang petsa ng pagtatapos</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Ginawa noong %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Laman: %1</translation>
    </message>
    <message>
        <source>Protected with a share code</source>
        <translation>Protektado ng code ng pakete</translation>
    </message>
    <message>
        <source>Not protected (plain PDF)</source>
        <translation>Hindi protektado (karaniwang PDF)</translation>
    </message>
    <message>
        <source>They may still use it</source>
        <translation>Puwede pa nila itong gamitin</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Natapos na</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Binawi ang pagpayag</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para sa: %1</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>What goes in</source>
        <translation>Ang isasama</translation>
    </message>
    <message>
        <source>%1 (nothing here yet)</source>
        <translation>%1 (wala pang laman)</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Paki-type ang kasalukuyang passphrase mo.</translation>
    </message>
    <message>
        <source>Backups made before now still open with your old passphrase or recovery key. Make a new backup now, and then destroy the old ones.</source>
        <translation>Nabubuksan pa rin ng luma mong passphrase o reserbang susi ang mga backup na ginawa bago ngayon. Gumawa ng bagong backup ngayon, at saka sirain ang mga luma.</translation>
    </message>
    <message>
        <source>Your recovery key was of an older kind and could not move to the new key, so it no longer works. Please make a new one in Settings.</source>
        <translation>Lumang uri ang reserbang susi mo at hindi ito mailipat sa bagong susi, kaya hindi na ito gumagana. Pakigawa ng bago sa Mga Setting.</translation>
    </message>
    <message>
        <source>Your current passphrase was not right, so nothing was changed.</source>
        <translation>Mali ang kasalukuyang passphrase na inilagay mo, kaya walang binago.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Notes</source>
        <translation>Mga Tala</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>DEMO — sample data only. It is deleted when you close the app.</source>
        <translation>DEMO — halimbawang datos lang. Buburahin ito kapag isinara mo ang app.</translation>
    </message>
    <message>
        <source>DEMO — sample data only</source>
        <translation>DEMO — halimbawang datos lang</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>I-lock</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>I-lock ang taguan</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>I-lock ngayon (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Lumabas agad</translation>
    </message>
    <message>
        <source>Quick exit: hide and close the app now</source>
        <translation>Lumabas agad: itago at isara ang app ngayon</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Or press Shift three times.</source>
        <translation>Itago at isara agad ang app. O pindutin ang Shift key (⇧) nang tatlong beses.</translation>
    </message>
    <message>
        <source>The encryption library is missing or not working, so this app cannot keep your information safe and will not open. Please reinstall the app.</source>
        <translation>Nawawala o sira ang encryption library, kaya hindi kayang ingatan ng app na ito ang impormasyon mo at hindi ito magbubukas. Paki-install ulit ang app.</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Erasing everything. This takes a moment.</source>
        <translation>Binubura ang lahat. Sandali lang ito.</translation>
    </message>
    <message>
        <source>The erasing is finished the next time the app starts.</source>
        <translation>Matatapos ang pagbura sa susunod na pagbukas ng app.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>Bagong reserbang susi</translation>
    </message>
    <message>
        <source>When you use this new key, your old recovery key stops working.</source>
        <translation>Kapag ginamit mo ang bagong susing ito, hihinto nang gumana ang luma mong reserbang susi.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase.</source>
        <translation>Bubuksan ng susing ito ang taguan mo kung makalimutan mo ang passphrase mo.</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Gamitin ang susing ito</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Putting the new key in place</source>
        <translation>Inilalagay ang bagong susi</translation>
    </message>
    <message>
        <source>Putting your new key in place. This takes a moment; please wait.</source>
        <translation>Inilalagay ang bago mong susi. Sandali lang ito; pakihintay.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost.</source>
        <translation>Sira o nawawala ang file ng mga susi ng taguan mo. Ginamit ang kopya nito, at naibalik na ang file ng mga susi. Walang nawala.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need.</source>
        <translation>Puno na ang disk ng computer na ito, kaya walang bagong maise-save sa taguan mo sa ngayon. Ligtas ang taguan mo. Para magkaroon ng espasyo, i-empty ang basurahan (Trash o Recycle Bin) o burahin ang malalaking file na hindi mo kailangan.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings.</source>
        <translation>May pagpapalit ng passphrase o reserbang susi mo na natigil bago natapos (halimbawa, dahil sa “Lumabas agad”), kaya walang binago: gumagana pa rin ang luma mong passphrase at reserbang susi. Kung gusto mo pa ring magpalit, pakiulit ito sa Mga Setting.</translation>
    </message>
</context>
<context>
    <name>OpenPacketDialog</name>
    <message>
        <source>Open a share packet</source>
        <translation>Buksan ang isang pakete</translation>
    </message>
    <message>
        <source>For people who received a packet: choose the file and type the share code you were given. The packet is checked for changes.</source>
        <translation>Para sa mga nakatanggap ng pakete: piliin ang file at i-type ang code ng pakete na ibinigay sa iyo. Susuriin kung may binago sa pakete.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Wala pang napiling file</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Piliin ang file…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Code ng pakete</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Halimbawa: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>Buksan at suriin</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>Buksan pa rin</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>Ang pakete</translation>
    </message>
    <message>
        <source>Save its data as JSON…</source>
        <translation>I-save ang datos nito bilang JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Choose the packet</source>
        <translation>Piliin ang pakete</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose the packet file first.</source>
        <translation>Pakipili muna ang file ng pakete.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sinusuri…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was made. Signed by the key %1.</source>
        <translation>Nasuri na: walang binago mula nang gawin ito. Pinirmahan gamit ang susing %1.</translation>
    </message>
    <message>
        <source>Warning: this packet was made by an older version of Survivor Vault. Its signature covers the data shown here, but not how its pages look. Rely on this text, not on the pages, or ask for a new packet.</source>
        <translation>Babala: ginawa ang paketeng ito ng mas lumang bersyon ng Survivor Vault. Saklaw ng pirma nito ang datos na ipinapakita rito, pero hindi ang itsura ng mga pahina nito. Ang tekstong ito ang pagkatiwalaan, hindi ang mga pahina, o humingi ng bagong pakete.</translation>
    </message>
    <message>
        <source>Warning: this packet is not signed, so nothing proves it is unchanged. Do not rely on it without asking the person who sent it.</source>
        <translation>Babala: walang pirma ang paketeng ito, kaya walang katiyakan na walang binago rito. Huwag itong pagkatiwalaan nang hindi muna tinatanong ang taong nagpadala nito.</translation>
    </message>
    <message>
        <source>Its consent has ended. Use it only if the person who sent it agrees.</source>
        <translation>Tapos na ang pagpayag para sa paketeng ito. Gamitin lang ito kung pumapayag ang taong nagpadala nito.</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>I-save ang datos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Mga JSON file (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Na-save: %1</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Working on it</source>
        <translation>Ginagawa ko pa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Nakahinto muna</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Natupad ko na</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Binitawan ko na</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Gusto ko ito</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Ginagamit ko ito</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Hindi muna ngayon</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Hindi, salamat</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kalusugan</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabaho</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Pag-aaral</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pera</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Kaligtasan</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Mga usaping legal</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Kapakanan</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Pamumuno at pagtulong sa iba</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <source>The name I like to be called</source>
        <translation>Ang pangalang gusto kong itawag sa akin</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Mga pronoun ko</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Mga wikang sinasalita ko</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Ligtas na paraan para makontak ako</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Ligtas na oras para makontak ako</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Ang nakakatulong sa akin para makasali (mga espesyal na pangangailangan ko)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mga kalakasan ko</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Ang gusto kong malaman ng mga nagbibigay ng serbisyo</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>ID o pasaporte</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Imigrasyon</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Korte o legal</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Pera at benepisyo</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Paaralan o pagsasanay</translation>
    </message>
    <message>
        <source>Information I chose to share with you</source>
        <translation>Impormasyong pinili kong ibahagi sa inyo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para sa</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Para saan</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ginawa noong</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>Katapusan ng pagpayag</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Sa sarili kong salita</translation>
    </message>
    <message>
        <source>If this reached you by mistake, please delete it and do not share it.</source>
        <translation>Kung napunta po ito sa inyo nang hindi sinasadya, pakibura ito at huwag ibahagi.</translation>
    </message>
    <message>
        <source>This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe.</source>
        <translation>Hindi naka-lock gamit ang code ng pakete ang kopyang ito: mababasa ito ng sinumang may hawak ng file. Pakiingatan po ito.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mga layunin ko</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mga serbisyo ko</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Tungkol sa akin</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Bakit ito mahalaga sa akin</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Kumusta na ito ngayon</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Bahagi ng buhay</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Kailan ko gustong matupad ito</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Mga hakbang</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tapos na</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Ang pinili ko</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Nagbibigay ng serbisyo na gusto ko</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Ang nakakatulong</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Ang hindi nakakatulong</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>Isang mensahe mula sa akin</translation>
    </message>
    <message>
        <source>Signed. Key fingerprint</source>
        <translation>May pirma. Fingerprint ng susi</translation>
    </message>
    <message>
        <source>The same fingerprint on two packets means they come from the same person. Survivor Vault's "open-packet" checks that nothing was changed.</source>
        <translation>Kapag pareho ang fingerprint sa dalawang pakete, galing ang mga ito sa iisang tao. Sinusuri ng “open-packet” ng Survivor Vault na walang binago.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Walang pirma.</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pahina %1 sa %2</translation>
    </message>
    <message>
        <source>I choose to share the information in this packet with %1, for this purpose: %2. My consent ends on %3. I can withdraw it at any time.</source>
        <translation>Pinipili kong ibahagi sa inyo (%1) ang impormasyon sa paketeng ito, para sa ganitong gamit: %2. Matatapos ang pagpayag ko sa %3. Puwede ko itong bawiin anumang oras.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Binawi ang pagpayag</translation>
    </message>
    <message>
        <source>I withdraw my consent for the packet %1, which I made on %2 for %3. Please delete it and any copies, and do not use the information in it from now on.</source>
        <translation>Binabawi ko ang pagpayag ko para sa paketeng %1, na ginawa ko noong %2 para sa inyo (%3). Pakibura po ito at ang lahat ng kopya nito, at huwag nang gamitin ang impormasyon dito mula ngayon.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Binawi noong</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Mga nakalakip na dokumento: %1</translation>
    </message>
    <message>
        <source>They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's "open-packet --extract" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera).</source>
        <translation>Nasa loob ng PDF file na ito ang mga ito bilang attachment: ipinapakita ang mga ito ng PDF reader sa attachments panel nito (kadalasan ay isang button na may paper clip). Sinusuri at sine-save ang mga ito ng “open-packet --extract” ng Survivor Vault. Ipinadala ang mga litrato nang wala ang mga nakatagong detalye nito (kung saan at kailan kinunan, at ang camera).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Inisyu noong</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>Petsa ng pag-expire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
</context>
<context>
    <name>PacketWizard</name>
    <message>
        <source>Make a share packet</source>
        <translation>Gumawa ng paketeng ibabahagi</translation>
    </message>
    <message>
        <source>You were making this packet and had not finished. What you chose and wrote is back.</source>
        <translation>Ginagawa mo ang paketeng ito at hindi mo pa natapos. Narito ulit ang mga pinili at isinulat mo.</translation>
    </message>
    <message>
        <source>The person it was for is no longer in your list: choose who it is for.</source>
        <translation>Wala na sa listahan mo ang dating tatanggap nito: piliin kung para kanino ito.</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>About the paper you chose</source>
        <translation>Tungkol sa dokumentong pinili mo</translation>
    </message>
    <message>
        <source>Choose a paper in the list to see its details.</source>
        <translation>Pumili ng dokumento sa listahan para makita ang mga detalye nito.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · idinagdag noong %3</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Inisyu: %1</translation>
    </message>
    <message>
        <source>Ran out: %1</source>
        <translation>Nag-expire: %1</translation>
    </message>
    <message>
        <source>Runs out: %1 (%2)</source>
        <translation>Mag-e-expire: %1 (%2)</translation>
    </message>
    <message>
        <source>A reminder is set.</source>
        <translation>May nakatakdang paalala.</translation>
    </message>
    <message>
        <source>A reminder is set for the day itself.</source>
        <translation>May nakatakdang paalala sa mismong araw.</translation>
    </message>
</context>
<context>
    <name>PaperCopy</name>
    <message>
        <source>Save a copy?</source>
        <translation>Mag-save ng kopya?</translation>
    </message>
    <message>
        <source>The copy you save is not protected: anyone who uses this computer, or the place you save it to, may open it. Your paper stays in your vault too.</source>
        <translation>Hindi protektado ang kopyang ise-save mo: puwede itong buksan ng sinumang gumagamit ng computer na ito, o ng lugar kung saan mo ito ise-save. Mananatili rin ang dokumento mo sa taguan mo.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Mag-save ng kopya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not protected: delete it when you no longer need it.</source>
        <translation>Na-save ang isang kopya bilang %1. Hindi ito protektado: burahin ito kapag hindi mo na kailangan.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Details of this paper</source>
        <translation>Mga detalye ng dokumentong ito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Uri ng dokumento</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>Alam ko ang petsa</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Petsa ng pag-isyu</translation>
    </message>
    <message>
        <source>It runs out</source>
        <translation>May petsa ng pag-expire</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Petsa ng pag-expire</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Only a name is needed. The file itself stays as it was added.</source>
        <translation>Pangalan lang ang kailangan. Mananatili ang file gaya noong idinagdag ito.</translation>
    </message>
    <message>
        <source>Please give the paper a short name, in your own words.</source>
        <translation>Pakibigyan ng maikling pangalan ang dokumento, sa sarili mong salita.</translation>
    </message>
</context>
<context>
    <name>PaperKind</name>
    <message>
        <source>ID or passport</source>
        <translation>ID o pasaporte</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Imigrasyon</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Korte o legal</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kalusugan</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Pera at benepisyo</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Paaralan o pagsasanay</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Nakaraang pahina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Susunod na pahina</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Paliitin</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Isakto sa lapad</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Palakihin</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Mag-save ng kopya…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Opening your paper…</source>
        <translation>Binubuksan ang dokumento mo…</translation>
    </message>
    <message>
        <source>There is no preview for this one. It is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Walang silip para dito. Ligtas itong nakatago sa taguan mo nang walang binago, at puwede kang mag-save ng kopya nito.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pahina %1 sa %2</translation>
    </message>
    <message>
        <source>This page cannot be shown. The paper is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Hindi maipakita ang pahinang ito. Ligtas na nakatago ang dokumento sa taguan mo nang walang binago, at puwede kang mag-save ng kopya nito.</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, pahina %2 sa %3</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <source>Ran out %1</source>
        <translation>Nag-expire noong %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Pag-expire</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>My papers</source>
        <translation>Mga dokumento ko</translation>
    </message>
    <message>
        <source>Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper for a packet.</source>
        <translation>Mga kopya ng mga dokumento mo, naka-lock sa loob ng taguan mo. Walang ibinabahagi mula rito maliban kung pipili ka ng dokumento para sa isang pakete.</translation>
    </message>
    <message>
        <source>Search my papers</source>
        <translation>Hanapin sa mga dokumento ko</translation>
    </message>
    <message>
        <source>Adding papers</source>
        <translation>Nagdadagdag ng mga dokumento</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <source>Add papers…</source>
        <translation>Magdagdag ng mga dokumento…</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Itigil ang pagdadagdag</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Tingnan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Mag-save ng kopya…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>No paper matches your search.</source>
        <translation>Walang dokumentong tugma sa hinanap mo.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>I-clear ang paghahanap</translation>
    </message>
    <message>
        <source>No papers yet. When you want to, add a copy of a paper: an ID, a letter, a court paper. It is kept locked inside your vault.</source>
        <translation>Wala pang dokumento. Kapag gusto mo na, magdagdag ng kopya ng isang dokumento: ID, sulat, dokumento mula sa korte. Itatago itong naka-lock sa loob ng taguan mo.</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>Pumili muna ng dokumento sa listahan.</translation>
    </message>
    <message>
        <source>Please wait until the papers are added.</source>
        <translation>Pakihintay hanggang maidagdag ang mga dokumento.</translation>
    </message>
    <message>
        <source>Add papers</source>
        <translation>Magdagdag ng mga dokumento</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Litrato</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Dokumento</translation>
    </message>
    <message>
        <source>Adding your papers to the vault…</source>
        <translation>Idinadagdag sa taguan ang mga dokumento mo…</translation>
    </message>
    <message>
        <source>Adding your paper to the vault…</source>
        <translation>Idinadagdag sa taguan ang dokumento mo…</translation>
    </message>
    <message>
        <source>Added to your vault: %1.</source>
        <translation>Naidagdag sa taguan mo: %1.</translation>
    </message>
    <message>
        <source>Not added: %1. %2</source>
        <translation>Hindi naidagdag: %1. %2</translation>
    </message>
    <message>
        <source>Delete the original files?</source>
        <translation>Burahin ang mga orihinal na file?</translation>
    </message>
    <message>
        <source>Your papers are now in your vault. The app can also delete the original files from this computer.

On SSD drives and in cloud folders (OneDrive, iCloud, Dropbox), a deleted file may still be found for a while. Copies in e-mail or on a phone stay.</source>
        <translation>Nasa taguan mo na ang mga dokumento mo. Puwede ring burahin ng app ang mga orihinal na file mula sa computer na ito.

Sa mga SSD drive at sa mga cloud folder (OneDrive, iCloud, Dropbox), puwede pang makita nang ilang panahon ang isang binurang file. Hindi mabubura ang mga kopya sa e-mail o sa telepono.</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>Burahin ang mga orihinal</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Huwag burahin</translation>
    </message>
    <message>
        <source>The original files were deleted from this computer.</source>
        <translation>Nabura na ang mga orihinal na file mula sa computer na ito.</translation>
    </message>
    <message>
        <source>The original file was deleted from this computer.</source>
        <translation>Nabura na ang orihinal na file mula sa computer na ito.</translation>
    </message>
    <message>
        <source>Not deleted: %1. It changed since it was added, or it could not be removed. Your vault keeps the copy it added.</source>
        <translation>Hindi nabura: %1. Nagbago ito mula nang idagdag, o hindi ito maalis. Nasa taguan mo pa rin ang kopyang naidagdag.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Na-save na.</translation>
    </message>
    <message>
        <source>Delete this paper?</source>
        <translation>Burahin ang dokumentong ito?</translation>
    </message>
    <message>
        <source>Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be brought back. Packets you already made keep what they hold.</source>
        <translation>Burahin ang “%1” sa taguan mo? Papatungan ang kopya nito sa taguan at hindi na ito maibabalik. Hindi magbabago ang laman ng mga paketeng nagawa mo na.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Huwag burahin</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Nabura na.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Hindi pa naka-save: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Hindi pa naka-save</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Ipakita o itago ang na-type mo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Itago</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Palitan ang passphrase ko</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Kasalukuyang passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Bagong passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ang bagong passphrase, ulit</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Palitan ang passphrase</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Pinapalitan ang passphrase mo</translation>
    </message>
    <message>
        <source>Changing your passphrase also locks your whole vault with a new key. If you think someone may know your passphrase, this explains what to do:</source>
        <translation>Kapag pinalitan mo ang passphrase mo, ila-lock din ang buong taguan mo gamit ang bagong susi. Kung sa tingin mo ay may ibang nakakaalam ng passphrase mo, ipinapaliwanag dito kung ano ang gagawin:</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>Baka may nakakaalam ng passphrase ko…</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment.</source>
        <translation>Pinapalitan ang passphrase mo. Sandali lang ito.</translation>
    </message>
    <message>
        <source>Done. Your new passphrase opens the vault from now on; the old one does not.</source>
        <translation>Tapos na. Mula ngayon, ang bago mong passphrase na ang nagbubukas sa taguan; hindi na ang luma.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People &amp; agencies</source>
        <translation>Mga tao at organisasyon</translation>
    </message>
    <message>
        <source>People and agencies you may want to share with one day. Adding someone here shares nothing with them.</source>
        <translation>Mga tao at organisasyong baka gusto mong pagbahagian balang araw. Walang naibabahagi sa kanila kapag idinagdag mo sila rito.</translation>
    </message>
    <message>
        <source>Search people and agencies</source>
        <translation>Hanapin sa mga tao at organisasyon</translation>
    </message>
    <message>
        <source>People and agencies</source>
        <translation>Mga tao at organisasyon</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Magdagdag ng tao o organisasyon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <source>Nobody matches your search.</source>
        <translation>Walang tugma sa hinanap mo.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>I-clear ang paghahanap</translation>
    </message>
    <message>
        <source>Nobody here yet. Add a person or an agency when you want to.</source>
        <translation>Wala pang tao rito. Magdagdag ng tao o organisasyon kung kailan mo gusto.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Pumili muna ng isa sa listahan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Na-save na.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Hindi pa naka-save: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Hindi pa naka-save</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Burahin?</translation>
    </message>
    <message>
        <source>Delete this person or agency from your list? Any sharing permission for them ends too. Your sharing history keeps its record.</source>
        <translation>Burahin ang tao o organisasyong ito sa listahan mo? Matatapos din ang anumang permiso sa pagbabahagi para sa kanila. Mananatili pa rin ito sa listahan ng mga ibinahagi mo.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Huwag burahin</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Nabura na.</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>What they may see</source>
        <translation>Ang puwede nilang makita</translation>
    </message>
    <message>
        <source>What %1 may see</source>
        <translation>%1: ang puwede nilang makita</translation>
    </message>
    <message>
        <source>Tick what %1 may see. This sends nothing. When you make a packet for them, these boxes are ticked for you.</source>
        <translation>I-tsek ang puwede nilang makita (%1). Wala itong ipinapadala. Kapag gumawa ka ng pakete para sa kanila, naka-tsek na ang mga kahong ito para sa iyo.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Isama ang mga tala ko</translation>
    </message>
    <message>
        <source>Include my feedback on services</source>
        <translation>Isama ang opinyon ko tungkol sa mga serbisyo</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Itapon ang mga binago ko</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes.</source>
        <translation>May binago ka rito na hindi mo pa na-save. Narito ang mga binago mo.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Para saan, sa sarili kong salita</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hanggang</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About the person you chose</source>
        <translation>Tungkol sa taong pinili mo</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what you share with them.</source>
        <translation>Pumili ng isa sa listahan para makita kung ano ang ibinabahagi mo sa kanila.</translation>
    </message>
    <message>
        <source>What they may see: nothing yet.</source>
        <translation>Ang puwede nilang makita: wala pa.</translation>
    </message>
    <message>
        <source>What they may see: %1, until %2.</source>
        <translation>Ang puwede nilang makita: %1, hanggang %2.</translation>
    </message>
    <message>
        <source>What they may see: %1.</source>
        <translation>Ang puwede nilang makita: %1.</translation>
    </message>
    <message>
        <source>They hold no packet from you now.</source>
        <translation>Wala silang hawak na pakete mula sa iyo ngayon.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>walang petsa ng pagtatapos</translation>
    </message>
    <message>
        <source>Packets they hold now: %1 (until %2).</source>
        <translation>Mga paketeng hawak nila ngayon: %1 (hanggang: %2).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change person or agency</source>
        <translation>Baguhin ang tao o organisasyon</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Magdagdag ng tao o organisasyon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasyon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Itapon ang mga binago ko</translation>
    </message>
    <message>
        <source>Only a name is needed. Adding someone here shares nothing with them.</source>
        <translation>Pangalan lang ang kailangan. Walang naibabahagi sa kanila kapag idinagdag mo sila rito.</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Hindi mo pa ito na-save. Narito ito.</translation>
    </message>
    <message>
        <source>Please give a name, even a first name or a nickname.</source>
        <translation>Pakilagay ang pangalan, kahit pangalan lang o palayaw.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>Ang plano ko</translation>
    </message>
    <message>
        <source>Where things are, at a glance. Each card leads to its page.</source>
        <translation>Kumusta ang lahat, sa isang tingin. Dadalhin ka ng bawat card sa pahina nito.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mga layunin ko</translation>
    </message>
    <message>
        <source>Go to my goals</source>
        <translation>Pumunta sa mga layunin ko</translation>
    </message>
    <message>
        <source>No goals under way. When you are ready, add one on the goals page.</source>
        <translation>Walang layuning ginagawa ngayon. Kapag handa ka na, magdagdag sa pahina ng mga layunin.</translation>
    </message>
    <message>
        <source>Working on %1 · done %2</source>
        <translation>Ginagawa: %1 · natupad: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Susunod: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Mga hakbang na tapos: %1 sa %2</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Wala pang hakbang</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mga serbisyo ko</translation>
    </message>
    <message>
        <source>Go to my services</source>
        <translation>Pumunta sa mga serbisyo ko</translation>
    </message>
    <message>
        <source>You have not marked any services yet. There is no hurry.</source>
        <translation>Wala ka pang minarkahang serbisyo. Walang pagmamadali.</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Ginagamit: %1</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>Gusto ko: %1</translation>
    </message>
    <message>
        <source>Not right now: %1</source>
        <translation>Hindi muna ngayon: %1</translation>
    </message>
    <message>
        <source>No thanks: %1</source>
        <translation>Hindi, salamat: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Tapos na: %1</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Ginagamit ngayon: %1</translation>
    </message>
    <message>
        <source>What I want: %1</source>
        <translation>Ang gusto ko: %1</translation>
    </message>
    <message>
        <source>My dates and papers</source>
        <translation>Mga petsa at dokumento ko</translation>
    </message>
    <message>
        <source>Go to my dates</source>
        <translation>Pumunta sa mga petsa ko</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>at %1 pa</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Walang paalala sa ngayon.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Susunod: %1, %2</translation>
    </message>
    <message>
        <source>No papers kept yet.</source>
        <translation>Wala pang nakatagong dokumento.</translation>
    </message>
    <message>
        <source>Papers kept in your vault: %1</source>
        <translation>Mga dokumentong nasa taguan mo: %1</translation>
    </message>
    <message>
        <source>Who has a packet from me</source>
        <translation>Sino ang may pakete mula sa akin</translation>
    </message>
    <message>
        <source>Go to sharing</source>
        <translation>Pumunta sa Pagbabahagi</translation>
    </message>
    <message>
        <source>Nobody holds a packet from you right now.</source>
        <translation>Walang may hawak ng pakete mula sa iyo ngayon.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>walang petsa ng pagtatapos</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, hanggang: %2</translation>
    </message>
    <message>
        <source>My last packet</source>
        <translation>Ang huling pakete ko</translation>
    </message>
    <message>
        <source>See my sharing history</source>
        <translation>Tingnan ang mga ibinahagi ko</translation>
    </message>
    <message>
        <source>You have not made a packet. Nothing has left your vault.</source>
        <translation>Wala ka pang ginawang pakete. Walang lumabas sa taguan mo.</translation>
    </message>
    <message>
        <source>For %1, made %2</source>
        <translation>Para sa: %1, ginawa noong %2</translation>
    </message>
    <message>
        <source>You withdrew your consent on %1.</source>
        <translation>Binawi mo ang pagpayag mo noong %1.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hanggang %1</translation>
    </message>
    <message>
        <source>My backup</source>
        <translation>Ang backup ko</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>Pumunta sa mga backup</translation>
    </message>
    <message>
        <source>You have not made a backup yet.</source>
        <translation>Wala ka pang nagagawang backup.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Huling backup: %1</translation>
    </message>
    <message>
        <source>It is time for a new one.</source>
        <translation>Panahon na para gumawa ng bago.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Silip</translation>
    </message>
    <message>
        <source>These are the exact pages they will see. Go back to change anything.</source>
        <translation>Ito mismo ang mga pahinang makikita nila. Bumalik kung may gusto kang baguhin.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Ginagawa ang silip</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Silip sa mga pahina</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Ginagawa ang silip…</translation>
    </message>
    <message>
        <source>Pages: %1. Items: %2.</source>
        <translation>Mga pahina: %1. Laman: %2.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pahina %1</translation>
    </message>
    <message>
        <source>Nothing is left in this packet. Go back to choose what goes in.</source>
        <translation>Wala nang laman ang paketeng ito. Bumalik para piliin ang isasama.</translation>
    </message>
</context>
<context>
    <name>PreviewPapers</name>
    <message>
        <source>Photos are sent without their hidden details (where and when they were taken, the camera). Other documents go exactly as they are in your vault.</source>
        <translation>Ipinapadala ang mga litrato nang wala ang mga nakatagong detalye nito (kung saan at kailan kinunan, at ang camera). Ang ibang dokumento ay ipinapadala nang eksaktong gaya ng nasa taguan mo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Huwag isama</translation>
    </message>
    <message>
        <source>Leave %1 out of this packet</source>
        <translation>Huwag isama ang %1 sa paketeng ito</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Mga nakalakip na dokumento: %1</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protection</source>
        <translation>Proteksyon</translation>
    </message>
    <message>
        <source>Choose who can open the file.</source>
        <translation>Piliin kung sino ang makakabukas ng file.</translation>
    </message>
    <message>
        <source>Protect it with a share code (recommended)</source>
        <translation>Protektahan ito ng code ng pakete (ipinapayo)</translation>
    </message>
    <message>
        <source>A plain PDF anyone can open and print</source>
        <translation>Karaniwang PDF na kayang buksan at i-print ng kahit sino</translation>
    </message>
    <message>
        <source>The file opens only with a code you give them another way, for example by phone or on paper.</source>
        <translation>Nabubuksan lang ang file gamit ang code na ibibigay mo sa kanila sa ibang paraan, halimbawa sa telepono o sa papel.</translation>
    </message>
    <message>
        <source>Careful: anyone who gets this file, for example from a wrong email address or a lost USB stick, can read everything in it.</source>
        <translation>Mag-ingat: mababasa ang lahat ng laman ng file na ito ng sinumang makakuha nito, halimbawa dahil sa maling email address o nawalang flash drive.</translation>
    </message>
    <message>
        <source>I understand, and I want a plain PDF</source>
        <translation>Naiintindihan ko, at gusto ko ng karaniwang PDF</translation>
    </message>
    <message>
        <source>Sign it</source>
        <translation>Lagyan ng pirma</translation>
    </message>
    <message>
        <source>Signing lets them check that nobody changed it, and that it comes from the same person as your other packets. It does not show your name.</source>
        <translation>Sa pirma, masusuri nila na walang nagbago nito, at na galing ito sa parehong tao na gumawa ng iba mo pang pakete. Hindi nito ipinapakita ang pangalan mo.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Why, and until when?</source>
        <translation>Para saan, at hanggang kailan?</translation>
    </message>
    <message>
        <source>The purpose and the end date are printed on the first page.</source>
        <translation>Nakasulat sa unang pahina kung para saan ito at ang petsa ng pagtatapos.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Para saan, sa sarili kong salita</translation>
    </message>
    <message>
        <source>For example: to plan housing support with me</source>
        <translation>Halimbawa: para magplano kasama ko ng tulong sa tirahan</translation>
    </message>
    <message>
        <source>My consent ends on</source>
        <translation>Matatapos ang pagpayag ko sa</translation>
    </message>
    <message>
        <source>A note in my words</source>
        <translation>Isang mensahe sa sarili kong salita</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Wika ng pakete</translation>
    </message>
    <message>
        <source>Language of the packet (the person reading it may not read yours)</source>
        <translation>Wika ng pakete (baka hindi nababasa ng tatanggap ang wika mo)</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>Pagbasa</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Laki ng letra</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Karaniwan</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Malaki</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Mas malaki</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Pinakamalaki</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>Para kanino ito?</translation>
    </message>
    <message>
        <source>Choose the person or agency. Adding someone shares nothing with them.</source>
        <translation>Piliin ang tao o organisasyon. Walang naibabahagi sa kanila kapag nagdagdag ka ng isa.</translation>
    </message>
    <message>
        <source>Who is it for</source>
        <translation>Para kanino ito</translation>
    </message>
    <message>
        <source>Add a person or agency…</source>
        <translation>Magdagdag ng tao o organisasyon…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para sa</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ang reserbang susi mo</translation>
    </message>
    <message>
        <source>Write it down, or print it, and keep it somewhere safe, away from this computer. Anyone who has it can open your vault. It is shown only now.</source>
        <translation>Isulat ito o i-print, at itago sa ligtas na lugar, malayo sa computer na ito. Mabubuksan ng sinumang may hawak nito ang taguan mo. Ngayon lang ito ipapakita.</translation>
    </message>
    <message>
        <source>Print it (save a one-page PDF)…</source>
        <translation>I-print ito (mag-save ng PDF na may isang pahina)…</translation>
    </message>
    <message>
        <source>A group of your recovery key</source>
        <translation>Isang grupo ng reserbang susi mo</translation>
    </message>
    <message>
        <source>To show you kept it, type group %1 of the key (counting from the left):</source>
        <translation>Para ipakitang naitago mo ito, i-type ang grupo %1 ng susi (bilang mula sa kaliwa):</translation>
    </message>
    <message>
        <source>That is not the same. Please look at the key again.</source>
        <translation>Hindi iyan pareho. Pakitingnan ulit ang susi.</translation>
    </message>
    <message>
        <source>Thank you. Keep it safe.</source>
        <translation>Salamat. Itago ito sa ligtas na lugar.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>I-save ang reserbang susi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>My recovery key</source>
        <translation>Ang reserbang susi ko</translation>
    </message>
    <message>
        <source>This key opens my vault if I forget my passphrase. Keep it safe and away from the computer.</source>
        <translation>Binubuksan ng susing ito ang taguan ko kung makalimutan ko ang passphrase ko. Itago ito sa ligtas na lugar, malayo sa computer.</translation>
    </message>
    <message>
        <source>Saved: %1. Print it, then delete the file if others use this computer.</source>
        <translation>Na-save: %1. I-print ito, at saka burahin ang file kung may ibang gumagamit ng computer na ito.</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>Reserbang susi</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Gumawa ng bagong reserbang susi…</translation>
    </message>
    <message>
        <source>You have a recovery key. Making a new one stops the old one working.</source>
        <translation>May reserbang susi ka. Kapag gumawa ka ng bago, hindi na gagana ang luma.</translation>
    </message>
    <message>
        <source>You have no recovery key. If you forget your passphrase, nobody can open the vault.</source>
        <translation>Wala kang reserbang susi. Kung makalimutan mo ang passphrase mo, walang makakabukas sa taguan.</translation>
    </message>
    <message>
        <source>Your new recovery key works now. The old one does not.</source>
        <translation>Gumagana na ang bago mong reserbang susi. Hindi na gumagana ang luma.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 ran out on %2 (%3)</source>
        <translation>Nag-expire ang %1 noong %2 (%3)</translation>
    </message>
    <message>
        <source>%1 runs out on %2 (%3)</source>
        <translation>Mag-e-expire ang %1 sa %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>ngayong araw</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>bukas</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>kahapon</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n araw na lang</numerusform>
            <numerusform>%n araw na lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n araw na ang nakalipas</numerusform>
            <numerusform>%n araw na ang nakalipas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderField</name>
    <message>
        <source>Remind me</source>
        <translation>Paalalahanan ako</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Ilang araw bago</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>sa mismong araw</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> araw bago</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform> araw bago</numerusform>
            <numerusform> araw bago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>You have a reminder</source>
        <translation>May paalala ka</translation>
    </message>
</context>
<context>
    <name>RemindersCallout</name>
    <message>
        <source>Reminders</source>
        <translation>Mga paalala</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <source>and %1 more on My dates</source>
        <translation>at %1 pa sa “Mga petsa ko”</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Ibalik mula sa backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase you had when you made it. If there is a vault on this computer, it is kept until the backup has opened and passed its checks; then the backup takes its place.</source>
        <translation>Piliin ang backup file at i-type ang passphrase na gamit mo noong ginawa mo ito. Kung may taguan sa computer na ito, hindi ito gagalawin hanggang mabuksan ang backup at pumasa ito sa mga pagsusuri; saka papalitan ng backup ang taguang iyon.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Wala pang napiling file</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>Piliin ang backup…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase ng backup</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Piliin ang backup</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Mga backup (*.svbackup)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>Pakipili muna ang backup file.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Paki-type ang passphrase ng backup.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sinusuri ang backup…</translation>
    </message>
    <message>
        <source>%1 Your vault is as it was.</source>
        <translation>%1 Walang nagbago sa taguan mo.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety</source>
        <translation>Kaligtasan</translation>
    </message>
    <message>
        <source>Lock by itself after this many idle minutes</source>
        <translation>Kusang mag-lock pagkalipas ng ganitong dami ng minutong hindi ginagamit</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>Kusang mag-lock pagkalipas ng</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Di-halatang itsura</translation>
    </message>
    <message>
        <source>The window is called "Notes" and has a plain icon, even before you unlock.</source>
        <translation>“Mga Tala” ang pangalan ng window at simple ang icon nito, kahit bago mo buksan ang taguan.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the Quick exit button, to hide and close the app at once.</source>
        <translation>Lumabas agad: pindutin ang Shift key (⇧) nang tatlong beses, o ang button na “Lumabas agad”, para maitago at maisara agad ang app.</translation>
    </message>
    <message>
        <source>Tell me with a notification</source>
        <translation>Sabihan ako gamit ang notification</translation>
    </message>
    <message>
        <source>Tell me with a notification when a reminder is due</source>
        <translation>Sabihan ako gamit ang notification kapag may paalala</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When a reminder is due, the computer shows a notification that says only "You have a reminder", even while the app is locked. Someone near the screen could see it.</source>
        <translation>Naka-off maliban kung i-on mo. Kapag may paalala, magpapakita ang computer ng notification na “May paalala ka” lang ang sinasabi, kahit naka-lock ang app. Puwede itong makita ng taong malapit sa screen.</translation>
    </message>
    <message>
        <source>This computer does not show notifications from apps.</source>
        <translation>Hindi nagpapakita ang computer na ito ng mga notification mula sa mga app.</translation>
    </message>
    <message>
        <source>Hide from screenshots</source>
        <translation>Itago sa mga screenshot</translation>
    </message>
    <message>
        <source>Hide this app from screenshots and screen sharing</source>
        <translation>Itago ang app na ito sa mga screenshot at screen sharing</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the packet</source>
        <translation>I-save ang pakete</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere: you decide how it gets to them.</source>
        <translation>Piliin kung saan ito ise-save. Walang ipinapadala kahit saan: ikaw ang magpapasya kung paano ito makakarating sa kanila.</translation>
    </message>
    <message>
        <source>Save the packet…</source>
        <translation>I-save ang pakete…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Sine-save</translation>
    </message>
    <message>
        <source>shared-%1.pdf</source>
        <translation>ibinahagi-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1. It is in your sharing history.</source>
        <translation>Na-save: %1. Nasa listahan na ito ng mga ibinahagi mo.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My goals</source>
        <translation>Mga layunin ko</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mga serbisyo ko</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Tungkol sa akin</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Mga dokumento ko</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Housing and shelter</source>
        <translation>Tirahan at shelter</translation>
    </message>
    <message>
        <source>A safe place to stay, now or for longer.</source>
        <translation>Ligtas na matutuluyan, ngayon o pangmatagalan.</translation>
    </message>
    <message>
        <source>Home and safety</source>
        <translation>Tahanan at kaligtasan</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>Plano para sa kaligtasan</translation>
    </message>
    <message>
        <source>Making a plan to stay safe, with someone who knows how.</source>
        <translation>Paggawa ng plano para manatiling ligtas, kasama ang taong marunong dito.</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Tulong legal</translation>
    </message>
    <message>
        <source>Advice from a lawyer or legal worker, for example about rights, family law or court.</source>
        <translation>Payo mula sa abogado o ibang taong nagtatrabaho sa mga usaping legal, halimbawa tungkol sa mga karapatan, usaping pampamilya o korte.</translation>
    </message>
    <message>
        <source>Rights and papers</source>
        <translation>Mga karapatan at dokumento</translation>
    </message>
    <message>
        <source>Immigration help</source>
        <translation>Tulong sa imigrasyon</translation>
    </message>
    <message>
        <source>Help with visas, residence and papers.</source>
        <translation>Tulong sa visa, residency at mga dokumento.</translation>
    </message>
    <message>
        <source>Interpreting and translation</source>
        <translation>Interpreter at pagsasalin</translation>
    </message>
    <message>
        <source>Someone who speaks my language, for meetings or papers.</source>
        <translation>Taong nakakapagsalita ng wika ko, para sa mga meeting o mga dokumento.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Pagpapagamot</translation>
    </message>
    <message>
        <source>Doctors, nurses, dental care and medicine.</source>
        <translation>Doktor, nars, dentista at gamot.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kalusugan</translation>
    </message>
    <message>
        <source>Counselling and mental health</source>
        <translation>Counseling at kalusugan ng isip</translation>
    </message>
    <message>
        <source>Someone to talk to, and support for how I feel.</source>
        <translation>Taong makakausap, at suporta para sa nararamdaman ko.</translation>
    </message>
    <message>
        <source>Support with alcohol or drugs</source>
        <translation>Suporta kaugnay ng alak o droga</translation>
    </message>
    <message>
        <source>Help to cut down or stop, without judgement.</source>
        <translation>Tulong para magbawas o tumigil, nang walang humuhusga sa akin.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Tagasuporta</translation>
    </message>
    <message>
        <source>One person who helps me connect with other services.</source>
        <translation>Isang taong tumutulong sa akin na makakonekta sa iba pang serbisyo.</translation>
    </message>
    <message>
        <source>Everyday support</source>
        <translation>Suporta sa araw-araw</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Pera at benepisyo</translation>
    </message>
    <message>
        <source>Help with money, a bank account, benefits or debts.</source>
        <translation>Tulong sa pera, bank account, mga benepisyo o utang.</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Pag-aalaga sa mga bata</translation>
    </message>
    <message>
        <source>Care for my children while I do other things.</source>
        <translation>Pag-aalaga sa mga anak ko habang may iba akong ginagawa.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Pagbiyahe</translation>
    </message>
    <message>
        <source>Help with travel to appointments and places I need to go.</source>
        <translation>Tulong sa pagbiyahe papunta sa mga appointment at sa mga lugar na kailangan kong puntahan.</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>Pagkain at damit</translation>
    </message>
    <message>
        <source>Food, clothes and other basic things.</source>
        <translation>Pagkain, damit at iba pang pangunahing pangangailangan.</translation>
    </message>
    <message>
        <source>Work and jobs</source>
        <translation>Trabaho at hanapbuhay</translation>
    </message>
    <message>
        <source>Finding work, training for a job, or knowing my rights at work.</source>
        <translation>Paghahanap ng trabaho, pagsasanay para sa trabaho, o pag-alam sa mga karapatan ko sa trabaho.</translation>
    </message>
    <message>
        <source>Learning and work</source>
        <translation>Pag-aaral at trabaho</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>Pag-aaral at paaralan</translation>
    </message>
    <message>
        <source>Classes, school, language courses or study.</source>
        <translation>Mga klase, paaralan, kurso sa wika o pag-aaral.</translation>
    </message>
    <message>
        <source>Peer support and mentoring</source>
        <translation>Suporta ng kapwa at paggabay</translation>
    </message>
    <message>
        <source>Meeting people with similar experiences who can walk beside me.</source>
        <translation>Makilala ang mga taong may katulad na karanasan na puwedeng umagapay sa akin.</translation>
    </message>
    <message>
        <source>People around me</source>
        <translation>Mga tao sa paligid ko</translation>
    </message>
    <message>
        <source>Family and reunification</source>
        <translation>Pamilya at muling pagsasama</translation>
    </message>
    <message>
        <source>Staying in touch with, or reuniting with, my family.</source>
        <translation>Makipag-ugnayan sa pamilya ko, o muling makasama sila.</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Mga idinagdag ko</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Hindi pa naka-save</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serbisyo</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Ang pinili ko</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nagbibigay ng serbisyo</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>My services</source>
        <translation>Mga serbisyo ko</translation>
    </message>
    <message>
        <source>Say what you want, what you use, and what is not for you. You never have to give a reason.</source>
        <translation>Sabihin kung ano ang gusto mo, ang ginagamit mo, at ang hindi para sa iyo. Hindi mo kailanman kailangang magbigay ng dahilan.</translation>
    </message>
    <message>
        <source>Add my own kind of service</source>
        <translation>Magdagdag ng sarili kong uri ng serbisyo</translation>
    </message>
    <message>
        <source>Kinds of services</source>
        <translation>Mga uri ng serbisyo</translation>
    </message>
    <message>
        <source>Your own kind of service</source>
        <translation>Sarili mong uri ng serbisyo</translation>
    </message>
    <message>
        <source>What kind of service? For example: sewing group</source>
        <translation>Anong uri ng serbisyo? Halimbawa: grupo sa pananahi</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <source>What you typed to change your passphrase was not kept: a passphrase is never saved anywhere. Please type it again.</source>
        <translation>Nawala ang na-type mo para palitan ang passphrase: hindi kailanman sine-save kahit saan ang isang passphrase. Paki-type ulit ito.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>Pagbabahagi</translation>
    </message>
    <message>
        <source>Nothing leaves your vault unless you make a packet. You choose what goes in, for whom, and until when.</source>
        <translation>Walang lumalabas sa taguan mo maliban kung gagawa ka ng pakete. Ikaw ang pipili kung ano ang isasama, para kanino, at hanggang kailan.</translation>
    </message>
    <message>
        <source>Make a share packet…</source>
        <translation>Gumawa ng paketeng ibabahagi…</translation>
    </message>
    <message>
        <source>What each person may see</source>
        <translation>Ang puwedeng makita ng bawat isa</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation>Tao o organisasyon</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>Puwedeng makita</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <source>Set what they may see…</source>
        <translation>Itakda ang puwede nilang makita…</translation>
    </message>
    <message>
        <source>Remove permission</source>
        <translation>Alisin ang permiso</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Mga ibinahagi ko</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Bawiin ang pagpayag ko…</translation>
    </message>
    <message>
        <source>A full bar: they may still use it. An empty bar: it has ended. A cross: you withdrew your consent. The dashed line is today.</source>
        <translation>Punong bar: puwede pa nila itong gamitin. Walang lamang bar: natapos na ito. Ekis: binawi mo ang pagpayag mo. Ang putol-putol na linya ay ngayong araw.</translation>
    </message>
    <message>
        <source>Nothing has left your vault. When you make a packet, it is written here: for whom, what, and until when.</source>
        <translation>Walang lumabas sa taguan mo. Kapag gumawa ka ng pakete, isusulat ito rito: para kanino, ano, at hanggang kailan.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Wala</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Pumili muna ng isa sa listahan.</translation>
    </message>
    <message>
        <source>They may see nothing now.</source>
        <translation>Wala silang puwedeng makita ngayon.</translation>
    </message>
    <message>
        <source>Choose a packet in the history first.</source>
        <translation>Pumili muna ng pakete sa listahan ng mga ibinahagi mo.</translation>
    </message>
    <message>
        <source>You already withdrew your consent for this packet.</source>
        <translation>Binawi mo na ang pagpayag mo para sa paketeng ito.</translation>
    </message>
    <message>
        <source>Withdraw consent for %1…</source>
        <translation>Bawiin ang pagpayag ko (%1)…</translation>
    </message>
    <message>
        <source>First add the person or agency in "People &amp; agencies", or in the first step of the packet.</source>
        <translation>Idagdag muna ang tao o organisasyon sa “Mga tao at organisasyon”, o sa unang hakbang ng pakete.</translation>
    </message>
    <message>
        <source>Your packet is saved and written in your sharing history.</source>
        <translation>Na-save na ang pakete mo at nakasulat na ito sa listahan ng mga ibinahagi mo.</translation>
    </message>
    <message>
        <source>A packet for “%1” you had not finished</source>
        <translation>Paketeng hindi mo pa natapos, para sa: “%1”</translation>
    </message>
    <message>
        <source>A packet you had not finished</source>
        <translation>Paketeng hindi mo pa natapos</translation>
    </message>
    <message>
        <source>What “%1” may see: changes not saved yet</source>
        <translation>“%1”: ang puwede nilang makita — hindi pa naka-save ang mga binago</translation>
    </message>
    <message>
        <source>Saved. This shares nothing by itself.</source>
        <translation>Na-save na. Hindi ito kusang nagbabahagi ng kahit ano.</translation>
    </message>
    <message>
        <source>Permission removed. Packets you already made are still in your history, where you can withdraw consent for each.</source>
        <translation>Inalis na ang permiso. Nasa listahan pa rin ng mga ibinahagi mo ang mga paketeng nagawa mo na; doon mo puwedeng bawiin ang pagpayag mo para sa bawat isa.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Bawiin ang pagpayag ko?</translation>
    </message>
    <message>
        <source>Withdraw your consent for this packet to %1? It will be marked in your history, and you can save a short notice to send them, asking them to delete it. The notice holds none of your information.</source>
        <translation>Bawiin ang pagpayag mo para sa paketeng ito (para sa: %1)? Mamarkahan ito sa listahan ng mga ibinahagi mo, at puwede kang mag-save ng maikling abiso na ipapadala sa kanila, para hilinging burahin nila ito. Walang anumang impormasyon mo sa abiso.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Bawiin ang pagpayag ko</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Hindi muna</translation>
    </message>
    <message>
        <source>Consent withdrawn. Making the notice…</source>
        <translation>Binawi na ang pagpayag. Ginagawa ang abiso…</translation>
    </message>
    <message>
        <source>withdrawal-%1.pdf</source>
        <translation>pagbawi-%1.pdf</translation>
    </message>
    <message>
        <source>Save the withdrawal notice</source>
        <translation>I-save ang abiso ng pagbawi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Consent withdrawn. You chose not to save a notice.</source>
        <translation>Binawi na ang pagpayag. Pinili mong huwag mag-save ng abiso.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Notice saved: %1. Send it to them the way you choose.</source>
        <translation>Binawi na ang pagpayag. Na-save ang abiso: %1. Ipadala ito sa kanila sa paraang gusto mo.</translation>
    </message>
</context>
<context>
    <name>SharingTimelineView</name>
    <message>
        <source>Timeline of what you shared</source>
        <translation>Timeline ng mga ibinahagi mo</translation>
    </message>
    <message>
        <source>%1: from %2, withdrawn %3</source>
        <translation>%1: mula %2, binawi noong %3</translation>
    </message>
    <message>
        <source>%1: from %2, ended %3</source>
        <translation>%1: mula %2, natapos noong %3</translation>
    </message>
    <message>
        <source>%1: from %2, no end date</source>
        <translation>%1: mula %2, walang petsa ng pagtatapos</translation>
    </message>
    <message>
        <source>%1: from %2 until %3</source>
        <translation>%1: mula %2 hanggang %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ngayong araw</translation>
    </message>
</context>
<context>
    <name>SomeoneMayKnowDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Baka may nakakaalam ng passphrase ko</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will not open anything you write from now on, even with a copy of the vault's files someone may have kept.</source>
        <translation>Pumili ng bagong passphrase. Pagkatapos, ila-lock ng app ang buong taguan mo gamit ang bagong susi: hindi na mabubuksan ng lumang passphrase ang anumang isusulat mo mula ngayon, kahit may naitagong kopya ang isang tao ng mga file ng taguan.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Kasalukuyang passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Bagong passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ang bagong passphrase, ulit</translation>
    </message>
    <message>
        <source>Changing your passphrase and key</source>
        <translation>Pinapalitan ang passphrase at susi mo</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>Palitan ang passphrase at susi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Changing your passphrase and key. This takes a moment; please wait.</source>
        <translation>Pinapalitan ang passphrase at susi mo. Sandali lang ito; pakihintay.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Done. Only your new passphrase opens the vault now.</source>
        <translation>Tapos na. Ang bago mong passphrase na lang ang nakakabukas sa taguan ngayon.</translation>
    </message>
    <message>
        <source>If they may also have seen your recovery key, make a new one in Settings.</source>
        <translation>Kung baka nakita rin nila ang reserbang susi mo, gumawa ng bago sa Mga Setting.</translation>
    </message>
    <message>
        <source>Please type your passphrases again.</source>
        <translation>Paki-type ulit ang mga passphrase mo.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Hakbang %1 sa %2</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Mga hakbang</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Bagong hakbang</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Isang maliit na susunod na hakbang</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Idagdag ang hakbang</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Itaas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ibaba</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Alisin ang hakbang</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Easy to guess. A few words together are easier to remember and much harder to guess.</source>
        <translation>Madaling hulaan. Mas madaling tandaan at mas mahirap hulaan ang ilang salitang magkakasama.</translation>
    </message>
    <message>
        <source>Getting there. One or two more words would make it much stronger.</source>
        <translation>Malapit na. Mas titibay ito nang husto kung magdadagdag ka ng isa o dalawang salita pa.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>Matibay. Siguraduhing maaalala mo ito.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>Maligayang pagbabalik</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ang passphrase mo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <source>I forgot my passphrase…</source>
        <translation>Nakalimutan ko ang passphrase ko…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Ibalik mula sa backup…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>I-type ang passphrase mo para buksan ang mga tala mo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Binubuksan…</translation>
    </message>
    <message>
        <source>Open a file someone gave me…</source>
        <translation>Buksan ang file na ibinigay sa akin ng isang tao…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>I-type ang passphrase mo para buksan ang taguan mo.</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Buksan ang taguan ko</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>Binubuksan ang taguan mo</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Buksan ang paketeng ibinigay sa akin ng isang tao…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Paki-type ang passphrase mo.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first, then try again here.</source>
        <translation>Bukas na ang taguang ito sa ibang window. Pakisara muna ito roon, saka subukan ulit dito.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. To keep your vault safe, you can try again in a few seconds. Seconds left: %1</source>
        <translation>Hindi nabuksan ng passphrase na iyan ang taguan. Para manatiling ligtas ang taguan mo, puwede kang sumubok ulit pagkalipas ng ilang segundo. Natitirang segundo: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Puwede ka nang sumubok ulit.</translation>
    </message>
</context>
<context>
    <name>UnsavedStrip</name>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>Throw away what you wrote?</source>
        <translation>Itapon ang isinulat mo?</translation>
    </message>
    <message>
        <source>Throw away what you wrote and did not save? This cannot be undone.</source>
        <translation>Itapon ang isinulat mo na hindi mo na-save? Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Huwag itapon</translation>
    </message>
</context>
<context>
    <name>VaultArea</name>
    <message>
        <source>Parts of my vault</source>
        <translation>Mga bahagi ng taguan ko</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Ang plano ko</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mga layunin ko</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mga serbisyo ko</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Mga dokumento ko</translation>
    </message>
    <message>
        <source>My dates</source>
        <translation>Mga petsa ko</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Tungkol sa akin</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>Mga tao at organisasyon</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Pagbabahagi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktibidad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>Para malaman mo</translation>
    </message>
    <message>
        <source>It has been a while since your last backup. A backup keeps your plan safe if this computer is lost or broken.</source>
        <translation>Matagal na mula noong huli kang gumawa ng backup. Pinananatiling ligtas ng backup ang plano mo kung mawala o masira ang computer na ito.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Gumawa ng backup</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Hindi muna</translation>
    </message>
    <message>
        <source>Since you last opened it: one try with a wrong passphrase (%1).</source>
        <translation>Mula noong huli mo itong buksan: isang pagsubok gamit ang maling passphrase (%1).</translation>
    </message>
    <message>
        <source>Since you last opened it: %1 tries with a wrong passphrase (%2).</source>
        <translation>Mula noong huli mo itong buksan: %1 pagsubok gamit ang maling passphrase (%2).</translation>
    </message>
    <message>
        <source>What you had not saved yet is kept. It is where you left it.</source>
        <translation>Hindi nawala ang hindi mo pa na-save. Nandoon pa rin ito kung saan mo iniwan.</translation>
    </message>
</context>
<context>
    <name>_VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>Ginagawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
</TS>