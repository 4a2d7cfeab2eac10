<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ht">
<context>
    <name>AboutMe</name>
    <message>
        <source>The name I like to be called</source>
        <translation>Non mwen renmen moun rele m</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Pwonon mwen yo</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Lang mwen pale</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Fason ki san danje pou kontakte m</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Lè ki san danje pou kontakte m</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Sa k ede m patisipe (bezwen aksè)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Pwen fò mwen yo</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Sa m vle moun k ap ede m yo konnen</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>Sou mwen</translation>
    </message>
    <message>
        <source>Only what you want to say, in your own words. Every box is optional. Nothing here is shared unless you choose.</source>
        <translation>Sèlman sa ou vle di, nan pwòp mo pa ou. Ranpli sèlman sa ou vle. Anyen isit la pa pataje si se pa ou ki chwazi sa.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Anrejistre</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jete chanjman mwen yo</translation>
    </message>
    <message>
        <source>You were writing here and had not saved it. Here it is. Press Save to keep it.</source>
        <translation>Ou t ap ekri isit la, epi ou pa t anrejistre l. Men li. Peze “Anrejistre” pou kenbe l.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Li anrejistre.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>You made your vault</source>
        <translation>Ou kreye kòfrefò ou</translation>
    </message>
    <message>
        <source>Opened with your passphrase</source>
        <translation>Louvri ak fraz sekrè ou</translation>
    </message>
    <message>
        <source>Opened with your recovery key</source>
        <translation>Louvri ak kle sekou ou</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Fraz sekrè a chanje</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Yon nouvo kle sekou fèt</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>Kle sekou a wete</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Yon kopi rezèv fèt</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Kòfrefò a remete ak yon kopi rezèv</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Objektif ajoute</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Objektif chanje</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Objektif efase</translation>
    </message>
    <message>
        <source>Service choice added</source>
        <translation>Chwa sèvis ajoute</translation>
    </message>
    <message>
        <source>Service choice changed</source>
        <translation>Chwa sèvis chanje</translation>
    </message>
    <message>
        <source>Service choice removed</source>
        <translation>Chwa sèvis wete</translation>
    </message>
    <message>
        <source>Your own kind of service added</source>
        <translation>Yon kalite sèvis pa ou ajoute</translation>
    </message>
    <message>
        <source>About me changed</source>
        <translation>“Sou mwen” chanje</translation>
    </message>
    <message>
        <source>Person or agency added</source>
        <translation>Moun oswa òganizasyon ajoute</translation>
    </message>
    <message>
        <source>Person or agency changed</source>
        <translation>Moun oswa òganizasyon chanje</translation>
    </message>
    <message>
        <source>Person or agency deleted</source>
        <translation>Moun oswa òganizasyon efase</translation>
    </message>
    <message>
        <source>Sharing permission saved</source>
        <translation>Pèmisyon pou pataje anrejistre</translation>
    </message>
    <message>
        <source>Sharing permission removed</source>
        <translation>Pèmisyon pou pataje wete</translation>
    </message>
    <message>
        <source>Share packet made</source>
        <translation>Pake pou pataje fèt</translation>
    </message>
    <message>
        <source>Consent withdrawn for a packet</source>
        <translation>Konsantman retire pou yon pake</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Papye ajoute</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>Detay yon papye chanje</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Papye efase</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Dat ajoute</translation>
    </message>
    <message>
        <source>Date changed</source>
        <translation>Dat chanje</translation>
    </message>
    <message>
        <source>Date deleted</source>
        <translation>Dat efase</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivite</translation>
    </message>
    <message>
        <source>What happened in your vault, newest first. Only you can see this.</source>
        <translation>Sa k pase nan kòfrefò ou, sa ki pi nouvo an premye. Se ou sèlman ki ka wè sa.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo. Its passphrase is: demo</source>
        <translation>Sa a se yon demonstrasyon. Fraz sekrè li se: demo</translation>
    </message>
</context>
<context>
    <name>AttachedPapers</name>
    <message>
        <source>Papers attached</source>
        <translation>Papye ki tache</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papye</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Gwosè</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichye</translation>
    </message>
    <message>
        <source>Saved copies are not protected by the share code: anyone who can use this computer can open them. Keep them safe, and delete them when they are no longer needed.</source>
        <translation>Kopi ou anrejistre yo pa pwoteje ak kòd pake a: nenpòt moun ki ka sèvi ak konpyoutè sa a ka louvri yo. Kenbe yo yon kote ki an sekirite, epi efase yo lè ou pa bezwen yo ankò.</translation>
    </message>
    <message>
        <source>Save this paper…</source>
        <translation>Anrejistre papye sa a…</translation>
    </message>
    <message>
        <source>Save all papers in a folder…</source>
        <translation>Anrejistre tout papye yo nan yon katab…</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Papye ki tache: %1</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>Anrejistre papye a</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tout fichye (*)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Li anrejistre: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the papers</source>
        <translation>Chwazi yon katab pou papye yo</translation>
    </message>
    <message>
        <source>Saved %1 papers in %2.</source>
        <translation>%1 papye anrejistre nan %2.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Kopi rezèv</translation>
    </message>
    <message>
        <source>A backup is one encrypted file, for example on a USB stick. It opens with the passphrase you have on the day you make it. Uninstalling the app does not remove your vault or your backups; "Erase everything" below removes the vault.</source>
        <translation>Yon kopi rezèv se yon sèl fichye ki kode, pa egzanp sou yon flash USB. Li louvri ak fraz sekrè ou te genyen jou ou te fè l la. Si ou dezenstale aplikasyon an, kòfrefò ou ak kopi rezèv ou yo p ap efase. “Efase tout bagay”, pi ba a, efase kòfrefò a.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Fè yon kopi rezèv…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Verifye yon kopi rezèv…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>N ap fè kopi rezèv la</translation>
    </message>
    <message>
        <source>Remind me to make a backup every this many weeks (0: never)</source>
        <translation>Raple m fè yon kopi rezèv chak kantite semèn sa a (0: pa janm)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>pa janm</translation>
    </message>
    <message>
        <source>Remind me every (weeks)</source>
        <translation>Raple m chak (semèn)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dènye kopi rezèv: %1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Ou poko fè okenn kopi rezèv.</translation>
    </message>
    <message>
        <source>You keep no papers in your vault yet.</source>
        <translation>Ou poko gen papye nan kòfrefò ou.</translation>
    </message>
    <message>
        <source>Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room.</source>
        <translation>Papye ou yo: %1, %2 antou. Yon kopi rezèv gen yo ladan l tou, kidonk li bezwen omwen plas sa a.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Ki kote pou kopi rezèv la ale?</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>N ap fè kopi rezèv la…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Kopi rezèv la fèt, epi li verifye: %1</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Chwazi kopi rezèv la</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Kopi rezèv (*.svbackup)</translation>
    </message>
</context>
<context>
    <name>CaptureShield</name>
    <message>
        <source>On: screenshots, screen recordings and screen sharing leave this app's windows out (on older Windows 10, they show black). Someone can still take a photo of the screen.</source>
        <translation>Limen: foto ekran, videyo ekran ak pataj ekran pa montre fenèt aplikasyon sa a (sou ansyen Windows 10, yo parèt tou nwa). Men, yon moun ka toujou fotografye ekran an ak yon telefòn.</translation>
    </message>
    <message>
        <source>On: the app asks macOS to leave its windows out of screenshots and screen sharing. Newer versions of macOS do not always do this, and someone can still take a photo of the screen.</source>
        <translation>Limen: aplikasyon an mande macOS pou l pa mete fenèt li yo nan foto ekran ak pataj ekran. Nouvo vèsyon macOS yo pa toujou fè sa, epi yon moun ka toujou fotografye ekran an ak yon telefòn.</translation>
    </message>
    <message>
        <source>Your system does not let apps hide from screenshots. Anyone who can see or record the screen can see the app.</source>
        <translation>Sistèm ou a pa kite aplikasyon yo kache nan foto ekran. Nenpòt moun ki ka wè ekran an oswa filme l ka wè aplikasyon an.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Verifye yon kopi rezèv</translation>
    </message>
    <message>
        <source>Passphrase of the backup (the one you had when you made it)</source>
        <translation>Fraz sekrè kopi rezèv la (sa ou te genyen lè ou te fè l la)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Fraz sekrè kopi rezèv la</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifye</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>N ap verifye…</translation>
    </message>
    <message>
        <source>This backup is good: it opens with that passphrase and passes every check.</source>
        <translation>Kopi rezèv sa a bon: li louvri ak fraz sekrè sa a, epi li pase tout verifikasyon yo.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Fraz sekrè sa a pa louvri kopi rezèv sa a.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup. Please make a new one.</source>
        <translation>Kopi rezèv sa a domaje, oswa se pa yon kopi rezèv. Tanpri fè yon lòt tou nèf.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Not decided</source>
        <translation>Mwen poko deside</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Mwen vle sa</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>M ap sèvi ak li</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Pa kounye a</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Non, mèsi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Mwen fin sèvi ak li</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Which provider</source>
        <translation>Kiyès ki bay sèvis la</translation>
    </message>
    <message>
        <source>Add another provider</source>
        <translation>Ajoute yon lòt ki bay sèvis la</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Wete liy sa a</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Anrejistre</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jete chanjman mwen yo</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Chwa mwen</translation>
    </message>
    <message>
        <source>Pick a provider from the local list</source>
        <translation>Chwazi kiyès ki bay sèvis la nan lis lokal la</translation>
    </message>
    <message>
        <source>Pick from the local list (optional)</source>
        <translation>Chwazi nan lis lokal la (si ou vle)</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Kiyès mwen pito pou sèvis la</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>How is it going for me?</source>
        <translation>Kijan sa ap mache pou mwen?</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Sa k ap mache</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Sa k pa mache</translation>
    </message>
    <message>
        <source>Choose a service on the left to say what you want.</source>
        <translation>Chwazi yon sèvis sou bò gòch la pou di sa ou vle.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Liy %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chwazi…</translation>
    </message>
    <message>
        <source>Filled in from the local list. Press Save to keep it.</source>
        <translation>Li ranpli ak lis lokal la. Peze “Anrejistre” pou kenbe l.</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes. Press Save to keep them.</source>
        <translation>Ou te chanje sa a, men ou pa t anrejistre l. Men chanjman ou yo. Peze “Anrejistre” pou kenbe yo.</translation>
    </message>
    <message>
        <source>Your changes to “%1” are kept, not saved yet. Go back to it to save them.</source>
        <translation>Chanjman ou te fè nan “%1” toujou la, men yo poko anrejistre. Tounen sou li pou anrejistre yo.</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick what you want, if you like.</source>
        <translation>Poko gen anyen pou anrejistre. Si ou vle, chwazi sa ou pito.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Li anrejistre.</translation>
    </message>
    <message>
        <source>A new entry was added. Fill in the provider, then Save.</source>
        <translation>Yon nouvo liy ajoute. Ekri kiyès ki bay sèvis la, epi peze “Anrejistre”.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Li wete.</translation>
    </message>
</context>
<context>
    <name>ChoiceToggles</name>
    <message>
        <source>Choice %1 of %2. Only one can be chosen.</source>
        <translation>Chwa %1 sou %2. Ou ka chwazi yon sèl.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>The share code</source>
        <translation>Kòd pake a</translation>
    </message>
    <message>
        <source>The packet is saved. This code opens it.</source>
        <translation>Pake a anrejistre. Kòd sa a louvri l.</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Kòd pake a</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Kopye kòd la</translation>
    </message>
    <message>
        <source>Give this code to them another way than the file: read it to them on the phone, or write it on paper. In a PDF reader, they type it exactly as shown, in small letters with the dashes. Typed with spaces instead of dashes (%1), it opens the file too. Anyone with both the file and the code can read the packet. The app does not keep the code.</source>
        <translation>Pa voye kòd sa a ansanm ak fichye a. Ba yo kòd la yon lòt jan: li l pou yo nan telefòn, oswa ekri l sou papye. Nan yon pwogram PDF, yo tape l egzakteman jan li parèt la, an ti lèt, ak ti tirè yo. Si yo tape l ak espas olye ti tirè (%1), li louvri fichye a tou. Nenpòt moun ki gen ni fichye a ni kòd la ka li pake a. Aplikasyon an pa kenbe kòd la.</translation>
    </message>
    <message>
        <source>This packet has no share code: anyone with the file can read it.</source>
        <translation>Pake sa a pa gen kòd: nenpòt moun ki gen fichye a ka li l.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Kòd la kopye. Apre 30 segonn, konpyoutè a ap bliye sa ou kopye a.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes in?</source>
        <translation>Kisa k ap ladan l?</translation>
    </message>
    <message>
        <source>Tick what you want in this packet. Nothing is in it unless you tick it.</source>
        <translation>Make sa ou vle mete nan pake sa a. Anyen p ap ladan l si ou pa make l.</translation>
    </message>
    <message>
        <source>Start from what they may see</source>
        <translation>Kòmanse ak sa moun nan gen dwa wè</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Mete nòt mwen yo ladan l</translation>
    </message>
    <message>
        <source>Include how services are going for me (my feedback)</source>
        <translation>Mete kijan sèvis yo ap mache pou mwen (sa m panse)</translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick only what you want %1 to see.</source>
        <translation>Anyen pa make. Make sèlman sa ou vle %1 wè.</translation>
    </message>
    <message>
        <source>Ticked: %1. Only what you tick goes to %2.</source>
        <translation>Sa ki make: %1. Se sèlman sa ou make ki ale bay %2.</translation>
    </message>
    <message>
        <source>Start from what %1 may see</source>
        <translation>Kòmanse ak sa %1 gen dwa wè</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Change this date</source>
        <translation>Chanje dat sa a</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Ajoute yon dat</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Kisa li ye</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jou</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rapèl</translation>
    </message>
    <message>
        <source>For which paper</source>
        <translation>Pou ki papye</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere else.</source>
        <translation>Kèk mo ak jou a ase. Yon rapèl parèt sèlman anndan aplikasyon an, apre ou louvri l. Li pa parèt okenn lòt kote.</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Okenn papye</translation>
    </message>
    <message>
        <source>Please say what the date is for, in a few words.</source>
        <translation>Tanpri di pou kisa dat la ye, an kèk mo.</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Hearing</source>
        <translation>Odyans</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevou</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvèlman</translation>
    </message>
    <message>
        <source>A paper runs out</source>
        <translation>Yon papye ekspire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lòt</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <source>no reminder</source>
        <translation>pa gen rapèl</translation>
    </message>
    <message>
        <source>reminder on the day</source>
        <translation>rapèl jou a menm</translation>
    </message>
    <message>
        <source>reminder the day before</source>
        <translation>rapèl jou anvan an</translation>
    </message>
    <message numerus="yes">
        <source>reminder %n days before</source>
        <translation>
            <numerusform>rapèl %n jou anvan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 runs out</source>
        <translation>%1 ekspire</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fèt</translation>
    </message>
    <message>
        <source>Reminder: it is soon</source>
        <translation>Rapèl: se byento</translation>
    </message>
    <message>
        <source>Reminder: this day has passed</source>
        <translation>Rapèl: jou sa a pase deja</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>My dates</source>
        <translation>Dat mwen yo</translation>
    </message>
    <message>
        <source>Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My plan, only after you unlock.</source>
        <translation>Odyans, randevou, renouvèlman, ak jou chak papye ekspire. Rapèl yo parèt isit la ak nan “Plan mwen”, sèlman apre ou louvri kòfrefò a.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Ajoute yon dat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Chanje</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Make l kòm fèt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>No dates yet. Add a hearing, an appointment or a renewal when you want to. The day a paper runs out shows here by itself.</source>
        <translation>Poko gen dat. Ajoute yon odyans, yon randevou oswa yon renouvèlman lè ou vle. Jou yon papye ekspire ap parèt isit la pou kont li.</translation>
    </message>
    <message>
        <source>Choose a date in the list first.</source>
        <translation>Chwazi yon dat nan lis la anvan.</translation>
    </message>
    <message>
        <source>This is the day a paper runs out: change it in the paper's details.</source>
        <translation>Sa a se jou yon papye ekspire: chanje l nan detay papye a.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Poko fèt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Li anrejistre.</translation>
    </message>
    <message>
        <source>Marked as done. Its reminder stops.</source>
        <translation>Li make kòm fèt. Rapèl li a p ap parèt ankò.</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>Li make kòm poko fèt.</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>Efase dat sa a?</translation>
    </message>
    <message>
        <source>Delete “%1” from your dates?</source>
        <translation>Efase “%1” nan dat ou yo?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Kenbe</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Li efase.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Poko anrejistre: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Poko anrejistre</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What you can do next</source>
        <translation>Sa ou ka fè kounye a</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>Efase tout bagay</translation>
    </message>
    <message>
        <source>This overwrites and deletes your vault, its key file and its copy, and the backups kept in its folder. It cannot be undone. Backups you saved elsewhere (for example on a USB stick) are not touched.</source>
        <translation>Sa a ap kraze epi efase kòfrefò ou, fichye kle li, kopi fichye kle sa a, ak kopi rezèv ki nan katab li. Pa gen mwayen pou defèt sa. Kopi rezèv ou mete yon lòt kote (pa egzanp sou yon flash USB) p ap efase.</translation>
    </message>
    <message>
        <source>Please know: on some disks (SSDs) and in folders that sync to the cloud, old copies of the encrypted files may remain even after erasing.</source>
        <translation>Bon pou konnen: sou kèk disk (SSD) ak nan katab ki senkronize sou entènèt, ansyen kopi fichye kode yo ka toujou rete, menm apre ou fin efase.</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm</source>
        <translation>Tape fraz sekrè ou pou konfime</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Fraz sekrè ou</translation>
    </message>
    <message>
        <source>Stop! Do not erase</source>
        <translation>Sispann! Pa efase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>N ap verifye</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Tanpri tape fraz sekrè ou.</translation>
    </message>
    <message>
        <source>That passphrase is not right, so nothing was erased.</source>
        <translation>Fraz sekrè sa a pa bon, kidonk anyen pa efase.</translation>
    </message>
    <message>
        <source>Erasing in %1… Press "Stop" if you did not mean this.</source>
        <translation>Tout bagay ap efase nan %1… Peze “Sispann” si se pa sa ou te vle.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was erased.</source>
        <translation>Ou sispann li. Anyen pa efase.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything</source>
        <translation>Efase tout bagay</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault. You will be asked for your passphrase, and you can stop it during a short countdown.</source>
        <translation>Kraze epi efase kòfrefò sa a. Aplikasyon an ap mande fraz sekrè ou, epi w ap gen kèk segonn pou sispann li anvan li kòmanse.</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>Efase tout bagay…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added. (%1)</source>
        <translation>Aplikasyon an pa t ka li twous pou kòmanse sa a, kidonk li pa sèvi ak li. Anyen pa ajoute. (%1)</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added.</source>
        <translation>Aplikasyon an pa t ka li twous pou kòmanse sa a, kidonk li pa sèvi ak li. Anyen pa ajoute.</translation>
    </message>
    <message>
        <source>Something went wrong with the vault. Nothing more was changed.</source>
        <translation>Yon bagay mal pase ak kòfrefò a. Pa gen anyen ankò ki chanje.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. A change of your passphrase was stopped before it finished, so your old passphrase still works.</source>
        <translation>Fraz sekrè sa a pa t louvri kòfrefò a. Yon chanjman fraz sekrè ou te kanpe anvan li fini, kidonk ansyen fraz sekrè ou toujou mache.</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. A change of your recovery key was stopped before it finished, so your old recovery key still works.</source>
        <translation>Kle sekou sa a pa t louvri kòfrefò a. Yon chanjman kle sekou ou te kanpe anvan li fini, kidonk ansyen kle sekou ou toujou mache.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…</source>
        <translation>Sa pa sanble ak yon kle sekou. Yon kle sekou gen 7 gwoup 4 lèt ak chif, tankou ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. Please check each group and try again.</source>
        <translation>Kle sekou sa a pa t louvri kòfrefò a. Tanpri verifye chak gwoup epi eseye ankò.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?</source>
        <translation>Fraz sekrè sa a pa t louvri kòfrefò a. Tanpri verifye l epi eseye ankò. Èske touch Caps Lock la limen?</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. It is the passphrase you had on the day you made it.</source>
        <translation>Fraz sekrè sa a pa louvri kopi rezèv sa a. Se fraz sekrè ou te genyen jou ou te fè kopi a.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a vault backup. Nothing has been changed.</source>
        <translation>Fichye kopi rezèv sa a domaje, oswa se pa yon kopi rezèv kòfrefò. Anyen pa chanje.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup, so it was not used. Your vault is as it was.</source>
        <translation>Kopi rezèv sa a domaje, oswa se pa yon kopi rezèv, kidonk aplikasyon an pa sèvi ak li. Kòfrefò ou rete jan li te ye a.</translation>
    </message>
    <message>
        <source>The backup file could not be read (was the USB stick taken out?). Nothing has been changed.</source>
        <translation>Aplikasyon an pa t ka li fichye kopi rezèv la (èske flash USB la te soti nan konpyoutè a?). Anyen pa chanje.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app. Please update the app to open it. Nothing has been changed.</source>
        <translation>Se yon vèsyon aplikasyon an ki pi nouvo ki te fè kòfrefò sa a. Tanpri mete aplikasyon an ajou pou louvri l. Anyen pa chanje.</translation>
    </message>
    <message>
        <source>The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you have a backup, you can restore it.</source>
        <translation>Fichye kòfrefò a sanble yo domaje, kidonk li pa ka louvri san danje. Anyen pa chanje. Si ou gen yon kopi rezèv, ou ka remete l.</translation>
    </message>
    <message>
        <source>Another task was still using the vault, so nothing was changed. Please try again in a moment.</source>
        <translation>Yon lòt travay t ap sèvi ak kòfrefò a toujou, kidonk anyen pa chanje. Tanpri eseye ankò nan yon ti moman.</translation>
    </message>
    <message>
        <source>To change the vault's keys, please choose a new passphrase first.</source>
        <translation>Pou chanje kle kòfrefò a, tanpri chwazi yon nouvo fraz sekrè anvan.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first.</source>
        <translation>Kòfrefò sa a deja louvri nan yon lòt fenèt. Tanpri fèmen l nan fenèt sa a anvan.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Pa gen kòfrefò nan katab sa a.</translation>
    </message>
    <message>
        <source>There is already a vault here. Nothing has been changed.</source>
        <translation>Gen yon kòfrefò isit la deja. Anyen pa chanje.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It cannot be empty.</source>
        <translation>Tanpri chwazi yon fraz sekrè. Li pa ka vid.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>De fraz sekrè yo pa menm. Tanpri tape yo ankò.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Kòfrefò sa a pa gen kle sekou.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk. Nothing was changed.</source>
        <translation>Pa gen ase plas sou disk la. Anyen pa chanje.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was lost.</source>
        <translation>Aplikasyon an pa ka ekri nan katab kòfrefò a (petèt katab la pa aksepte chanjman, oswa li sou yon disk ki bloke). Anyen pa pèdi.</translation>
    </message>
    <message>
        <source>That item is no longer in the vault.</source>
        <translation>Bagay sa a pa nan kòfrefò a ankò.</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>Kòfrefò a bloke. Tanpri louvri l anvan.</translation>
    </message>
    <message>
        <source>That could not be saved. Please check what you typed.</source>
        <translation>Sa pa t ka anrejistre. Tanpri verifye sa ou tape a.</translation>
    </message>
    <message>
        <source>A goal needs a short title.</source>
        <translation>Yon objektif bezwen yon tit kout.</translation>
    </message>
    <message>
        <source>This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added.</source>
        <translation>Papye sa a pi gwo pase 50 MB, kidonk li pa ka rete nan kòfrefò a. Anyen pa ajoute.</translation>
    </message>
    <message>
        <source>This document changed while it was being read (perhaps it is still being saved or synced). Nothing was added. Please try again when it is finished.</source>
        <translation>Papye sa a te chanje pandan aplikasyon an t ap li l (petèt li toujou ap anrejistre oswa senkronize). Anyen pa ajoute. Tanpri eseye ankò lè li fini.</translation>
    </message>
    <message>
        <source>This document's copy in the vault is damaged and cannot be read. Your other papers are safe.</source>
        <translation>Kopi papye sa a nan kòfrefò a domaje, e aplikasyon an pa ka li l. Lòt papye ou yo an sekirite.</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer's disk to keep this paper safely: while it is added, it needs about twice its size. Nothing was added. Your vault is safe.</source>
        <translation>Pa gen ase plas sou disk konpyoutè sa a pou kenbe papye sa a san danje: pandan l ap ajoute, li bezwen apeprè de fwa gwosè li. Anyen pa ajoute. Kòfrefò ou an sekirite.</translation>
    </message>
    <message>
        <source>This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added.</source>
        <translation>Aplikasyon an pa t ka li fichye sa a (petèt se yon katab, oswa li te deplase, oswa li bloke). Anyen pa ajoute.</translation>
    </message>
    <message>
        <source>The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in your vault.</source>
        <translation>Kopi a pa t ka anrejistre la (petèt katab la pa aksepte chanjman, oswa li pa la ankò). Papye ou a toujou an sekirite nan kòfrefò ou.</translation>
    </message>
    <message>
        <source>Adding papers was stopped. The papers added before it are kept; the rest were not added.</source>
        <translation>Ajout papye yo kanpe. Papye ki te deja ajoute yo rete; rès yo pa t ajoute.</translation>
    </message>
    <message>
        <source>That is not a file that can hold a packet (a folder, a device or a pipe).</source>
        <translation>Sa a se pa yon fichye ki ka gen yon pake ladan l (se yon katab, yon aparèy oswa yon lòt bagay ki pa fichye).</translation>
    </message>
    <message>
        <source>This file is too large to be a share packet.</source>
        <translation>Fichye sa a twò gwo pou l ta yon pake pou pataje.</translation>
    </message>
    <message>
        <source>That share code does not open this packet. Please check it with the person who sent it.</source>
        <translation>Kòd pake sa a pa louvri pake sa a. Tanpri verifye l ak moun ki te voye l la.</translation>
    </message>
    <message>
        <source>Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely on it. Ask the person who sent it for a new one.</source>
        <translation>Atansyon: pake sa a chanje depi li te fèt, oswa gen kèk pati ladan l ki ranplase. Pa fye l. Mande moun ki te voye l la pou yon lòt tou nèf.</translation>
    </message>
    <message>
        <source>This file is not a share packet, or it is damaged.</source>
        <translation>Fichye sa a se pa yon pake pou pataje, oswa li domaje.</translation>
    </message>
    <message>
        <source>That file is not there any more. Please choose it again.</source>
        <translation>Fichye sa a pa la ankò. Tanpri chwazi l ankò.</translation>
    </message>
    <message>
        <source>This packet's consent has ended, so it should not be used any more. Ask the person who sent it if they want to share again.</source>
        <translation>Konsantman pou pake sa a fini, kidonk li pa bon pou sèvi ankò. Mande moun ki te voye l la si li vle pataje ankò.</translation>
    </message>
    <message>
        <source>The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again.</source>
        <translation>Pake a pa t pase pwòp verifikasyon li, kidonk li pa t anrejistre. Anyen pa t pataje. Tanpri eseye ankò.</translation>
    </message>
    <message>
        <source>“%1” cannot go into the packet, so the packet was not made. You can leave it out.</source>
        <translation>“%1” pa ka antre nan pake a, kidonk pake a pa t fèt. Ou ka kite l deyò.</translation>
    </message>
    <message>
        <source>“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its hidden details. It was not attached, and the packet was not made. You can leave it out.</source>
        <translation>“%1” se yon foto aplikasyon an pa ka louvri (petèt li domaje, oswa li twò gwo), kidonk li pa ka wete detay kache ki ladan l. Li pa t tache, epi pake a pa t fèt. Ou ka kite l deyò.</translation>
    </message>
    <message>
        <source>“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden details. So that no page goes missing, the packet was not made. You can leave it out.</source>
        <translation>“%1” gen plizyè paj nan yon sèl fichye foto, epi se sèlman premye paj la ki te ka netwaye de detay kache li yo. Pou pa gen okenn paj ki manke, pake a pa t fèt. Ou ka kite l deyò.</translation>
    </message>
    <message>
        <source>“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.</source>
        <translation>“%1” se yon foto nan yon fòma (HEIC, AVIF oswa JPEG XL) kote aplikasyon an pa ka wete detay kache yo, kidonk pake a pa t fèt. Ou ka kite l deyò, oswa anrejistre foto a an JPEG epi ajoute kopi sa a.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are safe. You can leave it out.</source>
        <translation>“%1” domaje nan kòfrefò a, e aplikasyon an pa ka li l, kidonk pake a pa t fèt. Lòt papye ou yo an sekirite. Ou ka kite l deyò.</translation>
    </message>
    <message>
        <source>A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do not rely on this packet.</source>
        <translation>Yon papye nan pake sa a gen yon non fichye ki ta ka fè l soti deyò katab la, kidonk anyen pa t anrejistre. Pa fye pake sa a.</translation>
    </message>
    <message>
        <source>A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please choose an empty folder.</source>
        <translation>Gen yon fichye ki gen menm non ak youn nan papye yo nan katab sa a deja. Pa gen anyen ki ranplase. Tanpri chwazi yon katab ki vid.</translation>
    </message>
    <message>
        <source>The papers can only be saved in a folder, and that is not one.</source>
        <translation>Papye yo ka anrejistre sèlman nan yon katab, e sa a se pa yon katab.</translation>
    </message>
    <message>
        <source>The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share them in two packets.</source>
        <translation>Papye ou chwazi yo twò gwo pou yon sèl pake: ansanm, yo pa ka depase %1 MB. Kite kèk deyò, oswa pataje yo nan de pake.</translation>
    </message>
    <message>
        <source>This setup kit is too large, so it was not used. Nothing was added.</source>
        <translation>Twous pou kòmanse sa a twò gwo, kidonk aplikasyon an pa sèvi ak li. Anyen pa ajoute.</translation>
    </message>
    <message>
        <source>Reading the setup kit was stopped. Nothing was added.</source>
        <translation>Lekti twous pou kòmanse a kanpe. Anyen pa ajoute.</translation>
    </message>
    <message>
        <source>The files could not be read or written. Please check the disk and try again.</source>
        <translation>Aplikasyon an pa t ka li oswa ekri fichye yo. Tanpri verifye disk la epi eseye ankò.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Notes for the helper</source>
        <translation>Nòt pou moun k ap ede a</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retounen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Kontinye</translation>
    </message>
    <message>
        <source>Making your vault</source>
        <translation>N ap kreye kòfrefò ou</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Byenvini</translation>
    </message>
    <message>
        <source>This app keeps your own plan: your goals, the services you want or do not want, and what you would like providers to know. It keeps everything on this computer and sends nothing anywhere.</source>
        <translation>Aplikasyon sa a kenbe pwòp plan pa ou: objektif ou yo, sèvis ou vle oswa ou pa vle, ak sa ou ta renmen moun k ap ede ou yo konnen. Li kenbe tout bagay sou konpyoutè sa a, epi li pa voye anyen okenn kote.</translation>
    </message>
    <message>
        <source>Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, with whom, and until when.</source>
        <translation>Pèsonn pa ka wè plan ou san fraz sekrè ou: ni yon òganizasyon, ni nou menm. Se ou ki deside si ou pataje kichòy, ak kiyès, e jiska kilè.</translation>
    </message>
    <message>
        <source>Please know: if someone watches this computer with hidden software, they may see what you type. If you are not sure this computer is safe, you can set this up later on a safer device.</source>
        <translation>Bon pou konnen: si yon moun ap siveye konpyoutè sa a ak yon pwogram kache, li ka wè sa ou tape. Si ou pa konnen si konpyoutè sa a an sekirite, ou ka fè sa pita sou yon lòt konpyoutè ki pi an sekirite.</translation>
    </message>
    <message>
        <source>I have a backup from before: restore it…</source>
        <translation>Mwen gen yon kopi rezèv ki soti anvan: remete l…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Louvri yon pake yon moun ban mwen…</translation>
    </message>
    <message>
        <source>Is someone helping you set up?</source>
        <translation>Èske gen yon moun k ap ede ou kòmanse?</translation>
    </message>
    <message>
        <source>I am setting this up on my own</source>
        <translation>M ap fè sa pou kont mwen</translation>
    </message>
    <message>
        <source>Someone is helping me (for example an advocate)</source>
        <translation>Gen yon moun k ap ede m (pa egzanp, yon moun ki ba m sipò nan yon òganizasyon)</translation>
    </message>
    <message>
        <source>A helper gets short notes on each step. They never need to see your passphrase or what you write.</source>
        <translation>Moun k ap ede a ap jwenn ti nòt kout nan chak etap. Li pa janm bezwen wè fraz sekrè ou, ni sa ou ekri.</translation>
    </message>
    <message>
        <source>How should the app look?</source>
        <translation>Kijan ou vle aplikasyon an parèt?</translation>
    </message>
    <message>
        <source>In discreet mode the window is called "Notes" and has a plain icon, so a glance at the screen or the taskbar does not say what it is. You can change this later in Settings.</source>
        <translation>Nan mòd disrè, fenèt la rele “Nòt” epi li gen yon ikòn senp, kidonk si yon moun jete yon koutje sou ekran an oswa sou ba anba ekran an, li p ap konnen sa l ye. Ou ka chanje sa pita nan Reglaj.</translation>
    </message>
    <message>
        <source>Use discreet mode</source>
        <translation>Sèvi ak mòd disrè</translation>
    </message>
    <message>
        <source>Preview of the window's name and icon:</source>
        <translation>Men kijan non fenèt la ak ikòn li ap parèt:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>Chwazi fraz sekrè ou</translation>
    </message>
    <message>
        <source>A passphrase is a few words you can remember and others cannot guess, like four words that make a picture in your mind.</source>
        <translation>Yon fraz sekrè se kèk mo ou ka sonje, men lòt moun pa ka devine. Se tankou yon modpas, men ak plizyè mo. Pa egzanp: kat mo ki fè yon imaj nan tèt ou.</translation>
    </message>
    <message>
        <source>If you forget it, nobody can open the vault, not even us. The next step makes a recovery key, just for that.</source>
        <translation>Si ou bliye l, pèsonn pa ka louvri kòfrefò a, menm nou menm. Pwochen etap la ap fè yon kle sekou, jis pou sa.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraz sekrè</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Kijan fraz sekrè a fò</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Menm fraz sekrè a ankò</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kle sekou ou</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault.</source>
        <translation>Si yon jou ou bliye fraz sekrè ou, kle sa a ap louvri kòfrefò ou.</translation>
    </message>
    <message>
        <source>Skip this (not recommended)…</source>
        <translation>Sote etap sa a (nou pa konseye l)…</translation>
    </message>
    <message>
        <source>Anything from an agency? (optional)</source>
        <translation>Yon bagay ki soti nan yon òganizasyon? (si ou vle)</translation>
    </message>
    <message>
        <source>An agency may have given you a setup kit: their contact details and a list of local services. Loading it shares nothing with them, and chooses nothing for you. You can skip this.</source>
        <translation>Yon òganizasyon ka te ba ou yon twous pou kòmanse: enfòmasyon pou kontakte yo ak yon lis sèvis lokal. Lè ou chaje l, ou pa pataje anyen ak yo, epi li pa chwazi anyen pou ou. Ou ka sote etap sa a.</translation>
    </message>
    <message>
        <source>Load a setup kit…</source>
        <translation>Chaje yon twous pou kòmanse…</translation>
    </message>
    <message>
        <source>Load a list of local services…</source>
        <translation>Chaje yon lis sèvis lokal…</translation>
    </message>
    <message>
        <source>Reading the setup kit</source>
        <translation>N ap li twous pou kòmanse a</translation>
    </message>
    <message>
        <source>Do not use this kit</source>
        <translation>Pa sèvi ak twous sa a</translation>
    </message>
    <message>
        <source>You are in charge</source>
        <translation>Se ou ki deside</translation>
    </message>
    <message>
        <source>Your vault is ready. Nothing is shared unless you choose.</source>
        <translation>Kòfrefò ou pare. Anyen pa pataje si se pa ou ki chwazi sa.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the red button at the top, to hide and close the app at once.</source>
        <translation>Soti vit: peze touch Shift (⇧) twa fwa, oswa bouton wouj ki anwo a, pou kache epi fèmen aplikasyon an touswit.</translation>
    </message>
    <message>
        <source>For the helper: let the person read at their own pace. Nothing here asks about what happened to them.</source>
        <translation>Pou moun k ap ede a: kite moun nan li nan pwòp ritm pa l. Anyen isit la pa mande sa k te rive l.</translation>
    </message>
    <message>
        <source>For the helper: you can stay for the setup, and you never need the passphrase.</source>
        <translation>Pou moun k ap ede a: ou ka rete pandan preparasyon an, epi ou pa janm bezwen fraz sekrè a.</translation>
    </message>
    <message>
        <source>For the helper: ask whether others use or look at this computer.</source>
        <translation>Pou moun k ap ede a: mande si lòt moun sèvi ak konpyoutè sa a oswa gade sa ki ladan l.</translation>
    </message>
    <message>
        <source>For the helper: please look away now, or hand the keyboard over. Do not watch the passphrase being typed, and do not write it down.</source>
        <translation>Pou moun k ap ede a: tanpri gade yon lòt kote kounye a, oswa bay moun nan klavye a. Pa gade pandan l ap tape fraz sekrè a, epi pa ekri l okenn kote.</translation>
    </message>
    <message>
        <source>For the helper: please look away while the key is shown. Help them choose a safe place for it, without seeing it.</source>
        <translation>Pou moun k ap ede a: tanpri gade yon lòt kote pandan kle a parèt. Ede moun nan chwazi yon bon kote pou l sere kle a, san ou pa wè kle a.</translation>
    </message>
    <message>
        <source>For the helper: if you brought a setup kit, this is where it goes. It adds your contact details with no sharing permission.</source>
        <translation>Pou moun k ap ede a: si ou pote yon twous pou kòmanse, se isit la li ale. Li ajoute enfòmasyon pou kontakte ou, san okenn pèmisyon pou pataje.</translation>
    </message>
    <message>
        <source>For the helper: thank you. From here on, the person is in charge.</source>
        <translation>Pou moun k ap ede a: mèsi. Apati kounye a, se moun nan ki deside.</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Kreye kòfrefò mwen</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Louvri kòfrefò mwen</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. You can make it longer, or press "Next" again to keep it. It is your choice.</source>
        <translation>Fraz sekrè sa a fasil pou devine. Ou ka fè l pi long, oswa peze “Kontinye” ankò pou kenbe l. Se ou ki deside.</translation>
    </message>
    <message>
        <source>Skip the recovery key?</source>
        <translation>Sote kle sekou a?</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase means the vault cannot be opened by anyone, ever. You can make a key later in Settings.</source>
        <translation>San kle sekou, si ou bliye fraz sekrè a, pèsonn p ap janm ka louvri kòfrefò a. Ou ka fè yon kle sekou pita nan Reglaj.</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Sote l</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Kenbe kle a</translation>
    </message>
    <message>
        <source>Choose the folder with the directory files</source>
        <translation>Chwazi katab ki gen fichye lis sèvis yo</translation>
    </message>
    <message>
        <source>Choose the setup kit</source>
        <translation>Chwazi twous pou kòmanse a</translation>
    </message>
    <message>
        <source>Setup kits (*.json *.zip)</source>
        <translation>Twous pou kòmanse (*.json *.zip)</translation>
    </message>
    <message>
        <source>Reading the setup kit…</source>
        <translation>N ap li twous pou kòmanse a…</translation>
    </message>
    <message>
        <source>no agency card</source>
        <translation>pa gen kat òganizasyon</translation>
    </message>
    <message>
        <source>Ready to add: %1. Local services in its list: %2. Nothing will be chosen for you.</source>
        <translation>Pare pou ajoute: %1. Sèvis lokal ki nan lis li: %2. Pa gen anyen k ap chwazi pou ou.</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>N ap kreye kòfrefò ou. Sa pran yon ti moman.</translation>
    </message>
    <message>
        <source>Your recovery key works. Keep it safe.</source>
        <translation>Kle sekou ou mache. Kenbe l yon kote ki an sekirite.</translation>
    </message>
    <message>
        <source>You have no recovery key yet. You can make one in Settings.</source>
        <translation>Ou poko gen kle sekou. Ou ka fè youn nan Reglaj.</translation>
    </message>
    <message>
        <source>Local services added from the setup kit: %1.</source>
        <translation>Sèvis lokal ki ajoute soti nan twous pou kòmanse a: %1.</translation>
    </message>
</context>
<context>
    <name>ForgotPassphraseDialog</name>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Mwen bliye fraz sekrè mwen</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>Louvri epi anrejistre</translation>
    </message>
    <message>
        <source>Type your recovery key, then choose a new passphrase. Your recovery key keeps working afterwards.</source>
        <translation>Tape kle sekou ou, epi chwazi yon nouvo fraz sekrè. Kle sekou ou ap kontinye mache apre sa.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kle sekou</translation>
    </message>
    <message>
        <source>Seven groups of four letters and numbers</source>
        <translation>Sèt gwoup kat lèt ak chif</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvo fraz sekrè</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvo fraz sekrè a ankò</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Tanpri tape kle sekou ou.</translation>
    </message>
    <message>
        <source>Opening with your recovery key…</source>
        <translation>N ap louvri ak kle sekou ou…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Throw away my changes</source>
        <translation>Jete chanjman mwen yo</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Ou pa t anrejistre sa a. Men li.</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (si ou vle)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Si ou vle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Anrejistre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lang</translation>
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
        <translation>Okenn domèn</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Lojman</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sante</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travay</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprann</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Lajan</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Fanmi</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sekirite</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Zafè lalwa</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Byennèt</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Dirije ak ede lòt moun</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lòt</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Change goal</source>
        <translation>Chanje objektif la</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvo objektif</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jete chanjman mwen yo</translation>
    </message>
    <message>
        <source>Only the goal itself is needed. Nothing here leaves your vault unless you make a packet.</source>
        <translation>Se sèlman objektif la menm ki nesesè. Anyen isit la pa soti nan kòfrefò ou si ou pa fè yon pake.</translation>
    </message>
    <message>
        <source>You were writing this goal and had not saved it. Here it is.</source>
        <translation>Ou t ap ekri objektif sa a, epi ou pa t anrejistre l. Men li.</translation>
    </message>
    <message>
        <source>You were changing this goal and had not saved it. Here are your changes.</source>
        <translation>Ou t ap chanje objektif sa a, epi ou pa t anrejistre l. Men chanjman ou yo.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Objektif mwen</translation>
    </message>
    <message>
        <source>For example: find a flat near my sister</source>
        <translation>Pa egzanp: jwenn yon apatman toupre sè m</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Poukisa sa enpòtan pou mwen</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Domèn lavi</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Kote li rive kounye a</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Mwen espere rive fè l pou</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etap yo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>I have a date in mind</source>
        <translation>Mwen gen yon dat nan tèt mwen</translation>
    </message>
    <message>
        <source>Please give your goal a short title. Everything else is optional.</source>
        <translation>Tanpri bay objektif ou a yon tit kout. Tout lòt bagay se si ou vle.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Working on it</source>
        <translation>M ap travay sou li</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>An poz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Mwen rive fè l</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Mwen kite l</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>No steps yet</source>
        <translation>Poko gen etap</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Mwen rive fè l</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 etap sou %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objektif</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domèn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kote l rive</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Pwogrè</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Pou ki lè</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>Objektif mwen yo</translation>
    </message>
    <message>
        <source>What you want to reach, one step at a time. You decide what, how and when.</source>
        <translation>Sa ou vle rive fè, yon etap apre lòt. Se ou ki deside kisa, kijan ak kilè.</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>Montre objektif yo</translation>
    </message>
    <message>
        <source>All my goals</source>
        <translation>Tout objektif mwen yo</translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation>Objektif mwen mete sou kote</translation>
    </message>
    <message>
        <source>Search my goals</source>
        <translation>Chèche nan objektif mwen yo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Montre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chèche</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ajoute yon objektif</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Mete sou kote</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Fè l parèt ankò</translation>
    </message>
    <message>
        <source>No goals match your search.</source>
        <translation>Pa gen okenn objektif pou sa ou chèche a.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Efase rechèch la</translation>
    </message>
    <message>
        <source>You have not put any goals away.</source>
        <translation>Ou poko mete okenn objektif sou kote.</translation>
    </message>
    <message>
        <source>Show all my goals</source>
        <translation>Montre tout objektif mwen yo</translation>
    </message>
    <message>
        <source>No goals like this right now.</source>
        <translation>Pa gen objektif konsa kounye a.</translation>
    </message>
    <message>
        <source>No goals here yet. Add one when you are ready.</source>
        <translation>Poko gen objektif isit la. Ajoute youn lè ou pare.</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>Chwazi yon objektif nan lis la anvan.</translation>
    </message>
    <message>
        <source>A new goal, not saved yet: “%1”</source>
        <translation>Yon nouvo objektif ki poko anrejistre: “%1”</translation>
    </message>
    <message>
        <source>A new goal, not saved yet</source>
        <translation>Yon nouvo objektif ki poko anrejistre</translation>
    </message>
    <message>
        <source>Changes not saved yet: “%1”</source>
        <translation>Chanjman ki poko anrejistre: “%1”</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>yon objektif</translation>
    </message>
    <message>
        <source>Archived. You can find it under "Show: Archived goals".</source>
        <translation>Li mete sou kote. Ou ka jwenn li nan “Montre: Objektif mwen mete sou kote”.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Li parèt ankò.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>Efase objektif sa a?</translation>
    </message>
    <message>
        <source>Delete this goal and its steps? This cannot be undone. If you only want it out of sight, choose "Archive" instead.</source>
        <translation>Efase objektif sa a ak etap li yo? Pa gen mwayen pou defèt sa. Si ou jis pa vle wè l ankò, chwazi “Mete sou kote” pito.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Kenbe l</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Li efase.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Until %1</source>
        <translation>Jiska %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Pa gen dat pou fini</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Fèt %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Eleman: %1</translation>
    </message>
    <message>
        <source>Protected with a share code</source>
        <translation>Pwoteje ak yon kòd pake</translation>
    </message>
    <message>
        <source>Not protected (plain PDF)</source>
        <translation>Pa pwoteje (PDF senp)</translation>
    </message>
    <message>
        <source>They may still use it</source>
        <translation>Pake a toujou bon pou sèvi</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fini</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Konsantman retire</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pou %1</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>What goes in</source>
        <translation>Kisa k ap ladan l</translation>
    </message>
    <message>
        <source>%1 (nothing here yet)</source>
        <translation>%1 (poko gen anyen)</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Tanpri tape fraz sekrè ou genyen kounye a.</translation>
    </message>
    <message>
        <source>Backups made before now still open with your old passphrase or recovery key. Make a new backup now, and then destroy the old ones.</source>
        <translation>Kopi rezèv ou te fè anvan kounye a toujou louvri ak ansyen fraz sekrè ou oswa ansyen kle sekou ou. Fè yon nouvo kopi rezèv kounye a, epi detwi ansyen yo.</translation>
    </message>
    <message>
        <source>Your recovery key was of an older kind and could not move to the new key, so it no longer works. Please make a new one in Settings.</source>
        <translation>Kle sekou ou te yon ansyen kalite, li pa t ka pase sou nouvo kle a, kidonk li pa mache ankò. Tanpri fè yon lòt nan Reglaj.</translation>
    </message>
    <message>
        <source>Your current passphrase was not right, so nothing was changed.</source>
        <translation>Fraz sekrè ou genyen kounye a pa t bon, kidonk anyen pa chanje.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>DEMO — sample data only. It is deleted when you close the app.</source>
        <translation>DEMONSTRASYON — se done egzanp sèlman. Y ap efase lè ou fèmen aplikasyon an.</translation>
    </message>
    <message>
        <source>DEMO — sample data only</source>
        <translation>DEMONSTRASYON — se done egzanp sèlman</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMONSTRASYON</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloke</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloke kòfrefò a</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloke kounye a (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Soti vit</translation>
    </message>
    <message>
        <source>Quick exit: hide and close the app now</source>
        <translation>Soti vit: kache epi fèmen aplikasyon an kounye a</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Or press Shift three times.</source>
        <translation>Kache epi fèmen aplikasyon an touswit. Oswa peze touch Shift (⇧) twa fwa.</translation>
    </message>
    <message>
        <source>The encryption library is missing or not working, so this app cannot keep your information safe and will not open. Please reinstall the app.</source>
        <translation>Pati aplikasyon an ki kode enfòmasyon yo manke oswa li pa mache, kidonk aplikasyon an pa ka pwoteje enfòmasyon ou, e li p ap louvri. Tanpri enstale aplikasyon an ankò.</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Erasing everything. This takes a moment.</source>
        <translation>N ap efase tout bagay. Sa pran yon ti moman.</translation>
    </message>
    <message>
        <source>The erasing is finished the next time the app starts.</source>
        <translation>Efasman an ap fini pwochen fwa aplikasyon an louvri.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>Yon nouvo kle sekou</translation>
    </message>
    <message>
        <source>When you use this new key, your old recovery key stops working.</source>
        <translation>Lè ou sèvi ak nouvo kle sa a, ansyen kle sekou ou p ap mache ankò.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase.</source>
        <translation>Kle sa a louvri kòfrefò ou si ou bliye fraz sekrè ou.</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Sèvi ak kle sa a</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Putting the new key in place</source>
        <translation>N ap mete nouvo kle a an plas</translation>
    </message>
    <message>
        <source>Putting your new key in place. This takes a moment; please wait.</source>
        <translation>N ap mete nouvo kle ou a an plas. Sa pran yon ti moman; tanpri tann.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost.</source>
        <translation>Fichye kle kòfrefò ou a te domaje oswa li pa t la. Aplikasyon an sèvi ak kopi li, epi fichye kle a remete an plas. Anyen pa pèdi.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need.</source>
        <translation>Disk konpyoutè sa a plen, kidonk ou pa ka anrejistre anyen nouvo nan kòfrefò ou pou kounye a. Kòfrefò ou an sekirite. Pou fè plas, vide pànye fatra a oswa efase gwo fichye ou pa bezwen.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings.</source>
        <translation>Yon chanjman fraz sekrè ou oswa kle sekou ou te kanpe anvan li fini (pa egzanp akoz “Soti vit”), kidonk anyen pa chanje: ansyen fraz sekrè ou ak ansyen kle sekou ou toujou mache. Si ou toujou vle chanjman an, tanpri fè l ankò nan Reglaj.</translation>
    </message>
</context>
<context>
    <name>OpenPacketDialog</name>
    <message>
        <source>Open a share packet</source>
        <translation>Louvri yon pake pou pataje</translation>
    </message>
    <message>
        <source>For people who received a packet: choose the file and type the share code you were given. The packet is checked for changes.</source>
        <translation>Pou moun ki resevwa yon pake: chwazi fichye a epi tape kòd pake yo te ba ou a. Aplikasyon an ap verifye si pake a te chanje.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ou poko chwazi fichye</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Chwazi fichye a…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Kòd pake a</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Pa egzanp: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichye</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>Louvri epi verifye</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>Louvri l kanmenm</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>Pake a</translation>
    </message>
    <message>
        <source>Save its data as JSON…</source>
        <translation>Anrejistre done li yo an JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Choose the packet</source>
        <translation>Chwazi pake a</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichye PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose the packet file first.</source>
        <translation>Tanpri chwazi fichye pake a anvan.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>N ap verifye…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was made. Signed by the key %1.</source>
        <translation>Verifikasyon fèt: li pa chanje depi li te fèt. Li siyen ak kle %1.</translation>
    </message>
    <message>
        <source>Warning: this packet was made by an older version of Survivor Vault. Its signature covers the data shown here, but not how its pages look. Rely on this text, not on the pages, or ask for a new packet.</source>
        <translation>Atansyon: se yon ansyen vèsyon Survivor Vault ki te fè pake sa a. Siyati li kouvri done ou wè isit la, men li pa kouvri aparans paj yo. Fye tèks sa a, pa paj yo, oswa mande yon nouvo pake.</translation>
    </message>
    <message>
        <source>Warning: this packet is not signed, so nothing proves it is unchanged. Do not rely on it without asking the person who sent it.</source>
        <translation>Atansyon: pake sa a pa siyen, kidonk anyen pa garanti li pa chanje. Pa fye l san ou pa mande moun ki te voye l la.</translation>
    </message>
    <message>
        <source>Its consent has ended. Use it only if the person who sent it agrees.</source>
        <translation>Konsantman pou pake sa a fini. Sèvi ak li sèlman si moun ki te voye l la dakò.</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>Anrejistre done yo</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichye JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Li anrejistre: %1</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Working on it</source>
        <translation>M ap travay sou li</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>An poz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fini</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Mwen kite l</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Mwen vle sa</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>M ap sèvi ak li</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Pa kounye a</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Non, mèsi</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Lojman</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sante</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travay</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprann</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Lajan</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Fanmi</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sekirite</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Zafè lalwa</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Byennèt</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Dirije ak ede lòt moun</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lòt</translation>
    </message>
    <message>
        <source>The name I like to be called</source>
        <translation>Non mwen renmen moun rele m</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Pwonon mwen yo</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Lang mwen pale</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Fason ki san danje pou kontakte m</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Lè ki san danje pou kontakte m</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Sa k ede m patisipe (bezwen aksè)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Pwen fò mwen yo</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Sa m vle moun k ap ede m yo konnen</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>Kat idantite oswa paspò</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Imigrasyon</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Tribinal oswa lalwa</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Lajan ak asistans</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Lekòl oswa fòmasyon</translation>
    </message>
    <message>
        <source>Information I chose to share with you</source>
        <translation>Enfòmasyon mwen chwazi pataje ak nou</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pou</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Rezon</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Fèt nan dat</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>Konsantman an fini nan dat</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Nan pwòp mo pa m</translation>
    </message>
    <message>
        <source>If this reached you by mistake, please delete it and do not share it.</source>
        <translation>Si nou resevwa sa a pa erè, tanpri efase l epi pa pataje l ak pèsonn.</translation>
    </message>
    <message>
        <source>This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe.</source>
        <translation>Kopi sa a pa fèmen ak yon kòd pake: nenpòt moun ki gen fichye a ka li l. Tanpri kenbe l yon kote ki an sekirite.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Objektif mwen yo</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Sèvis mwen yo</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sou mwen</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Poukisa sa enpòtan pou mwen</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Kote li rive kounye a</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Domèn lavi</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Mwen espere rive fè l pou</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etap yo</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fèt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Chwa mwen</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Kiyès mwen pito pou sèvis la</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Sa k ap mache</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Sa k pa mache</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>Yon nòt mwen ekri</translation>
    </message>
    <message>
        <source>Signed. Key fingerprint</source>
        <translation>Siyen. Anprent kle a</translation>
    </message>
    <message>
        <source>The same fingerprint on two packets means they come from the same person. Survivor Vault's "open-packet" checks that nothing was changed.</source>
        <translation>Menm anprent sou de pake vle di yo soti nan menm moun nan. Zouti “open-packet” Survivor Vault la verifye pa gen anyen ki chanje.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Pa siyen.</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Pake</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Paj %1 sou %2</translation>
    </message>
    <message>
        <source>I choose to share the information in this packet with %1, for this purpose: %2. My consent ends on %3. I can withdraw it at any time.</source>
        <translation>Mwen chwazi pataje enfòmasyon ki nan pake sa a ak %1, pou rezon sa a: %2. Konsantman mwen fini nan dat %3. Mwen ka retire l nenpòt lè.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Konsantman retire</translation>
    </message>
    <message>
        <source>I withdraw my consent for the packet %1, which I made on %2 for %3. Please delete it and any copies, and do not use the information in it from now on.</source>
        <translation>Mwen retire konsantman mwen pou pake %1. Mwen te fè pake sa a nan dat %2 pou %3. Mwen mande nou, tanpri, pou nou efase l ansanm ak tout kopi li, epi pou nou pa sèvi ak enfòmasyon ki ladan l ankò apati kounye a.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retire nan dat</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Papye ki tache: %1</translation>
    </message>
    <message>
        <source>They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's "open-packet --extract" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera).</source>
        <translation>Papye yo anndan fichye PDF sa a, kòm fichye tache: yon pwogram PDF montre yo nan panno fichye tache li yo (souvan se yon bouton ki gen fòm yon klips). Zouti “open-packet --extract” Survivor Vault la verifye yo epi anrejistre yo. Foto yo te voye san detay kache yo (ki kote ak ki lè yo te pran yo, ki kamera).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Dat yo bay li</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>Ekspire nan dat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichye</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Gwosè</translation>
    </message>
</context>
<context>
    <name>PacketWizard</name>
    <message>
        <source>Make a share packet</source>
        <translation>Fè yon pake pou pataje</translation>
    </message>
    <message>
        <source>You were making this packet and had not finished. What you chose and wrote is back.</source>
        <translation>Ou t ap fè pake sa a, epi ou pa t fini. Sa ou te chwazi ak sa ou te ekri tounen.</translation>
    </message>
    <message>
        <source>The person it was for is no longer in your list: choose who it is for.</source>
        <translation>Moun oswa òganizasyon pake a te pou li a pa nan lis ou ankò: chwazi pou kiyès pake a ye.</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>About the paper you chose</source>
        <translation>Sou papye ou chwazi a</translation>
    </message>
    <message>
        <source>Choose a paper in the list to see its details.</source>
        <translation>Chwazi yon papye nan lis la pou wè detay li.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · ajoute %3</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Dat yo bay li: %1</translation>
    </message>
    <message>
        <source>Ran out: %1</source>
        <translation>Te ekspire: %1</translation>
    </message>
    <message>
        <source>Runs out: %1 (%2)</source>
        <translation>Ap ekspire: %1 (%2)</translation>
    </message>
    <message>
        <source>A reminder is set.</source>
        <translation>Gen yon rapèl.</translation>
    </message>
    <message>
        <source>A reminder is set for the day itself.</source>
        <translation>Gen yon rapèl pou jou a menm.</translation>
    </message>
</context>
<context>
    <name>PaperCopy</name>
    <message>
        <source>Save a copy?</source>
        <translation>Anrejistre yon kopi?</translation>
    </message>
    <message>
        <source>The copy you save is not protected: anyone who uses this computer, or the place you save it to, may open it. Your paper stays in your vault too.</source>
        <translation>Kopi ou anrejistre a pa pwoteje: nenpòt moun ki sèvi ak konpyoutè sa a, oswa ki gen aksè kote ou mete l la, ka louvri l. Papye ou a rete nan kòfrefò ou tou.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Anrejistre yon kopi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not protected: delete it when you no longer need it.</source>
        <translation>Yon kopi anrejistre sou non %1. Li pa pwoteje: efase l lè ou pa bezwen l ankò.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Details of this paper</source>
        <translation>Detay papye sa a</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Kalite papye</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>Mwen konnen dat la</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Dat yo bay li</translation>
    </message>
    <message>
        <source>It runs out</source>
        <translation>Li gen yon dat pou l ekspire</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Dat li ekspire</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rapèl</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Only a name is needed. The file itself stays as it was added.</source>
        <translation>Se sèlman yon non ki nesesè. Fichye a menm rete jan li te ye lè ou te ajoute l.</translation>
    </message>
    <message>
        <source>Please give the paper a short name, in your own words.</source>
        <translation>Tanpri bay papye a yon non kout, nan pwòp mo pa ou.</translation>
    </message>
</context>
<context>
    <name>PaperKind</name>
    <message>
        <source>ID or passport</source>
        <translation>Kat idantite oswa paspò</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Imigrasyon</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Tribinal oswa lalwa</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sante</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Lajan ak asistans</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Lojman</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Lekòl oswa fòmasyon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lòt</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Paj anvan an</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Paj apre a</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Pi piti</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Plen lajè a</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Pi gwo</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Anrejistre yon kopi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Opening your paper…</source>
        <translation>N ap louvri papye ou a…</translation>
    </message>
    <message>
        <source>There is no preview for this one. It is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Aplikasyon an pa ka montre papye sa a. Li rete an sekirite nan kòfrefò ou jan li ye a, epi ou ka anrejistre yon kopi li.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Paj %1 sou %2</translation>
    </message>
    <message>
        <source>This page cannot be shown. The paper is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Aplikasyon an pa ka montre paj sa a. Papye a rete an sekirite nan kòfrefò ou jan li ye a, epi ou ka anrejistre yon kopi li.</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, paj %2 sou %3</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <source>Ran out %1</source>
        <translation>Te ekspire %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Ekspire</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>My papers</source>
        <translation>Papye mwen yo</translation>
    </message>
    <message>
        <source>Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper for a packet.</source>
        <translation>Kopi papye ou yo, fèmen byen anndan kòfrefò ou. Anyen isit la pa pataje si ou pa chwazi yon papye pou yon pake.</translation>
    </message>
    <message>
        <source>Search my papers</source>
        <translation>Chèche nan papye mwen yo</translation>
    </message>
    <message>
        <source>Adding papers</source>
        <translation>N ap ajoute papye yo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chèche</translation>
    </message>
    <message>
        <source>Add papers…</source>
        <translation>Ajoute papye…</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Sispann ajoute</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Gade</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detay</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Anrejistre yon kopi…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>No paper matches your search.</source>
        <translation>Pa gen okenn papye pou sa ou chèche a.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Efase rechèch la</translation>
    </message>
    <message>
        <source>No papers yet. When you want to, add a copy of a paper: an ID, a letter, a court paper. It is kept locked inside your vault.</source>
        <translation>Poko gen papye. Lè ou vle, ajoute kopi yon papye: yon kat idantite, yon lèt, yon papye tribinal. L ap rete fèmen byen anndan kòfrefò ou.</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>Chwazi yon papye nan lis la anvan.</translation>
    </message>
    <message>
        <source>Please wait until the papers are added.</source>
        <translation>Tanpri tann jiskaske papye yo fin ajoute.</translation>
    </message>
    <message>
        <source>Add papers</source>
        <translation>Ajoute papye</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papye</translation>
    </message>
    <message>
        <source>Adding your papers to the vault…</source>
        <translation>N ap ajoute papye ou yo nan kòfrefò a…</translation>
    </message>
    <message>
        <source>Adding your paper to the vault…</source>
        <translation>N ap ajoute papye ou a nan kòfrefò a…</translation>
    </message>
    <message>
        <source>Added to your vault: %1.</source>
        <translation>Ajoute nan kòfrefò ou: %1.</translation>
    </message>
    <message>
        <source>Not added: %1. %2</source>
        <translation>Pa ajoute: %1. %2</translation>
    </message>
    <message>
        <source>Delete the original files?</source>
        <translation>Efase fichye orijinal yo?</translation>
    </message>
    <message>
        <source>Your papers are now in your vault. The app can also delete the original files from this computer.

On SSD drives and in cloud folders (OneDrive, iCloud, Dropbox), a deleted file may still be found for a while. Copies in e-mail or on a phone stay.</source>
        <translation>Papye ou yo nan kòfrefò ou kounye a. Aplikasyon an ka efase fichye orijinal yo sou konpyoutè sa a tou.

Sou disk SSD ak nan katab ki sou entènèt (OneDrive, iCloud, Dropbox), yon moun ka toujou jwenn yon fichye ki efase pandan yon ti tan. Kopi ki nan imèl oswa sou yon telefòn ap rete.</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>Efase orijinal yo</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Kenbe yo</translation>
    </message>
    <message>
        <source>The original files were deleted from this computer.</source>
        <translation>Fichye orijinal yo efase sou konpyoutè sa a.</translation>
    </message>
    <message>
        <source>The original file was deleted from this computer.</source>
        <translation>Fichye orijinal la efase sou konpyoutè sa a.</translation>
    </message>
    <message>
        <source>Not deleted: %1. It changed since it was added, or it could not be removed. Your vault keeps the copy it added.</source>
        <translation>Pa efase: %1. Li chanje depi li te ajoute, oswa aplikasyon an pa t ka efase l. Kòfrefò ou kenbe kopi li te ajoute a.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Li anrejistre.</translation>
    </message>
    <message>
        <source>Delete this paper?</source>
        <translation>Efase papye sa a?</translation>
    </message>
    <message>
        <source>Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be brought back. Packets you already made keep what they hold.</source>
        <translation>Efase “%1” nan kòfrefò ou? Kopi li nan kòfrefò a ap kraze, e li p ap ka tounen ankò. Pake ou te deja fè yo kenbe sa ki ladan yo.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Kenbe</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Li efase.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Poko anrejistre: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Poko anrejistre</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Montre</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Montre oswa kache sa ou tape a</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Kache</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Chanje fraz sekrè mwen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Fraz sekrè kounye a</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvo fraz sekrè</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvo fraz sekrè a ankò</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Chanje fraz sekrè a</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>N ap chanje fraz sekrè ou</translation>
    </message>
    <message>
        <source>Changing your passphrase also locks your whole vault with a new key. If you think someone may know your passphrase, this explains what to do:</source>
        <translation>Lè ou chanje fraz sekrè ou, sa fèmen tout kòfrefò ou ak yon nouvo kle tou. Si ou panse yon moun ka konnen fraz sekrè ou, men sa pou fè:</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>Yon moun ka konnen fraz sekrè mwen…</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment.</source>
        <translation>N ap chanje fraz sekrè ou. Sa pran yon ti moman.</translation>
    </message>
    <message>
        <source>Done. Your new passphrase opens the vault from now on; the old one does not.</source>
        <translation>Sa fèt. Apati kounye a, se nouvo fraz sekrè ou ki louvri kòfrefò a; ansyen an pa louvri l ankò.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Òganizasyon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Wòl</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People &amp; agencies</source>
        <translation>Moun ak òganizasyon</translation>
    </message>
    <message>
        <source>People and agencies you may want to share with one day. Adding someone here shares nothing with them.</source>
        <translation>Moun ak òganizasyon ou ka vle pataje avè yo yon jou. Lè ou ajoute yon moun isit la, ou pa pataje anyen avè l.</translation>
    </message>
    <message>
        <source>Search people and agencies</source>
        <translation>Chèche moun ak òganizasyon</translation>
    </message>
    <message>
        <source>People and agencies</source>
        <translation>Moun ak òganizasyon</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Ajoute yon moun oswa yon òganizasyon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chèche</translation>
    </message>
    <message>
        <source>Nobody matches your search.</source>
        <translation>Pa gen pèsonn pou sa ou chèche a.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Efase rechèch la</translation>
    </message>
    <message>
        <source>Nobody here yet. Add a person or an agency when you want to.</source>
        <translation>Poko gen pèsonn isit la. Ajoute yon moun oswa yon òganizasyon lè ou vle.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Chwazi yon moun nan lis la anvan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Li anrejistre.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Poko anrejistre: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Poko anrejistre</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Efase?</translation>
    </message>
    <message>
        <source>Delete this person or agency from your list? Any sharing permission for them ends too. Your sharing history keeps its record.</source>
        <translation>Efase moun oswa òganizasyon sa a nan lis ou? Tout pèmisyon pou pataje ou te ba li fini tou. Lis pataj ou kenbe sa ki te ekri ladan l.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Kenbe</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Li efase.</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>What they may see</source>
        <translation>Sa moun nan gen dwa wè</translation>
    </message>
    <message>
        <source>What %1 may see</source>
        <translation>Sa %1 gen dwa wè</translation>
    </message>
    <message>
        <source>Tick what %1 may see. This sends nothing. When you make a packet for them, these boxes are ticked for you.</source>
        <translation>Make sa %1 gen dwa wè. Sa pa voye anyen. Lè ou fè yon pake pou li, kaz sa yo ap deja make.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Mete nòt mwen yo ladan l</translation>
    </message>
    <message>
        <source>Include my feedback on services</source>
        <translation>Mete sa m panse sou sèvis yo ladan l</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jete chanjman mwen yo</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes.</source>
        <translation>Ou te chanje sa a, men ou pa t anrejistre l. Men chanjman ou yo.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Rezon an, nan pwòp mo pa m</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jiska</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About the person you chose</source>
        <translation>Sou moun ou chwazi a</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what you share with them.</source>
        <translation>Chwazi yon moun nan lis la pou wè sa ou pataje avè l.</translation>
    </message>
    <message>
        <source>What they may see: nothing yet.</source>
        <translation>Sa li gen dwa wè: anyen pou kounye a.</translation>
    </message>
    <message>
        <source>What they may see: %1, until %2.</source>
        <translation>Sa li gen dwa wè: %1, jiska %2.</translation>
    </message>
    <message>
        <source>What they may see: %1.</source>
        <translation>Sa li gen dwa wè: %1.</translation>
    </message>
    <message>
        <source>They hold no packet from you now.</source>
        <translation>Kounye a, li pa gen okenn pake ou fè.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>pa gen dat pou fini</translation>
    </message>
    <message>
        <source>Packets they hold now: %1 (until %2).</source>
        <translation>Pake li genyen kounye a: %1 (jiska %2).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change person or agency</source>
        <translation>Chanje moun oswa òganizasyon</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Ajoute yon moun oswa yon òganizasyon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Òganizasyon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Wòl</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jete chanjman mwen yo</translation>
    </message>
    <message>
        <source>Only a name is needed. Adding someone here shares nothing with them.</source>
        <translation>Se sèlman yon non ki nesesè. Lè ou ajoute yon moun isit la, ou pa pataje anyen avè l.</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Ou pa t anrejistre sa a. Men li.</translation>
    </message>
    <message>
        <source>Please give a name, even a first name or a nickname.</source>
        <translation>Tanpri bay yon non, menm si se jis yon prenon oswa yon ti non.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>Plan mwen</translation>
    </message>
    <message>
        <source>Where things are, at a glance. Each card leads to its page.</source>
        <translation>Kote bagay yo ye, nan yon sèl koutje. Chak kat mennen nan paj pa l.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Objektif mwen yo</translation>
    </message>
    <message>
        <source>Go to my goals</source>
        <translation>Ale nan objektif mwen yo</translation>
    </message>
    <message>
        <source>No goals under way. When you are ready, add one on the goals page.</source>
        <translation>Ou pa gen okenn objektif w ap travay sou li kounye a. Lè ou pare, ajoute youn nan paj objektif yo.</translation>
    </message>
    <message>
        <source>Working on %1 · done %2</source>
        <translation>M ap travay sou yo: %1 · Mwen rive fè yo: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Pwochen etap: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Etap ki fèt: %1 sou %2</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Poko gen etap</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Sèvis mwen yo</translation>
    </message>
    <message>
        <source>Go to my services</source>
        <translation>Ale nan sèvis mwen yo</translation>
    </message>
    <message>
        <source>You have not marked any services yet. There is no hurry.</source>
        <translation>Ou poko make okenn sèvis. Pa gen prese.</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>M ap sèvi ak yo: %1</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>Mwen vle yo: %1</translation>
    </message>
    <message>
        <source>Not right now: %1</source>
        <translation>Pa kounye a: %1</translation>
    </message>
    <message>
        <source>No thanks: %1</source>
        <translation>Non, mèsi: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Mwen fin sèvi ak yo: %1</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>M ap sèvi ak yo kounye a: %1</translation>
    </message>
    <message>
        <source>What I want: %1</source>
        <translation>Sa mwen vle: %1</translation>
    </message>
    <message>
        <source>My dates and papers</source>
        <translation>Dat ak papye mwen yo</translation>
    </message>
    <message>
        <source>Go to my dates</source>
        <translation>Ale nan dat mwen yo</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ak %1 lòt ankò</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Pa gen rapèl pou kounye a.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Pwochen dat: %1, %2</translation>
    </message>
    <message>
        <source>No papers kept yet.</source>
        <translation>Poko gen papye nan kòfrefò a.</translation>
    </message>
    <message>
        <source>Papers kept in your vault: %1</source>
        <translation>Papye ki nan kòfrefò ou: %1</translation>
    </message>
    <message>
        <source>Who has a packet from me</source>
        <translation>Kiyès ki gen yon pake mwen fè</translation>
    </message>
    <message>
        <source>Go to sharing</source>
        <translation>Ale nan Pataje</translation>
    </message>
    <message>
        <source>Nobody holds a packet from you right now.</source>
        <translation>Kounye a, pèsonn pa gen yon pake ou fè.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>pa gen dat pou fini</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jiska %2</translation>
    </message>
    <message>
        <source>My last packet</source>
        <translation>Dènye pake mwen</translation>
    </message>
    <message>
        <source>See my sharing history</source>
        <translation>Gade lis pataj mwen</translation>
    </message>
    <message>
        <source>You have not made a packet. Nothing has left your vault.</source>
        <translation>Ou poko fè okenn pake. Anyen pa soti nan kòfrefò ou.</translation>
    </message>
    <message>
        <source>For %1, made %2</source>
        <translation>Pou %1, fèt %2</translation>
    </message>
    <message>
        <source>You withdrew your consent on %1.</source>
        <translation>Ou retire konsantman ou nan dat %1.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jiska %1</translation>
    </message>
    <message>
        <source>My backup</source>
        <translation>Kopi rezèv mwen</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>Ale nan kopi rezèv yo</translation>
    </message>
    <message>
        <source>You have not made a backup yet.</source>
        <translation>Ou poko fè yon kopi rezèv.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dènye kopi rezèv: %1</translation>
    </message>
    <message>
        <source>It is time for a new one.</source>
        <translation>Li lè pou fè yon lòt.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Gade anvan</translation>
    </message>
    <message>
        <source>These are the exact pages they will see. Go back to change anything.</source>
        <translation>Men paj yo egzakteman jan y ap wè yo. Retounen pou chanje nenpòt bagay.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>N ap prepare paj yo</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Paj pake a, anvan ou anrejistre l</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>N ap prepare paj yo…</translation>
    </message>
    <message>
        <source>Pages: %1. Items: %2.</source>
        <translation>Paj: %1. Eleman: %2.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Paj %1</translation>
    </message>
    <message>
        <source>Nothing is left in this packet. Go back to choose what goes in.</source>
        <translation>Pa rete anyen nan pake sa a. Retounen pou chwazi sa k ap ladan l.</translation>
    </message>
</context>
<context>
    <name>PreviewPapers</name>
    <message>
        <source>Photos are sent without their hidden details (where and when they were taken, the camera). Other documents go exactly as they are in your vault.</source>
        <translation>Foto yo ale san detay kache yo (ki kote ak ki lè yo te pran yo, ki kamera). Lòt papye yo ale egzakteman jan yo ye nan kòfrefò ou.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Kite l deyò</translation>
    </message>
    <message>
        <source>Leave %1 out of this packet</source>
        <translation>Kite %1 deyò pake sa a</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Papye ki tache: %1</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protection</source>
        <translation>Pwoteksyon</translation>
    </message>
    <message>
        <source>Choose who can open the file.</source>
        <translation>Chwazi kiyès ki ka louvri fichye a.</translation>
    </message>
    <message>
        <source>Protect it with a share code (recommended)</source>
        <translation>Pwoteje l ak yon kòd pake (nou konseye sa)</translation>
    </message>
    <message>
        <source>A plain PDF anyone can open and print</source>
        <translation>Yon PDF senp nenpòt moun ka louvri epi enprime</translation>
    </message>
    <message>
        <source>The file opens only with a code you give them another way, for example by phone or on paper.</source>
        <translation>Fichye a ap louvri sèlman ak yon kòd ou ba yo yon lòt jan, pa egzanp nan telefòn oswa sou papye.</translation>
    </message>
    <message>
        <source>Careful: anyone who gets this file, for example from a wrong email address or a lost USB stick, can read everything in it.</source>
        <translation>Atansyon: nenpòt moun ki jwenn fichye sa a, pa egzanp akoz yon move adrès imèl oswa yon flash USB ki pèdi, ka li tout sa ki ladan l.</translation>
    </message>
    <message>
        <source>I understand, and I want a plain PDF</source>
        <translation>Mwen konprann, epi mwen vle yon PDF senp</translation>
    </message>
    <message>
        <source>Sign it</source>
        <translation>Siyen l</translation>
    </message>
    <message>
        <source>Signing lets them check that nobody changed it, and that it comes from the same person as your other packets. It does not show your name.</source>
        <translation>Siyati a pèmèt yo verifye pèsonn pa chanje l, e li soti nan menm moun ki fè lòt pake ou yo. Li pa montre non ou.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Why, and until when?</source>
        <translation>Poukisa, e jiska kilè?</translation>
    </message>
    <message>
        <source>The purpose and the end date are printed on the first page.</source>
        <translation>Rezon an ak dat konsantman an fini parèt sou premye paj la.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Rezon an, nan pwòp mo pa m</translation>
    </message>
    <message>
        <source>For example: to plan housing support with me</source>
        <translation>Pa egzanp: pou planifye sipò pou lojman avè m</translation>
    </message>
    <message>
        <source>My consent ends on</source>
        <translation>Konsantman mwen fini nan dat</translation>
    </message>
    <message>
        <source>A note in my words</source>
        <translation>Yon nòt nan pwòp mo pa m</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Lang pake a</translation>
    </message>
    <message>
        <source>Language of the packet (the person reading it may not read yours)</source>
        <translation>Lang pake a (moun k ap li l la ka pa konprann lang pa ou)</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>Lekti</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Gwosè tèks la</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Nòmal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Gwo</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Pi gwo</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Pi gwo nèt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lang</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>Pou kiyès li ye?</translation>
    </message>
    <message>
        <source>Choose the person or agency. Adding someone shares nothing with them.</source>
        <translation>Chwazi moun nan oswa òganizasyon an. Lè ou ajoute yon moun, ou pa pataje anyen avè l.</translation>
    </message>
    <message>
        <source>Who is it for</source>
        <translation>Pou kiyès li ye</translation>
    </message>
    <message>
        <source>Add a person or agency…</source>
        <translation>Ajoute yon moun oswa yon òganizasyon…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pou</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>Kle sekou ou</translation>
    </message>
    <message>
        <source>Write it down, or print it, and keep it somewhere safe, away from this computer. Anyone who has it can open your vault. It is shown only now.</source>
        <translation>Ekri l, oswa enprime l, epi kenbe l yon kote ki an sekirite, lwen konpyoutè sa a. Nenpòt moun ki genyen l ka louvri kòfrefò ou. Li parèt sèlman kounye a.</translation>
    </message>
    <message>
        <source>Print it (save a one-page PDF)…</source>
        <translation>Enprime l (anrejistre yon PDF yon sèl paj)…</translation>
    </message>
    <message>
        <source>A group of your recovery key</source>
        <translation>Yon gwoup nan kle sekou ou</translation>
    </message>
    <message>
        <source>To show you kept it, type group %1 of the key (counting from the left):</source>
        <translation>Pou montre ou kenbe l, tape gwoup %1 nan kle a (konte depi sou bò gòch):</translation>
    </message>
    <message>
        <source>That is not the same. Please look at the key again.</source>
        <translation>Sa pa menm. Tanpri gade kle a ankò.</translation>
    </message>
    <message>
        <source>Thank you. Keep it safe.</source>
        <translation>Mèsi. Kenbe l yon kote ki an sekirite.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Anrejistre kle sekou a</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichye PDF (*.pdf)</translation>
    </message>
    <message>
        <source>My recovery key</source>
        <translation>Kle sekou mwen</translation>
    </message>
    <message>
        <source>This key opens my vault if I forget my passphrase. Keep it safe and away from the computer.</source>
        <translation>Kle sa a louvri kòfrefò mwen si mwen bliye fraz sekrè mwen. Kenbe l yon kote ki an sekirite, lwen konpyoutè a.</translation>
    </message>
    <message>
        <source>Saved: %1. Print it, then delete the file if others use this computer.</source>
        <translation>Li anrejistre: %1. Enprime l, epi efase fichye a si lòt moun sèvi ak konpyoutè sa a.</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>Kle sekou</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Fè yon nouvo kle sekou…</translation>
    </message>
    <message>
        <source>You have a recovery key. Making a new one stops the old one working.</source>
        <translation>Ou gen yon kle sekou. Si ou fè yon lòt, ansyen an p ap mache ankò.</translation>
    </message>
    <message>
        <source>You have no recovery key. If you forget your passphrase, nobody can open the vault.</source>
        <translation>Ou pa gen kle sekou. Si ou bliye fraz sekrè ou, pèsonn p ap ka louvri kòfrefò a.</translation>
    </message>
    <message>
        <source>Your new recovery key works now. The old one does not.</source>
        <translation>Nouvo kle sekou ou a mache kounye a. Ansyen an pa mache ankò.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 ran out on %2 (%3)</source>
        <translation>%1 te ekspire nan dat %2 (%3)</translation>
    </message>
    <message>
        <source>%1 runs out on %2 (%3)</source>
        <translation>%1 ap ekspire nan dat %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>jodi a</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yè</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>nan %n jou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>sa fè %n jou</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderField</name>
    <message>
        <source>Remind me</source>
        <translation>Raple m</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Konbyen jou anvan</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>jou a menm</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> jou anvan</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform>jou anvan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>You have a reminder</source>
        <translation>Ou gen yon rapèl</translation>
    </message>
</context>
<context>
    <name>RemindersCallout</name>
    <message>
        <source>Reminders</source>
        <translation>Rapèl yo</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rapèl</translation>
    </message>
    <message>
        <source>and %1 more on My dates</source>
        <translation>ak %1 lòt ankò nan “Dat mwen yo”</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Remete yon kopi rezèv</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Remete kopi a</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase you had when you made it. If there is a vault on this computer, it is kept until the backup has opened and passed its checks; then the backup takes its place.</source>
        <translation>Chwazi fichye kopi rezèv la epi tape fraz sekrè ou te genyen lè ou te fè l la. Si gen yon kòfrefò sou konpyoutè sa a, aplikasyon an kenbe l jiskaske kopi rezèv la louvri epi pase verifikasyon li yo; apre sa, kopi rezèv la pran plas li.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ou poko chwazi fichye</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>Chwazi kopi rezèv la…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Fraz sekrè kopi rezèv la</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopi rezèv</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Chwazi kopi rezèv la</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Kopi rezèv (*.svbackup)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>Tanpri chwazi fichye kopi rezèv la anvan.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Tanpri tape fraz sekrè kopi rezèv la.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>N ap verifye kopi rezèv la…</translation>
    </message>
    <message>
        <source>%1 Your vault is as it was.</source>
        <translation>%1 Kòfrefò ou rete jan li te ye a.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety</source>
        <translation>Sekirite</translation>
    </message>
    <message>
        <source>Lock by itself after this many idle minutes</source>
        <translation>Bloke pou kont li apre kantite minit sa a, si pèsonn pa sèvi ak li</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform>min</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>Bloke pou kont li apre</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Mòd disrè</translation>
    </message>
    <message>
        <source>The window is called "Notes" and has a plain icon, even before you unlock.</source>
        <translation>Fenèt la rele “Nòt” epi li gen yon ikòn senp, menm anvan ou louvri kòfrefò a.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the Quick exit button, to hide and close the app at once.</source>
        <translation>Soti vit: peze touch Shift (⇧) twa fwa, oswa bouton “Soti vit” la, pou kache epi fèmen aplikasyon an touswit.</translation>
    </message>
    <message>
        <source>Tell me with a notification</source>
        <translation>Fè m konnen ak yon notifikasyon</translation>
    </message>
    <message>
        <source>Tell me with a notification when a reminder is due</source>
        <translation>Fè m konnen ak yon notifikasyon lè gen yon rapèl</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When a reminder is due, the computer shows a notification that says only "You have a reminder", even while the app is locked. Someone near the screen could see it.</source>
        <translation>Li etenn, sof si ou limen l. Lè gen yon rapèl, konpyoutè a montre yon notifikasyon ki di sèlman “Ou gen yon rapèl”, menm lè aplikasyon an bloke. Yon moun ki toupre ekran an ka wè l.</translation>
    </message>
    <message>
        <source>This computer does not show notifications from apps.</source>
        <translation>Konpyoutè sa a pa montre notifikasyon aplikasyon yo.</translation>
    </message>
    <message>
        <source>Hide from screenshots</source>
        <translation>Kache nan foto ekran</translation>
    </message>
    <message>
        <source>Hide this app from screenshots and screen sharing</source>
        <translation>Kache aplikasyon sa a nan foto ekran ak pataj ekran</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the packet</source>
        <translation>Anrejistre pake a</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere: you decide how it gets to them.</source>
        <translation>Chwazi kote pou anrejistre l. Aplikasyon an pa voye anyen okenn kote: se ou ki deside kijan pake a ap rive jwenn yo.</translation>
    </message>
    <message>
        <source>Save the packet…</source>
        <translation>Anrejistre pake a…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>N ap anrejistre</translation>
    </message>
    <message>
        <source>shared-%1.pdf</source>
        <translation>pataje-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichye PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1. It is in your sharing history.</source>
        <translation>Li anrejistre: %1. Li nan lis pataj ou.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My goals</source>
        <translation>Objektif mwen yo</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Sèvis mwen yo</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sou mwen</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Papye mwen yo</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Housing and shelter</source>
        <translation>Lojman ak abri</translation>
    </message>
    <message>
        <source>A safe place to stay, now or for longer.</source>
        <translation>Yon kote ki an sekirite pou m rete, kounye a oswa pou pi lontan.</translation>
    </message>
    <message>
        <source>Home and safety</source>
        <translation>Kay ak sekirite</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>Plan sekirite</translation>
    </message>
    <message>
        <source>Making a plan to stay safe, with someone who knows how.</source>
        <translation>Fè yon plan pou m rete an sekirite, ak yon moun ki konn kijan.</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Èd legal</translation>
    </message>
    <message>
        <source>Advice from a lawyer or legal worker, for example about rights, family law or court.</source>
        <translation>Konsèy yon avoka oswa yon lòt moun ki travay nan zafè lalwa, pa egzanp sou dwa m, zafè fanmi oswa tribinal.</translation>
    </message>
    <message>
        <source>Rights and papers</source>
        <translation>Dwa ak papye</translation>
    </message>
    <message>
        <source>Immigration help</source>
        <translation>Èd pou imigrasyon</translation>
    </message>
    <message>
        <source>Help with visas, residence and papers.</source>
        <translation>Èd pou viza, rezidans ak papye.</translation>
    </message>
    <message>
        <source>Interpreting and translation</source>
        <translation>Entèprèt ak tradiksyon</translation>
    </message>
    <message>
        <source>Someone who speaks my language, for meetings or papers.</source>
        <translation>Yon moun ki pale lang mwen, pou reyinyon oswa pou papye.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Swen medikal</translation>
    </message>
    <message>
        <source>Doctors, nurses, dental care and medicine.</source>
        <translation>Doktè, enfimyè, swen dan ak medikaman.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sante</translation>
    </message>
    <message>
        <source>Counselling and mental health</source>
        <translation>Sipò sikolojik ak sante mantal</translation>
    </message>
    <message>
        <source>Someone to talk to, and support for how I feel.</source>
        <translation>Yon moun pou m pale avè l, ak sipò pou jan m santi m.</translation>
    </message>
    <message>
        <source>Support with alcohol or drugs</source>
        <translation>Sipò pou alkòl oswa dwòg</translation>
    </message>
    <message>
        <source>Help to cut down or stop, without judgement.</source>
        <translation>Èd pou diminye oswa sispann, san pèsonn pa jije m.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Moun sipò</translation>
    </message>
    <message>
        <source>One person who helps me connect with other services.</source>
        <translation>Yon moun ki ede m jwenn lòt sèvis.</translation>
    </message>
    <message>
        <source>Everyday support</source>
        <translation>Sipò pou chak jou</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Lajan ak asistans</translation>
    </message>
    <message>
        <source>Help with money, a bank account, benefits or debts.</source>
        <translation>Èd pou lajan, yon kont labank, asistans oswa dèt.</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Gad timoun</translation>
    </message>
    <message>
        <source>Care for my children while I do other things.</source>
        <translation>Yon moun pou okipe pitit mwen pandan m ap fè lòt bagay.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Transpò</translation>
    </message>
    <message>
        <source>Help with travel to appointments and places I need to go.</source>
        <translation>Èd pou m ale nan randevou ak kote mwen bezwen ale.</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>Manje ak rad</translation>
    </message>
    <message>
        <source>Food, clothes and other basic things.</source>
        <translation>Manje, rad ak lòt bagay debaz.</translation>
    </message>
    <message>
        <source>Work and jobs</source>
        <translation>Travay ak djòb</translation>
    </message>
    <message>
        <source>Finding work, training for a job, or knowing my rights at work.</source>
        <translation>Jwenn travay, fòme pou yon djòb, oswa konnen dwa m nan travay.</translation>
    </message>
    <message>
        <source>Learning and work</source>
        <translation>Aprann ak travay</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>Aprann ak lekòl</translation>
    </message>
    <message>
        <source>Classes, school, language courses or study.</source>
        <translation>Kou, lekòl, kou lang oswa etid.</translation>
    </message>
    <message>
        <source>Peer support and mentoring</source>
        <translation>Sipò kanmarad ak gid</translation>
    </message>
    <message>
        <source>Meeting people with similar experiences who can walk beside me.</source>
        <translation>Rankontre moun ki pase eksperyans ki sanble ak pa m, ki ka mache bò kote m.</translation>
    </message>
    <message>
        <source>People around me</source>
        <translation>Moun ki bò kote m</translation>
    </message>
    <message>
        <source>Family and reunification</source>
        <translation>Fanmi ak retwouvay</translation>
    </message>
    <message>
        <source>Staying in touch with, or reuniting with, my family.</source>
        <translation>Kenbe kontak ak fanmi m, oswa retwouve yo.</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Sa mwen ajoute</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Poko anrejistre</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Sèvis</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Chwa mwen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Kiyès ki bay li</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>My services</source>
        <translation>Sèvis mwen yo</translation>
    </message>
    <message>
        <source>Say what you want, what you use, and what is not for you. You never have to give a reason.</source>
        <translation>Di sa ou vle, sa ou itilize, ak sa ki pa pou ou. Ou pa janm bezwen bay yon rezon.</translation>
    </message>
    <message>
        <source>Add my own kind of service</source>
        <translation>Ajoute pwòp kalite sèvis pa m</translation>
    </message>
    <message>
        <source>Kinds of services</source>
        <translation>Kalite sèvis</translation>
    </message>
    <message>
        <source>Your own kind of service</source>
        <translation>Pwòp kalite sèvis pa ou</translation>
    </message>
    <message>
        <source>What kind of service? For example: sewing group</source>
        <translation>Ki kalite sèvis? Pa egzanp: gwoup koud</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Reglaj</translation>
    </message>
    <message>
        <source>What you typed to change your passphrase was not kept: a passphrase is never saved anywhere. Please type it again.</source>
        <translation>Sa ou te tape pou chanje fraz sekrè ou pa t kenbe: yon fraz sekrè pa janm anrejistre okenn kote. Tanpri tape l ankò.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>Pataje</translation>
    </message>
    <message>
        <source>Nothing leaves your vault unless you make a packet. You choose what goes in, for whom, and until when.</source>
        <translation>Anyen pa soti nan kòfrefò ou si ou pa fè yon pake. Se ou ki chwazi kisa ki ladan l, pou kiyès, e jiska kilè.</translation>
    </message>
    <message>
        <source>Make a share packet…</source>
        <translation>Fè yon pake pou pataje…</translation>
    </message>
    <message>
        <source>What each person may see</source>
        <translation>Sa chak moun gen dwa wè</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation>Moun oswa òganizasyon</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>Gen dwa wè</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jiska</translation>
    </message>
    <message>
        <source>Set what they may see…</source>
        <translation>Chwazi sa moun nan gen dwa wè…</translation>
    </message>
    <message>
        <source>Remove permission</source>
        <translation>Wete pèmisyon an</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Lis pataj</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retire konsantman mwen…</translation>
    </message>
    <message>
        <source>A full bar: they may still use it. An empty bar: it has ended. A cross: you withdrew your consent. The dashed line is today.</source>
        <translation>Ba plen: pake a toujou bon pou sèvi. Ba vid: li fini. Yon kwa: ou retire konsantman ou. Liy an pwentiye a se jodi a.</translation>
    </message>
    <message>
        <source>Nothing has left your vault. When you make a packet, it is written here: for whom, what, and until when.</source>
        <translation>Anyen pa soti nan kòfrefò ou. Lè ou fè yon pake, l ap ekri isit la: pou kiyès, kisa, e jiska kilè.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Anyen</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Chwazi yon moun nan lis la anvan.</translation>
    </message>
    <message>
        <source>They may see nothing now.</source>
        <translation>Kounye a, moun nan pa gen dwa wè anyen.</translation>
    </message>
    <message>
        <source>Choose a packet in the history first.</source>
        <translation>Chwazi yon pake nan lis pataj la anvan.</translation>
    </message>
    <message>
        <source>You already withdrew your consent for this packet.</source>
        <translation>Ou te deja retire konsantman ou pou pake sa a.</translation>
    </message>
    <message>
        <source>Withdraw consent for %1…</source>
        <translation>Retire konsantman mwen pou %1…</translation>
    </message>
    <message>
        <source>First add the person or agency in "People &amp; agencies", or in the first step of the packet.</source>
        <translation>Ajoute moun nan oswa òganizasyon an anvan, nan “Moun ak òganizasyon”, oswa nan premye etap pake a.</translation>
    </message>
    <message>
        <source>Your packet is saved and written in your sharing history.</source>
        <translation>Pake ou anrejistre, epi li ekri nan lis pataj ou.</translation>
    </message>
    <message>
        <source>A packet for “%1” you had not finished</source>
        <translation>Yon pake pou “%1” ou pa t fini</translation>
    </message>
    <message>
        <source>A packet you had not finished</source>
        <translation>Yon pake ou pa t fini</translation>
    </message>
    <message>
        <source>What “%1” may see: changes not saved yet</source>
        <translation>Sa “%1” gen dwa wè: chanjman ki poko anrejistre</translation>
    </message>
    <message>
        <source>Saved. This shares nothing by itself.</source>
        <translation>Li anrejistre. Sa pa pataje anyen pou kont li.</translation>
    </message>
    <message>
        <source>Permission removed. Packets you already made are still in your history, where you can withdraw consent for each.</source>
        <translation>Pèmisyon an wete. Pake ou te deja fè yo toujou nan lis pataj ou, kote ou ka retire konsantman ou pou chak.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Retire konsantman ou?</translation>
    </message>
    <message>
        <source>Withdraw your consent for this packet to %1? It will be marked in your history, and you can save a short notice to send them, asking them to delete it. The notice holds none of your information.</source>
        <translation>Retire konsantman ou pou pake sa a ou te fè pou %1? L ap make nan lis pataj ou, epi ou ka anrejistre yon ti avi pou voye ba yo, pou mande yo efase l. Avi a pa gen okenn enfòmasyon ou ladan l.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retire konsantman mwen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pa kounye a</translation>
    </message>
    <message>
        <source>Consent withdrawn. Making the notice…</source>
        <translation>Konsantman an retire. N ap prepare avi a…</translation>
    </message>
    <message>
        <source>withdrawal-%1.pdf</source>
        <translation>retire-konsantman-%1.pdf</translation>
    </message>
    <message>
        <source>Save the withdrawal notice</source>
        <translation>Anrejistre avi pou retire konsantman an</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichye PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent withdrawn. You chose not to save a notice.</source>
        <translation>Konsantman an retire. Ou chwazi pa anrejistre avi.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Notice saved: %1. Send it to them the way you choose.</source>
        <translation>Konsantman an retire. Avi a anrejistre: %1. Voye l ba yo jan ou vle.</translation>
    </message>
</context>
<context>
    <name>SharingTimelineView</name>
    <message>
        <source>Timeline of what you shared</source>
        <translation>Liy tan sa ou pataje</translation>
    </message>
    <message>
        <source>%1: from %2, withdrawn %3</source>
        <translation>%1: depi %2, retire %3</translation>
    </message>
    <message>
        <source>%1: from %2, ended %3</source>
        <translation>%1: depi %2, fini %3</translation>
    </message>
    <message>
        <source>%1: from %2, no end date</source>
        <translation>%1: depi %2, pa gen dat pou fini</translation>
    </message>
    <message>
        <source>%1: from %2 until %3</source>
        <translation>%1: depi %2 jiska %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Jodi a</translation>
    </message>
</context>
<context>
    <name>SomeoneMayKnowDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Yon moun ka konnen fraz sekrè mwen</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will not open anything you write from now on, even with a copy of the vault's files someone may have kept.</source>
        <translation>Chwazi yon nouvo fraz sekrè. Apre sa, aplikasyon an fèmen tout kòfrefò ou ak yon nouvo kle: ansyen fraz sekrè a p ap louvri anyen ou ekri apati kounye a, menm avèk yon kopi fichye kòfrefò a yon moun ta ka kenbe.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Fraz sekrè kounye a</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvo fraz sekrè</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvo fraz sekrè a ankò</translation>
    </message>
    <message>
        <source>Changing your passphrase and key</source>
        <translation>N ap chanje fraz sekrè ou ak kle a</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>Chanje fraz sekrè a ak kle a</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Changing your passphrase and key. This takes a moment; please wait.</source>
        <translation>N ap chanje fraz sekrè ou ak kle a. Sa pran yon ti moman; tanpri tann.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Done. Only your new passphrase opens the vault now.</source>
        <translation>Sa fèt. Kounye a, se sèlman nouvo fraz sekrè ou ki louvri kòfrefò a.</translation>
    </message>
    <message>
        <source>If they may also have seen your recovery key, make a new one in Settings.</source>
        <translation>Si moun nan ka te wè kle sekou ou tou, fè yon nouvo kle sekou nan Reglaj.</translation>
    </message>
    <message>
        <source>Please type your passphrases again.</source>
        <translation>Tanpri tape fraz sekrè ou yo ankò.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Etap %1 sou %2</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Etap yo</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvo etap</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Yon ti pwochen etap</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajoute etap</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monte l</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Desann li</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Wete etap la</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Easy to guess. A few words together are easier to remember and much harder to guess.</source>
        <translation>Fasil pou devine. Kèk mo ansanm pi fasil pou sonje, e pi difisil anpil pou devine.</translation>
    </message>
    <message>
        <source>Getting there. One or two more words would make it much stronger.</source>
        <translation>Ou prèske rive. Youn oswa de lòt mo ta fè l pi fò anpil.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>Li fò. Fè sèten ou ka sonje l.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>Byenvini ankò</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Fraz sekrè ou</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>I forgot my passphrase…</source>
        <translation>Mwen bliye fraz sekrè mwen…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Remete yon kopi rezèv…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Tape fraz sekrè ou pou louvri nòt ou yo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>N ap louvri…</translation>
    </message>
    <message>
        <source>Open a file someone gave me…</source>
        <translation>Louvri yon fichye yon moun ban mwen…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Tape fraz sekrè ou pou louvri kòfrefò ou.</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Louvri kòfrefò mwen</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>N ap louvri kòfrefò ou</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Louvri yon pake yon moun ban mwen…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Tanpri tape fraz sekrè ou.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first, then try again here.</source>
        <translation>Kòfrefò sa a deja louvri nan yon lòt fenèt. Tanpri fèmen l nan fenèt sa a anvan, epi eseye ankò isit la.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. To keep your vault safe, you can try again in a few seconds. Seconds left: %1</source>
        <translation>Fraz sekrè sa a pa t louvri kòfrefò a. Pou kenbe kòfrefò ou an sekirite, ou ka eseye ankò nan kèk segonn. Segonn ki rete: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ou ka eseye ankò kounye a.</translation>
    </message>
</context>
<context>
    <name>UnsavedStrip</name>
    <message>
        <source>Open</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Jete</translation>
    </message>
    <message>
        <source>Throw away what you wrote?</source>
        <translation>Jete sa ou te ekri a?</translation>
    </message>
    <message>
        <source>Throw away what you wrote and did not save? This cannot be undone.</source>
        <translation>Jete sa ou te ekri epi ou pa t anrejistre a? Pa gen mwayen pou defèt sa.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Kenbe l</translation>
    </message>
</context>
<context>
    <name>VaultArea</name>
    <message>
        <source>Parts of my vault</source>
        <translation>Pati kòfrefò mwen</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Plan mwen</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Objektif mwen yo</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Sèvis mwen yo</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Papye mwen yo</translation>
    </message>
    <message>
        <source>My dates</source>
        <translation>Dat mwen yo</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sou mwen</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>Moun ak òganizasyon</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Pataje</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivite</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Reglaj</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>Bon pou konnen</translation>
    </message>
    <message>
        <source>It has been a while since your last backup. A backup keeps your plan safe if this computer is lost or broken.</source>
        <translation>Sa gen yon bon ti tan depi dènye kopi rezèv ou. Yon kopi rezèv kenbe plan ou an sekirite si konpyoutè sa a pèdi oswa li kraze.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Fè yon kopi rezèv</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pa kounye a</translation>
    </message>
    <message>
        <source>Since you last opened it: one try with a wrong passphrase (%1).</source>
        <translation>Depi dènye fwa ou te louvri kòfrefò a: yon esè ak yon fraz sekrè ki pa bon (%1).</translation>
    </message>
    <message>
        <source>Since you last opened it: %1 tries with a wrong passphrase (%2).</source>
        <translation>Depi dènye fwa ou te louvri kòfrefò a: %1 esè ak yon fraz sekrè ki pa bon (%2).</translation>
    </message>
    <message>
        <source>What you had not saved yet is kept. It is where you left it.</source>
        <translation>Sa ou pa t anrejistre a toujou la. Li kote ou te kite l la.</translation>
    </message>
</context>
<context>
    <name>_VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>N ap travay</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
</context>
</TS>