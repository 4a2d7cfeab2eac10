<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AboutMe</name>
    <message>
        <source>The name I like to be called</source>
        <translation>Как ко мне обращаться</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Мои местоимения</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>На каких языках я говорю</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Безопасные способы связаться со мной</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Когда со мной безопасно связаться</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Что помогает мне участвовать (мои потребности в доступности)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Мои сильные стороны</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Что я хочу, чтобы знали те, кто мне помогает</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>Обо мне</translation>
    </message>
    <message>
        <source>Only what you want to say, in your own words. Every box is optional. Nothing here is shared unless you choose.</source>
        <translation>Только то, что вы сами хотите сказать, своими словами. Все поля необязательны. Ничего отсюда не передаётся, если вы сами этого не решите.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Отменить мои изменения</translation>
    </message>
    <message>
        <source>You were writing here and had not saved it. Here it is. Press Save to keep it.</source>
        <translation>Вы писали здесь и не сохранили текст. Вот он. Нажмите «Сохранить», чтобы он остался.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>You made your vault</source>
        <translation>Вы создали сейф</translation>
    </message>
    <message>
        <source>Opened with your passphrase</source>
        <translation>Открыт секретной фразой</translation>
    </message>
    <message>
        <source>Opened with your recovery key</source>
        <translation>Открыт запасным ключом</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Секретная фраза изменена</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Создан новый запасной ключ</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>Запасной ключ удалён</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Сделана резервная копия</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Сейф восстановлен из резервной копии</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Цель добавлена</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Цель изменена</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Цель удалена</translation>
    </message>
    <message>
        <source>Service choice added</source>
        <translation>Выбор услуги добавлен</translation>
    </message>
    <message>
        <source>Service choice changed</source>
        <translation>Выбор услуги изменён</translation>
    </message>
    <message>
        <source>Service choice removed</source>
        <translation>Выбор услуги убран</translation>
    </message>
    <message>
        <source>Your own kind of service added</source>
        <translation>Добавлен ваш собственный вид услуги</translation>
    </message>
    <message>
        <source>About me changed</source>
        <translation>Раздел «Обо мне» изменён</translation>
    </message>
    <message>
        <source>Person or agency added</source>
        <translation>Человек или организация добавлены</translation>
    </message>
    <message>
        <source>Person or agency changed</source>
        <translation>Человек или организация изменены</translation>
    </message>
    <message>
        <source>Person or agency deleted</source>
        <translation>Человек или организация удалены</translation>
    </message>
    <message>
        <source>Sharing permission saved</source>
        <translation>Разрешение на доступ сохранено</translation>
    </message>
    <message>
        <source>Sharing permission removed</source>
        <translation>Разрешение на доступ убрано</translation>
    </message>
    <message>
        <source>Share packet made</source>
        <translation>Создан пакет</translation>
    </message>
    <message>
        <source>Consent withdrawn for a packet</source>
        <translation>Согласие на пакет отозвано</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Документ добавлен</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>Сведения о документе изменены</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Документ удалён</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Дата добавлена</translation>
    </message>
    <message>
        <source>Date changed</source>
        <translation>Дата изменена</translation>
    </message>
    <message>
        <source>Date deleted</source>
        <translation>Дата удалена</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>What happened in your vault, newest first. Only you can see this.</source>
        <translation>Что происходило в вашем сейфе, сначала самое новое. Это видите только вы.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo. Its passphrase is: demo</source>
        <translation>Это демоверсия. Её секретная фраза: demo</translation>
    </message>
</context>
<context>
    <name>AttachedPapers</name>
    <message>
        <source>Papers attached</source>
        <translation>Приложенные документы</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Saved copies are not protected by the share code: anyone who can use this computer can open them. Keep them safe, and delete them when they are no longer needed.</source>
        <translation>Сохранённые копии не защищены кодом пакета: их может открыть любой, кто пользуется этим компьютером. Храните их надёжно и удалите, когда они больше не нужны.</translation>
    </message>
    <message>
        <source>Save this paper…</source>
        <translation>Сохранить этот документ…</translation>
    </message>
    <message>
        <source>Save all papers in a folder…</source>
        <translation>Сохранить все документы в папку…</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Приложенные документы: %1</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the papers</source>
        <translation>Выберите папку для документов</translation>
    </message>
    <message>
        <source>Saved %1 papers in %2.</source>
        <translation>Сохранено документов: %1. Папка: %2.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A backup is one encrypted file, for example on a USB stick. It opens with the passphrase you have on the day you make it. Uninstalling the app does not remove your vault or your backups; "Erase everything" below removes the vault.</source>
        <translation>Резервная копия — это один зашифрованный файл, например на флешке. Она открывается той секретной фразой, которая была у вас в день, когда вы её сделали. Если удалить приложение, сейф и резервные копии не удалятся; сейф удаляет кнопка «Стереть всё» ниже.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Сделать резервную копию…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Проверить резервную копию…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Делаем резервную копию</translation>
    </message>
    <message>
        <source>Remind me to make a backup every this many weeks (0: never)</source>
        <translation>Как часто напоминать о резервной копии, в неделях (0 — никогда)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Remind me every (weeks)</source>
        <translation>Как часто напоминать (в неделях)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Последняя резервная копия: %1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>You keep no papers in your vault yet.</source>
        <translation>В вашем сейфе пока нет документов.</translation>
    </message>
    <message>
        <source>Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room.</source>
        <translation>Ваши документы: %1, всего %2. Резервная копия тоже их хранит, поэтому ей нужно не меньше места.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Куда сохранить резервную копию?</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Делаем резервную копию…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Резервная копия сделана и проверена: %1</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Резервные копии (*.svbackup)</translation>
    </message>
</context>
<context>
    <name>CaptureShield</name>
    <message>
        <source>On: screenshots, screen recordings and screen sharing leave this app's windows out (on older Windows 10, they show black). Someone can still take a photo of the screen.</source>
        <translation>Включено: снимки экрана, запись экрана и демонстрация экрана не захватывают окна этого приложения (в старых версиях Windows 10 на их месте чёрный цвет). Но кто-то всё равно может сфотографировать экран.</translation>
    </message>
    <message>
        <source>On: the app asks macOS to leave its windows out of screenshots and screen sharing. Newer versions of macOS do not always do this, and someone can still take a photo of the screen.</source>
        <translation>Включено: приложение просит macOS не показывать его окна на снимках экрана и при демонстрации экрана. Новые версии macOS не всегда это выполняют, и кто-то всё равно может сфотографировать экран.</translation>
    </message>
    <message>
        <source>Your system does not let apps hide from screenshots. Anyone who can see or record the screen can see the app.</source>
        <translation>Ваша система не позволяет приложениям скрываться от снимков экрана. Любой, кто может видеть или записывать экран, увидит приложение.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Проверить резервную копию</translation>
    </message>
    <message>
        <source>Passphrase of the backup (the one you had when you made it)</source>
        <translation>Секретная фраза копии (та, что была у вас, когда вы её сделали)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Секретная фраза копии</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>This backup is good: it opens with that passphrase and passes every check.</source>
        <translation>С этой копией всё в порядке: она открывается этой секретной фразой и проходит все проверки.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Эта секретная фраза не открывает эту копию.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup. Please make a new one.</source>
        <translation>Эта копия повреждена или это не резервная копия. Пожалуйста, сделайте новую.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Not decided</source>
        <translation>Ещё не решено</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Хочу это</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Пользуюсь этим</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Нет, спасибо</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Which provider</source>
        <translation>Кто помогает</translation>
    </message>
    <message>
        <source>Add another provider</source>
        <translation>Добавить ещё кого-то, кто помогает</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Убрать эту запись</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Отменить мои изменения</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Мой выбор</translation>
    </message>
    <message>
        <source>Pick a provider from the local list</source>
        <translation>Выбрать из списка местных служб</translation>
    </message>
    <message>
        <source>Pick from the local list (optional)</source>
        <translation>Выбрать из списка местных служб (необязательно)</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>К кому я хочу обращаться</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>How is it going for me?</source>
        <translation>Как мне это помогает?</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Что помогает</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Что не помогает</translation>
    </message>
    <message>
        <source>Choose a service on the left to say what you want.</source>
        <translation>Выберите услугу слева и скажите, чего вы хотите.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Filled in from the local list. Press Save to keep it.</source>
        <translation>Заполнено из списка местных служб. Нажмите «Сохранить», чтобы это осталось.</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes. Press Save to keep them.</source>
        <translation>Вы изменили это, но не сохранили. Вот ваши изменения. Нажмите «Сохранить», чтобы они остались.</translation>
    </message>
    <message>
        <source>Your changes to “%1” are kept, not saved yet. Go back to it to save them.</source>
        <translation>Ваши изменения в «%1» не потерялись, но ещё не сохранены. Вернитесь туда, чтобы сохранить их.</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick what you want, if you like.</source>
        <translation>Пока нечего сохранять. Если хотите, выберите, что вам нужно.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>A new entry was added. Fill in the provider, then Save.</source>
        <translation>Добавлена новая запись. Укажите, кто помогает, и нажмите «Сохранить».</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Убрано.</translation>
    </message>
</context>
<context>
    <name>ChoiceToggles</name>
    <message>
        <source>Choice %1 of %2. Only one can be chosen.</source>
        <translation>Вариант %1 из %2. Можно выбрать только один.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>The share code</source>
        <translation>Код пакета</translation>
    </message>
    <message>
        <source>The packet is saved. This code opens it.</source>
        <translation>Пакет сохранён. Его открывает этот код.</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Код пакета</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Скопировать код</translation>
    </message>
    <message>
        <source>Give this code to them another way than the file: read it to them on the phone, or write it on paper. In a PDF reader, they type it exactly as shown, in small letters with the dashes. Typed with spaces instead of dashes (%1), it opens the file too. Anyone with both the file and the code can read the packet. The app does not keep the code.</source>
        <translation>Не отправляйте этот код вместе с файлом. Передайте его по-другому: прочитайте по телефону или напишите на бумаге. В программе для чтения PDF код вводят точно так, как он показан: маленькими латинскими буквами, с дефисами. Если ввести его с пробелами вместо дефисов (%1), файл тоже откроется. Любой, у кого есть и файл, и код, может прочитать пакет. Приложение не хранит код.</translation>
    </message>
    <message>
        <source>This packet has no share code: anyone with the file can read it.</source>
        <translation>У этого пакета нет кода: любой, у кого есть файл, может его прочитать.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Скопировано. Буфер обмена очистится через 30 секунд.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes in?</source>
        <translation>Что включить?</translation>
    </message>
    <message>
        <source>Tick what you want in this packet. Nothing is in it unless you tick it.</source>
        <translation>Отметьте, что вы хотите включить в этот пакет. В нём будет только то, что вы отметите.</translation>
    </message>
    <message>
        <source>Start from what they may see</source>
        <translation>Начать с того, что они могут видеть</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Включить мои заметки</translation>
    </message>
    <message>
        <source>Include how services are going for me (my feedback)</source>
        <translation>Включить, как мне помогают услуги (моё мнение)</translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick only what you want %1 to see.</source>
        <translation>Ничего не отмечено. %1 получит только то, что вы отметите.</translation>
    </message>
    <message>
        <source>Ticked: %1. Only what you tick goes to %2.</source>
        <translation>Отмечено: %1. %2 получит только то, что вы отметите.</translation>
    </message>
    <message>
        <source>Start from what %1 may see</source>
        <translation>Начать с того, что может видеть %1</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Change this date</source>
        <translation>Изменить эту дату</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Добавить дату</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>For which paper</source>
        <translation>Для какого документа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere else.</source>
        <translation>Достаточно пары слов и дня. Напоминание появляется только внутри приложения, после того как вы его откроете, и больше нигде.</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Без документа</translation>
    </message>
    <message>
        <source>Please say what the date is for, in a few words.</source>
        <translation>Пожалуйста, напишите в двух словах, что это за дата.</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Hearing</source>
        <translation>Заседание суда</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Приём или встреча</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>A paper runs out</source>
        <translation>Заканчивается срок документа</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <source>no reminder</source>
        <translation>без напоминания</translation>
    </message>
    <message>
        <source>reminder on the day</source>
        <translation>напоминание в тот же день</translation>
    </message>
    <message>
        <source>reminder the day before</source>
        <translation>напоминание накануне</translation>
    </message>
    <message numerus="yes">
        <source>reminder %n days before</source>
        <translation>
            <numerusform>напоминание за %n день</numerusform>
            <numerusform>напоминание за %n дня</numerusform>
            <numerusform>напоминание за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 runs out</source>
        <translation>%1: заканчивается срок</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Reminder: it is soon</source>
        <translation>Напоминание: уже скоро</translation>
    </message>
    <message>
        <source>Reminder: this day has passed</source>
        <translation>Напоминание: этот день уже прошёл</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>My dates</source>
        <translation>Мои даты</translation>
    </message>
    <message>
        <source>Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My plan, only after you unlock.</source>
        <translation>Заседания суда, приёмы и встречи, продления и дни, когда заканчивается срок документов. Напоминания появляются здесь и в разделе «Мой план» — только после того, как вы откроете сейф.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Добавить дату</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Отметить как сделанное</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No dates yet. Add a hearing, an appointment or a renewal when you want to. The day a paper runs out shows here by itself.</source>
        <translation>Дат пока нет. Добавьте заседание суда, приём или продление, когда захотите. День, когда заканчивается срок документа, появится здесь сам.</translation>
    </message>
    <message>
        <source>Choose a date in the list first.</source>
        <translation>Сначала выберите дату в списке.</translation>
    </message>
    <message>
        <source>This is the day a paper runs out: change it in the paper's details.</source>
        <translation>Это день, когда заканчивается срок документа: измените его в сведениях о документе.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Снять отметку «Сделано»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Marked as done. Its reminder stops.</source>
        <translation>Отмечено как сделанное. Напоминание больше не появится.</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>Отметка «Сделано» снята.</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>Удалить эту дату?</translation>
    </message>
    <message>
        <source>Delete “%1” from your dates?</source>
        <translation>Удалить «%1» из ваших дат?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Удалено.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Ещё не сохранено: «%1»</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What you can do next</source>
        <translation>Что можно сделать дальше</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>Стереть всё</translation>
    </message>
    <message>
        <source>This overwrites and deletes your vault, its key file and its copy, and the backups kept in its folder. It cannot be undone. Backups you saved elsewhere (for example on a USB stick) are not touched.</source>
        <translation>Сейф, его файл ключей и копия этого файла, а также резервные копии в папке сейфа будут перезаписаны и удалены. Это нельзя отменить. Резервные копии, которые вы сохранили в другом месте (например, на флешке), останутся.</translation>
    </message>
    <message>
        <source>Please know: on some disks (SSDs) and in folders that sync to the cloud, old copies of the encrypted files may remain even after erasing.</source>
        <translation>Важно знать: на некоторых дисках (SSD) и в папках, которые синхронизируются с облаком, старые копии зашифрованных файлов могут остаться даже после стирания.</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm</source>
        <translation>Введите секретную фразу, чтобы подтвердить</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша секретная фраза</translation>
    </message>
    <message>
        <source>Stop! Do not erase</source>
        <translation>Стоп! Не стирать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверяем</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Пожалуйста, введите секретную фразу.</translation>
    </message>
    <message>
        <source>That passphrase is not right, so nothing was erased.</source>
        <translation>Эта секретная фраза не подходит, поэтому ничего не стёрто.</translation>
    </message>
    <message>
        <source>Erasing in %1… Press "Stop" if you did not mean this.</source>
        <translation>Всё будет стёрто через %1… Нажмите «Стоп», если вы этого не хотите.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was erased.</source>
        <translation>Остановлено. Ничего не стёрто.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything</source>
        <translation>Стереть всё</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault. You will be asked for your passphrase, and you can stop it during a short countdown.</source>
        <translation>Перезаписать и удалить этот сейф. Приложение попросит вашу секретную фразу, и во время короткого обратного отсчёта стирание можно будет остановить.</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>Стереть всё…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added. (%1)</source>
        <translation>Не удалось прочитать этот стартовый набор, поэтому он не использован. Ничего не добавлено. (%1)</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added.</source>
        <translation>Не удалось прочитать этот стартовый набор, поэтому он не использован. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>Something went wrong with the vault. Nothing more was changed.</source>
        <translation>С сейфом что-то пошло не так. Больше ничего не изменено.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. A change of your passphrase was stopped before it finished, so your old passphrase still works.</source>
        <translation>Эта секретная фраза не открыла сейф. Смена секретной фразы была прервана, поэтому ваша прежняя секретная фраза всё ещё работает.</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. A change of your recovery key was stopped before it finished, so your old recovery key still works.</source>
        <translation>Этот запасной ключ не открыл сейф. Смена запасного ключа была прервана, поэтому ваш прежний запасной ключ всё ещё работает.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…</source>
        <translation>Это не похоже на запасной ключ. В нём 7 групп по 4 знака — латинские буквы и цифры, например ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. Please check each group and try again.</source>
        <translation>Этот запасной ключ не открыл сейф. Пожалуйста, проверьте каждую группу и попробуйте снова.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?</source>
        <translation>Эта секретная фраза не открыла сейф. Пожалуйста, проверьте её и попробуйте снова. Может быть, включён Caps Lock или выбран другой язык клавиатуры?</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. It is the passphrase you had on the day you made it.</source>
        <translation>Эта секретная фраза не открывает эту резервную копию. Нужна та секретная фраза, которая была у вас в день, когда вы сделали копию.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a vault backup. Nothing has been changed.</source>
        <translation>Этот файл резервной копии повреждён или это не копия сейфа. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup, so it was not used. Your vault is as it was.</source>
        <translation>Эта резервная копия повреждена или это не резервная копия, поэтому она не использована. Ваш сейф остался как был.</translation>
    </message>
    <message>
        <source>The backup file could not be read (was the USB stick taken out?). Nothing has been changed.</source>
        <translation>Не удалось прочитать файл резервной копии (может быть, вынули флешку?). Ничего не изменено.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app. Please update the app to open it. Nothing has been changed.</source>
        <translation>Этот сейф создан более новой версией приложения. Чтобы открыть его, пожалуйста, обновите приложение. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you have a backup, you can restore it.</source>
        <translation>Файлы сейфа, похоже, повреждены, поэтому его нельзя безопасно открыть. Ничего не изменено. Если у вас есть резервная копия, можно восстановить сейф из неё.</translation>
    </message>
    <message>
        <source>Another task was still using the vault, so nothing was changed. Please try again in a moment.</source>
        <translation>Сейф был занят другой задачей, поэтому ничего не изменено. Пожалуйста, попробуйте снова чуть позже.</translation>
    </message>
    <message>
        <source>To change the vault's keys, please choose a new passphrase first.</source>
        <translation>Чтобы сменить ключи сейфа, сначала придумайте новую секретную фразу.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first.</source>
        <translation>Этот сейф уже открыт в другом окне. Пожалуйста, сначала закройте его там.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>В этой папке нет сейфа.</translation>
    </message>
    <message>
        <source>There is already a vault here. Nothing has been changed.</source>
        <translation>Здесь уже есть сейф. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It cannot be empty.</source>
        <translation>Пожалуйста, придумайте секретную фразу. Она не может быть пустой.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Две секретные фразы не совпадают. Пожалуйста, введите их ещё раз.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>У этого сейфа нет запасного ключа.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk. Nothing was changed.</source>
        <translation>На диске не хватает места. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was lost.</source>
        <translation>В папку сейфа нельзя записывать (возможно, она только для чтения или находится на заблокированном диске). Ничего не потеряно.</translation>
    </message>
    <message>
        <source>That item is no longer in the vault.</source>
        <translation>Этого больше нет в сейфе.</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>Сейф заблокирован. Пожалуйста, сначала откройте его.</translation>
    </message>
    <message>
        <source>That could not be saved. Please check what you typed.</source>
        <translation>Не удалось сохранить. Пожалуйста, проверьте, что вы ввели.</translation>
    </message>
    <message>
        <source>A goal needs a short title.</source>
        <translation>Цели нужно короткое название.</translation>
    </message>
    <message>
        <source>This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added.</source>
        <translation>Этот документ больше 50 МБ, поэтому его нельзя хранить в сейфе. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>This document changed while it was being read (perhaps it is still being saved or synced). Nothing was added. Please try again when it is finished.</source>
        <translation>Этот документ изменился, пока его читали (возможно, он ещё сохраняется или синхронизируется). Ничего не добавлено. Пожалуйста, попробуйте снова, когда это закончится.</translation>
    </message>
    <message>
        <source>This document's copy in the vault is damaged and cannot be read. Your other papers are safe.</source>
        <translation>Копия этого документа в сейфе повреждена, и её нельзя прочитать. Остальные ваши документы в порядке.</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer's disk to keep this paper safely: while it is added, it needs about twice its size. Nothing was added. Your vault is safe.</source>
        <translation>На диске этого компьютера не хватает свободного места, чтобы надёжно сохранить этот документ: пока он добавляется, нужно примерно вдвое больше места, чем он занимает. Ничего не добавлено. Ваш сейф в порядке.</translation>
    </message>
    <message>
        <source>This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added.</source>
        <translation>Не удалось прочитать этот файл (возможно, это папка, или файл перемещён или заблокирован). Ничего не добавлено.</translation>
    </message>
    <message>
        <source>The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in your vault.</source>
        <translation>Не удалось сохранить туда копию (возможно, папка только для чтения или её больше нет). Ваш документ по-прежнему надёжно хранится в сейфе.</translation>
    </message>
    <message>
        <source>Adding papers was stopped. The papers added before it are kept; the rest were not added.</source>
        <translation>Добавление документов остановлено. Документы, добавленные до этого, сохранены; остальные не добавлены.</translation>
    </message>
    <message>
        <source>That is not a file that can hold a packet (a folder, a device or a pipe).</source>
        <translation>Это не файл, в котором может быть пакет (это папка, устройство или канал).</translation>
    </message>
    <message>
        <source>This file is too large to be a share packet.</source>
        <translation>Этот файл слишком большой для пакета.</translation>
    </message>
    <message>
        <source>That share code does not open this packet. Please check it with the person who sent it.</source>
        <translation>Этот код не открывает пакет. Пожалуйста, уточните код у человека, который прислал пакет.</translation>
    </message>
    <message>
        <source>Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely on it. Ask the person who sent it for a new one.</source>
        <translation>Внимание: этот пакет изменили после создания или подменили его части. Не полагайтесь на него. Попросите у человека, который его прислал, новый пакет.</translation>
    </message>
    <message>
        <source>This file is not a share packet, or it is damaged.</source>
        <translation>Этот файл — не пакет, или он повреждён.</translation>
    </message>
    <message>
        <source>That file is not there any more. Please choose it again.</source>
        <translation>Этого файла там больше нет. Пожалуйста, выберите его снова.</translation>
    </message>
    <message>
        <source>This packet's consent has ended, so it should not be used any more. Ask the person who sent it if they want to share again.</source>
        <translation>Согласие для этого пакета закончилось, поэтому пакетом больше нельзя пользоваться. Спросите у человека, который его прислал, хочет ли этот человек поделиться снова.</translation>
    </message>
    <message>
        <source>The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again.</source>
        <translation>Пакет не прошёл собственную проверку, поэтому он не сохранён. Ничего никому не передано. Пожалуйста, попробуйте снова.</translation>
    </message>
    <message>
        <source>“%1” cannot go into the packet, so the packet was not made. You can leave it out.</source>
        <translation>«%1» нельзя включить в пакет, поэтому пакет не создан. Можно не включать этот документ.</translation>
    </message>
    <message>
        <source>“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its hidden details. It was not attached, and the packet was not made. You can leave it out.</source>
        <translation>«%1» — изображение, которое приложение не может открыть (возможно, оно повреждено или слишком большое), поэтому приложение не может убрать из него скрытые данные. Оно не приложено, и пакет не создан. Можно не включать этот файл.</translation>
    </message>
    <message>
        <source>“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden details. So that no page goes missing, the packet was not made. You can leave it out.</source>
        <translation>В «%1» несколько страниц в одном файле изображения, и скрытые данные удалось убрать только с первой. Чтобы ни одна страница не пропала, пакет не создан. Можно не включать этот файл.</translation>
    </message>
    <message>
        <source>“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.</source>
        <translation>«%1» — фото в формате (HEIC, AVIF или JPEG XL), из которого приложение не может убрать скрытые данные, поэтому пакет не создан. Можно не включать это фото или сохранить его как JPEG и добавить эту копию.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are safe. You can leave it out.</source>
        <translation>Документ «%1» в сейфе повреждён, и его нельзя прочитать, поэтому пакет не создан. Остальные ваши документы в порядке. Можно не включать этот документ.</translation>
    </message>
    <message>
        <source>A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do not rely on this packet.</source>
        <translation>У одного из документов в этом пакете имя файла, которое может указывать за пределы папки, поэтому ничего не сохранено. Не полагайтесь на этот пакет.</translation>
    </message>
    <message>
        <source>A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please choose an empty folder.</source>
        <translation>В этой папке уже есть файл с таким же именем, как у одного из документов. Ничего не перезаписано. Пожалуйста, выберите пустую папку.</translation>
    </message>
    <message>
        <source>The papers can only be saved in a folder, and that is not one.</source>
        <translation>Документы можно сохранить только в папку, а это не папка.</translation>
    </message>
    <message>
        <source>The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share them in two packets.</source>
        <translation>Выбранные документы слишком большие для одного пакета: вместе — не больше %1 МБ. Не включайте некоторые из них или разделите их на два пакета.</translation>
    </message>
    <message>
        <source>This setup kit is too large, so it was not used. Nothing was added.</source>
        <translation>Этот стартовый набор слишком большой, поэтому он не использован. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>Reading the setup kit was stopped. Nothing was added.</source>
        <translation>Чтение стартового набора остановлено. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>The files could not be read or written. Please check the disk and try again.</source>
        <translation>Не удалось прочитать или записать файлы. Пожалуйста, проверьте диск и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Notes for the helper</source>
        <translation>Подсказки для того, кто помогает</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Making your vault</source>
        <translation>Создаём ваш сейф</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>This app keeps your own plan: your goals, the services you want or do not want, and what you would like providers to know. It keeps everything on this computer and sends nothing anywhere.</source>
        <translation>Это приложение хранит ваш собственный план: ваши цели, услуги, которые вам нужны или не нужны, и то, что вы хотели бы сообщить тем, кто вам помогает. Всё хранится на этом компьютере, и ничего никуда не отправляется.</translation>
    </message>
    <message>
        <source>Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, with whom, and until when.</source>
        <translation>Никто не увидит ваш план без вашей секретной фразы: ни организация, ни мы. Только вы решаете, делиться ли чем-то, с кем и до какого срока.</translation>
    </message>
    <message>
        <source>Please know: if someone watches this computer with hidden software, they may see what you type. If you are not sure this computer is safe, you can set this up later on a safer device.</source>
        <translation>Важно знать: если кто-то следит за этим компьютером с помощью скрытой программы, этот человек может увидеть, что вы печатаете. Если вы не уверены, что этот компьютер безопасен, можно настроить всё позже на более надёжном устройстве.</translation>
    </message>
    <message>
        <source>I have a backup from before: restore it…</source>
        <translation>У меня есть резервная копия: восстановить из неё…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Открыть пакет, который мне дали…</translation>
    </message>
    <message>
        <source>Is someone helping you set up?</source>
        <translation>Вам кто-то помогает с настройкой?</translation>
    </message>
    <message>
        <source>I am setting this up on my own</source>
        <translation>Я настраиваю всё самостоятельно</translation>
    </message>
    <message>
        <source>Someone is helping me (for example an advocate)</source>
        <translation>Мне помогают (например, специалист из организации поддержки)</translation>
    </message>
    <message>
        <source>A helper gets short notes on each step. They never need to see your passphrase or what you write.</source>
        <translation>Человек, который помогает, видит короткие подсказки на каждом шаге. Ему никогда не нужно видеть вашу секретную фразу или то, что вы пишете.</translation>
    </message>
    <message>
        <source>How should the app look?</source>
        <translation>Как будет выглядеть приложение?</translation>
    </message>
    <message>
        <source>In discreet mode the window is called "Notes" and has a plain icon, so a glance at the screen or the taskbar does not say what it is. You can change this later in Settings.</source>
        <translation>В незаметном режиме окно называется «Заметки» и у него простой значок, поэтому по беглому взгляду на экран или панель задач не понять, что это за приложение. Это можно изменить позже в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Use discreet mode</source>
        <translation>Включить незаметный режим</translation>
    </message>
    <message>
        <source>Preview of the window's name and icon:</source>
        <translation>Так будут выглядеть название и значок окна:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>Придумайте секретную фразу</translation>
    </message>
    <message>
        <source>A passphrase is a few words you can remember and others cannot guess, like four words that make a picture in your mind.</source>
        <translation>Секретная фраза — это несколько слов, которые вы можете запомнить, а другие не могут угадать. Например, четыре слова, из которых в голове складывается картинка.</translation>
    </message>
    <message>
        <source>If you forget it, nobody can open the vault, not even us. The next step makes a recovery key, just for that.</source>
        <translation>Если вы её забудете, никто не сможет открыть сейф, даже мы. Поэтому на следующем шаге будет создан запасной ключ.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Секретная фраза</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Насколько надёжна секретная фраза</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Та же секретная фраза ещё раз</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш запасной ключ</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault.</source>
        <translation>Если вы когда-нибудь забудете секретную фразу, этот ключ откроет ваш сейф.</translation>
    </message>
    <message>
        <source>Skip this (not recommended)…</source>
        <translation>Пропустить (не советуем)…</translation>
    </message>
    <message>
        <source>Anything from an agency? (optional)</source>
        <translation>Есть что-то от организации? (необязательно)</translation>
    </message>
    <message>
        <source>An agency may have given you a setup kit: their contact details and a list of local services. Loading it shares nothing with them, and chooses nothing for you. You can skip this.</source>
        <translation>Возможно, организация дала вам стартовый набор: свои контакты и список местных служб. Если его загрузить, организация ничего не узнает, и ничего не будет выбрано за вас. Этот шаг можно пропустить.</translation>
    </message>
    <message>
        <source>Load a setup kit…</source>
        <translation>Загрузить стартовый набор…</translation>
    </message>
    <message>
        <source>Load a list of local services…</source>
        <translation>Загрузить список местных служб…</translation>
    </message>
    <message>
        <source>Reading the setup kit</source>
        <translation>Читаем стартовый набор</translation>
    </message>
    <message>
        <source>Do not use this kit</source>
        <translation>Не использовать этот набор</translation>
    </message>
    <message>
        <source>You are in charge</source>
        <translation>Всё решаете вы</translation>
    </message>
    <message>
        <source>Your vault is ready. Nothing is shared unless you choose.</source>
        <translation>Ваш сейф готов. Ничего не передаётся, пока вы сами этого не решите.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the red button at the top, to hide and close the app at once.</source>
        <translation>Быстрый выход: нажмите клавишу Shift (⇧) три раза или красную кнопку вверху — приложение сразу скроется и закроется.</translation>
    </message>
    <message>
        <source>For the helper: let the person read at their own pace. Nothing here asks about what happened to them.</source>
        <translation>Для того, кто помогает: дайте человеку читать в своём темпе. Здесь нет ни одного вопроса о том, что произошло.</translation>
    </message>
    <message>
        <source>For the helper: you can stay for the setup, and you never need the passphrase.</source>
        <translation>Для того, кто помогает: вы можете остаться на время настройки. Секретная фраза вам никогда не понадобится.</translation>
    </message>
    <message>
        <source>For the helper: ask whether others use or look at this computer.</source>
        <translation>Для того, кто помогает: спросите, пользуется ли кто-то ещё этим компьютером или заглядывает ли в него.</translation>
    </message>
    <message>
        <source>For the helper: please look away now, or hand the keyboard over. Do not watch the passphrase being typed, and do not write it down.</source>
        <translation>Для того, кто помогает: пожалуйста, сейчас отвернитесь или передайте клавиатуру. Не смотрите, как вводится секретная фраза, и не записывайте её.</translation>
    </message>
    <message>
        <source>For the helper: please look away while the key is shown. Help them choose a safe place for it, without seeing it.</source>
        <translation>Для того, кто помогает: пожалуйста, не смотрите на экран, пока показан ключ. Помогите выбрать для него надёжное место, не глядя на него.</translation>
    </message>
    <message>
        <source>For the helper: if you brought a setup kit, this is where it goes. It adds your contact details with no sharing permission.</source>
        <translation>Для того, кто помогает: если вы принесли стартовый набор, загрузите его здесь. Он добавит ваши контакты, но никакого разрешения на доступ вам не даст.</translation>
    </message>
    <message>
        <source>For the helper: thank you. From here on, the person is in charge.</source>
        <translation>Для того, кто помогает: спасибо. Дальше всё решает сам человек.</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Создать мой сейф</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Открыть мой сейф</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. You can make it longer, or press "Next" again to keep it. It is your choice.</source>
        <translation>Эту секретную фразу легко угадать. Можно сделать её длиннее или ещё раз нажать «Далее», чтобы оставить её. Решать вам.</translation>
    </message>
    <message>
        <source>Skip the recovery key?</source>
        <translation>Пропустить запасной ключ?</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase means the vault cannot be opened by anyone, ever. You can make a key later in Settings.</source>
        <translation>Без запасного ключа, если вы забудете секретную фразу, никто и никогда не сможет открыть сейф. Ключ можно создать позже в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Оставить ключ</translation>
    </message>
    <message>
        <source>Choose the folder with the directory files</source>
        <translation>Выберите папку с файлами списка местных служб</translation>
    </message>
    <message>
        <source>Choose the setup kit</source>
        <translation>Выберите стартовый набор</translation>
    </message>
    <message>
        <source>Setup kits (*.json *.zip)</source>
        <translation>Стартовые наборы (*.json *.zip)</translation>
    </message>
    <message>
        <source>Reading the setup kit…</source>
        <translation>Читаем стартовый набор…</translation>
    </message>
    <message>
        <source>no agency card</source>
        <translation>без карточки организации</translation>
    </message>
    <message>
        <source>Ready to add: %1. Local services in its list: %2. Nothing will be chosen for you.</source>
        <translation>Можно добавить: %1. Местных служб в списке: %2. Ничего не будет выбрано за вас.</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Создаём ваш сейф. Это займёт немного времени.</translation>
    </message>
    <message>
        <source>Your recovery key works. Keep it safe.</source>
        <translation>Ваш запасной ключ работает. Храните его надёжно.</translation>
    </message>
    <message>
        <source>You have no recovery key yet. You can make one in Settings.</source>
        <translation>У вас пока нет запасного ключа. Его можно создать в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Local services added from the setup kit: %1.</source>
        <translation>Добавлено местных служб из стартового набора: %1.</translation>
    </message>
</context>
<context>
    <name>ForgotPassphraseDialog</name>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Не помню секретную фразу</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>Открыть и сохранить</translation>
    </message>
    <message>
        <source>Type your recovery key, then choose a new passphrase. Your recovery key keeps working afterwards.</source>
        <translation>Введите запасной ключ, затем придумайте новую секретную фразу. Запасной ключ продолжит работать и после этого.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Запасной ключ</translation>
    </message>
    <message>
        <source>Seven groups of four letters and numbers</source>
        <translation>Семь групп по четыре знака: латинские буквы и цифры</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая секретная фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Новая секретная фраза ещё раз</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Пожалуйста, введите запасной ключ.</translation>
    </message>
    <message>
        <source>Opening with your recovery key…</source>
        <translation>Открываем запасным ключом…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Throw away my changes</source>
        <translation>Отменить мои изменения</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Вы ещё не сохранили это. Вот оно.</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (необязательно)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
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
        <translation>Без сферы</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Учёба</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Юридические вопросы</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Благополучие</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Лидерство и помощь другим</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Change goal</source>
        <translation>Изменить цель</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Отменить мои изменения</translation>
    </message>
    <message>
        <source>Only the goal itself is needed. Nothing here leaves your vault unless you make a packet.</source>
        <translation>Нужна только сама цель. Ничего отсюда не покинет ваш сейф, если вы не создадите пакет.</translation>
    </message>
    <message>
        <source>You were writing this goal and had not saved it. Here it is.</source>
        <translation>Вы писали эту цель и не сохранили её. Вот она.</translation>
    </message>
    <message>
        <source>You were changing this goal and had not saved it. Here are your changes.</source>
        <translation>Вы меняли эту цель и не сохранили изменения. Вот они.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Моя цель</translation>
    </message>
    <message>
        <source>For example: find a flat near my sister</source>
        <translation>Например: найти квартиру рядом с сестрой</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Почему это для меня важно</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Сфера жизни</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Когда хочу достичь</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>I have a date in mind</source>
        <translation>У меня есть дата на примете</translation>
    </message>
    <message>
        <source>Please give your goal a short title. Everything else is optional.</source>
        <translation>Пожалуйста, дайте цели короткое название. Всё остальное необязательно.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Working on it</source>
        <translation>Работаю над ней</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Достигнута</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Не продолжаю</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>No steps yet</source>
        <translation>Шагов пока нет</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Достигнута</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>Шаги: %1 из %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Продвижение</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>К какому сроку</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>Мои цели</translation>
    </message>
    <message>
        <source>What you want to reach, one step at a time. You decide what, how and when.</source>
        <translation>То, чего вы хотите достичь, шаг за шагом. Что, как и когда — решаете вы.</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>Показать цели</translation>
    </message>
    <message>
        <source>All my goals</source>
        <translation>Все мои цели</translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation>Цели в архиве</translation>
    </message>
    <message>
        <source>Search my goals</source>
        <translation>Искать в моих целях</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>No goals match your search.</source>
        <translation>Таких целей не нашлось.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>You have not put any goals away.</source>
        <translation>В архиве пока нет целей.</translation>
    </message>
    <message>
        <source>Show all my goals</source>
        <translation>Показать все мои цели</translation>
    </message>
    <message>
        <source>No goals like this right now.</source>
        <translation>Сейчас таких целей нет.</translation>
    </message>
    <message>
        <source>No goals here yet. Add one when you are ready.</source>
        <translation>Целей пока нет. Добавьте цель, когда будете готовы.</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>Сначала выберите цель в списке.</translation>
    </message>
    <message>
        <source>A new goal, not saved yet: “%1”</source>
        <translation>Новая цель, ещё не сохранена: «%1»</translation>
    </message>
    <message>
        <source>A new goal, not saved yet</source>
        <translation>Новая цель, ещё не сохранена</translation>
    </message>
    <message>
        <source>Changes not saved yet: “%1”</source>
        <translation>Изменения ещё не сохранены: «%1»</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>Archived. You can find it under "Show: Archived goals".</source>
        <translation>Цель в архиве. Её можно найти в списке «Показать: Цели в архиве».</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Цель возвращена из архива.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>Удалить эту цель?</translation>
    </message>
    <message>
        <source>Delete this goal and its steps? This cannot be undone. If you only want it out of sight, choose "Archive" instead.</source>
        <translation>Удалить эту цель и её шаги? Это нельзя отменить. Если вы хотите просто убрать её с глаз, выберите «В архив».</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Цель удалена.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Until %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Без даты окончания</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Создан %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Пунктов: %1</translation>
    </message>
    <message>
        <source>Protected with a share code</source>
        <translation>Защищён кодом пакета</translation>
    </message>
    <message>
        <source>Not protected (plain PDF)</source>
        <translation>Без защиты (обычный PDF)</translation>
    </message>
    <message>
        <source>They may still use it</source>
        <translation>Они ещё могут им пользоваться</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Срок закончился</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Кому: %1</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>What goes in</source>
        <translation>Что включить</translation>
    </message>
    <message>
        <source>%1 (nothing here yet)</source>
        <translation>%1 (здесь пока ничего нет)</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Пожалуйста, введите текущую секретную фразу.</translation>
    </message>
    <message>
        <source>Backups made before now still open with your old passphrase or recovery key. Make a new backup now, and then destroy the old ones.</source>
        <translation>Резервные копии, сделанные раньше, по-прежнему открываются старой секретной фразой или старым запасным ключом. Сделайте новую резервную копию сейчас, а старые потом уничтожьте.</translation>
    </message>
    <message>
        <source>Your recovery key was of an older kind and could not move to the new key, so it no longer works. Please make a new one in Settings.</source>
        <translation>Ваш запасной ключ был старого типа и не смог перейти на новый ключ, поэтому он больше не работает. Пожалуйста, создайте новый в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Your current passphrase was not right, so nothing was changed.</source>
        <translation>Текущая секретная фраза не подошла, поэтому ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>DEMO — sample data only. It is deleted when you close the app.</source>
        <translation>ДЕМОВЕРСИЯ — только примерные данные. Они удалятся, когда вы закроете приложение.</translation>
    </message>
    <message>
        <source>DEMO — sample data only</source>
        <translation>ДЕМОВЕРСИЯ — только примерные данные</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ДЕМОВЕРСИЯ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Заблокировать сейф</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Заблокировать сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <source>Quick exit: hide and close the app now</source>
        <translation>Быстрый выход: сразу скрыть и закрыть приложение</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Or press Shift three times.</source>
        <translation>Сразу скрыть и закрыть приложение. Или нажмите клавишу Shift (⇧) три раза.</translation>
    </message>
    <message>
        <source>The encryption library is missing or not working, so this app cannot keep your information safe and will not open. Please reinstall the app.</source>
        <translation>Библиотека шифрования отсутствует или не работает, поэтому приложение не может защитить ваши данные и не откроется. Пожалуйста, переустановите приложение.</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Erasing everything. This takes a moment.</source>
        <translation>Стираем всё. Это займёт немного времени.</translation>
    </message>
    <message>
        <source>The erasing is finished the next time the app starts.</source>
        <translation>Стирание завершится при следующем запуске приложения.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>Новый запасной ключ</translation>
    </message>
    <message>
        <source>When you use this new key, your old recovery key stops working.</source>
        <translation>Как только вы нажмёте «Использовать этот ключ», прежний запасной ключ перестанет работать.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase.</source>
        <translation>Этот ключ откроет ваш сейф, если вы забудете секретную фразу.</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Использовать этот ключ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Putting the new key in place</source>
        <translation>Устанавливаем новый ключ</translation>
    </message>
    <message>
        <source>Putting your new key in place. This takes a moment; please wait.</source>
        <translation>Устанавливаем ваш новый ключ. Это займёт немного времени, пожалуйста, подождите.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost.</source>
        <translation>Файл ключей вашего сейфа был повреждён или пропал. Использована его копия, и файл ключей возвращён на место. Ничего не потеряно.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need.</source>
        <translation>Диск этого компьютера заполнен, поэтому сейчас в сейф нельзя сохранить ничего нового. Ваш сейф в порядке. Чтобы освободить место, очистите корзину или удалите большие файлы, которые вам не нужны.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings.</source>
        <translation>Смена секретной фразы или запасного ключа была прервана (например, быстрым выходом), поэтому ничего не изменено: прежние секретная фраза и запасной ключ всё ещё работают. Если вы всё ещё хотите их сменить, пожалуйста, сделайте это снова в разделе «Настройки».</translation>
    </message>
</context>
<context>
    <name>OpenPacketDialog</name>
    <message>
        <source>Open a share packet</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>For people who received a packet: choose the file and type the share code you were given. The packet is checked for changes.</source>
        <translation>Для тех, кто получил пакет: выберите файл и введите код пакета, который вам дали. Приложение проверит, не изменён ли пакет.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Код пакета</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Например: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>Открыть и проверить</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>Всё равно открыть</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Save its data as JSON…</source>
        <translation>Сохранить его данные в формате JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose the packet</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose the packet file first.</source>
        <translation>Пожалуйста, сначала выберите файл пакета.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was made. Signed by the key %1.</source>
        <translation>Проверено: пакет не изменён с момента создания. Подписан ключом %1.</translation>
    </message>
    <message>
        <source>Warning: this packet was made by an older version of Survivor Vault. Its signature covers the data shown here, but not how its pages look. Rely on this text, not on the pages, or ask for a new packet.</source>
        <translation>Внимание: этот пакет создан старой версией Survivor Vault. Его подпись подтверждает данные, показанные здесь, но не внешний вид страниц. Полагайтесь на этот текст, а не на страницы, или попросите новый пакет.</translation>
    </message>
    <message>
        <source>Warning: this packet is not signed, so nothing proves it is unchanged. Do not rely on it without asking the person who sent it.</source>
        <translation>Внимание: этот пакет не подписан, поэтому нельзя проверить, что он не изменён. Не полагайтесь на него, пока не уточните у человека, который его прислал.</translation>
    </message>
    <message>
        <source>Its consent has ended. Use it only if the person who sent it agrees.</source>
        <translation>Срок согласия закончился. Используйте пакет, только если человек, который его прислал, не против.</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>Сохранить данные</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Working on it</source>
        <translation>Работаю над ней</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Не продолжаю</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Хочу это</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Пользуюсь этим</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Нет, спасибо</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Учёба</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Юридические вопросы</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Благополучие</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Лидерство и помощь другим</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>The name I like to be called</source>
        <translation>Как ко мне обращаться</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Мои местоимения</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>На каких языках я говорю</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Безопасные способы связаться со мной</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Когда со мной безопасно связаться</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Что помогает мне участвовать (мои потребности в доступности)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Мои сильные стороны</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Что я хочу, чтобы знали те, кто мне помогает</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>Удостоверение личности или паспорт</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Миграционные документы</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Суд или юридические вопросы</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Деньги и пособия</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Учёба или курсы</translation>
    </message>
    <message>
        <source>Information I chose to share with you</source>
        <translation>Сведения, которыми я по своему выбору делюсь с вами</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Для чего</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>Согласие действует до</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Моими словами</translation>
    </message>
    <message>
        <source>If this reached you by mistake, please delete it and do not share it.</source>
        <translation>Если этот пакет попал к вам по ошибке, пожалуйста, удалите его и никому не передавайте.</translation>
    </message>
    <message>
        <source>This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe.</source>
        <translation>Эта копия не защищена кодом пакета: её может прочитать любой, у кого есть файл. Пожалуйста, храните её надёжно.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Мои цели</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Мои услуги</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Обо мне</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Почему это для меня важно</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Сфера жизни</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Когда хочу достичь</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>done</source>
        <translation>сделано</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Мой выбор</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>К кому я хочу обращаться</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Что помогает</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Что не помогает</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>Несколько слов от меня</translation>
    </message>
    <message>
        <source>Signed. Key fingerprint</source>
        <translation>Подписано. Отпечаток ключа</translation>
    </message>
    <message>
        <source>The same fingerprint on two packets means they come from the same person. Survivor Vault's "open-packet" checks that nothing was changed.</source>
        <translation>Одинаковый отпечаток на двух пакетах означает, что они от одного и того же человека. Команда «open-packet» программы Survivor Vault проверяет, что ничего не изменено.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Без подписи.</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>I choose to share the information in this packet with %1, for this purpose: %2. My consent ends on %3. I can withdraw it at any time.</source>
        <translation>Я по своему выбору делюсь сведениями из этого пакета. Получатель: %1. Для чего: %2. Моё согласие действует до %3. Я могу отозвать его в любое время.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>I withdraw my consent for the packet %1, which I made on %2 for %3. Please delete it and any copies, and do not use the information in it from now on.</source>
        <translation>Я отзываю согласие на использование пакета %1 (дата создания: %2, кому: %3). Прошу вас удалить этот пакет и все его копии и больше не использовать сведения из него.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Приложенные документы: %1</translation>
    </message>
    <message>
        <source>They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's "open-packet --extract" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera).</source>
        <translation>Они находятся внутри этого PDF-файла как вложения: программа для чтения PDF показывает их на панели вложений (часто это кнопка со скрепкой). Команда «open-packet --extract» программы Survivor Vault проверяет и сохраняет их. Фото отправлены без скрытых данных (где и когда снято, какой камерой).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>Срок действия до</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>PacketWizard</name>
    <message>
        <source>Make a share packet</source>
        <translation>Создать пакет</translation>
    </message>
    <message>
        <source>You were making this packet and had not finished. What you chose and wrote is back.</source>
        <translation>Вы создавали этот пакет и не закончили. Всё, что вы выбрали и написали, на месте.</translation>
    </message>
    <message>
        <source>The person it was for is no longer in your list: choose who it is for.</source>
        <translation>Получателя этого пакета больше нет в вашем списке: выберите, кому пакет.</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>About the paper you chose</source>
        <translation>О выбранном документе</translation>
    </message>
    <message>
        <source>Choose a paper in the list to see its details.</source>
        <translation>Выберите документ в списке, чтобы увидеть сведения о нём.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · добавлен %3</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Выдан: %1</translation>
    </message>
    <message>
        <source>Ran out: %1</source>
        <translation>Срок закончился: %1</translation>
    </message>
    <message>
        <source>Runs out: %1 (%2)</source>
        <translation>Срок заканчивается: %1 (%2)</translation>
    </message>
    <message>
        <source>A reminder is set.</source>
        <translation>Напоминание включено.</translation>
    </message>
    <message>
        <source>A reminder is set for the day itself.</source>
        <translation>Напоминание включено на сам этот день.</translation>
    </message>
</context>
<context>
    <name>PaperCopy</name>
    <message>
        <source>Save a copy?</source>
        <translation>Сохранить копию?</translation>
    </message>
    <message>
        <source>The copy you save is not protected: anyone who uses this computer, or the place you save it to, may open it. Your paper stays in your vault too.</source>
        <translation>Сохранённая копия не защищена: её может открыть любой, кто пользуется этим компьютером или имеет доступ к месту, куда вы её сохраните. Ваш документ также остаётся в сейфе.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not protected: delete it when you no longer need it.</source>
        <translation>Копия сохранена как %1. Она не защищена: удалите её, когда она больше не будет нужна.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Details of this paper</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>Я знаю дату</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>It runs out</source>
        <translation>Есть срок действия</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Когда заканчивается срок</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Only a name is needed. The file itself stays as it was added.</source>
        <translation>Нужно только название. Сам файл останется таким, каким был добавлен.</translation>
    </message>
    <message>
        <source>Please give the paper a short name, in your own words.</source>
        <translation>Пожалуйста, дайте документу короткое название — своими словами.</translation>
    </message>
</context>
<context>
    <name>PaperKind</name>
    <message>
        <source>ID or passport</source>
        <translation>Удостоверение личности или паспорт</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Миграционные документы</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Суд или юридические вопросы</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Деньги и пособия</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Учёба или курсы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Opening your paper…</source>
        <translation>Открываем ваш документ…</translation>
    </message>
    <message>
        <source>There is no preview for this one. It is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Для этого файла нет предпросмотра. Он надёжно хранится в сейфе в исходном виде, и вы можете сохранить его копию.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>This page cannot be shown. The paper is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Эту страницу нельзя показать. Документ надёжно хранится в сейфе в исходном виде, и вы можете сохранить его копию.</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, страница %2 из %3</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <source>Ran out %1</source>
        <translation>Срок закончился %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Срок до</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>My papers</source>
        <translation>Мои документы</translation>
    </message>
    <message>
        <source>Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper for a packet.</source>
        <translation>Копии ваших документов под замком в вашем сейфе. Отсюда ничего не передаётся, если вы сами не выберете документ для пакета.</translation>
    </message>
    <message>
        <source>Search my papers</source>
        <translation>Искать в моих документах</translation>
    </message>
    <message>
        <source>Adding papers</source>
        <translation>Добавляем документы</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Add papers…</source>
        <translation>Добавить документы…</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Остановить добавление</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Посмотреть</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No paper matches your search.</source>
        <translation>Таких документов не нашлось.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>No papers yet. When you want to, add a copy of a paper: an ID, a letter, a court paper. It is kept locked inside your vault.</source>
        <translation>Документов пока нет. Когда захотите, добавьте копию документа: удостоверения личности, письма, бумаги из суда. Она будет храниться под замком в вашем сейфе.</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>Сначала выберите документ в списке.</translation>
    </message>
    <message>
        <source>Please wait until the papers are added.</source>
        <translation>Пожалуйста, подождите, пока документы добавятся.</translation>
    </message>
    <message>
        <source>Add papers</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Adding your papers to the vault…</source>
        <translation>Добавляем ваши документы в сейф…</translation>
    </message>
    <message>
        <source>Adding your paper to the vault…</source>
        <translation>Добавляем ваш документ в сейф…</translation>
    </message>
    <message>
        <source>Added to your vault: %1.</source>
        <translation>Добавлено в сейф: %1.</translation>
    </message>
    <message>
        <source>Not added: %1. %2</source>
        <translation>Не добавлено: %1. %2</translation>
    </message>
    <message>
        <source>Delete the original files?</source>
        <translation>Удалить исходные файлы?</translation>
    </message>
    <message>
        <source>Your papers are now in your vault. The app can also delete the original files from this computer.

On SSD drives and in cloud folders (OneDrive, iCloud, Dropbox), a deleted file may still be found for a while. Copies in e-mail or on a phone stay.</source>
        <translation>Ваши документы теперь в сейфе. Приложение может также удалить исходные файлы с этого компьютера.

На SSD-дисках и в облачных папках (OneDrive, iCloud, Dropbox) удалённый файл ещё какое-то время можно найти. Копии в электронной почте или на телефоне останутся.</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>Удалить исходные файлы</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>The original files were deleted from this computer.</source>
        <translation>Исходные файлы удалены с этого компьютера.</translation>
    </message>
    <message>
        <source>The original file was deleted from this computer.</source>
        <translation>Исходный файл удалён с этого компьютера.</translation>
    </message>
    <message>
        <source>Not deleted: %1. It changed since it was added, or it could not be removed. Your vault keeps the copy it added.</source>
        <translation>Не удалено: %1. Файл изменился после добавления, или его не удалось удалить. Копия, добавленная в сейф, остаётся в нём.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Delete this paper?</source>
        <translation>Удалить этот документ?</translation>
    </message>
    <message>
        <source>Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be brought back. Packets you already made keep what they hold.</source>
        <translation>Удалить «%1» из сейфа? Его копия в сейфе будет перезаписана, и вернуть её будет нельзя. В пакетах, которые вы уже создали, останется то, что в них есть.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Удалено.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Ещё не сохранено: «%1»</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Показать или скрыть то, что вы ввели</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Сменить секретную фразу</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая секретная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая секретная фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Новая секретная фраза ещё раз</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Сменить секретную фразу</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Меняем секретную фразу</translation>
    </message>
    <message>
        <source>Changing your passphrase also locks your whole vault with a new key. If you think someone may know your passphrase, this explains what to do:</source>
        <translation>Когда вы меняете секретную фразу, весь ваш сейф запирается на новый ключ. Если вы думаете, что кто-то может знать вашу секретную фразу, здесь объясняется, что делать:</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>Кто-то может знать мою секретную фразу…</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment.</source>
        <translation>Меняем секретную фразу. Это займёт немного времени.</translation>
    </message>
    <message>
        <source>Done. Your new passphrase opens the vault from now on; the old one does not.</source>
        <translation>Готово. Теперь сейф открывает новая секретная фраза, а старая — нет.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People &amp; agencies</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <source>People and agencies you may want to share with one day. Adding someone here shares nothing with them.</source>
        <translation>Люди и организации, с которыми вы, возможно, когда-нибудь захотите чем-то поделиться. Когда вы добавляете кого-то сюда, ничего никому не передаётся.</translation>
    </message>
    <message>
        <source>Search people and agencies</source>
        <translation>Искать людей и организации</translation>
    </message>
    <message>
        <source>People and agencies</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Добавить человека или организацию</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Nobody matches your search.</source>
        <translation>Никого не нашлось.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Nobody here yet. Add a person or an agency when you want to.</source>
        <translation>Здесь пока никого нет. Добавьте человека или организацию, когда захотите.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Сначала выберите кого-нибудь в списке.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Ещё не сохранено: «%1»</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Удалить?</translation>
    </message>
    <message>
        <source>Delete this person or agency from your list? Any sharing permission for them ends too. Your sharing history keeps its record.</source>
        <translation>Удалить этого человека или организацию из списка? Разрешение на доступ для них тоже закончится. В истории пакетов запись останется.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Удалено.</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>What they may see</source>
        <translation>Что они могут видеть</translation>
    </message>
    <message>
        <source>What %1 may see</source>
        <translation>Что может видеть %1</translation>
    </message>
    <message>
        <source>Tick what %1 may see. This sends nothing. When you make a packet for them, these boxes are ticked for you.</source>
        <translation>Отметьте, что может видеть %1. Это ничего не отправляет. Когда вы будете создавать для них пакет, эти пункты будут уже отмечены.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Включить мои заметки</translation>
    </message>
    <message>
        <source>Include my feedback on services</source>
        <translation>Включить моё мнение об услугах</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Отменить мои изменения</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes.</source>
        <translation>Вы изменили это и не сохранили. Вот ваши изменения.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Для чего — своими словами</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About the person you chose</source>
        <translation>О том, кого вы выбрали</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what you share with them.</source>
        <translation>Выберите кого-нибудь в списке, чтобы увидеть, чем вы с ними делитесь.</translation>
    </message>
    <message>
        <source>What they may see: nothing yet.</source>
        <translation>Что они могут видеть: пока ничего.</translation>
    </message>
    <message>
        <source>What they may see: %1, until %2.</source>
        <translation>Что они могут видеть: %1, до %2.</translation>
    </message>
    <message>
        <source>What they may see: %1.</source>
        <translation>Что они могут видеть: %1.</translation>
    </message>
    <message>
        <source>They hold no packet from you now.</source>
        <translation>Сейчас у них нет ваших пакетов.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <source>Packets they hold now: %1 (until %2).</source>
        <translation>Ваших пакетов у них сейчас: %1 (до %2).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change person or agency</source>
        <translation>Изменить человека или организацию</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Добавить человека или организацию</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Отменить мои изменения</translation>
    </message>
    <message>
        <source>Only a name is needed. Adding someone here shares nothing with them.</source>
        <translation>Нужно только имя. Когда вы добавляете кого-то сюда, ничего никому не передаётся.</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Вы ещё не сохранили это. Вот оно.</translation>
    </message>
    <message>
        <source>Please give a name, even a first name or a nickname.</source>
        <translation>Пожалуйста, укажите имя — можно только имя без фамилии или прозвище.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>Мой план</translation>
    </message>
    <message>
        <source>Where things are, at a glance. Each card leads to its page.</source>
        <translation>Всё главное с первого взгляда. Каждая карточка ведёт на свою страницу.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Мои цели</translation>
    </message>
    <message>
        <source>Go to my goals</source>
        <translation>К моим целям</translation>
    </message>
    <message>
        <source>No goals under way. When you are ready, add one on the goals page.</source>
        <translation>Сейчас нет целей в работе. Когда будете готовы, добавьте цель на странице «Мои цели».</translation>
    </message>
    <message>
        <source>Working on %1 · done %2</source>
        <translation>В работе: %1 · достигнуто: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Следующий шаг: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Сделано шагов: %1 из %2</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Шагов пока нет</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Мои услуги</translation>
    </message>
    <message>
        <source>Go to my services</source>
        <translation>К моим услугам</translation>
    </message>
    <message>
        <source>You have not marked any services yet. There is no hurry.</source>
        <translation>Вы пока не отметили ни одной услуги. Спешить некуда.</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Пользуюсь: %1</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>Хочу: %1</translation>
    </message>
    <message>
        <source>Not right now: %1</source>
        <translation>Не сейчас: %1</translation>
    </message>
    <message>
        <source>No thanks: %1</source>
        <translation>Нет, спасибо: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Завершено: %1</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Сейчас пользуюсь: %1</translation>
    </message>
    <message>
        <source>What I want: %1</source>
        <translation>Чего я хочу: %1</translation>
    </message>
    <message>
        <source>My dates and papers</source>
        <translation>Мои даты и документы</translation>
    </message>
    <message>
        <source>Go to my dates</source>
        <translation>К моим датам</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Напоминаний сейчас нет.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Ближайшее: %1, %2</translation>
    </message>
    <message>
        <source>No papers kept yet.</source>
        <translation>Документов пока нет.</translation>
    </message>
    <message>
        <source>Papers kept in your vault: %1</source>
        <translation>Документов в вашем сейфе: %1</translation>
    </message>
    <message>
        <source>Who has a packet from me</source>
        <translation>У кого есть мой пакет</translation>
    </message>
    <message>
        <source>Go to sharing</source>
        <translation>К разделу «Чем я делюсь»</translation>
    </message>
    <message>
        <source>Nobody holds a packet from you right now.</source>
        <translation>Сейчас ни у кого нет вашего пакета.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, до %2</translation>
    </message>
    <message>
        <source>My last packet</source>
        <translation>Мой последний пакет</translation>
    </message>
    <message>
        <source>See my sharing history</source>
        <translation>Посмотреть историю пакетов</translation>
    </message>
    <message>
        <source>You have not made a packet. Nothing has left your vault.</source>
        <translation>Вы ещё не создали ни одного пакета. Ничто не покидало ваш сейф.</translation>
    </message>
    <message>
        <source>For %1, made %2</source>
        <translation>Кому: %1, создан %2</translation>
    </message>
    <message>
        <source>You withdrew your consent on %1.</source>
        <translation>Вы отозвали согласие %1.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <source>My backup</source>
        <translation>Моя резервная копия</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>К резервным копиям</translation>
    </message>
    <message>
        <source>You have not made a backup yet.</source>
        <translation>Вы ещё не сделали резервную копию.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Последняя резервная копия: %1</translation>
    </message>
    <message>
        <source>It is time for a new one.</source>
        <translation>Пора сделать новую.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>These are the exact pages they will see. Go back to change anything.</source>
        <translation>Это именно те страницы, которые они увидят. Чтобы что-то изменить, вернитесь назад.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Готовим предпросмотр</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Предпросмотр страниц</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Готовим предпросмотр…</translation>
    </message>
    <message>
        <source>Pages: %1. Items: %2.</source>
        <translation>Страниц: %1. Пунктов: %2.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>Nothing is left in this packet. Go back to choose what goes in.</source>
        <translation>В этом пакете ничего не осталось. Вернитесь назад, чтобы выбрать, что в него включить.</translation>
    </message>
</context>
<context>
    <name>PreviewPapers</name>
    <message>
        <source>Photos are sent without their hidden details (where and when they were taken, the camera). Other documents go exactly as they are in your vault.</source>
        <translation>Фото отправляются без скрытых данных (где и когда снято, какой камерой). Другие документы передаются точно в том виде, в каком они хранятся в вашем сейфе.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Не включать</translation>
    </message>
    <message>
        <source>Leave %1 out of this packet</source>
        <translation>Не включать «%1» в этот пакет</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Приложенные документы: %1</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Choose who can open the file.</source>
        <translation>Выберите, кто сможет открыть файл.</translation>
    </message>
    <message>
        <source>Protect it with a share code (recommended)</source>
        <translation>Защитить кодом пакета (советуем)</translation>
    </message>
    <message>
        <source>A plain PDF anyone can open and print</source>
        <translation>Обычный PDF, который любой может открыть и распечатать</translation>
    </message>
    <message>
        <source>The file opens only with a code you give them another way, for example by phone or on paper.</source>
        <translation>Файл откроется только с кодом, который вы передадите им другим способом, например по телефону или на бумаге.</translation>
    </message>
    <message>
        <source>Careful: anyone who gets this file, for example from a wrong email address or a lost USB stick, can read everything in it.</source>
        <translation>Осторожно: любой, к кому попадёт этот файл — например, из-за ошибки в адресе почты или потерянной флешки, — сможет прочитать всё, что в нём есть.</translation>
    </message>
    <message>
        <source>I understand, and I want a plain PDF</source>
        <translation>Я понимаю и хочу обычный PDF</translation>
    </message>
    <message>
        <source>Sign it</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Signing lets them check that nobody changed it, and that it comes from the same person as your other packets. It does not show your name.</source>
        <translation>Подпись позволяет им проверить, что пакет никто не изменил и что он от того же человека, что и ваши другие пакеты. Ваше имя подпись не показывает.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Why, and until when?</source>
        <translation>Для чего и до какого срока?</translation>
    </message>
    <message>
        <source>The purpose and the end date are printed on the first page.</source>
        <translation>Для чего этот пакет и до какого срока — это будет напечатано на первой странице.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Для чего — своими словами</translation>
    </message>
    <message>
        <source>For example: to plan housing support with me</source>
        <translation>Например: чтобы вместе со мной спланировать помощь с жильём</translation>
    </message>
    <message>
        <source>My consent ends on</source>
        <translation>Моё согласие действует до</translation>
    </message>
    <message>
        <source>A note in my words</source>
        <translation>Несколько слов от меня</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Язык пакета</translation>
    </message>
    <message>
        <source>Language of the packet (the person reading it may not read yours)</source>
        <translation>Язык пакета (человек, который будет его читать, может не знать вашего языка)</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Крупный</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Ещё крупнее</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Самый крупный</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>Кому этот пакет?</translation>
    </message>
    <message>
        <source>Choose the person or agency. Adding someone shares nothing with them.</source>
        <translation>Выберите человека или организацию. Когда вы добавляете кого-то, ничего никому не передаётся.</translation>
    </message>
    <message>
        <source>Who is it for</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Add a person or agency…</source>
        <translation>Добавить человека или организацию…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Кому</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш запасной ключ</translation>
    </message>
    <message>
        <source>Write it down, or print it, and keep it somewhere safe, away from this computer. Anyone who has it can open your vault. It is shown only now.</source>
        <translation>Запишите или распечатайте его и храните в надёжном месте, подальше от этого компьютера. Любой, у кого он есть, может открыть ваш сейф. Он показывается только сейчас.</translation>
    </message>
    <message>
        <source>Print it (save a one-page PDF)…</source>
        <translation>Распечатать (сохранить PDF на одну страницу)…</translation>
    </message>
    <message>
        <source>A group of your recovery key</source>
        <translation>Группа знаков из вашего запасного ключа</translation>
    </message>
    <message>
        <source>To show you kept it, type group %1 of the key (counting from the left):</source>
        <translation>Чтобы подтвердить, что вы сохранили ключ, введите группу %1 (считая слева):</translation>
    </message>
    <message>
        <source>That is not the same. Please look at the key again.</source>
        <translation>Не совпадает. Пожалуйста, посмотрите на ключ ещё раз.</translation>
    </message>
    <message>
        <source>Thank you. Keep it safe.</source>
        <translation>Спасибо. Храните его надёжно.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Сохранить запасной ключ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>My recovery key</source>
        <translation>Мой запасной ключ</translation>
    </message>
    <message>
        <source>This key opens my vault if I forget my passphrase. Keep it safe and away from the computer.</source>
        <translation>Этот ключ открывает мой сейф, если я забуду секретную фразу. Хранить надёжно, подальше от компьютера.</translation>
    </message>
    <message>
        <source>Saved: %1. Print it, then delete the file if others use this computer.</source>
        <translation>Сохранено: %1. Распечатайте его, а потом удалите файл, если этим компьютером пользуются другие люди.</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>Запасной ключ</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Создать новый запасной ключ…</translation>
    </message>
    <message>
        <source>You have a recovery key. Making a new one stops the old one working.</source>
        <translation>У вас есть запасной ключ. Если создать новый, старый перестанет работать.</translation>
    </message>
    <message>
        <source>You have no recovery key. If you forget your passphrase, nobody can open the vault.</source>
        <translation>У вас нет запасного ключа. Если вы забудете секретную фразу, никто не сможет открыть сейф.</translation>
    </message>
    <message>
        <source>Your new recovery key works now. The old one does not.</source>
        <translation>Ваш новый запасной ключ уже работает. Старый — больше нет.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 ran out on %2 (%3)</source>
        <translation>%1: срок закончился %2 (%3)</translation>
    </message>
    <message>
        <source>%1 runs out on %2 (%3)</source>
        <translation>%1: срок заканчивается %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderField</name>
    <message>
        <source>Remind me</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>За сколько дней</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>в тот же день</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> день заранее</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform> день заранее</numerusform>
            <numerusform> дня заранее</numerusform>
            <numerusform> дней заранее</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>You have a reminder</source>
        <translation>У вас есть напоминание</translation>
    </message>
</context>
<context>
    <name>RemindersCallout</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>and %1 more on My dates</source>
        <translation>и ещё %1 в разделе «Мои даты»</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase you had when you made it. If there is a vault on this computer, it is kept until the backup has opened and passed its checks; then the backup takes its place.</source>
        <translation>Выберите файл резервной копии и введите секретную фразу, которая была у вас, когда вы её сделали. Если на этом компьютере уже есть сейф, он остаётся на месте, пока резервная копия не откроется и не пройдёт проверки; затем копия займёт его место.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>Выбрать резервную копию…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Секретная фраза копии</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Резервные копии (*.svbackup)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>Пожалуйста, сначала выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Пожалуйста, введите секретную фразу копии.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверяем резервную копию…</translation>
    </message>
    <message>
        <source>%1 Your vault is as it was.</source>
        <translation>%1 Ваш сейф остался как был.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Lock by itself after this many idle minutes</source>
        <translation>Через сколько минут без действий блокировать автоматически</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform> мин</numerusform>
            <numerusform> мин</numerusform>
            <numerusform> мин</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>Автоматически блокировать через</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Незаметный режим</translation>
    </message>
    <message>
        <source>The window is called "Notes" and has a plain icon, even before you unlock.</source>
        <translation>Окно называется «Заметки» и у него простой значок — ещё до того, как вы откроете сейф.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the Quick exit button, to hide and close the app at once.</source>
        <translation>Быстрый выход: нажмите клавишу Shift (⇧) три раза или кнопку «Быстрый выход» — приложение сразу скроется и закроется.</translation>
    </message>
    <message>
        <source>Tell me with a notification</source>
        <translation>Сообщать уведомлением</translation>
    </message>
    <message>
        <source>Tell me with a notification when a reminder is due</source>
        <translation>Сообщать уведомлением, когда подходит срок напоминания</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When a reminder is due, the computer shows a notification that says only "You have a reminder", even while the app is locked. Someone near the screen could see it.</source>
        <translation>Выключено, пока вы сами это не включите. Когда подходит срок напоминания, компьютер показывает уведомление только со словами «У вас есть напоминание» — даже когда приложение заблокировано. Кто-то рядом с экраном может его увидеть.</translation>
    </message>
    <message>
        <source>This computer does not show notifications from apps.</source>
        <translation>Этот компьютер не показывает уведомления от приложений.</translation>
    </message>
    <message>
        <source>Hide from screenshots</source>
        <translation>Скрывать от снимков экрана</translation>
    </message>
    <message>
        <source>Hide this app from screenshots and screen sharing</source>
        <translation>Скрывать это приложение на снимках экрана и при демонстрации экрана</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the packet</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere: you decide how it gets to them.</source>
        <translation>Выберите, куда его сохранить. Ничего никуда не отправляется: как пакет попадёт к ним, решаете вы.</translation>
    </message>
    <message>
        <source>Save the packet…</source>
        <translation>Сохранить пакет…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохраняем</translation>
    </message>
    <message>
        <source>shared-%1.pdf</source>
        <translation>пакет-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1. It is in your sharing history.</source>
        <translation>Сохранено: %1. Пакет записан в историю пакетов.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My goals</source>
        <translation>Мои цели</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Мои услуги</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Обо мне</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Мои документы</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Housing and shelter</source>
        <translation>Жильё и убежище</translation>
    </message>
    <message>
        <source>A safe place to stay, now or for longer.</source>
        <translation>Безопасное место, где можно остановиться на время или жить дольше.</translation>
    </message>
    <message>
        <source>Home and safety</source>
        <translation>Дом и безопасность</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <source>Making a plan to stay safe, with someone who knows how.</source>
        <translation>Вместе со знающим человеком составить план, как оставаться в безопасности.</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Advice from a lawyer or legal worker, for example about rights, family law or court.</source>
        <translation>Советы юриста, адвоката или другого специалиста по правовым вопросам: например, о правах, семейном праве или суде.</translation>
    </message>
    <message>
        <source>Rights and papers</source>
        <translation>Права и документы</translation>
    </message>
    <message>
        <source>Immigration help</source>
        <translation>Помощь по миграционным вопросам</translation>
    </message>
    <message>
        <source>Help with visas, residence and papers.</source>
        <translation>Помощь с визами, разрешением на проживание и документами.</translation>
    </message>
    <message>
        <source>Interpreting and translation</source>
        <translation>Устный и письменный перевод</translation>
    </message>
    <message>
        <source>Someone who speaks my language, for meetings or papers.</source>
        <translation>Человек, который говорит на моём языке, — для встреч или документов.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Doctors, nurses, dental care and medicine.</source>
        <translation>Врачи, медсёстры, стоматолог и лекарства.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Counselling and mental health</source>
        <translation>Психологическая поддержка и психическое здоровье</translation>
    </message>
    <message>
        <source>Someone to talk to, and support for how I feel.</source>
        <translation>Человек, с которым можно поговорить, и поддержка в том, что я чувствую.</translation>
    </message>
    <message>
        <source>Support with alcohol or drugs</source>
        <translation>Поддержка, связанная с алкоголем или наркотиками</translation>
    </message>
    <message>
        <source>Help to cut down or stop, without judgement.</source>
        <translation>Помощь, чтобы употреблять меньше или бросить, — без осуждения.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Сопровождающий специалист</translation>
    </message>
    <message>
        <source>One person who helps me connect with other services.</source>
        <translation>Один человек, который помогает мне связаться с другими службами.</translation>
    </message>
    <message>
        <source>Everyday support</source>
        <translation>Поддержка в повседневной жизни</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Деньги и пособия</translation>
    </message>
    <message>
        <source>Help with money, a bank account, benefits or debts.</source>
        <translation>Помощь с деньгами, банковским счётом, пособиями или долгами.</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Присмотр за детьми</translation>
    </message>
    <message>
        <source>Care for my children while I do other things.</source>
        <translation>Присмотр за моими детьми, пока я занимаюсь чем-то другим.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Транспорт и поездки</translation>
    </message>
    <message>
        <source>Help with travel to appointments and places I need to go.</source>
        <translation>Помощь с дорогой на приёмы и туда, куда мне нужно.</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>Еда и одежда</translation>
    </message>
    <message>
        <source>Food, clothes and other basic things.</source>
        <translation>Еда, одежда и другие самые нужные вещи.</translation>
    </message>
    <message>
        <source>Work and jobs</source>
        <translation>Работа и трудоустройство</translation>
    </message>
    <message>
        <source>Finding work, training for a job, or knowing my rights at work.</source>
        <translation>Найти работу, выучиться профессии или знать свои права на работе.</translation>
    </message>
    <message>
        <source>Learning and work</source>
        <translation>Учёба и работа</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>Учёба и школа</translation>
    </message>
    <message>
        <source>Classes, school, language courses or study.</source>
        <translation>Занятия, школа, языковые курсы или учёба.</translation>
    </message>
    <message>
        <source>Peer support and mentoring</source>
        <translation>Поддержка равных и наставничество</translation>
    </message>
    <message>
        <source>Meeting people with similar experiences who can walk beside me.</source>
        <translation>Знакомство с людьми, у которых похожий опыт и которые могут быть рядом со мной.</translation>
    </message>
    <message>
        <source>People around me</source>
        <translation>Люди вокруг меня</translation>
    </message>
    <message>
        <source>Family and reunification</source>
        <translation>Семья и воссоединение</translation>
    </message>
    <message>
        <source>Staying in touch with, or reuniting with, my family.</source>
        <translation>Поддерживать связь с семьёй или воссоединиться с ней.</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Добавленные мной</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Мой выбор</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Кто помогает</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>My services</source>
        <translation>Мои услуги</translation>
    </message>
    <message>
        <source>Say what you want, what you use, and what is not for you. You never have to give a reason.</source>
        <translation>Скажите, чего вы хотите, чем пользуетесь и что вам не подходит. Объяснять причину никогда не нужно.</translation>
    </message>
    <message>
        <source>Add my own kind of service</source>
        <translation>Добавить свой вид услуги</translation>
    </message>
    <message>
        <source>Kinds of services</source>
        <translation>Виды услуг</translation>
    </message>
    <message>
        <source>Your own kind of service</source>
        <translation>Ваш собственный вид услуги</translation>
    </message>
    <message>
        <source>What kind of service? For example: sewing group</source>
        <translation>Какой вид услуги? Например: кружок шитья</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>What you typed to change your passphrase was not kept: a passphrase is never saved anywhere. Please type it again.</source>
        <translation>То, что вы ввели для смены секретной фразы, не сохранилось: секретная фраза нигде и никогда не хранится. Пожалуйста, введите её снова.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>Чем я делюсь</translation>
    </message>
    <message>
        <source>Nothing leaves your vault unless you make a packet. You choose what goes in, for whom, and until when.</source>
        <translation>Ничего не покидает ваш сейф, если вы не создадите пакет. Вы выбираете, что в него войдёт, для кого и до какого срока.</translation>
    </message>
    <message>
        <source>Make a share packet…</source>
        <translation>Создать пакет…</translation>
    </message>
    <message>
        <source>What each person may see</source>
        <translation>Что может видеть каждый</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation>Человек или организация</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>Может видеть</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Set what they may see…</source>
        <translation>Выбрать, что они могут видеть…</translation>
    </message>
    <message>
        <source>Remove permission</source>
        <translation>Убрать разрешение</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>История пакетов</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Отозвать согласие…</translation>
    </message>
    <message>
        <source>A full bar: they may still use it. An empty bar: it has ended. A cross: you withdrew your consent. The dashed line is today.</source>
        <translation>Полная полоска: они ещё могут им пользоваться. Пустая полоска: срок закончился. Крестик: вы отозвали согласие. Пунктирная линия — сегодня.</translation>
    </message>
    <message>
        <source>Nothing has left your vault. When you make a packet, it is written here: for whom, what, and until when.</source>
        <translation>Ничто не покидало ваш сейф. Когда вы создадите пакет, здесь будет записано: для кого, что и до какого срока.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ничего</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Сначала выберите кого-нибудь в списке.</translation>
    </message>
    <message>
        <source>They may see nothing now.</source>
        <translation>Сейчас они ничего не могут видеть.</translation>
    </message>
    <message>
        <source>Choose a packet in the history first.</source>
        <translation>Сначала выберите пакет в истории.</translation>
    </message>
    <message>
        <source>You already withdrew your consent for this packet.</source>
        <translation>Вы уже отозвали согласие для этого пакета.</translation>
    </message>
    <message>
        <source>Withdraw consent for %1…</source>
        <translation>Отозвать согласие: %1…</translation>
    </message>
    <message>
        <source>First add the person or agency in "People &amp; agencies", or in the first step of the packet.</source>
        <translation>Сначала добавьте человека или организацию в разделе «Люди и организации» или на первом шаге создания пакета.</translation>
    </message>
    <message>
        <source>Your packet is saved and written in your sharing history.</source>
        <translation>Ваш пакет сохранён и записан в историю пакетов.</translation>
    </message>
    <message>
        <source>A packet for “%1” you had not finished</source>
        <translation>Незаконченный пакет для «%1»</translation>
    </message>
    <message>
        <source>A packet you had not finished</source>
        <translation>Незаконченный пакет</translation>
    </message>
    <message>
        <source>What “%1” may see: changes not saved yet</source>
        <translation>Что может видеть «%1»: изменения ещё не сохранены</translation>
    </message>
    <message>
        <source>Saved. This shares nothing by itself.</source>
        <translation>Сохранено. Само по себе это ничего не передаёт.</translation>
    </message>
    <message>
        <source>Permission removed. Packets you already made are still in your history, where you can withdraw consent for each.</source>
        <translation>Разрешение убрано. Пакеты, которые вы уже создали, остаются в истории пакетов — там можно отозвать согласие для каждого из них.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Отозвать согласие?</translation>
    </message>
    <message>
        <source>Withdraw your consent for this packet to %1? It will be marked in your history, and you can save a short notice to send them, asking them to delete it. The notice holds none of your information.</source>
        <translation>Отозвать согласие для этого пакета (кому: %1)? Это будет отмечено в истории, и вы сможете сохранить для них короткое уведомление с просьбой удалить пакет. В уведомлении нет никаких ваших данных.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Consent withdrawn. Making the notice…</source>
        <translation>Согласие отозвано. Готовим уведомление…</translation>
    </message>
    <message>
        <source>withdrawal-%1.pdf</source>
        <translation>отзыв-согласия-%1.pdf</translation>
    </message>
    <message>
        <source>Save the withdrawal notice</source>
        <translation>Сохранить уведомление об отзыве согласия</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent withdrawn. You chose not to save a notice.</source>
        <translation>Согласие отозвано. Вы решили не сохранять уведомление.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Notice saved: %1. Send it to them the way you choose.</source>
        <translation>Согласие отозвано. Уведомление сохранено: %1. Отправьте его им так, как вам удобно.</translation>
    </message>
</context>
<context>
    <name>SharingTimelineView</name>
    <message>
        <source>Timeline of what you shared</source>
        <translation>Хронология ваших пакетов</translation>
    </message>
    <message>
        <source>%1: from %2, withdrawn %3</source>
        <translation>%1: с %2, согласие отозвано %3</translation>
    </message>
    <message>
        <source>%1: from %2, ended %3</source>
        <translation>%1: с %2, срок закончился %3</translation>
    </message>
    <message>
        <source>%1: from %2, no end date</source>
        <translation>%1: с %2, без даты окончания</translation>
    </message>
    <message>
        <source>%1: from %2 until %3</source>
        <translation>%1: с %2 до %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>SomeoneMayKnowDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Кто-то может знать мою секретную фразу</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will not open anything you write from now on, even with a copy of the vault's files someone may have kept.</source>
        <translation>Придумайте новую секретную фразу. Затем приложение запрёт весь ваш сейф на новый ключ: старая секретная фраза не откроет ничего из того, что вы напишете с этого момента, — даже если у кого-то сохранилась копия файлов сейфа.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая секретная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая секретная фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Новая секретная фраза ещё раз</translation>
    </message>
    <message>
        <source>Changing your passphrase and key</source>
        <translation>Меняем секретную фразу и ключ</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>Сменить секретную фразу и ключ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Changing your passphrase and key. This takes a moment; please wait.</source>
        <translation>Меняем секретную фразу и ключ. Это займёт немного времени, пожалуйста, подождите.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Done. Only your new passphrase opens the vault now.</source>
        <translation>Готово. Теперь сейф открывает только ваша новая секретная фраза.</translation>
    </message>
    <message>
        <source>If they may also have seen your recovery key, make a new one in Settings.</source>
        <translation>Если ваш запасной ключ тоже могли видеть, создайте новый в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Please type your passphrases again.</source>
        <translation>Пожалуйста, введите секретные фразы ещё раз.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Новый шаг</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Небольшой следующий шаг</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Убрать шаг</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Easy to guess. A few words together are easier to remember and much harder to guess.</source>
        <translation>Легко угадать. Несколько слов вместе легче запомнить и намного труднее угадать.</translation>
    </message>
    <message>
        <source>Getting there. One or two more words would make it much stronger.</source>
        <translation>Уже лучше. Ещё одно-два слова сделают её намного надёжнее.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>Надёжная. Убедитесь, что вы сможете её запомнить.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>С возвращением</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша секретная фраза</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>I forgot my passphrase…</source>
        <translation>Не помню секретную фразу…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Введите секретную фразу, чтобы открыть заметки.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <source>Open a file someone gave me…</source>
        <translation>Открыть файл, который мне дали…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Введите секретную фразу, чтобы открыть сейф.</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Открыть мой сейф</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>Открываем ваш сейф</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Открыть пакет, который мне дали…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Пожалуйста, введите секретную фразу.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first, then try again here.</source>
        <translation>Этот сейф уже открыт в другом окне. Пожалуйста, сначала закройте его там, а потом попробуйте здесь снова.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. To keep your vault safe, you can try again in a few seconds. Seconds left: %1</source>
        <translation>Эта секретная фраза не открыла сейф. Чтобы защитить ваш сейф, попробовать снова можно через несколько секунд. Осталось секунд: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>UnsavedStrip</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>Throw away what you wrote?</source>
        <translation>Удалить черновик?</translation>
    </message>
    <message>
        <source>Throw away what you wrote and did not save? This cannot be undone.</source>
        <translation>Удалить то, что вы написали и не сохранили? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>VaultArea</name>
    <message>
        <source>Parts of my vault</source>
        <translation>Разделы моего сейфа</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Мой план</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Мои цели</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Мои услуги</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Мои документы</translation>
    </message>
    <message>
        <source>My dates</source>
        <translation>Мои даты</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Обо мне</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Чем я делюсь</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>Важно знать</translation>
    </message>
    <message>
        <source>It has been a while since your last backup. A backup keeps your plan safe if this computer is lost or broken.</source>
        <translation>Вы давно не делали резервную копию. Резервная копия сохранит ваш план, если этот компьютер потеряется или сломается.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Сделать резервную копию</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Since you last opened it: one try with a wrong passphrase (%1).</source>
        <translation>С тех пор как вы в последний раз открывали сейф: одна попытка с неверной секретной фразой (%1).</translation>
    </message>
    <message>
        <source>Since you last opened it: %1 tries with a wrong passphrase (%2).</source>
        <translation>С тех пор как вы в последний раз открывали сейф: попыток с неверной секретной фразой — %1 (%2).</translation>
    </message>
    <message>
        <source>What you had not saved yet is kept. It is where you left it.</source>
        <translation>То, что вы ещё не сохранили, не потерялось. Оно там, где вы его оставили.</translation>
    </message>
</context>
<context>
    <name>_VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>