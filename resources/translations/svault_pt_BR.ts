<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutMe</name>
    <message>
        <source>The name I like to be called</source>
        <translation>Como gosto que me chamem</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Meus pronomes</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Idiomas que eu falo</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Formas seguras de entrar em contato comigo</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Horários seguros para entrar em contato comigo</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>O que me ajuda a participar (necessidades de acessibilidade)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Meus pontos fortes</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>O que eu quero que as pessoas que me atendem saibam</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>Sobre mim</translation>
    </message>
    <message>
        <source>Only what you want to say, in your own words. Every box is optional. Nothing here is shared unless you choose.</source>
        <translation>Só o que você quiser dizer, com suas próprias palavras. Todos os campos são opcionais. Nada daqui é compartilhado se você não quiser.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar minhas alterações</translation>
    </message>
    <message>
        <source>You were writing here and had not saved it. Here it is. Press Save to keep it.</source>
        <translation>Você estava escrevendo aqui e não tinha salvado. Está aqui. Aperte “Salvar” para guardar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>You made your vault</source>
        <translation>Você criou seu cofre</translation>
    </message>
    <message>
        <source>Opened with your passphrase</source>
        <translation>Cofre aberto com sua frase secreta</translation>
    </message>
    <message>
        <source>Opened with your recovery key</source>
        <translation>Cofre aberto com sua chave de recuperação</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase secreta trocada</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Nova chave de recuperação criada</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>Chave de recuperação removida</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cópia de segurança feita</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Cofre restaurado de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Meta adicionada</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Meta alterada</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Meta apagada</translation>
    </message>
    <message>
        <source>Service choice added</source>
        <translation>Escolha de serviço adicionada</translation>
    </message>
    <message>
        <source>Service choice changed</source>
        <translation>Escolha de serviço alterada</translation>
    </message>
    <message>
        <source>Service choice removed</source>
        <translation>Escolha de serviço removida</translation>
    </message>
    <message>
        <source>Your own kind of service added</source>
        <translation>Seu próprio tipo de serviço adicionado</translation>
    </message>
    <message>
        <source>About me changed</source>
        <translation>“Sobre mim” alterado</translation>
    </message>
    <message>
        <source>Person or agency added</source>
        <translation>Pessoa ou organização adicionada</translation>
    </message>
    <message>
        <source>Person or agency changed</source>
        <translation>Pessoa ou organização alterada</translation>
    </message>
    <message>
        <source>Person or agency deleted</source>
        <translation>Pessoa ou organização apagada</translation>
    </message>
    <message>
        <source>Sharing permission saved</source>
        <translation>Permissão para compartilhar salva</translation>
    </message>
    <message>
        <source>Sharing permission removed</source>
        <translation>Permissão para compartilhar removida</translation>
    </message>
    <message>
        <source>Share packet made</source>
        <translation>Pacote para compartilhar criado</translation>
    </message>
    <message>
        <source>Consent withdrawn for a packet</source>
        <translation>Consentimento retirado para um pacote</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Documento adicionado</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>Dados de um documento alterados</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Documento apagado</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Data adicionada</translation>
    </message>
    <message>
        <source>Date changed</source>
        <translation>Data alterada</translation>
    </message>
    <message>
        <source>Date deleted</source>
        <translation>Data apagada</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>What happened in your vault, newest first. Only you can see this.</source>
        <translation>O que aconteceu no seu cofre, do mais recente para o mais antigo. Só você pode ver isto.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo. Its passphrase is: demo</source>
        <translation>Esta é a demonstração. A frase secreta dela é: demo</translation>
    </message>
</context>
<context>
    <name>AttachedPapers</name>
    <message>
        <source>Papers attached</source>
        <translation>Documentos anexados</translation>
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
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Saved copies are not protected by the share code: anyone who can use this computer can open them. Keep them safe, and delete them when they are no longer needed.</source>
        <translation>As cópias salvas não ficam protegidas pelo código do pacote: qualquer pessoa que possa usar este computador consegue abri-las. Guarde-as em um lugar seguro e apague-as quando não forem mais necessárias.</translation>
    </message>
    <message>
        <source>Save this paper…</source>
        <translation>Salvar este documento…</translation>
    </message>
    <message>
        <source>Save all papers in a folder…</source>
        <translation>Salvar todos os documentos em uma pasta…</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Documentos anexados: %1</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>Salvar o documento</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the papers</source>
        <translation>Escolha uma pasta para os documentos</translation>
    </message>
    <message>
        <source>Saved %1 papers in %2.</source>
        <translation>%1 documentos salvos em %2.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>A backup is one encrypted file, for example on a USB stick. It opens with the passphrase you have on the day you make it. Uninstalling the app does not remove your vault or your backups; "Erase everything" below removes the vault.</source>
        <translation>Uma cópia de segurança é um único arquivo criptografado, por exemplo em um pen drive. Ela abre com a frase secreta que você tem no dia em que a faz. Desinstalar o aplicativo não remove seu cofre nem suas cópias de segurança; “Apagar tudo”, mais abaixo, remove o cofre.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Fazer uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Verificar uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Fazendo a cópia de segurança</translation>
    </message>
    <message>
        <source>Remind me to make a backup every this many weeks (0: never)</source>
        <translation>Me lembrar de fazer uma cópia de segurança a cada tantas semanas (0: nunca)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Remind me every (weeks)</source>
        <translation>Me lembrar a cada (semanas)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última cópia de segurança: %1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Nenhuma cópia de segurança feita ainda.</translation>
    </message>
    <message>
        <source>You keep no papers in your vault yet.</source>
        <translation>Você ainda não guarda documentos no seu cofre.</translation>
    </message>
    <message>
        <source>Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room.</source>
        <translation>Seus documentos: %1, %2 no total. Uma cópia de segurança também guarda os documentos, então ela precisa de pelo menos esse espaço.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Onde salvar a cópia de segurança?</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Fazendo a cópia de segurança…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Cópia de segurança feita e verificada: %1</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Escolha a cópia de segurança</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Cópias de segurança (*.svbackup)</translation>
    </message>
</context>
<context>
    <name>CaptureShield</name>
    <message>
        <source>On: screenshots, screen recordings and screen sharing leave this app's windows out (on older Windows 10, they show black). Someone can still take a photo of the screen.</source>
        <translation>Ativado: capturas de tela, gravações de tela e compartilhamento de tela deixam de fora as janelas deste aplicativo (no Windows 10 mais antigo, elas aparecem pretas). Alguém ainda pode tirar uma foto da tela.</translation>
    </message>
    <message>
        <source>On: the app asks macOS to leave its windows out of screenshots and screen sharing. Newer versions of macOS do not always do this, and someone can still take a photo of the screen.</source>
        <translation>Ativado: o aplicativo pede ao macOS para deixar as janelas dele fora das capturas de tela e do compartilhamento de tela. As versões mais novas do macOS nem sempre fazem isso, e alguém ainda pode tirar uma foto da tela.</translation>
    </message>
    <message>
        <source>Your system does not let apps hide from screenshots. Anyone who can see or record the screen can see the app.</source>
        <translation>Seu sistema não deixa os aplicativos se esconderem das capturas de tela. Qualquer pessoa que possa ver ou gravar a tela pode ver o aplicativo.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Verificar uma cópia de segurança</translation>
    </message>
    <message>
        <source>Passphrase of the backup (the one you had when you made it)</source>
        <translation>Frase secreta da cópia de segurança (a que você tinha quando fez a cópia)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase secreta da cópia de segurança</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>This backup is good: it opens with that passphrase and passes every check.</source>
        <translation>Esta cópia de segurança está boa: ela abre com essa frase secreta e passa em todas as verificações.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Essa frase secreta não abre esta cópia de segurança.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup. Please make a new one.</source>
        <translation>Esta cópia de segurança está danificada ou não é uma cópia de segurança. Por favor, faça uma nova.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Not decided</source>
        <translation>Ainda não decidi</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Quero este</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Estou usando</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Não é para mim</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Já terminei</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Which provider</source>
        <translation>Quem me atende</translation>
    </message>
    <message>
        <source>Add another provider</source>
        <translation>Adicionar outro lugar ou pessoa que atende</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Remover este item</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar minhas alterações</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Minha escolha</translation>
    </message>
    <message>
        <source>Pick a provider from the local list</source>
        <translation>Escolher quem atende na lista local</translation>
    </message>
    <message>
        <source>Pick from the local list (optional)</source>
        <translation>Escolher na lista local (opcional)</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Quem eu prefiro que me atenda</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>How is it going for me?</source>
        <translation>Como está sendo para mim?</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>O que está funcionando</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>O que não está funcionando</translation>
    </message>
    <message>
        <source>Choose a service on the left to say what you want.</source>
        <translation>Escolha um serviço à esquerda para dizer o que você quer.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Filled in from the local list. Press Save to keep it.</source>
        <translation>Preenchido com a lista local. Aperte “Salvar” para guardar.</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes. Press Save to keep them.</source>
        <translation>Você tinha alterado isto e não salvou. Aqui estão suas alterações. Aperte “Salvar” para guardá-las.</translation>
    </message>
    <message>
        <source>Your changes to “%1” are kept, not saved yet. Go back to it to save them.</source>
        <translation>Suas alterações em “%1” foram mantidas, mas ainda não foram salvas. Volte lá para salvá-las.</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick what you want, if you like.</source>
        <translation>Ainda não há nada para salvar. Se quiser, escolha o que você prefere.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>A new entry was added. Fill in the provider, then Save.</source>
        <translation>Um novo item foi adicionado. Escreva quem atende e aperte “Salvar”.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Removido.</translation>
    </message>
</context>
<context>
    <name>ChoiceToggles</name>
    <message>
        <source>Choice %1 of %2. Only one can be chosen.</source>
        <translation>Opção %1 de %2. Só dá para escolher uma.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>The share code</source>
        <translation>O código do pacote</translation>
    </message>
    <message>
        <source>The packet is saved. This code opens it.</source>
        <translation>O pacote foi salvo. Este código abre o pacote.</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Código do pacote</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar o código</translation>
    </message>
    <message>
        <source>Give this code to them another way than the file: read it to them on the phone, or write it on paper. In a PDF reader, they type it exactly as shown, in small letters with the dashes. Typed with spaces instead of dashes (%1), it opens the file too. Anyone with both the file and the code can read the packet. The app does not keep the code.</source>
        <translation>Não mande este código junto com o arquivo. Passe o código de outra forma: leia em voz alta por telefone ou escreva em um papel. Em um leitor de PDF, quem recebe digita o código exatamente como aparece, em letras minúsculas e com os tracinhos. Digitado com espaços no lugar dos tracinhos (%1), ele também abre o arquivo. Quem tiver o arquivo e o código pode ler o pacote. O aplicativo não guarda o código.</translation>
    </message>
    <message>
        <source>This packet has no share code: anyone with the file can read it.</source>
        <translation>Este pacote não tem código: qualquer pessoa que tiver o arquivo pode ler o pacote.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Copiado. A área de transferência será limpa em 30 segundos.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes in?</source>
        <translation>O que vai no pacote?</translation>
    </message>
    <message>
        <source>Tick what you want in this packet. Nothing is in it unless you tick it.</source>
        <translation>Marque o que você quer neste pacote. Nada entra nele se você não marcar.</translation>
    </message>
    <message>
        <source>Start from what they may see</source>
        <translation>Começar pelo que podem ver</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Incluir minhas notas</translation>
    </message>
    <message>
        <source>Include how services are going for me (my feedback)</source>
        <translation>Incluir como os serviços estão sendo para mim (minha opinião)</translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick only what you want %1 to see.</source>
        <translation>Nada está marcado. Marque só o que você quer que %1 veja.</translation>
    </message>
    <message>
        <source>Ticked: %1. Only what you tick goes to %2.</source>
        <translation>Marcado: %1. Só o que você marcar vai para %2.</translation>
    </message>
    <message>
        <source>Start from what %1 may see</source>
        <translation>Começar pelo que %1 pode ver</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Change this date</source>
        <translation>Alterar esta data</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Adicionar uma data</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>O que é</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>For which paper</source>
        <translation>De qual documento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere else.</source>
        <translation>Algumas palavras e o dia bastam. O lembrete aparece dentro do aplicativo depois que você o desbloqueia, e em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Nenhum documento</translation>
    </message>
    <message>
        <source>Please say what the date is for, in a few words.</source>
        <translation>Por favor, diga em poucas palavras para que é esta data.</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Hearing</source>
        <translation>Audiência</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovação</translation>
    </message>
    <message>
        <source>A paper runs out</source>
        <translation>Um documento vence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <source>no reminder</source>
        <translation>sem lembrete</translation>
    </message>
    <message>
        <source>reminder on the day</source>
        <translation>lembrete no próprio dia</translation>
    </message>
    <message>
        <source>reminder the day before</source>
        <translation>lembrete na véspera</translation>
    </message>
    <message numerus="yes">
        <source>reminder %n days before</source>
        <translation>
            <numerusform>lembrete %n dia antes</numerusform>
            <numerusform>lembrete %n dias antes</numerusform>
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
        <translation>Feita</translation>
    </message>
    <message>
        <source>Reminder: it is soon</source>
        <translation>Lembrete: está chegando</translation>
    </message>
    <message>
        <source>Reminder: this day has passed</source>
        <translation>Lembrete: este dia já passou</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>My dates</source>
        <translation>Minhas datas</translation>
    </message>
    <message>
        <source>Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My plan, only after you unlock.</source>
        <translation>Audiências, compromissos, renovações e o dia em que cada documento vence. Os lembretes aparecem aqui e em Meu plano, só depois que você desbloqueia o cofre.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Adicionar uma data</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como feita</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>No dates yet. Add a hearing, an appointment or a renewal when you want to. The day a paper runs out shows here by itself.</source>
        <translation>Ainda não há datas. Adicione uma audiência, um compromisso ou uma renovação quando quiser. O dia em que um documento vence aparece aqui automaticamente.</translation>
    </message>
    <message>
        <source>Choose a date in the list first.</source>
        <translation>Primeiro escolha uma data na lista.</translation>
    </message>
    <message>
        <source>This is the day a paper runs out: change it in the paper's details.</source>
        <translation>Este é o dia em que um documento vence: altere a data nos dados do documento.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Marcar como ainda não feita</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Marked as done. Its reminder stops.</source>
        <translation>Marcada como feita. O lembrete dela não aparece mais.</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>Marcada como ainda não feita.</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>Apagar esta data?</translation>
    </message>
    <message>
        <source>Delete “%1” from your dates?</source>
        <translation>Apagar “%1” das suas datas?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Apagada.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Ainda não salvo: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salvo</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What you can do next</source>
        <translation>O que você pode fazer agora</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>Apagar tudo</translation>
    </message>
    <message>
        <source>This overwrites and deletes your vault, its key file and its copy, and the backups kept in its folder. It cannot be undone. Backups you saved elsewhere (for example on a USB stick) are not touched.</source>
        <translation>Isto apaga o seu cofre de vez, gravando por cima dele, e também o arquivo de chaves do cofre, a cópia desse arquivo e as cópias de segurança guardadas na pasta do cofre. Não dá para desfazer. As cópias de segurança que você salvou em outro lugar (por exemplo, em um pen drive) não são apagadas.</translation>
    </message>
    <message>
        <source>Please know: on some disks (SSDs) and in folders that sync to the cloud, old copies of the encrypted files may remain even after erasing.</source>
        <translation>Importante: em alguns discos (SSD) e em pastas sincronizadas com a nuvem, cópias antigas dos arquivos criptografados podem continuar existindo mesmo depois de apagar.</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm</source>
        <translation>Digite sua frase secreta para confirmar</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Sua frase secreta</translation>
    </message>
    <message>
        <source>Stop! Do not erase</source>
        <translation>Parar! Não apagar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Por favor, digite sua frase secreta.</translation>
    </message>
    <message>
        <source>That passphrase is not right, so nothing was erased.</source>
        <translation>Essa frase secreta não está certa, então nada foi apagado.</translation>
    </message>
    <message>
        <source>Erasing in %1… Press "Stop" if you did not mean this.</source>
        <translation>Tudo será apagado em %1… Aperte “Parar” se você não queria isso.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was erased.</source>
        <translation>Interrompido. Nada foi apagado.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything</source>
        <translation>Apagar tudo</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault. You will be asked for your passphrase, and you can stop it during a short countdown.</source>
        <translation>Apagar este cofre de vez, gravando por cima dele. O aplicativo vai pedir sua frase secreta, e você pode parar tudo durante uma contagem regressiva curta.</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>Apagar tudo…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added. (%1)</source>
        <translation>Não foi possível ler este kit inicial, então ele não foi usado. Nada foi adicionado. (%1)</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added.</source>
        <translation>Não foi possível ler este kit inicial, então ele não foi usado. Nada foi adicionado.</translation>
    </message>
    <message>
        <source>Something went wrong with the vault. Nothing more was changed.</source>
        <translation>Algo deu errado com o cofre. Nada mais foi alterado.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. A change of your passphrase was stopped before it finished, so your old passphrase still works.</source>
        <translation>Essa frase secreta não abriu o cofre. Uma troca da sua frase secreta foi interrompida antes de terminar, então sua frase secreta antiga ainda funciona.</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. A change of your recovery key was stopped before it finished, so your old recovery key still works.</source>
        <translation>Essa chave de recuperação não abriu o cofre. Uma troca da sua chave de recuperação foi interrompida antes de terminar, então sua chave de recuperação antiga ainda funciona.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…</source>
        <translation>Isso não parece uma chave de recuperação. Ela tem 7 grupos de 4 letras e números, como ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. Please check each group and try again.</source>
        <translation>Essa chave de recuperação não abriu o cofre. Por favor, confira cada grupo e tente de novo.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?</source>
        <translation>Essa frase secreta não abriu o cofre. Por favor, confira e tente de novo. A tecla Caps Lock está ativada?</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. It is the passphrase you had on the day you made it.</source>
        <translation>Essa frase secreta não abre esta cópia de segurança. É a frase secreta que você tinha no dia em que fez a cópia.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a vault backup. Nothing has been changed.</source>
        <translation>Este arquivo de cópia de segurança está danificado ou não é uma cópia de segurança de um cofre. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup, so it was not used. Your vault is as it was.</source>
        <translation>Esta cópia de segurança está danificada ou não é uma cópia de segurança, então não foi usada. Seu cofre continua como estava.</translation>
    </message>
    <message>
        <source>The backup file could not be read (was the USB stick taken out?). Nothing has been changed.</source>
        <translation>Não foi possível ler o arquivo da cópia de segurança (o pen drive foi desconectado?). Nada foi alterado.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app. Please update the app to open it. Nothing has been changed.</source>
        <translation>Este cofre foi criado por uma versão mais nova do aplicativo. Por favor, atualize o aplicativo para abrir o cofre. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you have a backup, you can restore it.</source>
        <translation>Os arquivos do cofre parecem danificados, então ele não pode ser aberto com segurança. Nada foi alterado. Se você tem uma cópia de segurança, pode restaurá-la.</translation>
    </message>
    <message>
        <source>Another task was still using the vault, so nothing was changed. Please try again in a moment.</source>
        <translation>Outra tarefa ainda estava usando o cofre, então nada foi alterado. Por favor, tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>To change the vault's keys, please choose a new passphrase first.</source>
        <translation>Para trocar as chaves do cofre, por favor escolha primeiro uma nova frase secreta.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first.</source>
        <translation>Este cofre já está aberto em outra janela. Por favor, feche o cofre lá primeiro.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Não há nenhum cofre nesta pasta.</translation>
    </message>
    <message>
        <source>There is already a vault here. Nothing has been changed.</source>
        <translation>Já existe um cofre aqui. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It cannot be empty.</source>
        <translation>Por favor, escolha uma frase secreta. Ela não pode ficar vazia.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>As duas frases secretas não são iguais. Por favor, digite de novo.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Este cofre não tem chave de recuperação.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk. Nothing was changed.</source>
        <translation>Não há espaço suficiente no disco. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was lost.</source>
        <translation>Não é possível gravar na pasta do cofre (ela pode ser somente leitura ou estar em uma unidade bloqueada). Nada foi perdido.</translation>
    </message>
    <message>
        <source>That item is no longer in the vault.</source>
        <translation>Esse item não está mais no cofre.</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>O cofre está bloqueado. Por favor, desbloqueie primeiro.</translation>
    </message>
    <message>
        <source>That could not be saved. Please check what you typed.</source>
        <translation>Não foi possível salvar. Por favor, confira o que você digitou.</translation>
    </message>
    <message>
        <source>A goal needs a short title.</source>
        <translation>Uma meta precisa de um título curto.</translation>
    </message>
    <message>
        <source>This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added.</source>
        <translation>Este documento tem mais de 50 MB, então não pode ser guardado no cofre. Nada foi adicionado.</translation>
    </message>
    <message>
        <source>This document changed while it was being read (perhaps it is still being saved or synced). Nothing was added. Please try again when it is finished.</source>
        <translation>Este documento mudou enquanto estava sendo lido (talvez ainda esteja sendo salvo ou sincronizado). Nada foi adicionado. Por favor, tente de novo quando ele terminar.</translation>
    </message>
    <message>
        <source>This document's copy in the vault is damaged and cannot be read. Your other papers are safe.</source>
        <translation>A cópia deste documento no cofre está danificada e não pode ser lida. Seus outros documentos estão seguros.</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer's disk to keep this paper safely: while it is added, it needs about twice its size. Nothing was added. Your vault is safe.</source>
        <translation>Não há espaço livre suficiente no disco deste computador para guardar este documento com segurança: enquanto ele é adicionado, precisa de mais ou menos o dobro do tamanho dele. Nada foi adicionado. Seu cofre está seguro.</translation>
    </message>
    <message>
        <source>This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added.</source>
        <translation>Não foi possível ler este arquivo (pode ser uma pasta, ou ele foi movido ou está bloqueado). Nada foi adicionado.</translation>
    </message>
    <message>
        <source>The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in your vault.</source>
        <translation>Não foi possível salvar a cópia ali (a pasta pode ser somente leitura, ou não existe mais). Seu documento continua seguro no seu cofre.</translation>
    </message>
    <message>
        <source>Adding papers was stopped. The papers added before it are kept; the rest were not added.</source>
        <translation>A adição de documentos foi interrompida. Os documentos adicionados antes disso foram mantidos; os outros não foram adicionados.</translation>
    </message>
    <message>
        <source>That is not a file that can hold a packet (a folder, a device or a pipe).</source>
        <translation>Isso não é um arquivo que possa conter um pacote (é uma pasta, um dispositivo ou um canal do sistema).</translation>
    </message>
    <message>
        <source>This file is too large to be a share packet.</source>
        <translation>Este arquivo é grande demais para ser um pacote para compartilhar.</translation>
    </message>
    <message>
        <source>That share code does not open this packet. Please check it with the person who sent it.</source>
        <translation>Esse código do pacote não abre este pacote. Por favor, confira com a pessoa que o enviou.</translation>
    </message>
    <message>
        <source>Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely on it. Ask the person who sent it for a new one.</source>
        <translation>Atenção: este pacote foi alterado depois de criado, ou partes dele foram trocadas. Não confie nele. Peça um novo à pessoa que o enviou.</translation>
    </message>
    <message>
        <source>This file is not a share packet, or it is damaged.</source>
        <translation>Este arquivo não é um pacote para compartilhar, ou está danificado.</translation>
    </message>
    <message>
        <source>That file is not there any more. Please choose it again.</source>
        <translation>Esse arquivo não está mais lá. Por favor, escolha de novo.</translation>
    </message>
    <message>
        <source>This packet's consent has ended, so it should not be used any more. Ask the person who sent it if they want to share again.</source>
        <translation>O consentimento deste pacote terminou, então ele não deve mais ser usado. Pergunte à pessoa que o enviou se ela quer compartilhar de novo.</translation>
    </message>
    <message>
        <source>The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again.</source>
        <translation>O pacote não passou na própria verificação, então não foi salvo. Nada foi compartilhado. Por favor, tente de novo.</translation>
    </message>
    <message>
        <source>“%1” cannot go into the packet, so the packet was not made. You can leave it out.</source>
        <translation>“%1” não pode entrar no pacote, então o pacote não foi criado. Você pode deixar esse item de fora.</translation>
    </message>
    <message>
        <source>“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its hidden details. It was not attached, and the packet was not made. You can leave it out.</source>
        <translation>“%1” é uma imagem que o aplicativo não consegue abrir (pode estar danificada ou ser grande demais), então não dá para tirar os dados ocultos dela. Ela não foi anexada, e o pacote não foi criado. Você pode deixá-la de fora.</translation>
    </message>
    <message>
        <source>“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden details. So that no page goes missing, the packet was not made. You can leave it out.</source>
        <translation>“%1” tem várias páginas em um único arquivo de imagem, e só foi possível tirar os dados ocultos da primeira. Para que nenhuma página se perca, o pacote não foi criado. Você pode deixar esse documento de fora.</translation>
    </message>
    <message>
        <source>“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.</source>
        <translation>“%1” é uma foto em um formato (HEIC, AVIF ou JPEG XL) do qual o aplicativo não consegue tirar os dados ocultos, então o pacote não foi criado. Você pode deixá-la de fora, ou salvar a foto como JPEG e adicionar essa cópia.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are safe. You can leave it out.</source>
        <translation>“%1” está danificado no cofre e não pode ser lido, então o pacote não foi criado. Seus outros documentos estão seguros. Você pode deixar esse documento de fora.</translation>
    </message>
    <message>
        <source>A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do not rely on this packet.</source>
        <translation>Um documento deste pacote tem um nome de arquivo que poderia sair da pasta, então nada foi salvo. Não confie neste pacote.</translation>
    </message>
    <message>
        <source>A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please choose an empty folder.</source>
        <translation>Já existe nessa pasta um arquivo com o nome de um dos documentos. Nenhum arquivo foi substituído. Por favor, escolha uma pasta vazia.</translation>
    </message>
    <message>
        <source>The papers can only be saved in a folder, and that is not one.</source>
        <translation>Os documentos só podem ser salvos em uma pasta, e isso não é uma pasta.</translation>
    </message>
    <message>
        <source>The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share them in two packets.</source>
        <translation>Os documentos que você escolheu são grandes demais para um pacote: juntos, no máximo %1 MB. Deixe alguns de fora, ou compartilhe em dois pacotes.</translation>
    </message>
    <message>
        <source>This setup kit is too large, so it was not used. Nothing was added.</source>
        <translation>Este kit inicial é grande demais, então não foi usado. Nada foi adicionado.</translation>
    </message>
    <message>
        <source>Reading the setup kit was stopped. Nothing was added.</source>
        <translation>A leitura do kit inicial foi interrompida. Nada foi adicionado.</translation>
    </message>
    <message>
        <source>The files could not be read or written. Please check the disk and try again.</source>
        <translation>Não foi possível ler ou gravar os arquivos. Por favor, confira o disco e tente de novo.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Notes for the helper</source>
        <translation>Notas para quem está ajudando</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Making your vault</source>
        <translation>Criando seu cofre</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>This app keeps your own plan: your goals, the services you want or do not want, and what you would like providers to know. It keeps everything on this computer and sends nothing anywhere.</source>
        <translation>Este aplicativo guarda o seu próprio plano: suas metas, os serviços que você quer ou não quer, e o que você gostaria que as pessoas que atendem você soubessem. Ele guarda tudo neste computador e não envia nada para lugar nenhum.</translation>
    </message>
    <message>
        <source>Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, with whom, and until when.</source>
        <translation>Ninguém consegue ver o seu plano sem a sua frase secreta: nem uma organização, nem nós. Você decide se algo vai ser compartilhado, com quem e até quando.</translation>
    </message>
    <message>
        <source>Please know: if someone watches this computer with hidden software, they may see what you type. If you are not sure this computer is safe, you can set this up later on a safer device.</source>
        <translation>Importante: se alguém vigia este computador com um programa escondido, essa pessoa pode ver o que você digita. Se você não tem certeza de que este computador é seguro, pode fazer esta configuração mais tarde, em outro aparelho mais seguro.</translation>
    </message>
    <message>
        <source>I have a backup from before: restore it…</source>
        <translation>Tenho uma cópia de segurança de antes: restaurar…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Abrir um pacote que alguém me deu…</translation>
    </message>
    <message>
        <source>Is someone helping you set up?</source>
        <translation>Alguém está ajudando você a configurar?</translation>
    </message>
    <message>
        <source>I am setting this up on my own</source>
        <translation>Estou configurando por conta própria</translation>
    </message>
    <message>
        <source>Someone is helping me (for example an advocate)</source>
        <translation>Alguém está me ajudando (por exemplo, uma pessoa de uma organização de apoio)</translation>
    </message>
    <message>
        <source>A helper gets short notes on each step. They never need to see your passphrase or what you write.</source>
        <translation>Quem ajuda recebe notas curtas em cada passo. Essa pessoa nunca precisa ver sua frase secreta nem o que você escreve.</translation>
    </message>
    <message>
        <source>How should the app look?</source>
        <translation>Qual aparência você quer para o aplicativo?</translation>
    </message>
    <message>
        <source>In discreet mode the window is called "Notes" and has a plain icon, so a glance at the screen or the taskbar does not say what it is. You can change this later in Settings.</source>
        <translation>No modo discreto, a janela se chama “Notas” e tem um ícone simples, então quem olhar de relance para a tela ou para a barra de tarefas não vai saber o que ela é. Você pode mudar isso depois em Configurações.</translation>
    </message>
    <message>
        <source>Use discreet mode</source>
        <translation>Usar o modo discreto</translation>
    </message>
    <message>
        <source>Preview of the window's name and icon:</source>
        <translation>Prévia do nome e do ícone da janela:</translation>
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
        <translation>Escolha sua frase secreta</translation>
    </message>
    <message>
        <source>A passphrase is a few words you can remember and others cannot guess, like four words that make a picture in your mind.</source>
        <translation>Uma frase secreta é um conjunto de algumas palavras que você consegue lembrar e que outras pessoas não conseguem adivinhar, como quatro palavras que formam uma imagem na sua cabeça.</translation>
    </message>
    <message>
        <source>If you forget it, nobody can open the vault, not even us. The next step makes a recovery key, just for that.</source>
        <translation>Se você esquecer a frase secreta, ninguém consegue abrir o cofre, nem mesmo nós. O próximo passo cria uma chave de recuperação justamente para isso.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>A força da frase secreta</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>A mesma frase secreta de novo</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Sua chave de recuperação</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault.</source>
        <translation>Se um dia você esquecer sua frase secreta, esta chave abre seu cofre.</translation>
    </message>
    <message>
        <source>Skip this (not recommended)…</source>
        <translation>Pular isto (não recomendado)…</translation>
    </message>
    <message>
        <source>Anything from an agency? (optional)</source>
        <translation>Alguma coisa de uma organização? (opcional)</translation>
    </message>
    <message>
        <source>An agency may have given you a setup kit: their contact details and a list of local services. Loading it shares nothing with them, and chooses nothing for you. You can skip this.</source>
        <translation>Uma organização pode ter dado a você um kit inicial: os dados de contato dela e uma lista de serviços locais. Carregar o kit não compartilha nada com ela e não escolhe nada no seu lugar. Você pode pular este passo.</translation>
    </message>
    <message>
        <source>Load a setup kit…</source>
        <translation>Carregar um kit inicial…</translation>
    </message>
    <message>
        <source>Load a list of local services…</source>
        <translation>Carregar uma lista de serviços locais…</translation>
    </message>
    <message>
        <source>Reading the setup kit</source>
        <translation>Lendo o kit inicial</translation>
    </message>
    <message>
        <source>Do not use this kit</source>
        <translation>Não usar este kit</translation>
    </message>
    <message>
        <source>You are in charge</source>
        <translation>Quem decide é você</translation>
    </message>
    <message>
        <source>Your vault is ready. Nothing is shared unless you choose.</source>
        <translation>Seu cofre está pronto. Nada é compartilhado se você não quiser.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the red button at the top, to hide and close the app at once.</source>
        <translation>Saída rápida: aperte a tecla Shift (⇧) três vezes, ou o botão vermelho no alto, para esconder e fechar o aplicativo na hora.</translation>
    </message>
    <message>
        <source>For the helper: let the person read at their own pace. Nothing here asks about what happened to them.</source>
        <translation>Para quem está ajudando: deixe a pessoa ler no ritmo dela. Nada aqui pergunta sobre o que aconteceu com ela.</translation>
    </message>
    <message>
        <source>For the helper: you can stay for the setup, and you never need the passphrase.</source>
        <translation>Para quem está ajudando: você pode ficar durante a configuração, e nunca vai precisar da frase secreta.</translation>
    </message>
    <message>
        <source>For the helper: ask whether others use or look at this computer.</source>
        <translation>Para quem está ajudando: pergunte se outras pessoas usam ou olham este computador.</translation>
    </message>
    <message>
        <source>For the helper: please look away now, or hand the keyboard over. Do not watch the passphrase being typed, and do not write it down.</source>
        <translation>Para quem está ajudando: por favor, olhe para outro lado agora ou passe o teclado. Não olhe enquanto a frase secreta é digitada e não anote a frase.</translation>
    </message>
    <message>
        <source>For the helper: please look away while the key is shown. Help them choose a safe place for it, without seeing it.</source>
        <translation>Para quem está ajudando: por favor, olhe para outro lado enquanto a chave aparece na tela. Ajude a escolher um lugar seguro para ela, sem olhar a chave.</translation>
    </message>
    <message>
        <source>For the helper: if you brought a setup kit, this is where it goes. It adds your contact details with no sharing permission.</source>
        <translation>Para quem está ajudando: se você trouxe um kit inicial, ele entra aqui. Ele adiciona os seus dados de contato sem nenhuma permissão para compartilhar.</translation>
    </message>
    <message>
        <source>For the helper: thank you. From here on, the person is in charge.</source>
        <translation>Para quem está ajudando: agradecemos. Daqui em diante, quem decide é a pessoa.</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Criar meu cofre</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Abrir meu cofre</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. You can make it longer, or press "Next" again to keep it. It is your choice.</source>
        <translation>Esta frase secreta é fácil de adivinhar. Você pode deixá-la mais longa, ou apertar “Avançar” de novo para ficar com ela. A escolha é sua.</translation>
    </message>
    <message>
        <source>Skip the recovery key?</source>
        <translation>Pular a chave de recuperação?</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase means the vault cannot be opened by anyone, ever. You can make a key later in Settings.</source>
        <translation>Sem uma chave de recuperação, se você esquecer a frase secreta, ninguém vai conseguir abrir o cofre, nunca. Você pode criar uma chave depois em Configurações.</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Ficar com a chave</translation>
    </message>
    <message>
        <source>Choose the folder with the directory files</source>
        <translation>Escolha a pasta com os arquivos da lista de serviços</translation>
    </message>
    <message>
        <source>Choose the setup kit</source>
        <translation>Escolha o kit inicial</translation>
    </message>
    <message>
        <source>Setup kits (*.json *.zip)</source>
        <translation>Kits iniciais (*.json *.zip)</translation>
    </message>
    <message>
        <source>Reading the setup kit…</source>
        <translation>Lendo o kit inicial…</translation>
    </message>
    <message>
        <source>no agency card</source>
        <translation>nenhum contato de organização</translation>
    </message>
    <message>
        <source>Ready to add: %1. Local services in its list: %2. Nothing will be chosen for you.</source>
        <translation>Pronto para adicionar: %1. Serviços locais na lista: %2. Nada vai ser escolhido no seu lugar.</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Criando seu cofre. Isso leva um momento.</translation>
    </message>
    <message>
        <source>Your recovery key works. Keep it safe.</source>
        <translation>Sua chave de recuperação funciona. Guarde a chave em um lugar seguro.</translation>
    </message>
    <message>
        <source>You have no recovery key yet. You can make one in Settings.</source>
        <translation>Você ainda não tem chave de recuperação. Você pode criar uma em Configurações.</translation>
    </message>
    <message>
        <source>Local services added from the setup kit: %1.</source>
        <translation>Serviços locais adicionados do kit inicial: %1.</translation>
    </message>
</context>
<context>
    <name>ForgotPassphraseDialog</name>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Esqueci minha frase secreta</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>Abrir e salvar</translation>
    </message>
    <message>
        <source>Type your recovery key, then choose a new passphrase. Your recovery key keeps working afterwards.</source>
        <translation>Digite sua chave de recuperação e depois escolha uma nova frase secreta. Sua chave de recuperação continua funcionando depois.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Seven groups of four letters and numbers</source>
        <translation>Sete grupos de quatro letras e números</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>A nova frase secreta de novo</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Por favor, digite sua chave de recuperação.</translation>
    </message>
    <message>
        <source>Opening with your recovery key…</source>
        <translation>Abrindo com sua chave de recuperação…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar minhas alterações</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Você ainda não tinha salvado isto. Está aqui.</translation>
    </message>
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
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
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
        <translation>Sem área</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Moradia</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Estudos</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Questões legais</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Bem-estar</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Liderança e ajudar outras pessoas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Change goal</source>
        <translation>Alterar a meta</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nova meta</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar minhas alterações</translation>
    </message>
    <message>
        <source>Only the goal itself is needed. Nothing here leaves your vault unless you make a packet.</source>
        <translation>Só a meta em si é necessária. Nada daqui sai do seu cofre se você não criar um pacote.</translation>
    </message>
    <message>
        <source>You were writing this goal and had not saved it. Here it is.</source>
        <translation>Você estava escrevendo esta meta e não tinha salvado. Está aqui.</translation>
    </message>
    <message>
        <source>You were changing this goal and had not saved it. Here are your changes.</source>
        <translation>Você estava alterando esta meta e não tinha salvado. Aqui estão suas alterações.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Minha meta</translation>
    </message>
    <message>
        <source>For example: find a flat near my sister</source>
        <translation>Por exemplo: encontrar um apartamento perto da minha irmã</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Por que isso é importante para mim</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Área da vida</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Como está agora</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Espero alcançar até</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>I have a date in mind</source>
        <translation>Tenho uma data em mente</translation>
    </message>
    <message>
        <source>Please give your goal a short title. Everything else is optional.</source>
        <translation>Por favor, dê um título curto para sua meta. Todo o resto é opcional.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Working on it</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Alcancei</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parei por aqui</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>No steps yet</source>
        <translation>Nenhum passo ainda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Alcancei</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 de %2 passos</translation>
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
        <translation>Como está</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Para quando</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>Minhas metas</translation>
    </message>
    <message>
        <source>What you want to reach, one step at a time. You decide what, how and when.</source>
        <translation>O que você quer alcançar, um passo de cada vez. Você decide o quê, como e quando.</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>Mostrar metas</translation>
    </message>
    <message>
        <source>All my goals</source>
        <translation>Todas as minhas metas</translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation>Metas arquivadas</translation>
    </message>
    <message>
        <source>Search my goals</source>
        <translation>Buscar nas minhas metas</translation>
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
        <translation>Adicionar uma meta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Trazer de volta</translation>
    </message>
    <message>
        <source>No goals match your search.</source>
        <translation>Nenhuma meta combina com a sua busca.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>You have not put any goals away.</source>
        <translation>Você não arquivou nenhuma meta.</translation>
    </message>
    <message>
        <source>Show all my goals</source>
        <translation>Mostrar todas as minhas metas</translation>
    </message>
    <message>
        <source>No goals like this right now.</source>
        <translation>Nenhuma meta assim no momento.</translation>
    </message>
    <message>
        <source>No goals here yet. Add one when you are ready.</source>
        <translation>Ainda não há metas aqui. Adicione uma quando quiser.</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>Primeiro escolha uma meta na lista.</translation>
    </message>
    <message>
        <source>A new goal, not saved yet: “%1”</source>
        <translation>Uma nova meta, ainda não salva: “%1”</translation>
    </message>
    <message>
        <source>A new goal, not saved yet</source>
        <translation>Uma nova meta, ainda não salva</translation>
    </message>
    <message>
        <source>Changes not saved yet: “%1”</source>
        <translation>Alterações ainda não salvas: “%1”</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>uma meta</translation>
    </message>
    <message>
        <source>Archived. You can find it under "Show: Archived goals".</source>
        <translation>Arquivada. Você encontra a meta em “Mostrar: Metas arquivadas”.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Trazida de volta.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>Apagar esta meta?</translation>
    </message>
    <message>
        <source>Delete this goal and its steps? This cannot be undone. If you only want it out of sight, choose "Archive" instead.</source>
        <translation>Apagar esta meta e os passos dela? Não dá para desfazer. Se você só quer tirar a meta da vista, escolha “Arquivar”.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Apagada.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Until %1</source>
        <translation>Até %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sem data de fim</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Criado em %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Itens: %1</translation>
    </message>
    <message>
        <source>Protected with a share code</source>
        <translation>Protegido com um código do pacote</translation>
    </message>
    <message>
        <source>Not protected (plain PDF)</source>
        <translation>Sem proteção (PDF simples)</translation>
    </message>
    <message>
        <source>They may still use it</source>
        <translation>Ainda podem usar</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminou</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimento retirado</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>What goes in</source>
        <translation>O que vai no pacote</translation>
    </message>
    <message>
        <source>%1 (nothing here yet)</source>
        <translation>%1 (ainda não há nada aqui)</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Por favor, digite sua frase secreta atual.</translation>
    </message>
    <message>
        <source>Backups made before now still open with your old passphrase or recovery key. Make a new backup now, and then destroy the old ones.</source>
        <translation>As cópias de segurança feitas antes de agora ainda abrem com sua frase secreta ou sua chave de recuperação antigas. Faça uma nova cópia de segurança agora e depois destrua as antigas.</translation>
    </message>
    <message>
        <source>Your recovery key was of an older kind and could not move to the new key, so it no longer works. Please make a new one in Settings.</source>
        <translation>Sua chave de recuperação era de um tipo antigo e não pôde passar para a nova chave, então ela não funciona mais. Por favor, crie uma nova em Configurações.</translation>
    </message>
    <message>
        <source>Your current passphrase was not right, so nothing was changed.</source>
        <translation>Sua frase secreta atual não estava certa, então nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>DEMO — sample data only. It is deleted when you close the app.</source>
        <translation>DEMONSTRAÇÃO — só dados de exemplo. Eles são apagados quando você fecha o aplicativo.</translation>
    </message>
    <message>
        <source>DEMO — sample data only</source>
        <translation>DEMONSTRAÇÃO — só dados de exemplo</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMONSTRAÇÃO</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloquear o cofre</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear agora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <source>Quick exit: hide and close the app now</source>
        <translation>Saída rápida: esconder e fechar o aplicativo agora</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Or press Shift three times.</source>
        <translation>Esconde e fecha o aplicativo na hora. Ou aperte a tecla Shift (⇧) três vezes.</translation>
    </message>
    <message>
        <source>The encryption library is missing or not working, so this app cannot keep your information safe and will not open. Please reinstall the app.</source>
        <translation>A biblioteca de criptografia está faltando ou não funciona, então este aplicativo não consegue manter suas informações seguras e não vai abrir. Por favor, instale o aplicativo de novo.</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Erasing everything. This takes a moment.</source>
        <translation>Apagando tudo. Isso leva um momento.</translation>
    </message>
    <message>
        <source>The erasing is finished the next time the app starts.</source>
        <translation>O apagamento termina na próxima vez que o aplicativo for aberto.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>Uma nova chave de recuperação</translation>
    </message>
    <message>
        <source>When you use this new key, your old recovery key stops working.</source>
        <translation>Quando você usar esta nova chave, sua chave de recuperação antiga para de funcionar.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase.</source>
        <translation>Esta chave abre seu cofre se você esquecer sua frase secreta.</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Usar esta chave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Putting the new key in place</source>
        <translation>Colocando a nova chave no lugar</translation>
    </message>
    <message>
        <source>Putting your new key in place. This takes a moment; please wait.</source>
        <translation>Colocando sua nova chave no lugar. Isso leva um momento; por favor, espere.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost.</source>
        <translation>O arquivo de chaves do seu cofre estava danificado ou faltando. A cópia dele foi usada, e o arquivo de chaves foi reposto. Nada foi perdido.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need.</source>
        <translation>O disco deste computador está cheio, então nada novo pode ser salvo no seu cofre agora. Seu cofre está seguro. Para liberar espaço, esvazie a lixeira ou apague arquivos grandes de que você não precisa.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings.</source>
        <translation>Uma troca da sua frase secreta ou da sua chave de recuperação foi interrompida antes de terminar (por exemplo, pela saída rápida), então nada foi alterado: sua frase secreta e sua chave de recuperação antigas ainda funcionam. Se você ainda quiser a troca, por favor faça de novo em Configurações.</translation>
    </message>
</context>
<context>
    <name>OpenPacketDialog</name>
    <message>
        <source>Open a share packet</source>
        <translation>Abrir um pacote</translation>
    </message>
    <message>
        <source>For people who received a packet: choose the file and type the share code you were given. The packet is checked for changes.</source>
        <translation>Para quem recebeu um pacote: escolha o arquivo e digite o código do pacote que você recebeu. O aplicativo verifica se o pacote foi alterado.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Escolher o arquivo…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Código do pacote</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Por exemplo: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>Abrir e verificar</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>Abrir mesmo assim</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>O pacote</translation>
    </message>
    <message>
        <source>Save its data as JSON…</source>
        <translation>Salvar os dados como JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Choose the packet</source>
        <translation>Escolha o pacote</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose the packet file first.</source>
        <translation>Por favor, escolha primeiro o arquivo do pacote.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was made. Signed by the key %1.</source>
        <translation>Verificado: sem alterações desde que foi criado. Assinado pela chave %1.</translation>
    </message>
    <message>
        <source>Warning: this packet was made by an older version of Survivor Vault. Its signature covers the data shown here, but not how its pages look. Rely on this text, not on the pages, or ask for a new packet.</source>
        <translation>Atenção: este pacote foi criado por uma versão mais antiga do Survivor Vault. A assinatura dele cobre os dados mostrados aqui, mas não a aparência das páginas. Confie neste texto, não nas páginas, ou peça um pacote novo.</translation>
    </message>
    <message>
        <source>Warning: this packet is not signed, so nothing proves it is unchanged. Do not rely on it without asking the person who sent it.</source>
        <translation>Atenção: este pacote não está assinado, então nada garante que ele não foi alterado. Não confie nele sem perguntar à pessoa que o enviou.</translation>
    </message>
    <message>
        <source>Its consent has ended. Use it only if the person who sent it agrees.</source>
        <translation>O consentimento deste pacote terminou. Use o pacote só se a pessoa que o enviou concordar.</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>Salvar os dados</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvo: %1</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Working on it</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Alcancei</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parei por aqui</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Quero este</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Estou usando</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Não é para mim</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Moradia</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Estudos</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Questões legais</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Bem-estar</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Liderança e ajudar outras pessoas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <source>The name I like to be called</source>
        <translation>Como gosto que me chamem</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Meus pronomes</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Idiomas que eu falo</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Formas seguras de entrar em contato comigo</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Horários seguros para entrar em contato comigo</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>O que me ajuda a participar (necessidades de acessibilidade)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Meus pontos fortes</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>O que eu quero que as pessoas que me atendem saibam</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>Identidade ou passaporte</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Imigração</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Justiça ou questões legais</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Dinheiro e benefícios</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Escola ou cursos</translation>
    </message>
    <message>
        <source>Information I chose to share with you</source>
        <translation>Informações que escolhi compartilhar com vocês</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>O consentimento termina em</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Com minhas palavras</translation>
    </message>
    <message>
        <source>If this reached you by mistake, please delete it and do not share it.</source>
        <translation>Se isto chegou a vocês por engano, por favor apaguem o arquivo e não o compartilhem.</translation>
    </message>
    <message>
        <source>This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe.</source>
        <translation>Esta cópia não está protegida com um código do pacote: qualquer pessoa que tiver o arquivo pode ler o conteúdo. Por favor, guardem este arquivo em um lugar seguro.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Minhas metas</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Meus serviços</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mim</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Por que isso é importante para mim</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Como está agora</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Área da vida</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Espero alcançar até</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Minha escolha</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Quem eu prefiro que me atenda</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>O que está funcionando</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>O que não está funcionando</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>Um recado meu</translation>
    </message>
    <message>
        <source>Signed. Key fingerprint</source>
        <translation>Assinado. Impressão digital da chave</translation>
    </message>
    <message>
        <source>The same fingerprint on two packets means they come from the same person. Survivor Vault's "open-packet" checks that nothing was changed.</source>
        <translation>A mesma impressão digital em dois pacotes significa que eles vêm da mesma pessoa. O comando “open-packet” do Survivor Vault verifica se nada foi alterado.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Sem assinatura.</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>I choose to share the information in this packet with %1, for this purpose: %2. My consent ends on %3. I can withdraw it at any time.</source>
        <translation>Escolho compartilhar as informações deste pacote com %1, com esta finalidade: %2. Meu consentimento termina em %3. Posso retirá-lo a qualquer momento.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimento retirado</translation>
    </message>
    <message>
        <source>I withdraw my consent for the packet %1, which I made on %2 for %3. Please delete it and any copies, and do not use the information in it from now on.</source>
        <translation>Retiro meu consentimento para o pacote %1, que criei em %2 para %3. Peço que vocês o apaguem, junto com todas as cópias, e que não usem mais as informações dele a partir de agora.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado em</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Documentos anexados: %1</translation>
    </message>
    <message>
        <source>They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's "open-packet --extract" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera).</source>
        <translation>Eles estão dentro deste arquivo PDF, como anexos: um leitor de PDF mostra os anexos no painel de anexos (muitas vezes, um botão com um clipe). O comando “open-packet --extract” do Survivor Vault verifica e salva esses documentos. As fotos foram enviadas sem os dados ocultos (onde e quando foram tiradas, a câmera).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitido em</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>Vence em</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
</context>
<context>
    <name>PacketWizard</name>
    <message>
        <source>Make a share packet</source>
        <translation>Criar um pacote para compartilhar</translation>
    </message>
    <message>
        <source>You were making this packet and had not finished. What you chose and wrote is back.</source>
        <translation>Você estava criando este pacote e não tinha terminado. O que você escolheu e escreveu está de volta.</translation>
    </message>
    <message>
        <source>The person it was for is no longer in your list: choose who it is for.</source>
        <translation>A pessoa para quem ele era não está mais na sua lista: escolha para quem ele é.</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>About the paper you chose</source>
        <translation>Sobre o documento escolhido</translation>
    </message>
    <message>
        <source>Choose a paper in the list to see its details.</source>
        <translation>Escolha um documento na lista para ver os dados dele.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · adicionado em %3</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Emitido em %1</translation>
    </message>
    <message>
        <source>Ran out: %1</source>
        <translation>Venceu em %1</translation>
    </message>
    <message>
        <source>Runs out: %1 (%2)</source>
        <translation>Vence em %1 (%2)</translation>
    </message>
    <message>
        <source>A reminder is set.</source>
        <translation>Há um lembrete.</translation>
    </message>
    <message>
        <source>A reminder is set for the day itself.</source>
        <translation>Há um lembrete para o próprio dia.</translation>
    </message>
</context>
<context>
    <name>PaperCopy</name>
    <message>
        <source>Save a copy?</source>
        <translation>Salvar uma cópia?</translation>
    </message>
    <message>
        <source>The copy you save is not protected: anyone who uses this computer, or the place you save it to, may open it. Your paper stays in your vault too.</source>
        <translation>A cópia que você salvar não fica protegida: qualquer pessoa que use este computador, ou o lugar onde você a salvar, pode abri-la. Seu documento também continua no seu cofre.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not protected: delete it when you no longer need it.</source>
        <translation>Uma cópia foi salva como %1. Ela não está protegida: apague-a quando não precisar mais dela.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Details of this paper</source>
        <translation>Dados deste documento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>Sei a data</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Data de emissão</translation>
    </message>
    <message>
        <source>It runs out</source>
        <translation>Tem vencimento</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Data de vencimento</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Only a name is needed. The file itself stays as it was added.</source>
        <translation>Só um nome é necessário. O arquivo em si fica como foi adicionado.</translation>
    </message>
    <message>
        <source>Please give the paper a short name, in your own words.</source>
        <translation>Por favor, dê um nome curto para o documento, com suas próprias palavras.</translation>
    </message>
</context>
<context>
    <name>PaperKind</name>
    <message>
        <source>ID or passport</source>
        <translation>Identidade ou passaporte</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Imigração</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Justiça ou questões legais</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Dinheiro e benefícios</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Moradia</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Escola ou cursos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
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
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Maior</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Opening your paper…</source>
        <translation>Abrindo seu documento…</translation>
    </message>
    <message>
        <source>There is no preview for this one. It is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Não há prévia para este arquivo. Ele fica guardado em segurança no seu cofre do jeito que está, e você pode salvar uma cópia dele.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>This page cannot be shown. The paper is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Não é possível mostrar esta página. O documento fica guardado em segurança no seu cofre do jeito que está, e você pode salvar uma cópia dele.</translation>
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
        <translation>Venceu em %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Vence em</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>My papers</source>
        <translation>Meus documentos</translation>
    </message>
    <message>
        <source>Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper for a packet.</source>
        <translation>Cópias dos seus documentos, guardadas em segurança dentro do seu cofre. Nada daqui é compartilhado, a não ser que você escolha um documento para um pacote.</translation>
    </message>
    <message>
        <source>Search my papers</source>
        <translation>Buscar nos meus documentos</translation>
    </message>
    <message>
        <source>Adding papers</source>
        <translation>Adicionando documentos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Add papers…</source>
        <translation>Adicionar documentos…</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Parar de adicionar</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>No paper matches your search.</source>
        <translation>Nenhum documento combina com a sua busca.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>No papers yet. When you want to, add a copy of a paper: an ID, a letter, a court paper. It is kept locked inside your vault.</source>
        <translation>Ainda não há documentos. Quando quiser, adicione uma cópia de um documento: uma identidade, uma carta, um documento da Justiça. Ele fica guardado em segurança dentro do seu cofre.</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>Primeiro escolha um documento na lista.</translation>
    </message>
    <message>
        <source>Please wait until the papers are added.</source>
        <translation>Por favor, espere até os documentos serem adicionados.</translation>
    </message>
    <message>
        <source>Add papers</source>
        <translation>Adicionar documentos</translation>
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
        <translation>Adicionando seus documentos ao cofre…</translation>
    </message>
    <message>
        <source>Adding your paper to the vault…</source>
        <translation>Adicionando seu documento ao cofre…</translation>
    </message>
    <message>
        <source>Added to your vault: %1.</source>
        <translation>Adicionado ao seu cofre: %1.</translation>
    </message>
    <message>
        <source>Not added: %1. %2</source>
        <translation>Não adicionado: %1. %2</translation>
    </message>
    <message>
        <source>Delete the original files?</source>
        <translation>Apagar os arquivos originais?</translation>
    </message>
    <message>
        <source>Your papers are now in your vault. The app can also delete the original files from this computer.

On SSD drives and in cloud folders (OneDrive, iCloud, Dropbox), a deleted file may still be found for a while. Copies in e-mail or on a phone stay.</source>
        <translation>Seus documentos agora estão no seu cofre. O aplicativo também pode apagar os arquivos originais deste computador.

Em discos SSD e em pastas na nuvem (OneDrive, iCloud, Dropbox), um arquivo apagado ainda pode ser encontrado por um tempo. Cópias no e-mail ou em um celular continuam lá.</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>Apagar os originais</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>The original files were deleted from this computer.</source>
        <translation>Os arquivos originais foram apagados deste computador.</translation>
    </message>
    <message>
        <source>The original file was deleted from this computer.</source>
        <translation>O arquivo original foi apagado deste computador.</translation>
    </message>
    <message>
        <source>Not deleted: %1. It changed since it was added, or it could not be removed. Your vault keeps the copy it added.</source>
        <translation>Não apagado: %1. Ele mudou depois de ser adicionado, ou não foi possível removê-lo. Seu cofre mantém a cópia que adicionou.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Delete this paper?</source>
        <translation>Apagar este documento?</translation>
    </message>
    <message>
        <source>Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be brought back. Packets you already made keep what they hold.</source>
        <translation>Apagar “%1” do seu cofre? A cópia dele no cofre é apagada de vez, gravando por cima, e não há como desfazer. Os pacotes que você já criou continuam com o que têm.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Apagado.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Ainda não salvo: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salvo</translation>
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
        <translation>Mostrar ou esconder o que você digitou</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Esconder</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Trocar minha frase secreta</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta atual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>A nova frase secreta de novo</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Trocar a frase secreta</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Trocando sua frase secreta</translation>
    </message>
    <message>
        <source>Changing your passphrase also locks your whole vault with a new key. If you think someone may know your passphrase, this explains what to do:</source>
        <translation>Trocar sua frase secreta também protege o cofre inteiro com uma nova chave. Se você acha que alguém pode saber sua frase secreta, aqui explicamos o que fazer:</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>Alguém pode saber minha frase secreta…</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment.</source>
        <translation>Trocando sua frase secreta. Isso leva um momento.</translation>
    </message>
    <message>
        <source>Done. Your new passphrase opens the vault from now on; the old one does not.</source>
        <translation>Pronto. A partir de agora, sua nova frase secreta abre o cofre; a antiga não.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People &amp; agencies</source>
        <translation>Pessoas e organizações</translation>
    </message>
    <message>
        <source>People and agencies you may want to share with one day. Adding someone here shares nothing with them.</source>
        <translation>Pessoas e organizações com quem talvez você queira compartilhar algum dia. Adicionar alguém aqui não compartilha nada.</translation>
    </message>
    <message>
        <source>Search people and agencies</source>
        <translation>Buscar pessoas e organizações</translation>
    </message>
    <message>
        <source>People and agencies</source>
        <translation>Pessoas e organizações</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Adicionar uma pessoa ou organização</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Nobody matches your search.</source>
        <translation>Ninguém combina com a sua busca.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>Nobody here yet. Add a person or an agency when you want to.</source>
        <translation>Ainda não há ninguém aqui. Adicione uma pessoa ou uma organização quando quiser.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Primeiro escolha alguém na lista.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Ainda não salvo: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salvo</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Apagar?</translation>
    </message>
    <message>
        <source>Delete this person or agency from your list? Any sharing permission for them ends too. Your sharing history keeps its record.</source>
        <translation>Apagar esta pessoa ou organização da sua lista? Qualquer permissão para compartilhar com ela também termina. Seu histórico de compartilhamento mantém o registro.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Apagada.</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>What they may see</source>
        <translation>O que podem ver</translation>
    </message>
    <message>
        <source>What %1 may see</source>
        <translation>O que %1 pode ver</translation>
    </message>
    <message>
        <source>Tick what %1 may see. This sends nothing. When you make a packet for them, these boxes are ticked for you.</source>
        <translation>Marque o que %1 pode ver. Isto não envia nada. Quando você criar um pacote para essa pessoa ou organização, estes campos já vão estar marcados.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Incluir minhas notas</translation>
    </message>
    <message>
        <source>Include my feedback on services</source>
        <translation>Incluir minha opinião sobre os serviços</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar minhas alterações</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes.</source>
        <translation>Você tinha alterado isto e não salvou. Aqui estão suas alterações.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Para quê, com minhas palavras</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About the person you chose</source>
        <translation>Sobre a pessoa escolhida</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what you share with them.</source>
        <translation>Escolha alguém na lista para ver o que você compartilha.</translation>
    </message>
    <message>
        <source>What they may see: nothing yet.</source>
        <translation>O que pode ver: nada ainda.</translation>
    </message>
    <message>
        <source>What they may see: %1, until %2.</source>
        <translation>O que pode ver: %1, até %2.</translation>
    </message>
    <message>
        <source>What they may see: %1.</source>
        <translation>O que pode ver: %1.</translation>
    </message>
    <message>
        <source>They hold no packet from you now.</source>
        <translation>Nenhum pacote seu está com essa pessoa agora.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sem data de fim</translation>
    </message>
    <message>
        <source>Packets they hold now: %1 (until %2).</source>
        <translation>Pacotes seus que estão com essa pessoa agora: %1 (até %2).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change person or agency</source>
        <translation>Alterar pessoa ou organização</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Adicionar uma pessoa ou organização</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Descartar minhas alterações</translation>
    </message>
    <message>
        <source>Only a name is needed. Adding someone here shares nothing with them.</source>
        <translation>Só um nome é necessário. Adicionar alguém aqui não compartilha nada com essa pessoa.</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Você ainda não tinha salvado isto. Está aqui.</translation>
    </message>
    <message>
        <source>Please give a name, even a first name or a nickname.</source>
        <translation>Por favor, coloque um nome, mesmo que seja só o primeiro nome ou um apelido.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>Meu plano</translation>
    </message>
    <message>
        <source>Where things are, at a glance. Each card leads to its page.</source>
        <translation>Como as coisas estão, num relance. Cada cartão leva à página dele.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Minhas metas</translation>
    </message>
    <message>
        <source>Go to my goals</source>
        <translation>Ir para minhas metas</translation>
    </message>
    <message>
        <source>No goals under way. When you are ready, add one on the goals page.</source>
        <translation>Nenhuma meta em andamento. Quando quiser, adicione uma na página de metas.</translation>
    </message>
    <message>
        <source>Working on %1 · done %2</source>
        <translation>Em andamento: %1 · alcançadas: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Próximo passo: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Passos feitos: %1 de %2</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Nenhum passo ainda</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Meus serviços</translation>
    </message>
    <message>
        <source>Go to my services</source>
        <translation>Ir para meus serviços</translation>
    </message>
    <message>
        <source>You have not marked any services yet. There is no hurry.</source>
        <translation>Você ainda não marcou nenhum serviço. Não tem pressa.</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Estou usando: %1</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>Quero: %1</translation>
    </message>
    <message>
        <source>Not right now: %1</source>
        <translation>Agora não: %1</translation>
    </message>
    <message>
        <source>No thanks: %1</source>
        <translation>Não é para mim: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Já terminei: %1</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Estou usando agora: %1</translation>
    </message>
    <message>
        <source>What I want: %1</source>
        <translation>O que eu quero: %1</translation>
    </message>
    <message>
        <source>My dates and papers</source>
        <translation>Minhas datas e documentos</translation>
    </message>
    <message>
        <source>Go to my dates</source>
        <translation>Ir para minhas datas</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Nenhum lembrete para agora.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Próxima data: %1, %2</translation>
    </message>
    <message>
        <source>No papers kept yet.</source>
        <translation>Nenhum documento guardado ainda.</translation>
    </message>
    <message>
        <source>Papers kept in your vault: %1</source>
        <translation>Documentos guardados no seu cofre: %1</translation>
    </message>
    <message>
        <source>Who has a packet from me</source>
        <translation>Quem tem um pacote meu</translation>
    </message>
    <message>
        <source>Go to sharing</source>
        <translation>Ir para Compartilhar</translation>
    </message>
    <message>
        <source>Nobody holds a packet from you right now.</source>
        <translation>No momento, ninguém tem um pacote seu.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sem data de fim</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, até %2</translation>
    </message>
    <message>
        <source>My last packet</source>
        <translation>Meu último pacote</translation>
    </message>
    <message>
        <source>See my sharing history</source>
        <translation>Ver meu histórico de compartilhamento</translation>
    </message>
    <message>
        <source>You have not made a packet. Nothing has left your vault.</source>
        <translation>Você não criou nenhum pacote. Nada saiu do seu cofre.</translation>
    </message>
    <message>
        <source>For %1, made %2</source>
        <translation>Para %1, criado em %2</translation>
    </message>
    <message>
        <source>You withdrew your consent on %1.</source>
        <translation>Você retirou seu consentimento em %1.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Até %1</translation>
    </message>
    <message>
        <source>My backup</source>
        <translation>Minha cópia de segurança</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>Ir para as cópias de segurança</translation>
    </message>
    <message>
        <source>You have not made a backup yet.</source>
        <translation>Você ainda não fez uma cópia de segurança.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última cópia de segurança: %1</translation>
    </message>
    <message>
        <source>It is time for a new one.</source>
        <translation>Está na hora de fazer uma nova.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>These are the exact pages they will see. Go back to change anything.</source>
        <translation>Estas são exatamente as páginas que vão ser vistas. Volte se quiser alterar alguma coisa.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Preparando a prévia</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Prévia das páginas</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Preparando a prévia…</translation>
    </message>
    <message>
        <source>Pages: %1. Items: %2.</source>
        <translation>Páginas: %1. Itens: %2.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Nothing is left in this packet. Go back to choose what goes in.</source>
        <translation>Não sobrou nada neste pacote. Volte para escolher o que vai nele.</translation>
    </message>
</context>
<context>
    <name>PreviewPapers</name>
    <message>
        <source>Photos are sent without their hidden details (where and when they were taken, the camera). Other documents go exactly as they are in your vault.</source>
        <translation>As fotos são enviadas sem os dados ocultos (onde e quando foram tiradas, a câmera). Os outros documentos vão exatamente como estão no seu cofre.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Deixar de fora</translation>
    </message>
    <message>
        <source>Leave %1 out of this packet</source>
        <translation>Deixar %1 fora deste pacote</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Documentos anexados: %1</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protection</source>
        <translation>Proteção</translation>
    </message>
    <message>
        <source>Choose who can open the file.</source>
        <translation>Escolha quem pode abrir o arquivo.</translation>
    </message>
    <message>
        <source>Protect it with a share code (recommended)</source>
        <translation>Proteger com um código do pacote (recomendado)</translation>
    </message>
    <message>
        <source>A plain PDF anyone can open and print</source>
        <translation>Um PDF simples, que qualquer pessoa pode abrir e imprimir</translation>
    </message>
    <message>
        <source>The file opens only with a code you give them another way, for example by phone or on paper.</source>
        <translation>O arquivo só abre com um código que você passa de outra forma, por exemplo por telefone ou em um papel.</translation>
    </message>
    <message>
        <source>Careful: anyone who gets this file, for example from a wrong email address or a lost USB stick, can read everything in it.</source>
        <translation>Cuidado: qualquer pessoa que pegar este arquivo, por exemplo por um e-mail enviado para o endereço errado ou por um pen drive perdido, pode ler tudo o que está nele.</translation>
    </message>
    <message>
        <source>I understand, and I want a plain PDF</source>
        <translation>Entendo, e quero um PDF simples</translation>
    </message>
    <message>
        <source>Sign it</source>
        <translation>Assinar</translation>
    </message>
    <message>
        <source>Signing lets them check that nobody changed it, and that it comes from the same person as your other packets. It does not show your name.</source>
        <translation>A assinatura permite verificar que ninguém alterou o pacote e que ele vem da mesma pessoa que os seus outros pacotes. Ela não mostra o seu nome.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Why, and until when?</source>
        <translation>Para quê, e até quando?</translation>
    </message>
    <message>
        <source>The purpose and the end date are printed on the first page.</source>
        <translation>A finalidade e a data de fim são impressas na primeira página.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Para quê, com minhas palavras</translation>
    </message>
    <message>
        <source>For example: to plan housing support with me</source>
        <translation>Por exemplo: para planejar comigo o apoio com moradia</translation>
    </message>
    <message>
        <source>My consent ends on</source>
        <translation>Meu consentimento termina em</translation>
    </message>
    <message>
        <source>A note in my words</source>
        <translation>Um recado com minhas palavras</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Idioma do pacote</translation>
    </message>
    <message>
        <source>Language of the packet (the person reading it may not read yours)</source>
        <translation>Idioma do pacote (quem for ler talvez não leia o seu idioma)</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
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
        <translation>Maior</translation>
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
        <translation>Para quem é?</translation>
    </message>
    <message>
        <source>Choose the person or agency. Adding someone shares nothing with them.</source>
        <translation>Escolha a pessoa ou organização. Adicionar alguém não compartilha nada.</translation>
    </message>
    <message>
        <source>Who is it for</source>
        <translation>Para quem é</translation>
    </message>
    <message>
        <source>Add a person or agency…</source>
        <translation>Adicionar uma pessoa ou organização…</translation>
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
        <translation>Sua chave de recuperação</translation>
    </message>
    <message>
        <source>Write it down, or print it, and keep it somewhere safe, away from this computer. Anyone who has it can open your vault. It is shown only now.</source>
        <translation>Anote ou imprima a chave e guarde em um lugar seguro, longe deste computador. Quem tiver a chave pode abrir seu cofre. Ela só aparece agora.</translation>
    </message>
    <message>
        <source>Print it (save a one-page PDF)…</source>
        <translation>Imprimir (salvar um PDF de uma página)…</translation>
    </message>
    <message>
        <source>A group of your recovery key</source>
        <translation>Um grupo da sua chave de recuperação</translation>
    </message>
    <message>
        <source>To show you kept it, type group %1 of the key (counting from the left):</source>
        <translation>Para mostrar que você guardou a chave, digite o grupo %1 dela (contando da esquerda):</translation>
    </message>
    <message>
        <source>That is not the same. Please look at the key again.</source>
        <translation>Não está igual. Por favor, olhe a chave de novo.</translation>
    </message>
    <message>
        <source>Thank you. Keep it safe.</source>
        <translation>Tudo certo. Guarde a chave em um lugar seguro.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Salvar a chave de recuperação</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>My recovery key</source>
        <translation>Minha chave de recuperação</translation>
    </message>
    <message>
        <source>This key opens my vault if I forget my passphrase. Keep it safe and away from the computer.</source>
        <translation>Esta chave abre meu cofre se eu esquecer minha frase secreta. Guardar em um lugar seguro, longe do computador.</translation>
    </message>
    <message>
        <source>Saved: %1. Print it, then delete the file if others use this computer.</source>
        <translation>Salvo: %1. Imprima e depois apague o arquivo se outras pessoas usam este computador.</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Criar uma nova chave de recuperação…</translation>
    </message>
    <message>
        <source>You have a recovery key. Making a new one stops the old one working.</source>
        <translation>Você tem uma chave de recuperação. Se você criar uma nova, a antiga para de funcionar.</translation>
    </message>
    <message>
        <source>You have no recovery key. If you forget your passphrase, nobody can open the vault.</source>
        <translation>Você não tem chave de recuperação. Se você esquecer sua frase secreta, ninguém vai conseguir abrir o cofre.</translation>
    </message>
    <message>
        <source>Your new recovery key works now. The old one does not.</source>
        <translation>Sua nova chave de recuperação já funciona. A antiga não.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 ran out on %2 (%3)</source>
        <translation>%1 venceu em %2 (%3)</translation>
    </message>
    <message>
        <source>%1 runs out on %2 (%3)</source>
        <translation>%1 vence em %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>amanhã</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>daqui a %n dia</numerusform>
            <numerusform>daqui a %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderField</name>
    <message>
        <source>Remind me</source>
        <translation>Me lembrar</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Dias antes</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>no próprio dia</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> dia antes</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform> dia antes</numerusform>
            <numerusform> dias antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>You have a reminder</source>
        <translation>Você tem um lembrete</translation>
    </message>
</context>
<context>
    <name>RemindersCallout</name>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>and %1 more on My dates</source>
        <translation>e mais %1 em Minhas datas</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase you had when you made it. If there is a vault on this computer, it is kept until the backup has opened and passed its checks; then the backup takes its place.</source>
        <translation>Escolha o arquivo da cópia de segurança e digite a frase secreta que você tinha quando fez a cópia. Se houver um cofre neste computador, ele é mantido até a cópia de segurança abrir e passar nas verificações; depois, a cópia de segurança toma o lugar dele.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>Escolher a cópia de segurança…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase secreta da cópia de segurança</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cópia de segurança</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Escolha a cópia de segurança</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Cópias de segurança (*.svbackup)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>Por favor, escolha primeiro o arquivo da cópia de segurança.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Por favor, digite a frase secreta da cópia de segurança.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Verificando a cópia de segurança…</translation>
    </message>
    <message>
        <source>%1 Your vault is as it was.</source>
        <translation>%1 Seu cofre continua como estava.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Lock by itself after this many idle minutes</source>
        <translation>Bloquear automaticamente depois de tantos minutos sem uso</translation>
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
        <translation>Bloquear automaticamente depois de</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Modo discreto</translation>
    </message>
    <message>
        <source>The window is called "Notes" and has a plain icon, even before you unlock.</source>
        <translation>A janela se chama “Notas” e tem um ícone simples, mesmo antes de você desbloquear o cofre.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the Quick exit button, to hide and close the app at once.</source>
        <translation>Saída rápida: aperte a tecla Shift (⇧) três vezes, ou o botão “Saída rápida”, para esconder e fechar o aplicativo na hora.</translation>
    </message>
    <message>
        <source>Tell me with a notification</source>
        <translation>Me avisar com uma notificação</translation>
    </message>
    <message>
        <source>Tell me with a notification when a reminder is due</source>
        <translation>Me avisar com uma notificação quando houver um lembrete</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When a reminder is due, the computer shows a notification that says only "You have a reminder", even while the app is locked. Someone near the screen could see it.</source>
        <translation>Desativado, a não ser que você ative. Quando houver um lembrete, o computador mostra uma notificação que diz só “Você tem um lembrete”, mesmo com o aplicativo bloqueado. Alguém perto da tela pode ver essa notificação.</translation>
    </message>
    <message>
        <source>This computer does not show notifications from apps.</source>
        <translation>Este computador não mostra notificações de aplicativos.</translation>
    </message>
    <message>
        <source>Hide from screenshots</source>
        <translation>Esconder das capturas de tela</translation>
    </message>
    <message>
        <source>Hide this app from screenshots and screen sharing</source>
        <translation>Esconder este aplicativo das capturas de tela e do compartilhamento de tela</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the packet</source>
        <translation>Salvar o pacote</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere: you decide how it gets to them.</source>
        <translation>Escolha onde salvar. Nada é enviado para lugar nenhum: você decide como o pacote chega até quem vai receber.</translation>
    </message>
    <message>
        <source>Save the packet…</source>
        <translation>Salvar o pacote…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <source>shared-%1.pdf</source>
        <translation>compartilhado-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1. It is in your sharing history.</source>
        <translation>Salvo: %1. Ele está no seu histórico de compartilhamento.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My goals</source>
        <translation>Minhas metas</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Meus serviços</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mim</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Meus documentos</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Housing and shelter</source>
        <translation>Moradia e abrigo</translation>
    </message>
    <message>
        <source>A safe place to stay, now or for longer.</source>
        <translation>Um lugar seguro para ficar, agora ou por mais tempo.</translation>
    </message>
    <message>
        <source>Home and safety</source>
        <translation>Casa e segurança</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>Plano de segurança</translation>
    </message>
    <message>
        <source>Making a plan to stay safe, with someone who knows how.</source>
        <translation>Fazer um plano para ficar em segurança, com alguém que sabe como.</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Ajuda jurídica</translation>
    </message>
    <message>
        <source>Advice from a lawyer or legal worker, for example about rights, family law or court.</source>
        <translation>Orientação de um advogado ou de outra pessoa que trabalha na área jurídica, por exemplo sobre direitos, questões de família ou a Justiça.</translation>
    </message>
    <message>
        <source>Rights and papers</source>
        <translation>Direitos e documentos</translation>
    </message>
    <message>
        <source>Immigration help</source>
        <translation>Ajuda com imigração</translation>
    </message>
    <message>
        <source>Help with visas, residence and papers.</source>
        <translation>Ajuda com vistos, residência e documentos.</translation>
    </message>
    <message>
        <source>Interpreting and translation</source>
        <translation>Interpretação e tradução</translation>
    </message>
    <message>
        <source>Someone who speaks my language, for meetings or papers.</source>
        <translation>Alguém que fala a minha língua, para reuniões ou documentos.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atendimento médico</translation>
    </message>
    <message>
        <source>Doctors, nurses, dental care and medicine.</source>
        <translation>Médicos, enfermagem, dentista e remédios.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Counselling and mental health</source>
        <translation>Apoio psicológico e saúde mental</translation>
    </message>
    <message>
        <source>Someone to talk to, and support for how I feel.</source>
        <translation>Alguém com quem conversar, e apoio para o que eu sinto.</translation>
    </message>
    <message>
        <source>Support with alcohol or drugs</source>
        <translation>Apoio com álcool ou drogas</translation>
    </message>
    <message>
        <source>Help to cut down or stop, without judgement.</source>
        <translation>Ajuda para diminuir ou parar, sem ninguém me julgar.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Pessoa de referência</translation>
    </message>
    <message>
        <source>One person who helps me connect with other services.</source>
        <translation>Uma pessoa que me ajuda a me conectar com outros serviços.</translation>
    </message>
    <message>
        <source>Everyday support</source>
        <translation>Apoio no dia a dia</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Dinheiro e benefícios</translation>
    </message>
    <message>
        <source>Help with money, a bank account, benefits or debts.</source>
        <translation>Ajuda com dinheiro, conta no banco, benefícios ou dívidas.</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado das crianças</translation>
    </message>
    <message>
        <source>Care for my children while I do other things.</source>
        <translation>Alguém para cuidar dos meus filhos enquanto eu faço outras coisas.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Help with travel to appointments and places I need to go.</source>
        <translation>Ajuda para ir a compromissos e a outros lugares aonde eu preciso ir.</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>Comida e roupa</translation>
    </message>
    <message>
        <source>Food, clothes and other basic things.</source>
        <translation>Comida, roupas e outras coisas básicas.</translation>
    </message>
    <message>
        <source>Work and jobs</source>
        <translation>Trabalho e emprego</translation>
    </message>
    <message>
        <source>Finding work, training for a job, or knowing my rights at work.</source>
        <translation>Encontrar trabalho, me capacitar para um emprego ou conhecer meus direitos no trabalho.</translation>
    </message>
    <message>
        <source>Learning and work</source>
        <translation>Estudo e trabalho</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>Estudos e escola</translation>
    </message>
    <message>
        <source>Classes, school, language courses or study.</source>
        <translation>Aulas, escola, cursos de idiomas ou estudos.</translation>
    </message>
    <message>
        <source>Peer support and mentoring</source>
        <translation>Apoio entre pares e mentoria</translation>
    </message>
    <message>
        <source>Meeting people with similar experiences who can walk beside me.</source>
        <translation>Conhecer pessoas com experiências parecidas, que possam caminhar ao meu lado.</translation>
    </message>
    <message>
        <source>People around me</source>
        <translation>As pessoas ao meu redor</translation>
    </message>
    <message>
        <source>Family and reunification</source>
        <translation>Família e reencontro</translation>
    </message>
    <message>
        <source>Staying in touch with, or reuniting with, my family.</source>
        <translation>Manter contato com minha família, ou me reencontrar com ela.</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Os que eu adicionei</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salvo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Minha escolha</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Quem atende</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>My services</source>
        <translation>Meus serviços</translation>
    </message>
    <message>
        <source>Say what you want, what you use, and what is not for you. You never have to give a reason.</source>
        <translation>Diga o que você quer, o que você usa e o que não é para você. Você nunca precisa dar um motivo.</translation>
    </message>
    <message>
        <source>Add my own kind of service</source>
        <translation>Adicionar meu próprio tipo de serviço</translation>
    </message>
    <message>
        <source>Kinds of services</source>
        <translation>Tipos de serviços</translation>
    </message>
    <message>
        <source>Your own kind of service</source>
        <translation>Seu próprio tipo de serviço</translation>
    </message>
    <message>
        <source>What kind of service? For example: sewing group</source>
        <translation>Que tipo de serviço? Por exemplo: grupo de costura</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>What you typed to change your passphrase was not kept: a passphrase is never saved anywhere. Please type it again.</source>
        <translation>O que você digitou para trocar sua frase secreta não foi guardado: uma frase secreta nunca é salva em lugar nenhum. Por favor, digite de novo.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <source>Nothing leaves your vault unless you make a packet. You choose what goes in, for whom, and until when.</source>
        <translation>Nada sai do seu cofre se você não criar um pacote. Você escolhe o que vai nele, para quem e até quando.</translation>
    </message>
    <message>
        <source>Make a share packet…</source>
        <translation>Criar um pacote para compartilhar…</translation>
    </message>
    <message>
        <source>What each person may see</source>
        <translation>O que cada pessoa pode ver</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation>Pessoa ou organização</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>Pode ver</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Set what they may see…</source>
        <translation>Escolher o que pode ver…</translation>
    </message>
    <message>
        <source>Remove permission</source>
        <translation>Remover a permissão</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Histórico de compartilhamento</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retirar meu consentimento…</translation>
    </message>
    <message>
        <source>A full bar: they may still use it. An empty bar: it has ended. A cross: you withdrew your consent. The dashed line is today.</source>
        <translation>Barra cheia: ainda podem usar. Barra vazia: já terminou. Um X: você retirou seu consentimento. A linha tracejada é hoje.</translation>
    </message>
    <message>
        <source>Nothing has left your vault. When you make a packet, it is written here: for whom, what, and until when.</source>
        <translation>Nada saiu do seu cofre. Quando você criar um pacote, ele fica registrado aqui: para quem, o quê e até quando.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Primeiro escolha alguém na lista.</translation>
    </message>
    <message>
        <source>They may see nothing now.</source>
        <translation>No momento, não pode ver nada.</translation>
    </message>
    <message>
        <source>Choose a packet in the history first.</source>
        <translation>Primeiro escolha um pacote no histórico.</translation>
    </message>
    <message>
        <source>You already withdrew your consent for this packet.</source>
        <translation>Você já retirou seu consentimento para este pacote.</translation>
    </message>
    <message>
        <source>Withdraw consent for %1…</source>
        <translation>Retirar meu consentimento para %1…</translation>
    </message>
    <message>
        <source>First add the person or agency in "People &amp; agencies", or in the first step of the packet.</source>
        <translation>Primeiro adicione a pessoa ou organização em “Pessoas e organizações”, ou no primeiro passo do pacote.</translation>
    </message>
    <message>
        <source>Your packet is saved and written in your sharing history.</source>
        <translation>Seu pacote foi salvo e registrado no seu histórico de compartilhamento.</translation>
    </message>
    <message>
        <source>A packet for “%1” you had not finished</source>
        <translation>Um pacote para “%1” que você não terminou</translation>
    </message>
    <message>
        <source>A packet you had not finished</source>
        <translation>Um pacote que você não terminou</translation>
    </message>
    <message>
        <source>What “%1” may see: changes not saved yet</source>
        <translation>O que “%1” pode ver: alterações ainda não salvas</translation>
    </message>
    <message>
        <source>Saved. This shares nothing by itself.</source>
        <translation>Salvo. Isto, por si só, não compartilha nada.</translation>
    </message>
    <message>
        <source>Permission removed. Packets you already made are still in your history, where you can withdraw consent for each.</source>
        <translation>Permissão removida. Os pacotes que você já criou continuam no seu histórico, onde você pode retirar seu consentimento para cada um.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Retirar meu consentimento?</translation>
    </message>
    <message>
        <source>Withdraw your consent for this packet to %1? It will be marked in your history, and you can save a short notice to send them, asking them to delete it. The notice holds none of your information.</source>
        <translation>Retirar seu consentimento para o pacote que você criou para %1? Ele vai ficar marcado no seu histórico, e você pode salvar um aviso curto para enviar, pedindo que apaguem o pacote. O aviso não contém nenhuma das suas informações.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar meu consentimento</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Consent withdrawn. Making the notice…</source>
        <translation>Consentimento retirado. Preparando o aviso…</translation>
    </message>
    <message>
        <source>withdrawal-%1.pdf</source>
        <translation>retirada-%1.pdf</translation>
    </message>
    <message>
        <source>Save the withdrawal notice</source>
        <translation>Salvar o aviso de retirada</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent withdrawn. You chose not to save a notice.</source>
        <translation>Consentimento retirado. Você escolheu não salvar um aviso.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Notice saved: %1. Send it to them the way you choose.</source>
        <translation>Consentimento retirado. Aviso salvo: %1. Envie o aviso do jeito que você escolher.</translation>
    </message>
</context>
<context>
    <name>SharingTimelineView</name>
    <message>
        <source>Timeline of what you shared</source>
        <translation>Linha do tempo do que você compartilhou</translation>
    </message>
    <message>
        <source>%1: from %2, withdrawn %3</source>
        <translation>%1: a partir de %2, retirado em %3</translation>
    </message>
    <message>
        <source>%1: from %2, ended %3</source>
        <translation>%1: a partir de %2, terminou em %3</translation>
    </message>
    <message>
        <source>%1: from %2, no end date</source>
        <translation>%1: a partir de %2, sem data de fim</translation>
    </message>
    <message>
        <source>%1: from %2 until %3</source>
        <translation>%1: de %2 até %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
</context>
<context>
    <name>SomeoneMayKnowDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Alguém pode saber minha frase secreta</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will not open anything you write from now on, even with a copy of the vault's files someone may have kept.</source>
        <translation>Escolha uma nova frase secreta. Depois, o aplicativo protege o cofre inteiro com uma nova chave: a frase secreta antiga não vai abrir nada do que você escrever a partir de agora, nem mesmo com uma cópia dos arquivos do cofre que alguém possa ter guardado.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta atual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>A nova frase secreta de novo</translation>
    </message>
    <message>
        <source>Changing your passphrase and key</source>
        <translation>Trocando sua frase secreta e a chave</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>Trocar a frase secreta e a chave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Changing your passphrase and key. This takes a moment; please wait.</source>
        <translation>Trocando sua frase secreta e a chave. Isso leva um momento; por favor, espere.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Done. Only your new passphrase opens the vault now.</source>
        <translation>Pronto. Agora só a sua nova frase secreta abre o cofre.</translation>
    </message>
    <message>
        <source>If they may also have seen your recovery key, make a new one in Settings.</source>
        <translation>Se alguém também pode ter visto sua chave de recuperação, crie uma nova em Configurações.</translation>
    </message>
    <message>
        <source>Please type your passphrases again.</source>
        <translation>Por favor, digite suas frases secretas de novo.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Novo passo</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Um pequeno próximo passo</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Adicionar passo</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remover passo</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Easy to guess. A few words together are easier to remember and much harder to guess.</source>
        <translation>Fácil de adivinhar. Algumas palavras juntas são mais fáceis de lembrar e muito mais difíceis de adivinhar.</translation>
    </message>
    <message>
        <source>Getting there. One or two more words would make it much stronger.</source>
        <translation>Está quase lá. Mais uma ou duas palavras deixariam a frase muito mais forte.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>Forte. Só confira se você vai conseguir lembrar dela.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>Olá de novo</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Sua frase secreta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>I forgot my passphrase…</source>
        <translation>Esqueci minha frase secreta…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar de uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Digite sua frase secreta para abrir suas notas.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abrindo…</translation>
    </message>
    <message>
        <source>Open a file someone gave me…</source>
        <translation>Abrir um arquivo que alguém me deu…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Digite sua frase secreta para abrir seu cofre.</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Abrir meu cofre</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>Abrindo seu cofre</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Abrir um pacote que alguém me deu…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Por favor, digite sua frase secreta.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first, then try again here.</source>
        <translation>Este cofre já está aberto em outra janela. Por favor, feche o cofre lá primeiro e depois tente de novo aqui.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. To keep your vault safe, you can try again in a few seconds. Seconds left: %1</source>
        <translation>Essa frase secreta não abriu o cofre. Para manter seu cofre seguro, você pode tentar de novo daqui a alguns segundos. Segundos restantes: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Você já pode tentar de novo.</translation>
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
        <translation>Descartar o que você escreveu?</translation>
    </message>
    <message>
        <source>Throw away what you wrote and did not save? This cannot be undone.</source>
        <translation>Descartar o que você escreveu e não salvou? Não dá para desfazer.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>VaultArea</name>
    <message>
        <source>Parts of my vault</source>
        <translation>Partes do meu cofre</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Meu plano</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Minhas metas</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Meus serviços</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Meus documentos</translation>
    </message>
    <message>
        <source>My dates</source>
        <translation>Minhas datas</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mim</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>Pessoas e organizações</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>Para você saber</translation>
    </message>
    <message>
        <source>It has been a while since your last backup. A backup keeps your plan safe if this computer is lost or broken.</source>
        <translation>Faz tempo que você não faz uma cópia de segurança. Uma cópia de segurança protege o seu plano se este computador for perdido ou quebrar.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Fazer uma cópia de segurança</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Since you last opened it: one try with a wrong passphrase (%1).</source>
        <translation>Desde a última vez que você abriu o cofre: uma tentativa com uma frase secreta errada (%1).</translation>
    </message>
    <message>
        <source>Since you last opened it: %1 tries with a wrong passphrase (%2).</source>
        <translation>Desde a última vez que você abriu o cofre: %1 tentativas com uma frase secreta errada (%2).</translation>
    </message>
    <message>
        <source>What you had not saved yet is kept. It is where you left it.</source>
        <translation>O que você ainda não tinha salvado foi mantido. Está onde você deixou.</translation>
    </message>
</context>
<context>
    <name>_VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>