<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AboutMe</name>
    <message>
        <source>The name I like to be called</source>
        <translation>Comment j’aime qu’on m’appelle</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Mes pronoms</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Les langues que je parle</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Moyens sûrs de me contacter</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Moments sûrs pour me contacter</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Ce qui m’aide à participer (besoins d’accessibilité)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mes forces</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Ce que je veux que les personnes qui m’accompagnent sachent</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>Only what you want to say, in your own words. Every box is optional. Nothing here is shared unless you choose.</source>
        <translation>Seulement ce que vous voulez dire, avec vos propres mots. Toutes les cases sont facultatives. Rien ici n’est partagé, sauf si vous le choisissez.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jeter mes modifications</translation>
    </message>
    <message>
        <source>You were writing here and had not saved it. Here it is. Press Save to keep it.</source>
        <translation>Vous aviez commencé à écrire ici sans enregistrer. Votre texte est là. Appuyez sur « Enregistrer » pour le garder.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>You made your vault</source>
        <translation>Vous avez créé votre coffre-fort</translation>
    </message>
    <message>
        <source>Opened with your passphrase</source>
        <translation>Ouvert avec votre phrase secrète</translation>
    </message>
    <message>
        <source>Opened with your recovery key</source>
        <translation>Ouvert avec votre clé de secours</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Nouvelle clé de secours créée</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>Clé de secours enlevée</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restauré à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Objectif ajouté</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Objectif modifié</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Objectif supprimé</translation>
    </message>
    <message>
        <source>Service choice added</source>
        <translation>Choix de service ajouté</translation>
    </message>
    <message>
        <source>Service choice changed</source>
        <translation>Choix de service modifié</translation>
    </message>
    <message>
        <source>Service choice removed</source>
        <translation>Choix de service enlevé</translation>
    </message>
    <message>
        <source>Your own kind of service added</source>
        <translation>Votre propre type de service ajouté</translation>
    </message>
    <message>
        <source>About me changed</source>
        <translation>« À propos de moi » modifié</translation>
    </message>
    <message>
        <source>Person or agency added</source>
        <translation>Personne ou organisme ajouté</translation>
    </message>
    <message>
        <source>Person or agency changed</source>
        <translation>Personne ou organisme modifié</translation>
    </message>
    <message>
        <source>Person or agency deleted</source>
        <translation>Personne ou organisme supprimé</translation>
    </message>
    <message>
        <source>Sharing permission saved</source>
        <translation>Autorisation de partage enregistrée</translation>
    </message>
    <message>
        <source>Sharing permission removed</source>
        <translation>Autorisation de partage enlevée</translation>
    </message>
    <message>
        <source>Share packet made</source>
        <translation>Paquet à partager créé</translation>
    </message>
    <message>
        <source>Consent withdrawn for a packet</source>
        <translation>Consentement retiré pour un paquet</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document ajouté</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>Informations d’un document modifiées</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Document supprimé</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Date ajoutée</translation>
    </message>
    <message>
        <source>Date changed</source>
        <translation>Date modifiée</translation>
    </message>
    <message>
        <source>Date deleted</source>
        <translation>Date supprimée</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>What happened in your vault, newest first. Only you can see this.</source>
        <translation>Ce qui s’est passé dans votre coffre-fort, du plus récent au plus ancien. Personne d’autre que vous ne peut voir ceci.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo. Its passphrase is: demo</source>
        <translation>Ceci est la démonstration. Sa phrase secrète est : demo</translation>
    </message>
</context>
<context>
    <name>AttachedPapers</name>
    <message>
        <source>Papers attached</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Saved copies are not protected by the share code: anyone who can use this computer can open them. Keep them safe, and delete them when they are no longer needed.</source>
        <translation>Les copies enregistrées ne sont pas protégées par le code du paquet : toute personne qui peut utiliser cet ordinateur peut les ouvrir. Gardez-les en lieu sûr, et supprimez-les quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Save this paper…</source>
        <translation>Enregistrer ce document…</translation>
    </message>
    <message>
        <source>Save all papers in a folder…</source>
        <translation>Enregistrer tous les documents dans un dossier…</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Documents joints : %1</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Choose a folder for the papers</source>
        <translation>Choisissez un dossier pour les documents</translation>
    </message>
    <message>
        <source>Saved %1 papers in %2.</source>
        <translation>Documents enregistrés dans %2 : %1.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A backup is one encrypted file, for example on a USB stick. It opens with the passphrase you have on the day you make it. Uninstalling the app does not remove your vault or your backups; "Erase everything" below removes the vault.</source>
        <translation>Une sauvegarde est un seul fichier chiffré, par exemple sur une clé USB. Elle s’ouvre avec la phrase secrète que vous avez le jour où vous la faites. Désinstaller l’application ne supprime ni votre coffre-fort ni vos sauvegardes ; « Tout effacer », plus bas, supprime le coffre-fort.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Faire une sauvegarde…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Vérifier une sauvegarde…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Remind me to make a backup every this many weeks (0: never)</source>
        <translation>Rappel pour faire une sauvegarde : nombre de semaines entre deux rappels (0 : jamais)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Remind me every (weeks)</source>
        <translation>Me le rappeler toutes les (semaines)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>You keep no papers in your vault yet.</source>
        <translation>Vous ne gardez encore aucun document dans votre coffre-fort.</translation>
    </message>
    <message>
        <source>Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room.</source>
        <translation>Vos documents : %1, %2 au total. Une sauvegarde les contient aussi : il lui faut donc au moins cette place.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Où enregistrer la sauvegarde ?</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Sauvegarde faite et vérifiée : %1</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choisissez la sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Sauvegardes (*.svbackup)</translation>
    </message>
</context>
<context>
    <name>CaptureShield</name>
    <message>
        <source>On: screenshots, screen recordings and screen sharing leave this app's windows out (on older Windows 10, they show black). Someone can still take a photo of the screen.</source>
        <translation>Activé : les captures d’écran, les enregistrements d’écran et le partage d’écran ne montrent pas les fenêtres de cette application (sur les anciennes versions de Windows 10, elles apparaissent en noir). Quelqu’un peut quand même prendre l’écran en photo.</translation>
    </message>
    <message>
        <source>On: the app asks macOS to leave its windows out of screenshots and screen sharing. Newer versions of macOS do not always do this, and someone can still take a photo of the screen.</source>
        <translation>Activé : l’application demande à macOS de ne pas montrer ses fenêtres dans les captures d’écran et le partage d’écran. Les versions récentes de macOS ne le font pas toujours, et quelqu’un peut quand même prendre l’écran en photo.</translation>
    </message>
    <message>
        <source>Your system does not let apps hide from screenshots. Anyone who can see or record the screen can see the app.</source>
        <translation>Votre système ne permet pas aux applications de se cacher des captures d’écran. Toute personne qui peut voir ou enregistrer l’écran peut voir l’application.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase of the backup (the one you had when you made it)</source>
        <translation>Phrase secrète de la sauvegarde (celle que vous aviez quand vous l’avez faite)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>This backup is good: it opens with that passphrase and passes every check.</source>
        <translation>Cette sauvegarde est bonne : elle s’ouvre avec cette phrase secrète et passe toutes les vérifications.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Cette phrase secrète n’ouvre pas cette sauvegarde.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup. Please make a new one.</source>
        <translation>Cette sauvegarde est endommagée, ou ce n’est pas une sauvegarde. Faites-en une nouvelle, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Not decided</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Je veux ce service</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>J’utilise ce service</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Pas pour le moment</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>J’ai terminé</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Which provider</source>
        <translation>Quel organisme</translation>
    </message>
    <message>
        <source>Add another provider</source>
        <translation>Ajouter un autre organisme</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Enlever cet organisme</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jeter mes modifications</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Mon choix</translation>
    </message>
    <message>
        <source>Pick a provider from the local list</source>
        <translation>Choisir un organisme dans la liste locale</translation>
    </message>
    <message>
        <source>Pick from the local list (optional)</source>
        <translation>Choisir dans la liste locale (facultatif)</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Organisme que je préfère</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>How is it going for me?</source>
        <translation>Comment ça se passe pour moi ?</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Ce qui va bien</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>Choose a service on the left to say what you want.</source>
        <translation>Choisissez un service à gauche pour dire ce que vous voulez.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Organisme %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Filled in from the local list. Press Save to keep it.</source>
        <translation>Rempli à partir de la liste locale. Appuyez sur « Enregistrer » pour le garder.</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes. Press Save to keep them.</source>
        <translation>Vous aviez modifié ceci sans l’enregistrer. Voici vos modifications. Appuyez sur « Enregistrer » pour les garder.</translation>
    </message>
    <message>
        <source>Your changes to “%1” are kept, not saved yet. Go back to it to save them.</source>
        <translation>Vos modifications de « %1 » sont gardées, mais pas encore enregistrées. Retournez-y pour les enregistrer.</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick what you want, if you like.</source>
        <translation>Rien à enregistrer pour l’instant. Choisissez ce que vous voulez, si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>A new entry was added. Fill in the provider, then Save.</source>
        <translation>Un nouvel organisme a été ajouté. Écrivez son nom, puis appuyez sur « Enregistrer ».</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Enlevé.</translation>
    </message>
</context>
<context>
    <name>ChoiceToggles</name>
    <message>
        <source>Choice %1 of %2. Only one can be chosen.</source>
        <translation>Choix %1 sur %2. Un seul choix possible.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>The share code</source>
        <translation>Le code du paquet</translation>
    </message>
    <message>
        <source>The packet is saved. This code opens it.</source>
        <translation>Le paquet est enregistré. Ce code permet de l’ouvrir.</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Code du paquet</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Give this code to them another way than the file: read it to them on the phone, or write it on paper. In a PDF reader, they type it exactly as shown, in small letters with the dashes. Typed with spaces instead of dashes (%1), it opens the file too. Anyone with both the file and the code can read the packet. The app does not keep the code.</source>
        <translation>N’envoyez pas ce code avec le fichier. Donnez-le d’une autre façon : lisez-le au téléphone ou écrivez-le sur papier. Dans un lecteur PDF, le code se tape exactement comme il est affiché, en minuscules, avec les tirets. Tapé avec des espaces à la place des tirets (%1), il ouvre aussi le fichier. Toute personne qui a à la fois le fichier et le code peut lire le paquet. L’application ne garde pas le code.</translation>
    </message>
    <message>
        <source>This packet has no share code: anyone with the file can read it.</source>
        <translation>Ce paquet n’a pas de code : toute personne qui a le fichier peut le lire.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Copié. Le presse-papiers sera vidé dans 30 secondes.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes in?</source>
        <translation>Que mettre dedans ?</translation>
    </message>
    <message>
        <source>Tick what you want in this packet. Nothing is in it unless you tick it.</source>
        <translation>Cochez ce que vous voulez mettre dans ce paquet. Rien n’y entre si vous ne le cochez pas.</translation>
    </message>
    <message>
        <source>Start from what they may see</source>
        <translation>Partir de ce qui est déjà autorisé</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Inclure mes notes</translation>
    </message>
    <message>
        <source>Include how services are going for me (my feedback)</source>
        <translation>Inclure comment les services se passent pour moi (mon avis)</translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick only what you want %1 to see.</source>
        <translation>Rien n’est coché. Cochez seulement ce que vous voulez que %1 voie.</translation>
    </message>
    <message>
        <source>Ticked: %1. Only what you tick goes to %2.</source>
        <translation>Coché : %1. Seul ce que vous cochez sera dans le paquet pour %2.</translation>
    </message>
    <message>
        <source>Start from what %1 may see</source>
        <translation>Partir de ce que %1 peut voir</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Change this date</source>
        <translation>Modifier cette date</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Ajouter une date</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>De quoi il s’agit</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>For which paper</source>
        <translation>Pour quel document</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere else.</source>
        <translation>Quelques mots et le jour suffisent. Un rappel s’affiche seulement dans l’application, une fois que vous l’avez déverrouillée, et nulle part ailleurs.</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>Please say what the date is for, in a few words.</source>
        <translation>Indiquez en quelques mots à quoi correspond cette date, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>A paper runs out</source>
        <translation>Un document expire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <source>no reminder</source>
        <translation>pas de rappel</translation>
    </message>
    <message>
        <source>reminder on the day</source>
        <translation>rappel le jour même</translation>
    </message>
    <message>
        <source>reminder the day before</source>
        <translation>rappel la veille</translation>
    </message>
    <message numerus="yes">
        <source>reminder %n days before</source>
        <translation>
            <numerusform>rappel %n jour avant</numerusform>
            <numerusform>rappel %n jours avant</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 runs out</source>
        <translation>%1 expire</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Reminder: it is soon</source>
        <translation>Rappel : c’est bientôt</translation>
    </message>
    <message>
        <source>Reminder: this day has passed</source>
        <translation>Rappel : ce jour est passé</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>My dates</source>
        <translation>Mes dates</translation>
    </message>
    <message>
        <source>Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My plan, only after you unlock.</source>
        <translation>Audiences, rendez-vous, renouvellements, et le jour où chaque document expire. Les rappels s’affichent ici et dans « Mon plan », seulement une fois l’application déverrouillée.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Ajouter une date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No dates yet. Add a hearing, an appointment or a renewal when you want to. The day a paper runs out shows here by itself.</source>
        <translation>Pas encore de dates. Ajoutez une audience, un rendez-vous ou un renouvellement quand vous le souhaitez. Le jour où un document expire s’affiche ici tout seul.</translation>
    </message>
    <message>
        <source>Choose a date in the list first.</source>
        <translation>Choisissez d’abord une date dans la liste.</translation>
    </message>
    <message>
        <source>This is the day a paper runs out: change it in the paper's details.</source>
        <translation>C’est le jour où un document expire : modifiez-le dans les informations du document.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Marked as done. Its reminder stops.</source>
        <translation>Marqué comme fait. Son rappel s’arrête.</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>Marqué comme pas encore fait.</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>Supprimer cette date ?</translation>
    </message>
    <message>
        <source>Delete “%1” from your dates?</source>
        <translation>Supprimer « %1 » de vos dates ?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimée.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Pas encore enregistré : « %1 »</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What you can do next</source>
        <translation>Ce que vous pouvez faire maintenant</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>This overwrites and deletes your vault, its key file and its copy, and the backups kept in its folder. It cannot be undone. Backups you saved elsewhere (for example on a USB stick) are not touched.</source>
        <translation>Cette action écrase et supprime votre coffre-fort, son fichier de clés et la copie de ce fichier, ainsi que les sauvegardes gardées dans le dossier du coffre-fort. On ne peut pas revenir en arrière. Les sauvegardes que vous avez enregistrées ailleurs (par exemple sur une clé USB) ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Please know: on some disks (SSDs) and in folders that sync to the cloud, old copies of the encrypted files may remain even after erasing.</source>
        <translation>À savoir : sur certains disques (SSD) et dans les dossiers synchronisés en ligne (cloud), d’anciennes copies des fichiers chiffrés peuvent rester, même après l’effacement.</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm</source>
        <translation>Tapez votre phrase secrète pour confirmer</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>Stop! Do not erase</source>
        <translation>Stop ! Ne rien effacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Tapez votre phrase secrète, s’il vous plaît.</translation>
    </message>
    <message>
        <source>That passphrase is not right, so nothing was erased.</source>
        <translation>Cette phrase secrète n’est pas la bonne, donc rien n’a été effacé.</translation>
    </message>
    <message>
        <source>Erasing in %1… Press "Stop" if you did not mean this.</source>
        <translation>Tout sera effacé dans %1… Appuyez sur « Stop » si ce n’est pas ce que vous vouliez.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was erased.</source>
        <translation>Effacement annulé. Rien n’a été effacé.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault. You will be asked for your passphrase, and you can stop it during a short countdown.</source>
        <translation>Écraser et supprimer ce coffre-fort. Votre phrase secrète vous sera demandée, et vous pourrez arrêter l’effacement pendant un court compte à rebours.</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>Tout effacer…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added. (%1)</source>
        <translation>Ce kit de démarrage n’a pas pu être lu, il n’a donc pas été utilisé. Rien n’a été ajouté. (%1)</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added.</source>
        <translation>Ce kit de démarrage n’a pas pu être lu, il n’a donc pas été utilisé. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Something went wrong with the vault. Nothing more was changed.</source>
        <translation>Un problème est survenu avec le coffre-fort. Rien d’autre n’a été modifié.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. A change of your passphrase was stopped before it finished, so your old passphrase still works.</source>
        <translation>Cette phrase secrète n’a pas ouvert le coffre-fort. Un changement de votre phrase secrète a été interrompu avant la fin, donc votre ancienne phrase secrète fonctionne toujours.</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. A change of your recovery key was stopped before it finished, so your old recovery key still works.</source>
        <translation>Cette clé de secours n’a pas ouvert le coffre-fort. Un changement de votre clé de secours a été interrompu avant la fin, donc votre ancienne clé de secours fonctionne toujours.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…</source>
        <translation>Cela ne ressemble pas à une clé de secours. Elle contient 7 groupes de 4 lettres et chiffres, comme ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. Please check each group and try again.</source>
        <translation>Cette clé de secours n’a pas ouvert le coffre-fort. Vérifiez chaque groupe et réessayez, s’il vous plaît.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?</source>
        <translation>Cette phrase secrète n’a pas ouvert le coffre-fort. Vérifiez-la et réessayez, s’il vous plaît. La touche Verr. Maj (Caps Lock) est-elle activée ?</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. It is the passphrase you had on the day you made it.</source>
        <translation>Cette phrase secrète n’ouvre pas cette sauvegarde. C’est la phrase secrète que vous aviez le jour où vous avez fait la sauvegarde.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a vault backup. Nothing has been changed.</source>
        <translation>Ce fichier de sauvegarde est endommagé, ou ce n’est pas une sauvegarde de coffre-fort. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup, so it was not used. Your vault is as it was.</source>
        <translation>Cette sauvegarde est endommagée, ou ce n’est pas une sauvegarde : elle n’a donc pas été utilisée. Votre coffre-fort est resté comme avant.</translation>
    </message>
    <message>
        <source>The backup file could not be read (was the USB stick taken out?). Nothing has been changed.</source>
        <translation>Le fichier de sauvegarde n’a pas pu être lu (la clé USB a-t-elle été débranchée ?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app. Please update the app to open it. Nothing has been changed.</source>
        <translation>Ce coffre-fort a été créé avec une version plus récente de l’application. Mettez l’application à jour pour l’ouvrir, s’il vous plaît. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you have a backup, you can restore it.</source>
        <translation>Les fichiers du coffre-fort semblent endommagés : il ne peut donc pas être ouvert sans risque. Rien n’a été modifié. Si vous avez une sauvegarde, vous pouvez la restaurer.</translation>
    </message>
    <message>
        <source>Another task was still using the vault, so nothing was changed. Please try again in a moment.</source>
        <translation>Une autre tâche utilisait encore le coffre-fort, donc rien n’a été modifié. Réessayez dans un instant, s’il vous plaît.</translation>
    </message>
    <message>
        <source>To change the vault's keys, please choose a new passphrase first.</source>
        <translation>Pour changer les clés du coffre-fort, choisissez d’abord une nouvelle phrase secrète, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first.</source>
        <translation>Ce coffre-fort est déjà ouvert dans une autre fenêtre. Fermez-le d’abord dans l’autre fenêtre, s’il vous plaît.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Il n’y a pas de coffre-fort dans ce dossier.</translation>
    </message>
    <message>
        <source>There is already a vault here. Nothing has been changed.</source>
        <translation>Il y a déjà un coffre-fort ici. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It cannot be empty.</source>
        <translation>Choisissez une phrase secrète, s’il vous plaît. Elle ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Tapez-les à nouveau, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Ce coffre-fort n’a pas de clé de secours.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk. Nothing was changed.</source>
        <translation>Il n’y a pas assez de place sur le disque. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was lost.</source>
        <translation>Impossible d’écrire dans le dossier du coffre-fort (il est peut-être en lecture seule, ou sur un disque verrouillé). Rien n’a été perdu.</translation>
    </message>
    <message>
        <source>That item is no longer in the vault.</source>
        <translation>Cet élément n’est plus dans le coffre-fort.</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>Le coffre-fort est verrouillé. Déverrouillez-le d’abord, s’il vous plaît.</translation>
    </message>
    <message>
        <source>That could not be saved. Please check what you typed.</source>
        <translation>Impossible d’enregistrer. Vérifiez ce que vous avez tapé, s’il vous plaît.</translation>
    </message>
    <message>
        <source>A goal needs a short title.</source>
        <translation>Un objectif a besoin d’un titre court.</translation>
    </message>
    <message>
        <source>This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added.</source>
        <translation>Ce document fait plus de 50 Mo, il ne peut donc pas être gardé dans le coffre-fort. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>This document changed while it was being read (perhaps it is still being saved or synced). Nothing was added. Please try again when it is finished.</source>
        <translation>Ce document a changé pendant sa lecture (il est peut-être encore en cours d’enregistrement ou de synchronisation). Rien n’a été ajouté. Réessayez quand ce sera terminé, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This document's copy in the vault is damaged and cannot be read. Your other papers are safe.</source>
        <translation>La copie de ce document dans le coffre-fort est endommagée et ne peut pas être lue. Vos autres documents sont en sécurité.</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer's disk to keep this paper safely: while it is added, it needs about twice its size. Nothing was added. Your vault is safe.</source>
        <translation>Il n’y a pas assez de place libre sur le disque de cet ordinateur pour garder ce document en toute sécurité : pendant l’ajout, il faut environ deux fois sa taille. Rien n’a été ajouté. Votre coffre-fort est en sécurité.</translation>
    </message>
    <message>
        <source>This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added.</source>
        <translation>Ce fichier n’a pas pu être lu (c’est peut-être un dossier, ou il a été déplacé, ou il est verrouillé). Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in your vault.</source>
        <translation>La copie n’a pas pu être enregistrée à cet endroit (le dossier est peut-être en lecture seule, ou il n’existe plus). Votre document est toujours en sécurité dans votre coffre-fort.</translation>
    </message>
    <message>
        <source>Adding papers was stopped. The papers added before it are kept; the rest were not added.</source>
        <translation>L’ajout de documents a été arrêté. Les documents ajoutés avant sont gardés ; les autres n’ont pas été ajoutés.</translation>
    </message>
    <message>
        <source>That is not a file that can hold a packet (a folder, a device or a pipe).</source>
        <translation>Ce n’est pas un fichier qui peut contenir un paquet (c’est un dossier, un périphérique ou un tube).</translation>
    </message>
    <message>
        <source>This file is too large to be a share packet.</source>
        <translation>Ce fichier est trop gros pour être un paquet à partager.</translation>
    </message>
    <message>
        <source>That share code does not open this packet. Please check it with the person who sent it.</source>
        <translation>Ce code n’ouvre pas ce paquet. Vérifiez-le avec la personne qui l’a envoyé, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely on it. Ask the person who sent it for a new one.</source>
        <translation>Attention : ce paquet a été modifié depuis sa création, ou certaines de ses parties ont été échangées. Ne vous y fiez pas. Demandez-en un nouveau à la personne qui l’a envoyé.</translation>
    </message>
    <message>
        <source>This file is not a share packet, or it is damaged.</source>
        <translation>Ce fichier n’est pas un paquet à partager, ou il est endommagé.</translation>
    </message>
    <message>
        <source>That file is not there any more. Please choose it again.</source>
        <translation>Ce fichier n’est plus là. Choisissez-le à nouveau, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This packet's consent has ended, so it should not be used any more. Ask the person who sent it if they want to share again.</source>
        <translation>Le consentement pour ce paquet a pris fin : il ne devrait donc plus être utilisé. Demandez à la personne qui l’a envoyé si elle veut partager à nouveau.</translation>
    </message>
    <message>
        <source>The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again.</source>
        <translation>Le paquet n’a pas réussi sa propre vérification, il n’a donc pas été enregistré. Rien n’a été partagé. Réessayez, s’il vous plaît.</translation>
    </message>
    <message>
        <source>“%1” cannot go into the packet, so the packet was not made. You can leave it out.</source>
        <translation>« %1 » ne peut pas aller dans le paquet, donc le paquet n’a pas été créé. Vous pouvez ne pas l’inclure.</translation>
    </message>
    <message>
        <source>“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its hidden details. It was not attached, and the packet was not made. You can leave it out.</source>
        <translation>« %1 » est une image que l’application ne peut pas ouvrir (elle est peut-être endommagée ou trop grande) : l’application ne peut donc pas en enlever les informations cachées. Cette image n’a pas été jointe, et le paquet n’a pas été créé. Vous pouvez ne pas l’inclure.</translation>
    </message>
    <message>
        <source>“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden details. So that no page goes missing, the packet was not made. You can leave it out.</source>
        <translation>« %1 » contient plusieurs pages dans un seul fichier image, et seule la première a pu être nettoyée de ses informations cachées. Pour qu’aucune page ne manque, le paquet n’a pas été créé. Vous pouvez ne pas l’inclure.</translation>
    </message>
    <message>
        <source>“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.</source>
        <translation>« %1 » est une photo dans un format (HEIC, AVIF ou JPEG XL) dont l’application ne peut pas enlever les informations cachées, donc le paquet n’a pas été créé. Vous pouvez ne pas l’inclure, ou enregistrer la photo en JPEG et ajouter cette copie.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are safe. You can leave it out.</source>
        <translation>« %1 » est endommagé dans le coffre-fort et ne peut pas être lu, donc le paquet n’a pas été créé. Vos autres documents sont en sécurité. Vous pouvez ne pas l’inclure.</translation>
    </message>
    <message>
        <source>A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do not rely on this packet.</source>
        <translation>Un document de ce paquet a un nom de fichier qui pourrait sortir du dossier, donc rien n’a été enregistré. Ne vous fiez pas à ce paquet.</translation>
    </message>
    <message>
        <source>A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please choose an empty folder.</source>
        <translation>Un fichier portant le nom de l’un des documents se trouve déjà dans ce dossier. Rien n’a été écrasé. Choisissez un dossier vide, s’il vous plaît.</translation>
    </message>
    <message>
        <source>The papers can only be saved in a folder, and that is not one.</source>
        <translation>Les documents ne peuvent être enregistrés que dans un dossier, et ceci n’en est pas un.</translation>
    </message>
    <message>
        <source>The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share them in two packets.</source>
        <translation>Les documents que vous avez choisis sont trop gros pour un seul paquet : %1 Mo au maximum en tout. Enlevez-en quelques-uns, ou partagez-les en deux paquets.</translation>
    </message>
    <message>
        <source>This setup kit is too large, so it was not used. Nothing was added.</source>
        <translation>Ce kit de démarrage est trop gros, il n’a donc pas été utilisé. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Reading the setup kit was stopped. Nothing was added.</source>
        <translation>La lecture du kit de démarrage a été arrêtée. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The files could not be read or written. Please check the disk and try again.</source>
        <translation>Les fichiers n’ont pas pu être lus ou écrits. Vérifiez le disque et réessayez, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Notes for the helper</source>
        <translation>Notes pour la personne qui aide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Making your vault</source>
        <translation>Création de votre coffre-fort</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This app keeps your own plan: your goals, the services you want or do not want, and what you would like providers to know. It keeps everything on this computer and sends nothing anywhere.</source>
        <translation>Cette application garde votre propre plan : vos objectifs, les services que vous voulez ou ne voulez pas, et ce que vous aimeriez que les personnes qui vous accompagnent sachent. Elle garde tout sur cet ordinateur et n’envoie rien nulle part.</translation>
    </message>
    <message>
        <source>Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, with whom, and until when.</source>
        <translation>Personne ne peut voir votre plan sans votre phrase secrète : ni un organisme, ni nous. C’est vous qui décidez si quelque chose est partagé, avec qui, et jusqu’à quand.</translation>
    </message>
    <message>
        <source>Please know: if someone watches this computer with hidden software, they may see what you type. If you are not sure this computer is safe, you can set this up later on a safer device.</source>
        <translation>À savoir : si quelqu’un surveille cet ordinateur avec un logiciel caché, cette personne pourrait voir ce que vous tapez. Si vous avez un doute sur cet ordinateur, vous pouvez créer votre coffre-fort plus tard, sur un appareil plus sûr.</translation>
    </message>
    <message>
        <source>I have a backup from before: restore it…</source>
        <translation>J’ai une sauvegarde d’avant : la restaurer…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Ouvrir un paquet que quelqu’un m’a donné…</translation>
    </message>
    <message>
        <source>Is someone helping you set up?</source>
        <translation>Est-ce que quelqu’un vous aide à tout préparer ?</translation>
    </message>
    <message>
        <source>I am setting this up on my own</source>
        <translation>Je prépare tout moi-même</translation>
    </message>
    <message>
        <source>Someone is helping me (for example an advocate)</source>
        <translation>Quelqu’un m’aide (par exemple, une personne d’un organisme d’aide)</translation>
    </message>
    <message>
        <source>A helper gets short notes on each step. They never need to see your passphrase or what you write.</source>
        <translation>La personne qui aide voit de courtes notes à chaque étape. Elle n’a jamais besoin de voir votre phrase secrète ni ce que vous écrivez.</translation>
    </message>
    <message>
        <source>How should the app look?</source>
        <translation>Comment voulez-vous que l’application s’affiche ?</translation>
    </message>
    <message>
        <source>In discreet mode the window is called "Notes" and has a plain icon, so a glance at the screen or the taskbar does not say what it is. You can change this later in Settings.</source>
        <translation>En mode discret, la fenêtre s’appelle « Notes » et a une icône simple : un coup d’œil à l’écran ou à la barre des tâches ne montre pas ce que c’est. Vous pourrez changer cela plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Use discreet mode</source>
        <translation>Utiliser le mode discret</translation>
    </message>
    <message>
        <source>Preview of the window's name and icon:</source>
        <translation>Aperçu du nom et de l’icône de la fenêtre :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>Choisissez votre phrase secrète</translation>
    </message>
    <message>
        <source>A passphrase is a few words you can remember and others cannot guess, like four words that make a picture in your mind.</source>
        <translation>Une phrase secrète, c’est quelques mots dont vous pouvez vous souvenir et que les autres ne peuvent pas deviner, comme quatre mots qui forment une image dans votre tête.</translation>
    </message>
    <message>
        <source>If you forget it, nobody can open the vault, not even us. The next step makes a recovery key, just for that.</source>
        <translation>Si vous l’oubliez, personne ne peut ouvrir le coffre-fort, pas même nous. L’étape suivante crée une clé de secours, justement pour ça.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, encore une fois</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault.</source>
        <translation>Si un jour vous oubliez votre phrase secrète, cette clé ouvre votre coffre-fort.</translation>
    </message>
    <message>
        <source>Skip this (not recommended)…</source>
        <translation>Passer cette étape (déconseillé)…</translation>
    </message>
    <message>
        <source>Anything from an agency? (optional)</source>
        <translation>Quelque chose de la part d’un organisme ? (facultatif)</translation>
    </message>
    <message>
        <source>An agency may have given you a setup kit: their contact details and a list of local services. Loading it shares nothing with them, and chooses nothing for you. You can skip this.</source>
        <translation>Un organisme vous a peut-être donné un kit de démarrage : ses coordonnées et une liste de services locaux. Le charger ne partage rien avec cet organisme et ne choisit rien à votre place. Vous pouvez passer cette étape.</translation>
    </message>
    <message>
        <source>Load a setup kit…</source>
        <translation>Charger un kit de démarrage…</translation>
    </message>
    <message>
        <source>Load a list of local services…</source>
        <translation>Charger une liste de services locaux…</translation>
    </message>
    <message>
        <source>Reading the setup kit</source>
        <translation>Lecture du kit de démarrage</translation>
    </message>
    <message>
        <source>Do not use this kit</source>
        <translation>Ne pas utiliser ce kit</translation>
    </message>
    <message>
        <source>You are in charge</source>
        <translation>C’est vous qui décidez</translation>
    </message>
    <message>
        <source>Your vault is ready. Nothing is shared unless you choose.</source>
        <translation>Votre coffre-fort est prêt. Rien n’est partagé, sauf si vous le choisissez.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the red button at the top, to hide and close the app at once.</source>
        <translation>Sortie rapide : appuyez trois fois sur la touche Maj ⇧ (Shift), ou sur le bouton rouge en haut, pour cacher et fermer l’application tout de suite.</translation>
    </message>
    <message>
        <source>For the helper: let the person read at their own pace. Nothing here asks about what happened to them.</source>
        <translation>Pour la personne qui aide : laissez la personne lire à son rythme. Rien ici ne pose de questions sur ce qu’elle a vécu.</translation>
    </message>
    <message>
        <source>For the helper: you can stay for the setup, and you never need the passphrase.</source>
        <translation>Pour la personne qui aide : vous pouvez rester pendant la préparation, et vous n’avez jamais besoin de la phrase secrète.</translation>
    </message>
    <message>
        <source>For the helper: ask whether others use or look at this computer.</source>
        <translation>Pour la personne qui aide : demandez si d’autres personnes utilisent cet ordinateur ou regardent ce qu’il contient.</translation>
    </message>
    <message>
        <source>For the helper: please look away now, or hand the keyboard over. Do not watch the passphrase being typed, and do not write it down.</source>
        <translation>Pour la personne qui aide : regardez ailleurs maintenant, s’il vous plaît, ou passez le clavier. Ne regardez pas la phrase secrète pendant qu’elle est tapée, et ne la notez pas.</translation>
    </message>
    <message>
        <source>For the helper: please look away while the key is shown. Help them choose a safe place for it, without seeing it.</source>
        <translation>Pour la personne qui aide : regardez ailleurs pendant que la clé est affichée, s’il vous plaît. Aidez à choisir un endroit sûr pour la garder, sans la voir.</translation>
    </message>
    <message>
        <source>For the helper: if you brought a setup kit, this is where it goes. It adds your contact details with no sharing permission.</source>
        <translation>Pour la personne qui aide : si vous avez apporté un kit de démarrage, c’est ici qu’il se charge. Il ajoute vos coordonnées, sans aucune autorisation de partage.</translation>
    </message>
    <message>
        <source>For the helper: thank you. From here on, the person is in charge.</source>
        <translation>Pour la personne qui aide : merci. À partir d’ici, c’est la personne qui décide.</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Créer mon coffre-fort</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Ouvrir mon coffre-fort</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. You can make it longer, or press "Next" again to keep it. It is your choice.</source>
        <translation>Cette phrase secrète est facile à deviner. Vous pouvez l’allonger, ou appuyer à nouveau sur « Suivant » pour la garder. C’est votre choix.</translation>
    </message>
    <message>
        <source>Skip the recovery key?</source>
        <translation>Passer la clé de secours ?</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase means the vault cannot be opened by anyone, ever. You can make a key later in Settings.</source>
        <translation>Sans clé de secours, si la phrase secrète est oubliée, personne ne pourra jamais ouvrir le coffre-fort. Vous pourrez créer une clé plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Garder la clé</translation>
    </message>
    <message>
        <source>Choose the folder with the directory files</source>
        <translation>Choisissez le dossier qui contient les fichiers de l’annuaire</translation>
    </message>
    <message>
        <source>Choose the setup kit</source>
        <translation>Choisissez le kit de démarrage</translation>
    </message>
    <message>
        <source>Setup kits (*.json *.zip)</source>
        <translation>Kits de démarrage (*.json *.zip)</translation>
    </message>
    <message>
        <source>Reading the setup kit…</source>
        <translation>Lecture du kit de démarrage…</translation>
    </message>
    <message>
        <source>no agency card</source>
        <translation>pas de fiche de l’organisme</translation>
    </message>
    <message>
        <source>Ready to add: %1. Local services in its list: %2. Nothing will be chosen for you.</source>
        <translation>À ajouter : %1. Services locaux dans sa liste : %2. Rien ne sera choisi à votre place.</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Création de votre coffre-fort. Cela prend un moment.</translation>
    </message>
    <message>
        <source>Your recovery key works. Keep it safe.</source>
        <translation>Votre clé de secours fonctionne. Gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>You have no recovery key yet. You can make one in Settings.</source>
        <translation>Vous n’avez pas encore de clé de secours. Vous pouvez en créer une dans les Paramètres.</translation>
    </message>
    <message>
        <source>Local services added from the setup kit: %1.</source>
        <translation>Services locaux ajoutés à partir du kit de démarrage : %1.</translation>
    </message>
</context>
<context>
    <name>ForgotPassphraseDialog</name>
    <message>
        <source>I forgot my passphrase</source>
        <translation>J’ai oublié ma phrase secrète</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>Ouvrir et enregistrer</translation>
    </message>
    <message>
        <source>Type your recovery key, then choose a new passphrase. Your recovery key keeps working afterwards.</source>
        <translation>Tapez votre clé de secours, puis choisissez une nouvelle phrase secrète. Votre clé de secours continuera de fonctionner ensuite.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Seven groups of four letters and numbers</source>
        <translation>Sept groupes de quatre lettres et chiffres</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>La nouvelle phrase secrète, encore une fois</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Tapez votre clé de secours, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Opening with your recovery key…</source>
        <translation>Ouverture avec votre clé de secours…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Throw away my changes</source>
        <translation>Jeter mes modifications</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Voici ce que vous n’aviez pas encore enregistré.</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
        <translation>Aucun domaine</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Questions juridiques</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Leadership et aide aux autres</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Change goal</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jeter mes modifications</translation>
    </message>
    <message>
        <source>Only the goal itself is needed. Nothing here leaves your vault unless you make a packet.</source>
        <translation>Seul l’objectif lui-même est nécessaire. Rien ici ne sort de votre coffre-fort, sauf si vous créez un paquet.</translation>
    </message>
    <message>
        <source>You were writing this goal and had not saved it. Here it is.</source>
        <translation>Vous étiez en train d’écrire cet objectif et vous ne l’aviez pas enregistré. Le voici.</translation>
    </message>
    <message>
        <source>You were changing this goal and had not saved it. Here are your changes.</source>
        <translation>Vous étiez en train de modifier cet objectif et vous ne l’aviez pas enregistré. Voici vos modifications.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mon objectif</translation>
    </message>
    <message>
        <source>For example: find a flat near my sister</source>
        <translation>Par exemple : trouver un appartement près de chez ma sœur</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Pourquoi c’est important pour moi</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Domaine de ma vie</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Où j’en suis</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>J’espère l’atteindre d’ici le</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>I have a date in mind</source>
        <translation>J’ai une date en tête</translation>
    </message>
    <message>
        <source>Please give your goal a short title. Everything else is optional.</source>
        <translation>Donnez un titre court à votre objectif, s’il vous plaît. Tout le reste est facultatif.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Working on it</source>
        <translation>J’y travaille</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>J’ai arrêté</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>No steps yet</source>
        <translation>Pas encore d’étapes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>Étapes : %1 sur %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Où j’en suis</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Pour quand</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>Mes objectifs</translation>
    </message>
    <message>
        <source>What you want to reach, one step at a time. You decide what, how and when.</source>
        <translation>Ce que vous voulez atteindre, une étape à la fois. C’est vous qui décidez quoi, comment et quand.</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>Afficher les objectifs</translation>
    </message>
    <message>
        <source>All my goals</source>
        <translation>Tous mes objectifs</translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation>Objectifs mis de côté</translation>
    </message>
    <message>
        <source>Search my goals</source>
        <translation>Chercher dans mes objectifs</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Réafficher</translation>
    </message>
    <message>
        <source>No goals match your search.</source>
        <translation>Aucun objectif ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Vider la recherche</translation>
    </message>
    <message>
        <source>You have not put any goals away.</source>
        <translation>Vous n’avez mis aucun objectif de côté.</translation>
    </message>
    <message>
        <source>Show all my goals</source>
        <translation>Afficher tous mes objectifs</translation>
    </message>
    <message>
        <source>No goals like this right now.</source>
        <translation>Aucun objectif de ce genre pour le moment.</translation>
    </message>
    <message>
        <source>No goals here yet. Add one when you are ready.</source>
        <translation>Pas encore d’objectifs ici. Ajoutez-en un quand vous le voulez.</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>Choisissez d’abord un objectif dans la liste.</translation>
    </message>
    <message>
        <source>A new goal, not saved yet: “%1”</source>
        <translation>Un nouvel objectif, pas encore enregistré : « %1 »</translation>
    </message>
    <message>
        <source>A new goal, not saved yet</source>
        <translation>Un nouvel objectif, pas encore enregistré</translation>
    </message>
    <message>
        <source>Changes not saved yet: “%1”</source>
        <translation>Modifications pas encore enregistrées : « %1 »</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>un objectif</translation>
    </message>
    <message>
        <source>Archived. You can find it under "Show: Archived goals".</source>
        <translation>Mis de côté. Vous le retrouverez dans « Afficher : Objectifs mis de côté ».</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Réaffiché.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>Supprimer cet objectif ?</translation>
    </message>
    <message>
        <source>Delete this goal and its steps? This cannot be undone. If you only want it out of sight, choose "Archive" instead.</source>
        <translation>Supprimer cet objectif et ses étapes ? On ne peut pas revenir en arrière. Si vous voulez seulement ne plus le voir, choisissez plutôt « Mettre de côté ».</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Éléments : %1</translation>
    </message>
    <message>
        <source>Protected with a share code</source>
        <translation>Protégé par un code</translation>
    </message>
    <message>
        <source>Not protected (plain PDF)</source>
        <translation>Non protégé (PDF simple)</translation>
    </message>
    <message>
        <source>They may still use it</source>
        <translation>Encore utilisable</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>What goes in</source>
        <translation>Ce qui va dans le paquet</translation>
    </message>
    <message>
        <source>%1 (nothing here yet)</source>
        <translation>%1 (rien pour l’instant)</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Tapez votre phrase secrète actuelle, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Backups made before now still open with your old passphrase or recovery key. Make a new backup now, and then destroy the old ones.</source>
        <translation>Les sauvegardes faites avant ce changement s’ouvrent toujours avec votre ancienne phrase secrète ou votre ancienne clé de secours. Faites une nouvelle sauvegarde maintenant, puis détruisez les anciennes.</translation>
    </message>
    <message>
        <source>Your recovery key was of an older kind and could not move to the new key, so it no longer works. Please make a new one in Settings.</source>
        <translation>Votre clé de secours était d’un ancien type et n’a pas pu passer à la nouvelle clé : elle ne fonctionne donc plus. Créez-en une nouvelle dans les Paramètres, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Your current passphrase was not right, so nothing was changed.</source>
        <translation>Votre phrase secrète actuelle n’était pas la bonne, donc rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>DEMO — sample data only. It is deleted when you close the app.</source>
        <translation>DÉMO — données d’exemple uniquement. Elles sont supprimées quand vous fermez l’application.</translation>
    </message>
    <message>
        <source>DEMO — sample data only</source>
        <translation>DÉMO — données d’exemple uniquement</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Quick exit: hide and close the app now</source>
        <translation>Sortie rapide : cacher et fermer l’application maintenant</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Or press Shift three times.</source>
        <translation>Pour cacher et fermer l’application tout de suite. Vous pouvez aussi appuyer trois fois sur la touche Maj ⇧ (Shift).</translation>
    </message>
    <message>
        <source>The encryption library is missing or not working, so this app cannot keep your information safe and will not open. Please reinstall the app.</source>
        <translation>La bibliothèque de chiffrement manque ou ne fonctionne pas : cette application ne peut donc pas protéger vos informations et ne s’ouvrira pas. Réinstallez l’application, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Erasing everything. This takes a moment.</source>
        <translation>Tout est en train d’être effacé. Cela prend un moment.</translation>
    </message>
    <message>
        <source>The erasing is finished the next time the app starts.</source>
        <translation>L’effacement se terminera au prochain démarrage de l’application.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>Une nouvelle clé de secours</translation>
    </message>
    <message>
        <source>When you use this new key, your old recovery key stops working.</source>
        <translation>Quand vous utiliserez cette nouvelle clé, votre ancienne clé de secours cessera de fonctionner.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase.</source>
        <translation>Cette clé ouvre votre coffre-fort si vous oubliez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Utiliser cette clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Putting the new key in place</source>
        <translation>Mise en place de la nouvelle clé</translation>
    </message>
    <message>
        <source>Putting your new key in place. This takes a moment; please wait.</source>
        <translation>Mise en place de votre nouvelle clé. Cela prend un moment ; patientez, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost.</source>
        <translation>Le fichier de clés de votre coffre-fort était endommagé ou manquant. Sa copie a été utilisée, et le fichier de clés a été remis en place. Rien n’a été perdu.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need.</source>
        <translation>Le disque de cet ordinateur est plein : rien de nouveau ne peut être enregistré dans votre coffre-fort pour le moment. Votre coffre-fort est en sécurité. Pour faire de la place, videz la corbeille ou supprimez de gros fichiers dont vous n’avez pas besoin.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings.</source>
        <translation>Un changement de votre phrase secrète ou de votre clé de secours a été interrompu avant la fin (par exemple par la sortie rapide), donc rien n’a été modifié : votre ancienne phrase secrète et votre ancienne clé de secours fonctionnent toujours. Si vous voulez toujours faire ce changement, refaites-le dans les Paramètres, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>OpenPacketDialog</name>
    <message>
        <source>Open a share packet</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <source>For people who received a packet: choose the file and type the share code you were given. The packet is checked for changes.</source>
        <translation>Pour les personnes qui ont reçu un paquet : choisissez le fichier et tapez le code du paquet qu’on vous a donné. Le paquet est vérifié, pour voir s’il a été modifié.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Code du paquet</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple : %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>Ouvrir et vérifier</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>L’ouvrir quand même</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>Le paquet</translation>
    </message>
    <message>
        <source>Save its data as JSON…</source>
        <translation>Enregistrer ses données en JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the packet</source>
        <translation>Choisissez le paquet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose the packet file first.</source>
        <translation>Choisissez d’abord le fichier du paquet, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was made. Signed by the key %1.</source>
        <translation>Vérifié : inchangé depuis sa création. Signé par la clé %1.</translation>
    </message>
    <message>
        <source>Warning: this packet was made by an older version of Survivor Vault. Its signature covers the data shown here, but not how its pages look. Rely on this text, not on the pages, or ask for a new packet.</source>
        <translation>Attention : ce paquet a été créé avec une ancienne version de Survivor Vault. Sa signature couvre les données affichées ici, mais pas l’apparence de ses pages. Fiez-vous à ce texte, pas aux pages, ou demandez un nouveau paquet.</translation>
    </message>
    <message>
        <source>Warning: this packet is not signed, so nothing proves it is unchanged. Do not rely on it without asking the person who sent it.</source>
        <translation>Attention : ce paquet n’est pas signé, donc rien ne garantit qu’il n’a pas été modifié. Ne vous y fiez pas sans demander à la personne qui l’a envoyé.</translation>
    </message>
    <message>
        <source>Its consent has ended. Use it only if the person who sent it agrees.</source>
        <translation>Le consentement pour ce paquet a pris fin. Utilisez-le seulement si la personne qui l’a envoyé est d’accord.</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Working on it</source>
        <translation>J’y travaille</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>J’ai arrêté</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Je veux ce service</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>J’utilise ce service</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Pas pour le moment</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Questions juridiques</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Leadership et aide aux autres</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>The name I like to be called</source>
        <translation>Comment j’aime qu’on m’appelle</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Mes pronoms</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Les langues que je parle</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Moyens sûrs de me contacter</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Moments sûrs pour me contacter</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Ce qui m’aide à participer (besoins d’accessibilité)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mes forces</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Ce que je veux que les personnes qui m’accompagnent sachent</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>Pièce d’identité ou passeport</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Tribunal ou justice</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Argent et aides</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>École ou formation</translation>
    </message>
    <message>
        <source>Information I chose to share with you</source>
        <translation>Les informations que j’ai choisi de partager avec vous</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>But du partage</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>Le consentement prend fin le</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Avec mes propres mots</translation>
    </message>
    <message>
        <source>If this reached you by mistake, please delete it and do not share it.</source>
        <translation>Si ces informations vous sont parvenues par erreur, merci de les supprimer et de ne pas les partager.</translation>
    </message>
    <message>
        <source>This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe.</source>
        <translation>Cette copie n’est protégée par aucun code : toute personne qui a le fichier peut la lire. Merci de la conserver en lieu sûr.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mes objectifs</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes services</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Pourquoi c’est important pour moi</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Où j’en suis</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Domaine de ma vie</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>J’espère l’atteindre d’ici le</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Mon choix</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Organisme que je préfère</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Ce qui va bien</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>Une note de ma part</translation>
    </message>
    <message>
        <source>Signed. Key fingerprint</source>
        <translation>Signé. Empreinte de la clé</translation>
    </message>
    <message>
        <source>The same fingerprint on two packets means they come from the same person. Survivor Vault's "open-packet" checks that nothing was changed.</source>
        <translation>La même empreinte sur deux paquets signifie qu’ils viennent de la même personne. La commande « open-packet » de Survivor Vault vérifie que rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Numéro du paquet</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>I choose to share the information in this packet with %1, for this purpose: %2. My consent ends on %3. I can withdraw it at any time.</source>
        <translation>Je choisis de partager les informations de ce paquet avec %1, dans ce but : %2. Mon consentement prend fin le %3. Je peux le retirer à tout moment.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>I withdraw my consent for the packet %1, which I made on %2 for %3. Please delete it and any copies, and do not use the information in it from now on.</source>
        <translation>Je retire mon consentement pour le paquet %1, que j’ai créé le %2 pour %3. Je vous demande de le supprimer, ainsi que toutes ses copies, et de ne plus utiliser les informations qu’il contient à partir de maintenant.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Documents joints : %1</translation>
    </message>
    <message>
        <source>They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's "open-packet --extract" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera).</source>
        <translation>Ils se trouvent dans ce fichier PDF, en pièces jointes : un lecteur PDF les affiche dans son panneau des pièces jointes (souvent un bouton en forme de trombone). La commande « open-packet --extract » de Survivor Vault les vérifie et les enregistre. Les photos ont été envoyées sans leurs informations cachées (lieu et date de la prise de vue, appareil photo).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>PacketWizard</name>
    <message>
        <source>Make a share packet</source>
        <translation>Créer un paquet à partager</translation>
    </message>
    <message>
        <source>You were making this packet and had not finished. What you chose and wrote is back.</source>
        <translation>Vous étiez en train de créer ce paquet et vous ne l’aviez pas terminé. Ce que vous aviez choisi et écrit est de nouveau là.</translation>
    </message>
    <message>
        <source>The person it was for is no longer in your list: choose who it is for.</source>
        <translation>La personne ou l’organisme pour qui était ce paquet n’est plus dans votre liste : choisissez pour qui il est.</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>About the paper you chose</source>
        <translation>À propos du document choisi</translation>
    </message>
    <message>
        <source>Choose a paper in the list to see its details.</source>
        <translation>Choisissez un document dans la liste pour voir ses informations.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · ajouté le %3</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Délivré le %1</translation>
    </message>
    <message>
        <source>Ran out: %1</source>
        <translation>Expiré depuis le %1</translation>
    </message>
    <message>
        <source>Runs out: %1 (%2)</source>
        <translation>Expire le %1 (%2)</translation>
    </message>
    <message>
        <source>A reminder is set.</source>
        <translation>Un rappel est prévu.</translation>
    </message>
    <message>
        <source>A reminder is set for the day itself.</source>
        <translation>Un rappel est prévu le jour même.</translation>
    </message>
</context>
<context>
    <name>PaperCopy</name>
    <message>
        <source>Save a copy?</source>
        <translation>Enregistrer une copie ?</translation>
    </message>
    <message>
        <source>The copy you save is not protected: anyone who uses this computer, or the place you save it to, may open it. Your paper stays in your vault too.</source>
        <translation>La copie que vous enregistrez n’est pas protégée : toute personne qui utilise cet ordinateur, ou l’endroit où vous l’enregistrez, peut l’ouvrir. Votre document reste aussi dans votre coffre-fort.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not protected: delete it when you no longer need it.</source>
        <translation>Une copie a été enregistrée sous %1. Elle n’est pas protégée : supprimez-la quand vous n’en avez plus besoin.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Details of this paper</source>
        <translation>Informations sur ce document</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>Je connais la date</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Date de délivrance</translation>
    </message>
    <message>
        <source>It runs out</source>
        <translation>Il a une date d’expiration</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Only a name is needed. The file itself stays as it was added.</source>
        <translation>Seul un nom est nécessaire. Le fichier lui-même reste tel qu’il a été ajouté.</translation>
    </message>
    <message>
        <source>Please give the paper a short name, in your own words.</source>
        <translation>Donnez un nom court au document, avec vos propres mots, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>PaperKind</name>
    <message>
        <source>ID or passport</source>
        <translation>Pièce d’identité ou passeport</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Tribunal ou justice</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Argent et aides</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>École ou formation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Opening your paper…</source>
        <translation>Ouverture de votre document…</translation>
    </message>
    <message>
        <source>There is no preview for this one. It is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Il n’y a pas d’aperçu pour ce document. Il est gardé en sécurité dans votre coffre-fort, tel quel, et vous pouvez en enregistrer une copie.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>This page cannot be shown. The paper is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Cette page ne peut pas être affichée. Le document est gardé en sécurité dans votre coffre-fort, tel quel, et vous pouvez en enregistrer une copie.</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <source>Ran out %1</source>
        <translation>Expiré depuis le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>My papers</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper for a packet.</source>
        <translation>Des copies de vos documents, enfermées dans votre coffre-fort. Rien ici n’est partagé, sauf si vous choisissez un document pour un paquet.</translation>
    </message>
    <message>
        <source>Search my papers</source>
        <translation>Chercher dans mes documents</translation>
    </message>
    <message>
        <source>Adding papers</source>
        <translation>Ajout de documents</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Add papers…</source>
        <translation>Ajouter des documents…</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Arrêter l’ajout</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No paper matches your search.</source>
        <translation>Aucun document ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Vider la recherche</translation>
    </message>
    <message>
        <source>No papers yet. When you want to, add a copy of a paper: an ID, a letter, a court paper. It is kept locked inside your vault.</source>
        <translation>Pas encore de documents. Quand vous le souhaitez, ajoutez la copie d’un document : une pièce d’identité, une lettre, un papier du tribunal. Elle est gardée enfermée dans votre coffre-fort.</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>Choisissez d’abord un document dans la liste.</translation>
    </message>
    <message>
        <source>Please wait until the papers are added.</source>
        <translation>Attendez que les documents soient ajoutés, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Add papers</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Adding your papers to the vault…</source>
        <translation>Ajout de vos documents au coffre-fort…</translation>
    </message>
    <message>
        <source>Adding your paper to the vault…</source>
        <translation>Ajout de votre document au coffre-fort…</translation>
    </message>
    <message>
        <source>Added to your vault: %1.</source>
        <translation>Ajouté à votre coffre-fort : %1.</translation>
    </message>
    <message>
        <source>Not added: %1. %2</source>
        <translation>Non ajouté : %1. %2</translation>
    </message>
    <message>
        <source>Delete the original files?</source>
        <translation>Supprimer les fichiers d’origine ?</translation>
    </message>
    <message>
        <source>Your papers are now in your vault. The app can also delete the original files from this computer.

On SSD drives and in cloud folders (OneDrive, iCloud, Dropbox), a deleted file may still be found for a while. Copies in e-mail or on a phone stay.</source>
        <translation>Vos documents sont maintenant dans votre coffre-fort. L’application peut aussi supprimer les fichiers d’origine de cet ordinateur.

Sur les disques SSD et dans les dossiers en ligne (OneDrive, iCloud, Dropbox), un fichier supprimé peut encore être retrouvé pendant un certain temps. Les copies envoyées par e-mail ou gardées sur un téléphone restent.</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>Supprimer les originaux</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>The original files were deleted from this computer.</source>
        <translation>Les fichiers d’origine ont été supprimés de cet ordinateur.</translation>
    </message>
    <message>
        <source>The original file was deleted from this computer.</source>
        <translation>Le fichier d’origine a été supprimé de cet ordinateur.</translation>
    </message>
    <message>
        <source>Not deleted: %1. It changed since it was added, or it could not be removed. Your vault keeps the copy it added.</source>
        <translation>Non supprimé : %1. Il a changé depuis son ajout, ou il n’a pas pu être enlevé. Votre coffre-fort garde la copie qu’il a ajoutée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Delete this paper?</source>
        <translation>Supprimer ce document ?</translation>
    </message>
    <message>
        <source>Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be brought back. Packets you already made keep what they hold.</source>
        <translation>Supprimer « %1 » de votre coffre-fort ? Sa copie dans le coffre-fort est écrasée et ne pourra pas être retrouvée. Les paquets que vous avez déjà créés gardent ce qu’ils contiennent.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Pas encore enregistré : « %1 »</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou cacher ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cacher</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Changer ma phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>La nouvelle phrase secrète, encore une fois</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Changement de votre phrase secrète</translation>
    </message>
    <message>
        <source>Changing your passphrase also locks your whole vault with a new key. If you think someone may know your passphrase, this explains what to do:</source>
        <translation>Changer votre phrase secrète verrouille aussi tout votre coffre-fort avec une nouvelle clé. Si vous pensez que quelqu’un connaît peut-être votre phrase secrète, voici ce qu’il faut faire :</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>Quelqu’un connaît peut-être ma phrase secrète…</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment.</source>
        <translation>Changement de votre phrase secrète. Cela prend un moment.</translation>
    </message>
    <message>
        <source>Done. Your new passphrase opens the vault from now on; the old one does not.</source>
        <translation>C’est fait. À partir de maintenant, votre nouvelle phrase secrète ouvre le coffre-fort ; l’ancienne, non.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People &amp; agencies</source>
        <translation>Personnes et organismes</translation>
    </message>
    <message>
        <source>People and agencies you may want to share with one day. Adding someone here shares nothing with them.</source>
        <translation>Les personnes et les organismes avec qui vous voudrez peut-être partager un jour. Ajouter quelqu’un ici ne partage rien.</translation>
    </message>
    <message>
        <source>Search people and agencies</source>
        <translation>Chercher des personnes et des organismes</translation>
    </message>
    <message>
        <source>People and agencies</source>
        <translation>Personnes et organismes</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Ajouter une personne ou un organisme</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Nobody matches your search.</source>
        <translation>Personne ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Vider la recherche</translation>
    </message>
    <message>
        <source>Nobody here yet. Add a person or an agency when you want to.</source>
        <translation>Personne ici pour l’instant. Ajoutez une personne ou un organisme quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Choisissez d’abord quelqu’un dans la liste.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Pas encore enregistré : « %1 »</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Supprimer ?</translation>
    </message>
    <message>
        <source>Delete this person or agency from your list? Any sharing permission for them ends too. Your sharing history keeps its record.</source>
        <translation>Supprimer cette personne ou cet organisme de votre liste ? Toute autorisation de partage qui le concerne prend fin aussi. Votre historique des partages en garde la trace.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>What they may see</source>
        <translation>Ce que vous laissez voir</translation>
    </message>
    <message>
        <source>What %1 may see</source>
        <translation>Ce que %1 peut voir</translation>
    </message>
    <message>
        <source>Tick what %1 may see. This sends nothing. When you make a packet for them, these boxes are ticked for you.</source>
        <translation>Cochez ce que %1 peut voir. Cela n’envoie rien. Quand vous créerez un paquet pour cette personne ou cet organisme, ces cases seront déjà cochées.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Inclure mes notes</translation>
    </message>
    <message>
        <source>Include my feedback on services</source>
        <translation>Inclure mon avis sur les services</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jeter mes modifications</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes.</source>
        <translation>Vous aviez modifié ceci sans l’enregistrer. Voici vos modifications.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>But du partage, avec mes mots</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About the person you chose</source>
        <translation>À propos de la personne choisie</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what you share with them.</source>
        <translation>Choisissez quelqu’un dans la liste pour voir ce que vous partagez.</translation>
    </message>
    <message>
        <source>What they may see: nothing yet.</source>
        <translation>Peut voir : rien pour l’instant.</translation>
    </message>
    <message>
        <source>What they may see: %1, until %2.</source>
        <translation>Peut voir : %1, jusqu’au %2.</translation>
    </message>
    <message>
        <source>What they may see: %1.</source>
        <translation>Peut voir : %1.</translation>
    </message>
    <message>
        <source>They hold no packet from you now.</source>
        <translation>Aucun de vos paquets n’est en sa possession pour l’instant.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Packets they hold now: %1 (until %2).</source>
        <translation>Paquets en sa possession maintenant : %1 (date de fin : %2).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change person or agency</source>
        <translation>Modifier la personne ou l’organisme</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Ajouter une personne ou un organisme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Jeter mes modifications</translation>
    </message>
    <message>
        <source>Only a name is needed. Adding someone here shares nothing with them.</source>
        <translation>Seul un nom est nécessaire. Ajouter quelqu’un ici ne partage rien.</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Voici ce que vous n’aviez pas encore enregistré.</translation>
    </message>
    <message>
        <source>Please give a name, even a first name or a nickname.</source>
        <translation>Indiquez un nom, s’il vous plaît, même seulement un prénom ou un surnom.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <source>Where things are, at a glance. Each card leads to its page.</source>
        <translation>Où en sont les choses, d’un coup d’œil. Chaque carte mène à sa page.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mes objectifs</translation>
    </message>
    <message>
        <source>Go to my goals</source>
        <translation>Aller à mes objectifs</translation>
    </message>
    <message>
        <source>No goals under way. When you are ready, add one on the goals page.</source>
        <translation>Aucun objectif en cours. Quand vous le souhaitez, ajoutez-en un dans la page des objectifs.</translation>
    </message>
    <message>
        <source>Working on %1 · done %2</source>
        <translation>En cours : %1 · atteints : %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochaine étape : %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Étapes faites : %1 sur %2</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Pas encore d’étapes</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes services</translation>
    </message>
    <message>
        <source>Go to my services</source>
        <translation>Aller à mes services</translation>
    </message>
    <message>
        <source>You have not marked any services yet. There is no hurry.</source>
        <translation>Vous n’avez encore marqué aucun service. Rien ne presse.</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Utilisés : %1</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>Souhaités : %1</translation>
    </message>
    <message>
        <source>Not right now: %1</source>
        <translation>Pas pour le moment : %1</translation>
    </message>
    <message>
        <source>No thanks: %1</source>
        <translation>Non merci : %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminés : %1</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>J’utilise en ce moment : %1</translation>
    </message>
    <message>
        <source>What I want: %1</source>
        <translation>Ce que je veux : %1</translation>
    </message>
    <message>
        <source>My dates and papers</source>
        <translation>Mes dates et mes documents</translation>
    </message>
    <message>
        <source>Go to my dates</source>
        <translation>Aller à mes dates</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Aucun rappel en attente.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Prochaine date : %1, %2</translation>
    </message>
    <message>
        <source>No papers kept yet.</source>
        <translation>Aucun document gardé pour l’instant.</translation>
    </message>
    <message>
        <source>Papers kept in your vault: %1</source>
        <translation>Documents gardés dans votre coffre-fort : %1</translation>
    </message>
    <message>
        <source>Who has a packet from me</source>
        <translation>Qui a un paquet de ma part</translation>
    </message>
    <message>
        <source>Go to sharing</source>
        <translation>Aller au partage</translation>
    </message>
    <message>
        <source>Nobody holds a packet from you right now.</source>
        <translation>Personne n’a de paquet de votre part en ce moment.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, date de fin : %2</translation>
    </message>
    <message>
        <source>My last packet</source>
        <translation>Mon dernier paquet</translation>
    </message>
    <message>
        <source>See my sharing history</source>
        <translation>Voir mon historique des partages</translation>
    </message>
    <message>
        <source>You have not made a packet. Nothing has left your vault.</source>
        <translation>Vous n’avez créé aucun paquet. Rien n’est sorti de votre coffre-fort.</translation>
    </message>
    <message>
        <source>For %1, made %2</source>
        <translation>Pour %1, créé le %2</translation>
    </message>
    <message>
        <source>You withdrew your consent on %1.</source>
        <translation>Vous avez retiré votre consentement le %1.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>My backup</source>
        <translation>Ma sauvegarde</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>Aller aux sauvegardes</translation>
    </message>
    <message>
        <source>You have not made a backup yet.</source>
        <translation>Vous n’avez pas encore fait de sauvegarde.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>It is time for a new one.</source>
        <translation>Il est temps d’en faire une nouvelle.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>These are the exact pages they will see. Go back to change anything.</source>
        <translation>Voici exactement les pages qui seront lues. Revenez en arrière pour changer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Création de l’aperçu</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Aperçu des pages</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Création de l’aperçu…</translation>
    </message>
    <message>
        <source>Pages: %1. Items: %2.</source>
        <translation>Pages : %1. Éléments : %2.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Nothing is left in this packet. Go back to choose what goes in.</source>
        <translation>Il ne reste rien dans ce paquet. Revenez en arrière pour choisir ce que vous y mettez.</translation>
    </message>
</context>
<context>
    <name>PreviewPapers</name>
    <message>
        <source>Photos are sent without their hidden details (where and when they were taken, the camera). Other documents go exactly as they are in your vault.</source>
        <translation>Les photos sont envoyées sans leurs informations cachées (lieu et date de la prise de vue, appareil photo). Les autres documents partent exactement tels qu’ils sont dans votre coffre-fort.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Ne pas l’inclure</translation>
    </message>
    <message>
        <source>Leave %1 out of this packet</source>
        <translation>Ne pas inclure %1 dans ce paquet</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Documents joints : %1</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Choose who can open the file.</source>
        <translation>Choisissez qui peut ouvrir le fichier.</translation>
    </message>
    <message>
        <source>Protect it with a share code (recommended)</source>
        <translation>Le protéger par un code (recommandé)</translation>
    </message>
    <message>
        <source>A plain PDF anyone can open and print</source>
        <translation>Un PDF simple, que tout le monde peut ouvrir et imprimer</translation>
    </message>
    <message>
        <source>The file opens only with a code you give them another way, for example by phone or on paper.</source>
        <translation>Le fichier s’ouvre seulement avec un code que vous donnez d’une autre façon, par exemple au téléphone ou sur papier.</translation>
    </message>
    <message>
        <source>Careful: anyone who gets this file, for example from a wrong email address or a lost USB stick, can read everything in it.</source>
        <translation>Attention : toute personne qui reçoit ce fichier, par exemple à cause d’une mauvaise adresse e-mail ou d’une clé USB perdue, peut lire tout ce qu’il contient.</translation>
    </message>
    <message>
        <source>I understand, and I want a plain PDF</source>
        <translation>Je comprends, et je veux un PDF simple</translation>
    </message>
    <message>
        <source>Sign it</source>
        <translation>Le signer</translation>
    </message>
    <message>
        <source>Signing lets them check that nobody changed it, and that it comes from the same person as your other packets. It does not show your name.</source>
        <translation>La signature permet de vérifier que personne ne l’a modifié, et qu’il vient de la même personne que vos autres paquets. Elle ne montre pas votre nom.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Why, and until when?</source>
        <translation>Pourquoi, et jusqu’à quand ?</translation>
    </message>
    <message>
        <source>The purpose and the end date are printed on the first page.</source>
        <translation>Le but du partage et la date de fin sont imprimés sur la première page.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>But du partage, avec mes mots</translation>
    </message>
    <message>
        <source>For example: to plan housing support with me</source>
        <translation>Par exemple : pour préparer avec moi l’aide au logement</translation>
    </message>
    <message>
        <source>My consent ends on</source>
        <translation>Mon consentement prend fin le</translation>
    </message>
    <message>
        <source>A note in my words</source>
        <translation>Une note, avec mes mots</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Langue du paquet</translation>
    </message>
    <message>
        <source>Language of the packet (the person reading it may not read yours)</source>
        <translation>Langue du paquet (la personne qui le lira ne lit peut-être pas la vôtre)</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>Pour qui est-ce ?</translation>
    </message>
    <message>
        <source>Choose the person or agency. Adding someone shares nothing with them.</source>
        <translation>Choisissez la personne ou l’organisme. Ajouter quelqu’un ne partage rien.</translation>
    </message>
    <message>
        <source>Who is it for</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Add a person or agency…</source>
        <translation>Ajouter une personne ou un organisme…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>Write it down, or print it, and keep it somewhere safe, away from this computer. Anyone who has it can open your vault. It is shown only now.</source>
        <translation>Notez-la ou imprimez-la, et gardez-la en lieu sûr, loin de cet ordinateur. Toute personne qui l’a peut ouvrir votre coffre-fort. Elle n’est affichée que maintenant.</translation>
    </message>
    <message>
        <source>Print it (save a one-page PDF)…</source>
        <translation>L’imprimer (enregistrer un PDF d’une page)…</translation>
    </message>
    <message>
        <source>A group of your recovery key</source>
        <translation>Un groupe de votre clé de secours</translation>
    </message>
    <message>
        <source>To show you kept it, type group %1 of the key (counting from the left):</source>
        <translation>Pour montrer que vous l’avez gardée, tapez le groupe %1 de la clé (en comptant à partir de la gauche) :</translation>
    </message>
    <message>
        <source>That is not the same. Please look at the key again.</source>
        <translation>Ce n’est pas pareil. Regardez la clé à nouveau, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Thank you. Keep it safe.</source>
        <translation>Merci. Gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de secours</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>My recovery key</source>
        <translation>Ma clé de secours</translation>
    </message>
    <message>
        <source>This key opens my vault if I forget my passphrase. Keep it safe and away from the computer.</source>
        <translation>Cette clé ouvre mon coffre-fort si j’oublie ma phrase secrète. À garder en lieu sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>Saved: %1. Print it, then delete the file if others use this computer.</source>
        <translation>Enregistré : %1. Imprimez-le, puis supprimez le fichier si d’autres personnes utilisent cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Créer une nouvelle clé de secours…</translation>
    </message>
    <message>
        <source>You have a recovery key. Making a new one stops the old one working.</source>
        <translation>Vous avez une clé de secours. Si vous en créez une nouvelle, l’ancienne ne fonctionnera plus.</translation>
    </message>
    <message>
        <source>You have no recovery key. If you forget your passphrase, nobody can open the vault.</source>
        <translation>Vous n’avez pas de clé de secours. Si vous oubliez votre phrase secrète, personne ne pourra ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>Your new recovery key works now. The old one does not.</source>
        <translation>Votre nouvelle clé de secours fonctionne maintenant. L’ancienne, non.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 ran out on %2 (%3)</source>
        <translation>%1 a expiré le %2 (%3)</translation>
    </message>
    <message>
        <source>%1 runs out on %2 (%3)</source>
        <translation>%1 expire le %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderField</name>
    <message>
        <source>Remind me</source>
        <translation>Me le rappeler</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Jours avant</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> jour avant</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform> jour avant</numerusform>
            <numerusform> jours avant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>You have a reminder</source>
        <translation>Vous avez un rappel</translation>
    </message>
</context>
<context>
    <name>RemindersCallout</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>and %1 more on My dates</source>
        <translation>et %1 de plus dans « Mes dates »</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase you had when you made it. If there is a vault on this computer, it is kept until the backup has opened and passed its checks; then the backup takes its place.</source>
        <translation>Choisissez le fichier de sauvegarde et tapez la phrase secrète que vous aviez quand vous l’avez faite. S’il y a un coffre-fort sur cet ordinateur, il est gardé jusqu’à ce que la sauvegarde se soit ouverte et ait passé ses vérifications ; ensuite, la sauvegarde prend sa place.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>Choisir la sauvegarde…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choisissez la sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Sauvegardes (*.svbackup)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>Choisissez d’abord le fichier de sauvegarde, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Tapez la phrase secrète de la sauvegarde, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>%1 Your vault is as it was.</source>
        <translation>%1 Votre coffre-fort est resté comme avant.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Lock by itself after this many idle minutes</source>
        <translation>Verrouiller automatiquement après ce nombre de minutes sans utilisation</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform> min</numerusform>
            <numerusform> min</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>Verrouiller automatiquement après</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Mode discret</translation>
    </message>
    <message>
        <source>The window is called "Notes" and has a plain icon, even before you unlock.</source>
        <translation>La fenêtre s’appelle « Notes » et a une icône simple, même avant le déverrouillage.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the Quick exit button, to hide and close the app at once.</source>
        <translation>Sortie rapide : appuyez trois fois sur la touche Maj ⇧ (Shift), ou sur le bouton « Sortie rapide », pour cacher et fermer l’application tout de suite.</translation>
    </message>
    <message>
        <source>Tell me with a notification</source>
        <translation>Me prévenir par une notification</translation>
    </message>
    <message>
        <source>Tell me with a notification when a reminder is due</source>
        <translation>Me prévenir par une notification quand un rappel arrive</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When a reminder is due, the computer shows a notification that says only "You have a reminder", even while the app is locked. Someone near the screen could see it.</source>
        <translation>Désactivé, sauf si vous l’activez. Quand un rappel arrive, l’ordinateur affiche une notification qui dit seulement « Vous avez un rappel », même quand l’application est verrouillée. Quelqu’un près de l’écran pourrait la voir.</translation>
    </message>
    <message>
        <source>This computer does not show notifications from apps.</source>
        <translation>Cet ordinateur n’affiche pas les notifications des applications.</translation>
    </message>
    <message>
        <source>Hide from screenshots</source>
        <translation>Cacher dans les captures d’écran</translation>
    </message>
    <message>
        <source>Hide this app from screenshots and screen sharing</source>
        <translation>Cacher cette application dans les captures d’écran et le partage d’écran</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the packet</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere: you decide how it gets to them.</source>
        <translation>Choisissez où l’enregistrer. Rien n’est envoyé nulle part : c’est vous qui décidez comment le faire parvenir.</translation>
    </message>
    <message>
        <source>Save the packet…</source>
        <translation>Enregistrer le paquet…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>shared-%1.pdf</source>
        <translation>partage-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1. It is in your sharing history.</source>
        <translation>Enregistré : %1. Il figure dans votre historique des partages.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My goals</source>
        <translation>Mes objectifs</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes services</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Mes documents</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Housing and shelter</source>
        <translation>Logement et hébergement</translation>
    </message>
    <message>
        <source>A safe place to stay, now or for longer.</source>
        <translation>Un endroit sûr où rester, tout de suite ou pour plus longtemps.</translation>
    </message>
    <message>
        <source>Home and safety</source>
        <translation>Logement et sécurité</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Making a plan to stay safe, with someone who knows how.</source>
        <translation>Faire un plan pour rester en sécurité, avec quelqu’un qui sait comment faire.</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Advice from a lawyer or legal worker, for example about rights, family law or court.</source>
        <translation>Des conseils d’un avocat ou d’une autre personne qui travaille dans le domaine juridique, par exemple sur mes droits, le droit de la famille ou le tribunal.</translation>
    </message>
    <message>
        <source>Rights and papers</source>
        <translation>Droits et papiers</translation>
    </message>
    <message>
        <source>Immigration help</source>
        <translation>Aide pour l’immigration</translation>
    </message>
    <message>
        <source>Help with visas, residence and papers.</source>
        <translation>Aide pour les visas, le droit de rester dans le pays et les papiers.</translation>
    </message>
    <message>
        <source>Interpreting and translation</source>
        <translation>Interprétariat et traduction</translation>
    </message>
    <message>
        <source>Someone who speaks my language, for meetings or papers.</source>
        <translation>Quelqu’un qui parle ma langue, pour des rendez-vous ou des papiers.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <source>Doctors, nurses, dental care and medicine.</source>
        <translation>Médecins, soins infirmiers, soins dentaires et médicaments.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Counselling and mental health</source>
        <translation>Soutien psychologique et santé mentale</translation>
    </message>
    <message>
        <source>Someone to talk to, and support for how I feel.</source>
        <translation>Quelqu’un à qui parler, et du soutien pour ce que je ressens.</translation>
    </message>
    <message>
        <source>Support with alcohol or drugs</source>
        <translation>Soutien pour l’alcool ou les drogues</translation>
    </message>
    <message>
        <source>Help to cut down or stop, without judgement.</source>
        <translation>De l’aide pour consommer moins ou arrêter, sans qu’on me juge.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Personne de référence</translation>
    </message>
    <message>
        <source>One person who helps me connect with other services.</source>
        <translation>Une personne qui m’aide à faire le lien avec d’autres services.</translation>
    </message>
    <message>
        <source>Everyday support</source>
        <translation>Soutien au quotidien</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Argent et aides</translation>
    </message>
    <message>
        <source>Help with money, a bank account, benefits or debts.</source>
        <translation>Aide pour l’argent, un compte bancaire, les aides sociales ou les dettes.</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Garde d’enfants</translation>
    </message>
    <message>
        <source>Care for my children while I do other things.</source>
        <translation>Quelqu’un pour garder mes enfants pendant que je fais autre chose.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <source>Help with travel to appointments and places I need to go.</source>
        <translation>Aide pour aller aux rendez-vous et dans les endroits où j’ai besoin d’aller.</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>Nourriture et vêtements</translation>
    </message>
    <message>
        <source>Food, clothes and other basic things.</source>
        <translation>Nourriture, vêtements et autres choses essentielles.</translation>
    </message>
    <message>
        <source>Work and jobs</source>
        <translation>Travail et emploi</translation>
    </message>
    <message>
        <source>Finding work, training for a job, or knowing my rights at work.</source>
        <translation>Trouver du travail, me former pour un métier ou connaître mes droits au travail.</translation>
    </message>
    <message>
        <source>Learning and work</source>
        <translation>Apprendre et travailler</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>Cours et école</translation>
    </message>
    <message>
        <source>Classes, school, language courses or study.</source>
        <translation>Cours, école, cours de langue ou études.</translation>
    </message>
    <message>
        <source>Peer support and mentoring</source>
        <translation>Soutien par des pairs et mentorat</translation>
    </message>
    <message>
        <source>Meeting people with similar experiences who can walk beside me.</source>
        <translation>Rencontrer des personnes qui ont vécu des choses semblables et qui peuvent marcher à mes côtés.</translation>
    </message>
    <message>
        <source>People around me</source>
        <translation>Mon entourage</translation>
    </message>
    <message>
        <source>Family and reunification</source>
        <translation>Famille et retrouvailles</translation>
    </message>
    <message>
        <source>Staying in touch with, or reuniting with, my family.</source>
        <translation>Garder le contact avec ma famille, ou la retrouver.</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Ceux que j’ai ajoutés</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Mon choix</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Organisme</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>My services</source>
        <translation>Mes services</translation>
    </message>
    <message>
        <source>Say what you want, what you use, and what is not for you. You never have to give a reason.</source>
        <translation>Dites ce que vous voulez, ce que vous utilisez, et ce qui n’est pas pour vous. Vous n’avez jamais à donner de raison.</translation>
    </message>
    <message>
        <source>Add my own kind of service</source>
        <translation>Ajouter mon propre type de service</translation>
    </message>
    <message>
        <source>Kinds of services</source>
        <translation>Types de services</translation>
    </message>
    <message>
        <source>Your own kind of service</source>
        <translation>Votre propre type de service</translation>
    </message>
    <message>
        <source>What kind of service? For example: sewing group</source>
        <translation>Quel type de service ? Par exemple : atelier de couture</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>What you typed to change your passphrase was not kept: a passphrase is never saved anywhere. Please type it again.</source>
        <translation>Ce que vous aviez tapé pour changer votre phrase secrète n’a pas été gardé : une phrase secrète n’est jamais enregistrée nulle part. Tapez-la à nouveau, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Nothing leaves your vault unless you make a packet. You choose what goes in, for whom, and until when.</source>
        <translation>Rien ne sort de votre coffre-fort, sauf si vous créez un paquet. C’est vous qui choisissez ce qu’il contient, pour qui, et jusqu’à quand.</translation>
    </message>
    <message>
        <source>Make a share packet…</source>
        <translation>Créer un paquet à partager…</translation>
    </message>
    <message>
        <source>What each person may see</source>
        <translation>Qui peut voir quoi</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation>Personne ou organisme</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>Peut voir</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Set what they may see…</source>
        <translation>Choisir ce que vous laissez voir…</translation>
    </message>
    <message>
        <source>Remove permission</source>
        <translation>Enlever l’autorisation</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Historique des partages</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retirer mon consentement…</translation>
    </message>
    <message>
        <source>A full bar: they may still use it. An empty bar: it has ended. A cross: you withdrew your consent. The dashed line is today.</source>
        <translation>Barre pleine : le paquet peut encore être utilisé. Barre vide : c’est terminé. Une croix : vous avez retiré votre consentement. La ligne en pointillés, c’est aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing has left your vault. When you make a packet, it is written here: for whom, what, and until when.</source>
        <translation>Rien n’est sorti de votre coffre-fort. Quand vous créerez un paquet, il sera noté ici : pour qui, quoi, et jusqu’à quand.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Choisissez d’abord quelqu’un dans la liste.</translation>
    </message>
    <message>
        <source>They may see nothing now.</source>
        <translation>Rien n’est autorisé pour l’instant.</translation>
    </message>
    <message>
        <source>Choose a packet in the history first.</source>
        <translation>Choisissez d’abord un paquet dans l’historique.</translation>
    </message>
    <message>
        <source>You already withdrew your consent for this packet.</source>
        <translation>Vous avez déjà retiré votre consentement pour ce paquet.</translation>
    </message>
    <message>
        <source>Withdraw consent for %1…</source>
        <translation>Retirer mon consentement (paquet pour %1)…</translation>
    </message>
    <message>
        <source>First add the person or agency in "People &amp; agencies", or in the first step of the packet.</source>
        <translation>Ajoutez d’abord la personne ou l’organisme dans « Personnes et organismes », ou à la première étape du paquet.</translation>
    </message>
    <message>
        <source>Your packet is saved and written in your sharing history.</source>
        <translation>Votre paquet est enregistré et noté dans votre historique des partages.</translation>
    </message>
    <message>
        <source>A packet for “%1” you had not finished</source>
        <translation>Un paquet pour « %1 » que vous n’avez pas terminé</translation>
    </message>
    <message>
        <source>A packet you had not finished</source>
        <translation>Un paquet que vous n’avez pas terminé</translation>
    </message>
    <message>
        <source>What “%1” may see: changes not saved yet</source>
        <translation>Ce que « %1 » peut voir : modifications pas encore enregistrées</translation>
    </message>
    <message>
        <source>Saved. This shares nothing by itself.</source>
        <translation>Enregistré. Rien n’est partagé pour autant.</translation>
    </message>
    <message>
        <source>Permission removed. Packets you already made are still in your history, where you can withdraw consent for each.</source>
        <translation>Autorisation enlevée. Les paquets que vous avez déjà créés sont toujours dans votre historique, où vous pouvez retirer votre consentement pour chacun.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Retirer mon consentement ?</translation>
    </message>
    <message>
        <source>Withdraw your consent for this packet to %1? It will be marked in your history, and you can save a short notice to send them, asking them to delete it. The notice holds none of your information.</source>
        <translation>Retirer votre consentement pour le paquet que vous avez créé pour %1 ? Ce sera noté dans votre historique, et vous pourrez enregistrer un court avis à envoyer, pour demander que le paquet soit supprimé. L’avis ne contient aucune de vos informations.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer mon consentement</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Consent withdrawn. Making the notice…</source>
        <translation>Consentement retiré. Création de l’avis…</translation>
    </message>
    <message>
        <source>withdrawal-%1.pdf</source>
        <translation>retrait-%1.pdf</translation>
    </message>
    <message>
        <source>Save the withdrawal notice</source>
        <translation>Enregistrer l’avis de retrait</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent withdrawn. You chose not to save a notice.</source>
        <translation>Consentement retiré. Vous avez choisi de ne pas enregistrer d’avis.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Notice saved: %1. Send it to them the way you choose.</source>
        <translation>Consentement retiré. Avis enregistré : %1. Envoyez-le de la façon que vous choisissez.</translation>
    </message>
</context>
<context>
    <name>SharingTimelineView</name>
    <message>
        <source>Timeline of what you shared</source>
        <translation>Chronologie de ce que vous avez partagé</translation>
    </message>
    <message>
        <source>%1: from %2, withdrawn %3</source>
        <translation>%1 : à partir du %2, consentement retiré le %3</translation>
    </message>
    <message>
        <source>%1: from %2, ended %3</source>
        <translation>%1 : à partir du %2, terminé le %3</translation>
    </message>
    <message>
        <source>%1: from %2, no end date</source>
        <translation>%1 : à partir du %2, sans date de fin</translation>
    </message>
    <message>
        <source>%1: from %2 until %3</source>
        <translation>%1 : du %2 au %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>SomeoneMayKnowDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Quelqu’un connaît peut-être ma phrase secrète</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will not open anything you write from now on, even with a copy of the vault's files someone may have kept.</source>
        <translation>Choisissez une nouvelle phrase secrète. L’application verrouille alors tout votre coffre-fort avec une nouvelle clé : l’ancienne phrase secrète n’ouvrira rien de ce que vous écrirez à partir de maintenant, même avec une copie des fichiers du coffre-fort que quelqu’un aurait gardée.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>La nouvelle phrase secrète, encore une fois</translation>
    </message>
    <message>
        <source>Changing your passphrase and key</source>
        <translation>Changement de votre phrase secrète et de votre clé</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>Changer la phrase secrète et la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Changing your passphrase and key. This takes a moment; please wait.</source>
        <translation>Changement de votre phrase secrète et de votre clé. Cela prend un moment ; patientez, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Done. Only your new passphrase opens the vault now.</source>
        <translation>C’est fait. Seule votre nouvelle phrase secrète ouvre le coffre-fort maintenant.</translation>
    </message>
    <message>
        <source>If they may also have seen your recovery key, make a new one in Settings.</source>
        <translation>Si cette personne a pu voir aussi votre clé de secours, créez-en une nouvelle dans les Paramètres.</translation>
    </message>
    <message>
        <source>Please type your passphrases again.</source>
        <translation>Tapez à nouveau vos phrases secrètes, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Une petite étape suivante</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter l’étape</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Enlever l’étape</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Easy to guess. A few words together are easier to remember and much harder to guess.</source>
        <translation>Facile à deviner. Quelques mots ensemble sont plus faciles à retenir et beaucoup plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Getting there. One or two more words would make it much stronger.</source>
        <translation>C’est en bonne voie. Un ou deux mots de plus la rendraient beaucoup plus solide.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>Solide. Assurez-vous de pouvoir vous en souvenir.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>I forgot my passphrase…</source>
        <translation>J’ai oublié ma phrase secrète…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Tapez votre phrase secrète pour ouvrir vos notes.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Open a file someone gave me…</source>
        <translation>Ouvrir un fichier que quelqu’un m’a donné…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Tapez votre phrase secrète pour ouvrir votre coffre-fort.</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Ouvrir mon coffre-fort</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>Ouverture de votre coffre-fort</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Ouvrir un paquet que quelqu’un m’a donné…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Tapez votre phrase secrète, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first, then try again here.</source>
        <translation>Ce coffre-fort est déjà ouvert dans une autre fenêtre. Fermez-le d’abord dans l’autre fenêtre, puis réessayez ici.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. To keep your vault safe, you can try again in a few seconds. Seconds left: %1</source>
        <translation>Cette phrase secrète n’a pas ouvert le coffre-fort. Pour protéger votre coffre-fort, vous pourrez réessayer dans quelques secondes. Secondes restantes : %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
</context>
<context>
    <name>UnsavedStrip</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Jeter</translation>
    </message>
    <message>
        <source>Throw away what you wrote?</source>
        <translation>Jeter ce que vous avez écrit ?</translation>
    </message>
    <message>
        <source>Throw away what you wrote and did not save? This cannot be undone.</source>
        <translation>Jeter ce que vous avez écrit sans l’enregistrer ? On ne peut pas revenir en arrière.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
</context>
<context>
    <name>VaultArea</name>
    <message>
        <source>Parts of my vault</source>
        <translation>Les parties de mon coffre-fort</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mes objectifs</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes services</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>My dates</source>
        <translation>Mes dates</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>Personnes et organismes</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>À savoir</translation>
    </message>
    <message>
        <source>It has been a while since your last backup. A backup keeps your plan safe if this computer is lost or broken.</source>
        <translation>Cela fait un moment que vous n’avez pas fait de sauvegarde. Une sauvegarde protège votre plan si cet ordinateur est perdu ou cassé.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Faire une sauvegarde</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Since you last opened it: one try with a wrong passphrase (%1).</source>
        <translation>Depuis la dernière ouverture du coffre-fort : un essai avec une mauvaise phrase secrète (%1).</translation>
    </message>
    <message>
        <source>Since you last opened it: %1 tries with a wrong passphrase (%2).</source>
        <translation>Depuis la dernière ouverture du coffre-fort : %1 essais avec une mauvaise phrase secrète (%2).</translation>
    </message>
    <message>
        <source>What you had not saved yet is kept. It is where you left it.</source>
        <translation>Ce que vous n’aviez pas encore enregistré a été gardé, là où vous l’aviez laissé.</translation>
    </message>
</context>
<context>
    <name>_VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>