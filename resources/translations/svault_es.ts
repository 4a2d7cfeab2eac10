<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutMe</name>
    <message>
        <source>The name I like to be called</source>
        <translation>El nombre que me gusta que usen</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Mis pronombres</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Idiomas que hablo</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Formas seguras de contactarme</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Horas seguras para contactarme</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Lo que me ayuda a participar (necesidades de accesibilidad)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mis fortalezas</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Lo que quiero que sepan quienes me atienden</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>Only what you want to say, in your own words. Every box is optional. Nothing here is shared unless you choose.</source>
        <translation>Solo lo que tú quieras decir, con tus propias palabras. Todos los espacios son opcionales. Nada de esto se comparte si tú no lo decides.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar mis cambios</translation>
    </message>
    <message>
        <source>You were writing here and had not saved it. Here it is. Press Save to keep it.</source>
        <translation>Estabas escribiendo aquí y no lo habías guardado. Aquí está. Presiona Guardar para conservarlo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>You made your vault</source>
        <translation>Creaste tu caja fuerte</translation>
    </message>
    <message>
        <source>Opened with your passphrase</source>
        <translation>Abierta con tu frase secreta</translation>
    </message>
    <message>
        <source>Opened with your recovery key</source>
        <translation>Abierta con tu clave de recuperación</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase secreta cambiada</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Nueva clave de recuperación creada</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>Clave de recuperación quitada</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restaurada desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Meta agregada</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Meta cambiada</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Meta borrada</translation>
    </message>
    <message>
        <source>Service choice added</source>
        <translation>Elección de servicio agregada</translation>
    </message>
    <message>
        <source>Service choice changed</source>
        <translation>Elección de servicio cambiada</translation>
    </message>
    <message>
        <source>Service choice removed</source>
        <translation>Elección de servicio quitada</translation>
    </message>
    <message>
        <source>Your own kind of service added</source>
        <translation>Tu propio tipo de servicio agregado</translation>
    </message>
    <message>
        <source>About me changed</source>
        <translation>“Sobre mí” cambiado</translation>
    </message>
    <message>
        <source>Person or agency added</source>
        <translation>Persona u organización agregada</translation>
    </message>
    <message>
        <source>Person or agency changed</source>
        <translation>Persona u organización cambiada</translation>
    </message>
    <message>
        <source>Person or agency deleted</source>
        <translation>Persona u organización borrada</translation>
    </message>
    <message>
        <source>Sharing permission saved</source>
        <translation>Permiso para compartir guardado</translation>
    </message>
    <message>
        <source>Sharing permission removed</source>
        <translation>Permiso para compartir retirado</translation>
    </message>
    <message>
        <source>Share packet made</source>
        <translation>Paquete para compartir creado</translation>
    </message>
    <message>
        <source>Consent withdrawn for a packet</source>
        <translation>Consentimiento retirado para un paquete</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Documento agregado</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>Datos de un documento cambiados</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Documento borrado</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Fecha agregada</translation>
    </message>
    <message>
        <source>Date changed</source>
        <translation>Fecha cambiada</translation>
    </message>
    <message>
        <source>Date deleted</source>
        <translation>Fecha borrada</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>What happened in your vault, newest first. Only you can see this.</source>
        <translation>Lo que pasó en tu caja fuerte, lo más reciente primero. Solo tú puedes verlo.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo. Its passphrase is: demo</source>
        <translation>Esta es la demostración. Su frase secreta es: demo</translation>
    </message>
</context>
<context>
    <name>AttachedPapers</name>
    <message>
        <source>Papers attached</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Saved copies are not protected by the share code: anyone who can use this computer can open them. Keep them safe, and delete them when they are no longer needed.</source>
        <translation>Las copias guardadas no están protegidas por el código del paquete: cualquier persona que pueda usar esta computadora puede abrirlas. Guárdalas en un lugar seguro y bórralas cuando ya no se necesiten.</translation>
    </message>
    <message>
        <source>Save this paper…</source>
        <translation>Guardar este documento…</translation>
    </message>
    <message>
        <source>Save all papers in a folder…</source>
        <translation>Guardar todos los documentos en una carpeta…</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Documentos adjuntos: %1</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the papers</source>
        <translation>Elige una carpeta para los documentos</translation>
    </message>
    <message>
        <source>Saved %1 papers in %2.</source>
        <translation>Se guardaron %1 documentos en %2.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file, for example on a USB stick. It opens with the passphrase you have on the day you make it. Uninstalling the app does not remove your vault or your backups; "Erase everything" below removes the vault.</source>
        <translation>Una copia de seguridad es un solo archivo cifrado, por ejemplo en una memoria USB. Se abre con la frase secreta que tienes el día que la haces. Desinstalar la aplicación no quita tu caja fuerte ni tus copias; “Borrar todo”, más abajo, quita la caja fuerte.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Hacer una copia de seguridad…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Comprobar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Haciendo la copia</translation>
    </message>
    <message>
        <source>Remind me to make a backup every this many weeks (0: never)</source>
        <translation>Recordarme hacer una copia cada tantas semanas (0: nunca)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Remind me every (weeks)</source>
        <translation>Recordármelo cada (semanas)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia: %1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Todavía no has hecho ninguna copia.</translation>
    </message>
    <message>
        <source>You keep no papers in your vault yet.</source>
        <translation>Todavía no guardas documentos en tu caja fuerte.</translation>
    </message>
    <message>
        <source>Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room.</source>
        <translation>Tus documentos: %1, %2 en total. Una copia de seguridad también los guarda, así que necesita al menos ese espacio.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>¿Dónde guardamos la copia?</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Copia hecha y comprobada: %1</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elige la copia</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Copias de seguridad (*.svbackup)</translation>
    </message>
</context>
<context>
    <name>CaptureShield</name>
    <message>
        <source>On: screenshots, screen recordings and screen sharing leave this app's windows out (on older Windows 10, they show black). Someone can still take a photo of the screen.</source>
        <translation>Encendido: las capturas de pantalla, las grabaciones de pantalla y la pantalla compartida dejan fuera las ventanas de esta aplicación (en versiones antiguas de Windows 10, se ven en negro). Alguien todavía puede tomar una foto de la pantalla.</translation>
    </message>
    <message>
        <source>On: the app asks macOS to leave its windows out of screenshots and screen sharing. Newer versions of macOS do not always do this, and someone can still take a photo of the screen.</source>
        <translation>Encendido: la aplicación le pide a macOS que deje sus ventanas fuera de las capturas de pantalla y de la pantalla compartida. Las versiones más nuevas de macOS no siempre lo hacen, y alguien todavía puede tomar una foto de la pantalla.</translation>
    </message>
    <message>
        <source>Your system does not let apps hide from screenshots. Anyone who can see or record the screen can see the app.</source>
        <translation>Tu sistema no permite que las aplicaciones se oculten de las capturas de pantalla. Cualquier persona que pueda ver o grabar la pantalla puede ver la aplicación.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Comprobar una copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase of the backup (the one you had when you made it)</source>
        <translation>Frase secreta de la copia (la que tenías cuando la hiciste)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase secreta de la copia</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>This backup is good: it opens with that passphrase and passes every check.</source>
        <translation>Esta copia está bien: se abre con esa frase secreta y pasa todas las comprobaciones.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Esa frase secreta no abre esta copia.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup. Please make a new one.</source>
        <translation>Esta copia está dañada o no es una copia de seguridad. Por favor, haz una nueva.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Lo quiero</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Lo estoy usando</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ya terminé</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Which provider</source>
        <translation>Qué proveedor</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Mi elección</translation>
    </message>
    <message>
        <source>Pick a provider from the local list</source>
        <translation>Elige un proveedor de la lista local</translation>
    </message>
    <message>
        <source>Pick from the local list (optional)</source>
        <translation>Elegir de la lista local (opcional)</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Proveedor que prefiero</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>How is it going for me?</source>
        <translation>¿Cómo me va?</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Lo que funciona</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Lo que no funciona</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar mis cambios</translation>
    </message>
    <message>
        <source>Add another provider</source>
        <translation>Agregar otro proveedor</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Quitar esta entrada</translation>
    </message>
    <message>
        <source>Choose a service on the left to say what you want.</source>
        <translation>Elige un servicio a la izquierda para decir lo que quieres.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Filled in from the local list. Press Save to keep it.</source>
        <translation>Se llenó con la lista local. Presiona “Guardar” para conservarlo.</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes. Press Save to keep them.</source>
        <translation>Habías cambiado esto y no lo guardaste. Aquí están tus cambios. Presiona Guardar para conservarlos.</translation>
    </message>
    <message>
        <source>Your changes to “%1” are kept, not saved yet. Go back to it to save them.</source>
        <translation>Tus cambios en “%1” se conservan, pero aún no están guardados. Vuelve ahí para guardarlos.</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick what you want, if you like.</source>
        <translation>Todavía no hay nada que guardar. Si quieres, elige lo que prefieras.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>A new entry was added. Fill in the provider, then Save.</source>
        <translation>Se agregó una entrada nueva. Escribe el proveedor y presiona “Guardar”.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Quitado.</translation>
    </message>
</context>
<context>
    <name>ChoiceToggles</name>
    <message>
        <source>Choice %1 of %2. Only one can be chosen.</source>
        <translation>Opción %1 de %2. Solo se puede elegir una.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>The share code</source>
        <translation>El código del paquete</translation>
    </message>
    <message>
        <source>The packet is saved. This code opens it.</source>
        <translation>El paquete está guardado. Este código lo abre.</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Código del paquete</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Give this code to them another way than the file: read it to them on the phone, or write it on paper. In a PDF reader, they type it exactly as shown, in small letters with the dashes. Typed with spaces instead of dashes (%1), it opens the file too. Anyone with both the file and the code can read the packet. The app does not keep the code.</source>
        <translation>No mandes este código junto con el archivo. Dáselo de otra forma: léeselo por teléfono o escríbelo en papel. En un lector de PDF, se escribe tal como se ve, en minúsculas y con los guiones. Escrito con espacios en lugar de guiones (%1), también abre el archivo. Quien tenga el archivo y el código puede leer el paquete. La app no guarda el código.</translation>
    </message>
    <message>
        <source>This packet has no share code: anyone with the file can read it.</source>
        <translation>Este paquete no tiene código: cualquiera que tenga el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Copiado. El portapapeles se vacía en 30 segundos.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes in?</source>
        <translation>¿Qué va dentro?</translation>
    </message>
    <message>
        <source>Tick what you want in this packet. Nothing is in it unless you tick it.</source>
        <translation>Marca lo que quieres en este paquete. Nada va en él si no lo marcas.</translation>
    </message>
    <message>
        <source>Start from what they may see</source>
        <translation>Empezar por lo que pueden ver</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Incluir mis notas</translation>
    </message>
    <message>
        <source>Include how services are going for me (my feedback)</source>
        <translation>Incluir cómo me van los servicios (mi opinión)</translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick only what you want %1 to see.</source>
        <translation>No hay nada marcado. Marca solo lo que quieras que vea %1.</translation>
    </message>
    <message>
        <source>Ticked: %1. Only what you tick goes to %2.</source>
        <translation>Marcado: %1. Solo lo que marques le llega a %2.</translation>
    </message>
    <message>
        <source>Start from what %1 may see</source>
        <translation>Empezar por lo que %1 puede ver</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Change this date</source>
        <translation>Cambiar esta fecha</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Agregar una fecha</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>For which paper</source>
        <translation>Para qué documento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere else.</source>
        <translation>Bastan unas palabras y el día. Un recordatorio aparece dentro de la aplicación después de desbloquearla, en ningún otro lugar.</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Ningún documento</translation>
    </message>
    <message>
        <source>Please say what the date is for, in a few words.</source>
        <translation>Por favor, di para qué es la fecha, en pocas palabras.</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>A paper runs out</source>
        <translation>Un documento vence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <source>no reminder</source>
        <translation>sin recordatorio</translation>
    </message>
    <message>
        <source>reminder on the day</source>
        <translation>recordatorio el mismo día</translation>
    </message>
    <message>
        <source>reminder the day before</source>
        <translation>recordatorio el día antes</translation>
    </message>
    <message numerus="yes">
        <source>reminder %n days before</source>
        <translation>
            <numerusform>recordatorio %n día antes</numerusform>
            <numerusform>recordatorio %n días antes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 runs out</source>
        <translation>%1 vence</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Reminder: it is soon</source>
        <translation>Recordatorio: es pronto</translation>
    </message>
    <message>
        <source>Reminder: this day has passed</source>
        <translation>Recordatorio: este día ya pasó</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>My dates</source>
        <translation>Mis fechas</translation>
    </message>
    <message>
        <source>Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My plan, only after you unlock.</source>
        <translation>Audiencias, citas, renovaciones y el día en que vence cada documento. Los recordatorios aparecen aquí y en Mi plan, solo después de desbloquear.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Agregar una fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>No dates yet. Add a hearing, an appointment or a renewal when you want to. The day a paper runs out shows here by itself.</source>
        <translation>Todavía no hay fechas. Agrega una audiencia, una cita o una renovación cuando quieras. El día en que vence un documento aparece aquí solo.</translation>
    </message>
    <message>
        <source>Choose a date in the list first.</source>
        <translation>Primero elige una fecha en la lista.</translation>
    </message>
    <message>
        <source>This is the day a paper runs out: change it in the paper's details.</source>
        <translation>Este es el día en que vence un documento: cámbialo en los datos del documento.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Todavía no está hecho</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Marked as done. Its reminder stops.</source>
        <translation>Marcado como hecho. Su recordatorio se detiene.</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>Marcado como todavía no hecho.</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>¿Borrar esta fecha?</translation>
    </message>
    <message>
        <source>Delete “%1” from your dates?</source>
        <translation>¿Borrar “%1” de tus fechas?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Borrado.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Aún sin guardar: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What you can do next</source>
        <translation>Lo que puedes hacer ahora</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>This overwrites and deletes your vault, its key file and its copy, and the backups kept in its folder. It cannot be undone. Backups you saved elsewhere (for example on a USB stick) are not touched.</source>
        <translation>Esto sobrescribe y borra tu caja fuerte, su archivo de claves y su copia, y las copias de seguridad guardadas en su carpeta. No se puede deshacer. Las copias que guardaste en otro lugar (por ejemplo en una memoria USB) no se borran.</translation>
    </message>
    <message>
        <source>Please know: on some disks (SSDs) and in folders that sync to the cloud, old copies of the encrypted files may remain even after erasing.</source>
        <translation>Ten en cuenta: en algunos discos (SSD) y en carpetas que se sincronizan con la nube, pueden quedar copias antiguas de los archivos cifrados incluso después de borrar.</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm</source>
        <translation>Escribe tu frase secreta para confirmar</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase secreta</translation>
    </message>
    <message>
        <source>Stop! Do not erase</source>
        <translation>¡Alto! No borrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Por favor, escribe tu frase secreta.</translation>
    </message>
    <message>
        <source>That passphrase is not right, so nothing was erased.</source>
        <translation>Esa frase secreta no es correcta, así que no se borró nada.</translation>
    </message>
    <message>
        <source>Erasing in %1… Press "Stop" if you did not mean this.</source>
        <translation>Se borrará todo en %1… Presiona “Alto” si no querías hacerlo.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was erased.</source>
        <translation>Detenido. No se borró nada.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault. You will be asked for your passphrase, and you can stop it during a short countdown.</source>
        <translation>Sobrescribir y borrar esta caja fuerte. Te pedirá tu frase secreta y podrás detenerlo durante una cuenta regresiva corta.</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>Borrar todo…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong with the vault. Nothing more was changed.</source>
        <translation>Algo salió mal con la caja fuerte. No se cambió nada más.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. A change of your passphrase was stopped before it finished, so your old passphrase still works.</source>
        <translation>Esa frase secreta no abrió la caja fuerte. Un cambio de tu frase secreta se detuvo antes de terminar, así que tu frase secreta anterior todavía funciona.</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. A change of your recovery key was stopped before it finished, so your old recovery key still works.</source>
        <translation>Esa clave de recuperación no abrió la caja fuerte. Un cambio de tu clave de recuperación se detuvo antes de terminar, así que tu clave de recuperación anterior todavía funciona.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…</source>
        <translation>Eso no parece una clave de recuperación. Tiene 7 grupos de 4 letras y números, como ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. Please check each group and try again.</source>
        <translation>Esa clave de recuperación no abrió la caja fuerte. Revisa cada grupo e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?</source>
        <translation>Esa frase secreta no abrió la caja fuerte. Revísala e inténtalo otra vez. ¿Está activada la tecla Caps Lock?</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. It is the passphrase you had on the day you made it.</source>
        <translation>Esa frase secreta no abre esta copia. Es la frase secreta que tenías el día que la hiciste.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a vault backup. Nothing has been changed.</source>
        <translation>Este archivo de copia está dañado o no es una copia de la caja fuerte. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup, so it was not used. Your vault is as it was.</source>
        <translation>Esta copia está dañada o no es una copia de seguridad, así que no se usó. Tu caja fuerte sigue como estaba.</translation>
    </message>
    <message>
        <source>The backup file could not be read (was the USB stick taken out?). Nothing has been changed.</source>
        <translation>No se pudo leer el archivo de la copia de seguridad (¿se sacó la memoria USB?). No se cambió nada.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app. Please update the app to open it. Nothing has been changed.</source>
        <translation>Esta caja fuerte se hizo con una versión más nueva de la aplicación. Actualiza la aplicación para abrirla. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you have a backup, you can restore it.</source>
        <translation>Los archivos de la caja fuerte parecen dañados, así que no se puede abrir con seguridad. No se ha cambiado nada. Si tienes una copia de seguridad, puedes restaurarla.</translation>
    </message>
    <message>
        <source>Another task was still using the vault, so nothing was changed. Please try again in a moment.</source>
        <translation>Otra tarea todavía estaba usando la caja fuerte, así que no se cambió nada. Por favor, inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>To change the vault's keys, please choose a new passphrase first.</source>
        <translation>Para cambiar las claves de la caja fuerte, primero elige una frase secreta nueva.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first.</source>
        <translation>Esta caja fuerte ya está abierta en otra ventana. Ciérrala allí primero.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>No hay ninguna caja fuerte en esta carpeta.</translation>
    </message>
    <message>
        <source>There is already a vault here. Nothing has been changed.</source>
        <translation>Ya hay una caja fuerte aquí. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It cannot be empty.</source>
        <translation>Por favor, elige una frase secreta. No puede estar vacía.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos frases secretas no son iguales. Escríbelas otra vez, por favor.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Esta caja fuerte no tiene clave de recuperación.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk. Nothing was changed.</source>
        <translation>No hay espacio suficiente en el disco. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was lost.</source>
        <translation>No se puede escribir en la carpeta de tu caja fuerte (puede ser de solo lectura, o estar en una unidad bloqueada). No se perdió nada.</translation>
    </message>
    <message>
        <source>That item is no longer in the vault.</source>
        <translation>Eso ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>La caja fuerte está bloqueada. Ábrela primero.</translation>
    </message>
    <message>
        <source>That could not be saved. Please check what you typed.</source>
        <translation>No se pudo guardar. Revisa lo que escribiste.</translation>
    </message>
    <message>
        <source>A goal needs a short title.</source>
        <translation>Una meta necesita un título corto.</translation>
    </message>
    <message>
        <source>This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added.</source>
        <translation>Este documento pesa más de 50 MB, así que no se puede guardar en la caja fuerte. No se agregó nada.</translation>
    </message>
    <message>
        <source>This document changed while it was being read (perhaps it is still being saved or synced). Nothing was added. Please try again when it is finished.</source>
        <translation>Este documento cambió mientras se leía (quizás todavía se está guardando o sincronizando). No se agregó nada. Inténtalo otra vez cuando termine.</translation>
    </message>
    <message>
        <source>This document's copy in the vault is damaged and cannot be read. Your other papers are safe.</source>
        <translation>La copia de este documento en la caja fuerte está dañada y no se puede leer. Tus otros papeles están a salvo.</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer's disk to keep this paper safely: while it is added, it needs about twice its size. Nothing was added. Your vault is safe.</source>
        <translation>No hay suficiente espacio libre en el disco de esta computadora para guardar este documento con seguridad: mientras se agrega, necesita más o menos el doble de su tamaño. No se agregó nada. Tu caja fuerte está segura.</translation>
    </message>
    <message>
        <source>This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added.</source>
        <translation>No se pudo leer este archivo (puede ser una carpeta, o se movió o está bloqueado). No se agregó nada.</translation>
    </message>
    <message>
        <source>The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in your vault.</source>
        <translation>No se pudo guardar la copia ahí (la carpeta puede ser de solo lectura, o ya no existe). Tu documento sigue seguro en tu caja fuerte.</translation>
    </message>
    <message>
        <source>Adding papers was stopped. The papers added before it are kept; the rest were not added.</source>
        <translation>Se detuvo la carga de documentos. Los que se agregaron antes se conservan; los demás no se agregaron.</translation>
    </message>
    <message>
        <source>That is not a file that can hold a packet (a folder, a device or a pipe).</source>
        <translation>Eso no es un archivo que pueda contener un paquete (es una carpeta, un dispositivo o una tubería).</translation>
    </message>
    <message>
        <source>This file is too large to be a share packet.</source>
        <translation>Este archivo es demasiado grande para ser un paquete.</translation>
    </message>
    <message>
        <source>That share code does not open this packet. Please check it with the person who sent it.</source>
        <translation>Ese código no abre este paquete. Por favor, compruébalo con la persona que lo envió.</translation>
    </message>
    <message>
        <source>Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely on it. Ask the person who sent it for a new one.</source>
        <translation>Atención: este paquete ha sido cambiado desde que se hizo, o se cambiaron partes de él. No confíes en él. Pide uno nuevo a la persona que lo envió.</translation>
    </message>
    <message>
        <source>This file is not a share packet, or it is damaged.</source>
        <translation>Este archivo no es un paquete, o está dañado.</translation>
    </message>
    <message>
        <source>That file is not there any more. Please choose it again.</source>
        <translation>Ese archivo ya no está ahí. Por favor, elígelo otra vez.</translation>
    </message>
    <message>
        <source>This packet's consent has ended, so it should not be used any more. Ask the person who sent it if they want to share again.</source>
        <translation>El consentimiento de este paquete terminó, así que ya no debe usarse. Pregunta a la persona que lo envió si quiere volver a compartir.</translation>
    </message>
    <message>
        <source>The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again.</source>
        <translation>El paquete no pasó su propia revisión, así que no se guardó. No se compartió nada. Por favor, inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” cannot go into the packet, so the packet was not made. You can leave it out.</source>
        <translation>“%1” no puede ir en el paquete, así que el paquete no se hizo. Puedes dejarlo fuera.</translation>
    </message>
    <message>
        <source>“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its hidden details. It was not attached, and the packet was not made. You can leave it out.</source>
        <translation>“%1” es una imagen que la aplicación no puede abrir (puede estar dañada o ser demasiado grande), así que no puede quitarle sus datos ocultos. No se adjuntó y el paquete no se hizo. Puedes dejarla fuera.</translation>
    </message>
    <message>
        <source>“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden details. So that no page goes missing, the packet was not made. You can leave it out.</source>
        <translation>“%1” tiene varias páginas en un solo archivo de imagen, y solo a la primera se le pudieron quitar los datos ocultos. Para que no falte ninguna página, el paquete no se hizo. Puedes dejarlo fuera.</translation>
    </message>
    <message>
        <source>“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.</source>
        <translation>“%1” es una foto en un formato (HEIC, AVIF o JPEG XL) al que la aplicación no puede quitarle los datos ocultos, así que el paquete no se hizo. Puedes dejarla fuera, o guardar la foto como JPEG y agregar esa copia.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are safe. You can leave it out.</source>
        <translation>“%1” está dañado en la caja fuerte y no se puede leer, así que el paquete no se hizo. Tus otros documentos están seguros. Puedes dejarlo fuera.</translation>
    </message>
    <message>
        <source>A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do not rely on this packet.</source>
        <translation>Un documento de este paquete tiene un nombre de archivo que podría salir de la carpeta, así que no se guardó nada. No confíes en este paquete.</translation>
    </message>
    <message>
        <source>A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please choose an empty folder.</source>
        <translation>Ya hay un archivo con el nombre de uno de los documentos en esa carpeta. No se sobrescribió nada. Por favor, elige una carpeta vacía.</translation>
    </message>
    <message>
        <source>The papers can only be saved in a folder, and that is not one.</source>
        <translation>Los documentos solo se pueden guardar en una carpeta, y eso no es una carpeta.</translation>
    </message>
    <message>
        <source>The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share them in two packets.</source>
        <translation>Los documentos que elegiste son demasiado grandes para un paquete: juntos, como máximo %1 MB. Deja algunos fuera, o compártelos en dos paquetes.</translation>
    </message>
    <message>
        <source>This setup kit is too large, so it was not used. Nothing was added.</source>
        <translation>Este kit de inicio es demasiado grande, así que no se usó. No se agregó nada.</translation>
    </message>
    <message>
        <source>Reading the setup kit was stopped. Nothing was added.</source>
        <translation>Se detuvo la lectura del kit de inicio. No se agregó nada.</translation>
    </message>
    <message>
        <source>The files could not be read or written. Please check the disk and try again.</source>
        <translation>No se pudieron leer o escribir los archivos. Revisa el disco e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added. (%1)</source>
        <translation>No se pudo leer este kit de inicio, así que no se usó. No se agregó nada. (%1)</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added.</source>
        <translation>No se pudo leer este kit de inicio, así que no se usó. No se agregó nada.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Reading the setup kit</source>
        <translation>Leyendo el kit de inicio</translation>
    </message>
    <message>
        <source>Reading the setup kit…</source>
        <translation>Leyendo el kit de inicio…</translation>
    </message>
    <message>
        <source>Notes for the helper</source>
        <translation>Notas para quien ayuda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Making your vault</source>
        <translation>Creando tu caja fuerte</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <source>This app keeps your own plan: your goals, the services you want or do not want, and what you would like providers to know. It keeps everything on this computer and sends nothing anywhere.</source>
        <translation>Esta aplicación guarda tu propio plan: tus metas, los servicios que quieres o no quieres, y lo que te gustaría que sepan quienes te atienden. Lo guarda todo en esta computadora y no envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, with whom, and until when.</source>
        <translation>Nadie puede ver tu plan sin tu frase secreta: ni una organización, ni nosotros. Tú decides si se comparte algo, con quién y hasta cuándo.</translation>
    </message>
    <message>
        <source>Please know: if someone watches this computer with hidden software, they may see what you type. If you are not sure this computer is safe, you can set this up later on a safer device.</source>
        <translation>Ten en cuenta: si alguien vigila esta computadora con un programa oculto, podría ver lo que escribes. Si no sabes si esta computadora es segura, puedes hacer esto más tarde en otra computadora más segura.</translation>
    </message>
    <message>
        <source>I have a backup from before: restore it…</source>
        <translation>Tengo una copia de seguridad de antes: restaurarla…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Abrir un paquete que alguien me dio…</translation>
    </message>
    <message>
        <source>Is someone helping you set up?</source>
        <translation>¿Alguien te está ayudando a prepararla?</translation>
    </message>
    <message>
        <source>I am setting this up on my own</source>
        <translation>Lo estoy preparando por mi cuenta</translation>
    </message>
    <message>
        <source>Someone is helping me (for example an advocate)</source>
        <translation>Alguien me está ayudando (por ejemplo, una persona de apoyo)</translation>
    </message>
    <message>
        <source>A helper gets short notes on each step. They never need to see your passphrase or what you write.</source>
        <translation>Quien ayuda recibe notas cortas en cada paso. Nunca necesita ver tu frase secreta ni lo que escribes.</translation>
    </message>
    <message>
        <source>How should the app look?</source>
        <translation>¿Cómo quieres que se vea la aplicación?</translation>
    </message>
    <message>
        <source>In discreet mode the window is called "Notes" and has a plain icon, so a glance at the screen or the taskbar does not say what it is. You can change this later in Settings.</source>
        <translation>En el modo discreto la ventana se llama “Notas” y tiene un icono sencillo, así que un vistazo a la pantalla o a la barra de tareas no dice qué es. Puedes cambiarlo luego en Ajustes.</translation>
    </message>
    <message>
        <source>Use discreet mode</source>
        <translation>Usar el modo discreto</translation>
    </message>
    <message>
        <source>Preview of the window's name and icon:</source>
        <translation>Vista previa del nombre y el icono de la ventana:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>Elige tu frase secreta</translation>
    </message>
    <message>
        <source>A passphrase is a few words you can remember and others cannot guess, like four words that make a picture in your mind.</source>
        <translation>Una frase secreta son unas cuantas palabras que puedes recordar y que otras personas no pueden adivinar, como cuatro palabras que forman una imagen en tu mente.</translation>
    </message>
    <message>
        <source>If you forget it, nobody can open the vault, not even us. The next step makes a recovery key, just for that.</source>
        <translation>Si la olvidas, nadie puede abrir la caja fuerte, ni siquiera nosotros. El paso siguiente crea una clave de recuperación justo para eso.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Qué tan fuerte es la frase secreta</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase secreta otra vez</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault.</source>
        <translation>Si algún día olvidas tu frase secreta, esta clave abre tu caja fuerte.</translation>
    </message>
    <message>
        <source>Skip this (not recommended)…</source>
        <translation>Saltar esto (no recomendado)…</translation>
    </message>
    <message>
        <source>Anything from an agency? (optional)</source>
        <translation>¿Algo de una organización? (opcional)</translation>
    </message>
    <message>
        <source>An agency may have given you a setup kit: their contact details and a list of local services. Loading it shares nothing with them, and chooses nothing for you. You can skip this.</source>
        <translation>Puede que una organización te haya dado un kit de inicio: sus datos de contacto y una lista de servicios de tu zona. Cargarlo no comparte nada con ella ni elige nada por ti. Puedes saltar este paso.</translation>
    </message>
    <message>
        <source>Load a setup kit…</source>
        <translation>Cargar un kit de inicio…</translation>
    </message>
    <message>
        <source>Load a list of local services…</source>
        <translation>Cargar una lista de servicios locales…</translation>
    </message>
    <message>
        <source>Do not use this kit</source>
        <translation>No usar este kit</translation>
    </message>
    <message>
        <source>You are in charge</source>
        <translation>Tú tienes el control</translation>
    </message>
    <message>
        <source>Your vault is ready. Nothing is shared unless you choose.</source>
        <translation>Tu caja fuerte está lista. No se comparte nada si tú no lo decides.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the red button at the top, to hide and close the app at once.</source>
        <translation>Salida rápida: presiona la tecla Shift (⇧) tres veces, o el botón rojo de arriba, para ocultar y cerrar la aplicación al instante.</translation>
    </message>
    <message>
        <source>For the helper: let the person read at their own pace. Nothing here asks about what happened to them.</source>
        <translation>Para quien ayuda: deja que la persona lea a su ritmo. Aquí nada pregunta por lo que le pasó.</translation>
    </message>
    <message>
        <source>For the helper: you can stay for the setup, and you never need the passphrase.</source>
        <translation>Para quien ayuda: puedes quedarte durante la preparación; nunca necesitas la frase secreta.</translation>
    </message>
    <message>
        <source>For the helper: ask whether others use or look at this computer.</source>
        <translation>Para quien ayuda: pregunta si otras personas usan o miran esta computadora.</translation>
    </message>
    <message>
        <source>For the helper: please look away now, or hand the keyboard over. Do not watch the passphrase being typed, and do not write it down.</source>
        <translation>Para quien ayuda: por favor, mira hacia otro lado ahora o pasa el teclado. No mires mientras se escribe la frase secreta y no la anotes.</translation>
    </message>
    <message>
        <source>For the helper: please look away while the key is shown. Help them choose a safe place for it, without seeing it.</source>
        <translation>Para quien ayuda: por favor, mira hacia otro lado mientras se muestra la clave. Ayuda a elegir un lugar seguro para ella, sin verla.</translation>
    </message>
    <message>
        <source>For the helper: if you brought a setup kit, this is where it goes. It adds your contact details with no sharing permission.</source>
        <translation>Para quien ayuda: si trajiste un kit de inicio, va aquí. Agrega tus datos de contacto sin ningún permiso para compartir.</translation>
    </message>
    <message>
        <source>For the helper: thank you. From here on, the person is in charge.</source>
        <translation>Para quien ayuda: gracias. A partir de aquí, la persona tiene el control.</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Crear mi caja fuerte</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Abrir mi caja fuerte</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. You can make it longer, or press "Next" again to keep it. It is your choice.</source>
        <translation>Esta frase secreta es fácil de adivinar. Puedes hacerla más larga, o presionar “Siguiente” otra vez para quedártela. Tú decides.</translation>
    </message>
    <message>
        <source>Skip the recovery key?</source>
        <translation>¿Saltar la clave de recuperación?</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase means the vault cannot be opened by anyone, ever. You can make a key later in Settings.</source>
        <translation>Sin clave de recuperación, si olvidas la frase secreta nadie podrá abrir nunca la caja fuerte. Puedes crear una clave más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Saltarla</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Quedarme con la clave</translation>
    </message>
    <message>
        <source>Choose the folder with the directory files</source>
        <translation>Elige la carpeta con los archivos del directorio</translation>
    </message>
    <message>
        <source>Choose the setup kit</source>
        <translation>Elige el kit de inicio</translation>
    </message>
    <message>
        <source>Setup kits (*.json *.zip)</source>
        <translation>Kits de inicio (*.json *.zip)</translation>
    </message>
    <message>
        <source>no agency card</source>
        <translation>sin ficha de la organización</translation>
    </message>
    <message>
        <source>Ready to add: %1. Local services in its list: %2. Nothing will be chosen for you.</source>
        <translation>Listo para agregar: %1. Servicios de tu zona en su lista: %2. No se elegirá nada por ti.</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Creando tu caja fuerte. Tarda un momento.</translation>
    </message>
    <message>
        <source>Your recovery key works. Keep it safe.</source>
        <translation>Tu clave de recuperación funciona. Guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>You have no recovery key yet. You can make one in Settings.</source>
        <translation>Todavía no tienes clave de recuperación. Puedes crear una en Ajustes.</translation>
    </message>
    <message>
        <source>Local services added from the setup kit: %1.</source>
        <translation>Servicios de tu zona agregados desde el kit de inicio: %1.</translation>
    </message>
</context>
<context>
    <name>ForgotPassphraseDialog</name>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Olvidé mi frase secreta</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>Abrir y guardar</translation>
    </message>
    <message>
        <source>Type your recovery key, then choose a new passphrase. Your recovery key keeps working afterwards.</source>
        <translation>Escribe tu clave de recuperación y luego elige una frase secreta nueva. Tu clave de recuperación seguirá funcionando después.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Seven groups of four letters and numbers</source>
        <translation>Siete grupos de cuatro letras y números</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase secreta nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>La frase secreta nueva otra vez</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Por favor, escribe tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Opening with your recovery key…</source>
        <translation>Abriendo con tu clave de recuperación…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar mis cambios</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Todavía no habías guardado esto. Aquí está.</translation>
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
        <translation>Sin área</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Liderazgo y ayudar a otras personas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Change goal</source>
        <translation>Cambiar la meta</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Only the goal itself is needed. Nothing here leaves your vault unless you make a packet.</source>
        <translation>Solo hace falta la meta. Nada de esto sale de tu caja fuerte si no haces un paquete.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mi meta</translation>
    </message>
    <message>
        <source>For example: find a flat near my sister</source>
        <translation>Por ejemplo: encontrar un apartamento cerca de mi hermana</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Cómo va ahora</translation>
    </message>
    <message>
        <source>I have a date in mind</source>
        <translation>Tengo una fecha en mente</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Espero lograrla para</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar mis cambios</translation>
    </message>
    <message>
        <source>You were writing this goal and had not saved it. Here it is.</source>
        <translation>Estabas escribiendo esta meta y no la habías guardado. Aquí está.</translation>
    </message>
    <message>
        <source>You were changing this goal and had not saved it. Here are your changes.</source>
        <translation>Estabas cambiando esta meta y no la habías guardado. Aquí están tus cambios.</translation>
    </message>
    <message>
        <source>Please give your goal a short title. Everything else is optional.</source>
        <translation>Por favor, dale a tu meta un título corto. Todo lo demás es opcional.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Working on it</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>La logré</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>La dejé ir</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>No steps yet</source>
        <translation>Sin pasos todavía</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>La logré</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 de %2 pasos</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Para cuándo</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>What you want to reach, one step at a time. You decide what, how and when.</source>
        <translation>Lo que quieres lograr, paso a paso. Tú decides qué, cómo y cuándo.</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>Mostrar metas</translation>
    </message>
    <message>
        <source>All my goals</source>
        <translation>Todas mis metas</translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation>Metas que aparté</translation>
    </message>
    <message>
        <source>Search my goals</source>
        <translation>Buscar en mis metas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Agregar una meta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Apartar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>No goals match your search.</source>
        <translation>Ninguna meta coincide con tu búsqueda.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpiar la búsqueda</translation>
    </message>
    <message>
        <source>You have not put any goals away.</source>
        <translation>No has guardado aparte ninguna meta.</translation>
    </message>
    <message>
        <source>Show all my goals</source>
        <translation>Mostrar todas mis metas</translation>
    </message>
    <message>
        <source>No goals like this right now.</source>
        <translation>Ahora no hay metas así.</translation>
    </message>
    <message>
        <source>No goals here yet. Add one when you are ready.</source>
        <translation>Todavía no hay metas aquí. Agrega una cuando quieras.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Volver a mostrar</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>Primero elige una meta en la lista.</translation>
    </message>
    <message>
        <source>A new goal, not saved yet: “%1”</source>
        <translation>Una meta nueva, aún sin guardar: “%1”</translation>
    </message>
    <message>
        <source>A new goal, not saved yet</source>
        <translation>Una meta nueva, aún sin guardar</translation>
    </message>
    <message>
        <source>Changes not saved yet: “%1”</source>
        <translation>Cambios aún sin guardar: “%1”</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>una meta</translation>
    </message>
    <message>
        <source>Archived. You can find it under "Show: Archived goals".</source>
        <translation>Apartada. La encuentras en “Mostrar: Metas que aparté”.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Se volvió a mostrar.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>¿Borrar esta meta?</translation>
    </message>
    <message>
        <source>Delete this goal and its steps? This cannot be undone. If you only want it out of sight, choose "Archive" instead.</source>
        <translation>¿Borrar esta meta y sus pasos? No se puede deshacer. Si solo quieres quitarla de la vista, elige “Apartar”.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Borrada.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Elementos: %1</translation>
    </message>
    <message>
        <source>Protected with a share code</source>
        <translation>Protegido con un código del paquete</translation>
    </message>
    <message>
        <source>Not protected (plain PDF)</source>
        <translation>Sin protección (PDF simple)</translation>
    </message>
    <message>
        <source>They may still use it</source>
        <translation>Aún pueden usarlo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>What goes in</source>
        <translation>Qué va dentro</translation>
    </message>
    <message>
        <source>%1 (nothing here yet)</source>
        <translation>%1 (todavía no hay nada)</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Por favor, escribe tu frase secreta actual.</translation>
    </message>
    <message>
        <source>Backups made before now still open with your old passphrase or recovery key. Make a new backup now, and then destroy the old ones.</source>
        <translation>Las copias de seguridad hechas antes de ahora todavía se abren con tu frase secreta o tu clave de recuperación anteriores. Haz una copia nueva ahora y después destruye las antiguas.</translation>
    </message>
    <message>
        <source>Your recovery key was of an older kind and could not move to the new key, so it no longer works. Please make a new one in Settings.</source>
        <translation>Tu clave de recuperación era de un tipo antiguo y no pudo pasar a la clave nueva, así que ya no funciona. Por favor, crea una nueva en Ajustes.</translation>
    </message>
    <message>
        <source>Your current passphrase was not right, so nothing was changed.</source>
        <translation>Tu frase secreta actual no era correcta, así que no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO — sample data only. It is deleted when you close the app.</source>
        <translation>DEMOSTRACIÓN: solo datos de ejemplo. Se borran al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>DEMO — sample data only</source>
        <translation>DEMOSTRACIÓN: solo datos de ejemplo</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMOSTRACIÓN</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloquear la caja fuerte</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Quick exit: hide and close the app now</source>
        <translation>Salida rápida: ocultar y cerrar la aplicación ahora</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Or press Shift three times.</source>
        <translation>Oculta y cierra la aplicación al instante. O presiona la tecla Shift (⇧) tres veces.</translation>
    </message>
    <message>
        <source>Erasing everything. This takes a moment.</source>
        <translation>Borrando todo. Esto toma un momento.</translation>
    </message>
    <message>
        <source>The erasing is finished the next time the app starts.</source>
        <translation>El borrado se termina la próxima vez que abras la aplicación.</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>The encryption library is missing or not working, so this app cannot keep your information safe and will not open. Please reinstall the app.</source>
        <translation>Falta la biblioteca de cifrado o no funciona, así que la aplicación no puede proteger tu información y no se abrirá. Por favor, vuelve a instalar la aplicación.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>Una clave de recuperación nueva</translation>
    </message>
    <message>
        <source>When you use this new key, your old recovery key stops working.</source>
        <translation>Cuando uses esta clave nueva, tu clave de recuperación anterior dejará de funcionar.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase.</source>
        <translation>Esta clave abre tu caja fuerte si olvidas tu frase secreta.</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Usar esta clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Putting the new key in place</source>
        <translation>Poniendo la clave nueva</translation>
    </message>
    <message>
        <source>Putting your new key in place. This takes a moment; please wait.</source>
        <translation>Poniendo tu clave nueva. Tarda un momento; por favor, espera.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost.</source>
        <translation>El archivo de claves de tu caja fuerte estaba dañado o faltaba. Se usó su copia y el archivo se ha repuesto. No se perdió nada.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need.</source>
        <translation>El disco de esta computadora está lleno, así que por ahora no se puede guardar nada nuevo en tu caja fuerte. Tu caja fuerte está segura. Para hacer espacio, vacía la papelera o borra archivos grandes que no necesites.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings.</source>
        <translation>Un cambio de tu frase secreta o de tu clave de recuperación se detuvo antes de terminar (por ejemplo, con la salida rápida), así que no se cambió nada: tu frase secreta y tu clave de recuperación anteriores todavía funcionan. Si todavía quieres el cambio, por favor hazlo otra vez en Ajustes.</translation>
    </message>
</context>
<context>
    <name>OpenPacketDialog</name>
    <message>
        <source>Open a share packet</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <source>For people who received a packet: choose the file and type the share code you were given. The packet is checked for changes.</source>
        <translation>Para quien recibió un paquete: elige el archivo y escribe el código que te dieron. Se comprueba que el paquete no haya sido cambiado.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Elegir el archivo…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Código del paquete</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>Abrir y comprobar</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>Abrirlo de todos modos</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>El paquete</translation>
    </message>
    <message>
        <source>Save its data as JSON…</source>
        <translation>Guardar sus datos como JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the packet</source>
        <translation>Elige el paquete</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose the packet file first.</source>
        <translation>Por favor, elige primero el archivo del paquete.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was made. Signed by the key %1.</source>
        <translation>Comprobado: no ha cambiado desde que se hizo. Firmado con la clave %1.</translation>
    </message>
    <message>
        <source>Warning: this packet was made by an older version of Survivor Vault. Its signature covers the data shown here, but not how its pages look. Rely on this text, not on the pages, or ask for a new packet.</source>
        <translation>Atención: este paquete se hizo con una versión anterior de Survivor Vault. Su firma cubre los datos que ves aquí, pero no cómo se ven sus páginas. Confía en este texto, no en las páginas, o pide un paquete nuevo.</translation>
    </message>
    <message>
        <source>Warning: this packet is not signed, so nothing proves it is unchanged. Do not rely on it without asking the person who sent it.</source>
        <translation>Atención: este paquete no está firmado, así que nada asegura que no haya cambiado. No confíes en él sin preguntar a la persona que lo envió.</translation>
    </message>
    <message>
        <source>Its consent has ended. Use it only if the person who sent it agrees.</source>
        <translation>Su consentimiento terminó. Úsalo solo si la persona que lo envió está de acuerdo.</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>Guardar los datos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Working on it</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>La logré</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>La dejé ir</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Lo quiero</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Lo estoy usando</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Liderazgo y ayudar a otras personas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>The name I like to be called</source>
        <translation>El nombre que me gusta que usen</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Mis pronombres</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Idiomas que hablo</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Formas seguras de contactarme</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Horas seguras para contactarme</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Lo que me ayuda a participar (necesidades de accesibilidad)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mis fortalezas</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Lo que quiero que sepan quienes me atienden</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>Identificación o pasaporte</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Tribunal o asuntos legales</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Dinero y ayudas</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Escuela o formación</translation>
    </message>
    <message>
        <source>Information I chose to share with you</source>
        <translation>Información que elegí compartir con ustedes</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>El consentimiento termina el</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Con mis palabras</translation>
    </message>
    <message>
        <source>If this reached you by mistake, please delete it and do not share it.</source>
        <translation>Si esto les llegó por error, por favor bórrenlo y no lo compartan.</translation>
    </message>
    <message>
        <source>This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe.</source>
        <translation>Esta copia no está protegida con un código: cualquiera que tenga el archivo puede leerla. Por favor, guárdenla en un lugar seguro.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mis servicios</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Cómo va ahora</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Espero lograrla para</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Mi elección</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Proveedor que prefiero</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Lo que funciona</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Lo que no funciona</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>Una nota mía</translation>
    </message>
    <message>
        <source>Signed. Key fingerprint</source>
        <translation>Firmado. Huella de la clave</translation>
    </message>
    <message>
        <source>The same fingerprint on two packets means they come from the same person. Survivor Vault's "open-packet" checks that nothing was changed.</source>
        <translation>La misma huella en dos paquetes significa que vienen de la misma persona. “open-packet” de Survivor Vault comprueba que no se cambió nada.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Sin firmar.</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>I choose to share the information in this packet with %1, for this purpose: %2. My consent ends on %3. I can withdraw it at any time.</source>
        <translation>Elijo compartir la información de este paquete con %1, con este fin: %2. Mi consentimiento termina el %3. Puedo retirarlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <source>I withdraw my consent for the packet %1, which I made on %2 for %3. Please delete it and any copies, and do not use the information in it from now on.</source>
        <translation>Retiro mi consentimiento para el paquete %1, que hice el %2 para %3. Les pido que lo borren junto con cualquier copia y que no usen su información a partir de ahora.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Documentos adjuntos: %1</translation>
    </message>
    <message>
        <source>They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's "open-packet --extract" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera).</source>
        <translation>Están dentro de este archivo PDF como adjuntos: un lector de PDF los muestra en su panel de adjuntos (a menudo un botón con un clip). "open-packet --extract" de Survivor Vault los revisa y los guarda. Las fotos se enviaron sin sus datos ocultos (dónde y cuándo se tomaron, la cámara).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>PacketWizard</name>
    <message>
        <source>Make a share packet</source>
        <translation>Crear un paquete para compartir</translation>
    </message>
    <message>
        <source>You were making this packet and had not finished. What you chose and wrote is back.</source>
        <translation>Estabas preparando este paquete y no lo terminaste. Lo que elegiste y escribiste está de vuelta.</translation>
    </message>
    <message>
        <source>The person it was for is no longer in your list: choose who it is for.</source>
        <translation>La persona para quien era ya no está en tu lista: elige para quién es.</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>About the paper you chose</source>
        <translation>Sobre el documento que elegiste</translation>
    </message>
    <message>
        <source>Choose a paper in the list to see its details.</source>
        <translation>Elige un documento en la lista para ver sus datos.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · agregado el %3</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Emitido: %1</translation>
    </message>
    <message>
        <source>Ran out: %1</source>
        <translation>Venció: %1</translation>
    </message>
    <message>
        <source>Runs out: %1 (%2)</source>
        <translation>Vence: %1 (%2)</translation>
    </message>
    <message>
        <source>A reminder is set.</source>
        <translation>Hay un recordatorio.</translation>
    </message>
    <message>
        <source>A reminder is set for the day itself.</source>
        <translation>Hay un recordatorio para ese mismo día.</translation>
    </message>
</context>
<context>
    <name>PaperCopy</name>
    <message>
        <source>Save a copy?</source>
        <translation>¿Guardar una copia?</translation>
    </message>
    <message>
        <source>The copy you save is not protected: anyone who uses this computer, or the place you save it to, may open it. Your paper stays in your vault too.</source>
        <translation>La copia que guardes no está protegida: cualquier persona que use esta computadora, o el lugar donde la guardes, puede abrirla. Tu documento también se queda en tu caja fuerte.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not protected: delete it when you no longer need it.</source>
        <translation>Se guardó una copia como %1. No está protegida: bórrala cuando ya no la necesites.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Details of this paper</source>
        <translation>Datos de este documento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>Sé la fecha</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>It runs out</source>
        <translation>Tiene vencimiento</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Only a name is needed. The file itself stays as it was added.</source>
        <translation>Solo hace falta un nombre. El archivo queda tal como se agregó.</translation>
    </message>
    <message>
        <source>Please give the paper a short name, in your own words.</source>
        <translation>Por favor, dale al documento un nombre corto, con tus propias palabras.</translation>
    </message>
</context>
<context>
    <name>PaperKind</name>
    <message>
        <source>ID or passport</source>
        <translation>Identificación o pasaporte</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Tribunal o asuntos legales</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Dinero y ayudas</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Escuela o formación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Opening your paper…</source>
        <translation>Abriendo tu documento…</translation>
    </message>
    <message>
        <source>There is no preview for this one. It is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>No hay vista previa para este. Se guarda seguro en tu caja fuerte tal como está, y puedes guardar una copia.</translation>
    </message>
    <message>
        <source>This page cannot be shown. The paper is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Esta página no se puede mostrar. El documento se guarda seguro en tu caja fuerte tal como está, y puedes guardar una copia.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, página %2 de %3</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <source>Ran out %1</source>
        <translation>Venció el %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>My papers</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper for a packet.</source>
        <translation>Copias de tus documentos, guardadas bajo llave en tu caja fuerte. Nada de aquí se comparte, a menos que elijas un documento para un paquete.</translation>
    </message>
    <message>
        <source>Search my papers</source>
        <translation>Buscar en mis documentos</translation>
    </message>
    <message>
        <source>Adding papers</source>
        <translation>Agregando documentos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Add papers…</source>
        <translation>Agregar documentos…</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Dejar de agregar</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>No paper matches your search.</source>
        <translation>Ningún documento coincide con tu búsqueda.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>No papers yet. When you want to, add a copy of a paper: an ID, a letter, a court paper. It is kept locked inside your vault.</source>
        <translation>Todavía no hay documentos. Cuando quieras, agrega una copia de un documento: una identificación, una carta, un papel del tribunal. Se guarda bajo llave en tu caja fuerte.</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>Primero elige un documento en la lista.</translation>
    </message>
    <message>
        <source>Please wait until the papers are added.</source>
        <translation>Por favor, espera a que se agreguen los documentos.</translation>
    </message>
    <message>
        <source>Add papers</source>
        <translation>Agregar documentos</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Adding your papers to the vault…</source>
        <translation>Agregando tus documentos a la caja fuerte…</translation>
    </message>
    <message>
        <source>Adding your paper to the vault…</source>
        <translation>Agregando tu documento a la caja fuerte…</translation>
    </message>
    <message>
        <source>Added to your vault: %1.</source>
        <translation>Se agregó a tu caja fuerte: %1.</translation>
    </message>
    <message>
        <source>Not added: %1. %2</source>
        <translation>No se agregó: %1. %2</translation>
    </message>
    <message>
        <source>Delete the original files?</source>
        <translation>¿Borrar los archivos originales?</translation>
    </message>
    <message>
        <source>Your papers are now in your vault. The app can also delete the original files from this computer.

On SSD drives and in cloud folders (OneDrive, iCloud, Dropbox), a deleted file may still be found for a while. Copies in e-mail or on a phone stay.</source>
        <translation>Tus documentos ya están en tu caja fuerte. La aplicación también puede borrar los archivos originales de esta computadora.

En discos SSD y en carpetas de la nube (OneDrive, iCloud, Dropbox), un archivo borrado todavía se puede encontrar por un tiempo. Las copias en el correo o en un teléfono se quedan.</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>Borrar los originales</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>The original files were deleted from this computer.</source>
        <translation>Los archivos originales se borraron de esta computadora.</translation>
    </message>
    <message>
        <source>The original file was deleted from this computer.</source>
        <translation>El archivo original se borró de esta computadora.</translation>
    </message>
    <message>
        <source>Not deleted: %1. It changed since it was added, or it could not be removed. Your vault keeps the copy it added.</source>
        <translation>No se borró: %1. Cambió desde que se agregó, o no se pudo quitar. Tu caja fuerte conserva la copia que agregó.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete this paper?</source>
        <translation>¿Borrar este documento?</translation>
    </message>
    <message>
        <source>Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be brought back. Packets you already made keep what they hold.</source>
        <translation>¿Borrar “%1” de tu caja fuerte? Su copia en la caja fuerte se sobrescribe y no se puede recuperar. Los paquetes que ya hiciste conservan lo que tienen.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Borrado.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Aún sin guardar: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribiste</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase secreta</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase secreta nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>La frase secreta nueva otra vez</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase secreta</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Cambiando tu frase secreta</translation>
    </message>
    <message>
        <source>Changing your passphrase also locks your whole vault with a new key. If you think someone may know your passphrase, this explains what to do:</source>
        <translation>Cambiar tu frase secreta también cierra toda tu caja fuerte con una clave nueva. Si crees que alguien puede conocer tu frase secreta, aquí te explicamos qué hacer:</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>Alguien puede conocer mi frase secreta…</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment.</source>
        <translation>Cambiando tu frase secreta. Tarda un momento.</translation>
    </message>
    <message>
        <source>Done. Your new passphrase opens the vault from now on; the old one does not.</source>
        <translation>Listo. A partir de ahora tu frase secreta nueva abre la caja fuerte; la anterior ya no.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People &amp; agencies</source>
        <translation>Personas y organizaciones</translation>
    </message>
    <message>
        <source>People and agencies you may want to share with one day. Adding someone here shares nothing with them.</source>
        <translation>Personas y organizaciones con las que quizá quieras compartir algún día. Agregar a alguien aquí no comparte nada.</translation>
    </message>
    <message>
        <source>Search people and agencies</source>
        <translation>Buscar personas y organizaciones</translation>
    </message>
    <message>
        <source>People and agencies</source>
        <translation>Personas y organizaciones</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Agregar una persona u organización</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Nobody matches your search.</source>
        <translation>Nadie coincide con tu búsqueda.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpiar la búsqueda</translation>
    </message>
    <message>
        <source>Nobody here yet. Add a person or an agency when you want to.</source>
        <translation>Todavía no hay nadie. Agrega una persona o una agencia cuando quieras.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Primero elige a alguien en la lista.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Aún sin guardar: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>¿Borrar?</translation>
    </message>
    <message>
        <source>Delete this person or agency from your list? Any sharing permission for them ends too. Your sharing history keeps its record.</source>
        <translation>¿Borrar a esta persona u organización de tu lista? Su permiso para compartir también termina. Tu historial de lo compartido conserva su registro.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Borrado.</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>What they may see</source>
        <translation>Lo que pueden ver</translation>
    </message>
    <message>
        <source>What %1 may see</source>
        <translation>Lo que puede ver %1</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Incluir mis notas</translation>
    </message>
    <message>
        <source>Include my feedback on services</source>
        <translation>Incluir mi opinión sobre los servicios</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Para qué, con mis palabras</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar mis cambios</translation>
    </message>
    <message>
        <source>Tick what %1 may see. This sends nothing. When you make a packet for them, these boxes are ticked for you.</source>
        <translation>Marca lo que %1 puede ver. Esto no envía nada. Cuando hagas un paquete para esa persona u organización, estas casillas ya estarán marcadas.</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes.</source>
        <translation>Habías cambiado esto y no lo guardaste. Aquí están tus cambios.</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About the person you chose</source>
        <translation>Sobre la persona que elegiste</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what you share with them.</source>
        <translation>Elige a alguien en la lista para ver lo que compartes con esa persona.</translation>
    </message>
    <message>
        <source>What they may see: nothing yet.</source>
        <translation>Lo que puede ver: nada todavía.</translation>
    </message>
    <message>
        <source>What they may see: %1, until %2.</source>
        <translation>Lo que puede ver: %1, hasta el %2.</translation>
    </message>
    <message>
        <source>What they may see: %1.</source>
        <translation>Lo que puede ver: %1.</translation>
    </message>
    <message>
        <source>They hold no packet from you now.</source>
        <translation>Ahora no tiene ningún paquete tuyo.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Packets they hold now: %1 (until %2).</source>
        <translation>Paquetes que tiene ahora: %1 (hasta %2).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change person or agency</source>
        <translation>Cambiar persona u organización</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Agregar una persona u organización</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar mis cambios</translation>
    </message>
    <message>
        <source>Only a name is needed. Adding someone here shares nothing with them.</source>
        <translation>Solo hace falta un nombre. Agregar a alguien aquí no comparte nada con esa persona.</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Todavía no habías guardado esto. Aquí está.</translation>
    </message>
    <message>
        <source>Please give a name, even a first name or a nickname.</source>
        <translation>Por favor, pon un nombre, aunque sea solo el nombre de pila o un apodo.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>Where things are, at a glance. Each card leads to its page.</source>
        <translation>Cómo van las cosas, de un vistazo. Cada tarjeta lleva a su página.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>Go to my goals</source>
        <translation>Ir a mis metas</translation>
    </message>
    <message>
        <source>No goals under way. When you are ready, add one on the goals page.</source>
        <translation>No hay metas en curso. Cuando quieras, agrega una en la página de metas.</translation>
    </message>
    <message>
        <source>Working on %1 · done %2</source>
        <translation>En curso: %1 · logradas: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Aún sin pasos</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mis servicios</translation>
    </message>
    <message>
        <source>Go to my services</source>
        <translation>Ir a mis servicios</translation>
    </message>
    <message>
        <source>You have not marked any services yet. There is no hurry.</source>
        <translation>Todavía no has marcado ningún servicio. No hay prisa.</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>Quiero: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Pasos hechos: %1 de %2</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>En uso: %1</translation>
    </message>
    <message>
        <source>Not right now: %1</source>
        <translation>Ahora no: %1</translation>
    </message>
    <message>
        <source>No thanks: %1</source>
        <translation>No, gracias: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminados: %1</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>En uso ahora: %1</translation>
    </message>
    <message>
        <source>What I want: %1</source>
        <translation>Lo que quiero: %1</translation>
    </message>
    <message>
        <source>My dates and papers</source>
        <translation>Mis fechas y documentos</translation>
    </message>
    <message>
        <source>Go to my dates</source>
        <translation>Ir a mis fechas</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>No hay recordatorios pendientes.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Próxima: %1, %2</translation>
    </message>
    <message>
        <source>No papers kept yet.</source>
        <translation>Todavía no guardas documentos.</translation>
    </message>
    <message>
        <source>Papers kept in your vault: %1</source>
        <translation>Documentos guardados en tu caja fuerte: %1</translation>
    </message>
    <message>
        <source>Go to sharing</source>
        <translation>Ir a compartir</translation>
    </message>
    <message>
        <source>Who has a packet from me</source>
        <translation>Quién tiene un paquete mío</translation>
    </message>
    <message>
        <source>Nobody holds a packet from you right now.</source>
        <translation>Ahora nadie tiene un paquete tuyo.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, hasta %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>My last packet</source>
        <translation>Mi último paquete</translation>
    </message>
    <message>
        <source>See my sharing history</source>
        <translation>Ver mi historial de lo compartido</translation>
    </message>
    <message>
        <source>You have not made a packet. Nothing has left your vault.</source>
        <translation>No has hecho ningún paquete. Nada ha salido de tu caja fuerte.</translation>
    </message>
    <message>
        <source>For %1, made %2</source>
        <translation>Para %1, hecho el %2</translation>
    </message>
    <message>
        <source>You withdrew your consent on %1.</source>
        <translation>Retiraste tu consentimiento el %1.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <source>My backup</source>
        <translation>Mi copia de seguridad</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>Ir a las copias de seguridad</translation>
    </message>
    <message>
        <source>You have not made a backup yet.</source>
        <translation>Todavía no has hecho una copia de seguridad.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia de seguridad: %1</translation>
    </message>
    <message>
        <source>It is time for a new one.</source>
        <translation>Es hora de hacer una nueva.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>These are the exact pages they will see. Go back to change anything.</source>
        <translation>Estas son exactamente las páginas que verán. Vuelve atrás para cambiar lo que quieras.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Pages: %1. Items: %2.</source>
        <translation>Páginas: %1. Elementos: %2.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Nothing is left in this packet. Go back to choose what goes in.</source>
        <translation>No queda nada en este paquete. Vuelve atrás para elegir qué va dentro.</translation>
    </message>
</context>
<context>
    <name>PreviewPapers</name>
    <message>
        <source>Photos are sent without their hidden details (where and when they were taken, the camera). Other documents go exactly as they are in your vault.</source>
        <translation>Las fotos se envían sin sus datos ocultos (dónde y cuándo se tomaron, la cámara). Los demás documentos van tal como están en tu caja fuerte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Dejarlo fuera</translation>
    </message>
    <message>
        <source>Leave %1 out of this packet</source>
        <translation>Dejar %1 fuera de este paquete</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Documentos adjuntos: %1</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Choose who can open the file.</source>
        <translation>Elige quién puede abrir el archivo.</translation>
    </message>
    <message>
        <source>Protect it with a share code (recommended)</source>
        <translation>Protegerlo con un código (recomendado)</translation>
    </message>
    <message>
        <source>The file opens only with a code you give them another way, for example by phone or on paper.</source>
        <translation>El archivo solo se abre con un código que les das por otro camino, por ejemplo por teléfono o en papel.</translation>
    </message>
    <message>
        <source>A plain PDF anyone can open and print</source>
        <translation>Un PDF sin protección que cualquiera puede abrir e imprimir</translation>
    </message>
    <message>
        <source>Careful: anyone who gets this file, for example from a wrong email address or a lost USB stick, can read everything in it.</source>
        <translation>Cuidado: cualquiera que consiga este archivo, por ejemplo por un correo equivocado o una memoria USB perdida, puede leer todo lo que contiene.</translation>
    </message>
    <message>
        <source>I understand, and I want a plain PDF</source>
        <translation>Lo entiendo y quiero un PDF sin protección</translation>
    </message>
    <message>
        <source>Sign it</source>
        <translation>Firmarlo</translation>
    </message>
    <message>
        <source>Signing lets them check that nobody changed it, and that it comes from the same person as your other packets. It does not show your name.</source>
        <translation>La firma les permite comprobar que nadie lo cambió y que viene de la misma persona que tus otros paquetes. No muestra tu nombre.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Why, and until when?</source>
        <translation>¿Para qué y hasta cuándo?</translation>
    </message>
    <message>
        <source>The purpose and the end date are printed on the first page.</source>
        <translation>El para qué y la fecha final se imprimen en la primera página.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Para qué, con mis palabras</translation>
    </message>
    <message>
        <source>For example: to plan housing support with me</source>
        <translation>Por ejemplo: para planear conmigo el apoyo con la vivienda</translation>
    </message>
    <message>
        <source>My consent ends on</source>
        <translation>Mi consentimiento termina el</translation>
    </message>
    <message>
        <source>A note in my words</source>
        <translation>Una nota con mis palabras</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Idioma del paquete</translation>
    </message>
    <message>
        <source>Language of the packet (the person reading it may not read yours)</source>
        <translation>Idioma del paquete (quien lo lea quizá no lea el tuyo)</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Extra grande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>¿Para quién es?</translation>
    </message>
    <message>
        <source>Choose the person or agency. Adding someone shares nothing with them.</source>
        <translation>Elige la persona u organización. Agregar a alguien no comparte nada.</translation>
    </message>
    <message>
        <source>Who is it for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <source>Add a person or agency…</source>
        <translation>Agregar una persona u organización…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>Write it down, or print it, and keep it somewhere safe, away from this computer. Anyone who has it can open your vault. It is shown only now.</source>
        <translation>Anótala o imprímela y guárdala en un lugar seguro, lejos de esta computadora. Quien la tenga puede abrir tu caja fuerte. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Print it (save a one-page PDF)…</source>
        <translation>Imprimirla (guardar un PDF de una página)…</translation>
    </message>
    <message>
        <source>A group of your recovery key</source>
        <translation>Un grupo de tu clave de recuperación</translation>
    </message>
    <message>
        <source>To show you kept it, type group %1 of the key (counting from the left):</source>
        <translation>Para mostrar que la guardaste, escribe el grupo %1 de la clave (contando desde la izquierda):</translation>
    </message>
    <message>
        <source>That is not the same. Please look at the key again.</source>
        <translation>No es igual. Por favor, mira la clave otra vez.</translation>
    </message>
    <message>
        <source>Thank you. Keep it safe.</source>
        <translation>Gracias. Guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>My recovery key</source>
        <translation>Mi clave de recuperación</translation>
    </message>
    <message>
        <source>This key opens my vault if I forget my passphrase. Keep it safe and away from the computer.</source>
        <translation>Esta clave abre mi caja fuerte si olvido mi frase secreta. Guárdala en un lugar seguro y lejos de la computadora.</translation>
    </message>
    <message>
        <source>Saved: %1. Print it, then delete the file if others use this computer.</source>
        <translation>Guardado: %1. Imprímelo y luego borra el archivo si otras personas usan esta computadora.</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Crear una clave de recuperación nueva…</translation>
    </message>
    <message>
        <source>You have a recovery key. Making a new one stops the old one working.</source>
        <translation>Tienes una clave de recuperación. Si creas una nueva, la anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>You have no recovery key. If you forget your passphrase, nobody can open the vault.</source>
        <translation>No tienes clave de recuperación. Si olvidas tu frase secreta, nadie podrá abrir la caja fuerte.</translation>
    </message>
    <message>
        <source>Your new recovery key works now. The old one does not.</source>
        <translation>Tu nueva clave de recuperación ya funciona. La anterior ya no.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 ran out on %2 (%3)</source>
        <translation>%1 venció el %2 (%3)</translation>
    </message>
    <message>
        <source>%1 runs out on %2 (%3)</source>
        <translation>%1 vence el %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderField</name>
    <message>
        <source>Remind me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Días antes</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform> día antes</numerusform>
            <numerusform> días antes</numerusform>
        </translation>
    </message>
    <message>
        <source> day before</source>
        <translation> día antes</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>el mismo día</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>You have a reminder</source>
        <translation>Tienes un recordatorio</translation>
    </message>
</context>
<context>
    <name>RemindersCallout</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>and %1 more on My dates</source>
        <translation>y %1 más en Mis fechas</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase you had when you made it. If there is a vault on this computer, it is kept until the backup has opened and passed its checks; then the backup takes its place.</source>
        <translation>Elige el archivo de la copia y escribe la frase secreta que tenías cuando la hiciste. Si hay una caja fuerte en esta computadora, se conserva hasta que la copia se abra y pase sus comprobaciones; luego la copia ocupa su lugar.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>Elegir la copia…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase secreta de la copia</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elige la copia</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Copias de seguridad (*.svbackup)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>Por favor, elige primero el archivo de la copia.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Por favor, escribe la frase secreta de la copia.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia…</translation>
    </message>
    <message>
        <source>%1 Your vault is as it was.</source>
        <translation>%1 Tu caja fuerte sigue como estaba.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Lock by itself after this many idle minutes</source>
        <translation>Bloquear automáticamente después de estos minutos sin uso</translation>
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
        <translation>Bloquear automáticamente después de</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Modo discreto</translation>
    </message>
    <message>
        <source>The window is called "Notes" and has a plain icon, even before you unlock.</source>
        <translation>La ventana se llama “Notas” y tiene un icono sencillo, incluso antes de abrir tu caja fuerte.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the Quick exit button, to hide and close the app at once.</source>
        <translation>Salida rápida: presiona la tecla Shift (⇧) tres veces, o el botón “Salida rápida”, para ocultar y cerrar la aplicación al instante.</translation>
    </message>
    <message>
        <source>Tell me with a notification</source>
        <translation>Avisarme con una notificación</translation>
    </message>
    <message>
        <source>Tell me with a notification when a reminder is due</source>
        <translation>Avisarme con una notificación cuando haya un recordatorio</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When a reminder is due, the computer shows a notification that says only "You have a reminder", even while the app is locked. Someone near the screen could see it.</source>
        <translation>Apagado, a menos que lo enciendas. Cuando hay un recordatorio, la computadora muestra una notificación que solo dice "Tienes un recordatorio", incluso con la aplicación bloqueada. Alguien cerca de la pantalla podría verla.</translation>
    </message>
    <message>
        <source>This computer does not show notifications from apps.</source>
        <translation>Esta computadora no muestra notificaciones de las aplicaciones.</translation>
    </message>
    <message>
        <source>Hide from screenshots</source>
        <translation>Ocultar en capturas de pantalla</translation>
    </message>
    <message>
        <source>Hide this app from screenshots and screen sharing</source>
        <translation>Ocultar esta aplicación en capturas de pantalla y al compartir pantalla</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the packet</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere: you decide how it gets to them.</source>
        <translation>Elige dónde guardarlo. No se envía nada a ninguna parte: tú decides cómo les llega.</translation>
    </message>
    <message>
        <source>Save the packet…</source>
        <translation>Guardar el paquete…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>shared-%1.pdf</source>
        <translation>compartido-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1. It is in your sharing history.</source>
        <translation>Guardado: %1. Está en tu historial de lo compartido.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mis servicios</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Mis documentos</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Housing and shelter</source>
        <translation>Vivienda y refugio</translation>
    </message>
    <message>
        <source>A safe place to stay, now or for longer.</source>
        <translation>Un lugar seguro donde quedarme, ahora o por más tiempo.</translation>
    </message>
    <message>
        <source>Home and safety</source>
        <translation>Hogar y seguridad</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Making a plan to stay safe, with someone who knows how.</source>
        <translation>Hacer un plan para estar a salvo, con alguien que sabe cómo.</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Ayuda legal</translation>
    </message>
    <message>
        <source>Advice from a lawyer or legal worker, for example about rights, family law or court.</source>
        <translation>Asesoría de un abogado u otra persona que trabaja en temas legales, por ejemplo sobre derechos, asuntos de familia o la corte.</translation>
    </message>
    <message>
        <source>Rights and papers</source>
        <translation>Derechos y papeles</translation>
    </message>
    <message>
        <source>Immigration help</source>
        <translation>Ayuda con inmigración</translation>
    </message>
    <message>
        <source>Help with visas, residence and papers.</source>
        <translation>Ayuda con visas, residencia y papeles.</translation>
    </message>
    <message>
        <source>Interpreting and translation</source>
        <translation>Interpretación y traducción</translation>
    </message>
    <message>
        <source>Someone who speaks my language, for meetings or papers.</source>
        <translation>Alguien que habla mi idioma, para reuniones o papeles.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Doctors, nurses, dental care and medicine.</source>
        <translation>Médicos, enfermería, dentista y medicinas.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Counselling and mental health</source>
        <translation>Apoyo psicológico y salud mental</translation>
    </message>
    <message>
        <source>Someone to talk to, and support for how I feel.</source>
        <translation>Alguien con quien hablar, y apoyo para cómo me siento.</translation>
    </message>
    <message>
        <source>Support with alcohol or drugs</source>
        <translation>Apoyo con el alcohol o las drogas</translation>
    </message>
    <message>
        <source>Help to cut down or stop, without judgement.</source>
        <translation>Ayuda para reducir o dejar, sin que nadie me juzgue.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <source>One person who helps me connect with other services.</source>
        <translation>Una persona que me ayuda a conectar con otros servicios.</translation>
    </message>
    <message>
        <source>Everyday support</source>
        <translation>Apoyo para el día a día</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Dinero y beneficios</translation>
    </message>
    <message>
        <source>Help with money, a bank account, benefits or debts.</source>
        <translation>Ayuda con el dinero, una cuenta bancaria, beneficios o deudas.</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado de niñas y niños</translation>
    </message>
    <message>
        <source>Care for my children while I do other things.</source>
        <translation>Cuidado de mis hijas e hijos mientras hago otras cosas.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Moverme</translation>
    </message>
    <message>
        <source>Help with travel to appointments and places I need to go.</source>
        <translation>Ayuda para ir a citas y a los lugares donde necesito ir.</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>Comida y ropa</translation>
    </message>
    <message>
        <source>Food, clothes and other basic things.</source>
        <translation>Comida, ropa y otras cosas básicas.</translation>
    </message>
    <message>
        <source>Work and jobs</source>
        <translation>Trabajo y empleo</translation>
    </message>
    <message>
        <source>Finding work, training for a job, or knowing my rights at work.</source>
        <translation>Encontrar trabajo, capacitarme para un empleo o conocer mis derechos en el trabajo.</translation>
    </message>
    <message>
        <source>Learning and work</source>
        <translation>Aprender y trabajar</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>Aprendizaje y escuela</translation>
    </message>
    <message>
        <source>Classes, school, language courses or study.</source>
        <translation>Clases, escuela, cursos de idiomas o estudios.</translation>
    </message>
    <message>
        <source>Peer support and mentoring</source>
        <translation>Apoyo de pares y mentoría</translation>
    </message>
    <message>
        <source>Meeting people with similar experiences who can walk beside me.</source>
        <translation>Conocer a personas con experiencias parecidas que puedan acompañarme.</translation>
    </message>
    <message>
        <source>People around me</source>
        <translation>Las personas a mi alrededor</translation>
    </message>
    <message>
        <source>Family and reunification</source>
        <translation>Familia y reencuentro</translation>
    </message>
    <message>
        <source>Staying in touch with, or reuniting with, my family.</source>
        <translation>Mantener el contacto con mi familia o reencontrarme con ella.</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Los que agregué yo</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Mi elección</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>My services</source>
        <translation>Mis servicios</translation>
    </message>
    <message>
        <source>Say what you want, what you use, and what is not for you. You never have to give a reason.</source>
        <translation>Di lo que quieres, lo que usas y lo que no es para ti. Nunca tienes que dar una razón.</translation>
    </message>
    <message>
        <source>Kinds of services</source>
        <translation>Tipos de servicios</translation>
    </message>
    <message>
        <source>Add my own kind of service</source>
        <translation>Agregar mi propio tipo de servicio</translation>
    </message>
    <message>
        <source>Your own kind of service</source>
        <translation>Tu propio tipo de servicio</translation>
    </message>
    <message>
        <source>What kind of service? For example: sewing group</source>
        <translation>¿Qué tipo de servicio? Por ejemplo: grupo de costura</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>What you typed to change your passphrase was not kept: a passphrase is never saved anywhere. Please type it again.</source>
        <translation>Lo que escribiste para cambiar tu frase secreta no se conservó: una frase secreta nunca se guarda en ningún lugar. Escríbela otra vez, por favor.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Nothing leaves your vault unless you make a packet. You choose what goes in, for whom, and until when.</source>
        <translation>Nada sale de tu caja fuerte si no haces un paquete. Tú eliges qué va dentro, para quién y hasta cuándo.</translation>
    </message>
    <message>
        <source>Make a share packet…</source>
        <translation>Crear un paquete para compartir…</translation>
    </message>
    <message>
        <source>What each person may see</source>
        <translation>Lo que puede ver cada persona</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation>Persona u organización</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>Puede ver</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Set what they may see…</source>
        <translation>Decidir lo que pueden ver…</translation>
    </message>
    <message>
        <source>Remove permission</source>
        <translation>Quitar el permiso</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Historial de lo compartido</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retirar mi consentimiento…</translation>
    </message>
    <message>
        <source>A full bar: they may still use it. An empty bar: it has ended. A cross: you withdrew your consent. The dashed line is today.</source>
        <translation>Barra llena: aún pueden usarlo. Barra vacía: ya terminó. Una cruz: retiraste tu consentimiento. La línea punteada es hoy.</translation>
    </message>
    <message>
        <source>Nothing has left your vault. When you make a packet, it is written here: for whom, what, and until when.</source>
        <translation>Nada ha salido de tu caja fuerte. Cuando hagas un paquete, quedará anotado aquí: para quién, qué y hasta cuándo.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Primero elige a alguien en la lista.</translation>
    </message>
    <message>
        <source>They may see nothing now.</source>
        <translation>Ahora no puede ver nada.</translation>
    </message>
    <message>
        <source>Choose a packet in the history first.</source>
        <translation>Primero elige un paquete en el historial.</translation>
    </message>
    <message>
        <source>You already withdrew your consent for this packet.</source>
        <translation>Ya retiraste tu consentimiento para este paquete.</translation>
    </message>
    <message>
        <source>Withdraw consent for %1…</source>
        <translation>Retirar mi consentimiento para %1…</translation>
    </message>
    <message>
        <source>First add the person or agency in "People &amp; agencies", or in the first step of the packet.</source>
        <translation>Primero agrega la persona u organización en “Personas y organizaciones”, o en el primer paso del paquete.</translation>
    </message>
    <message>
        <source>Your packet is saved and written in your sharing history.</source>
        <translation>Tu paquete está guardado y anotado en tu historial de lo compartido.</translation>
    </message>
    <message>
        <source>A packet for “%1” you had not finished</source>
        <translation>Un paquete para “%1” que no terminaste</translation>
    </message>
    <message>
        <source>A packet you had not finished</source>
        <translation>Un paquete que no terminaste</translation>
    </message>
    <message>
        <source>What “%1” may see: changes not saved yet</source>
        <translation>Lo que “%1” puede ver: cambios aún sin guardar</translation>
    </message>
    <message>
        <source>Saved. This shares nothing by itself.</source>
        <translation>Guardado. Esto no comparte nada por sí solo.</translation>
    </message>
    <message>
        <source>Permission removed. Packets you already made are still in your history, where you can withdraw consent for each.</source>
        <translation>Permiso quitado. Los paquetes que ya hiciste siguen en tu historial, donde puedes retirar tu consentimiento para cada uno.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>¿Retirar mi consentimiento?</translation>
    </message>
    <message>
        <source>Withdraw your consent for this packet to %1? It will be marked in your history, and you can save a short notice to send them, asking them to delete it. The notice holds none of your information.</source>
        <translation>¿Retirar tu consentimiento para el paquete que hiciste para %1? Quedará marcado en tu historial y podrás guardar un aviso corto para enviarles, pidiendo que lo borren. El aviso no contiene nada de tu información.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar mi consentimiento</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Consent withdrawn. Making the notice…</source>
        <translation>Consentimiento retirado. Preparando el aviso…</translation>
    </message>
    <message>
        <source>withdrawal-%1.pdf</source>
        <translation>retiro-%1.pdf</translation>
    </message>
    <message>
        <source>Save the withdrawal notice</source>
        <translation>Guardar el aviso de retiro</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent withdrawn. You chose not to save a notice.</source>
        <translation>Consentimiento retirado. Elegiste no guardar un aviso.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Notice saved: %1. Send it to them the way you choose.</source>
        <translation>Consentimiento retirado. Aviso guardado: %1. Envíaselo como tú elijas.</translation>
    </message>
</context>
<context>
    <name>SharingTimelineView</name>
    <message>
        <source>Timeline of what you shared</source>
        <translation>Línea de tiempo de lo que compartiste</translation>
    </message>
    <message>
        <source>%1: from %2, withdrawn %3</source>
        <translation>%1: desde el %2, retirado el %3</translation>
    </message>
    <message>
        <source>%1: from %2, ended %3</source>
        <translation>%1: desde el %2, terminó el %3</translation>
    </message>
    <message>
        <source>%1: from %2, no end date</source>
        <translation>%1: desde el %2, sin fecha de fin</translation>
    </message>
    <message>
        <source>%1: from %2 until %3</source>
        <translation>%1: desde el %2 hasta el %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>SomeoneMayKnowDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Alguien puede conocer mi frase secreta</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will not open anything you write from now on, even with a copy of the vault's files someone may have kept.</source>
        <translation>Elige una frase secreta nueva. La aplicación cierra entonces toda tu caja fuerte con una clave nueva: la frase anterior no abrirá nada de lo que escribas desde ahora, ni siquiera con una copia de los archivos que alguien haya guardado.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase secreta nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>La frase secreta nueva otra vez</translation>
    </message>
    <message>
        <source>Changing your passphrase and key</source>
        <translation>Cambiando tu frase secreta y tu clave</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>Cambiar la frase secreta y la clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Changing your passphrase and key. This takes a moment; please wait.</source>
        <translation>Cambiando tu frase secreta y tu clave. Tarda un momento; por favor, espera.</translation>
    </message>
    <message>
        <source>Please type your passphrases again.</source>
        <translation>Por favor, escribe tus frases secretas otra vez.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Done. Only your new passphrase opens the vault now.</source>
        <translation>Listo. Ahora solo tu frase secreta nueva abre la caja fuerte.</translation>
    </message>
    <message>
        <source>If they may also have seen your recovery key, make a new one in Settings.</source>
        <translation>Si también han podido ver tu clave de recuperación, crea una nueva en Ajustes.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Un siguiente paso pequeño</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Agregar paso</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Easy to guess. A few words together are easier to remember and much harder to guess.</source>
        <translation>Fácil de adivinar. Unas cuantas palabras juntas son más fáciles de recordar y mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Getting there. One or two more words would make it much stronger.</source>
        <translation>Vas bien. Una o dos palabras más la harían mucho más fuerte.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>Fuerte. Asegúrate de que puedas recordarla.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Escribe tu frase secreta para abrir tu caja fuerte.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase secreta</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Abrir mi caja fuerte</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>Abriendo tu caja fuerte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>I forgot my passphrase…</source>
        <translation>Olvidé mi frase secreta…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Escribe tu frase secreta para abrir tus notas.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Open a file someone gave me…</source>
        <translation>Abrir un archivo que alguien me dio…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Abrir un paquete que alguien me dio…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Por favor, escribe tu frase secreta.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first, then try again here.</source>
        <translation>Esta caja fuerte ya está abierta en otra ventana. Ciérrala allí primero y luego inténtalo otra vez aquí.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. To keep your vault safe, you can try again in a few seconds. Seconds left: %1</source>
        <translation>Esa frase secreta no abrió la caja fuerte. Para proteger tu caja fuerte, podrás intentarlo de nuevo en unos segundos. Segundos que faltan: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes intentarlo otra vez.</translation>
    </message>
</context>
<context>
    <name>UnsavedStrip</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Throw away what you wrote?</source>
        <translation>¿Descartar lo que escribiste?</translation>
    </message>
    <message>
        <source>Throw away what you wrote and did not save? This cannot be undone.</source>
        <translation>¿Descartar lo que escribiste y no guardaste? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>VaultArea</name>
    <message>
        <source>Parts of my vault</source>
        <translation>Partes de mi caja fuerte</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mis servicios</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>Personas y organizaciones</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>My dates</source>
        <translation>Mis fechas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>It has been a while since your last backup. A backup keeps your plan safe if this computer is lost or broken.</source>
        <translation>Hace tiempo que no haces una copia de seguridad. Una copia protege tu plan si esta computadora se pierde o se rompe.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Hacer una copia</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>Para que lo sepas</translation>
    </message>
    <message>
        <source>Since you last opened it: one try with a wrong passphrase (%1).</source>
        <translation>Desde la última vez que la abriste: un intento con una frase secreta equivocada (%1).</translation>
    </message>
    <message>
        <source>Since you last opened it: %1 tries with a wrong passphrase (%2).</source>
        <translation>Desde la última vez que la abriste: %1 intentos con una frase secreta equivocada (%2).</translation>
    </message>
    <message>
        <source>What you had not saved yet is kept. It is where you left it.</source>
        <translation>Lo que aún no habías guardado se conservó. Está donde lo dejaste.</translation>
    </message>
</context>
<context>
    <name>_VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>